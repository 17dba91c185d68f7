// Tests of `dyad code` as a user runs it: formats, bad input reported with file and line, exit codes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

async function run(args: string[], stdin?: string) {
  let out = '';
  let err = '';
  const io = {
    stdout: (s: string) => void (out += s),
    stderr: (s: string) => void (err += s),
    stdin: Readable.from(stdin === undefined ? [] : [stdin]),
  };
  const code = await main(args, io);
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), 'dyad-cli-'));
const article = 'date 2021-05-04 Israeli soldiers attacked Hamas fighters in Gaza on Monday, the army said.';
writeFileSync(path.join(dir, 'one.txt'), article);
writeFileSync(path.join(dir, 'batch.jsonl'), [
  JSON.stringify({ id: 'a', text: 'The United States accused Iran of attacking ships.', published: '2019-06-14' }),
  '{"id": "b", "text": broken',
  JSON.stringify({ id: 'c', text: 'Russia rejected the proposal.', published: '2019-06-14' }),
].join('\n'));

describe('dyad code', () => {
  it('prints one JSON record per article with events, actors and dates', async () => {
    const { code, out, err } = await run(['code', path.join(dir, 'one.txt')]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const r = JSON.parse(lines[0]!);
    expect(r.published).toBe('2021-05-04');
    expect(r.events.some((e: { plover?: { type: string } }) => e.plover?.type === 'ASSAULT')).toBe(true);
    expect(r.dates[0].value).toBe('2021-05-03');
  });

  it('reports a broken JSONL line with its file and line, and codes the others in order', async () => {
    const file = path.join(dir, 'batch.jsonl');
    const { code, out, err } = await run(['code', file]);
    expect(code).toBe(1);
    expect(err).toContain(`${file}:2:`);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
    expect(out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
  });

  it('reads standard input and keeps the ids of a JSONL batch', async () => {
    const stdin = JSON.stringify({ id: 's1', text: 'Syria rejected the plan.', published: '2020-01-01' }) + '\n';
    const { code, out } = await run(['code', '--input-format', 'jsonl', '-'], stdin);
    expect(code).toBe(0);
    expect(JSON.parse(out).id).toBe('s1');
  });

  it('--profile reports throughput, peak memory, the cores kept busy and the time per stage', async () => {
    const { code, err } = await run(['code', '--profile', path.join(dir, 'one.txt')]);
    expect(code).toBe(0);
    const line = /profile: 1 articles, (\d+) sentences in \d+ ms .* peak RSS \d+ MB, CPU ([\d.]+) s over ([\d.]+) s = ([\d.]+) cores/.exec(err);
    expect(line, err).not.toBeNull();
    expect(Number(line![1])).toBeGreaterThan(0);
    const [cpu, wall, cores] = [Number(line![2]), Number(line![3]), Number(line![4])];
    expect(cpu).toBeGreaterThan(0);
    expect(cores).toBeCloseTo(cpu / wall, 1);
    for (const stage of ['repair', 'segment', 'dates', 'actors', 'places', 'events', 'quotes', 'tone']) expect(err).toMatch(new RegExp(`\\n  ${stage} +[\\d.]+ ms`));
  });

  it('prints a readable table and a JSON array on request', async () => {
    const table = await run(['code', '--format', 'table', path.join(dir, 'one.txt')]);
    expect(table.out).toMatch(/ASSAULT/);
    expect(table.out).toMatch(/ISRMIL/);
    const json = await run(['code', '--format', 'json', path.join(dir, 'one.txt')]);
    expect(Array.isArray(JSON.parse(json.out))).toBe(true);
  });

  it('names a missing file and goes on with the others', async () => {
    const { code, out, err } = await run(['code', path.join(dir, 'nope.txt'), path.join(dir, 'one.txt')]);
    expect(code).toBe(1);
    expect(err).toMatch(/no such file or folder: .*nope\.txt/);
    expect(out.trim().split('\n')).toHaveLength(1);
  });

  it('turns usage mistakes into one line and exit code 2', async () => {
    expect((await run(['code'])).code).toBe(2);
    const bad = await run(['code', '--format', 'xml', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect((await run(['frobnicate'])).err).toMatch(/unknown command/);
  });
});
