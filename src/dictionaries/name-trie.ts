// A character trie over normalised phrases, walked token by token so matches start and end on token edges.
import type { Token } from '../model/types.js';

export interface TrieNode<T> {
  /** The children, once there are two or more (a name trie is mostly chains: see `oneChar`). */
  next: Map<string, TrieNode<T>> | null;
  /** The only child's character and node while there is one: a map per node held most of the trie's memory. */
  oneChar: string | null;
  oneNode: TrieNode<T> | null;
  values: T[] | null;
  /** `next.get(' ')`, kept apart because every gap between tokens asks for it. */
  space: TrieNode<T> | null;
  /** Memo of whole-token steps out of this node, filled as documents are walked (see `step`). */
  steps: Map<string, TokenStep<T>> | null;
}

/** Where a walk stands after one whole token: `node: null` when no key continues so. */
interface TokenStep<T> {
  node: TrieNode<T> | null;
  lastSpace: boolean;
}

/**
 * Bounds the step memos (about 4 MB each at 40,000 steps; 100,000 gave no measurable speed over it on the
 * bench corpus): a document's vocabulary is small, a stream of documents is not.
 */
const MEMO_LIMIT = 40_000;
/** The step of every word that continues no key, shared: most memo entries are this one. */
const DEAD_END: TokenStep<never> = Object.freeze({ node: null, lastSpace: false });

/** A match: tokens `[start, end)` and the values stored under the phrase. */
export interface TrieMatch<T> {
  start: number;
  end: number;
  values: readonly T[];
  /** The matched text normalised like the keys but with its capitals kept (for case checks). */
  cased: string;
}

/** Folds the characters that vary between sources: dashes and spaces to one space, curly apostrophes to straight. */
export function foldChar(c: string): string {
  switch (c) {
    case '-': case '‐': case '‑': case '–': case '—': case '\u00a0': case '\t': case '\n': case '\r':
      return ' ';
    case '’': case '‘': case '`': case 'ʼ':
      return "'";
    default:
      return c;
  }
}

/** The key form of a phrase with its capitals kept: folded characters, single spaces, trimmed. */
export function foldPhrase(phrase: string): string {
  if (isFolded(phrase)) return phrase.trimEnd();
  let out = '';
  for (let k = 0; k < phrase.length; k++) {
    const f = foldChar(phrase[k]!);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.trimEnd();
}

/** True when folding would change nothing but trailing spaces: the common case, spared a rebuilt string. */
function isFolded(phrase: string): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const c = phrase.charCodeAt(k);
    if (c === 32) {
      if (k === 0 || phrase.charCodeAt(k - 1) === 32) return false;
    } else if (c < 128 ? c === 45 || c === 9 || c === 10 || c === 13 || c === 96 : foldChar(phrase[k]!) !== phrase[k]) {
      return false;
    }
  }
  return true;
}

function lowerChar(c: string): string {
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}

/**
 * What a walk that starts with one whole word can find (bit flags, `TrieStart.cls`): a key ends with the
 * word, a key goes on past a gap to the next token (`united` in `United States`), a key goes on into a
 * token joined to it (`al` in `al-Qaeda`). 0: no key starts with the word.
 */
export const START_MATCH = 1;
export const START_GAP = 2;
export const START_JOINED = 4;

/**
 * A walk's first step out of the root with one whole word (`NameTrie.start`): callers keep it per word
 * and hand it back to `matchFrom`, which then skips the costliest lookup of the walk.
 */
export interface TrieStart<T> {
  /** START_* flags: what a walk from this word can still find. */
  readonly cls: number;
  readonly node: TrieNode<T> | null;
  readonly lastSpace: boolean;
}

const NO_START: TrieStart<never> = Object.freeze({ cls: 0, node: null, lastSpace: false });

/** How the token after `start` would go on with a walk: START_JOINED (no gap), START_GAP, or 0 past `limit`. */
export function nextTokenClass(tokens: readonly Token[], start: number, limit: number): number {
  if (start + 1 >= limit) return 0;
  return tokens[start + 1]!.span[0] <= tokens[start]!.span[1] ? START_JOINED : START_GAP;
}

/**
 * Whether `matchAt(tokens, start, limit)` can find anything, from the start class of the first token's
 * lower-cased form and `nextTokenClass`: a cheap test that spares the walk at most tokens. Only valid when
 * that lower form is as long as the token's text (else the walk reads the text itself).
 */
export function mayMatch(startClass: number, next: number): boolean {
  return (startClass & (START_MATCH | next)) !== 0;
}

function newNode<T>(): TrieNode<T> {
  return { next: null, oneChar: null, oneNode: null, values: null, space: null, steps: null };
}

/** The child of `node` under character `c`, if any. */
function childOf<T>(node: TrieNode<T>, c: string): TrieNode<T> | undefined {
  return node.oneChar === c ? node.oneNode! : node.next?.get(c);
}

/** Adds a child: kept in `oneChar`/`oneNode` while it is the only one, moved into a map with the second. */
function addChild<T>(node: TrieNode<T>, c: string, child: TrieNode<T>): void {
  if (node.oneChar === null && node.next === null) {
    node.oneChar = c;
    node.oneNode = child;
    return;
  }
  if (!node.next) {
    node.next = new Map([[node.oneChar!, node.oneNode!]]);
    node.oneChar = null;
    node.oneNode = null;
  }
  node.next.set(c, child);
}

export class NameTrie<T> {
  private readonly root: TrieNode<T> = newNode();
  /** Nodes holding a step memo, and how many steps they hold, so the memos stay bounded. */
  private memoNodes: TrieNode<T>[] = [];
  private memoSize = 0;
  size = 0;
  /** Grows with every `add`: callers that cache answers per word (start classes) start over when it changes. */
  version = 0;

  /** `memoLimit`: how many token steps are remembered before the memos start over. */
  constructor(private readonly memoLimit = MEMO_LIMIT) {}

  add(phrase: string, value: T): void {
    const key = foldPhrase(phrase);
    if (key === '') return;
    this.clearMemo();
    this.version++;
    let node = this.root;
    for (let k = 0; k < key.length; k++) {
      const c = lowerChar(key[k]!);
      let child = childOf(node, c);
      if (!child) {
        child = newNode();
        addChild(node, c, child);
        if (c === ' ') node.space = child;
      }
      node = child;
    }
    if (!node.values) {
      node.values = [];
      this.size++;
    }
    node.values.push(value);
  }

  /**
   * Every phrase that starts at token `start` and ends on a token edge before `limit`,
   * shortest first. Text between tokens counts as one space when there is any gap.
   * `withCase: false` leaves `cased` empty for callers that match in any case.
   */
  matchAt(tokens: readonly Token[], start: number, limit: number, withCase = true): TrieMatch<T>[] {
    // a dash folds to a space: a name never starts with one ("Turkey — Russian Foreign Minister")
    const first = tokens[start]?.lower;
    if (first !== undefined && first.length === 1 && foldChar(first) === ' ') return [];
    return this.walk(tokens, start, start, limit, this.root, true, withCase, null);
  }

  /**
   * `matchAt` with the first token's step already taken: `first` is `start(tokens[start].lower)`, valid
   * when that lower form is as long as the token's text (else the walk reads the text: use `matchAt`).
   */
  matchFrom(tokens: readonly Token[], start: number, limit: number, first: TrieStart<T>, withCase = true): TrieMatch<T>[] {
    const node = first.node;
    if (!node || start >= limit) return NONE;
    const out = node.values ? [this.match(tokens, start, start + 1, node.values, withCase)] : null;
    return this.walk(tokens, start, start + 1, limit, node, first.lastSpace, withCase, out);
  }

  /** Walks tokens `from` on out of `node` (tokens `[start, from)` already walked), adding each key met to `out`. */
  private walk(
    tokens: readonly Token[], start: number, from: number, limit: number, at: TrieNode<T>, spaceBefore: boolean,
    withCase: boolean, found: TrieMatch<T>[] | null,
  ): TrieMatch<T>[] {
    let out = found;
    let node: TrieNode<T> | undefined = at;
    let lastSpace = spaceBefore;
    for (let j = from; j < limit && node; j++) {
      const tok = tokens[j]!;
      if (j > start && tok.span[0] > tokens[j - 1]!.span[1] && !lastSpace) {
        node = node.space ?? undefined;
        lastSpace = true;
        if (!node) break;
      }
      const lower = tok.lower;
      if (lower.length === tok.text.length && (lastSpace || foldChar(lower[0]!) !== ' ')) {
        // the common case: a whole-token step, the same wherever this word is met
        const step = this.step(node, lower);
        if (!step.node) break;
        node = step.node;
        lastSpace = step.lastSpace;
      } else {
        // lower-casing changed the length (walk the text itself) or a space-like token follows a word
        const chars = lower.length === tok.text.length ? lower : tok.text;
        for (let k = 0; k < chars.length; k++) {
          const f = foldChar(chars[k]!);
          if (f === ' ') {
            if (lastSpace) continue;
            lastSpace = true;
          } else lastSpace = false;
          node = childOf(node, chars === lower ? f : lowerChar(f));
          if (!node) break;
        }
      }
      if (node?.values) (out ??= []).push(this.match(tokens, start, j + 1, node.values, withCase));
    }
    return out ?? NONE;
  }

  private match(tokens: readonly Token[], start: number, end: number, values: readonly T[], withCase: boolean): TrieMatch<T> {
    // the cased form costs a string per match: only name lookups, which check capitals, ask for it
    return { start, end, values, cased: withCase ? casedText(tokens, start, end) : '' };
  }

  /**
   * The first step of a walk that starts with the whole word `lower`, as `matchAt` takes it for a first token
   * whose lower form is as long as its text; its class says how the walk may go on (see `mayMatch`).
   * Not memoised: callers keep it per word, and the root's memo would only fill with every word of the stream.
   */
  start(lower: string): TrieStart<T> {
    // matchAt never starts a name with a dash
    if (lower.length === 1 && foldChar(lower) === ' ') return NO_START;
    const { node, lastSpace } = this.walkWord(this.root, lower);
    if (!node) return NO_START;
    const goesOn = node.oneChar !== null || node.next !== null;
    let cls = node.values ? START_MATCH : 0;
    if (goesOn) cls |= START_JOINED;
    // after a gap the walk needs a space, unless the word already ended in a space-like character
    if (lastSpace ? goesOn : node.space) cls |= START_GAP;
    return { cls, node, lastSpace };
  }

  /**
   * Walks one lower-cased token out of `from`, entered after a space (or with a token that does not
   * start with a space-like character, where the state before it does not matter). Every token is
   * tried at every place, so the walk is memoised per node and word instead of repeated per character.
   */
  private step(from: TrieNode<T>, lower: string): TokenStep<T> {
    // most words go on with no key: a look at the branch of their first character (a small map) answers
    // that without the memo, a large map by then, and without filling it with dead ends
    if (lower.length > 0) {
      const first = foldChar(lower[0]!);
      if (first !== ' ' && !childOf(from, first)) return DEAD_END as TokenStep<T>;
    }
    const known = from.steps?.get(lower);
    if (known) return known;
    const step = this.walkWord(from, lower);
    if (this.memoSize >= this.memoLimit) this.clearMemo();
    let memo = from.steps;
    if (!memo) {
      memo = from.steps = new Map();
      this.memoNodes.push(from);
    }
    memo.set(lower, step);
    this.memoSize++;
    return step;
  }

  /** The walk `step` memoises: one lower-cased token, character by character, out of `from`. */
  private walkWord(from: TrieNode<T>, lower: string): TokenStep<T> {
    let node: TrieNode<T> | undefined = from;
    let lastSpace = true;
    for (let k = 0; k < lower.length && node; k++) {
      const f = foldChar(lower[k]!);
      if (f === ' ') {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      node = childOf(node, f);
    }
    return node ? { node, lastSpace } : (DEAD_END as TokenStep<T>);
  }

  private clearMemo(): void {
    for (const n of this.memoNodes) n.steps = null;
    this.memoNodes = [];
    this.memoSize = 0;
  }
}

const NONE: never[] = [];

/** The matched tokens folded like the keys, capitals kept (`TrieMatch.cased`). */
export function casedText(tokens: readonly Token[], start: number, end: number): string {
  let out = '';
  for (let j = start; j < end; j++) {
    const tok = tokens[j]!;
    if (j > start && tok.span[0] > tokens[j - 1]!.span[1]) out += ' ';
    out += tok.text;
  }
  return foldPhrase(out);
}

/** Whether the character at `k` counts as a capital for `capitalsAgree`. */
export function isCapitalAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = text[k]!;
  return ch !== ch.toLowerCase();
}

/** True when every capital letter of `pattern` is a capital in `text` (both folded, same length). */
export function capitalsAgree(pattern: string, text: string): boolean {
  if (pattern.length !== text.length) return false;
  for (let k = 0; k < pattern.length; k++) {
    // ASCII answers from the code alone; only other letters need a lower-cased copy to compare
    const pc = pattern.charCodeAt(k);
    if (pc >= 97 && pc <= 122) continue;
    if (pc >= 128 || (pc >= 65 && pc <= 90)) {
      if (pc >= 128) {
        const p = pattern[k]!;
        if (p === p.toLowerCase()) continue;
      }
      const tc = text.charCodeAt(k);
      if (tc >= 65 && tc <= 90) continue;
      if (tc < 128) return false;
      const t = text[k]!;
      if (t === t.toLowerCase()) return false;
    }
  }
  return true;
}
