// The countries of the `world-countries` package, as the actor dictionary and the gazetteer read them.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The JSON file the countries are read from (an input of the start-up cache entries built from it). */
export function worldCountriesFile(): string {
  return require.resolve('world-countries/countries.json');
}

/**
 * The countries, read as JSON (the package's typings describe a CommonJS default export that NodeNext
 * resolution mistypes); each caller names the fields it reads.
 */
export function loadWorldCountries<T>(): T[] {
  const countries = require('world-countries/countries.json') as { cca3: string }[];
  // Kosovo has no ISO 3166 code; the package writes "UNK", the gold records and the EU, IMF and World Bank the
  // user-assigned XKX
  return countries.map((c) => (c.cca3 === 'UNK' ? { ...c, cca3: KOSOVO } : c)) as T[];
}

/** The code Dyad gives Kosovo (ISO 3166 user-assigned, as the EU, the IMF and the gold records write it). */
export const KOSOVO = 'XKX';
