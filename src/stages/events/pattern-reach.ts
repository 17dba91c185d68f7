// How far a verb pattern reaches: the window its words may lie in, and the stretches it may pass over
// (amounts, adverbials in commas, a slot's list of members, a name's apposition, a relative clause's subject).
import type { Token } from '../../model/types.js';
import type { SentenceView } from './sentence-view.js';
import { DATE_WORDS, participleForm, ROUND_NUMBERS, SUBJECT_PRONOUNS } from './word-cues.js';
import { isCapitalised } from '../actors/word-facts.js';

/** How far after the trigger (or the previous element) a pattern element may be. */
const WINDOW = 6;
/** Marks that do not count as words in a window: hyphens inside compounds, quotation marks and currency signs. */
const UNCOUNTED = new Set(['-', '‐', '–', '"', '“', '”', "'", '‘', '’', '$', 'US$', '€', '£']);

/**
 * The end of a window of `WINDOW` words from `from` (before `limit`). A hyphenated compound counts as one
 * word and quotation marks as none, so "held their first face-to-face talks" and "held a "very good"
 * 90-minute phone call" keep their nouns in reach; with `overDates` (the window right after the verb), a
 * date is none either.
 */
export function windowEnd(toks: readonly Token[], from: number, limit: number, overDates = false): number {
  let words = 0;
  let j = from;
  for (; j < limit && words < WINDOW; j++) {
    const t = toks[j]!;
    // an amount counts for nothing ("five planeloads of vegetables and other perishable food")
    const measured = measureEnd(toks, j, limit);
    if (measured > j) {
      j = measured - 1;
      continue;
    }
    // numbers are modifiers ("approved a three-year, US$3 billion facility")
    if (UNCOUNTED.has(t.text) || t.pos === 'NUM') continue;
    // nor are adverbs of degree ("the mostly Afghan asylum seekers", "a highly controversial deal")
    if (t.pos === 'ADV' && t.lower.endsWith('ly')) continue;
    // nor is a possessive's "'s" ("shelved the territory's contentious national security bill")
    if (t.lower === "'s" || t.lower === '’s') continue;
    // between a verb and its first element a date is no word ("signed in the Kremlin on Wednesday the treaty")
    if (overDates && (DATE_WORDS.has(t.lower) || (t.lower === 'on' && DATE_WORDS.has(toks[j + 1]?.lower ?? '')))) continue;
    // nor is a named place ("received this Tuesday at the Palace of the Revolution His Holiness Benedict XVI",
    // "signed on Monday in New York with the United Nations the memorandum", as translated copy writes)
    if (overDates && (t.lower === 'in' || t.lower === 'at')) {
      const past = namedPlaceEnd(toks, j + 1, limit);
      if (past > j + 1) {
        j = past - 1;
        continue;
      }
    }
    const prev = toks[j - 1];
    // the part after a hyphen written without spaces belongs to the word before it
    if (j > from && prev && prev.text === '-' && prev.span[1] === t.span[0] && toks[j - 2]?.span[1] === prev.span[0]) continue;
    words++;
  }
  return j;
}

/**
 * The end of a named place starting at `j` ("the Palace of the Revolution", "New York"): an optional "the",
 * a run of capitalised names, and "of [the] Name" after it; `j` itself when none starts there.
 */
function namedPlaceEnd(toks: readonly Token[], j: number, limit: number): number {
  let k = j;
  if (toks[k]?.lower === 'the') k++;
  const names = (from: number): number => {
    let q = from;
    while (q < limit && toks[q]!.pos === 'PROPN' && isCapitalised(toks[q]!.text)) q++;
    return q;
  };
  let end = names(k);
  if (end === k) return j;
  while (end + 1 < limit && toks[end]!.lower === 'of') {
    const next = names(toks[end + 1]!.lower === 'the' ? end + 2 : end + 1);
    if (next === end + 1 || next === end + 2) break;
    end = next;
  }
  return end;
}

/** How many words a trigger's later words (a particle) may lie after it ("blew the lines up"). */
const PARTICLE_REACH = 4;

/**
 * The end of the stretch a trigger's later word may lie in: `PARTICLE_REACH` words from `from`, a run
 * of proper nouns counting as one ("handed Paris attacks suspect Salah Abdeslam over to France"), and
 * determiners and adjectives as none.
 */
export function particleEnd(toks: readonly Token[], from: number, limit: number): number {
  let words = 0;
  let j = from;
  for (; j < limit && words < PARTICLE_REACH; j++) {
    if (toks[j]!.pos === 'PROPN' && j > from && toks[j - 1]!.pos === 'PROPN') continue;
    // determiners and adjectives of the object do not count ("handed the Italian former militant X over to")
    if (toks[j]!.pos === 'DET' || toks[j]!.pos === 'ADJ') continue;
    words++;
  }
  return j;
}

/** Words that may open an amount ("more than two hours of"). */
const AMOUNT_OPENERS = new Set(['more', 'less', 'than', 'about', 'nearly', 'almost', 'some', 'over', 'around', 'roughly', 'at', 'least']);
/** Every word an amount may start with, numbers aside: an opener, "a" or a round number in words. */
const MEASURE_OPENERS: ReadonlySet<string> = new Set([...AMOUNT_OPENERS, 'a', ...ROUND_NUMBERS]);

/**
 * The end of an amount of something at `j` ("more than two hours of", "three rounds of", "a week of"): it
 * counts for nothing in a window, so "held more than two hours of indirect talks" keeps its noun in reach.
 * `j` itself when none starts there.
 */
function measureEnd(toks: readonly Token[], j: number, limit: number): number {
  // (most words open no amount: one look answers for them)
  const first = toks[j]!;
  if (first.pos !== 'NUM' && !MEASURE_OPENERS.has(first.lower)) return j;
  let k = j;
  while (k < limit && AMOUNT_OPENERS.has(toks[k]!.lower)) k++;
  // (or a round number in words: "moving thousands of troops", "dozens of")
  if (k >= limit || (toks[k]!.pos !== 'NUM' && toks[k]!.lower !== 'a' && !ROUND_NUMBERS.has(toks[k]!.lower))) return j;
  if (ROUND_NUMBERS.has(toks[k]!.lower)) return toks[k + 1]?.lower === 'of' && k + 2 <= limit ? k + 2 : j;
  k++;
  if (k < limit && toks[k]!.pos === 'NUM') k++;
  if (k + 1 >= limit || toks[k]!.pos !== 'NOUN' || toks[k + 1]!.lower !== 'of') return j;
  return k + 2;
}

/** Longest adverbial a verb and its object may enclose in commas ("targeted, on Friday evening, the ..."). */
const PARENTHETICAL_REACH = 10;
/** Tags that make a comma-enclosed stretch a clause of its own rather than an adverbial. */
const CLAUSE_TAGS = new Set(['VERB', 'AUX', 'PRON', 'SCONJ', 'CCONJ']);

/**
 * Where a verb's object starts when a comma-enclosed adverbial follows the verb ("received, on Sunday in
 * Baghdad, the Iranian Foreign Minister", as translated copy writes): past the second comma; else `from`.
 */
export function pastParenthetical(toks: readonly Token[], from: number, limit: number): number {
  if (toks[from]?.text !== ',') return from;
  const reach = Math.min(limit, from + 1 + PARENTHETICAL_REACH);
  for (let j = from + 1; j < reach; j++) {
    const t = toks[j]!;
    if (t.text === ',') return j > from + 1 && j + 1 < limit ? j + 1 : from;
    // ("exchanged, through diplomatic channels simultaneously at New Delhi and Islamabad, lists": an "and" between names)
    if (t.lower === 'and' && toks[j - 1]?.pos === 'PROPN' && toks[j + 1]?.pos === 'PROPN') continue;
    if (CLAUSE_TAGS.has(t.pos) || t.pos === 'PUNCT') return from;
  }
  return from;
}

/** Longest list a slot's actor may carry in commas before the pattern goes on. */
const INCLUSION_REACH = 24;
/** Words that open a list of members after an actor ("seven U.N. officials, including the heads of ..., "). */
const INCLUSION_OPENERS = new Set(['including', 'among']);

/**
 * Where a pattern goes on after its slot's actor: past a comma-enclosed list of members ("declared seven
 * U.N. officials, including the heads of UNICEF and OCHA, persona non grata"); else `from`.
 */
export function pastInclusion(toks: readonly Token[], from: number, limit: number): number {
  if (toks[from]?.text !== ',' || !INCLUSION_OPENERS.has(toks[from + 1]?.lower ?? '')) return from;
  const reach = Math.min(limit, from + 2 + INCLUSION_REACH);
  for (let j = from + 2; j < reach; j++) {
    const t = toks[j]!;
    if (t.text === ',') return j + 1 < limit ? j + 1 : from;
    if (t.pos === 'AUX' || t.pos === 'PUNCT') return from;
  }
  return from;
}

/** Whether a word element's alternatives hold the token's lemma or its lower-case form. */
export function namesWord(alts: ReadonlySet<string>, t: Token): boolean {
  return alts.has(t.lemma) || (t.lower !== t.lemma && alts.has(t.lower));
}

/** Longest apposition after a name that a pattern's next word may follow. */
const APPOSITION_REACH = 24;

/**
 * The token after an apposition in commas that follows a name at `comma` ("Anup Chetia, a founder of ULFA
 * who had spent 18 years in Dhaka jails, to India"), when it is one of `alts`; else -1.
 */
export function pastApposition(toks: readonly Token[], alts: ReadonlySet<string>, comma: number): number {
  if (toks[comma - 1]?.pos !== 'PROPN') return -1;
  const first = toks[comma + 1];
  // a noun phrase ("a founder of ULFA") or a participle's phrase ("held in a Dhaka jail since 1997")
  const participle = !!first && first.pos === 'VERB' && (participleForm(first.lower) || !first.lower.endsWith('s'));
  // (or a name: "Australia's high commissioner in Honiara, Patrick Cole, persona non grata")
  if (!first || (first.pos !== 'DET' && first.pos !== 'ADJ' && first.pos !== 'NOUN' && first.pos !== 'PROPN' && !participle)) return -1;
  const reach = Math.min(toks.length - 1, comma + 2 + APPOSITION_REACH);
  let relative = false;
  for (let j = comma + 2; j < reach; j++) {
    const t = toks[j]!;
    if (t.text === ',') return namesWord(alts, toks[j + 1]!) ? j + 1 : -1;
    // a verb of its own only in a relative clause ("a founder of ULFA who had spent 18 years in jail")
    if (t.lower === 'who' || t.lower === 'which') relative = true;
    if (t.pos === 'PUNCT' || (t.pos === 'AUX' && !relative)) return -1;
  }
  return -1;
}

/** How far before a relative clause's subject its object noun may be ("the deal he struck", "the tough new sanctions Washington imposed"). */
export const RELATIVE_REACH = 3;
/**
 * The start of the subject of a relative clause without "that" whose verb is at `at`: an actor or a
 * pronoun right before the verb, itself right after a plain noun ("the deal he struck", "a step Israel
 * denounced"); -1 when there is none.
 */
export function contactRelativeSubject(view: SentenceView, at: number): number {
  const toks = view.tokens;
  const ref = view.mentionAt.get(at - 1);
  const start = ref ? ref.start : SUBJECT_PRONOUNS.has(toks[at - 1]?.lower ?? '') ? at - 1 : -1;
  if (start <= view.start) return -1;
  const before = toks[start - 1]!;
  return before.pos === 'NOUN' && !view.mentionAt.has(start - 1) ? start : -1;
}

/** Parts of speech of a plain subject ("thousands of protesters", "the two sides"). */
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN', 'PRON']);
/** How many words a subject after a comma may have before its verb. */
const SUBJECT_REACH = 6;

/**
 * The end of a pattern element's window `[from, end)`: the first comma after which a subject and its
 * verb open a clause of their own ("a decree that banned gatherings of five people, thousands of
 * protesters rallied"), else `end`.
 */
export function clauseCut(toks: readonly Token[], from: number, end: number, limit: number): number {
  for (let j = from; j < end; j++) if (toks[j]!.text === ',' && clauseAfterComma(toks, j, limit)) return j;
  return end;
}

/** Whether a subject (a plain noun phrase, "of" joining its parts) and its finite verb follow the comma at `comma`, before `to`. */
function clauseAfterComma(toks: readonly Token[], comma: number, to: number): boolean {
  const end = Math.min(to, comma + 2 + SUBJECT_REACH);
  let head = false;
  for (let j = comma + 1; j < end; j++) {
    const t = toks[j]!;
    // (a capitalised "verb" inside a phrase is part of a name: "US$3 billion Extended Credit Facility")
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isCapitalised(t.text)) {
      // after a name, an "-ed" word opens an apposition's participle ("Colonel Bagosora, the former official accused of")
      return head && !t.lower.endsWith('ing') && !(toks[comma - 1]!.pos === 'PROPN' && participleForm(t.lower));
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') head = true;
    // "Anup Chetia, a founder of ULFA who had spent": a relative clause's verb is the apposition's
    if (RELATIVE_WORDS.has(t.lower) || (!SUBJECT_POS.has(t.pos) && t.lower !== 'of')) return false;
  }
  return false;
}

const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom']);

/** Longest noun phrase a slot's actor may modify ("members of U.N. weapons inspection teams"). */
const PHRASE_TAIL_REACH = 10;

/**
 * The end of the noun phrase that goes on at `from` after an actor that modifies it: its nouns, and an "of" with
 * the nouns of its own phrase ("members of U.N. weapons inspection teams"); `from` when none goes on there.
 */
export function nounPhraseTail(toks: readonly Token[], from: number, limit: number): number {
  const reach = Math.min(limit, from + PHRASE_TAIL_REACH);
  let j = from;
  while (j < reach && (toks[j]!.pos === 'NOUN' || toks[j]!.pos === 'PROPN')) j++;
  if (j === from) return from;
  while (j + 1 < reach && toks[j]!.lower === 'of') {
    let k = j + 1;
    if (toks[k]!.pos === 'DET') k++;
    const head = k;
    while (k < reach && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'PROPN' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'NUM')) k++;
    if (k === head) break;
    j = k;
  }
  return j;
}
