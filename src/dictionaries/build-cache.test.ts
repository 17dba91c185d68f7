// Unit tests of the disk cache for tables built at start-up.
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedBuild, type CacheReport } from './build-cache.js';

describe('cachedBuild', () => {
  let dir: string;
  let input: string;
  const saved = { dir: process.env.DYAD_CACHE_DIR, off: process.env.DYAD_NO_CACHE };

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-cache-test-'));
    input = path.join(dir, 'input.tsv');
    writeFileSync(input, 'a\t1\n');
    process.env.DYAD_CACHE_DIR = path.join(dir, 'cache');
    delete process.env.DYAD_NO_CACHE;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved.dir === undefined) delete process.env.DYAD_CACHE_DIR;
    else process.env.DYAD_CACHE_DIR = saved.dir;
    if (saved.off === undefined) delete process.env.DYAD_NO_CACHE;
    else process.env.DYAD_NO_CACHE = saved.off;
  });

  /** Builds tables whose entries are shared, counting the builds. */
  function run(key: unknown = { n: 1 }) {
    let builds = 0;
    const report: CacheReport = { outcome: 'uncached' };
    const tables = cachedBuild('t', [input], key, () => {
      builds++;
      const shared = { name: 'Doha', lat: 25.28 };
      return { byName: new Map([['doha', [shared]], ['ad dawhah', [shared]]]), words: new Set(['doha']) };
    }, report);
    return { tables, builds, outcome: report.outcome };
  }

  it('builds once, then reads the same tables back, with shared entries still shared', () => {
    const first = run();
    expect([first.builds, first.outcome]).toEqual([1, 'built']);
    const second = run();
    expect([second.builds, second.outcome]).toEqual([0, 'hit']);
    expect(second.tables.byName.get('doha')).toEqual([{ name: 'Doha', lat: 25.28 }]);
    expect(second.tables.byName.get('doha')![0]).toBe(second.tables.byName.get('ad dawhah')![0]);
    expect(second.tables.words.has('doha')).toBe(true);
  });

  it('stores and reads back when the caller asks for no report', () => {
    let builds = 0;
    const build = () => ({ n: ++builds });
    expect(cachedBuild('quiet', [input], 1, build)).toEqual({ n: 1 });
    expect(cachedBuild('quiet', [input], 1, build)).toEqual({ n: 1 });
    expect(builds).toBe(1);
    expect(readdirSync(process.env.DYAD_CACHE_DIR!).filter((f) => f.startsWith('quiet-'))).toHaveLength(1);
  });

  it('rebuilds when an input file changes, and keeps one entry per key', () => {
    run();
    writeFileSync(input, 'a\t1\nb\t2\n');
    utimesSync(input, new Date(), new Date(Date.now() + 5000));
    expect(run().outcome).toBe('built');
    expect(readdirSync(path.join(dir, 'cache'))).toHaveLength(1);
    expect(run({ n: 2 }).outcome).toBe('built'); // other options: an entry of their own
    expect(run().outcome).toBe('hit');
    expect(readdirSync(path.join(dir, 'cache'))).toHaveLength(2);
  });

  it('builds when what it reads back has not the shape the caller expects', () => {
    run();
    const report: CacheReport = { outcome: 'uncached' };
    cachedBuild('t', [input], { n: 1 }, () => ({ byName: new Map(), words: new Set() }), report, (x) => Array.isArray(x));
    expect(report.outcome).toBe('built');
  });

  it('builds when the entry is unreadable, and replaces it', () => {
    run();
    const [entry] = readdirSync(path.join(dir, 'cache'));
    writeFileSync(path.join(dir, 'cache', entry!), 'not a v8 serialisation');
    const again = run();
    expect([again.builds, again.outcome]).toEqual([1, 'built']);
    expect(run().outcome).toBe('hit');
  });

  it('builds every time when turned off, and when the cache folder cannot be made', () => {
    process.env.DYAD_NO_CACHE = '1';
    expect(run().outcome).toBe('uncached');
    expect(run().builds).toBe(1);
    delete process.env.DYAD_NO_CACHE;
    process.env.DYAD_CACHE_DIR = path.join(input, 'under-a-file');
    expect(run().outcome).toBe('uncached');
  });

  it('makes missing parent folders, and gives up at once where a folder cannot be made', () => {
    process.env.DYAD_CACHE_DIR = path.join(dir, 'a', 'b', 'cache');
    expect(run().outcome).toBe('built');
    expect(readdirSync(path.join(dir, 'a', 'b', 'cache'))).toHaveLength(1);
    // Node's recursive mkdir spun for ever here; ours throws, and the tables are built uncached
    if (process.platform === 'linux') {
      process.env.DYAD_CACHE_DIR = '/proc/dyad-cache-test/cache';
      expect(run().outcome).toBe('uncached');
    }
  });
});
