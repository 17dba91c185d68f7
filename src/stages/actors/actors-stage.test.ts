// Tests for the actors stage: the seed article, agents, compounds, capitals, dated roles and later references.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import type { ActorMention, Article } from '../../model/types.js';
import type { Doc } from '../../pipeline/stage.js';
import { loadActorDictionary } from '../../dictionaries/actor-dictionary.js';
import { createRepairStage } from '../repair/repair-stage.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createDatesStage } from '../dates/dates-stage.js';
import { createActorsStage } from './actors-stage.js';
import { codeParts } from './code-parts.js';

const DEFAULT_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data');

const stages = [createRepairStage(), createSegmentStage(), createDatesStage()] as const;
const actorsStage = createActorsStage(loadActorDictionary(DEFAULT_DATA_DIR));

function code(raw: string, published: string | null = '2020-02-12'): { text: string; actors: ActorMention[] } {
  const article: Article = { id: 't', published, title: null, url: null, publisher: null, raw };
  const doc: Doc = { article, layers: {} };
  const ctx = { report() {} };
  doc.layers.repair = stages[0].run(doc, ctx);
  doc.layers.segment = stages[1].run(doc, ctx);
  doc.layers.dates = stages[2].run(doc, ctx);
  const actors = actorsStage.run(doc, ctx);
  return { text: doc.layers.repair.text, actors };
}

const find = (actors: ActorMention[], text: string) => actors.find((a) => a.text === text);
const spanOf = (text: string, s: string, from = 0): [number, number] => {
  const at = text.indexOf(s, from);
  return [at, at + s.length];
};

describe('codeParts', () => {
  it('unpacks country, organisation and bare sector codes', () => {
    expect(codeParts('AFGGOV')).toEqual({ country: 'AFG', sector: 'GOV' });
    expect(codeParts('USA')).toEqual({ country: 'USA', sector: '' });
    expect(codeParts('IGOUNO')).toEqual({ country: null, sector: '' });
    expect(codeParts('COP')).toEqual({ country: null, sector: 'COP' });
    expect(codeParts('PSEREBHMS')).toEqual({ country: 'PSE', sector: 'REB' });
  });
});

describe('actors stage', () => {
  it('codes a country adjective with an agent as one actor', () => {
    const { text, actors } = code('Israeli soldiers shot two men. Poland\'s parliament voted. The British government agreed.');
    expect(find(actors, 'Israeli soldiers')).toMatchObject({ code: 'ISRMIL', country: 'ISR', sector: 'MIL', span: spanOf(text, 'Israeli soldiers'), plural: true });
    expect(find(actors, "Poland's parliament")).toMatchObject({ code: 'POLLEG', span: spanOf(text, "Poland's parliament") });
    expect(find(actors, 'British government')).toMatchObject({ code: 'GBRGOV' });
  });

  it('splits compound actors and gives each the shared agent', () => {
    const { text, actors } = code('Senior Hungarian and Romanian officials met on Monday. U.S. and Russian negotiators agreed.');
    expect(actors[0]).toMatchObject({ text: 'Hungarian', span: spanOf(text, 'Hungarian'), code: 'HUNGOV', rule: 'actor/agent-distributed' });
    expect(actors[1]).toMatchObject({ text: 'Romanian officials', span: spanOf(text, 'Romanian officials'), code: 'ROUGOV', rule: 'actor/agent' });
    expect(actors[2]).toMatchObject({ text: 'U.S.', code: 'USAGOV' });
    expect(actors[3]).toMatchObject({ text: 'Russian negotiators', code: 'RUSGOV' });
  });

  it('takes a capital as its country except in a locative phrase', () => {
    const { text, actors } = code('Beirut again rejected the plan. Talks were held in Beirut.');
    expect(actors).toHaveLength(1);
    expect(actors[0]).toMatchObject({ text: 'Beirut', span: spanOf(text, 'Beirut'), code: 'LBN', rule: 'actor/capital' });
  });

  it('codes bare agents by sector alone, with no country', () => {
    const { actors } = code('Police said the Sri Lankan army attacked the village.');
    expect(actors[0]).toMatchObject({ text: 'Police', code: 'COP', country: null, sector: 'COP' });
    expect(actors[1]).toMatchObject({ text: 'Sri Lankan army', code: 'LKAMIL' });
  });

  it('resolves titles with names, from the dictionary or the title', () => {
    const { actors } = code("Taiwan's Vice Foreign Minister met a Zambian government official. U.N. Secretary-General Kofi Annan spoke. President Yoweri Museveni said. Afghan rebel leaders said.", '2000-05-01');
    expect(find(actors, "Taiwan's Vice Foreign Minister")).toMatchObject({ code: 'TWNGOV', role: 'Vice Foreign Minister' });
    expect(find(actors, 'Zambian government official')).toMatchObject({ code: 'ZMBGOV' });
    expect(find(actors, 'U.N. Secretary-General Kofi Annan')).toMatchObject({ code: 'IGOUNO', name: 'Kofi Annan', kind: 'person' });
    expect(find(actors, 'President Yoweri Museveni')).toMatchObject({ code: 'UGAGOV', role: 'President', rule: 'actor/title-name' });
    expect(find(actors, 'Afghan rebel leaders')).toMatchObject({ code: 'AFGREB' });
  });

  it('keeps the name and sector of an unknown person introduced by a title', () => {
    const { actors } = code('Defense Minister Jan Novakowski said the talks failed. Later Novakowski resigned.');
    expect(actors[0]).toMatchObject({ name: 'Jan Novakowski', code: 'GOV', country: null, rule: 'actor/title-name' });
    expect(actors[1]).toMatchObject({ text: 'Novakowski', rule: 'actor/coref-name', antecedent: 0, code: 'GOV' });
  });

  it('resolves a role for the date of the article', () => {
    expect(find(code('Donald Trump met the press.', '2016-05-01').actors, 'Donald Trump')!.code).not.toBe('USAGOV');
    expect(find(code('Donald Trump met the press.', '2020-02-12').actors, 'Donald Trump')!.code).toBe('USAGOV');
  });

  it('matches names without capitals in a lower-cased feed', () => {
    const { text, actors } = code('israeli soldiers killed two palestinians near a taliban base, the united nations said.');
    expect(find(actors, 'israeli soldiers')).toMatchObject({ code: 'ISRMIL', span: spanOf(text, 'israeli soldiers') });
    expect(find(actors, 'taliban')).toMatchObject({ code: 'AFGREB' });
    expect(find(actors, 'united nations')).toMatchObject({ code: 'IGOUNO' });
  });

  it('needs capitals for ambiguous names in ordinary text', () => {
    const { actors } = code('They told us that the who and the turkey were fine, the President said.');
    expect(actors.find((a) => a.code?.startsWith('USA') || a.code?.startsWith('TUR') || a.code?.startsWith('IGO'))).toBeUndefined();
  });
});

const seedFile = '/work/shared/seed/000_848cd51483da8687.txt';
describe.skipIf(!existsSync(seedFile))('actors stage on the seed article (skips without ../shared/seed)', () => {
  const raw = readFileSync(existsSync(seedFile) ? seedFile : '/dev/null', 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2} /, '');
  const { text, actors } = code(raw, '2020-02-12');
  const byName = (name: string) => actors.filter((a) => a.name === name);

  it('finds the Afghan president with his title and exact span', () => {
    expect(actors[0]).toMatchObject({
      text: 'Afghan President Ashraf Ghani', span: spanOf(text, 'Afghan President Ashraf Ghani'), code: 'AFGGOV',
      country: 'AFG', sector: 'GOV', name: 'Ashraf Ghani', role: 'President', rule: 'actor/title-name',
    });
  });

  it('codes the US officials, bodies and the Taliban', () => {
    expect(find(actors, 'US Secretary of State')).toMatchObject({ code: 'USAGOV', span: spanOf(text, 'US Secretary of State') });
    expect(find(actors, 'Mike Pompeo')).toMatchObject({ code: 'USAGOV' });
    expect(find(actors, 'Donald Trump')).toMatchObject({ code: 'USAGOV' });
    expect(actors.find((a) => a.name === 'Zalmay Khalilzad')).toMatchObject({ code: 'USAGOV' });
    expect(actors.find((a) => a.text.includes('State Department'))).toMatchObject({ code: 'USAGOV' });
    expect(actors.find((a) => a.text.includes('White House'))).toMatchObject({ code: 'USAGOV' });
    const taliban = actors.filter((a) => a.text === 'Taliban');
    expect(taliban.length).toBeGreaterThan(5);
    for (const t of taliban) expect(t).toMatchObject({ code: 'AFGREB', country: 'AFG', sector: 'REB', span: [t.span[0], t.span[0] + 7] });
    expect(text.slice(taliban[0]!.span[0], taliban[0]!.span[1])).toBe('Taliban');
  });

  it.skipIf(!text.includes("O'Brien"))('gives Robert O\'Brien his White House role (needs the repair stage)', () => {
    expect(find(actors, "Robert O'Brien")).toMatchObject({ code: 'USAGOV', rule: 'actor/apposition' });
  });

  it('links later mentions back to Ghani', () => {
    const ghani = byName('Ashraf Ghani');
    const surname = ghani.filter((a) => a.text === 'Ghani');
    expect(surname.length).toBeGreaterThanOrEqual(3);
    for (const g of surname) expect(g).toMatchObject({ rule: 'actor/coref-name', antecedent: 0, code: 'AFGGOV' });
    const possessive = surname.find((g) => text.slice(g.span[1], g.span[1] + 2) === "'s");
    expect(possessive).toBeDefined();
    const he = actors.find((a) => a.text === 'he' && a.kind === 'pronoun');
    expect(he).toMatchObject({ name: 'Ashraf Ghani', code: 'AFGGOV', rule: 'actor/coref-pronoun' });
    expect(find(actors, 'Afghan president')).toMatchObject({ rule: 'actor/coref-title', antecedent: 0, code: 'AFGGOV' });
  });

  it('refers the armed group back to the Taliban and keeps Kabul and Doha out', () => {
    const group = actors.filter((a) => a.text === 'armed group');
    expect(group.length).toBeGreaterThan(0);
    for (const g of group) expect(g).toMatchObject({ code: 'AFGREB', rule: 'actor/coref-group' });
    expect(actors.find((a) => a.text === 'Doha' || a.text === 'Kabul')).toBeUndefined();
  });

  it('returns non-overlapping mentions in text order with exact spans', () => {
    for (let k = 0; k < actors.length; k++) {
      const a = actors[k]!;
      expect(text.slice(a.span[0], a.span[1])).toBe(a.text);
      if (k > 0) expect(a.span[0]).toBeGreaterThanOrEqual(actors[k - 1]!.span[1]);
    }
  });
});
