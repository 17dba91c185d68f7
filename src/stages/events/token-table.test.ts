// TokenTable must read like a fresh Map for each sentence, whatever earlier sentences wrote.
import { describe, expect, it } from 'vitest';
import { TokenTable } from './token-table.js';

describe('TokenTable', () => {
  it('forgets the previous sentence and answers like a map', () => {
    const table = new TokenTable<string | null>();
    const map = new Map<number, string | null>();
    let state = 3;
    const rnd = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % 1000);
    let start = 0;
    for (let sentence = 0; sentence < 200; sentence++) {
      const end = start + 1 + (rnd() % 90);
      table.reset(start, end);
      map.clear();
      for (let n = 0; n < 60; n++) {
        // mostly inside the sentence, sometimes just outside it
        const i = start - 2 + (rnd() % (end - start + 4));
        if (rnd() % 2) {
          const value = rnd() % 5 === 0 ? null : `v${n}`;
          table.set(i, value);
          map.set(i, value);
        }
        expect(table.get(i), `sentence ${sentence} token ${i}`).toBe(map.get(i));
        expect(table.has(i)).toBe(map.has(i));
      }
      for (let i = start - 3; i < end + 3; i++) expect(table.get(i)).toBe(map.get(i));
      start = rnd() % 3 === 0 ? 0 : end; // documents start again at token 0
    }
  });
});
