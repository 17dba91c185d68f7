// Tests for the places stage: locations vs actors, country context, lower-case feeds, stop words and actor names.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ActorMention, PlaceMention } from '../../model/types.js';
import type { Doc } from '../../pipeline/stage.js';
import { createRepairStage } from '../repair/repair-stage.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { loadGazetteer } from './gazetteer.js';
import { createPlacesStage } from './places-stage.js';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data');
const SEED = new URL('../../../../shared/seed/000_848cd51483da8687.txt', import.meta.url);
const segment = createSegmentStage();
const places = createPlacesStage(loadGazetteer(DATA));

function code(raw: string, actors: (text: string) => ActorMention[] = () => []): PlaceMention[] {
  return codeDoc(raw, actors).found;
}

function codeDoc(raw: string, actors: (text: string) => ActorMention[] = () => []): { found: PlaceMention[]; text: string } {
  const doc: Doc = { article: { id: 't', published: '2020-02-12', raw, title: null, url: null, publisher: null }, layers: {} };
  const ctx = { report: () => {} };
  doc.layers.repair = createRepairStage().run(doc, ctx);
  doc.layers.segment = segment.run(doc, ctx);
  doc.layers.actors = actors(raw);
  const found = places.run(doc, ctx);
  for (const p of found) expect(doc.layers.repair.text.slice(p.span[0], p.span[1])).toBe(p.text);
  return { found, text: doc.layers.repair.text };
}

/** An actor mention over the first occurrence of `name`, as the actors stage would write it. */
function actor(raw: string, name: string, kind: ActorMention['kind']): ActorMention {
  const at = raw.indexOf(name);
  return { text: name, span: [at, at + name.length], sentence: 0, kind, name, code: null, country: null, sector: '', rule: 'test' };
}

describe.skipIf(!existsSync(SEED))('places in the seed article', () => {
  // Spans index the repaired text (the repair stage rewrites `,quot;` and the like), not the raw file.
  const { found, text: raw } = codeDoc(existsSync(SEED) ? readFileSync(SEED, 'utf8').replace(/^\s*date \S+ /, '') : '');

  it('finds Doha in Qatar with its GeoNames coordinates and exact span', () => {
    const at = raw.indexOf('Doha');
    const doha = found.find((p) => p.span[0] === at)!;
    expect(doha).toMatchObject({ text: 'Doha', name: 'Doha', country: 'QAT', lat: 25.28545, lon: 51.53096 });
    expect(doha.span).toEqual([at, at + 4]);
  });

  it('reads "Doha, the capital of Qatar": Doha a capital, Qatar a country place', () => {
    const at = raw.indexOf('Doha, the capital of Qatar');
    expect(found.find((p) => p.span[0] === at)).toMatchObject({ kind: 'capital', country: 'QAT', rule: 'place/capital-of' });
    const q = raw.indexOf('Qatar', at);
    expect(found.find((p) => p.span[0] === q)).toMatchObject({ text: 'Qatar', kind: 'country', country: 'QAT', span: [q, q + 5] });
  });

  it('finds Kabul and "from Afghanistan"', () => {
    expect(found.find((p) => p.text === 'Kabul')).toMatchObject({ country: 'AFG', span: [raw.indexOf('Kabul'), raw.indexOf('Kabul') + 5] });
    const a = raw.indexOf('Afghanistan', raw.indexOf('from Afghanistan'));
    expect(found.find((p) => p.span[0] === a)).toMatchObject({ kind: 'country', country: 'AFG' });
  });

  it('does not make "The United States accused" a place, nor "US-led"', () => {
    const accused = raw.indexOf('The United States accused') + 4;
    expect(found.some((p) => p.span[0] === accused)).toBe(false);
    const led = raw.indexOf('US-led');
    expect(found.some((p) => p.span[0] === led)).toBe(false);
  });
});

describe('choosing among same-named places by country context', () => {
  it('Tripoli alone is the Libyan capital', () => {
    expect(code('Fighting broke out in Tripoli on Monday.')[0]).toMatchObject({ country: 'LBY', kind: 'capital' });
  });
  it('Tripoli in a story about Lebanon is the Lebanese city', () => {
    const p = code("Lebanon's army deployed in Tripoli, where protesters gathered.").find((x) => x.text === 'Tripoli');
    expect(p).toMatchObject({ country: 'LBN', kind: 'city', rule: 'place/country-context' });
  });
  it('an actor\'s country is context too', () => {
    const raw = 'The army said clashes hit Tripoli.';
    const ctxActor: ActorMention = { ...actor(raw, 'The army', 'agent'), country: 'LBN' };
    expect(code(raw, () => [ctxActor])[0]).toMatchObject({ country: 'LBN' });
  });
  it('Paris is in France', () => {
    expect(code('The envoy flew to Paris.')[0]).toMatchObject({ country: 'FRA', name: 'Paris' });
  });
});

describe('first-level divisions (data/places/admin-regions.tsv)', () => {
  it('finds a division written with its generic word, the word in the span', () => {
    const { found, text } = codeDoc('Fighting broke out in Cauca province and spread to the Tigray region.');
    expect(found.map((p) => [p.text, p.country, p.kind])).toEqual([['Cauca province', 'COL', 'region'], ['Tigray region', 'ETH', 'region']]);
    expect(found[0]!.span).toEqual([text.indexOf('Cauca'), text.indexOf('Cauca') + 'Cauca province'.length]);
  });
  it('takes a bare division name only in an article that names its country', () => {
    expect(code("Colombia's army said rebels attacked a post in Cauca.").find((p) => p.text === 'Cauca')).toMatchObject({ country: 'COL', kind: 'region' });
    expect(code('Rebels attacked a post in Cauca.')).toEqual([]);
  });
  it('keeps a city, a country or a listed region before a division of the same name', () => {
    expect(code('Talks were held in Kabul.')[0]).toMatchObject({ country: 'AFG', kind: 'capital' });
    expect(code('Fighting broke out in Georgia.')[0]).toMatchObject({ country: 'GEO', kind: 'country' });
  });
  it('trusts a lower-cased division only with its generic word', () => {
    const lower = 'the rebels attacked a post in cauca province on tuesday , the army said . the army sent troops to cauca .';
    expect(code(lower).map((p) => p.text)).toEqual(['cauca province']);
  });
});

describe('locations, not actors', () => {
  it('a country is a place only after a locative word', () => {
    expect(code('Troops withdrew from Afghanistan.').map((p) => p.text)).toEqual(['Afghanistan']);
    expect(code('Afghanistan rejected the plan.')).toEqual([]);
    expect(code('Iran criticised the talks between the United States and the Taliban.')).toEqual([]);
  });
  it('a capital acting as subject is left to the actors stage', () => {
    expect(code('Washington said the talks failed.')).toEqual([]);
    expect(code('Beirut again rejected the plan.')).toEqual([]);
    expect(code('Officials in Washington said the talks failed.')).toMatchObject([{ text: 'Washington', country: 'USA' }]);
  });
  it('a city name inside a longer unknown name is not a place', () => {
    expect(code('The Washington Post reported the deal.')).toEqual([]);
  });
  it('regions are places', () => {
    expect(code('Settlers moved into the West Bank near the Gaza Strip.').map((p) => [p.text, p.kind, p.country])).toEqual([
      ['West Bank', 'region', 'PSE'], ['Gaza Strip', 'region', 'PSE'],
    ]);
  });
});

describe('words that are not places', () => {
  it('stop-list words never match', () => {
    expect(code('Reading the statement, he said Police had left. Of course.')).toEqual([]);
  });
  it('context-only names need their country in the story', () => {
    expect(code('He called the result Nice.')).toEqual([]);
    expect(code('French police in Nice said France was calm.').map((p) => [p.text, p.country])).toEqual([['Nice', 'FRA']]);
  });
  it('names inside an actor\'s name are skipped', () => {
    const raw = 'Kofi Annan met leaders of the Islamic Salvation Front in Algiers.';
    const found = code(raw, (r) => [actor(r, 'Kofi Annan', 'person'), actor(r, 'Islamic Salvation Front', 'group')]);
    expect(found.map((p) => p.text)).toEqual(['Algiers']);
  });
});

describe('an all-lower-case document', () => {
  it('matches countries, capitals and large cities without capitals, nothing else', () => {
    const found = code('troops withdrew from afghanistan to kabul. officials in washington said the reading was split. he lives in tripoli.');
    expect(found.map((p) => [p.text, p.country])).toEqual([
      ['afghanistan', 'AFG'], ['kabul', 'AFG'], ['washington', 'USA'], ['tripoli', 'LBY'],
    ]);
  });
  it('keeps small towns out', () => {
    expect(code('the talks in of went on in split.')).toEqual([]);
  });
  it('finds cities by their English names and does not let a small namesake in a mentioned country win', () => {
    const text = 'The United States welcomed the talks. Delegates met in Geneva. Forces entered Basra and Fallujah.';
    const places = code(text, (t) => [actor(t, 'United States', 'country')]);
    expect(places.map((p) => [p.text, p.country])).toEqual([['Geneva', 'CHE'], ['Basra', 'IRQ'], ['Fallujah', 'IRQ']]);
  });
});

describe('a place said to lie in a country', () => {
  it('takes the gazetteer entry in that country, or none when the gazetteer has no place of that name there', () => {
    const moro = code('The plane landed at Moro airport in Papua New Guinea on Saturday.');
    expect(moro.map((p) => `${p.text}=${p.country}`)).toEqual(['Papua New Guinea=PNG']);
    const trinidad = code('She was arrested in Trinidad, Bolivia, on Saturday.');
    const t = trinidad.find((p) => p.text === 'Trinidad');
    expect(t?.country).toBe('BOL');
    expect(t?.rule).toBe('place/within-country');
    expect(t?.span).toEqual([20, 28]);
  });
});
