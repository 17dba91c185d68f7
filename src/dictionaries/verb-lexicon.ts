// Loads data/verbs.tsv: verb/noun/adjective patterns that decide an event's CAMEO code.
import path from 'node:path';
import { cachedBuild, codeFiles } from './build-cache.js';
import { readDataFile } from './tsv-rows.js';

export type PatternElement = { kind: 'word'; alts: string[] } | { kind: 'target' } | { kind: 'source' };

export type TriggerKind = 'verb' | 'noun' | 'adj';

export interface VerbPattern {
  id: string;
  /** null for `---`: the pattern matches but codes nothing (it shadows less specific rows). */
  cameo: string | null;
  /** `v:blow_up` → `{ kind: 'verb', words: ['blow', 'up'] }`; the first word is the lemma to look up. */
  trigger: { kind: TriggerKind; words: string[] };
  /** What must follow the trigger, in order, inside the clause. */
  elements: PatternElement[];
  /** A final `!`: the event has only a source. */
  noTarget: boolean;
  /** `@MIL|REB`: the pattern codes an event only when its source has one of these sectors ("troops left Kabul"). */
  sourceSectors?: string[];
  /** `@!MIL|COP`: the pattern codes no event for a source of these sectors (police arriving somewhere pay no visit). */
  notSourceSectors?: string[];
  /**
   * Elements after the trigger (the target slot counts as one) plus the trigger's extra words,
   * so `v:call_off strike` (2) outranks `v:call_off` (1) which outranks a bare `v:call` (0).
   */
  specificity: number;
  reason?: string;
  line: number;
}

export interface VerbLexicon {
  patterns: VerbPattern[];
  /** Patterns whose trigger's first word is this lemma, most specific first, keyed `v:lemma` / `n:lemma` / `a:lemma`. */
  byTrigger: Map<string, VerbPattern[]>;
}

const PREFIX: Record<string, TriggerKind> = { v: 'verb', n: 'noun', a: 'adj' };
const KEY_PREFIX: Record<TriggerKind, string> = { verb: 'v', noun: 'n', adj: 'a' };
const ID = /^[a-z0-9][a-z0-9-]*$/;
const CAMEO = /^\d{2,4}$/;
// Words are lower-case letters (any script), digits, hyphens, apostrophes and dots ("u.s.").
const WORD = /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}'.-]*$/u;

/** The `byTrigger` key for a token: `triggerKey('verb', 'accuse')` → `v:accuse`. */
export function triggerKey(kind: TriggerKind, lemma: string): string {
  return `${KEY_PREFIX[kind]}:${lemma}`;
}

export function parseVerbLexicon(text: string, file = 'verbs.tsv'): VerbLexicon {
  const patterns: VerbPattern[] = [];
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cols = raw.split('\t').map((c) => c.trim());
    if (cols[0] === 'id' && cols[1] === 'cameo') return;
    const fail = (what: string): never => {
      throw new Error(`${file}:${line}: ${what}`);
    };
    const [id = '', code = '', pattern = '', reason = ''] = cols;
    if (cols.length < 3) fail('expected id<TAB>cameo<TAB>pattern[<TAB>reason]');
    if (!ID.test(id)) fail(`id "${id}" must be lower-case letters, digits and hyphens`);
    if (ids.has(id)) fail(`id "${id}" is used twice`);
    ids.add(id);
    if (code !== '---' && !CAMEO.test(code)) fail(`cameo "${code}" is neither a 2–4 digit code nor ---`);
    patterns.push({ id, cameo: code === '---' ? null : code, ...parsePattern(pattern, fail), line, ...(reason ? { reason } : {}) });
  });

  const byTrigger = new Map<string, VerbPattern[]>();
  for (const p of patterns) {
    const key = triggerKey(p.trigger.kind, p.trigger.words[0]!);
    const list = byTrigger.get(key);
    if (list) list.push(p);
    else byTrigger.set(key, [p]);
  }
  for (const list of byTrigger.values()) list.sort((a, b) => b.specificity - a.specificity || a.line - b.line);
  return { patterns, byTrigger };
}

function parsePattern(
  pattern: string,
  fail: (what: string) => never,
): Pick<VerbPattern, 'trigger' | 'elements' | 'noTarget' | 'specificity' | 'sourceSectors' | 'notSourceSectors'> {
  const parts = pattern.split(/\s+/).filter(Boolean);
  let sourceSectors: string[] | undefined;
  let notSourceSectors: string[] | undefined;
  if (parts[parts.length - 1]?.startsWith('@')) {
    const spec = parts.pop()!;
    const negated = spec.startsWith('@!');
    const sectors = spec.slice(negated ? 2 : 1).split('|');
    for (const s of sectors) if (!/^[A-Z]{3}$/.test(s)) fail(`source sectors "${spec}" must be three capital letters each, joined by | (after @, or @! to exclude them)`);
    if (negated) notSourceSectors = sectors;
    else sourceSectors = sectors;
  }
  const head = parts.shift();
  if (!head) return fail('empty pattern');
  const m = /^([vna]):(.+)$/.exec(head);
  if (!m) return fail(`pattern "${pattern}" must start with v:LEMMA, n:LEMMA or a:LEMMA`);
  const words = m[2]!.split('_');
  for (const w of words) if (!WORD.test(w)) fail(`trigger "${head}" has a bad word "${w}" (lower-case, no spaces)`);
  const trigger = { kind: PREFIX[m[1]!]!, words };

  let noTarget = false;
  if (parts[parts.length - 1] === '!') {
    noTarget = true;
    parts.pop();
  }
  const elements: PatternElement[] = [];
  for (const part of parts) {
    if (part === '!') fail('"!" (no target) may only end a pattern');
    if (part === '$') {
      // "received weapons from $": the one named after the verb acts, and the verb's subject is its target;
      // "the meeting of $ with *": the one named there is the event noun's doer
      if (trigger.kind === 'adj') fail('a source slot "$" is for verb and noun patterns only');
      if (noTarget) fail('a pattern cannot have both a source slot "$" and "!": its subject is the target');
      if (elements.some((e) => e.kind === 'source')) fail('a pattern has at most one source slot "$"');
      // (an event noun has no subject: "the meeting of $ with *" names both sides)
      if (trigger.kind === 'verb' && elements.some((e) => e.kind === 'target')) fail('a pattern cannot have both "$" and "*": with a source slot, the subject is the target');
      elements.push({ kind: 'source' });
      continue;
    }
    if (part === '*') {
      if (noTarget) fail('a pattern cannot have both a target slot "*" and "!"');
      if (trigger.kind === 'verb' && elements.some((e) => e.kind === 'source')) fail('a pattern cannot have both "$" and "*": with a source slot, the subject is the target');
      if (elements.some((e) => e.kind === 'target')) fail('a pattern has at most one target slot "*"');
      elements.push({ kind: 'target' });
      continue;
    }
    const alts = part.split('|');
    for (const a of alts) if (!WORD.test(a)) fail(`element "${part}" has a bad word "${a}" (lower-case, alternatives with |)`);
    elements.push({ kind: 'word', alts });
  }
  // a preposition or "to" says less than a content word: "offer apology" beats "offer to" on "offered a written apology to"
  const weight = (e: PatternElement): number => (e.kind === 'word' && e.alts.every((a) => FUNCTION_WORDS.has(a)) ? 0.5 : 1);
  return {
    trigger, elements, noTarget, specificity: elements.reduce((n, e) => n + weight(e), 0) + words.length - 1,
    ...(sourceSectors ? { sourceSectors } : {}),
    ...(notSourceSectors ? { notSourceSectors } : {}),
  };
}

/** Elements made only of these weigh half in a pattern's specificity. */
export const FUNCTION_WORDS = new Set(['to', 'with', 'on', 'in', 'into', 'for', 'from', 'against', 'of', 'at', 'by', 'over', 'about', 'that']);

/**
 * The lexicon of `file`, read back from the start-up cache when neither the file nor this module changed
 * (`build-cache.ts`): ~3,000 rows took ~45 ms to parse at start-up, where the code is not yet compiled.
 */
export function loadVerbLexicon(file: string): VerbLexicon {
  const code = codeFiles(import.meta.url, 'tsv-rows');
  const build = () => parseVerbLexicon(readDataFile(file, 'the verb lexicon'), file);
  return cachedBuild('verbs', [...code, file], { file: path.resolve(file), ext: path.extname(code[0]!) }, build, undefined, isVerbLexicon);
}

function isVerbLexicon(x: unknown): boolean {
  const lex = x as Partial<VerbLexicon> | null;
  return !!lex && Array.isArray(lex.patterns) && lex.byTrigger instanceof Map;
}
