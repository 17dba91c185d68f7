// Loads data/discards.tsv: phrases that mark a sentence (or a whole story) as sports, entertainment, etc.
import { readFileSync } from 'node:fs';

export interface DiscardMatch {
  id: string;
  phrase: string;
  /** True when the phrase discards the whole story (`+` in the file), not just the sentence. */
  story: boolean;
}

export interface DiscardEntry extends DiscardMatch {
  reason?: string;
  line: number;
}

export interface Discards {
  entries: DiscardEntry[];
  /** The first listed phrase found in the (lower-cased) sentence, or null. */
  match(sentenceLower: string): DiscardMatch | null;
}

const ID = /^[a-z0-9][a-z0-9/_-]*$/;

/** Phrases compare with spaces and hyphens folded together, so "semi-final" also finds "semi final". */
function normalise(phrase: string): string {
  return phrase.toLowerCase().replace(/[’]/g, "'").replace(/[\s-]+/g, ' ').trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function parseDiscards(text: string, file = 'discards.tsv'): Discards {
  const entries: DiscardEntry[] = [];
  const byPhrase = new Map<string, DiscardEntry>();
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const [id = '', rawPhrase = '', reason = ''] = raw.split('\t').map((c) => c.trim());
    if (id === 'id' && rawPhrase === 'phrase') return;
    const fail = (what: string): never => {
      throw new Error(`${file}:${line}: ${what}`);
    };
    if (!ID.test(id)) fail(`id "${id}" must be lower-case letters, digits, "/", "_" and "-"`);
    if (ids.has(id)) fail(`id "${id}" is used twice`);
    ids.add(id);
    const story = rawPhrase.startsWith('+');
    const phrase = normalise(story ? rawPhrase.slice(1) : rawPhrase);
    if (phrase === '') fail('empty phrase');
    if (byPhrase.has(phrase)) fail(`phrase "${phrase}" is already listed as ${byPhrase.get(phrase)!.id}`);
    const entry: DiscardEntry = { id, phrase, story, line, ...(reason ? { reason } : {}) };
    entries.push(entry);
    byPhrase.set(phrase, entry);
  });

  // One alternation compiled once; longest phrases first so "world cup qualifier" beats "world cup".
  const alternatives = [...byPhrase.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ /g, '[\\s-]+').replace(/'/g, "['’]"));
  const regex =
    alternatives.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');

  return {
    entries,
    match(sentenceLower) {
      if (!regex) return null;
      const m = regex.exec(sentenceLower);
      if (!m) return null;
      const entry = byPhrase.get(normalise(m[0]));
      return entry ? { id: entry.id, phrase: entry.phrase, story: entry.story } : null;
    },
  };
}

export function loadDiscards(file: string): Discards {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the discards list ${file}: ${(err as Error).message}`);
  }
  return parseDiscards(text, file);
}
