// Compares one coded record with a hand-written expectation (see README.md): found/missing per item, unexpected events, forbidden events.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ActorMention, DateMention, DyadEvent, DyadRecord, Modality, PlaceMention, Quote, Span } from '../model/types.js';

export const SECTIONS = ['events', 'quotes', 'actors', 'dates', 'places'] as const;
export type Section = (typeof SECTIONS)[number];

/** A code written by hand: a prefix (`USA` matches `USAGOV`), a list of alternatives, or null for "no actor". */
export type CodeSpec = string | string[] | null;

export interface ExpectedEvent {
  plover?: string;
  /** Prefix of the CAMEO code: `"19"` matches `190` and `193`. */
  cameo?: string;
  source?: CodeSpec;
  target?: CodeSpec;
  /** Prefix of the event date value: `"2020-02"` matches `2020-02-11`. */
  date?: string;
  modality?: Modality;
  reported?: boolean;
  /** Substring of the trigger text. */
  trigger?: string;
  /** Substring of the event's evidence span, to pin the event to a sentence. */
  text?: string;
  note?: string;
}

export interface ExpectedQuote {
  /** Substring of the quotation. */
  text: string;
  /** Speaker code prefix (`AFGGOV`, `AFG`) or a substring of the speaker's name or text. */
  speaker?: string | null;
  kind?: 'direct' | 'indirect';
  span?: Span;
  note?: string;
}

export interface ExpectedActor {
  text: string;
  code?: CodeSpec;
  span?: Span;
  note?: string;
}

export interface ExpectedDate {
  text?: string;
  /** Prefix of the resolved value. */
  value?: string;
  span?: Span;
  note?: string;
}

export interface ExpectedPlace {
  text: string;
  country?: string | null;
  span?: Span;
  note?: string;
}

export interface ExpectedSections {
  events: ExpectedEvent[];
  quotes: ExpectedQuote[];
  actors: ExpectedActor[];
  dates: ExpectedDate[];
  places: ExpectedPlace[];
}

/** An expectation file after reading: every section present, thresholds resolved. */
export interface ExpectedRecord {
  /** Where it was read from, for messages. */
  file: string | null;
  /** The article file, resolved against the expectation file's folder. */
  input: string | null;
  /** Inline article text, instead of `input`. */
  text: string | null;
  id: string | null;
  published: string | null;
  expect: ExpectedSections;
  forbid: { events: ExpectedEvent[] };
  minRecall: Record<Section, number>;
  minPrecision: number | null;
}

/** A mistake in an expectation file; the CLI prints it as one line naming the file. */
export class ExpectedFileError extends Error {}

export const DEFAULT_MIN_RECALL: Readonly<Record<Section, number>> = { events: 0.8, quotes: 1, actors: 1, dates: 1, places: 1 };

// ---- reading ---------------------------------------------------------------------------------

function fail(file: string, message: string): never {
  throw new ExpectedFileError(`${file}: ${message}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function rate(file: string, where: string, v: unknown): number {
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) fail(file, `${where} must be a number between 0 and 1`);
  return v;
}

function list<T>(file: string, where: string, v: unknown, check: (o: Record<string, unknown>, w: string) => void): T[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) fail(file, `${where} must be a list`);
  return v.map((item, i) => {
    if (!isObject(item)) fail(file, `${where}[${i}] must be an object`);
    check(item, `${where}[${i}]`);
    return item as T;
  });
}

function strings(file: string, w: string, o: Record<string, unknown>, keys: string[], required: string[] = []): void {
  for (const k of required) if (typeof o[k] !== 'string' || !o[k]) fail(file, `${w} needs "${k}"`);
  for (const k of keys) {
    const v = o[k];
    if (v === undefined || v === null || typeof v === 'string') continue;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string') && ['source', 'target', 'code'].includes(k)) continue;
    fail(file, `${w}.${k} must be a string`);
  }
  if (o.span !== undefined && !(Array.isArray(o.span) && o.span.length === 2 && o.span.every((n) => Number.isInteger(n)))) {
    fail(file, `${w}.span must be [start, end]`);
  }
}

function checkEvent(file: string) {
  return (o: Record<string, unknown>, w: string) => {
    strings(file, w, o, ['plover', 'cameo', 'source', 'target', 'date', 'modality', 'trigger', 'text', 'note']);
    if (o.plover === undefined && o.cameo === undefined && o.source === undefined && o.target === undefined && o.trigger === undefined) {
      fail(file, `${w} says nothing to match: give at least "plover" or "cameo", "source", "target" or "trigger"`);
    }
    if (o.reported !== undefined && typeof o.reported !== 'boolean') fail(file, `${w}.reported must be true or false`);
  };
}

/** Validates parsed JSON as an expectation; `file` names it in messages and anchors `input`. */
export function parseExpectedRecord(json: unknown, file = 'expected record'): ExpectedRecord {
  if (!isObject(json)) fail(file, 'expected a JSON object with "input" (or "text") and "expect"');
  const exp = json.expect;
  if (!isObject(exp)) fail(file, 'needs an "expect" object');
  const input = json.input;
  if (input !== undefined && typeof input !== 'string') fail(file, '"input" must be a path');
  if (json.text !== undefined && typeof json.text !== 'string') fail(file, '"text" must be a string');
  const published = json.published ?? json.date;
  if (published !== undefined && published !== null && typeof published !== 'string') fail(file, '"published" must be YYYY-MM-DD');

  const minRecall: Record<Section, number> = { ...DEFAULT_MIN_RECALL };
  const mr = json.minRecall ?? exp.minRecall;
  if (typeof mr === 'number') for (const s of SECTIONS) minRecall[s] = rate(file, 'minRecall', mr);
  else if (isObject(mr)) {
    for (const [k, v] of Object.entries(mr)) {
      if (!(SECTIONS as readonly string[]).includes(k)) fail(file, `minRecall.${k} is not a section (${SECTIONS.join(', ')})`);
      minRecall[k as Section] = rate(file, `minRecall.${k}`, v);
    }
  } else if (mr !== undefined) fail(file, '"minRecall" must be a number or an object per section');
  const mp = json.minPrecision ?? exp.minPrecision;

  // `forbid` is accepted beside `expect` and inside it, as people write both.
  const forbidEvents: ExpectedEvent[] = [];
  for (const [where, f] of [['forbid', json.forbid], ['expect.forbid', exp.forbid]] as const) {
    if (f === undefined) continue;
    if (!isObject(f)) fail(file, `"${where}" must be an object like {"events": [...]}`);
    forbidEvents.push(...list<ExpectedEvent>(file, `${where}.events`, f.events, checkEvent(file)));
  }

  const base = file === 'expected record' ? process.cwd() : path.dirname(file);
  return {
    file: file === 'expected record' ? null : file,
    input: typeof input === 'string' ? path.resolve(base, input) : null,
    text: typeof json.text === 'string' ? json.text : null,
    id: typeof json.id === 'string' ? json.id : null,
    published: typeof published === 'string' ? published : null,
    expect: {
      events: list<ExpectedEvent>(file, 'expect.events', exp.events, checkEvent(file)),
      quotes: list<ExpectedQuote>(file, 'expect.quotes', exp.quotes, (o, w) => strings(file, w, o, ['speaker', 'kind', 'note'], ['text'])),
      actors: list<ExpectedActor>(file, 'expect.actors', exp.actors, (o, w) => strings(file, w, o, ['code', 'note'], ['text'])),
      dates: list<ExpectedDate>(file, 'expect.dates', exp.dates, (o, w) => {
        strings(file, w, o, ['text', 'value', 'note']);
        if (!o.text && !o.value) fail(file, `${w} needs "text" or "value"`);
      }),
      places: list<ExpectedPlace>(file, 'expect.places', exp.places, (o, w) => strings(file, w, o, ['country', 'note'], ['text'])),
    },
    forbid: { events: forbidEvents },
    minRecall,
    minPrecision: mp === undefined || mp === null ? null : rate(file, 'minPrecision', mp),
  };
}

/** Reads an expectation file; a missing file or bad JSON is an `ExpectedFileError` naming it. */
export function loadExpectedRecord(file: string): ExpectedRecord {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    fail(file, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (err as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    fail(file, `not valid JSON (${(err as Error).message})`);
  }
  const expected = parseExpectedRecord(json, file);
  if (!expected.input && expected.text === null) fail(file, 'needs "input" (the article file, relative to this file) or "text"');
  return expected;
}

// ---- matching --------------------------------------------------------------------------------

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

function contains(haystack: string | null | undefined, needle: string): boolean {
  return haystack != null && norm(haystack).includes(norm(needle));
}

function codeMatches(spec: CodeSpec | undefined, code: string | null | undefined, present: boolean): boolean {
  if (spec === undefined) return true;
  if (spec === null) return !present;
  const specs = Array.isArray(spec) ? spec : [spec];
  if (!code) return false;
  const c = code.toUpperCase();
  return specs.some((s) => c.startsWith(s.trim().toUpperCase()));
}

function spanMatches(want: Span | undefined, got: Span): boolean {
  return !want || (want[0] === got[0] && want[1] === got[1]);
}

function eventMatches(x: ExpectedEvent, e: DyadEvent, text: string): boolean {
  if (x.plover !== undefined && (e.plover?.type ?? '') !== x.plover.trim().toUpperCase()) return false;
  if (x.cameo !== undefined && !e.cameo.startsWith(x.cameo.trim())) return false;
  if (!codeMatches(x.source, e.source?.code, e.source !== null)) return false;
  if (!codeMatches(x.target, e.target?.code, e.target !== null)) return false;
  if (x.date !== undefined && !(e.date?.value ?? '').startsWith(x.date)) return false;
  if (x.modality !== undefined && e.modality !== x.modality) return false;
  if (x.reported !== undefined && e.reported !== x.reported) return false;
  if (x.trigger !== undefined && !contains(e.trigger.text, x.trigger)) return false;
  if (x.text !== undefined && !contains(text.slice(e.span[0], e.span[1]), x.text)) return false;
  return true;
}

function quoteMatches(x: ExpectedQuote, q: Quote): boolean {
  if (!contains(q.text, x.text) || !spanMatches(x.span, q.span)) return false;
  if (x.kind !== undefined && q.kind !== x.kind) return false;
  if (x.speaker === undefined) return true;
  if (x.speaker === null) return q.speaker === null;
  const s = q.speaker;
  if (!s) return false;
  return (!!s.code && s.code.toUpperCase().startsWith(x.speaker.trim().toUpperCase())) || contains(s.name, x.speaker) || contains(s.text, x.speaker);
}

function actorMatches(x: ExpectedActor, a: ActorMention): boolean {
  return contains(a.text, x.text) && spanMatches(x.span, a.span) && codeMatches(x.code, a.code, a.code !== null);
}

function dateMatches(x: ExpectedDate, d: DateMention): boolean {
  return (x.text === undefined || contains(d.text, x.text)) && (x.value === undefined || d.value.startsWith(x.value)) && spanMatches(x.span, d.span);
}

function placeMatches(x: ExpectedPlace, p: PlaceMention): boolean {
  if (!contains(p.text, x.text) || !spanMatches(x.span, p.span)) return false;
  if (x.country === undefined) return true;
  return x.country === null ? p.country === null : (p.country ?? '').toUpperCase() === x.country.trim().toUpperCase();
}

/**
 * One-to-one assignment of expected items to emitted ones, so two expected `met` events need two
 * emitted ones. Items with the fewest candidates choose first, which is exact for the small
 * lists people write.
 */
function assign<X, E>(expected: X[], emitted: E[], match: (x: X, e: E) => boolean): (number | null)[] {
  const candidates = expected.map((x) => emitted.flatMap((e, j) => (match(x, e) ? [j] : [])));
  const order = expected.map((_, i) => i).sort((a, b) => candidates[a]!.length - candidates[b]!.length);
  const used = new Set<number>();
  const out: (number | null)[] = expected.map(() => null);
  for (const i of order) {
    const j = candidates[i]!.find((c) => !used.has(c));
    if (j !== undefined) {
      used.add(j);
      out[i] = j;
    }
  }
  return out;
}

// ---- comparison ------------------------------------------------------------------------------

export interface EventSummary {
  type: string | null;
  cameo: string;
  source: string | null;
  target: string | null;
  trigger: string;
  span: Span;
  date: string | null;
  modality: Modality;
  rule: string;
}

export interface ItemResult<X> {
  expected: X;
  found: boolean;
  /** Index of the matched item in the record's list (`record.events[match]`), or null. */
  match: number | null;
}

export interface SectionResult<X> {
  listed: number;
  found: number;
  recall: number | null;
  min: number;
  pass: boolean;
  items: ItemResult<X>[];
}

export interface RecordComparison {
  id: string;
  file: string | null;
  pass: boolean;
  sections: {
    events: SectionResult<ExpectedEvent>;
    quotes: SectionResult<ExpectedQuote>;
    actors: SectionResult<ExpectedActor>;
    dates: SectionResult<ExpectedDate>;
    places: SectionResult<ExpectedPlace>;
  };
  /** Events with a PLOVER type: how many match some expected event. */
  precision: { emitted: number; matched: number; rate: number | null; min: number | null };
  /** Emitted events with a PLOVER type that match no expected event. */
  unexpected: EventSummary[];
  /** Emitted events that match a `forbid` pattern: any one fails the comparison. */
  forbidden: { rule: ExpectedEvent; event: EventSummary }[];
  /** Why the comparison failed, one line each; empty when it passed. */
  reasons: string[];
}

export function summarizeEvent(e: DyadEvent): EventSummary {
  return {
    type: e.plover?.type ?? null, cameo: e.cameo, source: e.source?.code ?? null, target: e.target?.code ?? null,
    trigger: e.trigger.text, span: e.span, date: e.date?.value ?? null, modality: e.modality, rule: e.rule,
  };
}

function section<X, E>(expected: X[], emitted: E[], match: (x: X, e: E) => boolean, min: number): SectionResult<X> {
  const a = assign(expected, emitted, match);
  const items = expected.map((x, i) => ({ expected: x, found: a[i] !== null, match: a[i] ?? null }));
  const found = items.filter((i) => i.found).length;
  const recall = expected.length ? found / expected.length : null;
  return { listed: expected.length, found, recall, min, pass: recall === null || recall >= min - 1e-9, items };
}

export function compareRecord(expected: ExpectedRecord, record: DyadRecord): RecordComparison {
  const x = expected.expect;
  const text = record.text;
  const sections = {
    events: section(x.events, record.events, (p, e) => eventMatches(p, e, text), expected.minRecall.events),
    quotes: section(x.quotes, record.quotes, quoteMatches, expected.minRecall.quotes),
    actors: section(x.actors, record.actors, actorMatches, expected.minRecall.actors),
    dates: section(x.dates, record.dates, dateMatches, expected.minRecall.dates),
    places: section(x.places, record.places, placeMatches, expected.minRecall.places),
  };
  const typed = record.events.filter((e) => e.plover !== null);
  // Precision is tolerant: an emitted event that fits any expectation is not "unexpected", even a duplicate.
  const unexpected = typed.filter((e) => !x.events.some((p) => eventMatches(p, e, text)));
  const matched = typed.length - unexpected.length;
  const forbidden: RecordComparison['forbidden'] = [];
  for (const e of record.events) {
    const rule = expected.forbid.events.find((p) => eventMatches(p, e, text));
    if (rule) forbidden.push({ rule, event: summarizeEvent(e) });
  }
  const precision = { emitted: typed.length, matched, rate: typed.length ? matched / typed.length : null, min: expected.minPrecision };

  const reasons: string[] = [];
  for (const s of SECTIONS) {
    const r = sections[s];
    if (!r.pass) reasons.push(`${s}: found ${r.found}/${r.listed} (${pct(r.recall)}), needs ${pct(r.min)}`);
  }
  if (precision.min !== null && precision.rate !== null && precision.rate < precision.min - 1e-9) {
    reasons.push(`events: precision ${pct(precision.rate)} (${matched}/${typed.length}), needs ${pct(precision.min)}`);
  }
  if (forbidden.length) reasons.push(`${forbidden.length} forbidden event(s) emitted`);
  return {
    id: record.id,
    file: expected.file,
    pass: reasons.length === 0,
    sections,
    precision,
    unexpected: unexpected.map(summarizeEvent),
    forbidden,
    reasons,
  };
}

// ---- formatting ------------------------------------------------------------------------------

function pct(r: number | null): string {
  return r === null ? '—' : `${(100 * r).toFixed(1)}%`;
}

function codeSpec(c: CodeSpec | undefined): string {
  if (c === undefined) return '*';
  if (c === null) return '—';
  return Array.isArray(c) ? c.join('|') : c;
}

function describeExpected(s: Section, item: unknown): string {
  switch (s) {
    case 'events': {
      const e = item as ExpectedEvent;
      const parts = [e.plover ?? (e.cameo !== undefined ? `CAMEO ${e.cameo}*` : 'any type'), `${codeSpec(e.source)} → ${codeSpec(e.target)}`];
      if (e.date) parts.push(`on ${e.date}`);
      if (e.modality) parts.push(`[${e.modality}]`);
      if (e.trigger) parts.push(`“${e.trigger}”`);
      return parts.join(' ');
    }
    case 'quotes': {
      const q = item as ExpectedQuote;
      return `“${q.text}”${q.speaker !== undefined ? ` by ${q.speaker ?? 'nobody'}` : ''}`;
    }
    case 'actors': {
      const a = item as ExpectedActor;
      return `“${a.text}” ${codeSpec(a.code)}`;
    }
    case 'dates': {
      const d = item as ExpectedDate;
      return `${d.text ? `“${d.text}” ` : ''}${d.value ?? '*'}`;
    }
    case 'places': {
      const p = item as ExpectedPlace;
      return `“${p.text}” ${p.country === undefined ? '*' : (p.country ?? '—')}`;
    }
  }
}

function describeEvent(e: EventSummary): string {
  const mod = e.modality !== 'asserted' ? ` [${e.modality}]` : '';
  return `${e.type ?? 'no PLOVER type'} (CAMEO ${e.cameo}) ${e.source ?? '—'} → ${e.target ?? '—'}${mod}  “${e.trigger}” [${e.span[0]}, ${e.span[1]})  ${e.rule}`;
}

/** One summary line per record. */
export function formatComparisonLine(c: RecordComparison): string {
  const parts = SECTIONS.filter((s) => c.sections[s].listed > 0).map((s) => `${s} ${c.sections[s].found}/${c.sections[s].listed}`);
  parts.push(`precision ${c.precision.matched}/${c.precision.emitted}`);
  if (c.forbidden.length) parts.push(`${c.forbidden.length} forbidden`);
  return `${c.pass ? 'PASS' : 'FAIL'}  ${c.file ?? c.id}  ${parts.join(' · ')}`;
}

export interface RecordFormatOptions {
  /** Also list the items that were found, not only the missing ones. */
  verbose?: boolean;
}

/** The comparison for people: the summary line, then what is missing, unexpected and forbidden. */
export function formatRecordComparison(c: RecordComparison, opts: RecordFormatOptions = {}): string {
  const lines = [formatComparisonLine(c)];
  for (const s of SECTIONS) {
    const r = c.sections[s];
    if (!r.listed) continue;
    lines.push(`  ${s}: ${r.found}/${r.listed} found (${pct(r.recall)}, needs ${pct(r.min)})`);
    for (const i of r.items) {
      if (i.found && !opts.verbose) continue;
      lines.push(`    ${i.found ? 'found  ' : 'MISSING'} ${describeExpected(s, i.expected)}${(i.expected as { note?: string }).note ? `  (${(i.expected as { note?: string }).note})` : ''}`);
    }
  }
  if (c.unexpected.length) {
    lines.push(`  unexpected events (${c.unexpected.length}):`);
    for (const e of c.unexpected) lines.push(`    ${describeEvent(e)}`);
  }
  if (c.forbidden.length) {
    lines.push(`  FORBIDDEN events (${c.forbidden.length}):`);
    for (const f of c.forbidden) lines.push(`    ${describeEvent(f.event)}  matches forbid ${describeExpected('events', f.rule)}`);
  }
  for (const r of c.reasons) lines.push(`  fails: ${r}`);
  return lines.join('\n') + '\n';
}
