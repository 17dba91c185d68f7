// Tests for the actor dictionary: dated roles, generated country names and the PETRARCH reader.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { addActorEntry, createActorDictionary, loadActorDictionary, resolveRole, type ActorEntry } from './actor-dictionary.js';
import { plainSpelling } from './actor-dictionary.js';
import { loadPetrarchActors, parsePetrarchActors, petrarchEntries } from './petrarch-actors.js';

const DEFAULT_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

const dict = loadActorDictionary(DEFAULT_DATA_DIR);
const byId = (id: string): ActorEntry => {
  const e = dict.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

describe('actor dictionary', () => {
  it('resolves a person role for the event date, not today', () => {
    const trump = byId('person:donald-trump');
    expect(resolveRole(trump, '2020-02-12').code).toBe('USAGOV');
    expect(resolveRole(trump, '2016-05-01').code).toBe('USAELI');
    expect(resolveRole(trump, '2010-01-01').code).toBe('USABUS');
    expect(resolveRole(trump, '2025-03-01').code).toBe('USAGOV');
    expect(resolveRole(trump, null)).toEqual({ code: 'USAELI', dated: false });
  });

  it('resolves an organisation\'s dated codes too (the RSF: a state force until its war with the army)', () => {
    const rsf = byId('org:rsf-sudan');
    expect(resolveRole(rsf, '2019-06-03').code).toBe('SDNMIL');
    expect(resolveRole(rsf, '2023-04-15').code).toBe('SDNREB');
    expect(resolveRole(rsf, '2024-09-14').code).toBe('SDNREB');
    expect(resolveRole(byId('org:nato'), '2024-01-01').code).toBe('IGOWSTNAT');
  });

  it('builds countries from world-countries plus the curated table', () => {
    expect(byId('country:AFG').roles[0]!.code).toBe('AFG');
    expect(byId('capital:LBN').capital).toBe(true);
    expect(byId('people:AFG').roles[0]!.code).toBe('AFGCVL');
  });

  // load time is measured by the benchmark (start-up), not asserted here: a shared machine varies twofold
  it('loads again to the same dictionary and holds a broad set of names', () => {
    expect(loadActorDictionary(DEFAULT_DATA_DIR).entries.length).toBe(dict.entries.length);
    expect(dict.entries.filter((e) => e.kind === 'person').length).toBeGreaterThan(150);
  });
});

describe('actor dictionary start-up cache', () => {
  it('reads back from the cache a dictionary that matches as the built one, its entries still shared', () => {
    const saved = { dir: process.env.DYAD_CACHE_DIR, off: process.env.DYAD_NO_CACHE };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-actors-cache-'));
    process.env.DYAD_CACHE_DIR = dir;
    delete process.env.DYAD_NO_CACHE;
    try {
      const built = loadActorDictionary(DEFAULT_DATA_DIR);
      expect(readdirSync(dir).filter((f) => f.startsWith('actors-'))).toHaveLength(1);
      const read = loadActorDictionary(DEFAULT_DATA_DIR);
      expect(read.entries).toEqual(built.entries);
      expect(read.words).toEqual(built.words);
      const text = 'Afghan President Ashraf Ghani told the Taliban and UN envoys in Kabul that rebels in Darfur and US troops';
      const tokens = [...text.matchAll(/\S+/g)].map((m, i) => ({
        i, text: m[0], lower: m[0].toLowerCase(), lemma: m[0].toLowerCase(), pos: 'X' as const,
        span: [m.index!, m.index! + m[0].length] as [number, number], sentence: 0, negated: false,
      }));
      const walk = (d: typeof built) => tokens.map((_, i) => [d.names, d.lowerNames, d.agents, d.places].map((t) =>
        t.matchAt(tokens, i, tokens.length).map((m) => [m.end, m.values.map((v) => ('entry' in v ? v.entry.id : v.agent.id))])));
      expect(walk(read)).toEqual(walk(built));
      expect(walk(read).flat(2).length).toBeGreaterThan(6);
      // a name's entry is the very object in the entry list, as in a built dictionary
      const ghani = read.names.matchAt(tokens, 2, tokens.length).at(-1)!.values[0]!;
      expect(read.entries).toContain(ghani.entry);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      if (saved.dir === undefined) delete process.env.DYAD_CACHE_DIR;
      else process.env.DYAD_CACHE_DIR = saved.dir;
      if (saved.off !== undefined) process.env.DYAD_NO_CACHE = saved.off;
    }
  });
});

describe('PETRARCH actor reader', () => {
  it('reads records, synonyms and dated role lines', () => {
    const actors = parsePetrarchActors('GOLLUM  # pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\nFRANCE  [FRA]\n+FRENCH\n');
    expect(actors).toHaveLength(2);
    expect(actors[0]!.phrases).toEqual(['GOLLUM', 'SMEAGOL']);
    expect(actors[0]!.roles).toEqual([
      { code: 'HOB', from: null, to: '1995-06-01' },
      { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-16' },
      { code: 'HOBREB', from: '1999-08-16', to: null },
    ]);
    expect(actors[1]!.phrases).toEqual(['FRANCE', 'FRENCH']);
  });

  const file = '/work/shared/petrarch2/PETR.Validate.actors.txt';
  describe.skipIf(!existsSync(file))('on PETR.Validate.actors.txt (skips without ../shared/petrarch2)', () => {
    it('reads the validation actors and they can extend the dictionary', () => {
      const actors = loadPetrarchActors(file);
      expect(actors.length).toBeGreaterThan(100);
      const un = actors.find((a) => a.phrases[0] === 'UNITED NATIONS')!;
      expect(un.phrases).toContain('U.N.');
      expect(un.roles[0]!.code).toBe('UNO');
      const extended = loadActorDictionary(DEFAULT_DATA_DIR, { extra: petrarchEntries(actors) });
      expect(extended.entries.length).toBe(dict.entries.length + actors.length);
    });
  });
});

describe('lower-case names', () => {
  it('hold just the spellings a word starting in lower case can match in a text with capitals', () => {
    const d = createActorDictionary();
    const entry = (id: string): ActorEntry => ({ id, kind: 'group', name: id, roles: [{ code: 'X', from: null, to: null }], rule: 'actor/dictionary' });
    addActorEntry(d, entry('taliban'), ['Taliban', '=TB'], true);
    addActorEntry(d, entry('usa'), ['United States', 'US']);
    addActorEntry(d, entry('aq'), ['al-Qaeda', 'Al-Qaeda']);
    const tokens = (text: string) => text.split(' ').map((w, i) => ({
      i, text: w, lower: w.toLowerCase(), lemma: w.toLowerCase(), pos: 'X' as const, span: [i * 20, i * 20 + w.length] as [number, number], sentence: 0, negated: false,
    }));
    const found = (trie: typeof d.names, word: string) => trie.matchAt(tokens(word), 0, 1).flatMap((m) => m.values.map((v) => v.cased));
    expect(found(d.names, 'taliban')).toEqual(['Taliban']);
    expect(found(d.lowerNames, 'taliban')).toEqual(['Taliban']);
    expect(found(d.lowerNames, 'tb')).toEqual([]); // strict: its capitals always count
    expect(found(d.lowerNames, 'us')).toEqual([]);
    expect(found(d.lowerNames, 'al-qaeda')).toEqual(['al Qaeda']); // spellings are kept folded
    expect(found(d.names, 'al-qaeda')).toEqual(['al Qaeda', 'Al Qaeda']);
  });
});

describe('plainSpelling', () => {
  it('drops accents as English copy does, and leaves plain spellings alone', () => {
    expect(plainSpelling('Asunción')).toBe('Asuncion');
    expect(plainSpelling('Nicolás Maduro')).toBe('Nicolas Maduro');
    expect(plainSpelling('Bogotá')).toBe('Bogota');
    expect(plainSpelling('Kyiv')).toBeNull();
    // letters with no accent to drop stay as they are
    expect(plainSpelling('Tromsø')).toBeNull();
  });
});
