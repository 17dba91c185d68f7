// The gazetteer's tables in flat columns, the form the disk cache keeps: V8 reads typed arrays and a few
// long strings back as blocks, where ~40,000 keys in a Map and ~60,000 entry objects took ~160 ms to
// deserialise and ~50 ms more to index. An entry becomes an object only when a lookup first asks for it,
// and stays the same object afterwards.
import type { GazEntry, NotPlaceScope, PlaceKind } from './gazetteer.js';
import { HashFilter, hashString } from './key-hash.js';
import { packStrings, StringTable, type PackedStrings, isPackedStrings } from './packed-strings.js';

/** What `buildTables` makes: every lower-cased name with its entries (shared between names). */
export interface GazTables {
  index: Map<string, GazEntry[]>;
  byIso3: Map<string, GazEntry>;
  notPlaces: Map<string, NotPlaceScope>;
}

const KINDS: readonly PlaceKind[] = ['country', 'city', 'capital', 'region'];
const ASCII = /^[\x00-\x7f]*$/;

export interface PackedTables {
  /** Every index key (lower-cased name). */
  keys: PackedStrings;
  /** The entries of key `k` are rows `keyEntries[keyFirst[k] .. keyFirst[k + 1])`. */
  keyFirst: Uint32Array;
  keyEntries: Uint32Array;
  /** Entry columns, one row per distinct entry; `country[r]` is 1 + an index into `countries`, 0 for none. */
  names: PackedStrings;
  countries: string[];
  country: Uint16Array;
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
  kind: Uint8Array;
  needsContext: Uint8Array;
  /** ISO3 code → row of the country's entry. */
  iso3: Map<string, number>;
  notPlaces: Map<string, NotPlaceScope>;
  /** The not-places scope of each index key that has one (a handful). */
  scopeByKey: Map<string, NotPlaceScope>;
  /** First words of all keys, and the bits of their hash filter and of the ASCII keys' filter. */
  firstWords: PackedStrings;
  firstWordBits: Int32Array;
  asciiKeyBits: Int32Array;
  maxWords: number;
}

export function packTables({ index, byIso3, notPlaces }: GazTables): PackedTables {
  const rowOf = new Map<GazEntry, number>();
  const rows: GazEntry[] = [];
  const row = (e: GazEntry): number => {
    let r = rowOf.get(e);
    if (r === undefined) {
      r = rows.length;
      rowOf.set(e, r);
      rows.push(e);
    }
    return r;
  };
  const keyFirst = new Uint32Array(index.size + 1);
  const refs: number[] = [];
  let k = 0;
  for (const entries of index.values()) {
    keyFirst[k++] = refs.length;
    for (const e of entries) refs.push(row(e));
  }
  keyFirst[k] = refs.length;
  const iso3 = new Map<string, number>();
  for (const [code, e] of byIso3) iso3.set(code, row(e));

  // (every key is already in normal form: normaliseName of a key is the key)
  const scopeByKey = new Map<string, NotPlaceScope>();
  const firstWords = new Set<string>();
  const asciiKeys: number[] = [];
  let maxWords = 1;
  for (const key of index.keys()) {
    const scope = notPlaces.get(key);
    if (scope) scopeByKey.set(key, scope);
    const space = key.indexOf(' ');
    firstWords.add(space < 0 ? key : key.slice(0, space));
    if (space >= 0) maxWords = Math.max(maxWords, key.split(' ').length);
    if (ASCII.test(key)) asciiKeys.push(hashString(key));
  }

  const countries: string[] = [];
  const countryIndex = new Map<string, number>();
  const n = rows.length;
  const packed: PackedTables = {
    keys: packStrings([...index.keys()]),
    keyFirst,
    keyEntries: Uint32Array.from(refs),
    names: packStrings(rows.map((e) => e.name), false),
    countries,
    country: new Uint16Array(n),
    lat: new Float64Array(n),
    lon: new Float64Array(n),
    population: new Float64Array(n),
    kind: new Uint8Array(n),
    needsContext: new Uint8Array(n),
    iso3,
    notPlaces,
    scopeByKey,
    firstWords: packStrings([...firstWords]),
    firstWordBits: new HashFilter([...firstWords].map(hashString)).bits,
    asciiKeyBits: new HashFilter(asciiKeys).bits,
    maxWords,
  };
  rows.forEach((e, r) => {
    if (e.country !== null) {
      let c = countryIndex.get(e.country);
      if (c === undefined) {
        c = countries.length;
        countryIndex.set(e.country, c);
        countries.push(e.country);
      }
      packed.country[r] = c + 1;
    }
    packed.lat[r] = e.lat;
    packed.lon[r] = e.lon;
    packed.population[r] = e.population;
    packed.kind[r] = KINDS.indexOf(e.kind);
    packed.needsContext[r] = e.needsContext ? 1 : 0;
  });
  return packed;
}

/** Whether what the cache gave back has the packed shape (an entry of an older format does not). */
export function isPackedTables(x: unknown): boolean {
  const t = x as Partial<PackedTables> | null;
  return !!t && isPackedStrings(t.keys) && t.keys.starts.length > 1 && isPackedStrings(t.names) && isPackedStrings(t.firstWords)
    && t.keyFirst instanceof Uint32Array && t.keyEntries instanceof Uint32Array && t.lat instanceof Float64Array
    && t.firstWordBits instanceof Int32Array && t.asciiKeyBits instanceof Int32Array && t.iso3 instanceof Map
    && t.notPlaces instanceof Map && t.scopeByKey instanceof Map && Array.isArray(t.countries) && typeof t.maxWords === 'number';
}

/** The packed tables opened for lookups: entries made into objects on first use. */
export class OpenTables {
  readonly keys: StringTable;
  readonly firstWords: StringTable;
  readonly firstWordHashes: HashFilter;
  readonly asciiKeyHashes: HashFilter;
  private readonly names: StringTable;
  private readonly entries: (GazEntry | undefined)[];
  private readonly lists: (GazEntry[] | undefined)[];

  constructor(readonly t: PackedTables) {
    this.keys = new StringTable(t.keys);
    this.firstWords = new StringTable(t.firstWords);
    this.names = new StringTable(t.names);
    this.firstWordHashes = HashFilter.fromBits(t.firstWordBits);
    this.asciiKeyHashes = HashFilter.fromBits(t.asciiKeyBits);
    this.entries = new Array<GazEntry | undefined>(this.names.size);
    this.lists = new Array<GazEntry[] | undefined>(this.keys.size);
  }

  lookup(key: string): GazEntry[] | undefined {
    const k = this.keys.indexOf(key);
    if (k < 0) return undefined;
    let list = this.lists[k];
    if (list === undefined) {
      list = [];
      for (let j = this.t.keyFirst[k]!; j < this.t.keyFirst[k + 1]!; j++) list.push(this.entry(this.t.keyEntries[j]!));
      this.lists[k] = list;
    }
    return list;
  }

  country(iso3: string): GazEntry | undefined {
    const r = this.t.iso3.get(iso3);
    return r === undefined ? undefined : this.entry(r);
  }

  private entry(r: number): GazEntry {
    let e = this.entries[r];
    if (e === undefined) {
      const t = this.t;
      const c = t.country[r]!;
      e = {
        name: this.names.at(r),
        country: c === 0 ? null : t.countries[c - 1]!,
        lat: t.lat[r]!,
        lon: t.lon[r]!,
        kind: KINDS[t.kind[r]!]!,
        population: t.population[r]!,
      };
      if (t.needsContext[r] === 1) e.needsContext = true;
      this.entries[r] = e;
    }
    return e;
  }
}
