// Runs `dyad eval` in-process with a fake coder: output forms, exit codes, and one-line user errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import type { Article, DyadEvent, DyadRecord } from '../model/types.js';
import { runEvalCommand, type EvalDeps } from './eval-command.js';

function event(type: string, cameo: string, source: string, target: string): DyadEvent {
  const ref = (c: string) => ({ text: c, span: [0, 3] as [number, number], code: c, country: c.slice(0, 3), sector: c.slice(3) });
  return {
    sentence: 0, span: [0, 5], trigger: { text: 'agreed', span: [0, 5] }, cameo, plover: { type, mode: '', context: [] },
    goldstein: null, quadClass: null, source: ref(source), target: ref(target), date: null, location: null,
    modality: 'asserted', reported: false, rule: 'test',
  };
}

/** Codes "agreed" as AGREE HUN → ROU, "rejected" as a wrong ACCUSE, and nothing else. */
function fakeCode(a: Article): DyadRecord {
  const events = /agreed/.test(a.raw) ? [event('AGREE', '030', 'HUNGOV', 'ROU')] : /rejected/.test(a.raw) ? [event('ACCUSE', '112', 'RUS', 'USA')] : [];
  return {
    id: a.id, published: a.published, title: null, url: null, publisher: null, text: a.raw, repairs: [], sentences: [],
    actors: [], events, quotes: [], dates: [], places: [], tone: null, diagnostics: [],
  };
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out: () => out.join(''), err: () => err.join('') };
}

const dir = mkdtempSync(path.join(tmpdir(), 'dyad-eval-'));
const gold = path.join(dir, 'gold.json');
writeFileSync(gold, JSON.stringify([
  { id: 'DOC', event: 'DOCUMENT' },
  { id: 'A1', date: '2000-01-01', event: 'AGREE', text: 'Hungary agreed with Romania.', source: [{ actorText: 'Hungary', code: 'HUN', sector: 'GOV' }], target: [{ actorText: 'Romania', code: 'ROU' }] },
  { id: 'D1', date: '2000-01-01', event: 'DEMAND', text: 'Russia rejected the US demand.', source: [{ actorText: 'Russia', code: 'RUS' }], target: '' },
]));
const deps: EvalDeps = { code: fakeCode };

describe('dyad eval plover', () => {
  it('--summary prints the table and the overall figures without the lists', async () => {
    const c = capture();
    expect(await runEvalCommand(['plover', gold, '--summary'], c.io, deps)).toBe(0);
    expect(c.out()).toMatch(/^type\s+gold\s+found\s+recall\s+emitted\s+precision\s+dyad\s+sector\n/);
    expect(c.out()).toContain('2 records: recall 50.0% (1/2) · precision 50.0% (1/2) · dyad 100.0% (1/1) · sector 100.0% (1/1)');
    expect(c.out()).not.toContain('misses');
  });

  it('--misses lists the miss and the false event', async () => {
    const c = capture();
    await runEvalCommand(['plover', gold, '--misses'], c.io, deps);
    expect(c.out()).toContain('misses (1)');
    expect(c.out()).toContain('D1  REQUEST (gold DEMAND)  RUS (Russia) → —');
    expect(c.out()).toContain('emitted: ACCUSE (CAMEO 112) RUS → USA');
  });

  it('--json gives the report for machines, --type narrows it', async () => {
    const c = capture();
    await runEvalCommand(['plover', gold, '--json', '--type', 'DEMAND'], c.io, deps);
    const r = JSON.parse(c.out());
    expect(r.overall.recall).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(r.types.map((t: { type: string }) => t.type)).toEqual(['REQUEST']);
    expect(r.misses.map((m: { id: string }) => m.id)).toEqual(['D1']);
  });

  it('a missing file or bad JSON is one line naming the file, exit 2', async () => {
    const c = capture();
    expect(await runEvalCommand(['plover', path.join(dir, 'nope.json')], c.io, deps)).toBe(2);
    expect(c.err()).toBe(`dyad: ${path.join(dir, 'nope.json')}: no such file\n`);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '[{');
    const d = capture();
    expect(await runEvalCommand(['plover', bad], d.io, deps)).toBe(2);
    expect(d.err()).toMatch(new RegExp(`^dyad: ${bad.replace(/\./g, '\\.')}: not valid JSON .*\\n$`));
    const e = capture();
    expect(await runEvalCommand(['plover'], e.io, deps)).toBe(2);
    expect(e.err()).toMatch(/needs exactly one gold FILE/);
    const f = capture();
    expect(await runEvalCommand(['plover', gold, '--frobnicate'], f.io, deps)).toBe(2);
    expect(f.err()).toBe('dyad: unknown option --frobnicate\n');
  });
});

describe('dyad eval record', () => {
  const pass = path.join(dir, 'pass.expected.json');
  writeFileSync(pass, JSON.stringify({ input: 'pass.txt', published: '2020-01-01', expect: { events: [{ plover: 'AGREE', source: 'HUN', target: 'ROU' }] } }));
  const failing = path.join(dir, 'fail.expected.json');
  writeFileSync(failing, JSON.stringify({ text: 'Russia rejected the plan.', expect: { events: [{ plover: 'REJECT', source: 'RUS' }] }, forbid: { events: [{ plover: 'ACCUSE' }] } }));
  const articles: Record<string, string> = { [path.join(dir, 'pass.txt')]: 'Hungary agreed with Romania.', [path.join(dir, 'other.txt')]: 'Nothing here.' };
  const seen: Article[] = [];
  const recordDeps: EvalDeps = {
    code: (a) => (seen.push(a), fakeCode(a)),
    readArticle: async (f) => {
      if (!(f in articles)) throw new Error(`unexpected read ${f}`);
      return { id: path.basename(f), published: null, raw: articles[f]!, title: null, url: null, publisher: null };
    },
  };

  it('prints one line per passing file, details for a failing one, totals, and exits 1 on a failure', async () => {
    const c = capture();
    expect(await runEvalCommand(['record', pass, failing], c.io, recordDeps)).toBe(1);
    const out = c.out();
    expect(out).toContain(`PASS  ${pass}  events 1/1 · precision 1/1\n`);
    expect(out).toContain(`FAIL  ${failing}  events 0/1 · precision 0/1 · 1 forbidden`);
    expect(out).toContain('MISSING REJECT RUS → *');
    expect(out).toContain('total: 2 files, 1 passed, 1 failed · events 1/2 · precision 1/2 · 1 forbidden');
    // The file's "published" overrides what the reader found; inline text gets the file's name as id.
    expect(seen.find((a) => a.id === 'pass.txt')!.published).toBe('2020-01-01');
    expect(seen.some((a) => a.id === 'fail' && a.raw === 'Russia rejected the plan.')).toBe(true);
  });

  it('an ARTICLE after the expectation replaces its input', async () => {
    const c = capture();
    expect(await runEvalCommand(['record', pass, path.join(dir, 'other.txt'), '--json'], c.io, recordDeps)).toBe(1);
    const r = JSON.parse(c.out());
    expect(r.totals).toMatchObject({ files: 1, passed: 0, failed: 1 });
    expect(r.records[0].sections.events.found).toBe(0);
  });

  it('an unreadable expectation is one line naming it, the others still run, exit 2', async () => {
    const bad = path.join(dir, 'broken.expected.json');
    writeFileSync(bad, '{"expect": ');
    const c = capture();
    expect(await runEvalCommand(['record', bad, pass], c.io, recordDeps)).toBe(2);
    expect(c.err()).toMatch(new RegExp(`^dyad: ${bad.replace(/\./g, '\\.')}: not valid JSON`));
    expect(c.err().trim().split('\n')).toHaveLength(1);
    expect(c.out()).toContain(`PASS  ${pass}`);
    expect(c.out()).toContain('1 unreadable');
  });

  it('a coder crash fails that file and the run goes on', async () => {
    const c = capture();
    const crashy: EvalDeps = { ...recordDeps, code: (a) => { if (a.id === 'fail') throw new Error('boom'); return fakeCode(a); } };
    expect(await runEvalCommand(['record', failing, pass], c.io, crashy)).toBe(1);
    expect(c.out()).toContain(`FAIL  ${failing}  the coder failed: boom`);
    expect(c.out()).toContain('total: 2 files, 1 passed, 1 failed');
  });

  it('reads the input article like dyad code does, and names a missing one', async () => {
    const article = path.join(dir, 'real.txt');
    writeFileSync(article, 'date 2020-03-04\nHungary agreed with Romania on Tuesday.\n');
    const x = path.join(dir, 'real.expected.json');
    writeFileSync(x, JSON.stringify({ input: 'real.txt', expect: { events: [{ plover: 'AGREE', source: 'HUN' }] } }));
    const seenHere: Article[] = [];
    const c = capture();
    expect(await runEvalCommand(['record', x], c.io, { code: (a) => (seenHere.push(a), fakeCode(a)) })).toBe(0);
    expect(seenHere[0]!.published).toBe('2020-03-04');
    expect(seenHere[0]!.raw.trim()).toBe('Hungary agreed with Romania on Tuesday.');
    const missing = path.join(dir, 'missing.expected.json');
    writeFileSync(missing, JSON.stringify({ input: 'gone.txt', expect: {} }));
    const d = capture();
    expect(await runEvalCommand(['record', missing], d.io, { code: fakeCode })).toBe(2);
    expect(d.err()).toMatch(/gone\.txt.*\(the "input" of .*missing\.expected\.json\)\n$/);
  });

  it('usage mistakes exit 2', async () => {
    const c = capture();
    expect(await runEvalCommand(['record'], c.io, recordDeps)).toBe(2);
    expect(await runEvalCommand(['record', 'article.txt'], c.io, recordDeps)).toBe(2);
    expect(await runEvalCommand(['score'], c.io, recordDeps)).toBe(2);
    expect(c.err()).toContain('unknown eval command "score"');
  });
});
