// Reads PLOVER gold records (gsr-dev.json) and the table that maps their draft types and codes onto Dyad's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_DATA_DIR } from '../package-root.js';

/** The bundled `data/` folder; resolved here rather than taken from coder.ts so scoring never loads the NLP model. */


/** One hand-coded actor of a gold record, as written in the file. */
export interface GoldActor {
  actorText: string;
  code: string;
  sector?: string;
}

/**
 * One gold sentence with its single hand-coded event. `source`/`target` are always arrays here:
 * the file's `""`, bare strings (a misplaced context word) and absent values all become `[]`.
 */
export interface GoldRecord {
  id: string;
  date: string | null;
  text: string;
  /** The event type exactly as the gold file has it (an early PLOVER draft: `DEMAND`, `FIGHT`...). */
  event: string;
  source: GoldActor[];
  target: GoldActor[];
  mode?: string;
  /** Comma-separated in the file (`"diplomatic, military"`). */
  context?: string;
}

/** A mistake in a gold file the user has to fix; the CLI prints the message without a stack. */
export class GoldFileError extends Error {}

/** How gold types, country roots and sectors are read before they are compared with Dyad's. */
export interface GoldFixes {
  type: Map<string, string>;
  code: Map<string, string>;
  /** A sector mapped to `null` is unknown in the gold and is not scored. */
  sector: Map<string, string | null>;
}

const FIXES_FILE = path.join('eval', 'plover-gold-fixes.tsv');
const fixesCache = new Map<string, GoldFixes>();

/** Loads `data/eval/plover-gold-fixes.tsv` once per data folder. */
export function loadGoldFixes(dataDir: string = BUNDLED_DATA_DIR): GoldFixes {
  const cached = fixesCache.get(dataDir);
  if (cached) return cached;
  const fixes = parseGoldFixes(readFileSync(path.join(dataDir, FIXES_FILE), 'utf8'));
  fixesCache.set(dataDir, fixes);
  return fixes;
}

export function parseGoldFixes(tsv: string): GoldFixes {
  const fixes: GoldFixes = { type: new Map(), code: new Map(), sector: new Map() };
  for (const line of tsv.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [, kind, gold, dyad] = line.split('\t');
    if (!kind || !gold || dyad === undefined) continue;
    const from = gold.trim().toUpperCase();
    const to = dyad.trim().toUpperCase();
    if (kind === 'type') fixes.type.set(from, to);
    else if (kind === 'code') fixes.code.set(from, to);
    else if (kind === 'sector') fixes.sector.set(from, to === '-' ? null : to);
  }
  return fixes;
}

function actors(value: unknown): GoldActor[] {
  if (!Array.isArray(value)) return [];
  const out: GoldActor[] = [];
  for (const a of value) {
    if (!a || typeof a !== 'object') continue;
    const o = a as Record<string, unknown>;
    if (typeof o.code !== 'string' || !o.code.trim()) continue;
    const actor: GoldActor = { actorText: typeof o.actorText === 'string' ? o.actorText : '', code: o.code.trim() };
    if (typeof o.sector === 'string' && o.sector.trim()) actor.sector = o.sector.trim();
    out.push(actor);
  }
  return out;
}

/** Turns the parsed JSON of a gold file into records, skipping DOCUMENT headers. */
export function parsePloverGold(json: unknown, file = 'gold file'): GoldRecord[] {
  if (!Array.isArray(json)) throw new GoldFileError(`${file}: expected a JSON array of PLOVER records`);
  const out: GoldRecord[] = [];
  json.forEach((value, i) => {
    if (!value || typeof value !== 'object') throw new GoldFileError(`${file}: record ${i} is not an object`);
    const r = value as Record<string, unknown>;
    if (r.event === 'DOCUMENT') return;
    if (typeof r.event !== 'string' || typeof r.text !== 'string') {
      throw new GoldFileError(`${file}: record ${i}${typeof r.id === 'string' ? ` (${r.id})` : ''} needs string "event" and "text"`);
    }
    const rec: GoldRecord = {
      id: typeof r.id === 'string' ? r.id : `record-${i}`,
      date: typeof r.date === 'string' && r.date ? r.date.slice(0, 10) : null,
      text: r.text,
      event: r.event.trim(),
      source: actors(r.source),
      target: actors(r.target),
    };
    if (typeof r.mode === 'string') rec.mode = r.mode;
    if (typeof r.context === 'string') rec.context = r.context;
    out.push(rec);
  });
  return out;
}

/** Reads a gold file; a missing file or bad JSON is a `GoldFileError` naming the file. */
export function loadPloverGold(file: string): GoldRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GoldFileError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (err as Error).message})`}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new GoldFileError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  return parsePloverGold(json, file);
}
