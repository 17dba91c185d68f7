#!/usr/bin/env node
// The `dyad` command: runs the compiled dist/ when it is up to date with src/, else the TypeScript
// sources through tsx (a fresh edit works at once; `npm run build` makes start-up fast again).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const stamp = fileURLToPath(new URL('../dist/.built', import.meta.url));

function newest(dir) {
  let latest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = dir + e.name;
    latest = Math.max(latest, e.isDirectory() ? newest(p + '/') : statSync(p).mtimeMs);
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
process.exitCode = await main(process.argv.slice(2));
