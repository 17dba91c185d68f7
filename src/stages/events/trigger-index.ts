// The verb lexicon compiled for matching: patterns grouped by trigger kind and first word, their
// words as sets, and per group which patterns each word right after the trigger could start, so a
// pattern whose first word is not near the trigger is skipped without trying it.
import { FUNCTION_WORDS, type TriggerKind, type VerbLexicon, type VerbPattern } from '../../dictionaries/verb-lexicon.js';

/**
 * What must come first after the trigger word, which decides the cheap test a pattern gets:
 * nothing (a bare trigger always matches), a word (a second trigger word or a literal element),
 * or a mention (the target slot `*` or the source slot `$`).
 */
export type FirstNeed = 'nothing' | 'word' | 'mention';

/** One pattern in the form the matcher reads: no string splitting or set building per token. */
export interface CompiledPattern {
  pattern: VerbPattern;
  kind: TriggerKind;
  /** The trigger's words after the first (`v:call_off` → `['off']`). */
  moreWords: readonly string[];
  /** The elements in order: a word element's alternatives as a set, the target slot as null, the source slot as `SOURCE_SLOT`. */
  elements: readonly (ReadonlySet<string> | null | typeof SOURCE_SLOT)[];
  first: FirstNeed;
  /**
   * Whether a passive may find the pattern's words before its verb: a one-word trigger whose elements are
   * all content words ("v:sign agreement" in "an agreement was signed", "v:expel diplomat" in "three
   * diplomats were expelled"). Slots and function words ("with", "to") keep their place after the verb.
   */
  backward: boolean;
}

/** The patterns sharing a trigger kind and first word, most specific first (the lexicon's order). */
export interface TriggerGroup {
  patterns: readonly CompiledPattern[];
  /**
   * For each word a `'word'` pattern could need first after the trigger, the positions (in
   * `patterns`) of the patterns that could: a word near the trigger makes only those worth trying.
   */
  firstWordOf: ReadonlyMap<string, readonly number[]>;
  /** Whether any pattern needs a word first, or a mention first: else the near tests are skipped. */
  anyNeedsWord: boolean;
  anyNeedsMention: boolean;
  /** Whether any pattern can match backward from a passive (`CompiledPattern.backward`). */
  anyBackward: boolean;
}

export interface TriggerIndex {
  verb: ReadonlyMap<string, TriggerGroup>;
  noun: ReadonlyMap<string, TriggerGroup>;
  adj: ReadonlyMap<string, TriggerGroup>;
  /** The most patterns any group has. */
  largestGroup: number;
}

/** A compiled pattern's source slot `$` ("received weapons from $"). */
export const SOURCE_SLOT = 'source';

function compilePattern(p: VerbPattern): CompiledPattern {
  const moreWords = p.trigger.words.slice(1);
  const elements = p.elements.map((e) => (e.kind === 'word' ? new Set(e.alts) : e.kind === 'source' ? SOURCE_SLOT : null));
  const first = moreWords.length > 0 || (elements.length > 0 && elements[0] instanceof Set) ? 'word'
    : elements.length > 0 ? 'mention' : 'nothing';
  // (a particle trigger's particle stays after the verb: "aid to Uzbekistan was cut off by")
  const backward = p.trigger.kind === 'verb' && p.elements.length > 0
    && p.elements.every((e) => e.kind === 'word' && !e.alts.some((a) => FUNCTION_WORDS.has(a)));
  return { pattern: p, kind: p.trigger.kind, moreWords, elements, first, backward };
}

function compileGroup(patterns: readonly VerbPattern[]): TriggerGroup {
  const compiled = patterns.map(compilePattern);
  const firstWordOf = new Map<string, number[]>();
  compiled.forEach((c, n) => {
    if (c.first !== 'word') return;
    for (const w of c.moreWords.length > 0 ? [c.moreWords[0]!] : (c.elements[0] as ReadonlySet<string>)) {
      const list = firstWordOf.get(w);
      if (list) list.push(n);
      else firstWordOf.set(w, [n]);
    }
  });
  return {
    patterns: compiled,
    firstWordOf,
    anyNeedsWord: compiled.some((c) => c.first === 'word'),
    anyNeedsMention: compiled.some((c) => c.first === 'mention'),
    anyBackward: compiled.some((c) => c.backward),
  };
}

const KIND_OF_PREFIX: Record<string, 'verb' | 'noun' | 'adj'> = { v: 'verb', n: 'noun', a: 'adj' };

/** Compiles the lexicon's `byTrigger` lists, keeping their order (most specific first). */
export function compileTriggerIndex(lex: VerbLexicon): TriggerIndex {
  const idx = { verb: new Map<string, TriggerGroup>(), noun: new Map<string, TriggerGroup>(), adj: new Map<string, TriggerGroup>(), largestGroup: 0 };
  for (const [key, patterns] of lex.byTrigger) {
    const kind = KIND_OF_PREFIX[key.slice(0, 1)];
    if (kind) idx[kind].set(key.slice(2), compileGroup(patterns));
    idx.largestGroup = Math.max(idx.largestGroup, patterns.length);
  }
  return idx;
}

const compiledIndexes = new WeakMap<VerbLexicon, TriggerIndex>();

/** The compiled index of a lexicon, built the first time it is asked for. */
export function triggerIndexOf(lex: VerbLexicon): TriggerIndex {
  let idx = compiledIndexes.get(lex);
  if (!idx) compiledIndexes.set(lex, (idx = compileTriggerIndex(lex)));
  return idx;
}
