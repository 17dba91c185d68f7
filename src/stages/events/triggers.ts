// Finds event triggers in a sentence and matches the verb lexicon's patterns against them.
import type { Token } from '../../model/types.js';
import type { VerbLexicon, VerbPattern } from '../../dictionaries/verb-lexicon.js';
import type { MentionRef, SentenceView } from './sentence-view.js';

/** A pattern matched at a token. */
export interface TriggerMatch {
  /** Token index of the trigger word. */
  at: number;
  kind: 'verb' | 'noun' | 'adj';
  pattern: VerbPattern;
  /** Token indices the pattern consumed (trigger, particle, literal words). */
  consumed: number[];
  /** Token index just past the last matched element. */
  end: number;
  /** The mention bound to `*`, when the pattern has a target slot. */
  slot: MentionRef | null;
}

const WINDOW = 6;

// pattern alternatives as sets, built once per pattern element the first time it is tried
const altSets = new WeakMap<readonly string[], Set<string>>();

function tokenMatches(t: Token, alts: readonly string[]): boolean {
  let set = altSets.get(alts);
  if (!set) altSets.set(alts, (set = new Set(alts)));
  return set.has(t.lemma) || set.has(t.lower);
}

type KindIndex = { v: Map<string, VerbPattern[]>; n: Map<string, VerbPattern[]>; a: Map<string, VerbPattern[]> };

/** The lexicon split by trigger kind, keyed by bare lemma, so a token needs no key string. */
const kindIndexes = new WeakMap<VerbLexicon, KindIndex>();

function kindIndex(lex: VerbLexicon): KindIndex {
  let idx = kindIndexes.get(lex);
  if (!idx) {
    idx = { v: new Map(), n: new Map(), a: new Map() };
    for (const [key, patterns] of lex.byTrigger) {
      const kind = key.slice(0, 1) as 'v' | 'n' | 'a';
      idx[kind]?.set(key.slice(2), patterns);
    }
    kindIndexes.set(lex, idx);
  }
  return idx;
}

/** Candidate pattern lists for a token, in the order they are tried, with the key kind each came from. */
function candidatesFor(t: Token, idx: KindIndex): [VerbPattern[] | undefined, 'v' | 'n' | 'a'][] {
  switch (t.pos) {
    case 'VERB': return [[idx.v.get(t.lemma), 'v']];
    case 'NOUN': case 'PROPN': return [[idx.n.get(t.lemma), 'n'], [idx.n.get(t.lower), 'n']];
    // wink tags the first word of some compound nouns as ADJ ("hunger strike", "military aid")
    case 'ADJ': return [[idx.a.get(t.lemma), 'a'], [idx.v.get(t.lemma), 'v'], [idx.n.get(t.lemma), 'n']];
    default: return NONE;
  }
}

const NONE: [VerbPattern[] | undefined, 'v' | 'n' | 'a'][] = [];

/** An adjective-tagged word that ends its noun phrase is used as a noun ("Turkey's offensive against"). */
function headsPhrase(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const determined = !!prev && (prev.pos === 'DET' || prev.lower === "'s" || prev.lower === '’s' || prev.pos === 'PRON');
  return determined && (!next || next.pos === 'ADP' || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PUNCT');
}

/** Tries one pattern at trigger token `at`, within `[at, limit)`. */
function tryPattern(view: SentenceView, p: VerbPattern, at: number, limit: number): TriggerMatch | null {
  const toks = view.tokens;
  const consumed = [at];
  let pos = at + 1;
  // multi-word triggers: later words must follow within 3 tokens (a particle: "blew the lines up" too)
  for (const w of p.trigger.words.slice(1)) {
    let found = -1;
    for (let j = pos; j < Math.min(limit, pos + 3); j++) {
      if (toks[j]!.lemma === w || toks[j]!.lower === w) { found = j; break; }
    }
    if (found < 0) {
      // "blew up" written as one phrasal verb may also come as "blow ... up" further on
      return null;
    }
    consumed.push(found);
    pos = found + 1;
  }
  let slot: MentionRef | null = null;
  for (const el of p.elements) {
    if (el.kind === 'target') {
      let found: MentionRef | null = null;
      for (let j = pos; j < Math.min(limit, pos + WINDOW); j++) {
        const ref = view.mentionAt.get(j);
        if (ref && ref.start >= pos) { found = ref; break; }
      }
      if (!found) return null;
      slot = found;
      pos = found.end;
    } else {
      let found = -1;
      for (let j = pos; j < Math.min(limit, pos + WINDOW); j++) {
        if (tokenMatches(toks[j]!, el.alts)) { found = j; break; }
      }
      if (found < 0) return null;
      consumed.push(found);
      pos = found + 1;
    }
  }
  // an object noun the pattern names may itself be an actor ("expelled three British diplomats")
  if (!slot && !p.noTarget) {
    for (let c = consumed.length - 1; c > 0; c--) {
      const ref = view.mentionAt.get(consumed[c]!);
      if (ref) { slot = ref; break; }
    }
  }
  return { at, kind: p.trigger.kind, pattern: p, consumed, end: pos, slot };
}

/**
 * All trigger matches of a sentence, most specific pattern per trigger token. `limitFor(i)` gives
 * the end of token i's clause, so patterns never reach into another clause.
 */
export function findTriggers(view: SentenceView, lex: VerbLexicon, limitFor: (i: number) => number): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const toks = view.tokens;
  const idx = kindIndex(lex);
  for (let i = view.start; i < view.end; i++) {
    const t = toks[i]!;
    if (view.mentionAt.has(i) && t.pos !== 'VERB') continue; // a word inside an actor's name is no trigger
    for (const [candidates, keyKind] of candidatesFor(t, idx)) {
      if (!candidates) continue;
      let match: TriggerMatch | null = null;
      for (const p of candidates) {
        if (p.trigger.kind === 'noun' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && !(t.pos === 'ADJ' && (p.trigger.words.length > 1 || headsPhrase(toks, i)))) continue;
        if (p.trigger.kind === 'verb' && t.pos !== 'VERB' && !(t.pos === 'ADJ' && keyKind === 'v')) continue;
        match = tryPattern(view, p, i, Math.max(limitFor(i), Math.min(view.end, i + 2)));
        if (match) break;
      }
      if (match) {
        out.push(match);
        break;
      }
    }
  }
  return out;
}
