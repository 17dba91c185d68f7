// Whole-article test: what the seed article (shared/seed) must give, written by hand from reading it.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder.js';
import { parseTextArticle } from '../src/ingest/read-inputs.js';
import type { DyadEvent, DyadRecord } from '../src/model/types.js';

const SEED = new URL('../../shared/seed/000_848cd51483da8687.txt', import.meta.url).pathname;
const present = existsSync(SEED);
if (!present) console.warn(`skipping the seed article test: ${SEED} is absent (clone without ../shared)`);

function root(code: string | null | undefined): string {
  return (code ?? '').slice(0, 3);
}

function find(r: DyadRecord, type: string, src: string | null, tgt: string | null, pred: (e: DyadEvent) => boolean = () => true): DyadEvent | undefined {
  return r.events.find((e) => (e.plover?.type === type || e.cameo.startsWith(type))
    && (src === null || root(e.source?.code) === src)
    && (tgt === null || root(e.target?.code) === tgt) && pred(e));
}

describe.skipIf(!present)('the seed article (US–Taliban talks, 2020-02-12)', () => {
  let r: DyadRecord;
  beforeAll(() => {
    const article = parseTextArticle(readFileSync(SEED, 'utf8'), SEED);
    r = createCoder().code(article);
  });

  it('reads the date header on the first line', () => {
    expect(r.published).toBe('2020-02-12');
    expect(r.text.startsWith('Afghan President Ashraf Ghani said on Tuesday')).toBe(true);
  });

  it('repairs the broken entities and the machine-translation leftover', () => {
    expect(r.text).toContain('"remarkable progress" had been made');
    expect(r.text).toContain("Robert O'Brien");
    expect(r.text).not.toContain(',quot;');
    expect(r.text).not.toMatch(/\bUU\./);
    for (const rep of r.repairs) expect(rep.rawSpan[1]).toBeGreaterThan(rep.rawSpan[0]);
  });

  it('finds the actors with their codes on the day of the article', () => {
    const code = (text: string) => r.actors.find((a) => a.text.includes(text))?.code;
    const ghani = r.actors.find((a) => a.text === 'Afghan President Ashraf Ghani')!;
    expect(ghani.code).toBe('AFGGOV');
    expect(r.text.slice(ghani.span[0], ghani.span[1])).toBe('Afghan President Ashraf Ghani');
    expect(code('Pompeo')).toBe('USAGOV');
    expect(code('Trump')).toBe('USAGOV');
    expect(code("O'Brien")).toBe('USAGOV');
    expect(code('Khalilzad')).toBe('USAGOV');
    expect(code('State Department')).toBe('USAGOV');
    expect(code('White House')).toBe('USAGOV');
    expect(code('Taliban')).toBe('AFGREB');
    for (const a of r.actors) expect(r.text.slice(a.span[0], a.span[1])).toBe(a.text);
  });

  it('resolves later mentions to earlier ones', () => {
    const later = r.actors.filter((a) => a.text === 'Ghani' && a.span[0] > 100);
    expect(later.length).toBeGreaterThan(0);
    for (const a of later) expect(a.code).toBe('AFGGOV');
  });

  it('finds the places', () => {
    const place = (name: string) => r.places.find((p) => p.text === name);
    expect(place('Doha')?.country).toBe('QAT');
    expect(place('Qatar')?.country).toBe('QAT');
    expect(place('Kabul')?.country).toBe('AFG');
  });

  it('resolves the dates against the publication date', () => {
    const date = (text: string) => r.dates.find((d) => d.text.includes(text))?.value;
    expect(date('on Tuesday')).toBe('2020-02-11');
    expect(date('Tuesday night')).toBe('2020-02-11');
    expect(date('in September')).toBe('2019-09');
    expect(date('in December')).toBe('2019-12');
    expect(date('in 2001')).toBe('2001');
    const tue = r.dates.find((d) => d.text.includes('Tuesday'))!;
    expect(r.text.slice(tue.span[0], tue.span[1])).toBe(tue.text);
  });

  it('codes the events a careful human coder would', () => {
    // talks between the United States and the Taliban
    expect(find(r, 'CONSULT', 'USA', 'AFG') ?? find(r, 'CONSULT', 'AFG', 'USA')).toBeDefined();
    // the Taliban's proposal to reduce violence
    expect(r.events.find((e) => root(e.source?.code) === 'AFG' && e.source?.code === 'AFGREB' && /propos/.test(e.trigger.text))).toBeDefined();
    // Ghani asked the Taliban to accept a ceasefire
    expect(find(r, '02', 'AFG', 'AFG') ?? find(r, 'REQUEST', 'AFG', 'AFG')).toBeDefined();
    // the Taliban rejected the demand / refused to talk to the government in Kabul
    expect(find(r, 'REJECT', 'AFG', null)).toBeDefined();
    // the United States accused the Taliban government
    expect(find(r, 'ACCUSE', 'USA', 'AFG')).toBeDefined();
    // the US aims to withdraw its troops: an intended, not a done, withdrawal
    const withdraw = r.events.find((e) => /withdraw/.test(e.trigger.text) && root(e.source?.code) === 'USA' && e.modality === 'future');
    // CAMEO codes an intended withdrawal as an intent to de-escalate (0356, PLOVER AGREE)
    expect(withdraw?.cameo).toBe('0356');
    expect(withdraw?.plover?.type).toBe('AGREE');
  });

  it('dates the events of "on Tuesday" to the Tuesday', () => {
    const said = r.events.find((e) => e.sentence === 0 && e.source?.code === 'AFGGOV');
    expect(said?.date?.value).toBe('2020-02-11');
  });

  it('codes few events a careful human coder would not make', () => {
    const typed = r.events.filter((e) => e.plover);
    // no event may have the same actor on both sides, and every event has a coded actor
    for (const e of typed) {
      expect(e.source?.code || e.target?.code).toBeTruthy();
      if (e.source && e.target) expect(e.source.span).not.toEqual(e.target.span);
    }
    expect(typed.length).toBeLessThan(25);
  });

  it('finds the quotations with their speakers', () => {
    const q = (text: string) => r.quotes.find((x) => x.text.includes(text));
    expect(q('The US talks with the Taliban in Doha continue')?.speaker?.code).toBe('USAGOV');
    expect(q("I don't think there is an imminent withdrawal")?.speaker?.name).toMatch(/O'Brien/);
    expect(q('This is a cozy development')?.speaker?.code).toBe('AFGGOV');
    expect(q('our main position on peace')?.speaker?.code).toBe('AFGGOV');
    for (const x of r.quotes) expect(r.text.slice(x.span[0], x.span[1])).toBe(x.text);
  });

  it('scores a tone', () => {
    expect(r.tone).not.toBeNull();
    expect(Number.isFinite(r.tone!.score)).toBe(true);
  });
});
