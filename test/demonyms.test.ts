// Every independent state's demonym (world-countries) names that state before an agent noun: "the Thai
// army" is THAMIL. A generated alias that is blocked as a capital must not take the adjective with it.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder.js';

interface Country { cca3: string; independent?: boolean; demonyms?: { eng?: { m?: string } } }
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];
/** Demonyms several states share: the article's other mentions settle them, a bare sentence cannot. */
const SHARED = new Set(['Congolese', 'Dominican']);

describe('demonyms', () => {
  const coder = createCoder();
  const cases = countries
    .filter((c) => c.independent && c.demonyms?.eng?.m)
    // "Bosnian, Herzegovinian": the first of a listed pair; "Kittitian or Nevisian" is never written so
    .map((c) => [c.cca3, c.demonyms!.eng!.m!.split(/,| or /)[0]!.trim()] as const)
    .filter(([, dem]) => !SHARED.has(dem) && !dem.includes(' '));

  it('codes "The DEMONYM army" to the state for all but a few shared demonyms', () => {
    expect(cases.length).toBeGreaterThan(160);
    const wrong = cases.filter(([code, dem]) => {
      const r = coder.code({ id: 'd', raw: `The ${dem} army attacked the rebels on Monday.`, published: '2020-01-01', title: null, url: null, publisher: null });
      const a = r.actors.find((x) => x.text.includes(dem));
      return !a?.code?.startsWith(code);
    });
    expect(wrong.map(([code, dem]) => `${code} ${dem}`)).toEqual([]);
  });
});
