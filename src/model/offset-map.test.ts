// Tests that the offset map takes every span of repaired text back to the raw text it came from.
import { describe, it, expect } from 'vitest';
import { OffsetMap, type Edit } from './offset-map.js';
import type { Span } from './types.js';

/** A toy repair: each rule's match is replaced; returns the edits (one pass, left to right). */
function editsFor(raw: string, rules: [RegExp, string][]): Edit[] {
  const re = new RegExp(rules.map(([r]) => `(${r.source})`).join('|'), 'g');
  const edits: Edit[] = [];
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    edits.push({ rawStart: m.index, rawEnd: m.index + m[0].length, text: rules[k]![1] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return edits;
}

const RULES: [RegExp, string][] = [[/&amp;/, '&'], [/X+/, ''], [/@/, 'at'], [/ {2,}/, ' ']];
const repair = (s: string): string => OffsetMap.fromEdits(s, editsFor(s, RULES)).text;

function allSpans(n: number): Span[] {
  const out: Span[] = [];
  for (let a = 0; a <= n; a++) for (let b = a; b <= n; b++) out.push([a, b]);
  return out;
}

describe('OffsetMap.fromEdits', () => {
  it('builds the repaired text and maps spans of unchanged text one to one', () => {
    const raw = 'AT&amp;T  said';
    const map = OffsetMap.fromEdits(raw, editsFor(raw, RULES));
    expect(map.text).toBe('AT&T said');
    expect(map.toRawSpan([5, 9])).toEqual([10, 14]);
    expect(raw.slice(...map.toRawSpan([0, 4]))).toBe('AT&amp;T');
  });

  it('maps a span inside a replacement to the whole raw original', () => {
    const raw = 'a @ b';
    const map = OffsetMap.fromEdits(raw, editsFor(raw, RULES));
    expect(map.text).toBe('a at b');
    expect(map.toRawSpan([3, 4])).toEqual([2, 3]);
  });

  it('round-trips every span: repairing the raw slice gives back the text span', () => {
    const raws = ['XXhello &amp; @ world  XX', '@X@', '&amp;', 'plain text', '', 'XX', '  a  '];
    for (const raw of raws) {
      const map = OffsetMap.fromEdits(raw, editsFor(raw, RULES));
      const text = map.text;
      for (const span of allSpans(text.length)) {
        const [rs, re] = map.toRawSpan(span);
        expect(rs).toBeLessThanOrEqual(re);
        expect(repair(raw.slice(rs, re))).toContain(text.slice(span[0], span[1]));
      }
    }
  });

  it('excludes deletions at the edges of a span, including at the start and end of the text', () => {
    const raw = 'XXabcXX';
    const map = OffsetMap.fromEdits(raw, editsFor(raw, RULES));
    expect(map.text).toBe('abc');
    expect(map.toRawSpan([0, 3])).toEqual([2, 5]);
    expect(map.toRawSpan([0, 0])).toEqual([2, 2]);
    expect(map.toRawSpan([3, 3])).toEqual([7, 7]);
  });

  it('ignores empty edits and rejects overlapping ones', () => {
    const raw = 'abc';
    const map = OffsetMap.fromEdits(raw, [{ rawStart: 1, rawEnd: 1, text: '' }]);
    expect(map.text).toBe('abc');
    expect(map.isIdentity).toBe(true);
    expect(() => OffsetMap.fromEdits(raw, [{ rawStart: 0, rawEnd: 2, text: '' }, { rawStart: 1, rawEnd: 3, text: '' }])).toThrow(/overlapping/);
  });

  it('supports an insertion (empty raw, non-empty text)', () => {
    const map = OffsetMap.fromEdits('ab', [{ rawStart: 1, rawEnd: 1, text: '--' }]);
    expect(map.text).toBe('a--b');
    expect(map.toRawSpan([1, 3])).toEqual([1, 1]);
    expect(map.toRawSpan([0, 4])).toEqual([0, 2]);
    expect(map.toRawSpan([3, 4])).toEqual([1, 2]);
  });
});

describe('OffsetMap with random edits', () => {
  it('never cuts an edit in two and always covers the text span', () => {
    let seed = 11;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const raw = 'abcdefghijklmnopqrstuvwxyz'.slice(0, rand(20));
      const edits: Edit[] = [];
      for (let pos = rand(3); pos <= raw.length; pos += 1 + rand(4)) {
        const len = Math.min(rand(3), raw.length - pos);
        edits.push({ rawStart: pos, rawEnd: pos + len, text: 'XYZ'.slice(0, rand(4)) });
        pos += len;
      }
      const map = OffsetMap.fromEdits(raw, edits);
      for (const span of allSpans(map.text.length)) {
        const [s, e] = map.toRawSpan(span);
        expect(0 <= s && s <= e && e <= raw.length).toBe(true);
        if (span[1] === span[0]) continue;
        for (const ed of edits) {
          const cuts = (x: number): boolean => ed.rawStart < x && x < ed.rawEnd;
          expect(cuts(s) || cuts(e)).toBe(false);
        }
        // Applying the edits inside the raw slice yields text that holds the span's text.
        let applied = '';
        let pos = s;
        for (const ed of edits) {
          if (ed.rawStart < s || ed.rawEnd > e || (ed.rawStart === ed.rawEnd && (ed.rawStart === s || ed.rawStart === e) && !ed.text)) continue;
          applied += raw.slice(pos, ed.rawStart) + ed.text;
          pos = ed.rawEnd;
        }
        applied += raw.slice(pos, e);
        expect(applied).toContain(map.text.slice(span[0], span[1]));
      }
    }
  });
});

describe('OffsetMap.then', () => {
  const FIRST: [RegExp, string][] = [[/&amp;/, '&'], [/X+/, '']];
  const SECOND: [RegExp, string][] = [[/&/, 'and'], [/ {2,}/, ' '], [/@/, 'at']];
  const both = (s: string): string => {
    const mid = OffsetMap.fromEdits(s, editsFor(s, FIRST)).text;
    return OffsetMap.fromEdits(mid, editsFor(mid, SECOND)).text;
  };

  it('chains two maps so spans of the final text map to the raw text', () => {
    const raws = ['Tom &amp; Jerry  X  @ home', 'XX&amp;XX', '@', 'a  X  b', 'no change'];
    for (const raw of raws) {
      const m1 = OffsetMap.fromEdits(raw, editsFor(raw, FIRST));
      const m2 = OffsetMap.fromEdits(m1.text, editsFor(m1.text, SECOND));
      const chained = m1.then(m2);
      expect(chained.text).toBe(both(raw));
      for (const span of allSpans(chained.text.length)) {
        const [rs, re] = chained.toRawSpan(span);
        expect(rs).toBeLessThanOrEqual(re);
        expect(both(raw.slice(rs, re))).toContain(chained.text.slice(span[0], span[1]));
      }
    }
  });

  it('keeps unchanged stretches one to one after chaining', () => {
    const raw = 'Tom &amp; Jerry went home';
    const m1 = OffsetMap.fromEdits(raw, editsFor(raw, FIRST));
    const m2 = OffsetMap.fromEdits(m1.text, editsFor(m1.text, SECOND));
    const chained = m1.then(m2);
    expect(chained.text).toBe('Tom and Jerry went home');
    const at = chained.text.indexOf('Jerry');
    expect(chained.toRawSpan([at, at + 5])).toEqual([raw.indexOf('Jerry'), raw.indexOf('Jerry') + 5]);
    expect(raw.slice(...chained.toRawSpan([4, 7]))).toBe('&amp;');
  });

  it('chains with the identity map on either side', () => {
    const raw = 'a &amp; b';
    const m = OffsetMap.fromEdits(raw, editsFor(raw, FIRST));
    const left = OffsetMap.identity(raw).then(m);
    const right = m.then(OffsetMap.identity(m.text));
    for (const span of allSpans(m.text.length)) {
      expect(left.toRawSpan(span)).toEqual(m.toRawSpan(span));
      expect(right.toRawSpan(span)).toEqual(m.toRawSpan(span));
    }
  });

  it('agrees with mapping through both maps in turn, for random edits', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const randomEdits = (s: string): Edit[] => {
      const edits: Edit[] = [];
      let pos = 0;
      while (pos <= s.length) {
        pos += rand(4);
        if (pos > s.length) break;
        const len = Math.min(rand(3), s.length - pos);
        edits.push({ rawStart: pos, rawEnd: pos + len, text: 'xyz'.slice(0, rand(4)) });
        pos += len + 1;
      }
      return edits;
    };
    for (let round = 0; round < 300; round++) {
      const raw = 'abcdefghijklmnopqrstuvwxyz'.slice(0, rand(20));
      const m1 = OffsetMap.fromEdits(raw, randomEdits(raw));
      const m2 = OffsetMap.fromEdits(m1.text, randomEdits(m1.text));
      const chained = m1.then(m2);
      expect(chained.text).toBe(m2.text);
      for (const span of allSpans(chained.text.length)) {
        const [s, e] = chained.toRawSpan(span);
        const [s2, e2] = m1.toRawSpan(m2.toRawSpan(span));
        expect(s).toBeLessThanOrEqual(e);
        if (span[1] > span[0]) {
          expect(s).toBeLessThanOrEqual(s2);
          expect(e).toBeGreaterThanOrEqual(e2);
        }
      }
    }
  });
});
