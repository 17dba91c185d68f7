// `dyad code --jobs N`: same records as one job, in input order, with read errors still reported.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../model/types.js';
import { runCodeCommand } from './code-command.js';
import { main } from './main.js';
import { PassThrough } from 'node:stream';
import { createCoder } from '../coder.js';
import { streamIo, type Io } from './io.js';
import { codeInParallel, parseJobs, type CodedItem, type ReadItem } from './parallel-code.js';

const SENTENCES = [
  'Iran accused Israel of attacking its nuclear facility on Sunday.',
  'Russian Foreign Minister Sergei Lavrov met Ukrainian Foreign Minister Dmytro Kuleba in Antalya.',
  'The United Nations called on Sudan to stop the fighting.',
  'Afghan President Ashraf Ghani said the Taliban had made a proposal to reduce violence.',
  'Police arrested dozens of protesters in Paris on Tuesday.',
];

/** ~50 tiny articles of uneven length, so batches finish out of order in the workers. */
function tinyArticles(n: number): Article[] {
  return Array.from({ length: n }, (_, k) => {
    const body = Array.from({ length: 1 + ((k * 7) % 9) }, (_, j) => SENTENCES[(k + j) % SENTENCES.length]!).join(' ');
    return { id: `a${k}`, published: `2021-0${1 + (k % 9)}-1${k % 10}`, title: null, url: null, publisher: null, raw: body };
  });
}

function captureIo(): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(s: string) {
      io.out += s;
    },
    stderr(s: string) {
      io.err += s;
    },
  };
  return io;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('codeInParallel', () => {
  it('yields one item per input, in input order, with read errors kept in place, and sums the stage timings', async () => {
    const articles = tinyArticles(50);
    const items: ReadItem[] = articles.map((article) => ({ ok: true, article }));
    items.splice(17, 0, { ok: false, error: { file: 'feed.jsonl', line: 18, message: 'not valid JSON' } });
    const out: CodedItem[] = [];
    const timings = new Map();
    // Small batches and several in flight, so the two workers really interleave.
    const options = { jobs: 2, format: 'jsonl' as const, batchSize: 3, inFlightPerWorker: 2, profile: true, timings };
    for await (const item of codeInParallel(items, options)) out.push(item);
    expect(out).toHaveLength(51);
    expect(out[17]).toEqual({ kind: 'read-error', error: { file: 'feed.jsonl', line: 18, message: 'not valid JSON' } });
    const ids = out.filter((o) => o.kind === 'record').map((o) => (JSON.parse(new TextDecoder().decode(o.text)) as { id: string }).id);
    expect(ids).toEqual(articles.map((a) => a.id));
    expect(timings.get('segment')).toBeGreaterThan(0);
  });
});

describe('dyad code --jobs', () => {
  const lines = tinyArticles(50).map((a) => JSON.stringify({ id: a.id, text: a.raw, published: a.published }));
  lines.splice(23, 0, '{"id": "broken", "text": ');
  const file = path.join(dir, 'tiny.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');

  it('prints the same records as one job, in input order, and still reports a broken line', async () => {
    const one = captureIo();
    const two = captureIo();
    const codeOne = await runCodeCommand(['--input-format', 'jsonl', file], one);
    const codeTwo = await runCodeCommand(['--input-format', 'jsonl', '--jobs', '2', file], two);
    expect(two.out).toBe(one.out);
    const ids = two.out.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(tinyArticles(50).map((a) => a.id));
    expect(two.err).toContain(`${file}:24:`);
    expect(two.err).toBe(one.err);
    expect(codeTwo).toBe(codeOne);
    expect(codeTwo).toBe(1);
  });

  it('writes the bytes of what the coder returns in the main thread, non-ASCII text included, one job or two', async () => {
    const texts = [
      'Le président Emmanuel Macron a rencontré « les chefs » — “Iran accused Israel of attacking Natanz,” said Zarif. 🇮🇷',
      'Ukrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdoğan in Lviv on Thursday (façade, naïve, Ø).',
    ];
    const articles = texts.map((raw, k): Article => ({ id: `u${k}`, published: '2022-08-18', title: null, url: null, publisher: null, raw }));
    const file = path.join(dir, 'unicode.jsonl');
    writeFileSync(file, articles.map((a) => JSON.stringify({ id: a.id, text: a.raw, published: a.published })).join('\n') + '\n');
    const coder = createCoder();
    const expected = articles.map((a) => JSON.stringify(coder.code(a)) + '\n').join('');
    for (const jobs of ['1', '2']) {
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      const io = streamIo(out, new PassThrough(), () => {});
      expect(await runCodeCommand(['--input-format', 'jsonl', '--jobs', jobs, file], io)).toBe(0);
      expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
    }
  }, 60_000);

  it('prints the same readable table as one job', async () => {
    const one = captureIo();
    const two = captureIo();
    await runCodeCommand(['--input-format', 'jsonl', '--format', 'table', file], one);
    await runCodeCommand(['--input-format', 'jsonl', '--format', 'table', '--jobs', '2', file], two);
    expect(two.out.length).toBeGreaterThan(1000);
    expect(two.out).toBe(one.out);
  });

  it('prints a JSON array and the profile with throughput and peak memory', async () => {
    const io = captureIo();
    await runCodeCommand(['--input-format', 'jsonl', '--jobs', '2', '--format', 'json', '--profile', file], io);
    const records = JSON.parse(io.out) as { id: string }[];
    expect(records.map((r) => r.id)).toEqual(tinyArticles(50).map((a) => a.id));
    expect(io.err).toMatch(/profile: 50 articles, \d+ sentences in \d+ ms with 2 jobs .* sentences\/s, .* peak RSS \d+ MB, CPU [\d.]+ s over [\d.]+ s = [\d.]+ cores/);
    expect(io.err).toMatch(/^ {2}segment +[\d.]+ ms/m);
  });

  it('rejects a --jobs value that is not a positive whole number', () => {
    expect(parseJobs(undefined)).toBe(1);
    expect(parseJobs('4')).toBe(4);
    expect(() => parseJobs('0')).toThrow(/--jobs/);
    expect(() => parseJobs('two')).toThrow(/--jobs/);
  });
});

describe('dyad code, when the dictionaries cannot be loaded', () => {
  it('says why in one line and exits 2 instead of hanging or printing a stack', async () => {
    const io = captureIo();
    const file = path.join(dir, 'one.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'x', text: 'Iran accused Israel.', published: '2020-01-01' }) + '\n');
    const code = await runCodeCommand(['--input-format', 'jsonl', '--jobs', '2', '--data-dir', path.join(dir, 'missing'), file], io);
    expect(code).toBe(2);
    expect(io.err).toMatch(/^dyad: (?:could not load the dictionaries|a coding worker failed): .*missing/);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    // one job: the same one-line message, not a stack
    const single = captureIo();
    expect(await main(['code', '--input-format', 'jsonl', '--data-dir', path.join(dir, 'missing'), file], single)).toBe(2);
    expect(single.err).toMatch(/^dyad: could not load the dictionaries: .*missing/);
    expect(single.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toMatch(/^dyad: (?:could not load the dictionaries|a coding worker failed): .*missing/);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('codeInParallel with the tightest limits', () => {
  it('still finishes with one job, one article per batch and one batch in flight', async () => {
    const items: ReadItem[] = tinyArticles(5).map((article) => ({ ok: true, article }));
    const out: CodedItem[] = [];
    for await (const item of codeInParallel(items, { jobs: 1, format: 'jsonl', batchSize: 1, inFlightPerWorker: 1 })) out.push(item);
    expect(out.map((o) => o.kind)).toEqual(['record', 'record', 'record', 'record', 'record']);
  });
});
