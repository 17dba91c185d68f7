// Unit tests of the reusable typed arrays.
import { describe, expect, it } from 'vitest';
import { Scratch } from './scratch.js';

describe('Scratch', () => {
  it('hands out arrays of the asked length, filled, growing past its first size', () => {
    const s = new Scratch((n) => new Int32Array(n));
    const a = s.take(3, -1);
    expect([...a]).toEqual([-1, -1, -1]);
    a[1] = 7;
    const b = s.take(5);
    expect([...b]).toEqual([0, 0, 0, 0, 0]); // refilled, though it shares a's storage
    const big = s.take(5000, 2);
    expect(big.length).toBe(5000);
    expect(big[4999]).toBe(2);
    expect(s.take(2, 1).length).toBe(2);
  });
});
