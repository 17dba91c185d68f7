// The actor dictionary: countries, organisations, people with dated roles and agent nouns, compiled once into tries.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NameTrie, foldPhrase, isCapitalAt, isPackedTrie, type PackedTrie } from './name-trie.js';
import { cachedBuild, codeFiles } from './build-cache.js';
import { loadWorldCountries, worldCountriesFile } from './world-countries.js';
import { readActorTsv, splitList } from './actor-tsv.js';

export type ActorEntryKind = 'country' | 'igo' | 'group' | 'body' | 'person';

/** A code held over `[from, to)` (ISO dates, open ends null); no dates = the default. */
export interface ActorRole {
  code: string;
  from: string | null;
  to: string | null;
}

export interface ActorEntry {
  id: string;
  kind: ActorEntryKind;
  /** Display name written into mentions. */
  name: string;
  /** Tried in order for a date; see resolveRole. */
  roles: ActorRole[];
  /** The rule a plain match of this entry reports (`actor/dictionary`, `actor/capital`). */
  rule: string;
  /** Capitals stand for their country only outside locative phrases. */
  capital?: boolean;
  /** Plural nationals (`Afghans`) and other plural groups. */
  plural?: boolean;
  /** An armed non-state group: later `the group`/`the militants` may refer to it. */
  armed?: boolean;
  /** A place inside a country (a region): never an actor itself, only the country of `rebels in Darfur`. */
  place?: boolean;
  /**
   * A name several countries (or a country and something else) share: `Congo` (COD or COG),
   * `Georgia` (the country or the US state). The mention keeps the first code for now; the actors
   * stage settles it from the other countries the article names, or drops it.
   */
  candidates?: string[];
}

/** One spelling of an entry as stored in the name trie. */
export interface NameValue {
  entry: ActorEntry;
  /** The spelling folded like the trie keys, capitals kept: the text must show these capitals. */
  cased: string;
  /** Matched in any case (distinctive names such as `Taliban`). */
  anyCase: boolean;
  /** Needs its capitals even in lower-cased documents (`US`, `WHO`). */
  strict: boolean;
}

export interface AgentEntry {
  id: string;
  /** CAMEO sector, '' for modifiers and references. */
  sector: string;
  title: boolean;
  weak: boolean;
  seat: boolean;
  mod: boolean;
  former: boolean;
  group: boolean;
  onlyRef: boolean;
  bound: boolean;
  /** Usually belongs to the country it is found in: `rebels in Darfur`, `opposition groups in Zimbabwe`. */
  local: boolean;
}

export interface AgentForm {
  agent: AgentEntry;
  plural: boolean;
}

export interface ActorDictionary {
  entries: ActorEntry[];
  names: NameTrie<NameValue>;
  /**
   * The spellings of `names` a word starting with a lower-case letter can match in a text that has its
   * capitals: any-case names (`taliban`) and spellings that do not start with a capital. The others
   * would fail the case check, so lower-case words skip them (most words of a text are lower-case).
   */
  lowerNames: NameTrie<NameValue>;
  agents: NameTrie<AgentForm>;
  /** Regions and other places that are never actors themselves, only where an agent is (`rebels in Darfur`). */
  places: NameTrie<NameValue>;
  /** Closed word classes (lower-case) from `words.tsv`. */
  words: Map<string, Set<string>>;
}

export interface ActorDictionaryOptions {
  /** Extra entries (e.g. from a PETRARCH file) added after the project's own. */
  extra?: { entry: ActorEntry; names: string[]; anyCase?: boolean }[];
}

/** The role an entry holds on `date` (ISO day or null): first dated role covering it, else the default. */
export function resolveRole(entry: ActorEntry, date: string | null): { code: string; dated: boolean } {
  if (date) {
    for (const r of entry.roles) {
      if (r.from === null && r.to === null) continue;
      if ((r.from === null || r.from <= date) && (r.to === null || date < r.to)) return { code: r.code, dated: true };
    }
  }
  const fallback = entry.roles.find((r) => r.from === null && r.to === null) ?? entry.roles[entry.roles.length - 1];
  return { code: fallback?.code ?? '', dated: false };
}

/** Parses `AFGGOV 2014-09-29..2021-08-15; AFGELI`. */
export function parseRoles(cell: string, where: string): ActorRole[] {
  const roles: ActorRole[] = [];
  for (const part of cell.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Z][A-Z0-9]{2,14})(?:\s+(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?$/.exec(part);
    if (!m) throw new Error(`${where}: bad role "${part}" (expected CODE or CODE YYYY-MM-DD..YYYY-MM-DD)`);
    roles.push({ code: m[1]!, from: m[2] ?? null, to: m[3] ?? null });
  }
  return roles;
}

export function createActorDictionary(words: Map<string, Set<string>> = new Map()): ActorDictionary {
  return { entries: [], names: new NameTrie(), lowerNames: new NameTrie(), agents: new NameTrie(), places: new NameTrie(), words };
}

/** Adds an entry under its spellings; a leading `=` on a spelling marks it strict. */
export function addActorEntry(dict: ActorDictionary, entry: ActorEntry, names: string[], anyCase = false): void {
  dict.entries.push(entry);
  const seen = new Set<string>();
  for (const raw of withPlainSpellings(names)) {
    const strictMark = raw.startsWith('=');
    const spelling = strictMark ? raw.slice(1) : raw;
    const cased = foldPhrase(spelling);
    if (cased === '' || seen.has(cased)) continue;
    seen.add(cased);
    // short acronyms are ordinary words in lower case (us, who, it)
    const letters = cased.replace(/[.\s]/g, '');
    const strict = strictMark || (/^[A-Z]+$/.test(letters) && letters.length <= 4);
    const value: NameValue = { entry, cased, anyCase: anyCase && !strict, strict };
    dict.names.add(cased, value);
    if (value.anyCase || !isCapitalAt(cased, 0)) dict.lowerNames.add(cased, value);
  }
}

function flagSet(cell: string): Set<string> {
  return new Set(cell.split(',').map((s) => s.trim()).filter((s) => s && s !== '-'));
}

/**
 * The dictionary of the data folder's actor files (and `options.extra`). The project's own is read back
 * from the start-up cache when none of its files changed (`dictionaries/build-cache.ts`): built, it took
 * ~0.3 s, a third of a coding thread's start-up; read back, ~0.09 s.
 */
export function loadActorDictionary(dataDir: string, options: ActorDictionaryOptions = {}): ActorDictionary {
  // extra entries (a PETRARCH file read for a comparison) are not worth a cache entry of their own
  if (options.extra?.length) return buildActorDictionary(dataDir, options.extra);
  // the code that builds the dictionary is an input too: this module and those it builds with
  const code = codeFiles(import.meta.url, 'name-trie', 'actor-tsv', 'tsv-rows', 'world-countries');
  const inputs = [...code, worldCountriesFile(), ...ACTOR_FILES.map((f) => path.join(dataDir, 'actors', f)), regionsFile(dataDir), adminRegionsFile(dataDir), speechVerbsFile(dataDir)];
  const key = { dataDir: path.resolve(dataDir), ext: path.extname(code[0]!) };
  const stored = cachedBuild('actors', inputs, key, () => storeDictionary(buildActorDictionary(dataDir, [])), undefined, isStoredDictionary);
  return openDictionary(stored);
}

/** The files under `data/actors/` the dictionary is built from. */
const ACTOR_FILES = ['words.tsv', 'countries.tsv', 'organizations.tsv', 'people.tsv', 'agents.tsv'];

function regionsFile(dataDir: string): string {
  return path.join(dataDir, 'places', 'regions.tsv');
}

function adminRegionsFile(dataDir: string): string {
  return path.join(dataDir, 'places', 'admin-regions.tsv');
}

function speechVerbsFile(dataDir: string): string {
  return path.join(dataDir, 'speech-verbs.tsv');
}

function buildActorDictionary(dataDir: string, extra: NonNullable<ActorDictionaryOptions['extra']>): ActorDictionary {
  const dir = path.join(dataDir, 'actors');
  const words = new Map<string, Set<string>>();
  for (const row of readActorTsv(path.join(dir, 'words.tsv'))) {
    words.set(row.get('class'), new Set(splitList(row.get('words')).map((w) => w.toLowerCase())));
  }
  const dict = createActorDictionary(words);
  addCountries(dict, dir);
  addOrganizations(dict, dir);
  addPeople(dict, dir);
  addAgents(dict, dir);
  addRegions(dict, regionsFile(dataDir));
  addAdminRegions(dict, adminRegionsFile(dataDir));
  addSpeechVerbs(dict, speechVerbsFile(dataDir));
  for (const x of extra) addActorEntry(dict, x.entry, x.names, x.anyCase ?? false);
  // (the tries pack their keys into flat arrays now, not at the first document's lookup)
  for (const trie of [dict.names, dict.lowerNames, dict.agents, dict.places]) trie.packNow();
  return dict;
}

/** A dictionary as plain data for the cache: its tries packed, its entries and values shared as in the tries. */
interface StoredDictionary {
  entries: ActorEntry[];
  names: PackedTrie<NameValue>;
  lowerNames: PackedTrie<NameValue>;
  agents: PackedTrie<AgentForm>;
  places: PackedTrie<NameValue>;
  words: Map<string, Set<string>>;
}

function storeDictionary(dict: ActorDictionary): StoredDictionary {
  const { entries, names, lowerNames, agents, places, words } = dict;
  return { entries, names: names.toPacked(), lowerNames: lowerNames.toPacked(), agents: agents.toPacked(), places: places.toPacked(), words };
}

function isStoredDictionary(x: unknown): boolean {
  const d = x as Partial<StoredDictionary> | null;
  return !!d && Array.isArray(d.entries) && d.words instanceof Map && [d.names, d.lowerNames, d.agents, d.places].every(isPackedTrie);
}

function openDictionary(stored: StoredDictionary): ActorDictionary {
  return {
    entries: stored.entries,
    names: NameTrie.fromPacked(stored.names),
    lowerNames: NameTrie.fromPacked(stored.lowerNames),
    agents: NameTrie.fromPacked(stored.agents),
    places: NameTrie.fromPacked(stored.places),
    words: stored.words,
  };
}

interface CountryRecord {
  cca3: string;
  independent?: boolean;
  name: { common: string; official: string };
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

type Slot = 'name' | 'adjective' | 'capital' | 'people';

/** Country names from `world-countries`, corrected and extended by `countries.tsv`. */
function addCountries(dict: ActorDictionary, dir: string): void {
  const countries = loadWorldCountries<CountryRecord>();
  const latin = /^[\p{Script=Latin}\s'’.\-()]+$/u;
  // spelling → slot → candidate codes; independent states win over their territories
  const generated = new Map<string, { slot: Slot; codes: Set<string>; independent: Set<string> }>();
  const put = (spelling: string, slot: Slot, c: CountryRecord) => {
    const s = spelling.trim();
    if (!s || !latin.test(s) || /^[A-Z]{2,3}$/.test(s)) return;
    let g = generated.get(s);
    if (!g) generated.set(s, (g = { slot, codes: new Set(), independent: new Set() }));
    if (slot === 'name' && g.slot !== 'name') g.slot = 'name';
    g.codes.add(c.cca3);
    if (c.independent) g.independent.add(c.cca3);
  };
  const names = new Map<string, string>();
  for (const c of countries) {
    names.set(c.cca3, c.name.common);
    put(c.name.common, 'name', c);
    put(c.name.official, 'name', c);
    // "the Republic of Sudan" as news writes "the Republic of the Sudan"; "Republic of the Congo" keeps its "the"
    if (c.name.official.includes(' of the ') && !c.name.common.startsWith('the ') && c.name.common.split(' ').length === 1) put(c.name.official.replace(' of the ', ' of '), 'name', c);
    for (const a of c.altSpellings ?? []) if (!a.includes(',')) put(a, 'name', c);
    const dem = c.demonyms?.eng;
    for (const d of [dem?.m, dem?.f]) {
      for (const part of (d ?? '').split(/,\s*|\s+or\s+/)) {
        if (!part) continue;
        put(part, 'adjective', c);
        if (!/(?:ese|sh|ch|s|x|z)$/.test(part)) put(`${part}s`, 'people', c);
      }
    }
    const cap = c.capital?.[0];
    if (cap && cap !== c.name.common) put(cap, 'capital', c);
  }
  const chosen = new Map<string, { slot: Slot; code: string }>();
  for (const [spelling, g] of generated) {
    const pool = g.independent.size > 0 ? g.independent : g.codes;
    if (pool.size === 1) chosen.set(spelling, { slot: g.slot, code: [...pool][0]! });
  }
  const curated: { code: string; slot: Slot; names: string[] }[] = [];
  for (const row of readActorTsv(path.join(dir, 'countries.tsv'))) {
    const kind = row.get('kind');
    const spellings = splitList(row.get('names'));
    for (const s of spellings) chosen.delete(s.replace(/^=/, ''));
    if (kind === 'block') continue;
    if (kind === 'ambiguous') {
      const candidates = row.get('code').split('|');
      if (candidates.some((c) => !/^[A-Z]{3}$/.test(c))) throw new Error(`${row.file}:${row.line}: an ambiguous name needs its candidates as "AAA|BBB"`);
      const entry: ActorEntry = {
        id: `ambiguous:${row.get('id')}`, kind: 'country', name: names.get(candidates[0]!) ?? candidates[0]!,
        roles: [{ code: candidates[0]!, from: null, to: null }], rule: 'actor/dictionary', candidates,
      };
      addActorEntry(dict, entry, spellings);
      continue;
    }
    if (kind !== 'name' && kind !== 'adjective' && kind !== 'capital' && kind !== 'people') {
      throw new Error(`${row.file}:${row.line}: unknown kind "${kind}"`);
    }
    curated.push({ code: row.get('code'), slot: kind, names: spellings });
  }
  const bySlot = new Map<string, string[]>();
  const push = (code: string, slot: Slot, spelling: string) => {
    const key = `${slot === 'adjective' ? 'name' : slot}:${code}`;
    let list = bySlot.get(key);
    if (!list) bySlot.set(key, (list = []));
    list.push(spelling);
  };
  for (const [spelling, c] of chosen) push(c.code, c.slot, spelling);
  for (const c of curated) for (const s of c.names) push(c.code, c.slot, s);
  for (const [key, spellings] of bySlot) {
    const [slot, code] = key.split(':') as [Slot, string];
    const countryName = names.get(code) ?? code;
    if (slot === 'name') {
      addActorEntry(dict, { id: `country:${code}`, kind: 'country', name: countryName, roles: [{ code, from: null, to: null }], rule: 'actor/dictionary' }, spellings);
    } else if (slot === 'capital') {
      addActorEntry(dict, { id: `capital:${code}`, kind: 'country', name: countryName, roles: [{ code: `${code}GOV`, from: null, to: null }], rule: 'actor/capital', capital: true }, spellings);
    } else {
      addActorEntry(dict, { id: `people:${code}`, kind: 'country', name: countryName, roles: [{ code: `${code}CVL`, from: null, to: null }], rule: 'actor/dictionary', plural: true }, spellings);
    }
  }
}

const ORG_KINDS: Record<string, ActorEntryKind> = { igo: 'igo', ngo: 'group', group: 'group', party: 'group', body: 'body' };

function addOrganizations(dict: ActorDictionary, dir: string): void {
  for (const row of readActorTsv(path.join(dir, 'organizations.tsv'))) {
    const kind = ORG_KINDS[row.get('kind')];
    if (!kind) throw new Error(`${row.file}:${row.line}: unknown kind "${row.get('kind')}"`);
    const spellings = splitList(row.get('names'));
    addActorEntry(dict, {
      id: `org:${row.get('id')}`, kind, name: spellings[0]!.replace(/^=/, ''),
      // a code, or dated codes as people have them ("SDNMIL ..2023-04-15; SDNREB")
      roles: parseRoles(row.get('code'), `${row.file}:${row.line}`), rule: 'actor/dictionary',
      armed: row.get('kind') === 'group', plural: row.get('kind') === 'group',
    }, spellings, row.get('case') === 'any');
  }
}

function addPeople(dict: ActorDictionary, dir: string): void {
  for (const row of readActorTsv(path.join(dir, 'people.tsv'))) {
    const spellings = splitList(row.get('names'));
    addActorEntry(dict, {
      id: `person:${row.get('id')}`, kind: 'person', name: spellings[0]!,
      roles: parseRoles(row.get('roles'), `${row.file}:${row.line}`), rule: 'actor/dictionary',
    }, spellings);
  }
}

function addAgents(dict: ActorDictionary, dir: string): void {
  for (const row of readActorTsv(path.join(dir, 'agents.tsv'))) {
    const flags = flagSet(row.get('flags'));
    const sector = row.get('sector');
    const agent: AgentEntry = {
      id: row.get('id'), sector: sector === '-' ? '' : sector,
      title: flags.has('title'), weak: flags.has('weak'), seat: flags.has('seat'), mod: flags.has('mod'),
      former: flags.has('former'), group: flags.has('group'), onlyRef: flags.has('only-ref'), bound: flags.has('bound'),
      local: flags.has('local') || flags.has('seat'),
    };
    const plural = new Set(splitList(row.get('plural')).map((s) => s.toLowerCase()));
    for (const s of splitList(row.get('singular'))) if (!plural.has(s.toLowerCase())) dict.agents.add(s, { agent, plural: false });
    for (const s of plural) dict.agents.add(s, { agent, plural: true });
  }
}

/** Reads a headerless TSV whose column names sit in a `#` comment (the shared place and verb lists). */
function readPlainTsv(file: string): string[][] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // optional inputs: a custom data directory may leave them out
    return [];
  }
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    rows.push(line.split('\t').map((c) => c.trim()));
  }
  return rows;
}

/** Combining accents, as `normalize('NFD')` sets them apart from their letters. */
const ACCENTS = /[\u0300-\u036f]/g;

/**
 * A spelling without its accents ("Asuncion" for "Asunción", "Nicolas Maduro" for "Nicolás Maduro"), as
 * English copy often writes it; null when it has none.
 */
export function plainSpelling(spelling: string): string | null {
  if (/^[\x00-\x7f]*$/.test(spelling)) return null;
  const plain = spelling.normalize('NFD').replace(ACCENTS, '').normalize('NFC');
  return plain === spelling ? null : plain;
}

/** The spellings, each followed by its plain form when it has accents. */
function withPlainSpellings(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    out.push(n);
    const plain = plainSpelling(n);
    if (plain) out.push(plain);
  }
  return out;
}

/** Regions held by one country (`Darfur` → SDN), for agents located in them; regions spanning states are left out. */
function addRegions(dict: ActorDictionary, file: string): void {
  for (const [name, id, country] of readPlainTsv(file)) {
    if (!name || !id || !country || !/^[A-Z]{3}$/.test(country)) continue;
    addPlace(dict, `region:${id}`, name, country);
  }
}

/** A place of `country` (never an actor itself, only where an agent is), under its spellings. */
function addPlace(dict: ActorDictionary, id: string, name: string, country: string): void {
  const entry: ActorEntry = { id, kind: 'country', name, roles: [{ code: country, from: null, to: null }], rule: 'actor/agent-located', place: true };
  dict.entries.push(entry);
  for (const spelling of withPlainSpellings([name])) {
    const cased = foldPhrase(spelling);
    dict.places.add(cased, { entry, cased, anyCase: false, strict: false });
  }
}

/** The id prefix of a first-level division's entry (`admin:PAK:Sindh`). */
export const ADMIN_REGION_ID = 'admin:';

/** A first-level division needs this many people to name its state in an actor phrase (`the Sindh government`). */
const ADMIN_REGION_POPULATION = 1_000_000;

/**
 * Division names that are also common words, people's names, a country's or a city's elsewhere: where an agent
 * is said to be there, they say too little (or something else) about its state.
 */
const ADMIN_REGION_SKIP = new Set(['Delta', 'Federal', 'Free', 'Oriental', 'Ouest', 'Rivers', 'Georgia', 'Victoria', 'Santiago', 'Vladimir',
  'Pest', 'Lara', 'Miranda', 'Guatemala', 'Hidalgo', 'Guerrero', 'Santander', 'Marche', 'Jerusalem', 'Washington', 'Mexico', 'Distrito Federal']);

/**
 * The populous first-level divisions of `data/places/admin-regions.tsv` (the places stage's own list) whose name
 * only one state has, as places: "the Sindh government", "police in Texas" are that state's (a name two states
 * share, as Punjab, names neither).
 */
function addAdminRegions(dict: ActorDictionary, file: string): void {
  // (grouped without accents: "Bolívar" in Colombia and "Bolivar" in Venezuela are one name, two states)
  const states = new Map<string, { name: string; set: Set<string> }>();
  for (const [name, , country, , , population] of readPlainTsv(file)) {
    if (!name || !country || !/^[A-Z]{3}$/.test(country)) continue;
    const key = (plainSpelling(name) ?? name).toLowerCase();
    let group = states.get(key);
    if (!group) states.set(key, (group = { name, set: new Set() }));
    group.set.add(Number(population) >= ADMIN_REGION_POPULATION ? country : `${country}-small`);
  }
  for (const { name, set } of states.values()) {
    const [country] = set;
    if (set.size !== 1 || !country || country.length !== 3 || ADMIN_REGION_SKIP.has(name) || name.length < 4) continue;
    addPlace(dict, `${ADMIN_REGION_ID}${country}:${name}`, name, country);
  }
}

/** Speech verb lemmas (shared with the quotes and events stages): a pronoun subject right after one refers to the speaker. */
function addSpeechVerbs(dict: ActorDictionary, file: string): void {
  const set = dict.words.get('speech-verb') ?? new Set<string>();
  for (const [lemma] of readPlainTsv(file)) if (lemma && lemma !== 'lemma') set.add(lemma.toLowerCase());
  dict.words.set('speech-verb', set);
}
