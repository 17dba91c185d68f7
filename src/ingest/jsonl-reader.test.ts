// Tests the JSONL line splitter and reader on chunk boundaries a stream really produces.
import { describe, it, expect } from 'vitest';
import { lines, readJsonl } from './jsonl-reader.js';

async function* from(chunks: string[]): AsyncGenerator<string> {
  yield* chunks;
}

async function all<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('lines', () => {
  it('splits across chunk boundaries, including a CRLF cut in two', async () => {
    expect(await all(lines(from(['a\r', '\nb', 'c\n', '\n', 'd'])))).toEqual(['a', 'bc', '', 'd']);
  });
});

describe('readJsonl', () => {
  it('numbers lines as the file does, skipping blank ones and a BOM', async () => {
    const items = await all(readJsonl(from(['\uFEFF{"text":"A"}\n', '\n  \n{"id":7,"text":"B","date":"2020-13-01"}\n']), 'f.jsonl'));
    expect(items.map((i) => i.ok && [i.article.id, i.article.origin?.line])).toEqual([['f.jsonl:1', 1], ['7', 4]]);
    const b = items[1]!;
    expect(b.ok && b.article.published).toBeNull();
    expect(b.ok && b.article.meta?.dateError).toMatch(/2020-13-01/);
  });
});
