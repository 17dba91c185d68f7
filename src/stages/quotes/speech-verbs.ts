// Loads the speech-verb list and the quote word classes from `data/` once, into lookup sets.
import { readTsvRows } from '../../dictionaries/tsv-rows.js';
import path from 'node:path';
import { BUNDLED_DATA_DIR } from '../../package-root.js';

/** The bundled `data/` folder (same place `DEFAULT_DATA_DIR` in coder.ts points at). */
export const QUOTES_DATA_DIR = BUNDLED_DATA_DIR;

export type SpeechKind = 'say' | 'claim' | 'deny';

/** Compiled cue dictionary: speech verbs by lemma plus the word classes the speaker search uses. */
export interface SpeechVerbs {
  /** lemma → kind (`say`, `claim`, `deny`). */
  verbs: Map<string, SpeechKind>;
  /** Words that may sit between a speaker, its verb and its clause ("said Tuesday night"). */
  time: Set<string>;
  /** Relative pronouns opening a clause skipped when looking back for a speaker. */
  relative: Set<string>;
  /** Words opening an introductory phrase whose actors are never the speaker. */
  intro: Set<string>;
  /** Verb lemmas that take a listener before the clause ("told him that"). */
  object: Set<string>;
  /** Verb lemmas whose clause may follow without "that". */
  bare: Set<string>;
}

/** Rows of a TSV file with `#` comments skipped; a cell may be quoted free text. */
function readRows(file: string): string[][] {
  return readTsvRows(file, 'quote dictionary').map((r) => r.cells);
}

const CLASSES = new Set(['time', 'relative', 'intro', 'object', 'bare']);

/**
 * Reads `speech-verbs.tsv` (`lemma kind reason`) and, when present beside it, `quote-rules.tsv`
 * (`word class reason`). Pass a data folder or the speech-verbs file itself.
 */
export function loadSpeechVerbs(fileOrDir: string = QUOTES_DATA_DIR): SpeechVerbs {
  const dir = fileOrDir.endsWith('.tsv') ? path.dirname(fileOrDir) : fileOrDir;
  const verbsFile = fileOrDir.endsWith('.tsv') ? fileOrDir : path.join(dir, 'speech-verbs.tsv');
  const verbs = new Map<string, SpeechKind>();
  for (const [lemma, kind] of readRows(verbsFile)) {
    if (!lemma) continue;
    const k = kind === 'claim' || kind === 'deny' ? kind : 'say';
    verbs.set(lemma.toLowerCase(), k);
  }
  let rules: string[][] = [];
  try {
    rules = readRows(path.join(dir, 'quote-rules.tsv'));
  } catch {
    rules = [];
  }
  return compileSpeechVerbs(verbs, rules);
}

/** Builds the dictionary from rows already in memory, so tests can pass a tiny one. */
export function compileSpeechVerbs(
  verbs: Map<string, SpeechKind> | Iterable<string>,
  rules: Iterable<readonly string[]> = [],
): SpeechVerbs {
  const map = verbs instanceof Map ? verbs : new Map([...verbs].map((v) => [v.toLowerCase(), 'say' as SpeechKind]));
  const out: SpeechVerbs = {
    verbs: map, time: new Set(), relative: new Set(), intro: new Set(), object: new Set(), bare: new Set(),
  };
  for (const [word, cls] of rules) {
    if (!word || !cls || !CLASSES.has(cls)) continue;
    out[cls as 'time' | 'relative' | 'intro' | 'object' | 'bare'].add(word.toLowerCase());
  }
  return out;
}
