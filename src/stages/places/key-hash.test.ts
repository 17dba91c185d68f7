// Tests for the key hashes: the filter never fails a hash it holds, and span hashes are those of the lower-cased text.
import { describe, expect, it } from 'vitest';
import type { Token } from '../../model/types.js';
import { HashFilter, hashString, hashTokenSpans } from './key-hash.js';

function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}.]+|[^\s\p{L}\p{N}]/gu)].map((m, i) => ({
    i, text: m[0], lower: m[0].toLowerCase(), lemma: m[0].toLowerCase(), pos: 'X', span: [m.index!, m.index! + m[0].length],
    sentence: 0, negated: false,
  }));
}

describe('HashFilter', () => {
  it('holds every hash added and lets few others through', () => {
    const words = Array.from({ length: 30_000 }, (_, k) => `place ${k.toString(36)}`);
    const filter = new HashFilter(words.map(hashString));
    for (const w of words) expect(filter.has(hashString(w))).toBe(true);
    let passed = 0;
    for (let k = 0; k < 10_000; k++) if (filter.has(hashString(`other ${k}`))) passed++;
    expect(passed).toBeLessThan(1_000);
  });
});

describe('hashTokenSpans', () => {
  it('hashes each span from a token as hashString of its lower-cased text, and marks text beyond ASCII', () => {
    const text = 'In New York-City , the U.N. met  Côte d’Ivoire and SAO TOME officials';
    const tokens = tokenize(text);
    const hashes = new Int32Array(8);
    const ascii = new Uint8Array(8);
    for (let i = 0; i < tokens.length; i++) {
      const limit = Math.min(tokens.length, i + 8);
      hashTokenSpans(text, tokens, i, limit, hashes, ascii);
      for (let j = i + 1; j <= limit; j++) {
        const slice = text.slice(tokens[i]!.span[0], tokens[j - 1]!.span[1]);
        const plain = /^[\x00-\x7f]*$/.test(slice);
        expect(ascii[j - i - 1], slice).toBe(plain ? 1 : 0);
        if (plain) expect(hashes[j - i - 1], slice).toBe(hashString(slice.toLowerCase()));
      }
    }
  });
});
