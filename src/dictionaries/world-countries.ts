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
  return require('world-countries/countries.json') as T[];
}
