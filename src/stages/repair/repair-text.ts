// The repair pass: one scan of the raw text finds every repair, whitespace is normalised around them, and the edits build the offset map.
import { decodeHTMLStrict } from 'entities';
import { OffsetMap, type Edit } from '../../model/offset-map.js';
import type { Repair } from '../../model/types.js';
import { decodeMojibakeRun } from './mojibake.js';
import { loadRepairRules, type CompiledRepairRules } from './repair-rules.js';

export interface RepairResult {
  text: string;
  repairs: Repair[];
  offsets: OffsetMap;
  /** Whitespace repairs made but left out of `repairs` to keep the record small. */
  unlistedWhitespace: number;
}

export interface RepairOptions {
  rules?: CompiledRepairRules;
  /** At most this many whitespace repairs are listed; the rest are counted in `unlistedWhitespace`. */
  maxWhitespaceRepairs?: number;
}

/** A stretch of raw text and what it becomes; `kind` is null for text copied as is. */
interface Piece {
  rawStart: number;
  rawEnd: number;
  out: string;
  kind: string | null;
  /** Whitespace or nothing: takes part in whitespace normalisation with its neighbours. */
  ws: boolean;
}

/** Marks a whitespace run that normalisation may change: see `changingWhitespace`. */
const CHANGE_HINT = /[^\S ]| [\s,.;:)"”]/g;
const ALL_WS = /^\s*$/;
const ALNUM = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const APOSTROPHES = new Set(["'", '’']);
const TAG_OUTPUT = { block: '\n\n', line: '\n', space: ' ', inline: '', drop: '' } as const;

/** Repairs `raw`; pure, and fast enough to run on every article. */
export function repairText(raw: string, options: RepairOptions = {}): RepairResult {
  const rules = options.rules ?? loadRepairRules();
  const found = scan(raw, rules);
  const pieces = toPieces(raw, found);
  const edits = normalise(pieces);
  const offsets = OffsetMap.fromEdits(raw, edits);
  const max = options.maxWhitespaceRepairs ?? 50;
  const repairs: Repair[] = [];
  let unlistedWhitespace = 0;
  for (const e of edits as KindEdit[]) {
    if (e.kind === 'whitespace' && ++unlistedWhitespace > max) continue;
    repairs.push({ kind: e.kind, raw: raw.slice(e.rawStart, e.rawEnd), text: e.text, rawSpan: [e.rawStart, e.rawEnd] });
  }
  return { text: offsets.text, repairs, offsets, unlistedWhitespace: Math.max(0, unlistedWhitespace - max) };
}

interface KindEdit extends Edit {
  kind: string;
}

/** Finds the non-whitespace repairs, left to right, never overlapping. */
function scan(raw: string, rules: CompiledRepairRules): KindEdit[] {
  const edits: KindEdit[] = [];
  const re = rules.scanner;
  const g = rules.groups;
  re.lastIndex = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const at = m.index;
    const end = at + m[0].length;
    if (m[g.comment] !== undefined || (g.drop > 0 && m[g.drop] !== undefined)) {
      edits.push({ rawStart: at, rawEnd: end, text: '', kind: 'markup' });
      continue;
    }
    const p = g.patterns.findIndex((k) => m[k] !== undefined);
    if (p >= 0) {
      const rule = rules.patterns[p]!;
      edits.push({ rawStart: at, rawEnd: end, text: rule.replace, kind: rule.kind });
      if (end === at) re.lastIndex = at + 1;
      continue;
    }
    if (m[g.entity] !== undefined) {
      const e = entityEdit(raw, m, g.entity, rules);
      if (e) {
        edits.push(e);
        re.lastIndex = e.rawEnd;
      } else {
        re.lastIndex = at + 1;
      }
      continue;
    }
    if (m[g.tag] !== undefined) {
      const action = rules.tags.get(m[g.tag + 2]!.toLowerCase());
      if (action) edits.push({ rawStart: at, rawEnd: end, text: TAG_OUTPUT[action], kind: 'markup' });
      else re.lastIndex = at + 1;
      continue;
    }
    if (m[g.mojibake] !== undefined) {
      for (const f of decodeMojibakeRun(m[0])) edits.push({ rawStart: at + f.start, rawEnd: at + f.end, text: f.text, kind: 'mojibake' });
    }
  }
  return edits;
}

/** Decides what an entity-shaped match is: a proper entity, a mangled one, or plain text. */
function entityEdit(raw: string, m: RegExpExecArray, g0: number, rules: CompiledRepairRules): KindEdit | null {
  const lead = m[g0 + 1]!;
  const sep = m[g0 + 2]!;
  const amps = m[g0 + 3]!;
  const sp1 = m[g0 + 4]!;
  const hash = m[g0 + 5];
  const sp2 = m[g0 + 6] ?? '';
  const num = m[g0 + 7];
  const name = m[g0 + 8];
  const sp3 = m[g0 + 9]!;
  const semi = m[g0 + 10]!;
  const trail = m[g0 + 11]!;
  const body = hash ? `#${num}` : name!;
  // Without `;` a space after the name belongs to the text that follows, not to the entity.
  const spaced = sp1 + sp2 + (semi ? sp3 : '') !== '';
  const coreStart = m.index + lead.length;
  let coreEnd = m.index + m[0].length - trail.length;
  let kind: string;
  if (amps) {
    if (sep !== '&') return null;
    const proper = !spaced && semi === ';' ? decodeEntity(`&${body};`) : null;
    // `&amp;quot;` is encoded twice; `&amp;Tom` is one `&amp;` followed by text.
    if (proper !== null) return { rawStart: coreStart, rawEnd: coreEnd, text: proper, kind: 'html-entity' };
    return { rawStart: coreStart, rawEnd: coreStart + 5, text: '&', kind: 'html-entity' };
  }
  if (sep === '&' && !spaced && semi === ';') {
    kind = 'html-entity';
  } else {
    // Mangled shapes only for entities the data names, so `,not;` or `& C` stay text.
    const known = hash ? rules.mangledNumbers.has(numericValue(num!)) : rules.mangledNames.has(name!);
    if (!known) return null;
    if (sep === ',' && (spaced || semi !== ';')) return null;
    if (sep === '&' && semi !== ';') {
      if (spaced) return null;
      // `&quot` without `;` only when no letter or digit follows (`&quotes` is not an entity).
      coreEnd = coreStart + 1 + body.length;
      if (!hash && ALNUM.test(raw[coreEnd] ?? '')) return null;
    }
    kind = 'mangled-entity';
  }
  const text = decodeEntity(`&${body};`);
  if (text === null) return null;
  // `O & # 39; Brien`: the spaces around a mangled apostrophe were added by the mangling.
  if (kind === 'mangled-entity' && spaced && APOSTROPHES.has(text) && lead && trail
    && LETTER.test(raw[m.index - 1] ?? '') && LETTER.test(raw[m.index + m[0].length] ?? '')) {
    return { rawStart: m.index, rawEnd: m.index + m[0].length, text, kind };
  }
  return { rawStart: coreStart, rawEnd: coreEnd, text, kind };
}

function numericValue(num: string): number {
  return num[0] === 'x' || num[0] === 'X' ? Number.parseInt(num.slice(1), 16) : Number.parseInt(num, 10);
}

/** Decodes one entity; null when it is not a known entity. */
function decodeEntity(entity: string): string | null {
  const out = decodeHTMLStrict(entity);
  // `&#0;` and other invalid numbers decode to U+FFFD: that is no repair.
  return out === entity || out.includes('\uFFFD') ? null : out;
}

/**
 * Cuts raw into pieces: the repairs found, whitespace that may change, and copied text. A
 * plain single space between words cannot change, so it stays inside the copied text: that
 * keeps the piece list short.
 */
function toPieces(raw: string, edits: KindEdit[]): Piece[] {
  const pieces: Piece[] = [];
  // One scan for the whole text (start, end pairs), consumed gap by gap, keeps this linear.
  const changing = changingWhitespace(raw);
  let k = 0;
  const copy = (a: number, b: number): void => {
    if (b > a) pieces.push({ rawStart: a, rawEnd: b, out: raw.slice(a, b), kind: null, ws: false });
  };
  const space = (a: number, b: number): void => {
    if (b > a) pieces.push({ rawStart: a, rawEnd: b, out: raw.slice(a, b), kind: null, ws: true });
  };
  const gap = (from: number, to: number): void => {
    if (to <= from) return;
    let leadEnd = from;
    while (leadEnd < to && isSpace(raw.charCodeAt(leadEnd))) leadEnd++;
    space(from, leadEnd);
    if (leadEnd === to) return;
    let trailStart = to;
    while (trailStart > leadEnd && isSpace(raw.charCodeAt(trailStart - 1))) trailStart--;
    let pos = leadEnd;
    while (k < changing.length && changing[k]! < leadEnd) k += 2;
    for (; k < changing.length && changing[k]! < trailStart; k += 2) {
      copy(pos, changing[k]!);
      space(changing[k]!, changing[k + 1]!);
      pos = changing[k + 1]!;
    }
    copy(pos, trailStart);
    space(trailStart, to);
  };
  let pos = 0;
  for (const e of edits) {
    gap(pos, e.rawStart);
    pieces.push({ rawStart: e.rawStart, rawEnd: e.rawEnd, out: e.text, kind: e.kind, ws: ALL_WS.test(e.text) });
    pos = e.rawEnd;
  }
  gap(pos, raw.length);
  return pieces;
}

/**
 * Whitespace runs that normalisation may change, as (start, end) pairs: a run holding anything but
 * plain spaces (line breaks, tabs, odd spaces), two or more spaces, or one space before `,.;:)"”`.
 * Each such run, and only such a run, holds a `CHANGE_HINT` match; the regex finds those about
 * twice as fast as one matching whole runs, which would have to try every single space.
 */
export function changingWhitespace(raw: string): number[] {
  const out: number[] = [];
  CHANGE_HINT.lastIndex = 0;
  for (let m = CHANGE_HINT.exec(raw); m; m = CHANGE_HINT.exec(raw)) {
    let a = m.index;
    while (a > 0 && isSpace(raw.charCodeAt(a - 1))) a--;
    let b = m.index + 1;
    while (b < raw.length && isSpace(raw.charCodeAt(b))) b++;
    out.push(a, b);
    CHANGE_HINT.lastIndex = b;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

function newlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && s.charCodeAt(i + 1) !== 10) n++;
    else if (c === 0x2028 || c === 0x2029) n++;
  }
  return n;
}

function countQuotes(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * Normalises whitespace: each run of whitespace-like pieces (spaces, removed tags, paragraph
 * tags) becomes one space, one newline or one paragraph break, or nothing where punctuation
 * follows; returns every change as an edit with its kind.
 */
function normalise(pieces: Piece[]): KindEdit[] {
  const edits: KindEdit[] = [];
  let prev = '';
  let quoteOpen = false;
  let k = 0;
  while (k < pieces.length) {
    const p = pieces[k]!;
    if (!p.ws) {
      if (p.kind) edits.push({ rawStart: p.rawStart, rawEnd: p.rawEnd, text: p.out, kind: p.kind });
      if (p.out) {
        prev = p.out[p.out.length - 1]!;
        // Copied text may hold line breaks that needed no change; quotes pair within a paragraph.
        const nl = p.kind ? -1 : p.out.lastIndexOf('\n');
        if (nl >= 0) quoteOpen = countQuotes(p.out.slice(nl + 1)) % 2 === 1;
        else if (countQuotes(p.out) % 2) quoteOpen = !quoteOpen;
      }
      k++;
      continue;
    }
    let j = k;
    let nl = 0;
    let space = false;
    let kind: string | null = null;
    for (; j < pieces.length && pieces[j]!.ws; j++) {
      const q = pieces[j]!;
      const n = newlines(q.out);
      nl += n;
      if (q.out.length > n) space = true;
      if (q.kind && !kind) kind = q.kind;
    }
    const next = nextChars(pieces, j);
    let out = nl >= 2 ? '\n\n' : nl === 1 ? '\n' : space ? ' ' : '';
    if (prev === '' || next === '') out = '';
    else if (out === ' ') {
      const c = next[0]!;
      const after = next[1] ?? '';
      if (c === ')' || (',.;:'.includes(c) && !ALNUM.test(after))) out = '';
      else if ((c === '”' || (c === '"' && quoteOpen)) && '.!?,'.includes(prev) && !ALNUM.test(after)) out = '';
    }
    const rawStart = p.rawStart;
    const rawEnd = pieces[j - 1]!.rawEnd;
    const unchanged = j === k + 1 && !p.kind && p.out === out;
    if (!unchanged) edits.push({ rawStart, rawEnd, text: out, kind: kind ?? 'whitespace' });
    if (out.includes('\n')) quoteOpen = false;
    if (out) prev = out[out.length - 1]!;
    k = j;
  }
  return edits;
}

/** The first two characters of output from piece `j` on (whitespace counts as a space). */
function nextChars(pieces: Piece[], j: number): string {
  let s = '';
  for (let k = j; k < pieces.length && s.length < 2; k++) {
    const q = pieces[k]!;
    s += q.ws ? (q.out ? ' ' : '') : q.out;
  }
  return s.slice(0, 2);
}
