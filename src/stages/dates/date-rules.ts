// Loads the dates stage's word lists from data/dates/ once per folder and compiles them into sets.
import path from 'node:path';
import { readTsvRows } from '../../dictionaries/tsv-rows.js';
import { BUNDLED_DATA_DIR } from '../../package-root.js';

export type TriggerKind =
  | 'month' | 'month-ambiguous' | 'weekday' | 'relative' | 'lead' | 'year-lead' | 'span-prep' | 'modifier' | 'year-noun';

const KINDS: ReadonlySet<string> = new Set<TriggerKind>([
  'month', 'month-ambiguous', 'weekday', 'relative', 'lead', 'year-lead', 'span-prep', 'modifier', 'year-noun',
]);

export interface DateRules {
  /** Lower-cased word (trailing period dropped) → the kinds it has. */
  words: Map<string, Set<TriggerKind>>;
  /** Words whose kinds make them cues that open a chrono window (month, weekday, relative). */
  cues: Set<string>;
  /** The shortest cue: an ASCII token shorter than this is no cue, and most tokens are that short. */
  minCueLength: number;
  /** One-token future cues. */
  futureWords: Set<string>;
  /** Two-token future cues: first word → the second words that follow it. */
  futurePairs: Map<string, Set<string>>;
  /** Tokens that end a clause when looking back for a future cue. */
  clauseBounds: Set<string>;
  /** Days that name an event ("MM-DD" → its year and the nouns that make the date name it). */
  namedDays: Map<string, { year: number; nouns: Set<string> }>;
}

/** The bundled `data/` folder (three levels up from this file in both src/ and a built copy). */
export const DEFAULT_DATA_DIR = BUNDLED_DATA_DIR;

const cache = new Map<string, DateRules>();

export function loadDateRules(dataDir: string = DEFAULT_DATA_DIR): DateRules {
  const hit = cache.get(dataDir);
  if (hit) return hit;
  const dir = path.join(dataDir, 'dates');
  const words = new Map<string, Set<TriggerKind>>();
  const triggersFile = path.join(dir, 'triggers.tsv');
  for (const { cells, line } of readTsvRows(triggersFile)) {
    const [word, kind] = cells;
    if (!word || !kind || !KINDS.has(kind)) {
      throw new Error(`${triggersFile}:${line}: expected "word<TAB>kind" with kind one of ${[...KINDS].join(', ')}`);
    }
    const key = normaliseWord(word);
    let kinds = words.get(key);
    if (!kinds) words.set(key, (kinds = new Set()));
    kinds.add(kind as TriggerKind);
  }
  const futureWords = new Set<string>();
  const futurePairs = new Map<string, Set<string>>();
  for (const { cells } of readTsvRows(path.join(dir, 'future-cues.tsv'))) {
    const parts = cells[0]!.toLowerCase().split(/\s+/);
    if (parts.length === 1) futureWords.add(parts[0]!);
    else {
      let seconds = futurePairs.get(parts[0]!);
      if (!seconds) futurePairs.set(parts[0]!, (seconds = new Set()));
      seconds.add(parts[1]!);
    }
  }
  const clauseBounds = new Set<string>();
  for (const { cells } of readTsvRows(path.join(dir, 'clause-bounds.tsv'))) clauseBounds.add(cells[0]!.toLowerCase());
  const namedDays = new Map<string, { year: number; nouns: Set<string> }>();
  const namedFile = path.join(dir, 'named-days.tsv');
  for (const { cells, line } of readTsvRows(namedFile)) {
    const [day, year, nouns] = cells;
    if (!day || !/^\d\d-\d\d$/.test(day) || !year || !/^\d{4}$/.test(year) || !nouns) {
      throw new Error(`${namedFile}:${line}: expected "MM-DD<TAB>YYYY<TAB>noun|noun..."`);
    }
    namedDays.set(day, { year: Number(year), nouns: new Set(nouns.toLowerCase().split('|')) });
  }
  const cues = new Set<string>();
  for (const [word, kinds] of words) {
    if (kinds.has('month') || kinds.has('month-ambiguous') || kinds.has('weekday') || kinds.has('relative')) cues.add(word);
  }
  const minCueLength = Math.min(...[...cues].map((c) => c.length));
  const rules: DateRules = { words, cues, minCueLength, futureWords, futurePairs, clauseBounds, namedDays };
  cache.set(dataDir, rules);
  return rules;
}

/** Trigger lookups ignore case and an abbreviation's trailing period (`Sept.` → `sept`). */
export function normaliseWord(word: string): string {
  return normaliseLower(word.toLowerCase());
}

/** `normaliseWord` of a word already lower-cased. */
export function normaliseLower(lower: string): string {
  return lower.length > 1 && lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

export function hasKind(rules: DateRules, word: string, kind: TriggerKind): boolean {
  return rules.words.get(normaliseWord(word))?.has(kind) ?? false;
}
