// Tests for the CAMEO table loader and for data/cameo.tsv against the published PLOVER table.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { loadCameoTables, parseCameoTables } from './cameo-tables.js';

const DATA = fileURLToPath(new URL('../../data/cameo.tsv', import.meta.url));
const PLOVER_TABLE = fileURLToPath(new URL('../../../shared/plover/CAMEO2PLOVER-2021.txt', import.meta.url));

const tiny = [
  '# tiny table',
  'code\tname\tgoldstein\tplover_type\tplover_mode\tplover_context\treason',
  '01\tMake public statement\t0.0',
  '03\tExpress intent to cooperate\t4.0\tAGREE',
  '031\tExpress intent to engage in material cooperation\t5.2\tAGREE\t\tdiplomatic',
  '09\tInvestigate\t-2.0\tACCUSE\tinvestigate',
  '094\tInvestigate war crimes\t-2.0\tACCUSE\tinvestigate\tmilitary|legal',
  '19\tFight\t-10.0\tASSAULT',
].join('\n');

describe('parseCameoTables', () => {
  const t = parseCameoTables(tiny);

  it('reads names, Goldstein values and PLOVER codes', () => {
    expect(t.name('031')).toBe('Express intent to engage in material cooperation');
    expect(t.goldstein('031')).toBe(5.2);
    expect(t.plover('094')).toEqual({ type: 'ACCUSE', mode: 'investigate', context: ['military', 'legal'] });
  });

  it('gives statements no PLOVER code', () => {
    expect(t.plover('01')).toBeNull();
    expect(t.plover('010')).toBeNull();
  });

  it('falls back to the parent code for an unlisted child', () => {
    expect(t.get('0314')?.code).toBe('031');
    expect(t.get('035')?.code).toBe('03');
    expect(t.goldstein('0314')).toBe(5.2);
    expect(t.get('99')).toBeUndefined();
    expect(t.get('abc')).toBeUndefined();
  });

  it('derives the quad class from the root', () => {
    expect(t.quadClass('031')).toBe(1);
    expect(t.quadClass('094')).toBe(3);
    expect(t.quadClass('193')).toBe(4);
    expect(t.quadClass('99')).toBeNull();
  });

  it('rejects a bad line naming file and line', () => {
    expect(() => parseCameoTables('code\tname\n0x1\tBad', 'x.tsv')).toThrow(/x\.tsv:2: "0x1"/);
    expect(() => parseCameoTables('031\tA\t99', 'x.tsv')).toThrow(/x\.tsv:1: Goldstein/);
    expect(() => parseCameoTables('031\tA\t1\n031\tB\t1', 'x.tsv')).toThrow(/listed twice/);
  });
});

describe('data/cameo.tsv', () => {
  const t = loadCameoTables(DATA);

  it('lists every CAMEO root with a Goldstein value for every code', () => {
    const codes = t.codes();
    expect(codes.length).toBeGreaterThan(280);
    for (let r = 1; r <= 20; r++) expect(codes).toContain(String(r).padStart(2, '0'));
    for (const c of codes) expect(t.goldstein(c), c).not.toBeNull();
  });

  it('uses the standard Goldstein values', () => {
    const expected: Record<string, number> = {
      '010': 0, '020': 3, '030': 4, '036': 4, '040': 1, '042': 1.9, '043': 2.8, '046': 7, '051': 3.4,
      '057': 8, '061': 6.4, '070': 7, '080': 5, '0874': 10, '090': -2, '100': -5, '111': -2, '120': -4,
      '130': -4.4, '138': -7, '141': -6.5, '145': -7.5, '150': -7.2, '163': -8, '173': -5, '181': -9,
      '186': -10, '190': -10, '195': -10, '200': -10,
    };
    for (const [code, g] of Object.entries(expected)) expect(t.goldstein(code), code).toBe(g);
  });

  it('codes a signed agreement as PLOVER SUPPORT and an air strike as ASSAULT', () => {
    expect(t.plover('057')?.type).toBe('SUPPORT');
    expect(t.plover('195')).toEqual({ type: 'ASSAULT', mode: 'heavy-weapons', context: ['military'] });
    expect(t.plover('163')?.type).toBe('COERCE');
    expect(t.plover('0231')).toBeNull();
  });

  describe.skipIf(!existsSync(PLOVER_TABLE))('agrees with CAMEO2PLOVER-2021 (skipped: ../shared/plover absent)', () => {
    it('on every code the table lists', () => {
      let checked = 0;
      for (const raw of readFileSync(PLOVER_TABLE, 'utf8').split('\n')) {
        const m = /^(\d{3,4}):\s*([^#]*)/.exec(raw);
        if (!m) continue;
        const [type = '', mode = '', ctx = ''] = m[2]!.split(',').map((s) => s.trim());
        const context = ctx.split(';').map((s) => s.trim()).filter(Boolean);
        expect(t.get(m[1]!)?.code, m[1]).toBe(m[1]);
        expect(t.plover(m[1]!), m[1]).toEqual({ type, mode, context });
        checked++;
      }
      expect(checked).toBeGreaterThan(250);
    });
  });
});
