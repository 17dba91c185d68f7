// What the actors stage asks about every token, answered in one pass per document: the word's classes and
// first steps in the name, agent and place tries (looked up once per distinct word and kept across documents:
// one map lookup per token), and per token whether a name, agent or place can start there at all. Most tokens
// start nothing, and the stage passes them by on these answers alone.
import type { Sentence, Token } from '../../model/types.js';
import type { ActorDictionary, AgentForm, NameValue } from '../../dictionaries/actor-dictionary.js';
import { mayMatch, nextTokenClass, type NameTrie, type TrieStart } from '../../dictionaries/name-trie.js';
import { Scratch } from '../../pipeline/scratch.js';

/** What a pronoun can stand for: a person (he/she), a plural group (they) or a state or organisation (it). */
export type Agreement = 'person' | 'plural' | 'thing';

export interface WordFacts {
  pronoun: Agreement | undefined;
  possessivePronoun: boolean;
  determiner: boolean;
  /**
   * The word's first steps in the dictionary's tries (`NameTrie.start`), for `matchFrom`; null for a
   * token whose lower-cased form is longer or shorter than its text: only `matchAt` reads those.
   */
  names: TrieStart<NameValue> | null;
  lowerNames: TrieStart<NameValue> | null;
  agents: TrieStart<AgentForm> | null;
  places: TrieStart<NameValue> | null;
  /** Whether any of the four may lead somewhere: false for most words, which then need no look at the next token. */
  startsAny: boolean;
}

export interface WordClasses {
  pronouns: ReadonlyMap<string, Agreement>;
  possessivePronoun: ReadonlySet<string>;
  determiner: ReadonlySet<string>;
}

/** Bits of `DocWords.starts`. The walks are those with the token's sentence end as their limit. */
export const STARTS_NAME = 1;
export const STARTS_AGENT = 2;
export const STARTS_PLACE = 4;
export const CAPITALISED = 8;
/** A pronoun or a possessive pronoun. */
export const PRONOUN = 16;
/** Starts with a lower-case letter in a text that has its capitals: only `lowerNames` can match there. */
export const LOWER_INITIAL = 32;

export interface DocWords {
  /** The facts of each token's word. */
  words: WordFacts[];
  /** Per token, the bits above; valid until the next document's `forDocument`. */
  starts: Uint8Array;
}

/** Bounds the cache like the tries bound their step memos: a stream of documents has no end of words. */
const CACHE_LIMIT = 100_000;

export interface WordFactsIndex {
  /** `lowerCased`: the text has (almost) no capitals, so names are matched without them. */
  forDocument(tokens: readonly Token[], sentences: readonly Sentence[], lowerCased: boolean): DocWords;
}

export function createWordFacts(dict: ActorDictionary, classes: WordClasses): WordFactsIndex {
  const tries: NameTrie<unknown>[] = [dict.names, dict.lowerNames, dict.agents, dict.places];
  const cache = new Map<string, WordFacts>();
  /** One-character ASCII words (punctuation, `a`), a fifth of all tokens, by character code: no map lookup. */
  let single: (WordFacts | undefined)[] = new Array(128);
  /** The tries' versions the cache was filled with: a trie that grew since makes every first step stale. */
  let versions = '';
  const startsScratch = new Scratch((n) => new Uint8Array(n));

  const learn = (lower: string): WordFacts => {
    const facts: WordFacts = {
      pronoun: classes.pronouns.get(lower),
      possessivePronoun: classes.possessivePronoun.has(lower),
      determiner: classes.determiner.has(lower),
      names: dict.names.start(lower),
      lowerNames: dict.lowerNames.start(lower),
      agents: dict.agents.start(lower),
      places: dict.places.start(lower),
      startsAny: false,
    };
    facts.startsAny = [facts.names, facts.lowerNames, facts.agents, facts.places].some((t) => t !== null && t.cls !== 0);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(lower, facts);
    return facts;
  };

  return {
    forDocument(tokens, sentences, lowerCased) {
      const now = tries.map((t) => t.version).join(',');
      if (now !== versions) {
        cache.clear();
        single = new Array(128);
        versions = now;
      }
      const words: WordFacts[] = new Array(tokens.length);
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        const lower = t.lower;
        const c = lower.length === 1 ? lower.charCodeAt(0) : 128;
        const facts = c < 128 ? (single[c] ??= learn(lower)) : cache.get(lower) ?? learn(lower);
        // lower-casing changed the length: the tries walk the text itself, not the word
        words[k] = lower.length === t.text.length ? facts : walkText(facts);
      }
      const starts = startsScratch.take(tokens.length);
      for (const sentence of sentences) {
        const end = sentence.tokens[1];
        for (let k = sentence.tokens[0]; k < end; k++) starts[k] = startBits(tokens, k, end, words[k]!, lowerCased);
      }
      return { words, starts };
    },
  };
}

function startBits(tokens: readonly Token[], k: number, end: number, w: WordFacts, lowerCased: boolean): number {
  const t = tokens[k]!;
  const c = t.text.charCodeAt(0);
  const lowerInitial = !lowerCased && c >= 97 && c <= 122;
  let bits = lowerInitial ? LOWER_INITIAL : 0;
  if (isCapitalised(t.text)) bits |= CAPITALISED;
  if (w.pronoun !== undefined || w.possessivePronoun) bits |= PRONOUN;
  if (!w.startsAny) return bits;
  const next = nextTokenClass(tokens, k, end);
  if (mayStart(lowerInitial ? w.lowerNames : w.names, next)) bits |= STARTS_NAME;
  if (mayStart(w.agents, next)) bits |= STARTS_AGENT;
  if (mayStart(w.places, next)) bits |= STARTS_PLACE;
  return bits;
}

/** `mayMatch` for a first step; one of null (the token's text is walked itself) promises nothing: it must be tried. */
function mayStart(start: TrieStart<unknown> | null, next: number): boolean {
  return start === null || mayMatch(start.cls, next);
}

/** Whether a token's text starts with a capital letter. */
export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = text[0]!;
  return ch !== ch.toLowerCase();
}

function walkText(facts: WordFacts): WordFacts {
  return { ...facts, names: null, lowerNames: null, agents: null, places: null, startsAny: true };
}
