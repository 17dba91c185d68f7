// A disk cache for tables built once from files at start-up (the gazetteer: ~0.3 s to build from
// GeoNames and world-countries, ~0.06 s to deserialise). An entry is named by a fingerprint of
// everything it was built from — each input file's path, size and modification time, the building
// module's own file, the options and V8's version — so any change rebuilds it. A cache that cannot
// be read or written is passed over: the tables are built as if it did not exist.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { PACKAGE_ROOT } from '../package-root.js';

/** `DYAD_CACHE_DIR` moves the cache; `DYAD_NO_CACHE=1` turns it off. */
export function cacheDir(): string | null {
  if (process.env.DYAD_NO_CACHE === '1') return null;
  return process.env.DYAD_CACHE_DIR || path.join(PACKAGE_ROOT, 'node_modules', '.cache', 'dyad');
}

export interface CacheReport {
  /** `hit`: read back; `built`: built and stored; `uncached`: built, not stored (no cache, or it could not be written). */
  outcome: 'hit' | 'built' | 'uncached';
}

/**
 * The tables `build` makes, read from the cache when an entry for exactly these inputs is there.
 * `inputs` are files (a missing one counts as part of the fingerprint too); `key` holds the options.
 * The tables must survive `v8.serialize` (plain objects, arrays, Maps, Sets, typed arrays), which
 * keeps an object shared between two places shared.
 */
export function cachedBuild<T>(
  name: string, inputs: readonly string[], key: unknown, build: () => T, report?: CacheReport,
  /** Whether what was read back has the tables' shape; an entry that fails is rebuilt. */
  valid: (read: unknown) => boolean = () => true,
): T {
  const dir = cacheDir();
  if (!dir) {
    if (report) report.outcome = 'uncached';
    return build();
  }
  // one entry per name and key (options): a newer build replaces only its own older entries
  const stem = `${name}-${hash(JSON.stringify(key)).slice(0, 12)}-`;
  const file = path.join(dir, `${stem}${fingerprint(inputs, key)}.v8`);
  try {
    const read: unknown = v8.deserialize(readFileSync(file));
    if (valid(read)) {
      if (report) report.outcome = 'hit';
      return read as T;
    }
  } catch {
    // absent, unreadable or from another format: build
  }
  const tables = build();
  const stored = store(dir, stem, file, tables);
  if (report) report.outcome = stored ? 'built' : 'uncached';
  return tables;
}

/**
 * The files of the code that builds a cache entry, for its `inputs`: the module at `moduleUrl` and the
 * modules it names by path from its own folder, without extension (`../tsv-rows`), each with the
 * module's own extension (`.ts` under the test runner, `.js` from `dist/`).
 */
export function codeFiles(moduleUrl: string, ...others: string[]): string[] {
  const here = fileURLToPath(moduleUrl);
  const ext = path.extname(here);
  return [here, ...others.map((m) => path.join(path.dirname(here), `${m}${ext}`))];
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

function fingerprint(inputs: readonly string[], key: unknown): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ v8: process.versions.v8, key }));
  for (const f of inputs) {
    let stamp = 'missing';
    try {
      const s = statSync(f);
      stamp = `${s.size}:${s.mtimeMs}`;
    } catch {
      // a file that is not there is part of what the tables were built from
    }
    h.update(`\n${path.resolve(f)}\t${stamp}`);
  }
  return h.digest('hex').slice(0, 24);
}

/**
 * Makes `dir` and its missing parents one level at a time. Node's own recursive mkdir can spin for
 * ever where the file system answers strangely (under /proc it never returned); this throws instead.
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !existsSync(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

/** Writes the entry under a private name and renames it, so a reader never sees half of one; drops older entries of `stem`. */
function store(dir: string, stem: string, file: string, tables: unknown): boolean {
  try {
    makeDirs(dir);
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, v8.serialize(tables));
    renameSync(partial, file);
    for (const old of readdirSync(dir)) {
      if (old.startsWith(stem) && old.endsWith('.v8') && path.join(dir, old) !== file) rmSync(path.join(dir, old), { force: true });
    }
    return true;
  } catch {
    return false;
  }
}
