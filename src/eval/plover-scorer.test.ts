// Checks every PLOVER figure on a small hand-computed example with a fake coder.
import { existsSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type { Article, DyadEvent, DyadRecord } from '../model/types.js';
import { loadPloverGold, parsePloverGold, type GoldRecord } from './plover-gold.js';
import { filterPloverReport, formatPloverReport, scorePlover } from './plover-scorer.js';

type Side = [code: string, sector?: string] | null;

function ev(type: string | null, cameo: string, source: Side, target: Side, extra: { mode?: string; context?: string[] } = {}): DyadEvent {
  const ref = (s: Side) => (s ? { text: s[0], span: [0, 3] as [number, number], code: s[0] + (s[1] ?? ''), country: s[0], sector: s[1] ?? '' } : null);
  return {
    sentence: 0, span: [0, 10], trigger: { text: `trigger-${cameo}`, span: [4, 8] }, cameo,
    plover: type ? { type, mode: extra.mode ?? '', context: extra.context ?? [] } : null,
    goldstein: null, quadClass: null, source: ref(source), target: ref(target),
    date: null, location: null, modality: 'asserted', reported: false, rule: `test/${cameo}`,
  };
}

function record(a: Article, events: DyadEvent[]): DyadRecord {
  return {
    id: a.id, published: a.published, title: null, url: null, publisher: null, text: a.raw, repairs: [],
    sentences: [{ span: [0, a.raw.length] }], actors: [], events, quotes: [], dates: [], places: [], tone: null,
    diagnostics: events.length ? [] : [{ stage: 'events', message: 'no event was coded' }],
  };
}

const gold: GoldRecord[] = [
  { id: 'G1', date: '2000-01-01', text: 'Hungarian and Romanian officials agreed.', event: 'AGREE',
    source: [{ actorText: 'Hungarian', code: 'HUN', sector: 'GOV' }, { actorText: 'Romanian', code: 'ROU', sector: 'GOV' }],
    target: [], context: 'refugees, diplomatic' },
  { id: 'G2', date: '2000-01-01', text: 'The US demanded that Iraq comply.', event: 'DEMAND',
    source: [{ actorText: 'US', code: 'USA' }], target: [{ actorText: 'Iraq', code: 'IRQ', sector: 'GOV' }], context: 'political' },
  { id: 'G3', date: '2000-01-01', text: 'Israeli troops fought Palestinians.', event: 'FIGHT',
    source: [{ actorText: 'Israeli troops', code: 'ISR', sector: 'MIL' }], target: [{ actorText: 'Palestinians', code: 'PSE' }], mode: 'firearms' },
  { id: 'G4', date: '2000-01-01', text: 'Russia rejected the plan.', event: 'REJECT', source: [{ actorText: 'Russia', code: 'RUS' }], target: [] },
  { id: 'G5', date: '2000-01-01', text: 'Japan threatened China.', event: 'THREATEN',
    source: [{ actorText: 'Japan', code: 'JAP', sector: 'GOV' }], target: [{ actorText: 'China', code: 'CHN' }] },
];

const emitted: Record<string, DyadEvent[]> = {
  G1: [ev('AGREE', '030', ['ROU', 'GOV'], ['HUN', 'GOV'], { context: ['diplomatic'] }), ev(null, '010', ['HUN', 'GOV'], null)],
  G2: [ev('REQUEST', '100', ['USA', 'GOV'], ['IRQ', 'MIL']), ev('ACCUSE', '112', ['USA'], ['IRQ'])],
  G3: [ev('ASSAULT', '190', ['PSE'], ['ISR', 'MIL'], { mode: '' })],
  G4: [ev(null, '012', ['RUS', 'GOV'], null)],
  G5: [ev('THREATEN', '130', ['JPN', 'GOV'], ['CHN']), ev('THREATEN', '130', ['CHN'], ['JPN', 'GOV'])],
};

const fakeCode = (a: Article) => record(a, emitted[a.id] ?? []);

describe('scorePlover', () => {
  const report = scorePlover(gold, fakeCode);

  it('computes recall, precision, dyad and sector accuracy as in SCORING.md', () => {
    expect(report.records).toBe(5);
    expect(report.overall.recall).toEqual({ count: 4, of: 5, rate: 0.8 });
    // 6 typed events (the two CAMEO 01 events are left out), the ACCUSE in G2 is the one false event.
    expect(report.overall.precision).toEqual({ count: 5, of: 6, rate: 5 / 6 });
    // G3's ASSAULT has the actors reversed.
    expect(report.overall.dyad).toEqual({ count: 3, of: 4, rate: 0.75 });
    // Checked: G1 ROU GOV (right), G2 IRQ MIL vs GOV (wrong), G5 JPN GOV (right, via JAP → JPN).
    expect(report.overall.sector).toEqual({ count: 2, of: 3, rate: 2 / 3 });
    expect(report.overall.mode).toEqual({ count: 0, of: 1, rate: 0 });
    expect(report.overall.context).toEqual({ count: 1, of: 2, rate: 0.5 });
  });

  it('checks no sector for a bare state the gold also lists bare, and still checks a wrong sector there', () => {
    const both: GoldRecord[] = [{ id: 'B1', date: '2000-01-01', text: 'Germany will send tanks, its government said.', event: 'AGREE',
      source: [{ actorText: 'Germany', code: 'DEU' }, { actorText: 'its government', code: 'DEU', sector: 'GOV' }], target: [] }];
    const sectorOf = (source: Side) => scorePlover(both, (a) => record(a, [ev('AGREE', '030', source, null)])).overall.sector;
    expect(sectorOf(['DEU'])).toEqual({ count: 0, of: 0, rate: null });
    expect(sectorOf(['DEU', 'GOV'])).toEqual({ count: 1, of: 1, rate: 1 });
    expect(sectorOf(['DEU', 'MIL'])).toEqual({ count: 0, of: 1, rate: 0 });
  });

  it('reads draft gold types through the map (DEMAND → REQUEST, FIGHT → ASSAULT)', () => {
    const byType = new Map(report.types.map((t) => [t.type, t]));
    expect(byType.has('DEMAND')).toBe(false);
    expect(byType.has('FIGHT')).toBe(false);
    expect(byType.get('REQUEST')!.recall).toEqual({ count: 1, of: 1, rate: 1 });
    expect(byType.get('ASSAULT')!.recall).toEqual({ count: 1, of: 1, rate: 1 });
    expect(byType.get('ASSAULT')!.dyad).toEqual({ count: 0, of: 1, rate: 0 });
  });

  it('reports recall per gold type and precision per emitted type', () => {
    const byType = new Map(report.types.map((t) => [t.type, t]));
    expect(byType.get('REJECT')!.recall).toEqual({ count: 0, of: 1, rate: 0 });
    expect(byType.get('REJECT')!.precision).toEqual({ count: 0, of: 0, rate: null });
    expect(byType.get('ACCUSE')!.recall.of).toBe(0);
    expect(byType.get('ACCUSE')!.precision).toEqual({ count: 0, of: 1, rate: 0 });
    expect(byType.get('THREATEN')!.precision).toEqual({ count: 2, of: 2, rate: 1 });
    expect(byType.get('REQUEST')!.sector).toEqual({ count: 0, of: 1, rate: 0 });
    expect(byType.get('AGREE')!.context).toEqual({ count: 1, of: 1, rate: 1 });
    expect(byType.get('ASSAULT')!.mode).toEqual({ count: 0, of: 1, rate: 0 });
    expect(report.types.map((t) => t.type)).toEqual(['ACCUSE', 'AGREE', 'ASSAULT', 'REJECT', 'REQUEST', 'THREATEN']);
  });

  it('lists misses with what was emitted, false events and dyad errors', () => {
    expect(report.misses.map((m) => m.id)).toEqual(['G4']);
    expect(report.misses[0]!.emitted).toEqual([
      { type: null, cameo: '012', source: 'RUSGOV', target: null, trigger: 'trigger-012', rule: 'test/012', modality: 'asserted' },
    ]);
    expect(report.falseEvents).toHaveLength(1);
    expect(report.falseEvents[0]).toMatchObject({ id: 'G2', type: 'REQUEST', goldType: 'DEMAND', event: { type: 'ACCUSE', cameo: '112' } });
    expect(report.dyadErrors.map((d) => d.id)).toEqual(['G3']);
    expect(report.dyadErrors[0]!.emitted[0]).toMatchObject({ source: 'PSE', target: 'ISRMIL' });
  });

  it('a record with an empty gold target is scored on its source alone', () => {
    const r = scorePlover([gold[0]!], (a) => record(a, [ev('AGREE', '030', ['HUN'], ['USA'])]));
    expect(r.overall.dyad.rate).toBe(1);
    const wrong = scorePlover([gold[0]!], (a) => record(a, [ev('AGREE', '030', ['USA'], ['HUN'])]));
    expect(wrong.overall.dyad.rate).toBe(0);
  });

  it('a sentence with nothing emitted gives no precision instead of a fake figure', () => {
    const r = scorePlover(gold, (a) => record(a, []));
    expect(r.overall.recall.rate).toBe(0);
    expect(r.overall.precision).toEqual({ count: 0, of: 0, rate: null });
    expect(r.overall.dyad.rate).toBeNull();
    expect(r.misses[0]!.notes).toEqual(['no event was coded']);
  });

  it('a coder that throws on one record is reported, not fatal', () => {
    const r = scorePlover(gold, (a) => {
      if (a.id === 'G2') throw new Error('boom');
      return fakeCode(a);
    });
    expect(r.crashes).toEqual([{ id: 'G2', message: 'boom' }]);
    expect(r.overall.recall).toMatchObject({ count: 3, of: 5 });
    expect(r.misses.find((m) => m.id === 'G2')!.notes).toEqual(['coder failed: boom']);
  });

  it('codes each sentence alone with the record date as publication date', () => {
    const seen: Article[] = [];
    scorePlover(gold.slice(0, 2), (a) => (seen.push(a), record(a, [])));
    expect(seen[0]).toEqual({ id: 'G1', published: '2000-01-01', raw: gold[0]!.text, title: null, url: null, publisher: null });
  });

  it('formats an aligned table, the overall line, and misses only when asked', () => {
    const summary = formatPloverReport(report, { misses: false });
    const lines = summary.split('\n');
    expect(lines[0]).toMatch(/^type\s+gold\s+found\s+recall\s+emitted\s+precision\s+dyad\s+sector$/);
    const header = lines[0]!;
    const row = lines.find((l) => l.startsWith('REQUEST'))!;
    expect(row.length).toBe(header.length);
    expect(row).toMatch(/REQUEST\s+1\s+1\s+100\.0%\s+1\s+100\.0%\s+100\.0%\s+0\.0%$/);
    expect(summary).toContain('5 records: recall 80.0% (4/5) · precision 83.3% (5/6) · dyad 75.0% (3/4) · sector 66.7% (2/3)');
    expect(summary).not.toContain('misses');
    const full = formatPloverReport(report, { misses: true });
    expect(full).toContain('misses (1)');
    expect(full).toContain('G4  REJECT  RUS (Russia) → —');
    expect(full).toContain('no PLOVER type (CAMEO 012) RUSGOV → —');
    expect(full).toContain('G2  gold REQUEST (gold DEMAND)  USA (US) → IRQGOV (Iraq)');
  });

  it('filters by type, accepting draft names', () => {
    const f = filterPloverReport(report, 'fight');
    expect(f.types.map((t) => t.type)).toEqual(['ASSAULT']);
    expect(f.dyadErrors.map((d) => d.id)).toEqual(['G3']);
    expect(f.misses).toEqual([]);
    expect(formatPloverReport(f, { misses: false })).toContain('rows and lists: ASSAULT only; the "all" row and the figures above cover every type');
    expect(filterPloverReport(report, 'ACCUSE').falseEvents.map((x) => x.id)).toEqual(['G2']);
  });
});

describe('parsePloverGold', () => {
  it('skips the DOCUMENT header and turns "", strings and absent actors into empty lists', () => {
    const recs = parsePloverGold([
      { id: 'DOC', event: 'DOCUMENT' },
      { id: 'A', date: '2000-01-01', event: 'AGREE', text: 'x', source: [{ actorText: 'US', code: 'USA' }], target: '' },
      { id: 'B', date: '2000-01-01', event: 'AGREE', text: 'y', source: [{ actorText: 'US', code: 'USA' }], target: 'diplomatic', mode: '', context: 'military' },
      { id: 'C', event: 'ASSAULT', text: 'z', target: [{ actorText: 'Iraqi civilians', code: 'IRQ', sector: 'CVL' }] },
    ]);
    expect(recs.map((r) => r.id)).toEqual(['A', 'B', 'C']);
    expect(recs[0]!.target).toEqual([]);
    expect(recs[1]!.target).toEqual([]);
    expect(recs[1]!.context).toBe('military');
    expect(recs[2]!.source).toEqual([]);
    expect(recs[2]!.date).toBeNull();
    expect(recs[2]!.target).toEqual([{ actorText: 'Iraqi civilians', code: 'IRQ', sector: 'CVL' }]);
  });

  it('names the file when the gold is not a list of records', () => {
    expect(() => parsePloverGold({ records: [] }, 'gold.json')).toThrow(/gold\.json: expected a JSON array/);
    expect(() => loadPloverGold('/nonexistent/gold.json')).toThrow(/\/nonexistent\/gold\.json: no such file/);
  });
});

const DEV = new URL('../../../shared/plover/gsr-dev.json', import.meta.url).pathname;

describe.skipIf(!existsSync(DEV))('the PLOVER dev set (skipped when ../shared/plover/gsr-dev.json is absent)', () => {
  it('parses 164 records, all with a text, a date and a type', () => {
    const recs = loadPloverGold(DEV);
    expect(recs).toHaveLength(164);
    expect(recs.every((r) => r.text.length > 0 && r.date === '2000-01-01' && /^[A-Z]+$/.test(r.event))).toBe(true);
    expect(recs.filter((r) => r.event === 'DEMAND')).toHaveLength(17);
  });
});
