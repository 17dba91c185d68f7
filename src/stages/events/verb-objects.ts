// Whom a verb acts on: its object, the subject of its that-clause or "if" clause, and where its object may end.
import { compoundGroup, type MentionRef } from './sentence-view.js';
import { sameActor } from './event-actors.js';
import { INTERNATIONAL_CODE, rulesOf } from './code-rules.js';
import type { SentenceState } from './sentence-state.js';
import { pastInclusion, pastParenthetical } from './pattern-reach.js';
import { DATE_WORDS, NOUN_PHRASE_POS } from './word-cues.js';

/** Roots where a same-country armed force after the verb is the actor's own ("withdraw US forces"). */
/**
 * A bare state of the source's own country right before a plain noun, when the source is that state
 * (a modifier: "U.S. economic sanctions"; a rebel group's "Palestinian factions" are others).
 */
function ownModifier(st: SentenceState, ref: MentionRef, source: MentionRef): boolean {
  const m = ref.mention;
  if (m.sector || !m.country || m.country !== source.mention.country || !OWN_STATE_SECTORS.has(source.mention.sector ?? '')) return false;
  const next = st.toks[ref.end];
  if (!next || st.view.mentionAt.has(ref.end)) return false;
  // ("ordered U.S. and allied forces to": a modifier shared with another one)
  const other = st.toks[ref.end + 1];
  if (next.lower === 'and' && other && (other.pos === 'ADJ' || other.lower.endsWith('ed')) && st.toks[ref.end + 2]?.pos === 'NOUN') return true;
  return next.pos === 'NOUN' || next.pos === 'ADJ';
}

/** Words that put a noun phrase where something happens. */
const WHERE = new Set(['in', 'at', 'near', 'outside']);

/**
 * A mention that only describes a thing: one joined by a hyphen to the word after it ("Chinese-built"), or
 * one right before a plain noun in a phrase of place ("in the Russian city of", "at a U.S. air force base").
 */
function describesThing(st: SentenceState, ref: MentionRef): boolean {
  const next = st.toks[ref.end];
  if (!next || st.view.mentionAt.has(ref.end)) return false;
  if (next.text === '-' && next.span[0] === st.toks[ref.end - 1]!.span[1]) return true;
  return next.pos === 'NOUN' && inPlacePhrase(st, ref.start);
}

/** Whether the noun phrase ending at the mention at `start` follows "in", "at", ... ("in the Togolese capital Lome"). */
function inPlacePhrase(st: SentenceState, start: number): boolean {
  const { toks, view } = st;
  let p = start - 1;
  while (p > view.start && (NOUN_PHRASE_POS.has(toks[p]!.pos) || view.mentionAt.has(p))) p--;
  return WHERE.has(toks[p]?.lower ?? '');
}

/** Sectors of a state acting as itself (and '' for the bare state). */
const OWN_STATE_SECTORS = new Set(['', 'GOV', 'MIL', 'COP']);

/** Prepositions that name the body before which something was said ("at the OAS", "before the General Assembly"). */
const VENUE_PREPOSITIONS = new Set(['at', 'before']);

/** How many tokens after a verb its object may start. */
export const OBJECT_REACH = 20;

/** The default object of verb i: the first actor after it, before a comma or a new verb phrase. */
export function objectOf(st: SentenceState, i: number, source: MentionRef | null, code = ''): MentionRef | null {
  const end = objectLimit(st, i);
  let fallback: MentionRef | null = null;
  const joint = code !== '' && (rulesOf(code).symmetric || rulesOf(code).mutual);
  // the parties of a meeting or an agreement made by a compound subject ("Xi and Modi held talks")
  const parties = joint && source ? compoundGroup(st.view, source) : null;
  const together = !!parties && parties.length > 1;
  /** The end of the venue phrase last passed over. */
  let venueEnd = -1;
  for (const ref of st.view.mentions) {
    if (ref.start <= i || ref.start >= end || ref === source) continue;
    // "held talks in the Russian city of Kazan", "in the Togolese capital Lome", "inaugurated a Chinese-built
    // railway": in a meeting or an agreement, a state describing a place or a thing is not the other party
    if (joint && describesThing(st, ref)) continue;
    // nor, for parties named together, a state where they meet, their own (a railway "linking Addis Ababa"),
    // or an unnamed one ("the first talks between leaders of the two sides")
    if (together && (!ref.mention.country && !INTERNATIONAL_CODE.test(ref.mention.code ?? '')
      || parties.some((p) => p.mention.code === ref.mention.code || (!!p.mention.country && p.mention.country === ref.mention.country)) || (ref.mention.kind === 'country' && inPlacePhrase(st, ref.start)))) continue;
    // "to fight alongside the rebels", "together with Russia": a partner, not the one acted on
    if (isPartner(st, ref.start)) continue;
    // "lifted the remaining U.S. economic sanctions on Myanmar", "flew American food aid into Somalia": the
    // source's own state naming what it acts with is not what it acts on
    if (source && ownModifier(st, ref, source)) continue;
    // "demanded at the Organization of American States that Venezuela allow": where it was said
    // (or "before" it: "demanded this Tuesday before the General Assembly of the United Nations that Iran ...")
    if (VENUE_PREPOSITIONS.has(wordBeforePhrase(st, ref.start)) && ref.mention.kind !== 'person' && INTERNATIONAL_CODE.test(ref.mention.code ?? '')) {
      venueEnd = ref.end;
      continue;
    }
    // (and the body it belongs to: "the General Assembly of the United Nations")
    if (venueEnd >= 0 && st.toks[venueEnd]?.lower === 'of' && (ref.start === venueEnd + 1 || (ref.start === venueEnd + 2 && st.toks[venueEnd + 1]!.pos === 'DET'))) {
      venueEnd = ref.end;
      continue;
    }
    // prefer an actor with a country over a bare agent ("mobilized army reservists ... against Iraq")
    if (ref.mention.country || INTERNATIONAL_CODE.test(ref.mention.code ?? '')) return ref;
    fallback ??= ref;
  }
  return fallback;
}

/** How far after "if" its subject's first actor may be. */
const CONDITION_SUBJECT_REACH = 12;

/** The first actor of an "if"/"unless" clause after token i, within the sentence, when it is not `source`. */
export function conditionSubject(st: SentenceState, i: number, source: MentionRef): MentionRef | null {
  const { toks, view, k } = st;
  for (let j = i + 1; j < Math.min(view.end, i + OBJECT_REACH); j++) {
    if (toks[j]!.lower !== 'if' && toks[j]!.lower !== 'unless') continue;
    if (!k.grammar.has(toks[j]!.lower, 'condition')) return null;
    // the first actor before the clause's verb: "if Iran", "if the three European countries, Britain, France
    // and Germany, activate" (an apposition names the subject)
    for (let q = j + 1; q < Math.min(view.end, j + CONDITION_SUBJECT_REACH); q++) {
      const ref = view.mentionAt.get(q);
      if (ref && ref.start > j) return sameActor(ref, source) ? null : ref;
      if (toks[q]!.pos === 'VERB' || toks[q]!.pos === 'AUX') return null;
    }
    return null;
  }
  return null;
}

/** The word before the noun phrase that ends in the mention at `start` ("on" for "on drug traffickers"). */
export function wordBeforePhrase(st: SentenceState, start: number): string {
  const { toks, view } = st;
  let p = start - 1;
  while (p > view.start && (toks[p]!.pos === 'DET' || toks[p]!.pos === 'ADJ' || toks[p]!.pos === 'NOUN' || toks[p]!.pos === 'NUM')) p--;
  return toks[p]?.lower ?? '';
}

/** The mention starting at `start` follows "alongside", "together with" or "along with". */
function isPartner(st: SentenceState, start: number): boolean {
  const { toks, view } = st;
  let p = start - 1;
  if (p > view.start && (toks[p]!.pos === 'DET' || toks[p]!.pos === 'NUM')) p--;
  const w = toks[p]?.lower;
  if (w === 'alongside') return true;
  const before = toks[p - 1]?.lower;
  return w === 'with' && (before === 'together' || before === 'along');
}

export function objectLimit(st: SentenceState, i: number): number {
  const { view, toks } = st;
  // an object sits near its verb; further on, actors belong to other phrases
  const ce = Math.min(st.ct.clauseEnd(i), i + OBJECT_REACH);
  // "targeted, on Friday evening, the neighbourhoods of El Fasher": the object comes after an adverbial in commas
  for (let j = pastParenthetical(toks, i + 1, ce); j < ce; j++) {
    const t = toks[j]!;
    // "moved tens of thousands of troops, including two Republican Guard divisions, toward its border with Kuwait"
    const past = t.text === ',' ? pastInclusion(toks, j, ce) : j;
    if (past > j) {
      j = past - 1;
      continue;
    }
    // "freed Merrill Newman, an 85-year-old American veteran, on Saturday": a name no dictionary knows is told by its apposition
    const told = t.text === ',' ? unknownNameApposition(st, j, ce) : -1;
    if (told > j) {
      j = told - 1;
      continue;
    }
    if (t.text === ',' && !view.mentionAt.has(j) && !listComma(st, j) && !measureComma(st, j)) return j;
    if ((t.lower === 'and' || t.lower === 'but') && (toks[j + 1]?.pos === 'AUX' || toks[j + 1]?.pos === 'VERB')) return j;
  }
  return ce;
}

/** Determiners that open an apposition telling who a name is ("a", "an", "the"). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);

/**
 * After the comma at `j`, the end of an apposition that tells who the name before it is, when that name is
 * no actor ("Merrill Newman, an 85-year-old American veteran") and the apposition names one (a state, an
 * organisation); -1 otherwise. The apposition ends at the next comma, or at `ce`.
 */
function unknownNameApposition(st: SentenceState, j: number, ce: number): number {
  const { view, toks } = st;
  const name = toks[j - 1];
  const first = toks[j - 2];
  // (a person's name of two words or more, not a date or a place: "on Sunday, the army said", "in Havana, the first visit")
  if (!name || !first || name.pos !== 'PROPN' || first.pos !== 'PROPN' || view.mentionAt.has(j - 1) || DATE_WORDS.has(name.lower)
    || !APPOSITION_OPENERS.has(toks[j + 1]?.lower ?? '') || st.places.some((p) => p.span[0] <= name.span[0] && p.span[1] >= name.span[1])) return -1;
  // the actor comes first in the apposition, past only the words that describe ("an 85-year-old American veteran")
  for (let q = j + 2; q < ce; q++) {
    const ref = view.mentionAt.get(q);
    if (ref) {
      if (!ref.mention.country && !INTERNATIONAL_CODE.test(ref.mention.code ?? '')) return -1;
      // (an apposition, not a clause: ", a senior U.S. official said" has a verb of its own before any "who")
      let relative = false;
      for (let e = ref.end; e < view.end; e++) {
        const w = toks[e]!;
        if (w.text === ',') return Math.min(e, ce);
        if (RELATIVES.has(w.lower)) relative = true;
        else if (!relative && (w.pos === 'VERB' || w.pos === 'AUX')) return -1;
      }
      return ce;
    }
    if (!DESCRIBING_POS.has(toks[q]!.pos) && toks[q]!.text !== '-') return -1;
  }
  return -1;
}

/** Words that open a relative clause inside an apposition ("a veteran whom it had detained"). */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Words that may describe a person before the actor in an apposition ("an 85-year-old", "a former"). */
const DESCRIBING_POS = new Set(['ADJ', 'NUM', 'NOUN']);

/**
 * "suspended its three-year, $220 million loan to Kenya": a comma between a hyphenated measure and an amount
 * joins two modifiers of one noun.
 */
function measureComma(st: SentenceState, j: number): boolean {
  const { toks } = st;
  const prev = toks[j - 1];
  const next = toks[j + 1];
  return !!prev && !!next && toks[j - 2]?.text === '-' && (prev.pos === 'NOUN' || prev.pos === 'ADJ') && (next.pos === 'NUM' || next.pos === 'SYM');
}

/** "delivered food, water and medicine to X": a comma between two plain nouns joins a list. */
function listComma(st: SentenceState, j: number): boolean {
  const { view, toks } = st;
  const prev = toks[j - 1];
  const next = toks[j + 1];
  if (!prev || !next || prev.pos !== 'NOUN' || next.pos !== 'NOUN' || view.mentionAt.has(j - 1)) return false;
  if (!view.mentionAt.has(j + 1)) return true;
  // "rushed rescue teams, doctors and relief supplies to Nepal": a one-word agent among things, the list
  // closed by "and" and a plain noun right after it
  const ref = view.mentionAt.get(j + 1)!;
  return ref.end === j + 2 && toks[j + 2]?.lower === 'and' && (toks[j + 3]?.pos === 'NOUN' || toks[j + 3]?.pos === 'ADJ') && !view.mentionAt.has(j + 3);
}

/** How far after a verb its "that" may be, over a date or the place where it was said. */
const THAT_REACH = 14;

/** "demanded that Hamas renounce ...": the subject of the that-clause is the target. */
export function thatClauseSubject(st: SentenceState, i: number): MentionRef | null {
  const { view, toks } = st;
  // "demanded that X", "reiterated its demand today that X", "demanded, on Monday, that X"
  let venueEnd = -1;
  for (let j = i + 1; j < Math.min(view.end, i + THAT_REACH); j++) {
    if (toks[j]!.lower === 'that') {
      for (const ref of view.mentions) if (ref.start > j && ref.start <= j + 8) return ref;
      return null;
    }
    const p = toks[j]!.pos;
    // "demanded at the Organization of American States on Thursday that": past where it was said
    const venue = view.mentionAt.get(j);
    // (and the body it belongs to: "before the General Assembly of the United Nations")
    if (venue && (VENUE_PREPOSITIONS.has(wordBeforePhrase(st, venue.start)) || (venueEnd >= 0 && wordBeforePhrase(st, venue.start) === 'of' && venue.start <= venueEnd + 2))) {
      j = venue.end - 1;
      venueEnd = venue.end;
      continue;
    }
    if (p === 'VERB' || p === 'AUX' || (p === 'PUNCT' && toks[j]!.text !== ',') || view.mentionAt.has(j)) return null;
  }
  return null;
}
