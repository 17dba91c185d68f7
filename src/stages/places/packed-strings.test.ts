// Tests for packed string lists: every string is found at its position, absent ones are not, and the
// list survives the disk cache's serialisation unchanged.
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { isPackedStrings, packStrings, StringTable } from './packed-strings.js';

const WORDS = ['doha', 'new york', 'bogotá', 'kyiv', 'u.s.', 'a', 'bogota', 'são paulo', 'ab', 'ba'];

describe('StringTable', () => {
  it('finds each string at its position and reads it back', () => {
    const table = new StringTable(packStrings(WORDS));
    expect(table.size).toBe(WORDS.length);
    WORDS.forEach((w, k) => {
      expect(table.indexOf(w), w).toBe(k);
      expect(table.at(k)).toBe(w);
    });
    expect([...table]).toEqual(WORDS);
  });

  it('does not find a string that is only a prefix, a suffix or a join of two', () => {
    const table = new StringTable(packStrings(WORDS));
    for (const absent of ['', 'doh', 'dohan', 'new', 'york', 'dohanew york', 'kyivu.s.', 'aab', 'Doha']) {
      expect(table.indexOf(absent), absent).toBe(-1);
      expect(table.has(absent), absent).toBe(false);
    }
  });

  it('keeps every string findable in a full table (linear probing past collisions)', () => {
    const many = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}`);
    const table = new StringTable(packStrings(many));
    many.forEach((w, k) => expect(table.indexOf(w)).toBe(k));
    expect(table.indexOf('w-none')).toBe(-1);
  });

  it('reads back the same after v8 serialisation, as the disk cache stores it', () => {
    const read = v8.deserialize(v8.serialize(packStrings(WORDS)));
    expect(isPackedStrings(read)).toBe(true);
    expect([...new StringTable(read)]).toEqual(WORDS);
    expect(new StringTable(read).indexOf('são paulo')).toBe(7);
  });

  it('packs a list without its index for reading by position only', () => {
    const table = new StringTable(packStrings(WORDS, false));
    expect(table.at(2)).toBe('bogotá');
    expect(() => table.indexOf('doha')).toThrow(/without its index/);
  });
});
