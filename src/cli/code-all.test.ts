// codeAll: a batch that cannot be coded together is coded article by article, losing only the bad one.
import { describe, expect, it } from 'vitest';
import type { Coder } from '../coder.js';
import type { Article, DyadRecord } from '../model/types.js';
import { codeAll } from './code-all.js';

const article = (id: string): Article => ({ id, published: null, title: null, url: null, publisher: null, raw: id });

describe('codeAll', () => {
  it('keeps the order and puts the error of the one article that fails in its place', () => {
    const code = (a: Article): DyadRecord => {
      if (a.id === 'bad') throw new Error('cannot code this one');
      return { id: a.id } as DyadRecord;
    };
    const coder = { code, codeMany: (as: readonly Article[]) => as.map(code) } as unknown as Coder;
    const out = codeAll(coder, [article('a'), article('bad'), article('c')]);
    expect((out[0] as DyadRecord).id).toBe('a');
    expect(out[1]).toBeInstanceOf(Error);
    expect((out[1] as Error).message).toBe('cannot code this one');
    expect((out[2] as DyadRecord).id).toBe('c');
  });
});
