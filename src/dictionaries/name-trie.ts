// A character trie over normalised phrases, walked token by token so matches start and end on token edges.
import type { Token } from '../model/types.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | null;
}

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
  let out = '';
  for (let k = 0; k < phrase.length; k++) {
    const f = foldChar(phrase[k]!);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.trimEnd();
}

function lowerChar(c: string): string {
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}

export class NameTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: null };
  size = 0;

  add(phrase: string, value: T): void {
    const key = foldPhrase(phrase);
    if (key === '') return;
    let node = this.root;
    for (let k = 0; k < key.length; k++) {
      const c = lowerChar(key[k]!);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(c, child);
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
    let node: TrieNode<T> | undefined = this.root;
    let lastSpace = true;
    for (let j = start; j < limit && node; j++) {
      const tok = tokens[j]!;
      if (j > start && tok.span[0] > tokens[j - 1]!.span[1] && !lastSpace) {
        node = node.next.get(' ');
        lastSpace = true;
        if (!node) break;
      }
      // walk the lower-cased form (computed once by the segmenter); fall back when lower-casing changed its length
      const chars = tok.lower.length === tok.text.length ? tok.lower : tok.text;
      for (let k = 0; k < chars.length; k++) {
        const f = foldChar(chars[k]!);
        if (f === ' ') {
          if (lastSpace) continue;
          lastSpace = true;
        } else lastSpace = false;
        node = node.next.get(chars === tok.lower ? f : lowerChar(f));
        if (!node) break;
      }
      // the cased form costs a string per match: only name lookups, which check capitals, ask for it
      if (node?.values) (out ??= []).push({ start, end: j + 1, values: node.values, cased: withCase ? casedText(tokens, start, j + 1) : '' });
    }
    return out ?? NONE;
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
    const p = pattern[k]!;
    if (p !== p.toLowerCase()) {
      const t = text[k]!;
      if (t === t.toLowerCase()) return false;
    }
  }
  return true;
}
