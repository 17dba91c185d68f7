// A character trie over normalised phrases, walked token by token so matches start and end on token edges.
import type { Token } from '../model/types.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
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

/** Bounds the step memos (about 10 MB each): a document's vocabulary is small, a stream of documents is not. */
const MEMO_LIMIT = 100_000;
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

export class NameTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: null, space: null, steps: null };
  /** Nodes holding a step memo, and how many steps they hold, so the memos stay bounded. */
  private memoNodes: TrieNode<T>[] = [];
  private memoSize = 0;
  size = 0;

  /** `memoLimit`: how many token steps are remembered before the memos start over. */
  constructor(private readonly memoLimit = MEMO_LIMIT) {}

  add(phrase: string, value: T): void {
    const key = foldPhrase(phrase);
    if (key === '') return;
    this.clearMemo();
    let node = this.root;
    for (let k = 0; k < key.length; k++) {
      const c = lowerChar(key[k]!);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), values: null, space: null, steps: null };
        node.next.set(c, child);
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
    let out: TrieMatch<T>[] | null = null;
    // a dash folds to a space: a name never starts with one ("Turkey — Russian Foreign Minister")
    const first = tokens[start]?.lower;
    if (first !== undefined && first.length === 1 && foldChar(first) === ' ') return [];
    let node: TrieNode<T> | undefined = this.root;
    let lastSpace = true;
    for (let j = start; j < limit && node; j++) {
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
          node = node.next.get(chars === lower ? f : lowerChar(f));
          if (!node) break;
        }
      }
      // the cased form costs a string per match: only name lookups, which check capitals, ask for it
      if (node?.values) (out ??= []).push({ start, end: j + 1, values: node.values, cased: withCase ? casedText(tokens, start, j + 1) : '' });
    }
    return out ?? NONE;
  }

  /**
   * Walks one lower-cased token out of `from`, entered after a space (or with a token that does not
   * start with a space-like character, where the state before it does not matter). Every token is
   * tried at every place, so the walk is memoised per node and word instead of repeated per character.
   */
  private step(from: TrieNode<T>, lower: string): TokenStep<T> {
    const known = from.steps?.get(lower);
    if (known) return known;
    let node: TrieNode<T> | undefined = from;
    let lastSpace = true;
    for (let k = 0; k < lower.length && node; k++) {
      const f = foldChar(lower[k]!);
      if (f === ' ') {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      node = node.next.get(f);
    }
    const step: TokenStep<T> = node ? { node, lastSpace } : (DEAD_END as TokenStep<T>);
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

  private clearMemo(): void {
    for (const n of this.memoNodes) n.steps = null;
    this.memoNodes = [];
    this.memoSize = 0;
  }
}

const NONE: never[] = [];

/** The matched tokens folded like the keys, capitals kept. */
function casedText(tokens: readonly Token[], start: number, end: number): string {
  let out = '';
  for (let j = start; j < end; j++) {
    const tok = tokens[j]!;
    if (j > start && tok.span[0] > tokens[j - 1]!.span[1]) out += ' ';
    out += tok.text;
  }
  return foldPhrase(out);
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
