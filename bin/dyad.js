#!/usr/bin/env node
// The `dyad` command: runs the compiled dist/ when it is up to date with src/, else the TypeScript
// sources through tsx (a fresh edit works at once; `npm run build` makes start-up fast again).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `dyad code --jobs N` (N > 1) runs again in a Node whose garbage collector works on each thread alone
 * (`--single-threaded-gc`, which V8 takes only at start-up: set later, it aborts the process). On the
 * project's 2-core machine two coding workers coded 20 MB in a median 19.6 s with V8's parallel and
 * concurrent collector, because each worker's collector helpers took the other worker's core; with the
 * flag, in 15.2 s (session 15). One job keeps the helpers: alone it is ~9% faster with them.
 */
const GC_FLAG = '--single-threaded-gc';

/**
 * glibc gives each thread that allocates its own malloc arena (up to 8 per core), and a coding
 * worker's arena keeps freed native memory it may reuse: with two coding workers, 2 arenas took
 * 20-30 MB off the peak RSS on 20 MB (378 against 400 MB) at the same speed.
 *
 * glibc serves a large block (a worker's batch of records, ~0.5 MB) from its own mapping only up to a
 * threshold it raises each time such a block is freed; past it, blocks come from the arenas, which keep
 * what is freed. A fixed threshold of 128 KB (which also stops the raising) gives every batch buffer its
 * own mapping, returned when freed: two jobs peaked at 377 MB on 100 MB of text where they reached 401 MB
 * (355 against 364 MB on 20 MB), at the same speed (15.2 s on 20 MB, two interleaved rounds). Session 16.
 * A value the user set wins, for both.
 */
const MALLOC = {
  MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072',
};

function jobsAsked(args) {
  if (args[0] !== 'code') return 1;
  for (let i = 1; i < args.length; i++) {
    if (args[i] === '--') break;
    if (args[i] === '--jobs') return Number(args[i + 1]);
    if (args[i].startsWith('--jobs=')) return Number(args[i].slice('--jobs='.length));
  }
  return 1;
}

const args = process.argv.slice(2);
if (jobsAsked(args) > 1 && !process.execArgv.includes(GC_FLAG)) {
  const child = spawn(process.execPath, [...process.execArgv, GC_FLAG, fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...MALLOC },
  });
  // (Ctrl-C reaches the child too, as one of the same process group: the parent waits for it to end)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  const [code, signal] = await new Promise((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  }
  process.exit(code ?? 1);
}

const src = fileURLToPath(new URL('../src/', import.meta.url));
const stamp = fileURLToPath(new URL('../dist/.built', import.meta.url));

/** The newest change to the sources `dist/` is built from (tests are not built: a fresh test edit keeps `dist/` in use). */
function newest(dir) {
  let latest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = dir + e.name;
    if (e.isDirectory()) latest = Math.max(latest, newest(p + '/'));
    else if (!e.name.endsWith('.test.ts')) latest = Math.max(latest, statSync(p).mtimeMs);
  }
  return latest;
}

let main;
if (existsSync(stamp) && statSync(stamp).mtimeMs >= newest(src)) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(args);
