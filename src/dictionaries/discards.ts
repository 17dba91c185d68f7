// Loads data/discards.tsv: phrases that mark a sentence (or a whole story) as sports, entertainment, etc.
import { readDataFile } from './tsv-rows.js';

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

  const matcher = compileMatcher([...byPhrase.keys()]);
  return {
    entries,
    match(sentenceLower) {
      const found = matcher(sentenceLower);
      if (found === null) return null;
      const entry = byPhrase.get(normalise(found));
      return entry ? { id: entry.id, phrase: entry.phrase, story: entry.story } : null;
    },
  };
}

/** The pattern of one phrase: any run of spaces or hyphens between words, either apostrophe. */
function phrasePattern(phrase: string): string {
  return escape(phrase).replace(/ /g, '[\\s-]+').replace(/'/g, "['’]");
}

const STARTS_WITH_WORD = /^[\p{L}\p{N}]+/u;
/** Words of `firstWordBits` less one: 128 words, 4096 bits. */
const FIRST_WORD_MASK = 127;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Whether the code point at `k` is a letter or digit, as `[\p{L}\p{N}]` with the `u` flag sees it. */
function isWordChar(text: string, k: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0x2000 && c < 0x2070) return false; // dashes, curly quotes, spaces: common in news, never letters
  if (c >= 0xdc00 && c <= 0xdfff && k > 0) {
    // the low half of a pair belongs to the code point that starts one unit earlier
    const hi = text.charCodeAt(k - 1);
    if (hi >= 0xd800 && hi <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(k - 1)!));
  }
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(k)!));
}

/** Whether a letter or digit follows position `k` (where a match ended). */
function endsInWord(text: string, k: number): boolean {
  return k < text.length && isWordChar(text, k, text.charCodeAt(k));
}

/** The hash the matcher computes over a run as it reads it: a number is looked up without cutting a string. */
function hashRange(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/**
 * Finds the leftmost phrase in a sentence, the longest first at one place, as a single alternation
 * `(?<![\p{L}\p{N}])(?:longest|...|shortest)(?![\p{L}\p{N}])` would, but without trying every
 * phrase at every character: a phrase can only start where a word of the sentence equals its first
 * word, so each word of the sentence looks up the few phrases that begin with it (by hash; the
 * phrase's own sticky pattern then confirms).
 */
function compileMatcher(phrases: string[]): (text: string) => string | null {
  // longest first so "world cup qualifier" beats "world cup" (a stable sort keeps file order on ties)
  const ordered = [...phrases].sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return () => null;
  const byFirstWord = new Map<number, RegExp[]>();
  /** A bit per first-word hash (4096 bits): most words of a sentence are no first word, and one bit test says so. */
  const firstWordBits = new Int32Array(FIRST_WORD_MASK + 1);
  for (const p of ordered) {
    const first = STARTS_WITH_WORD.exec(p)?.[0];
    if (!first) {
      // a phrase opening with punctuation cannot be indexed by its first word: keep the whole alternation
      const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ordered.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}])`, 'u');
      return (text) => regex.exec(text)?.[0] ?? null;
    }
    const h = hashRange(first, 0, first.length);
    firstWordBits[(h >>> 5) & FIRST_WORD_MASK] |= 1 << (h & 31);
    let list = byFirstWord.get(h);
    if (!list) byFirstWord.set(h, (list = []));
    // (no `u` flag and no `(?![\\p{L}\\p{N}])`: a Unicode property class took ~0.2 ms to compile per
    // phrase, ~40 ms of the start-up for 207 phrases; the word after a match is tested below instead)
    list.push(new RegExp(phrasePattern(p), 'y'));
  }
  return (text) => {
    // one pass: hash each run of letters and digits as it is read, look it up where it ends
    let start = -1;
    let h = 0;
    for (let k = 0; k <= text.length; k++) {
      const c = k < text.length ? text.charCodeAt(k) : 32;
      if (isWordChar(text, k, c)) {
        if (start < 0) {
          start = k;
          h = 0;
        }
        h = (Math.imul(h, 31) + c) | 0;
      } else if (start >= 0) {
        const candidates = (firstWordBits[(h >>> 5) & FIRST_WORD_MASK]! & (1 << (h & 31))) !== 0 ? byFirstWord.get(h) : undefined;
        if (candidates) {
          for (const re of candidates) {
            re.lastIndex = start;
            const m = re.exec(text);
            // a phrase ends where a word does: its end is fixed by its last word, so one test says so
            if (m && !endsInWord(text, re.lastIndex)) return m[0];
          }
        }
        start = -1;
      }
    }
    return null;
  };
}

export function loadDiscards(file: string): Discards {
  const text = readDataFile(file, 'the discards list');
  return parseDiscards(text, file);
}
