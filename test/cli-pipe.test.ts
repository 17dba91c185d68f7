// `dyad code` as the first command of a pipe: a reader that stops early (`| head`) ends the run quietly.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/dyad.js', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'dyad-pipe-'));
const file = path.join(dir, 'many.jsonl');
writeFileSync(
  file,
  Array.from({ length: 400 }, (_, i) =>
    JSON.stringify({ id: `p${i}`, text: `Russian forces shelled Kharkiv on Monday, Ukrainian officials said. Talks in Geneva were postponed (${i}).`, published: '2022-03-09' }),
  ).join('\n') + '\n',
);

/** Runs the CLI, reads its first record, closes the pipe as `head -1` would, and waits for it to end. */
function readFirstAndClose(args: string[]): Promise<{ code: number | null; signal: string | null; first: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'code', ...args, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let first = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (first.includes('\n')) return;
      first += d;
      if (first.includes('\n')) child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, first: first.split('\n')[0]!, stderr }));
  });
}

describe('dyad code | head', () => {
  for (const jobs of ['1', '2']) {
    it(`exits 0 without a stack trace when the reader goes away (--jobs ${jobs})`, async () => {
      const r = await readFirstAndClose(['--input-format', 'jsonl', '--jobs', jobs]);
      expect(JSON.parse(r.first).id).toBe('p0');
      expect(r.stderr).toBe('');
      expect(r.signal).toBeNull();
      expect(r.code).toBe(0);
    }, 60_000);
  }
});
