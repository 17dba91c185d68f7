// Scores the coder against PLOVER gold sentences (shared/plover/SCORING.md): recall, precision, dyads, sectors.
import type { ActorRef, Article, DyadEvent, DyadRecord } from '../model/types.js';
import { loadGoldFixes, type GoldActor, type GoldFixes, type GoldRecord } from './plover-gold.js';

/** numerator / denominator, with the rate `null` when nothing was counted (never a fake 0 or 1). */
export interface Ratio {
  count: number;
  of: number;
  rate: number | null;
}

/** What Dyad emitted, told compactly enough for a person to read next to the gold. */
export interface EmittedEvent {
  /** PLOVER type, or null for CAMEO 01/02 (shown for context, never scored). */
  type: string | null;
  cameo: string;
  source: string | null;
  target: string | null;
  trigger: string;
  rule: string;
  modality: string;
}

export interface GoldSummary {
  id: string;
  text: string;
  /** The gold type after the draft→current map (`DEMAND` → `REQUEST`). */
  type: string;
  /** The type exactly as the gold file wrote it. */
  goldType: string;
  source: GoldActor[];
  target: GoldActor[];
}

export interface MissItem extends GoldSummary {
  emitted: EmittedEvent[];
  /** Why the coder emitted nothing, when it said so (events-stage diagnostics), or a crash message. */
  notes: string[];
}

export interface FalseEventItem extends GoldSummary {
  event: EmittedEvent;
}

export interface DyadErrorItem extends GoldSummary {
  /** The emitted events of the gold type, none of which had the gold actors. */
  emitted: EmittedEvent[];
}

export interface PloverFigures {
  /** Gold records (of a type, in a type row), and how many of them Dyad found. */
  recall: Ratio;
  /** Emitted events (of a type, in a type row), and how many had their record's gold type. */
  precision: Ratio;
  dyad: Ratio;
  sector: Ratio;
  /** On found records whose gold has a mode: the matched event's mode equals it. */
  mode: Ratio;
  /** On found records whose gold has a context: the matched event shares at least one context. */
  context: Ratio;
}

/** The figures of one event type. */
export interface TypeFigures extends PloverFigures {
  type: string;
}

export interface PloverReport {
  records: number;
  overall: PloverFigures;
  /** One row per type seen in the gold or emitted, sorted by name. */
  types: TypeFigures[];
  misses: MissItem[];
  falseEvents: FalseEventItem[];
  dyadErrors: DyadErrorItem[];
  /** Records the coder threw on; they count as records with no events. */
  crashes: { id: string; message: string }[];
  /** Set by `filterPloverReport`: rows and lists concern this type only; `overall` still covers all. */
  filter?: string;
}

export interface ScoreOptions {
  /** How gold types, codes and sectors are read; defaults to `data/eval/plover-gold-fixes.tsv`. */
  fixes?: GoldFixes;
}

function ratio(count: number, of: number): Ratio {
  return { count, of, rate: of === 0 ? null : count / of };
}

function root(code: string | null | undefined): string | null {
  if (!code) return null;
  const r = code.trim().slice(0, 3).toUpperCase();
  return r.length === 3 ? r : null;
}

/** The Article that `dyad code` would build from a gold sentence in the batch JSONL form. */
export function goldArticle(g: GoldRecord): Article {
  return { id: g.id, published: g.date, raw: g.text, title: null, url: null, publisher: null };
}

function emitted(e: DyadEvent): EmittedEvent {
  return {
    type: e.plover?.type ?? null,
    cameo: e.cameo,
    source: e.source?.code ?? null,
    target: e.target?.code ?? null,
    trigger: e.trigger.text,
    rule: e.rule,
    modality: e.modality,
  };
}

/** Gold actors with roots and sectors already read through the fixes table. */
interface ReadActor {
  root: string;
  /** null: the gold gives no sector or marks it unknown. */
  sector: string | null;
}

function readActors(list: GoldActor[], fixes: GoldFixes): ReadActor[] {
  const out: ReadActor[] = [];
  for (const a of list) {
    const r = root(a.code);
    if (!r) continue;
    let sector: string | null = null;
    if (a.sector) {
      const raw = a.sector.trim().toUpperCase();
      // Sub-codes after the sector (`CVLkur`, `GOVMOS`) are ethnic/religious tags Dyad does not score.
      if (fixes.sector.has(raw)) sector = fixes.sector.get(raw) ?? null;
      else {
        const head = raw.slice(0, 3);
        sector = fixes.sector.has(head) ? (fixes.sector.get(head) ?? null) : head;
      }
    }
    out.push({ root: fixes.code.get(r) ?? r, sector });
  }
  return out;
}

function sideMatches(actor: ActorRef | null, gold: ReadActor[]): boolean {
  if (gold.length === 0) return true;
  const r = root(actor?.code);
  return r !== null && gold.some((g) => g.root === r);
}

/**
 * Sector checks for one side: only actors whose root matched a gold actor with a known sector count. An
 * actor emitted with no sector, where the gold also lists the bare state ("Germany will send tanks,
 * Chancellor Scholz's government said": DEU and DEUGOV), matched that bare state and is not checked.
 */
function sectorChecks(actor: ActorRef | null, gold: ReadActor[]): { checked: number; right: number } {
  const r = root(actor?.code);
  if (!actor || r === null) return { checked: 0, right: 0 };
  const candidates = gold.filter((g) => g.root === r && g.sector !== null);
  if (candidates.length === 0) return { checked: 0, right: 0 };
  const emittedSector = (actor.sector ?? '').trim().slice(0, 3).toUpperCase();
  if (emittedSector === '' && gold.some((g) => g.root === r && g.sector === null)) return { checked: 0, right: 0 };
  return { checked: 1, right: candidates.some((g) => g.sector === emittedSector) ? 1 : 0 };
}

function contexts(s: string | undefined): string[] {
  if (!s) return [];
  return s.split(/[,;]/).map((c) => c.trim().toLowerCase()).filter(Boolean);
}

interface Tally {
  gold: number;
  found: number;
  emitted: number;
  correct: number;
  dyadOk: number;
  sectorChecked: number;
  sectorRight: number;
  modeOf: number;
  modeOk: number;
  ctxOf: number;
  ctxOk: number;
}

/** Maps a type the way gold types are read, so `--type FIGHT` and `--type ASSAULT` mean the same. */
export function readGoldType(type: string, fixes: GoldFixes = loadGoldFixes()): string {
  const t = type.trim().toUpperCase();
  return fixes.type.get(t) ?? t;
}

export function scorePlover(gold: GoldRecord[], code: (a: Article) => DyadRecord, options: ScoreOptions = {}): PloverReport {
  const fixes = options.fixes ?? loadGoldFixes();
  const tallies = new Map<string, Tally>();
  const tally = (t: string): Tally => {
    let x = tallies.get(t);
    if (!x) tallies.set(t, (x = { gold: 0, found: 0, emitted: 0, correct: 0, dyadOk: 0, sectorChecked: 0, sectorRight: 0, modeOf: 0, modeOk: 0, ctxOf: 0, ctxOk: 0 }));
    return x;
  };
  const report: PloverReport = {
    records: gold.length,
    overall: {
      recall: ratio(0, 0), precision: ratio(0, 0), dyad: ratio(0, 0),
      sector: ratio(0, 0), mode: ratio(0, 0), context: ratio(0, 0),
    },
    types: [],
    misses: [],
    falseEvents: [],
    dyadErrors: [],
    crashes: [],
  };
  for (const g of gold) {
    const type = readGoldType(g.event, fixes);
    const sources = readActors(g.source, fixes);
    const targets = readActors(g.target, fixes);
    const summary: GoldSummary = {
      id: g.id, text: g.text, type, goldType: g.event,
      source: g.source,
      target: g.target,
    };
    const tt = tally(type);
    tt.gold++;

    let record: DyadRecord | null = null;
    const notes: string[] = [];
    try {
      record = code(goldArticle(g));
    } catch (err) {
      const message = (err as Error)?.message ?? String(err);
      report.crashes.push({ id: g.id, message });
      notes.push(`coder failed: ${message}`);
    }
    const all = record?.events ?? [];
    const typed = all.filter((e) => e.plover !== null);
    const hits = typed.filter((e) => e.plover!.type === type);

    for (const e of typed) {
      const t = tally(e.plover!.type);
      t.emitted++;
      if (e.plover!.type === type) {
        t.correct++;
      } else {
        report.falseEvents.push({ ...summary, event: emitted(e) });
      }
    }

    if (hits.length === 0) {
      for (const d of record?.diagnostics ?? []) if (d.stage === 'events') notes.push(d.message);
      report.misses.push({ ...summary, emitted: all.map(emitted), notes });
      continue;
    }
    tt.found++;

    // Several events of the gold type: the record is right when any of them has the gold dyad.
    const good = hits.find((e) => sideMatches(e.source, sources) && sideMatches(e.target, targets));
    if (good) {
      tt.dyadOk++;
    } else {
      report.dyadErrors.push({ ...summary, emitted: hits.map(emitted) });
    }
    const best = good ?? hits[0]!;
    for (const [actor, side] of [[best.source, sources], [best.target, targets]] as const) {
      const s = sectorChecks(actor, side);
      tt.sectorChecked += s.checked;
      tt.sectorRight += s.right;
    }
    const goldMode = (g.mode ?? '').trim().toLowerCase();
    if (goldMode) {
      tt.modeOf++;
      if (hits.some((e) => e.plover!.mode.trim().toLowerCase() === goldMode)) tt.modeOk++;
    }
    const goldCtx = contexts(g.context);
    if (goldCtx.length) {
      tt.ctxOf++;
      if (hits.some((e) => e.plover!.context.some((c) => goldCtx.includes(c.trim().toLowerCase())))) tt.ctxOk++;
    }
  }

  // Overall figures are sums of the per-type tallies, so the two can never disagree.
  const sum = (k: keyof Tally) => [...tallies.values()].reduce((n, t) => n + t[k], 0);
  report.overall = {
    recall: ratio(sum('found'), gold.length),
    precision: ratio(sum('correct'), sum('emitted')),
    dyad: ratio(sum('dyadOk'), sum('found')),
    sector: ratio(sum('sectorRight'), sum('sectorChecked')),
    mode: ratio(sum('modeOk'), sum('modeOf')),
    context: ratio(sum('ctxOk'), sum('ctxOf')),
  };
  report.types = [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, t]) => ({
      type,
      recall: ratio(t.found, t.gold),
      precision: ratio(t.correct, t.emitted),
      dyad: ratio(t.dyadOk, t.found),
      sector: ratio(t.sectorRight, t.sectorChecked),
      mode: ratio(t.modeOk, t.modeOf),
      context: ratio(t.ctxOk, t.ctxOf),
    }));
  return report;
}

/** Keeps only what concerns one type: its row, its misses and dyad errors, false events it took part in. */
export function filterPloverReport(report: PloverReport, type: string, fixes?: GoldFixes): PloverReport {
  const t = readGoldType(type, fixes);
  return {
    ...report,
    filter: t,
    types: report.types.filter((x) => x.type === t),
    misses: report.misses.filter((m) => m.type === t),
    falseEvents: report.falseEvents.filter((f) => f.type === t || f.event.type === t),
    dyadErrors: report.dyadErrors.filter((d) => d.type === t),
  };
}

function pct(r: Ratio): string {
  return r.rate === null ? '—' : `${(100 * r.rate).toFixed(1)}%`;
}

function figure(name: string, r: Ratio): string {
  return `${name} ${pct(r)} (${r.count}/${r.of})`;
}

function event(e: EmittedEvent): string {
  const type = e.type ?? 'no PLOVER type';
  const mod = e.modality && e.modality !== 'asserted' ? ` [${e.modality}]` : '';
  return `${type} (CAMEO ${e.cameo}) ${e.source ?? '—'} → ${e.target ?? '—'}${mod}  “${e.trigger}”  ${e.rule}`;
}

function goldActors(list: GoldActor[]): string {
  if (!list.length) return '—';
  return list.map((a) => `${a.code}${a.sector ?? ''}${a.actorText ? ` (${a.actorText})` : ''}`).join(' + ');
}

function gold(g: GoldSummary): string {
  const type = g.type === g.goldType ? g.type : `${g.type} (gold ${g.goldType})`;
  return `${type}  ${goldActors(g.source)} → ${goldActors(g.target)}`;
}

function table(rows: string[][], rightAligned: Set<number>): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd());
}

export interface FormatOptions {
  /** List misses, false events and dyad errors after the figures. */
  misses: boolean;
}

/** The report for people: per-type table, the overall line, then (on request) what went wrong where. */
export function formatPloverReport(report: PloverReport, opts: FormatOptions): string {
  const rows: string[][] = [['type', 'gold', 'found', 'recall', 'emitted', 'precision', 'dyad', 'sector']];
  for (const t of report.types) {
    rows.push([t.type, String(t.recall.of), String(t.recall.count), pct(t.recall), String(t.precision.of), pct(t.precision), pct(t.dyad), pct(t.sector)]);
  }
  const o = report.overall;
  rows.push(['all', String(o.recall.of), String(o.recall.count), pct(o.recall), String(o.precision.of), pct(o.precision), pct(o.dyad), pct(o.sector)]);
  const lines = table(rows, new Set([1, 2, 3, 4, 5, 6, 7]));
  lines.splice(1, 0, '-'.repeat(lines[0]!.length));
  lines.splice(lines.length - 1, 0, '-'.repeat(lines[0]!.length));
  lines.push('');
  lines.push(`${report.records} records: ${figure('recall', o.recall)} · ${figure('precision', o.precision)} · ${figure('dyad', o.dyad)} · ${figure('sector', o.sector)}`);
  lines.push(`reported only: ${figure('mode', o.mode)} · ${figure('context', o.context)}`);
  if (report.filter) lines.push(`rows and lists: ${report.filter} only; the "all" row and the figures above cover every type`);
  if (report.crashes.length) lines.push(`the coder failed on ${report.crashes.length} record(s): ${report.crashes.slice(0, 3).map((c) => `${c.id} (${c.message})`).join('; ')}`);
  if (!opts.misses) return lines.join('\n') + '\n';

  lines.push('', `misses (${report.misses.length}): gold type not found`);
  for (const m of report.misses) {
    lines.push(`  ${m.id}  ${gold(m)}`, `    ${m.text}`);
    if (m.emitted.length === 0) lines.push('    emitted: nothing');
    for (const e of m.emitted) lines.push(`    emitted: ${event(e)}`);
    for (const n of m.notes) lines.push(`    note: ${n}`);
  }
  lines.push('', `false events (${report.falseEvents.length}): emitted type differs from the gold`);
  for (const f of report.falseEvents) lines.push(`  ${f.id}  gold ${gold(f)}`, `    ${f.text}`, `    emitted: ${event(f.event)}`);
  lines.push('', `dyad errors (${report.dyadErrors.length}): type found, actors wrong`);
  for (const d of report.dyadErrors) {
    lines.push(`  ${d.id}  gold ${gold(d)}`, `    ${d.text}`);
    for (const e of d.emitted) lines.push(`    emitted: ${event(e)}`);
  }
  return lines.join('\n') + '\n';
}
