// Sparse clause analysis (TABARI-style): clause boundaries, subjects, objects and passives
// from POS tags and function words, without a parser.
import type { Token } from '../../model/types.js';
import { GRAMMAR_BIT, type Grammar } from './grammar.js';
import type { MentionRef, SentenceView } from './sentence-view.js';
import { AMOUNT_NOUNS, DATE_WORDS, NOUN_PHRASE_POS, POSSESSIVE_DETERMINERS, VERB_GROUP } from './word-cues.js';
import { agentOfDescribedNoun, objectRelativeSubject, placeListHead } from './subject-cases.js';

/** Possessives and determiners a quoted noun phrase may follow (his "deepest regrets"). */
const QUOTE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'the', 'a', 'an', 'this', 'that']);
/** Words before a "but" that means "except" ("all but", "nothing but", "anything but"). */
const EXCEPT_BEFORE_BUT = new Set(['all', 'nothing', 'anything', 'everything', 'everyone', 'none']);
/** Longest quoted verb phrase after "to" that a clause goes on through ("to "declare war" on Canada"). */
const QUOTED_INFINITIVE_WORDS = 4;
const QUOTES = new Set(['"', '“', '”', '«', '»', '``', "''"]);
/** Longest phrase in quote marks, with no verb, that a clause goes on through ("his \"deep remorse and heartfelt apology\""). */
const SCARE_QUOTE_WORDS = 7;
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);

export interface ClauseTools {
  isBoundary(i: number): boolean;
  clauseStart(i: number): number;
  clauseEnd(i: number): number;
  /** The relative pronoun or subordinator that opens the clause of token i, if any. */
  opener(i: number): Token | null;
  isPassive(i: number): boolean;
}

const OPENS_RELATIVE = GRAMMAR_BIT.relative;
const OPENS_CLAUSE = GRAMMAR_BIT.boundary;
const OPENS_CONDITION = GRAMMAR_BIT.condition;
const PASSIVE_ENDING = /(ed|en|wn|ne|ught|eld|ld|ck|ft|t|id|de|un|on|ound)$/;

/**
 * What the clause tools have worked out, by token index: whether a token is a boundary (0 not yet
 * known, 1 no, 2 yes) and the start and end of its clause (0 not yet known, else the index + 1).
 * The sentences of a document share one, as their tokens do not overlap; `reset` clears it for
 * the next document without allocating.
 */
export class ClauseMemo {
  boundary = new Int8Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);

  reset(tokenCount: number): void {
    if (this.boundary.length < tokenCount) {
      const size = Math.max(tokenCount, this.boundary.length * 2);
      this.boundary = new Int8Array(size);
      this.start = new Int32Array(size);
      this.end = new Int32Array(size);
    } else {
      this.boundary.fill(0, 0, tokenCount);
      this.start.fill(0, 0, tokenCount);
      this.end.fill(0, 0, tokenCount);
    }
  }
}

/** Clause tools for one sentence; `memo` may be shared by the sentences of a document. */
export function clauseTools(
  view: SentenceView, grammar: Grammar, speech: (i: number) => boolean, memo?: ClauseMemo,
): ClauseTools {
  if (!memo) {
    memo = new ClauseMemo();
    memo.reset(view.tokens.length);
  }
  return new SentenceClauses(view, grammar, speech, memo);
}

class SentenceClauses implements ClauseTools {
  private readonly toks: readonly Token[];

  constructor(
    private readonly view: SentenceView,
    private readonly grammar: Grammar,
    private readonly speech: (i: number) => boolean,
    private readonly memo: ClauseMemo,
  ) {
    this.toks = view.tokens;
  }

  isBoundary(i: number): boolean {
    const known = this.memo.boundary[i]!;
    if (known !== 0) return known === 2;
    const b = this.computeBoundary(i);
    this.memo.boundary[i] = b ? 2 : 1;
    return b;
  }

  private computeBoundary(i: number): boolean {
    const t = this.toks[i]!;
    // every quote mark is one or two characters: longer words skip the set
    if (t.text === ';' || t.text === ':') return true;
    if (t.text.length <= 2 && QUOTES.has(t.text)) return !this.scareQuote(i);
    const flags = this.grammar.flags(t.lower);
    // "cut off all but humanitarian aid": "all but", "nothing but" mean "except", and join no clause
    if (t.lower === 'but' && EXCEPT_BEFORE_BUT.has(this.toks[i - 1]?.lower ?? '')) return false;
    // "had given the coup leaders until Sunday to step down": "until" before a date is a preposition of time
    if (t.lower === 'until' && this.untilDate(i)) return false;
    if ((flags & OPENS_RELATIVE) !== 0 && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ') && i > this.view.start) return true;
    if ((flags & OPENS_CLAUSE) !== 0 && (t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.lower === 'saying'
      || (t.lower === 'that' && (t.pos === 'PRON' || t.pos === 'DET') && (this.isRelativeThat(i) || !this.isDeterminerThat(i)))
      || (t.pos === 'ADP' && this.opensClause(i)))) return true;
    return (flags & OPENS_CONDITION) !== 0 || this.speech(i);
  }

  /**
   * A quote mark around a few words with no verb ("made \"total peace\" the centrepiece", a
   * "puppet regime") marks a phrase, not a quotation: the clause goes on through it.
   */
  private scareQuote(i: number): boolean {
    const { toks, view } = this;
    const plain = (a: number, b: number) => {
      for (let k = a; k < b; k++) {
        const p = toks[k]!.pos;
        if (p === 'VERB' || p === 'AUX' || toks[k]!.text === '.' || toks[k]!.text === ',') return false;
      }
      return b > a;
    };
    // "threatened to "declare war" on Canada": a short quoted verb phrase after "to" is the infinitive itself
    // and one after a determiner or possessive is a noun phrase, whatever wink tags in it (his "deepest regrets")
    const quotedPhrase = (open: number, close: number) => (toks[open - 1]?.lower === 'to' && close - open <= QUOTED_INFINITIVE_WORDS)
      || ((toks[open - 1]?.pos === 'DET' || QUOTE_DETERMINERS.has(toks[open - 1]?.lower ?? '')) && close - open <= SCARE_QUOTE_WORDS);
    for (let j = i + 1; j < Math.min(view.end, i + 1 + SCARE_QUOTE_WORDS); j++) if (QUOTES.has(toks[j]!.text)) return plain(i + 1, j) || quotedPhrase(i, j);
    for (let h = i - 1; h >= Math.max(view.start, i - SCARE_QUOTE_WORDS); h--) if (QUOTES.has(toks[h]!.text)) return plain(h + 1, i) || quotedPhrase(h, i);
    return false;
  }

  /** "until Sunday", "until 30 June", "until the end of the month": a date after "until". */
  private untilDate(i: number): boolean {
    const next = this.toks[i + 1];
    if (!next) return false;
    if (DATE_WORDS.has(next.lower) || next.pos === 'NUM') return true;
    return next.lower === 'the' && (this.toks[i + 2]?.lower === 'end' || DATE_WORDS.has(this.toks[i + 2]?.lower ?? ''));
  }

  // "after Blinken held talks": a preposition-tagged subordinator followed by a subject and a verb
  private opensClause(i: number): boolean {
    const { toks, view } = this;
    for (let j = i + 1; j < Math.min(view.end, i + 9); j++) {
      const p = toks[j]!.pos;
      if (p === 'VERB' || p === 'AUX') return j > i + 1;
      if (p !== 'PROPN' && p !== 'NOUN' && p !== 'DET' && p !== 'ADJ' && p !== 'NUM' && p !== 'PRON' && !view.mentionAt.has(j)) return false;
    }
    return false;
  }

  // "that plan" is a determiner; "that removing ...", "that the US ...", "that Israel ..." open a clause, and so
  // does one whose noun phrase has an auxiliary after it ("agreed that membership negotiations would open")
  private isDeterminerThat(i: number): boolean {
    const next = this.toks[i + 1];
    if (!next) return true;
    if (next.pos !== 'NOUN' && next.pos !== 'ADJ' && next.pos !== 'NUM' && next.pos !== 'PUNCT') return false;
    let j = i + 1;
    while (j < this.view.end && j < i + 6 && (this.toks[j]!.pos === 'NOUN' || this.toks[j]!.pos === 'ADJ' || this.toks[j]!.pos === 'NUM')) j++;
    return !(j > i + 1 && this.toks[j]?.pos === 'AUX');
  }

  private isRelativeThat(i: number): boolean {
    const prev = this.toks[i - 1];
    const next = this.toks[i + 1];
    return !!prev && !!next && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (next.pos === 'VERB' || next.pos === 'AUX');
  }

  clauseStart(i: number): number {
    const { view, memo } = this;
    const inView = i >= view.start && i < view.end;
    if (inView && memo.start[i] !== 0) return memo.start[i]! - 1;
    let s = view.start;
    for (let j = i - 1; j >= view.start; j--) if (this.isBoundary(j)) { s = j + 1; break; }
    // every token from the clause's start up to i has that same start
    if (inView) for (let x = s; x <= i; x++) memo.start[x] = s + 1;
    return s;
  }

  clauseEnd(i: number): number {
    const { view, memo } = this;
    const inView = i >= view.start && i < view.end;
    if (inView && memo.end[i] !== 0) return memo.end[i]! - 1;
    let e = view.end;
    for (let j = i + 1; j < view.end; j++) if (this.isBoundary(j)) { e = j; break; }
    // every token from i up to the boundary has that same end
    if (inView) for (let x = i; x < e; x++) memo.end[x] = e + 1;
    return e;
  }

  opener(i: number): Token | null {
    const s = this.clauseStart(i);
    return s > this.view.start ? this.toks[s - 1]! : null;
  }

  isPassive(i: number): boolean {
    return passiveAuxiliary(this.toks, this.view.start, i) >= 0;
  }
}

/**
 * The "be" or "get" of a passive participle at `i` ("was signed", "were quickly expelled", "got
 * arrested"), looking back no further than `start`; -1 when `i` is no passive.
 */
export function passiveAuxiliary(toks: readonly Token[], start: number, i: number): number {
  const t = toks[i]!;
  if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !PASSIVE_ENDING.test(t.lower)) return -1;
  for (let j = i - 1; j >= Math.max(start, i - 4); j--) {
    const p = toks[j]!;
    if (BE.has(p.lower) || (p.lemma === 'be' && p.pos === 'AUX') || (p.lower === 'get' || p.lower === 'got')) return j;
    if (p.pos !== 'ADV' && p.pos !== 'AUX' && p.pos !== 'PART') return -1;
  }
  return -1;
}

/**
 * The subject of the verb at `i`: the leftmost actor mention of its clause before it. An
 * introductory prepositional phrase (`In talks with Iran, Russia said`) is skipped up to its comma;
 * in a relative clause the subject is the mention the relative pronoun follows.
 */
export function findSubject(view: SentenceView, ct: ClauseTools, i: number, grammar: Grammar): MentionRef | null {
  const toks = view.tokens;
  let cs = ct.clauseStart(i);
  const open = ct.opener(i);
  // "Nigeria, which it accuses of occupying Bakassi": a relative clause with a subject of its own between its pronoun
  // and its verb has the antecedent for its object; the subject is that one (a pronoun stays unknown)
  const own = objectRelativeSubject(view, ct, i, grammar);
  if (own !== undefined) return own;
  if (open && grammar.has(open.lower, 'relative') || (open && open.lower === 'that' && open.pos !== 'SCONJ')) {
    // "X, who rejected ..." / "the rebels who attacked ..."
    let j = cs - 2;
    while (j >= view.start && toks[j]!.text === ',') j--;
    const ref = view.mentionAt.get(j);
    // "Petro, who has made peace his centrepiece, welcomed the deal": once the relative clause has
    // closed with its comma, the verb after it is the antecedent's own, unless an actor of its own
    // stands between that comma and the verb ("a delegation that included officials, US officials said")
    let closedAt = -1;
    for (let j = cs; j < i && closedAt < 0; j++) if (toks[j]!.text === ',') closedAt = j;
    if (ref && (hasNoMentionBetween(view, cs, i) || (closedAt >= 0 && hasNoMentionBetween(view, closedAt + 1, i)))) return ref;
  }
  // the mention right before the verb group is its subject ("US negotiators pressured"), unless
  // it sits in a prepositional phrase ("Security forces in Guinea have tortured")
  let g = i - 1;
  while (g >= cs && VERB_GROUP.has(toks[g]!.pos)) g--;
  // ("The Foreign Minister, Mr Alexander Downer, today condemned": past a date word before the verb group)
  if (g > cs && (toks[g]!.lower === 'today' || toks[g]!.lower === 'yesterday')) {
    g--;
    while (g >= cs && VERB_GROUP.has(toks[g]!.pos)) g--;
  }
  // "Robert O'Brien, the White House national security adviser, reiterated": an apposition closed by
  // its comma describes the name before it, which is the subject
  if (g > cs && toks[g]!.text === ',') {
    const head = appositionHead(view, view.mentionAt.get(g - 1));
    if (head && head.start >= cs) return head;
  }
  const adjacent = view.mentionAt.get(g);
  // "the rocket launchers sent to Ukraine by the United States have arrived": the agent of a participle that
  // describes a plain noun is not the subject; the noun, no actor, is
  if (adjacent && adjacent.start >= cs && agentOfDescribedNoun(view, cs, adjacent)) return null;
  if (adjacent && adjacent.start >= cs) {
    const inPhrase = adjacent.start - 1 >= cs && toks[adjacent.start - 1]!.pos === 'ADP' && !amountAfterComma(toks, adjacent.start - 1);
    if (!inPhrase) return adjacent;
    // "Security forces in Guinea have tortured": the phrase modifies the actor before it;
    // "imprisoned for acting against Moscow were released": it ends another phrase, look further left
    const head = view.mentionAt.get(adjacent.start - 2);
    if (head && head.start >= cs) return head;
  }
  if (toks[cs]?.pos === 'ADP' || (toks[cs]?.pos === 'SCONJ' && cs === view.start)) {
    for (let j = cs; j < i; j++) {
      if (toks[j]!.text === ',') { cs = j + 1; break; }
    }
  }
  // "Under the deal, reached after talks with Prime Minister X, the Maoists agreed": a noun phrase of no
  // known actor right before the verb, after a comma, is the subject; the actors before that comma are
  // in a fronted phrase
  if (g > cs && toks[g]!.pos === 'NOUN' && !toks[i]!.lower.endsWith('ing') && !view.mentionAt.has(g) && unknownSubjectPhrase(view, cs, g)) return null;
  const placed = placeListHead(view, cs, g);
  if (placed) return placed;
  let lastComma = -1;
  if (g >= cs && (toks[g]!.pos === 'NOUN' || toks[g]!.pos === 'PROPN') && !view.mentionAt.has(g)) {
    for (let j = g - 1; j >= cs; j--) if (toks[j]!.text === ',') { lastComma = j; break; }
  }
  let owned: MentionRef | null = null;
  let after = -1;
  for (const ref of view.mentions) {
    // "pro-Iranian", "anti-American" describe, they do not act (a dash with spaces, as after a dateline, is no prefix)
    const before = toks[ref.start - 1];
    if (ref.start >= cs && ref.end <= i && ref.end > lastComma && !(before?.text === '-' && before.span[1] === toks[ref.start]!.span[0])) {
      if (ref.start < after) continue;
      // "Moi bowed to pressure a week after donor governments meeting in Paris froze new aid": an actor
      // whose own verb follows it is that verb's subject; an actor after a subordinator is this verb's
      const s = ownVerbAfter(toks, ref.end, i) ? subordinatorBetween(toks, ref.end, i) : -1;
      if (s >= 0) {
        owned ??= ref;
        after = s;
        continue;
      }
      return ref;
    }
  }
  return owned;
}

/**
 * "Defying a ban on gatherings of five people, thousands of protesters rallied": the "of" at `of` follows an
 * amount that opens its phrase right after a comma, so the actor after it heads the subject.
 */
function amountAfterComma(toks: readonly Token[], of: number): boolean {
  if (toks[of]!.lower !== 'of' || !AMOUNT_NOUNS.has(toks[of - 1]?.lower ?? '')) return false;
  let j = of - 2;
  // (over a chain of amounts too: "tens of thousands of")
  while (j >= 0 && (toks[j]!.pos === 'DET' || toks[j]!.pos === 'NUM' || toks[j]!.pos === 'ADJ' || toks[j]!.lower === 'of' || AMOUNT_NOUNS.has(toks[j]!.lower))) j--;
  // ("..., killing him, and tens of thousands of Palestinians poured": after "and" too)
  return toks[j]?.text === ',' || (toks[j]?.pos === 'CCONJ' && toks[j - 1]?.text === ',');
}

const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'its', 'their']);

/**
 * "told reporters the tanks had arrived", "said on Sunday the convoy reached": a noun phrase of no known
 * actor, opened by a determiner, right before the verb and after a word that is no preposition or verb, is
 * the verb's subject; the actor before it belongs to the clause before.
 */
function unknownSubjectPhrase(view: SentenceView, cs: number, g: number): boolean {
  const toks = view.tokens;
  let d = g;
  while (d > cs && !view.mentionAt.has(d - 1) && NOUN_PHRASE_POS.has(toks[d - 1]!.pos)) {
    d--;
    if (toks[d]!.pos === 'DET') break;
  }
  if (d <= cs || !SUBJECT_DETERMINERS.has(toks[d]!.lower)) return false;
  const before = toks[d - 1]!;
  // after a verb the phrase may be its object, and this verb a participle ("defied a deadline set by")
  return before.pos !== 'ADP' && before.pos !== 'SCONJ' && before.pos !== 'VERB' && before.pos !== 'AUX' && before.lower !== 'and' && before.lower !== 'or' && before.text !== ',';
}

/** Words that open a subordinate clause of time or cause ("a week after donors froze aid"). */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'although', 'though', 'once', 'whereas']);

/** The last subordinator in `[from, to)`, or -1. */
function subordinatorBetween(toks: readonly Token[], from: number, to: number): number {
  // "as" is as often a preposition ("recognised them as independent states")
  for (let k = to - 1; k >= from; k--) if (SUBORDINATORS.has(toks[k]!.lower) && (toks[k]!.lower !== 'as' || toks[k]!.pos === 'SCONJ')) return k;
  return -1;
}

/** Whether a finite verb (not an "-ing" form) follows token `from` directly, over auxiliaries and adverbs, before `i`. */
function ownVerbAfter(toks: readonly Token[], from: number, i: number): boolean {
  let k = from;
  while (k < i && VERB_GROUP.has(toks[k]!.pos)) k++;
  return k < i && toks[k]!.pos === 'VERB' && !toks[k]!.lower.endsWith('ing');
}

/** The mention an apposition describes ("O'Brien" for "the White House national security adviser"). */
function appositionHead(view: SentenceView, ref: MentionRef | undefined): MentionRef | null {
  const antecedent = ref?.mention.antecedent;
  if (!ref || ref.mention.rule !== 'actor/apposition' || antecedent === undefined) return null;
  for (const m of view.mentions) if (m.index === antecedent && m.end <= ref.start) return m;
  return null;
}

function hasNoMentionBetween(view: SentenceView, a: number, b: number): boolean {
  for (const m of view.mentions) if (m.start >= a && m.end <= b) return false;
  return true;
}

/** The first actor mention in `[from, to)`, skipping `skip`. */
export function firstMention(view: SentenceView, from: number, to: number, skip?: MentionRef | null): MentionRef | null {
  for (const ref of view.mentions) {
    if (ref.start >= from && ref.start < to && ref !== skip) return ref;
  }
  return null;
}

/** The agent of a passive verb or event noun: `by X` within a few tokens after `i`. */
/** How far after a passive verb its "by" may be ("handed over to Indian officials at the Wagah border crossing by"). */
const AGENT_REACH = 22;
/** Words that let a second verb share the first one's agent ("attacked and looted by"). */
const AGENT_SHARING = new Set(['and', 'or', ',']);

export function findAgent(view: SentenceView, from: number, to: number, grammar: Grammar): MentionRef | null {
  const toks = view.tokens;
  for (let j = from; j < Math.min(to, from + AGENT_REACH); j++) {
    // "a ceasefire was signed at a ceremony hosted by X": the agent after another participle is that
    // participle's (unless the two share it: "was attacked and looted by"); "-ing" nouns wink tags as
    // verbs ("at the border crossing by") do not count
    if (j > from && toks[j]!.pos === 'VERB' && PASSIVE_ENDING.test(toks[j]!.lower) && !AGENT_SHARING.has(toks[j - 1]!.lower)) return null;
    if (grammar.has(toks[j]!.lower, 'agent-prep')) {
      const ref = view.mentionAt.get(j + 1) ?? view.mentionAt.get(j + 2) ?? view.mentionAt.get(j + 3);
      if (ref && ref.start > j) return ref;
      // "by a commando of unidentified gunmen", "by a group of soldiers": the people the group is made of
      // (and "by their abductors of the sect Boko Haram")
      const of = toks[j + 1]?.pos === 'DET' || POSSESSIVE_DETERMINERS.has(toks[j + 1]?.lower ?? '') ? j + 3 : j + 2;
      if (toks[of - 1]?.pos === 'NOUN' && toks[of]?.lower === 'of') {
        const member = view.mentionAt.get(of + 1) ?? view.mentionAt.get(of + 2) ?? view.mentionAt.get(of + 3);
        if (member && member.start > of) return member;
      }
      // "by the Board of Immigration Appeals, the highest U.S. immigration court": a name the dictionaries do not
      // know, told by its apposition
      const described = appositionOfUnknownName(view, toks[j + 1]?.pos === 'DET' ? j + 2 : j + 1, to);
      if (described) return described;
    }
  }
  return null;
}

/** How many words an apposition may take before its actor ("the highest U.S. immigration court"). */
const APPOSITION_REACH = 5;

/**
 * The actor of the apposition after the run of capitalised words the dictionaries do not know starting at `from`
 * ("the Board of Immigration Appeals, the highest U.S. immigration court"), or null.
 */
function appositionOfUnknownName(view: SentenceView, from: number, to: number): MentionRef | null {
  const toks = view.tokens;
  let j = from;
  while (j < to && !view.mentionAt.has(j) && (toks[j]!.pos === 'PROPN' || (j > from && (toks[j]!.lower === 'of' || toks[j]!.lower === 'and' || toks[j]!.lower === 'the') && toks[j + 1]?.pos === 'PROPN'))) j++;
  if (j === from || toks[j]?.text !== ',') return null;
  for (let k = j + 1; k < Math.min(to, j + 1 + APPOSITION_REACH); k++) {
    const ref = view.mentionAt.get(k);
    if (ref) return ref.start > j && (toks[j + 1]!.pos === 'DET' || toks[j + 1]!.pos === 'ADJ') && ref.mention.kind !== 'person' ? ref : null;
    if (toks[k]!.text === ',' || toks[k]!.pos === 'VERB') return null;
  }
  return null;
}
