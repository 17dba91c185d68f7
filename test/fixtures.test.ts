// Whole-article regression tests: each bundled example is coded and compared with the record a
// person wrote by hand for it (test/fixtures/*.expected.json, see src/eval/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder.js';
import { compareRecord, formatRecordComparison, loadExpectedRecord } from '../src/eval/record-compare.js';
import { parseTextArticle } from '../src/ingest/read-inputs.js';

const dir = new URL('./fixtures/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort();
const coder = createCoder();

describe('bundled example articles against their hand-written records', () => {
  it('has expectation files', () => expect(files.length).toBeGreaterThanOrEqual(3));
  for (const f of files) {
    it(f, () => {
      const expected = loadExpectedRecord(path.join(dir, f));
      const article = parseTextArticle(readFileSync(expected.input!, 'utf8'), expected.input!);
      const result = compareRecord(expected, coder.code(article));
      expect(result.pass, formatRecordComparison(result, { verbose: true })).toBe(true);
    });
  }
});

describe('coding several articles at once', () => {
  it('gives every article the record it gets alone, in order', () => {
    const articles = files.map((f) => {
      const expected = loadExpectedRecord(path.join(dir, f));
      return parseTextArticle(readFileSync(expected.input!, 'utf8'), expected.input!);
    });
    // twice over, so a batch holds the same article twice and stage state cannot leak between them
    const all = [...articles, ...articles];
    const fresh = createCoder();
    expect(fresh.codeMany(all)).toEqual(all.map((a) => coder.code(a)));
  });
});
