// `dyad code --jobs N` through the real command: it starts again in a Node whose collector works on each
// thread alone (bin/dyad.js), and must print what one job prints, pass on exit codes and read standard input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/dyad.js', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'dyad-jobs-cli-'));
const file = path.join(dir, 'some.jsonl');
const lines = Array.from({ length: 40 }, (_, i) =>
  JSON.stringify({ id: `j${i}`, text: `Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Tuesday (${i}).`, published: '2021-09-29' }),
);
writeFileSync(file, lines.join('\n') + '\n');

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, 'code', ...args], { encoding: 'utf8', input, timeout: 120_000 });
}

describe('dyad code --jobs 2 (the command line)', () => {
  it('prints the records one job prints, in input order', () => {
    const one = run(['--input-format', 'jsonl', file]);
    const two = run(['--input-format', 'jsonl', '--jobs', '2', file]);
    expect(two.status).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(lines.map((_, i) => `j${i}`));
  }, 120_000);

  it('reads standard input and takes --jobs=N', () => {
    const two = run(['--input-format', 'jsonl', '--jobs=2', '-'], lines.slice(0, 3).join('\n') + '\n');
    expect(two.status).toBe(0);
    expect(two.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(['j0', 'j1', 'j2']);
  }, 120_000);

  it('passes a usage error on with its exit code and message, and no stack trace', () => {
    const r = run(['--jobs', '2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dyad: dyad code needs at least one PATH/);
  }, 60_000);
});
