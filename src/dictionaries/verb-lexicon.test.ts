// Tests for the verb-lexicon loader and data/verbs.tsv: grammar, codes, and that every row can fire.
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { loadVerbLexicon, parseVerbLexicon, triggerKey, type VerbPattern } from './verb-lexicon.js';
import { loadCameoTables } from './cameo-tables.js';
import { loadNlp } from '../stages/segment/nlp.js';

const DATA = fileURLToPath(new URL('../../data/verbs.tsv', import.meta.url));
const CAMEO = fileURLToPath(new URL('../../data/cameo.tsv', import.meta.url));
const SPEECH = fileURLToPath(new URL('../../data/speech-verbs.tsv', import.meta.url));

const tiny = [
  '# tiny lexicon',
  'id\tcameo\tpattern\treason',
  'accuse\t112\tv:accuse',
  'accuse-of\t112\tv:accuse * of',
  'accuse-of-war-crimes\t1124\tv:accuse * of war crime|crimes',
  'hold-talks\t040\tv:hold talk|talks with *',
  'hold-hostage\t181\tv:hold * hostage|captive',
  'hold-election\t---\tv:hold election|elections\ta vote is not an event',
  'call-off-strike\t082\tv:call_off strike',
  'willing-to\t030\ta:willing to',
  'hunger-strike\t142\tn:hunger_strike !',
  'leave-armed\t087\tv:leave * @MIL|REB',
  'arrive-unarmed\t042\tv:arrive in @!MIL|COP',
  'offer-to\t030\tv:offer to',
  'offer-apology\t055\tv:offer apology',
].join('\n');

describe('parseVerbLexicon', () => {
  const lex = parseVerbLexicon(tiny, 'tiny.tsv');
  const byId = (id: string): VerbPattern => lex.patterns.find((p) => p.id === id)!;

  it('reads triggers, elements, target slots and reasons', () => {
    expect(byId('accuse-of')).toMatchObject({
      cameo: '112',
      trigger: { kind: 'verb', words: ['accuse'] },
      elements: [{ kind: 'target' }, { kind: 'word', alts: ['of'] }],
      noTarget: false,
      line: 4,
    });
    expect(byId('hold-talks').elements).toEqual([
      { kind: 'word', alts: ['talk', 'talks'] },
      { kind: 'word', alts: ['with'] },
      { kind: 'target' },
    ]);
    expect(byId('hold-election')).toMatchObject({ cameo: null, reason: 'a vote is not an event' });
    expect(byId('call-off-strike').trigger).toEqual({ kind: 'verb', words: ['call', 'off'] });
    expect(byId('willing-to').trigger.kind).toBe('adj');
    expect(byId('hunger-strike')).toMatchObject({ trigger: { kind: 'noun', words: ['hunger', 'strike'] }, noTarget: true, elements: [] });
  });

  it('lists patterns by trigger lemma, most specific first', () => {
    expect(lex.byTrigger.get(triggerKey('verb', 'accuse'))!.map((p) => p.id)).toEqual(['accuse-of-war-crimes', 'accuse-of', 'accuse']);
    expect(lex.byTrigger.get('v:call')!.map((p) => p.id)).toEqual(['call-off-strike']);
    expect(lex.byTrigger.get('n:hunger')!.map((p) => p.id)).toEqual(['hunger-strike']);
    expect(lex.byTrigger.has('v:election')).toBe(false);
  });

  it('reads source sectors after "@", and weighs a function word half a content word', () => {
    expect(byId('leave-armed')).toMatchObject({ elements: [{ kind: 'target' }], sourceSectors: ['MIL', 'REB'], noTarget: false });
    expect(byId('accuse').sourceSectors).toBeUndefined();
    expect(byId('arrive-unarmed')).toMatchObject({ elements: [{ kind: 'word', alts: ['in'] }], notSourceSectors: ['MIL', 'COP'] });
    expect(byId('arrive-unarmed').sourceSectors).toBeUndefined();
    expect(() => parseVerbLexicon('id\tcameo\tpattern\nx\t042\tv:arrive @!mil')).toThrow(/three capital letters/);
    expect(lex.byTrigger.get('v:offer')!.map((p) => p.id)).toEqual(['offer-apology', 'offer-to']);
  });

  it('reads a source slot "$": it counts as an element', () => {
    const p = parseVerbLexicon('id\tcameo\tpattern\nx\t072\tv:receive tanks from $').patterns[0]!;
    expect(p.elements).toEqual([{ kind: 'word', alts: ['tanks'] }, { kind: 'word', alts: ['from'] }, { kind: 'source' }]);
    expect(p.specificity).toBe(2.5);
    expect(p.noTarget).toBe(false);
  });

  it('names file and line for a bad row', () => {
    expect(() => parseVerbLexicon('id\tcameo\tpattern\nx\t087\tv:leave * @mil', 'v.tsv')).toThrow(/v\.tsv:2: source sectors "@mil"/);
    const bad = (row: string) => () => parseVerbLexicon(`id\tcameo\tpattern\n${row}`, 'v.tsv');
    expect(bad('x\t1234x\tv:go')).toThrow(/v\.tsv:2: cameo "1234x"/);
    expect(bad('x\t010\tgo')).toThrow(/v\.tsv:2: .*must start with v:LEMMA/);
    expect(bad('x\t010\tv:Go')).toThrow(/v\.tsv:2: trigger/);
    expect(bad('x\t010\tv:go * to *')).toThrow(/at most one target/);
    expect(bad('x\t010\tv:go * !')).toThrow(/both a target/);
    expect(bad('x\t010\tv:go ! to')).toThrow(/may only end/);
    expect(bad('x\t010\tv:go to||from')).toThrow(/bad word/);
    expect(bad('x\t070\tv:receive aid from $ $')).toThrow(/at most one source slot/);
    expect(bad('x\t070\tv:receive * from $')).toThrow(/both "\$" and "\*"/);
    expect(bad('x\t070\tv:receive from $ !')).toThrow(/both a source slot/);
    expect(bad('x\t070\ta:aid from $')).toThrow(/verb and noun patterns only/);
    // an event noun has no subject, so its pattern may name both sides
    expect(bad('x\t040\tn:meeting of $ with *')).not.toThrow();
    expect(bad('X Y\t010\tv:go')).toThrow(/id "X Y"/);
    expect(() => parseVerbLexicon('a\t010\tv:go\na\t010\tv:come', 'v.tsv')).toThrow(/v\.tsv:2: id "a" is used twice/);
  });
});

describe('data/verbs.tsv', () => {
  const lex = loadVerbLexicon(DATA);
  const cameo = loadCameoTables(CAMEO);
  const first = (key: string, sentence: string[]): VerbPattern | undefined =>
    // a crude in-order matcher, enough to check which row the data makes win
    lex.byTrigger.get(key)?.find((p) => {
      let at = 0;
      for (const e of p.elements) {
        if (e.kind !== 'word') continue;
        const k = sentence.findIndex((w, i) => i >= at && e.alts.includes(w));
        if (k < 0) return false;
        at = k + 1;
      }
      return true;
    });

  it('covers every CAMEO root with hundreds of patterns', () => {
    expect(lex.patterns.length).toBeGreaterThan(600);
    const roots = new Set(lex.patterns.filter((p) => p.cameo).map((p) => p.cameo!.slice(0, 2)));
    for (let r = 1; r <= 20; r++) expect(roots, String(r)).toContain(String(r).padStart(2, '0'));
  });

  it('uses only codes listed in data/cameo.tsv', () => {
    for (const p of lex.patterns) if (p.cameo) expect(cameo.get(p.cameo)?.code, `${p.id} (line ${p.line})`).toBe(p.cameo);
  });

  it('has no two rows with the same pattern', () => {
    const seen = new Map<string, string>();
    for (const p of lex.patterns) {
      // (rows for different sources are different patterns: "fly into @GOV" visits, "fly into @MIL|COP" deploys)
      const sectors = `${p.sourceSectors ? '@' + p.sourceSectors.join('|') : ''}${p.notSourceSectors ? '@!' + p.notSourceSectors.join('|') : ''}`;
      const key = `${p.trigger.kind}:${p.trigger.words.join('_')} ${p.elements.map((e) => (e.kind === 'target' ? '*' : e.kind === 'source' ? '$' : e.alts.join('|'))).join(' ')}${sectors}`;
      expect(seen.get(key), `${p.id} repeats ${key}`).toBeUndefined();
      seen.set(key, p.id);
    }
  });

  it('leaves plain speech verbs to data/speech-verbs.tsv', () => {
    const speech = readFileSync(SPEECH, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]!);
    for (const verb of speech) {
      const bare = lex.byTrigger.get(`v:${verb}`)?.filter((p) => p.elements.length === 0 && p.trigger.words.length === 1) ?? [];
      expect(bare.map((p) => p.id), verb).toEqual([]);
    }
  });

  it('lets the object decide the code', () => {
    expect(first('v:hold', ['hold', 'talks', 'with', 'iran'])?.cameo).toBe('040');
    expect(first('v:hold', ['hold', 'elections', 'in', 'may'])?.cameo).toBeNull();
    expect(first('v:impose', ['impose', 'sanctions', 'on', 'iran'])?.cameo).toBe('163');
    expect(first('v:impose', ['impose', 'a', 'curfew'])?.cameo).toBe('1723');
    expect(first('v:accuse', ['accuse', 'x', 'of', 'war', 'crimes'])?.cameo).toBe('1124');
    expect(first('v:accuse', ['accuse', 'x', 'of', 'lying'])?.cameo).toBe('112');
    expect(first('v:open', ['open', 'fire', 'on', 'x'])?.cameo).toBe('190');
    expect(first('v:release', ['release', 'two', 'hostages'])?.cameo).toBe('0841');
    expect(first('v:release', ['release', 'a', 'report'])?.cameo).toBeNull();
    expect(first('v:sign', ['sign', 'a', 'peace', 'agreement'])?.cameo).toBe('057');
    expect(first('v:sign', ['sign', 'a', 'decree'])).toBeUndefined();
    expect(first('v:call', ['call', 'for', 'a', 'ceasefire'])?.cameo).toBe('0256');
    expect(first('v:call_off', ['call', 'off', 'the', 'strike'])).toBeUndefined();
    expect(first('v:call', ['call', 'off', 'the', 'strike'])?.id).toMatch(/^call-off-strike/);
  });

  it('gives central political verbs a plain fallback that their objects refine or shadow', () => {
    expect(first('v:agree', ['agree', 'that', 'they', 'should', 'cooperate'])?.cameo).toBe('030');
    expect(first('v:agree', ['agree', 'upon', 'a', 'pact'])?.cameo).toBe('030');
    expect(first('v:suspend', ['suspend', 'air', 'links'])?.cameo).toBe('160');
    expect(first('v:suspend', ['suspend', 'talks'])?.cameo).toBe('164');
    expect(first('v:suspend', ['suspend', 'two', 'officials'])?.cameo).toBeNull();
    expect(first('v:hand', ['hand', 'over', 'two', 'suspects'])?.cameo).toBe('063');
    expect(first('v:hand', ['hand', 'over', 'the', 'town'])?.cameo).toBe('0842');
    expect(first('v:hand', ['hand', 'over', 'a', 'letter'])?.cameo).toBeNull();
    expect(first('v:hand', ['hand', 'over', 'medicine', 'to'])?.cameo).toBe('073');
    expect(first('n:suspension', ['suspension', 'of', 'air', 'links'])?.cameo).toBe('160');
    expect(first('n:decision', ['decision', 'of', 'send', 'troops'])?.cameo).toBeNull();
  });

  it('codes whole families of yielding, sanctioning, coercing and protesting', () => {
    expect(first('v:cancel', ['cancel', 'restrictions', 'on', 'the', 'language'])?.cameo).toBe('081');
    expect(first('v:drop', ['drop', 'all', 'charges'])?.cameo).toBe('0841');
    expect(first('v:speed', ['speed', 'up', 'the', 'withdrawal'])?.cameo).toBe('087');
    expect(first('v:force', ['force', 'x', 'out', 'of', 'the', 'country'])?.cameo).toBe('166');
    expect(first('v:prevent', ['prevent', 'the', 'demonstration'])?.cameo).toBe('1721');
    expect(first('v:order', ['order', 'patrols', 'by', 'police'])?.cameo).toBe('153');
    expect(first('v:order', ['order', 'x', 'to', 'appear'])?.cameo).toBe('100');
    expect(first('v:dispatch', ['dispatch', 'inspectors', 'to'])?.cameo).toBe('090');
    expect(first('v:shun', ['shun', 'work'])?.cameo).toBe('143');
    expect(first('v:shun', ['shun', 'the', 'summit'])?.cameo).toBe('120');
    expect(first('v:mount', ['mount', 'its', 'invasion'])?.cameo).toBe('190');
  });

  it('reads the noun after a welcomed person as what is welcomed, not a visit', () => {
    expect(first('v:welcome', ['welcome', 'president', 'reagan', 'statement'])?.cameo).toBe('051');
    expect(first('v:welcome', ['welcome', 'the', 'president', 'to', 'bonn'])?.cameo).toBe('043');
  });

  it('codes arson against buildings as damage to property and burning cars as rioting', () => {
    expect(first('v:set', ['set', 'fire', 'to', 'the', 'offices'])?.cameo).toBe('171');
    expect(first('v:set', ['set', 'fire', 'to', 'cars'])?.cameo).toBe('145');
  });

  it('never codes common non-political verbs bare', () => {
    for (const verb of ['make', 'take', 'run', 'give', 'go', 'get', 'have', 'do', 'sign', 'try', 'help', 'return', 'consider']) {
      const bare = lex.byTrigger.get(`v:${verb}`)?.filter((p) => p.elements.length === 0 && p.trigger.words.length === 1 && p.cameo) ?? [];
      expect(bare.map((p) => p.id), verb).toEqual([]);
    }
  });

  it('writes every trigger as a lemma wink produces, so each row can fire', () => {
    const nlp = loadNlp();
    const its = nlp.its;
    // a noun in "-ing" is a noun before "of" ("the lifting of sanctions"), a verb's gerund alone
    const frames = {
      verb: (f: string) => [`They ${f} the group.`],
      noun: (f: string) => [`The ${f} was reported.`, `The ${f} of the ban was reported.`],
      adj: (f: string) => [`They were ${f} to go.`],
    };
    const forms = (w: string): string[] => {
      const f = new Set([w, `${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`]);
      if (w.endsWith('e')) f.add(`${w.slice(0, -1)}ing`);
      if (w.endsWith('y')) f.add(`${w.slice(0, -1)}ied`).add(`${w.slice(0, -1)}ies`);
      if (/[bdglmnprt]$/.test(w)) f.add(`${w}${w.at(-1)}ed`).add(`${w}${w.at(-1)}ing`);
      return [...f];
    };
    const checked = new Set<string>();
    const unreachable: string[] = [];
    for (const p of lex.patterns) {
      const lemma = p.trigger.words[0]!;
      const key = `${p.trigger.kind}:${lemma}`;
      if (checked.has(key)) continue;
      checked.add(key);
      const ok = forms(lemma).some((f) => frames[p.trigger.kind](f).some((frame) =>
        (nlp.readDoc(frame).tokens().out(its.lemma as never) as string[]).some((l) => l.toLowerCase() === lemma),
      ));
      if (!ok) unreachable.push(`${key} (${p.id}, line ${p.line})`);
    }
    expect(unreachable).toEqual([]);
  });
});

describe('loadVerbLexicon start-up cache', () => {
  it('reads back the lexicon it parsed, patterns shared with their trigger lists, and parses again when the file changes', () => {
    const saved = { dir: process.env.DYAD_CACHE_DIR, off: process.env.DYAD_NO_CACHE };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-verbs-cache-'));
    process.env.DYAD_CACHE_DIR = path.join(dir, 'cache');
    delete process.env.DYAD_NO_CACHE;
    try {
      const file = path.join(dir, 'verbs.tsv');
      writeFileSync(file, 'id\tcameo\tpattern\narrest\t173\tv:arrest *\nmeet\t040\tv:meet with *\n');
      const built = loadVerbLexicon(file);
      const read = loadVerbLexicon(file);
      expect(read).not.toBe(built);
      expect(read).toEqual(built);
      expect(read.byTrigger.get('v:arrest')![0]).toBe(read.patterns[0]);
      expect(readdirSync(process.env.DYAD_CACHE_DIR)).toHaveLength(1);
      writeFileSync(file, 'id\tcameo\tpattern\narrest\t173\tv:arrest *\nmeet\t040\tv:meet with *\nvisit\t042\tv:visit *\n');
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      expect(loadVerbLexicon(file).patterns.map((p) => p.id)).toEqual(['arrest', 'meet', 'visit']);
      writeFileSync(file, 'id\tcameo\tpattern\narrest\t17x\tv:arrest *\n');
      utimesSync(file, new Date(), new Date(Date.now() + 10000));
      expect(() => loadVerbLexicon(file)).toThrow(/verbs\.tsv:2: cameo "17x"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      if (saved.dir === undefined) delete process.env.DYAD_CACHE_DIR;
      else process.env.DYAD_CACHE_DIR = saved.dir;
      if (saved.off !== undefined) process.env.DYAD_NO_CACHE = saved.off;
    }
  });
});
