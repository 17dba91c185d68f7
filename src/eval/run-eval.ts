// Script entry for `npm run eval`: PLOVER dev set (when ../shared is there), the project's held-out
// gold sentences, then every test/fixtures/*.expected.json.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEvalCommand, type EvalIo } from '../cli/eval-command.js';
import type { Article, DyadRecord } from '../model/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GOLD = path.resolve(ROOT, '..', 'shared', 'plover', 'gsr-dev.json');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
/** Gold sentences written for the project: the first set (its misses were read once), the second (2026-11-26). */
/** Every held-out set in fixtures, in the order they were written (`plover-heldout.json`, then `-2` …). */
const HELDOUT = readdirSync(FIXTURES)
  .map((f) => /^plover-heldout(?:-(\d+))?\.json$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .sort((a, b) => Number(a[1] ?? 1) - Number(b[1] ?? 1))
  .map((m) => path.join(FIXTURES, m[0]));

export async function runEval(io: EvalIo, code?: (a: Article) => DyadRecord): Promise<number> {
  let coder = code;
  if (!coder) {
    // One coder for both runs: the model and dictionaries load once.
    const { createCoder } = await import('../coder.js');
    const c = createCoder();
    coder = (a) => c.code(a);
  }
  let exit = 0;
  if (existsSync(GOLD)) {
    io.stdout(`== PLOVER dev set (${path.relative(process.cwd(), GOLD)})\n`);
    exit = Math.max(exit, await runEvalCommand(['plover', GOLD, '--summary'], io, { code: coder }));
  } else {
    io.stdout(`== PLOVER dev set skipped: ${GOLD} is absent\n`);
  }
  for (const file of HELDOUT) {
    if (!existsSync(file)) continue;
    io.stdout(`\n== held-out gold sentences (${path.relative(process.cwd(), file)}: coded before Dyad first ran on it; its first-run figures are in plover-heldout.md)\n`);
    exit = Math.max(exit, await runEvalCommand(['plover', file, '--summary'], io, { code: coder }));
  }
  const expected = existsSync(FIXTURES)
    ? readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json')).sort().map((f) => path.join(FIXTURES, f))
    : [];
  if (expected.length) {
    io.stdout(`\n== expected records (${expected.length} in test/fixtures)\n`);
    exit = Math.max(exit, await runEvalCommand(['record', ...expected], io, { code: coder }));
  } else {
    io.stdout('\n== expected records skipped: no test/fixtures/*.expected.json\n');
  }
  return exit;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runEval({ stdout: (s) => void process.stdout.write(s), stderr: (s) => void process.stderr.write(s) });
}
