// Loads data/cameo.tsv: CAMEO code names, Goldstein values and the CAMEO→PLOVER translation.
import { readDataFile } from './tsv-rows.js';
import type { PloverCode } from '../model/types.js';

export interface CameoEntry {
  code: string;
  name: string;
  goldstein: number | null;
  plover: PloverCode | null;
}

export interface CameoTables {
  /** The entry for exactly this code, or its nearest listed ancestor (`0314` → `031` → `03`). */
  get(code: string): CameoEntry | undefined;
  plover(code: string): PloverCode | null;
  goldstein(code: string): number | null;
  /** CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass(code: string): number | null;
  name(code: string): string | null;
  /** Every listed code, in file order. */
  codes(): string[];
}

const CODE = /^\d{2,4}$/;

export function parseCameoTables(text: string, file = 'cameo.tsv'): CameoTables {
  const entries = new Map<string, CameoEntry>();
  let sawHeader = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cols = raw.split('\t');
    if (!sawHeader && cols[0] === 'code') {
      sawHeader = true;
      return;
    }
    const fail = (what: string): never => {
      throw new Error(`${file}:${line}: ${what}`);
    };
    const [code = '', name = '', gold = '', type = '', mode = '', context = ''] = cols.map((c) => c.trim());
    if (!CODE.test(code)) fail(`"${code}" is not a CAMEO code (2–4 digits)`);
    if (entries.has(code)) fail(`code ${code} is listed twice`);
    if (name === '') fail(`code ${code} has no name`);
    let goldstein: number | null = null;
    if (gold !== '') {
      goldstein = Number(gold);
      if (!Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
        fail(`Goldstein value "${gold}" for ${code} is not a number in [-10, 10]`);
      }
    }
    if (type === '' && (mode !== '' || context !== '')) fail(`code ${code} has a PLOVER mode/context but no type`);
    const plover: PloverCode | null =
      type === '' ? null : { type, mode, context: context === '' ? [] : context.split('|').map((c) => c.trim()) };
    entries.set(code, { code, name, goldstein, plover });
  });

  // Memoise the parent walk: events ask for the same few codes over and over.
  const resolved = new Map<string, CameoEntry | undefined>();
  const get = (code: string): CameoEntry | undefined => {
    if (resolved.has(code)) return resolved.get(code);
    let found: CameoEntry | undefined;
    if (CODE.test(code)) {
      for (let c = code; c.length >= 2 && !found; c = c.length === 4 ? c.slice(0, 3) : c.slice(0, 2)) {
        found = entries.get(c);
        if (c.length === 2) break;
      }
    }
    resolved.set(code, found);
    return found;
  };

  return {
    get,
    plover: (code) => get(code)?.plover ?? null,
    goldstein: (code) => get(code)?.goldstein ?? null,
    name: (code) => get(code)?.name ?? null,
    quadClass(code) {
      if (!get(code)) return null;
      const root = Number(code.slice(0, 2));
      if (root >= 1 && root <= 5) return 1;
      if (root <= 8) return 2;
      if (root <= 13) return 3;
      if (root <= 20) return 4;
      return null;
    },
    codes: () => [...entries.keys()],
  };
}

export function loadCameoTables(file: string): CameoTables {
  const text = readDataFile(file, 'the CAMEO table');
  return parseCameoTables(text, file);
}
