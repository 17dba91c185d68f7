// readyBatches: order kept, batches bounded, and no waiting for input that is not there yet.
import { describe, expect, it } from 'vitest';
import { readyBatches } from './ready-batches.js';

async function collect<T>(gen: AsyncGenerator<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const b of gen) out.push(b);
  return out;
}

describe('readyBatches', () => {
  it('cuts items that are all there at once into full batches, in order', async () => {
    const items = Array.from({ length: 10 }, (_, k) => k);
    expect(await collect(readyBatches(items, 4))).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
  });

  it('yields what it has when the next item is late, instead of waiting for a full batch', async () => {
    const seen: string[] = [];
    async function* trickle() {
      yield 1;
      yield 2;
      await new Promise((r) => setTimeout(r, 30));
      seen.push('third read');
      yield 3;
    }
    const batches: number[][] = [];
    for await (const b of readyBatches(trickle(), 16)) {
      if (batches.length === 0) seen.push('first batch');
      batches.push(b);
    }
    expect(batches).toEqual([[1, 2], [3]]);
    // the first batch went out before the late item was read
    expect(seen).toEqual(['first batch', 'third read']);
  });

  it('closes its source when the consumer stops early', async () => {
    let closed = false;
    async function* source() {
      try {
        for (let k = 0; ; k++) yield k;
      } finally {
        closed = true;
      }
    }
    for await (const b of readyBatches(source(), 3)) {
      expect(b).toEqual([0, 1, 2]);
      break;
    }
    expect(closed).toBe(true);
  });
});
