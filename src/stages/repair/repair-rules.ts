// Loads `data/repairs.tsv` and compiles it, once, into the tables and the one scanning regex the repair pass uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MOJIBAKE_RUN } from './mojibake.js';
import { BUNDLED_DATA_DIR } from '../../package-root.js';

export type TagAction = 'block' | 'line' | 'space' | 'inline' | 'drop';

/** A pattern rule from the data file (machine-translation leftovers, known mojibake forms). */
export interface PatternRule {
  id: string;
  kind: string;
  pattern: string;
  replace: string;
}

export interface RepairRules {
  /** Tag name (lower case) → what removing it leaves behind. */
  tags: Map<string, TagAction>;
  /** Named entities safe to repair in mangled forms (`quot`, `apos`, ...). */
  mangledNames: Set<string>;
  /** Code points of numeric entities safe to repair in mangled forms (39 for `& # 39;`). */
  mangledNumbers: Set<number>;
  patterns: PatternRule[];
}

/** The compiled scanner: one global regex whose top-level groups say which alternative matched. */
export interface CompiledRepairRules extends RepairRules {
  scanner: RegExp;
  /** Group index of each alternative in `scanner`. */
  groups: {
    comment: number;
    drop: number;
    patterns: number[];
    entity: number;
    tag: number;
    mojibake: number;
  };
}

const DATA_FILE = path.join(BUNDLED_DATA_DIR, 'repairs.tsv');

/**
 * The entity alternative's own groups, in order (see `entityEdit` in repair-text.ts). A comma
 * stands for `&` only in the exact shape `,name;` / `,#num;` (entityEdit rejects every other
 * one), so the lookahead requires that shape: without it nearly every `, word` in running text
 * was a scanner match, built and then thrown away.
 */
export const ENTITY_PATTERN =
  '( ?)(&|,(?=#?[0-9A-Za-z]{1,32};))((?:amp;)*)( ?)(?:(#)( ?)(\\d{1,7}|[xX][0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}))( ?)(;?)( ?)';

const TAG_ACTIONS: readonly TagAction[] = ['block', 'line', 'space', 'inline', 'drop'];

export function parseRepairRules(tsv: string, file = 'repairs.tsv'): RepairRules {
  const rules: RepairRules = { tags: new Map(), mangledNames: new Set(), mangledNumbers: new Set(), patterns: [] };
  const lines = tsv.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [id = '', type = '', match = '', replace = ''] = line.split('\t');
    const where = `${file}:${i + 1} (${id})`;
    if (!match) throw new Error(`${where}: empty match column`);
    if (type === 'tag') {
      if (!TAG_ACTIONS.includes(replace as TagAction)) throw new Error(`${where}: tag action must be one of ${TAG_ACTIONS.join(', ')}`);
      rules.tags.set(match.toLowerCase(), replace as TagAction);
    } else if (type === 'entity') {
      if (match.startsWith('#')) rules.mangledNumbers.add(Number.parseInt(match.slice(1), 10));
      else rules.mangledNames.add(match);
    } else if (type === 'mt-leftover' || type === 'mojibake') {
      let groups: number;
      try {
        groups = (new RegExp(`${match}|`, 'u').exec('')?.length ?? 1) - 1;
      } catch (err) {
        throw new Error(`${where}: bad pattern: ${(err as Error).message}`);
      }
      if (groups > 0) throw new Error(`${where}: patterns must not have capturing groups; use (?:...)`);
      rules.patterns.push({ id, kind: type, pattern: match, replace });
    } else {
      throw new Error(`${where}: unknown type "${type}"`);
    }
  });
  return rules;
}

/** Number of capturing groups in a pattern, counted by the regex engine itself. */
function groupCount(pattern: string): number {
  return (new RegExp(`${pattern}|`, 'u').exec('')?.length ?? 1) - 1;
}

/** Characters that are not a literal on their own in a regular expression. */
const REGEX_SPECIAL = new Set('\\^$.|?*+()[]{}'.split(''));
/** Characters that make the character before them optional or repeated. */
const QUANTIFIER = new Set('?*+{'.split(''));

/**
 * Rewrites `(?<=L)cREST` as `c(?<=(?:L)c)REST` (and `(?<!L)` likewise) when `c` is a plain literal:
 * the same matches, but the regex engine can reject a start position by its first character
 * instead of running the lookbehind at every position of every text (which made one data rule,
 * `(?<=[.!?]["”’]? )UU\.`, cost more than all the others together). Any other shape is returned as is.
 */
export function hoistLeadingLookbehind(pattern: string): string {
  if (!pattern.startsWith('(?<=') && !pattern.startsWith('(?<!')) return pattern;
  const end = groupEnd(pattern, 0);
  if (end < 0) return pattern;
  const c = pattern[end];
  if (c === undefined || REGEX_SPECIAL.has(c) || /[\uD800-\uDFFF]/.test(c)) return pattern;
  if (QUANTIFIER.has(pattern[end + 1] ?? '')) return pattern;
  // `(?:L)`: an alternation in L must not swallow the `c` appended to it.
  return `${c}${pattern.slice(0, 4)}(?:${pattern.slice(4, end - 1)})${c})${pattern.slice(end + 1)}`;
}

/** Index just past the group opening at `open`, honouring escapes and character classes; -1 when unbalanced. */
function groupEnd(pattern: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')' && --depth === 0) {
      return i + 1;
    }
  }
  return -1;
}

export function compileRepairRules(rules: RepairRules): CompiledRepairRules {
  const drops = [...rules.tags].filter(([, a]) => a === 'drop').map(([t]) => t);
  const alternatives: { key: string; pattern: string }[] = [{ key: 'comment', pattern: '<!--[\\s\\S]*?-->' }];
  if (drops.length) {
    const names = drops.join('|');
    alternatives.push({ key: 'drop', pattern: `<(?:${names})\\b[^>]*>[\\s\\S]*?<\\/(?:${names})\\s*>` });
  }
  rules.patterns.forEach((p, k) => alternatives.push({ key: `pattern:${k}`, pattern: hoistLeadingLookbehind(p.pattern) }));
  alternatives.push({ key: 'entity', pattern: ENTITY_PATTERN });
  alternatives.push({ key: 'tag', pattern: '<(\\/?)([A-Za-z][A-Za-z0-9]{0,15})(?:\\s[^<>]{0,1000})?\\/?>' });
  alternatives.push({ key: 'mojibake', pattern: MOJIBAKE_RUN });

  const groups: CompiledRepairRules['groups'] = { comment: 0, drop: -1, patterns: [], entity: 0, tag: 0, mojibake: 0 };
  let next = 1;
  const parts: string[] = [];
  for (const alt of alternatives) {
    parts.push(`(${alt.pattern})`);
    if (alt.key.startsWith('pattern:')) groups.patterns.push(next);
    else (groups as unknown as Record<string, number>)[alt.key] = next;
    next += 1 + groupCount(alt.pattern);
  }
  return { ...rules, scanner: new RegExp(parts.join('|'), 'gu'), groups };
}

let defaultRules: CompiledRepairRules | undefined;

/** The bundled rules, read and compiled on first use and shared by every repair stage. */
export function loadRepairRules(file: string = DATA_FILE): CompiledRepairRules {
  if (file === DATA_FILE && defaultRules) return defaultRules;
  const compiled = compileRepairRules(parseRepairRules(readFileSync(file, 'utf8'), file));
  if (file === DATA_FILE) defaultRules = compiled;
  return compiled;
}
