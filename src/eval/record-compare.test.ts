// Checks hand-written expectations against synthetic records: found, missing, unexpected, forbidden, thresholds.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import type { DyadEvent, DyadRecord, Span } from '../model/types.js';
import { compareRecord, formatRecordComparison, loadExpectedRecord, parseExpectedRecord } from './record-compare.js';

const TEXT = 'The Taliban made a proposal to the United States on Tuesday. Ghani said "progress was made" in Doha.';
//            0         1         2         3         4         5         6         7         8         9
const at = (s: string): Span => {
  const i = TEXT.indexOf(s);
  return [i, i + s.length];
};

function ev(type: string | null, cameo: string, source: string | null, target: string | null, trigger: string, extra: Partial<DyadEvent> = {}): DyadEvent {
  const ref = (c: string | null) => (c ? { text: c, span: [0, 3] as Span, code: c, country: c.slice(0, 3), sector: c.slice(3) } : null);
  return {
    sentence: 0, span: [0, 60], trigger: { text: trigger, span: at(trigger) }, cameo,
    plover: type ? { type, mode: '', context: [] } : null, goldstein: null, quadClass: null,
    source: ref(source), target: ref(target), date: { value: '2020-02-11', precision: 'day', text: 'on Tuesday', span: at('on Tuesday') },
    location: null, modality: 'asserted', reported: false, rule: `test/${cameo}`, ...extra,
  };
}

function rec(events: DyadEvent[]): DyadRecord {
  return {
    id: 'seed', published: '2020-02-12', title: null, url: null, publisher: null, text: TEXT, repairs: [],
    sentences: [{ span: [0, 60] }, { span: [61, TEXT.length] }],
    actors: [
      { text: 'The Taliban', span: at('The Taliban'), sentence: 0, kind: 'group', name: 'Taliban', code: 'AFGREB', country: 'AFG', sector: 'REB', rule: 'actor/dictionary' },
      { text: 'the United States', span: at('the United States'), sentence: 0, kind: 'country', name: 'United States', code: 'USA', country: 'USA', sector: '', rule: 'actor/dictionary' },
    ],
    events,
    quotes: [{ text: 'progress was made', span: at('progress was made'), kind: 'direct', cue: { text: 'said', span: at('said') },
      speaker: { text: 'Ghani', span: at('Ghani'), code: 'AFGGOV', country: 'AFG', sector: 'GOV', name: 'Ashraf Ghani' } }],
    dates: [{ text: 'on Tuesday', span: at('on Tuesday'), value: '2020-02-11', precision: 'day', sentence: 0 }],
    places: [{ text: 'Doha', span: at('Doha'), name: 'Doha', country: 'QAT', lat: 25.28, lon: 51.53, kind: 'city', sentence: 1 }],
    tone: null, diagnostics: [],
  };
}

const expectation = {
  input: 'seed.txt',
  expect: {
    events: [
      { plover: 'AGREE', source: 'AFG', target: 'USA', date: '2020-02-11', trigger: 'proposal' },
      { cameo: '04', source: ['USA', 'AFG'], target: ['USA', 'AFG'] },
    ],
    quotes: [{ text: 'progress', speaker: 'AFGGOV' }],
    actors: [{ text: 'Taliban', code: 'AFGREB' }, { text: 'United States', code: 'USA', span: at('the United States') }],
    dates: [{ text: 'Tuesday', value: '2020-02-11' }],
    places: [{ text: 'Doha', country: 'QAT' }],
  },
  forbid: { events: [{ plover: 'ASSAULT' }] },
};

describe('compareRecord', () => {
  it('finds every item whose given fields match, by code root or full code, and passes', () => {
    const x = parseExpectedRecord(expectation);
    const c = compareRecord(x, rec([ev('AGREE', '036', 'AFGREB', 'USA', 'made a proposal'), ev('CONSULT', '040', 'USA', 'AFGREB', 'proposal')]));
    expect(c.pass).toBe(true);
    expect(c.reasons).toEqual([]);
    for (const s of ['events', 'quotes', 'actors', 'dates', 'places'] as const) expect(c.sections[s].recall).toBe(1);
    expect(c.sections.events.items.map((i) => i.match)).toEqual([0, 1]);
    expect(c.precision).toEqual({ emitted: 2, matched: 2, rate: 1, min: null });
    expect(formatRecordComparison(c)).toMatch(/^PASS {2}seed {2}events 2\/2 · quotes 1\/1 · actors 2\/2 · dates 1\/1 · places 1\/1 · precision 2\/2\n/);
  });

  it('reports a missing event and fails when events recall falls under 0.8', () => {
    const x = parseExpectedRecord(expectation);
    // Source is the wrong country: the AGREE event does not match.
    const c = compareRecord(x, rec([ev('AGREE', '036', 'PAKGOV', 'USA', 'made a proposal'), ev('CONSULT', '040', 'USA', 'AFG', 'proposal')]));
    expect(c.sections.events).toMatchObject({ listed: 2, found: 1, recall: 0.5, pass: false });
    expect(c.sections.events.items[0]).toMatchObject({ found: false, match: null });
    expect(c.pass).toBe(false);
    expect(c.reasons).toEqual(['events: found 1/2 (50.0%), needs 80.0%']);
    expect(c.unexpected.map((e) => e.source)).toEqual(['PAKGOV']);
    const text = formatRecordComparison(c);
    expect(text).toContain('MISSING AGREE AFG → USA on 2020-02-11 “proposal”');
    expect(text).toContain('unexpected events (1):');
    expect(text).toContain('AGREE (CAMEO 036) PAKGOV → USA  “made a proposal” [0, 60)  test/036');
  });

  it('lists typed events that match no expectation as unexpected, ignoring CAMEO 01/02', () => {
    const x = parseExpectedRecord({ input: 'a.txt', expect: { events: [{ plover: 'AGREE', source: 'AFG' }] } });
    const c = compareRecord(x, rec([
      ev('AGREE', '036', 'AFGREB', 'USA', 'made a proposal'),
      ev('ACCUSE', '112', 'USA', 'AFGREB', 'proposal'),
      ev(null, '010', 'AFGGOV', null, 'said'),
    ]));
    expect(c.pass).toBe(true);
    expect(c.precision).toEqual({ emitted: 2, matched: 1, rate: 0.5, min: null });
    expect(c.unexpected).toEqual([{ type: 'ACCUSE', cameo: '112', source: 'USA', target: 'AFGREB', trigger: 'proposal', span: [0, 60], date: '2020-02-11', modality: 'asserted', rule: 'test/112' }]);
  });

  it('fails on a forbidden event even when everything expected is found', () => {
    const x = parseExpectedRecord(expectation);
    const c = compareRecord(x, rec([ev('AGREE', '036', 'AFGREB', 'USA', 'made a proposal'), ev('CONSULT', '040', 'USA', 'AFG', 'proposal'), ev('ASSAULT', '190', 'USA', 'AFG', 'proposal')]));
    expect(c.sections.events.recall).toBe(1);
    expect(c.forbidden).toHaveLength(1);
    expect(c.forbidden[0]!.event.type).toBe('ASSAULT');
    expect(c.pass).toBe(false);
    expect(formatRecordComparison(c)).toContain('FORBIDDEN events (1)');
  });

  it('accepts forbid inside expect, too', () => {
    const x = parseExpectedRecord({ input: 'a.txt', expect: { forbid: { events: [{ plover: 'AGREE', source: 'USA' }] } } });
    expect(x.forbid.events).toHaveLength(1);
    expect(compareRecord(x, rec([ev('AGREE', '036', 'AFGREB', 'USA', 'made a proposal')])).pass).toBe(true);
    expect(compareRecord(x, rec([ev('AGREE', '036', 'USAGOV', 'AFG', 'made a proposal')])).pass).toBe(false);
  });

  it('needs one emitted event per expected event (symmetric events need both directions)', () => {
    const x = parseExpectedRecord({ input: 'a.txt', expect: { events: [
      { plover: 'CONSULT', source: 'USA', target: 'AFG' },
      { plover: 'CONSULT', source: ['USA', 'AFG'], target: ['USA', 'AFG'] },
    ] } });
    const one = compareRecord(x, rec([ev('CONSULT', '040', 'USA', 'AFG', 'proposal')]));
    // The specific expectation takes the only event; the general one is missing.
    expect(one.sections.events.items.map((i) => i.found)).toEqual([true, false]);
    const two = compareRecord(x, rec([ev('CONSULT', '040', 'USA', 'AFG', 'proposal'), ev('CONSULT', '040', 'AFG', 'USA', 'proposal')]));
    expect(two.sections.events.found).toBe(2);
  });

  it('checks modality, null actors and exact spans when given', () => {
    const x = parseExpectedRecord({ input: 'a.txt', minRecall: 1, expect: {
      events: [{ plover: 'AGREE', target: null, modality: 'future' }],
      actors: [{ text: 'Taliban', span: [4, 11] }],
      quotes: [{ text: 'PROGRESS  was', speaker: 'ashraf ghani', kind: 'direct' }],
    } });
    const good = compareRecord(x, rec([ev('AGREE', '036', 'AFG', null, 'proposal', { modality: 'future' })]));
    expect(good.sections.events.found).toBe(1);
    expect(good.sections.quotes.found).toBe(1); // speaker by name, text case- and space-insensitive
    expect(good.sections.actors.found).toBe(0); // 'The Taliban' spans [0, 11)
    expect(good.reasons).toEqual(['actors: found 0/1 (0.0%), needs 100.0%']);
    const asserted = compareRecord(x, rec([ev('AGREE', '036', 'AFG', null, 'proposal')]));
    expect(asserted.sections.events.found).toBe(0);
  });

  it('takes thresholds from the file, per section or for all', () => {
    const x = parseExpectedRecord({ input: 'a.txt', minRecall: { events: 0.5, quotes: 0 }, minPrecision: 0.9, expect: {
      events: [{ plover: 'AGREE' }, { plover: 'REJECT' }],
      quotes: [{ text: 'not in the record' }],
    } });
    expect(x.minRecall).toEqual({ events: 0.5, quotes: 0, actors: 1, dates: 1, places: 1 });
    const c = compareRecord(x, rec([ev('AGREE', '036', 'AFG', 'USA', 'proposal'), ev('ACCUSE', '112', 'AFG', 'USA', 'proposal')]));
    expect(c.sections.events.pass).toBe(true);
    expect(c.sections.quotes.pass).toBe(true);
    expect(c.reasons).toEqual(['events: precision 50.0% (1/2), needs 90.0%']);
  });

  it('an expectation with no items in a section passes that section', () => {
    const c = compareRecord(parseExpectedRecord({ input: 'a.txt', expect: {} }), rec([]));
    expect(c.pass).toBe(true);
    expect(c.sections.events.recall).toBeNull();
  });
});

describe('reading expectation files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyad-expected-'));

  it('resolves input against the expectation file', () => {
    const file = path.join(dir, 'seed.expected.json');
    writeFileSync(file, JSON.stringify(expectation));
    const x = loadExpectedRecord(file);
    expect(x.input).toBe(path.join(dir, 'seed.txt'));
    expect(x.file).toBe(file);
  });

  it('names the file and the problem for user mistakes', () => {
    const bad = path.join(dir, 'bad.expected.json');
    writeFileSync(bad, '{ "input": ');
    expect(() => loadExpectedRecord(bad)).toThrow(new RegExp(`^${bad.replace(/[.]/g, '\\.')}: not valid JSON`));
    expect(() => loadExpectedRecord(path.join(dir, 'none.json'))).toThrow(/none\.json: no such file/);
    expect(() => parseExpectedRecord({ input: 'a', expect: { events: [{ note: 'x' }] } }, 'f.json')).toThrow(/f\.json: expect\.events\[0\] says nothing to match/);
    expect(() => parseExpectedRecord({ input: 'a', expect: { actors: [{ code: 'USA' }] } }, 'f.json')).toThrow(/expect\.actors\[0\] needs "text"/);
    expect(() => parseExpectedRecord({ input: 'a', minRecall: 2, expect: {} }, 'f.json')).toThrow(/minRecall must be a number between 0 and 1/);
    const noInput = path.join(dir, 'noinput.expected.json');
    writeFileSync(noInput, JSON.stringify({ expect: {} }));
    expect(() => loadExpectedRecord(noInput)).toThrow(/needs "input"/);
  });
});
