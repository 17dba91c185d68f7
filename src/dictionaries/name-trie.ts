// A character trie over normalised phrases, walked token by token so matches start and end on token edges.
import type { Token } from '../model/types.js';

/**
 * A node is a number: its place in the packed arrays of its trie (see `NameTrie`), 0 the root. Numbers
 * stay valid until an `add` needs new nodes (the trie is packed again and renumbered).
 */
export type TrieNode = number;

/**
 * Bounds the step memos (about 4 MB each at 40,000 steps; 100,000 gave no measurable speed over it on the
 * bench corpus): a document's vocabulary is small, a stream of documents is not.
 */
const MEMO_LIMIT = 40_000;
/**
 * Where a walk stands after one whole token, as one number: `node * 2 + 1` after a space, `node * 2`
 * after another character, DEAD_END when no key continues so (most memo entries are that one).
 */
const DEAD_END = -1;

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
  const code = c.charCodeAt(0);
  const f = foldCode(code);
  return f === code ? c : String.fromCharCode(f);
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

/** `foldChar` on a character code (one UTF-16 unit): the walks read codes, spared a string per character. */
function foldCode(c: number): number {
  switch (c) {
    case 45: case 0x2010: case 0x2011: case 0x2013: case 0x2014: case 0xa0: case 9: case 10: case 13:
      return 32;
    case 0x2019: case 0x2018: case 96: case 0x2bc:
      return 39;
    default:
      return c;
  }
}

/** A character code lower-cased alone, kept as it is where lower-casing would change its length (`İ`). */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

/** The stored form of a folded key: each character lower-cased alone (`lowerCode`), so `İ` and `Σ` stay one unit. */
function lowerKey(key: string): string {
  let ascii = true;
  for (let k = 0; k < key.length && ascii; k++) ascii = key.charCodeAt(k) < 128;
  if (ascii) return key.toLowerCase();
  let out = '';
  for (let k = 0; k < key.length; k++) out += String.fromCharCode(lowerCode(key.charCodeAt(k)));
  return out;
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
  readonly node: TrieNode | null;
  readonly lastSpace: boolean;
  /** Which packing of the trie `node` belongs to: a step from an older one is walked again. */
  readonly packing: number;
}

const NO_START: TrieStart<never> = Object.freeze({ cls: 0, node: null, lastSpace: false, packing: -1 });

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

/**
 * The trie, packed into typed arrays: an object per node (~157,000 over the actor dictionary) took ~14 MB
 * per coding thread and every major GC marked them all; these take 14 bytes a node and need no marking.
 * Nodes are numbered breadth first from the root (0), so the children of node `n` are the consecutive nodes
 * `kids[n]` to `kids[n + 1] - 1`, in rising order of the character code that enters each (`chars`). A
 * node's values are `values[vals[n]]` (-1: none). `add` keeps new keys aside (`pending`) and the next
 * lookup packs them in with the old ones; a key whose node is already there needs no new packing.
 */
export class NameTrie<T> {
  /** The character code entering each node (0 for the root). */
  private chars = new Uint16Array(1);
  /** Where each node's children start; `kids[n + 1]` is where they end (one more entry than nodes). */
  private kids = Int32Array.of(1, 1);
  /** Each node's index in `values`, -1 where no key ends. */
  private vals = Int32Array.of(-1);
  /** The values of every key, in the order they were added (the arrays matches hand out). */
  private values: T[][] = [];
  /** Keys (lower-cased as stored) added since the last packing that need new nodes, with their `values` index. */
  private pending = new Map<string, number>();
  /** Which step memo each node has, as its index + 1 in `memos` (0: none), so a memo costs no object per node. */
  private memoSlot = new Int32Array(1);
  /** The step memos, and the node of each, so the memos stay bounded and can be dropped. */
  private memos: Map<string, number>[] = [];
  private memoNodes: number[] = [];
  private memoSize = 0;
  size = 0;
  /** Grows with every `add`: callers that cache answers per word (start classes) start over when it changes. */
  version = 0;
  /** Grows with every packing: node numbers from an older one name other nodes now. */
  private packing = 0;

  /** `memoLimit`: how many token steps are remembered before the memos start over. */
  constructor(private readonly memoLimit = MEMO_LIMIT) {}

  add(phrase: string, value: T): void {
    const key = foldPhrase(phrase);
    if (key === '') return;
    this.clearMemo();
    this.version++;
    const lower = lowerKey(key);
    let index = this.pending.get(lower);
    if (index === undefined) {
      // a key packed already, or one ending at a packed node (`United` after `United States`), needs no new node
      const node = this.find(lower);
      if (node >= 0 && this.vals[node]! >= 0) {
        index = this.vals[node]!;
      } else {
        index = this.values.length;
        this.values.push([]);
        this.size++;
        if (node >= 0) this.vals[node] = index;
        else this.pending.set(lower, index);
      }
    }
    this.values[index]!.push(value);
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
    if (this.pending.size > 0) this.pack();
    return this.walk(tokens, start, start, limit, 0, true, withCase, null);
  }

  /**
   * `matchAt` with the first token's step already taken: `first` is `start(tokens[start].lower)`, valid
   * when that lower form is as long as the token's text (else the walk reads the text: use `matchAt`).
   */
  matchFrom(tokens: readonly Token[], start: number, limit: number, first: TrieStart<T>, withCase = true): TrieMatch<T>[] {
    const node = first.node;
    if (node === null || start >= limit) return NONE;
    if (this.pending.size > 0) this.pack();
    // a step taken before keys were packed in names a node of the old numbering: walk the word again
    if (first.packing !== this.packing) return this.matchAt(tokens, start, limit, withCase);
    const v = this.vals[node]!;
    const out = v >= 0 ? [this.match(tokens, start, start + 1, this.values[v]!, withCase)] : null;
    return this.walk(tokens, start, start + 1, limit, node, first.lastSpace, withCase, out);
  }

  /** Walks tokens `from` on out of `node` (tokens `[start, from)` already walked), adding each key met to `out`. */
  private walk(
    tokens: readonly Token[], start: number, from: number, limit: number, at: TrieNode, spaceBefore: boolean,
    withCase: boolean, found: TrieMatch<T>[] | null,
  ): TrieMatch<T>[] {
    let out = found;
    let node = at;
    let lastSpace = spaceBefore;
    for (let j = from; j < limit && node >= 0; j++) {
      const tok = tokens[j]!;
      if (j > start && tok.span[0] > tokens[j - 1]!.span[1] && !lastSpace) {
        node = this.spaceChild(node);
        lastSpace = true;
        if (node < 0) break;
      }
      const lower = tok.lower;
      const sameLength = lower.length === tok.text.length;
      if (sameLength && (lastSpace || foldCode(lower.charCodeAt(0)) !== 32)) {
        // the common case: a whole-token step, the same wherever this word is met
        const step = this.step(node, lower);
        if (step === DEAD_END) break;
        node = step >> 1;
        lastSpace = (step & 1) === 1;
      } else {
        // lower-casing changed the length (walk the text itself) or a space-like token follows a word
        const chars = sameLength ? lower : tok.text;
        for (let k = 0; k < chars.length; k++) {
          const f = foldCode(chars.charCodeAt(k));
          if (f === 32) {
            if (lastSpace) continue;
            lastSpace = true;
          } else lastSpace = false;
          node = this.child(node, sameLength ? f : lowerCode(f));
          if (node < 0) break;
        }
      }
      if (node >= 0 && this.vals[node]! >= 0) {
        (out ??= []).push(this.match(tokens, start, j + 1, this.values[this.vals[node]!]!, withCase));
      }
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
    if (lower.length === 1 && foldCode(lower.charCodeAt(0)) === 32) return NO_START;
    if (this.pending.size > 0) this.pack();
    const step = this.walkWord(0, lower);
    if (step === DEAD_END) return NO_START;
    const node = step >> 1;
    const lastSpace = (step & 1) === 1;
    const goesOn = this.kids[node + 1]! > this.kids[node]!;
    let cls = this.vals[node]! >= 0 ? START_MATCH : 0;
    if (goesOn) cls |= START_JOINED;
    // after a gap the walk needs a space, unless the word already ended in a space-like character
    if (lastSpace ? goesOn : this.spaceChild(node) >= 0) cls |= START_GAP;
    return { cls, node, lastSpace, packing: this.packing };
  }

  /**
   * Walks one lower-cased token out of `from`, entered after a space (or with a token that does not
   * start with a space-like character, where the state before it does not matter). Every token is
   * tried at every place, so the walk is memoised per node and word instead of repeated per character.
   */
  private step(from: TrieNode, lower: string): number {
    // most words go on with no key: a look at the children for their first character answers that
    // without the memo, a large map by then, and without filling it with dead ends
    if (lower.length > 0) {
      const first = foldCode(lower.charCodeAt(0));
      if (first !== 32 && this.child(from, first) < 0) return DEAD_END;
    }
    const slot = this.memoSlot[from]!;
    if (slot !== 0) {
      const known = this.memos[slot - 1]!.get(lower);
      if (known !== undefined) return known;
    }
    const step = this.walkWord(from, lower);
    if (this.memoSize >= this.memoLimit) this.clearMemo();
    // (read again: clearing the memos empties the node's slot)
    let memo: Map<string, number>;
    if (this.memoSlot[from] === 0) {
      memo = new Map();
      this.memos.push(memo);
      this.memoNodes.push(from);
      this.memoSlot[from] = this.memos.length;
    } else memo = this.memos[this.memoSlot[from]! - 1]!;
    memo.set(lower, step);
    this.memoSize++;
    return step;
  }

  /** The walk `step` memoises: one lower-cased token, character by character, out of `from`. */
  private walkWord(from: TrieNode, lower: string): number {
    let node = from;
    let lastSpace = true;
    for (let k = 0; k < lower.length; k++) {
      const f = foldCode(lower.charCodeAt(k));
      if (f === 32) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      node = this.child(node, f);
      if (node < 0) return DEAD_END;
    }
    return node * 2 + (lastSpace ? 1 : 0);
  }

  /**
   * The child of `node` entered by character code `c`, or -1. Most nodes have one child or a few, read
   * in turn; the root and the nodes of common first letters have dozens, searched by halves.
   */
  private child(node: TrieNode, c: number): TrieNode {
    const chars = this.chars;
    let lo = this.kids[node]!;
    let hi = this.kids[node + 1]!;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) {
        const x = chars[lo]!;
        if (x >= c) return x === c ? lo : -1;
      }
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const x = chars[mid]!;
      if (x < c) lo = mid + 1;
      else if (x > c) hi = mid;
      else return mid;
    }
    return -1;
  }

  /** The child under a space, asked at every gap between tokens: it comes first but for control characters. */
  private spaceChild(node: TrieNode): TrieNode {
    const chars = this.chars;
    const end = this.kids[node + 1]!;
    for (let j = this.kids[node]!; j < end; j++) {
      const x = chars[j]!;
      if (x >= 32) return x === 32 ? j : -1;
    }
    return -1;
  }

  /** The node a whole stored key (lower-cased) leads to in the packed arrays, or -1. */
  private find(lower: string): TrieNode {
    let node = 0;
    for (let k = 0; k < lower.length && node >= 0; k++) node = this.child(node, lower.charCodeAt(k));
    return node;
  }

  /**
   * Packs the keys added since the last packing now, as the next lookup would: a loader calls it once its
   * keys are in, so the packing is part of the start-up rather than of the first document.
   */
  packNow(): void {
    if (this.pending.size > 0) this.pack();
  }

  /**
   * The packed arrays and values, everything the trie holds (pending keys packed first): plain data that
   * survives `v8.serialize`, for the start-up cache (`dictionaries/build-cache.ts`). Shares its arrays.
   */
  toPacked(): PackedTrie<T> {
    this.packNow();
    return { chars: this.chars, kids: this.kids, vals: this.vals, values: this.values, size: this.size };
  }

  /** The trie `toPacked` gave, to walk and add to as if its keys had been added one by one. */
  static fromPacked<T>(packed: PackedTrie<T>, memoLimit = MEMO_LIMIT): NameTrie<T> {
    const trie = new NameTrie<T>(memoLimit);
    trie.chars = packed.chars;
    trie.kids = packed.kids;
    trie.vals = packed.vals;
    trie.values = packed.values;
    trie.size = packed.size;
    trie.memoSlot = new Int32Array(packed.chars.length);
    return trie;
  }

  /**
   * Packs the keys already packed and the pending ones into new arrays: sorted, the keys sharing a prefix
   * of `d` characters are a run, and a node is a run at a depth, its children the runs of its next character.
   */
  private pack(): void {
    // every key with its `values` index: the pending ones and those of the old packing
    const index = this.pending;
    this.collect(0, '', index);
    // the plain sort orders by UTF-16 units, as `child` expects the children
    const sorted = [...index.keys()].sort();
    // one node per character not shared with the key before
    let count = 1;
    for (let k = 0; k < sorted.length; k++) count += sorted[k]!.length - (k > 0 ? commonPrefix(sorted[k - 1]!, sorted[k]!) : 0);
    const chars = new Uint16Array(count);
    const kids = new Int32Array(count + 1);
    const vals = new Int32Array(count);
    // each node's run of sorted keys, `[lo, hi)`, and its depth, while its children are laid out
    const lo = new Int32Array(count);
    const hi = new Int32Array(count);
    const depth = new Int32Array(count);
    hi[0] = sorted.length;
    let next = 1;
    for (let n = 0; n < count; n++) {
      let a = lo[n]!;
      const b = hi[n]!;
      const d = depth[n]!;
      // the key that ends here sorts first in its run
      vals[n] = a < b && sorted[a]!.length === d ? index.get(sorted[a++]!)! : -1;
      kids[n] = next;
      while (a < b) {
        const c = sorted[a]!.charCodeAt(d);
        let e = a + 1;
        while (e < b && sorted[e]!.charCodeAt(d) === c) e++;
        chars[next] = c;
        lo[next] = a;
        hi[next] = e;
        depth[next] = d + 1;
        next++;
        a = e;
      }
    }
    kids[count] = count;
    // arrays grown by `push` keep room for 17 values where most keys have one: keep copies of their size
    for (let k = 0; k < this.values.length; k++) this.values[k] = this.values[k]!.slice();
    this.pending = new Map();
    this.clearMemo();
    this.chars = chars;
    this.kids = kids;
    this.vals = vals;
    this.memoSlot = new Int32Array(count);
    this.packing++;
  }

  /** Every key under `node` (whose key is `prefix`) with its `values` index, for a new packing. */
  private collect(node: TrieNode, prefix: string, index: Map<string, number>): void {
    if (this.vals[node]! >= 0) index.set(prefix, this.vals[node]!);
    const end = this.kids[node + 1]!;
    for (let j = this.kids[node]!; j < end; j++) this.collect(j, prefix + String.fromCharCode(this.chars[j]!), index);
  }

  private clearMemo(): void {
    for (const n of this.memoNodes) this.memoSlot[n] = 0;
    this.memos = [];
    this.memoNodes = [];
    this.memoSize = 0;
  }
}

/** A packed trie as data (`NameTrie.toPacked`): the arrays of its nodes and the values of its keys. */
export interface PackedTrie<T> {
  chars: Uint16Array<ArrayBuffer>;
  kids: Int32Array<ArrayBuffer>;
  vals: Int32Array<ArrayBuffer>;
  values: T[][];
  size: number;
}

/** Whether `x` has the shape of a `PackedTrie` (a cache entry read back is checked before use). */
export function isPackedTrie(x: unknown): x is PackedTrie<unknown> {
  const p = x as Partial<PackedTrie<unknown>> | null;
  return !!p && p.chars instanceof Uint16Array && p.kids instanceof Int32Array && p.vals instanceof Int32Array
    && p.kids.length === p.chars.length + 1 && p.vals.length === p.chars.length && Array.isArray(p.values) && typeof p.size === 'number';
}

/** How many characters `a` and `b` share at their start. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
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
