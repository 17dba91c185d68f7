// Compiles src/ to plain JavaScript in dist/ (one file per module, same layout), so the CLI and its
// worker threads start without a TypeScript loader. Run by `npm install` (prepare) and `npm run build`.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: sources(src),
  outdir: dist,
  outbase: src,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
// bin/dyad.js uses dist/ only while this stamp is newer than every file in src/
writeFileSync(path.join(dist, '.built'), new Date().toISOString() + '\n');

// The start-up cache (src/dictionaries/build-cache.ts) names its entries after the code that builds
// them, so a fresh dist/ starts with none: a coder built now builds them, so the first `dyad code` reads them back
// (~0.9 s to the first record) instead of building them (~1.4 s). A failure here is the coder's to
// report when it runs, not the build's.
try {
  const { createCoder } = await import(pathToFileURL(path.join(dist, 'coder.js')).href);
  createCoder();
} catch (err) {
  console.warn(`build: the dictionaries' start-up cache was not filled (${err.message})`);
}
