// Sparse clause analysis (TABARI-style): clause boundaries, subjects, objects and passives
// from POS tags and function words, without a parser.
import type { Token } from '../../model/types.js';
import type { Grammar } from './grammar.js';
import type { MentionRef, SentenceView } from './sentence-view.js';

const QUOTES = new Set(['"', '“', '”', '«', '»', '``', "''"]);
const VERB_GROUP = new Set(['AUX', 'ADV', 'PART']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);

export interface ClauseTools {
  isBoundary(i: number): boolean;
  clauseStart(i: number): number;
  clauseEnd(i: number): number;
  /** The relative pronoun or subordinator that opens the clause of token i, if any. */
  opener(i: number): Token | null;
  isPassive(i: number): boolean;
}

export function clauseTools(view: SentenceView, grammar: Grammar, speech: (i: number) => boolean): ClauseTools {
  const toks = view.tokens;
  const cache = new Map<number, boolean>();
  const isBoundary = (i: number): boolean => {
    let b = cache.get(i);
    if (b !== undefined) return b;
    const t = toks[i]!;
    b = t.text === ';' || t.text === ':' || QUOTES.has(t.text)
      || (grammar.has(t.lower, 'relative') && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ') && i > view.start)
      || (grammar.has(t.lower, 'boundary') && (t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.lower === 'saying' || (t.lower === 'that' && (t.pos === 'PRON' || t.pos === 'DET') && (isRelativeThat(i) || !isDeterminerThat(i))) || (t.pos === 'ADP' && opensClause(i))))
      || grammar.has(t.lower, 'condition')
      || speech(i);
    cache.set(i, b);
    return b;
  };
  // "after Blinken held talks": a preposition-tagged subordinator followed by a subject and a verb
  const opensClause = (i: number): boolean => {
    for (let j = i + 1; j < Math.min(view.end, i + 9); j++) {
      const p = toks[j]!.pos;
      if (p === 'VERB' || p === 'AUX') return j > i + 1;
      if (p !== 'PROPN' && p !== 'NOUN' && p !== 'DET' && p !== 'ADJ' && p !== 'NUM' && p !== 'PRON' && !view.mentionAt.has(j)) return false;
    }
    return false;
  };
  // "that plan" is a determiner; "that removing ...", "that the US ...", "that Israel ..." open a clause
  const isDeterminerThat = (i: number): boolean => {
    const next = toks[i + 1];
    return !next || next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.pos === 'PUNCT';
  };
  const isRelativeThat = (i: number): boolean => {
    const prev = toks[i - 1];
    const next = toks[i + 1];
    return !!prev && !!next && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (next.pos === 'VERB' || next.pos === 'AUX');
  };
  const clauseStart = (i: number): number => {
    for (let j = i - 1; j >= view.start; j--) if (isBoundary(j)) return j + 1;
    return view.start;
  };
  const clauseEnd = (i: number): number => {
    for (let j = i + 1; j < view.end; j++) if (isBoundary(j)) return j;
    return view.end;
  };
  const opener = (i: number): Token | null => {
    const s = clauseStart(i);
    return s > view.start ? toks[s - 1]! : null;
  };
  const isPassive = (i: number): boolean => {
    const t = toks[i]!;
    if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !/(ed|en|wn|ne|ught|eld|ld|ck|ft)$/.test(t.lower)) return false;
    for (let j = i - 1; j >= Math.max(view.start, i - 4); j--) {
      const p = toks[j]!;
      if (BE.has(p.lower) || (p.lemma === 'be' && p.pos === 'AUX') || (p.lower === 'get' || p.lower === 'got')) return true;
      if (p.pos !== 'ADV' && p.pos !== 'AUX' && p.pos !== 'PART') return false;
    }
    return false;
  };
  return { isBoundary, clauseStart, clauseEnd, opener, isPassive };
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
  if (open && grammar.has(open.lower, 'relative') || (open && open.lower === 'that' && open.pos !== 'SCONJ')) {
    // "X, who rejected ..." / "the rebels who attacked ..."
    let j = cs - 2;
    while (j >= view.start && toks[j]!.text === ',') j--;
    const ref = view.mentionAt.get(j);
    // "Petro, who has made peace his centrepiece, welcomed the deal": once the relative clause has
    // closed with its comma, the verb after it is the antecedent's own
    const closed = toks.slice(cs, i).some((t) => t.text === ',');
    if (ref && (hasNoMentionBetween(view, cs, i) || closed)) return ref;
  }
  // the mention right before the verb group is its subject ("US negotiators pressured"), unless
  // it sits in a prepositional phrase ("Security forces in Guinea have tortured")
  let g = i - 1;
  while (g >= cs && VERB_GROUP.has(toks[g]!.pos)) g--;
  const adjacent = view.mentionAt.get(g);
  if (adjacent && adjacent.start >= cs) {
    const inPhrase = adjacent.start - 1 >= cs && toks[adjacent.start - 1]!.pos === 'ADP';
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
  for (const ref of view.mentions) {
    // "pro-Iranian", "anti-American" describe, they do not act
    if (ref.start >= cs && ref.end <= i && toks[ref.start - 1]?.text !== '-') return ref;
  }
  return null;
}

function hasNoMentionBetween(view: SentenceView, a: number, b: number): boolean {
  return !view.mentions.some((m) => m.start >= a && m.end <= b);
}

/** The first actor mention in `[from, to)`, skipping `skip`. */
export function firstMention(view: SentenceView, from: number, to: number, skip?: MentionRef | null): MentionRef | null {
  for (const ref of view.mentions) {
    if (ref.start >= from && ref.start < to && ref !== skip) return ref;
  }
  return null;
}

/** The agent of a passive verb or event noun: `by X` within a few tokens after `i`. */
export function findAgent(view: SentenceView, from: number, to: number, grammar: Grammar): MentionRef | null {
  for (let j = from; j < Math.min(to, from + 8); j++) {
    if (grammar.has(view.tokens[j]!.lower, 'agent-prep')) {
      const ref = view.mentionAt.get(j + 1) ?? view.mentionAt.get(j + 2) ?? view.mentionAt.get(j + 3);
      if (ref && ref.start > j) return ref;
    }
  }
  return null;
}
