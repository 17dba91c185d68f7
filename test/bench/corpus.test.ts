// Smoke test of the benchmark corpus builder: right size, valid JSONL articles, repeatable for a seed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, parseSourceText } from '../../bench/corpus.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench corpus', () => {
  it('writes dated JSONL articles up to the asked size, the same for the same seed', async () => {
    const a = path.join(dir, 'a.jsonl');
    const b = path.join(dir, 'b.jsonl');
    const stats = await buildCorpus(a, { mb: 0.05, seed: 7 });
    await buildCorpus(b, { mb: 0.05, seed: 7 });
    expect(stats.textBytes).toBeGreaterThanOrEqual(50_000);
    expect(stats.textBytes).toBeLessThan(70_000);
    const lines = readFileSync(a, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(stats.articles);
    const first = JSON.parse(lines[0]!) as { id: string; published: string; text: string };
    expect(first.id).toBe('bench-0000000');
    expect(first.published).toMatch(/^20(1[5-9]|2[0-4])-\d\d-\d\d$/);
    expect(first.text.length).toBeGreaterThan(100);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
  });

  it('reads header lines, including a date that shares the first line with the body', () => {
    const a = parseSourceText('x.txt', 'date 2020-02-12 Ghani said on Tuesday. Talks went on.\n\nA second paragraph.');
    expect(a.published).toBe('2020-02-12');
    expect(a.paragraphs).toEqual([['Ghani said on Tuesday.', 'Talks went on.'], ['A second paragraph.']]);
    const b = parseSourceText('y.txt', 'date: 2022-03-10\ntitle: Talks\n\nBody here.');
    expect(b.title).toBe('Talks');
    expect(b.paragraphs).toEqual([['Body here.']]);
  });
});
