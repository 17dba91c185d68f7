// Quotes stage: quotation marks, cue verbs and speakers on small articles with hand-made actor layers.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ActorKind, ActorMention, Article, Quote, Span } from '../../model/types.js';
import { OffsetMap } from '../../model/offset-map.js';
import type { Diagnostic, Doc } from '../../pipeline/stage.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createQuotesStage } from './quotes-stage.js';
import { QUOTES_DATA_DIR } from './speech-verbs.js';

const segment = createSegmentStage();
const quotes = createQuotesStage();

/** An actor for the hand-made layer: the n-th occurrence of `text` (0-based). */
interface A { text: string; code: string | null; kind?: ActorKind; name?: string | null; nth?: number; at?: number; antecedent?: number }

function run(text: string, actors: A[] = []): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  const article: Article = { id: 't', published: '2020-02-12', title: null, url: null, publisher: null, raw: text };
  const doc: Doc = { article, layers: { repair: { text, repairs: [], offsets: OffsetMap.identity(text) } } };
  const diagnostics: Diagnostic[] = [];
  const ctx = { report: (message: string, span?: Span) => { diagnostics.push({ stage: 'quotes', message, span }); } };
  doc.layers.segment = segment.run(doc, ctx);
  doc.layers.actors = actors.map((a): ActorMention => {
    let at = a.at ?? -1;
    if (a.at === undefined) for (let n = 0; n <= (a.nth ?? 0); n++) at = text.indexOf(a.text, at + 1);
    if (at < 0 || text.slice(at, at + a.text.length) !== a.text) throw new Error(`fixture: "${a.text}" not in text`);
    return {
      text: a.text, span: [at, at + a.text.length], sentence: 0, kind: a.kind ?? 'person', name: a.name === undefined ? a.text : a.name,
      code: a.code, country: a.code ? a.code.slice(0, 3) : null, sector: a.code ? a.code.slice(3) : '', rule: 'test',
      ...(a.antecedent !== undefined ? { antecedent: a.antecedent } : {}),
    };
  }).sort((x, y) => x.span[0] - y.span[0]);
  return { quotes: quotes.run(doc, ctx), diagnostics };
}

const spanOf = (text: string, part: string, nth = 0): Span => {
  let at = -1;
  for (let n = 0; n <= nth; n++) at = text.indexOf(part, at + 1);
  return [at, at + part.length];
};

describe('direct quotations', () => {
  it('takes the speaker before a cue verb after the closing mark, with no code when no actor was found', () => {
    const text = '"The US talks with the Taliban in Doha continue around the details of a reduction in violence," a State Department spokesman said Tuesday.';
    const [q, ...rest] = run(text).quotes;
    expect(rest).toEqual([]);
    expect(q!.kind).toBe('direct');
    expect(q!.text).toBe('The US talks with the Taliban in Doha continue around the details of a reduction in violence');
    expect(q!.span).toEqual(spanOf(text, q!.text));
    expect(q!.cue).toEqual({ text: 'said', span: spanOf(text, 'said') });
    expect(q!.speaker).toMatchObject({ text: 'a State Department spokesman', span: spanOf(text, 'a State Department spokesman'), code: null });
  });

  it('copies the code of the actor mention heading the phrase before the verb', () => {
    const text = '"Talks continue on the details," a State Department spokesman said Tuesday.';
    const [q] = run(text, [{ text: 'State Department spokesman', code: 'USAGOV', kind: 'agent' }]).quotes;
    expect(q!.speaker).toMatchObject({ text: 'State Department spokesman', code: 'USAGOV', country: 'USA', sector: 'GOV' });
  });

  it('takes the speaker after an inverted "said"', () => {
    const text = '"We will not leave before the deal is signed," said Zalmay Khalilzad, the US envoy.';
    const [q] = run(text, [{ text: 'Zalmay Khalilzad', code: 'USAGOV' }]).quotes;
    expect(q!.text).toBe('We will not leave before the deal is signed');
    expect(q!.cue!.text).toBe('said');
    expect(q!.speaker).toMatchObject({ text: 'Zalmay Khalilzad', span: spanOf(text, 'Zalmay Khalilzad'), code: 'USAGOV' });
  });

  it('resolves a pronoun speaker through the actors layer, for the quote before "continued" and the one after "adding"', () => {
    const text = 'Ghani spoke on Tuesday.\n\n"The Secretary informed me about the Taliban\'s proposal regarding a significant and lasting reduction of violence," he continued, adding in another tweet, "This is a cozy development."';
    const he = text.indexOf('he continued');
    const { quotes: qs } = run(text, [
      { text: 'Ghani', code: 'AFGGOV', name: 'Ashraf Ghani' },
      { text: 'The Secretary', code: 'USAGOV', kind: 'reference', name: 'Mike Pompeo' },
      { text: 'he', code: null, kind: 'pronoun', name: null, at: he, antecedent: 0 },
    ]);
    const direct = qs.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.text)).toEqual([
      "The Secretary informed me about the Taliban's proposal regarding a significant and lasting reduction of violence",
      'This is a cozy development.',
    ]);
    expect(direct[0]!.cue).toEqual({ text: 'continued', span: spanOf(text, 'continued') });
    expect(direct[1]!.cue).toEqual({ text: 'adding', span: spanOf(text, 'adding') });
    for (const q of direct) {
      expect(q.speaker).toMatchObject({ text: 'he', span: [he, he + 2], code: 'AFGGOV', name: 'Ashraf Ghani' });
    }
  });

  it('finds the cue before the opening mark: "wrote that", past a relative clause and a coordinated verb', () => {
    const text = 'Ghani, who did not reveal details of the proposal, seemed to recognize the development, and wrote that "our main position on peace has so far begun to produce fruitful results."';
    const [q] = run(text, [{ text: 'Ghani', code: 'AFGGOV' }]).quotes.filter((x) => x.kind === 'direct');
    expect(q!.text).toBe('our main position on peace has so far begun to produce fruitful results.');
    expect(q!.span).toEqual(spanOf(text, q!.text));
    expect(q!.cue!.text).toBe('wrote');
    expect(q!.speaker).toMatchObject({ text: 'Ghani', span: [0, 5], code: 'AFGGOV' });
  });

  it('gives "but said Tuesday night:" the subject of the main clause, past an introductory phrase', () => {
    const text = "When asked about Ghani's comments, Robert O'Brien, the White House national security adviser, reiterated that Trump was seeking to withdraw US forces from the country, but said Tuesday night: \"I don't think there is an imminent withdrawal from Afghanistan. \"";
    const { quotes: qs } = run(text, [
      { text: 'Ghani', code: 'AFGGOV' },
      { text: "Robert O'Brien", code: 'USAGOV' },
      { text: 'White House', code: 'USAGOV', kind: 'body' },
      { text: 'Trump', code: 'USAGOV' },
    ]);
    const direct = qs.find((q) => q.kind === 'direct')!;
    expect(direct.text).toBe("I don't think there is an imminent withdrawal from Afghanistan.");
    expect(direct.cue!.text).toBe('said');
    expect(direct.speaker).toMatchObject({ text: "Robert O'Brien", code: 'USAGOV' });
    const indirect = qs.find((q) => q.kind === 'indirect')!;
    expect(indirect.text).toBe('Trump was seeking to withdraw US forces from the country');
    expect(indirect.cue!.text).toBe('reiterated');
    expect(indirect.speaker!.text).toBe("Robert O'Brien");
  });

  it('attributes a quotation embedded in reported speech to the innermost speaker (Pompeo, not Ghani)', () => {
    const text = 'In his tweet, Ghani wrote that Pompeo told him "about the remarkable progress made in the ongoing peace talks with the Taliban."';
    const { quotes: qs } = run(text, [
      { text: 'Ghani', code: 'AFGGOV' }, { text: 'Pompeo', code: 'USAGOV' }, { text: 'the Taliban', code: 'AFGREB', kind: 'group' },
    ]);
    const direct = qs.find((q) => q.kind === 'direct')!;
    expect(direct.text).toBe('about the remarkable progress made in the ongoing peace talks with the Taliban.');
    expect(direct.cue).toEqual({ text: 'told', span: spanOf(text, 'told') });
    expect(direct.speaker).toMatchObject({ text: 'Pompeo', code: 'USAGOV' });
    const indirect = qs.find((q) => q.kind === 'indirect')!;
    expect(indirect.speaker!.text).toBe('Ghani');
    expect(indirect.cue!.text).toBe('wrote');
  });

  it('keeps a quotation that runs over several sentences as one quote', () => {
    const text = '"We are ready. We will talk to anyone who wants peace," Ghani said.';
    const [q] = run(text, [{ text: 'Ghani', code: 'AFGGOV' }]).quotes;
    expect(q!.text).toBe('We are ready. We will talk to anyone who wants peace');
    expect(q!.speaker!.code).toBe('AFGGOV');
  });

  it('reads curly quotes, guillemets and TeX-style quotes', () => {
    for (const [open, close] of [['“', '”'], ['«', '»'], ['``', "''"]]) {
      const text = `${open}The talks are going well,${close} Ghani said.`;
      const [q] = run(text, [{ text: 'Ghani', code: 'AFGGOV' }]).quotes;
      expect(q, open).toMatchObject({ text: 'The talks are going well', span: spanOf(text, 'The talks are going well'), cue: { text: 'said' } });
    }
  });

  it('closes an unclosed quote at the paragraph end and shares the speaker with its continuation', () => {
    const text = '"We will not accept a deal that ignores the Afghan people.\n\n"We want peace with dignity," Ghani said.';
    const qs = run(text, [{ text: 'Ghani', code: 'AFGGOV' }]).quotes;
    expect(qs.map((q) => q.text)).toEqual(['We will not accept a deal that ignores the Afghan people.', 'We want peace with dignity']);
    expect(qs.map((q) => q.speaker?.code)).toEqual(['AFGGOV', 'AFGGOV']);
  });

  it('carries the last speaker to a quotation standing alone in the same paragraph, never into the next one', () => {
    const text = 'Ghani said the talks with the Taliban were useful. "We are hopeful about the next round of talks."\n\n"This must end now, and the fighting must stop."';
    const qs = run(text, [{ text: 'Ghani', code: 'AFGGOV' }, { text: 'the Taliban', code: 'AFGREB', kind: 'group' }]).quotes;
    const alone = qs.find((q) => q.text.startsWith('We are hopeful'))!;
    expect(alone.speaker!.text).toBe('Ghani');
    expect(alone.cue!.text).toBe('said');
    const next = qs.find((q) => q.text.startsWith('This must end'))!;
    expect(next.speaker).toBeNull();
  });

  it('keeps scare quotes out, reports them, and still codes the reported clause around them', () => {
    const text = 'So far, the Taliban have refused to talk to the West-backed government in Kabul, saying they are a "puppet regime."';
    const { quotes: qs, diagnostics } = run(text, [{ text: 'the Taliban', code: 'AFGREB', kind: 'group' }]);
    expect(qs.filter((q) => q.kind === 'direct')).toEqual([]);
    expect(diagnostics.some((d) => d.message.includes('scare quotes') && d.span?.[0] === text.indexOf('puppet'))).toBe(true);
    const [ind] = qs;
    expect(ind).toMatchObject({ kind: 'indirect', text: 'they are a "puppet regime."', cue: { text: 'saying' }, speaker: { text: 'the Taliban', code: 'AFGREB' } });
    expect(ind!.span).toEqual(spanOf(text, 'they are a "puppet regime."'));
  });

  it('keeps a short quotation when a cue verb governs it', () => {
    const text = 'Ghani said the US Secretary of State told him that "remarkable progress" had been made.';
    const qs = run(text, [{ text: 'Ghani', code: 'AFGGOV' }, { text: 'the US Secretary of State', code: 'USAGOV', kind: 'agent' }]).quotes;
    const direct = qs.find((q) => q.kind === 'direct')!;
    expect(direct).toMatchObject({ text: 'remarkable progress', cue: { text: 'told' }, speaker: { text: 'the US Secretary of State', code: 'USAGOV' } });
  });

  it('ignores titles and mid-sentence quotations that no cue verb governs', () => {
    expect(run('Officials discussed the so-called "Deal of the Century" peace plan on Tuesday.').quotes).toEqual([]);
    const text = "The government and the rebels agreed to allow ``unimpeded humanitarian access to all areas and for people in need.''";
    expect(run(text).quotes).toEqual([]);
  });

  it('never throws on awkward input, and every span slices to its text', () => {
    const inputs = [
      '', '"', '""', '" "', '“”', 'He said "', '"Unclosed at the end, he said', "''", "'", 'said', 'said: "',
      '"A," he said, "B," she said, "C."', '«Non», a-t-il dit.', '"One.\n\n"Two.\n\n"Three," he said.',
      'He said that.', 'They said, "',
    ];
    for (const text of inputs) {
      const { quotes: qs } = run(text, text.includes('he said') ? [{ text: 'he', code: 'USA', kind: 'pronoun', at: text.indexOf('he said') }] : []);
      for (const q of qs) {
        expect(text.slice(q.span[0], q.span[1]), text).toBe(q.text);
        if (q.cue) expect(text.slice(q.cue.span[0], q.cue.span[1])).toBe(q.cue.text);
        if (q.speaker) expect(text.slice(q.speaker.span[0], q.speaker.span[1])).toBe(q.speaker.text);
      }
    }
  });

  it('takes single quotes only when a cue verb governs them, and never a possessive apostrophe', () => {
    const text = "Ghani said: 'We are ready to talk to the Taliban.' The leaders' summit ended. Critics call it 'a good start' anyway.";
    const qs = run(text, [{ text: 'Ghani', code: 'AFGGOV' }]).quotes;
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', text: 'We are ready to talk to the Taliban.', cue: { text: 'said' }, speaker: { text: 'Ghani' } });
    expect(qs[0]!.span).toEqual(spanOf(text, 'We are ready to talk to the Taliban.'));
  });
});

describe('indirect quotations', () => {
  it('codes "X told Y that CLAUSE" and "CLAUSE, X said." with actor speakers', () => {
    const text = 'Ghani told reporters on Tuesday that the Taliban had agreed to a truce. Talks will resume in Doha next week, US officials said.';
    const qs = run(text, [
      { text: 'Ghani', code: 'AFGGOV' }, { text: 'the Taliban', code: 'AFGREB', kind: 'group' }, { text: 'US officials', code: 'USAGOV', kind: 'agent' },
    ]).quotes;
    expect(qs).toHaveLength(2);
    expect(qs[0]).toMatchObject({ kind: 'indirect', text: 'the Taliban had agreed to a truce', cue: { text: 'told' }, speaker: { text: 'Ghani' } });
    expect(qs[0]!.span).toEqual(spanOf(text, 'the Taliban had agreed to a truce'));
    expect(qs[1]).toMatchObject({ kind: 'indirect', text: 'Talks will resume in Doha next week', cue: { text: 'said' }, speaker: { text: 'US officials', code: 'USAGOV' } });
    expect(qs[1]!.span).toEqual(spanOf(text, 'Talks will resume in Doha next week'));
  });

  it('skips reported speech without an actor speaker, denials of speech and objects that are not clauses', () => {
    const text = 'A spokesman said the talks failed. Ghani did not say that the talks failed. Ghani described the proposal in detail.';
    expect(run(text, [{ text: 'Ghani', code: 'AFGGOV' }, { text: 'Ghani', code: 'AFGGOV', nth: 1 }]).quotes).toEqual([]);
  });

  it('codes a speech verb after an unrelated negation in the same clause', () => {
    const text = 'Ghani did not respond to questions and said that the talks would continue.';
    const [q] = run(text, [{ text: 'Ghani', code: 'AFGGOV' }]).quotes;
    expect(q).toMatchObject({ kind: 'indirect', text: 'the talks would continue', cue: { text: 'said' }, speaker: { text: 'Ghani' } });
  });

  it('does not take the object of a relative clause for the speaker', () => {
    const text = 'The official who met Pompeo said the talks would resume.';
    expect(run(text, [{ text: 'Pompeo', code: 'USAGOV' }]).quotes).toEqual([]);
  });
});

const SEED = path.resolve(QUOTES_DATA_DIR, '..', '..', 'shared', 'seed', '000_848cd51483da8687.txt');

describe.skipIf(!existsSync(SEED))('the seed article through the real stages (needs ../shared)', () => {
  it('finds the spokesman, Ghani and O\'Brien quotations with their cue verbs', async () => {
    // The real stages up to the actors; an actors stage still in progress may fail, and then the
    // quotes must still come out (with speakers from noun phrases, no codes).
    const { createRepairStage } = await import('../repair/repair-stage.js');
    const { createDatesStage } = await import('../dates/dates-stage.js');
    let raw = readFileSync(SEED, 'utf8').replace(/^\s*date \S+ /, '');
    const code = async (): Promise<{ text: string; quotes: Quote[] }> => {
      const article: Article = { id: 'seed', published: '2020-02-12', title: null, url: null, publisher: null, raw };
      const doc: Doc = { article, layers: {} };
      const ctx = { report: () => {} };
      doc.layers.repair = createRepairStage().run(doc, ctx);
      doc.layers.segment = segment.run(doc, ctx);
      try {
        doc.layers.dates = createDatesStage().run(doc, ctx);
        const { createActorsStage } = await import('../actors/actors-stage.js');
        const { loadActorDictionary } = await import('../../dictionaries/actor-dictionary.js');
        doc.layers.actors = createActorsStage(loadActorDictionary(path.resolve(QUOTES_DATA_DIR))).run(doc, ctx);
      } catch {
        doc.layers.actors = [];
      }
      return { text: doc.layers.repair.text, quotes: quotes.run(doc, ctx) };
    };
    let record = await code();
    if (record.text.includes(',quot;')) {
      // the repair stage is still a placeholder: do its job for this test
      raw = raw.replaceAll(',quot;', '"').replaceAll('O & # 39; Brien', "O'Brien");
      record = await code();
    }
    const direct = record.quotes.filter((q) => q.kind === 'direct');
    const find = (start: string): Quote => {
      const q = direct.find((x) => x.text.startsWith(start));
      expect(q, start).toBeDefined();
      expect(record.text.slice(q!.span[0], q!.span[1])).toBe(q!.text);
      return q!;
    };
    expect(find('The US talks with the Taliban in Doha continue').cue!.text).toBe('said');
    expect(find('The US talks with the Taliban in Doha continue').speaker!.text).toMatch(/spokesman/);
    expect(find('The Secretary informed me').cue!.text).toBe('continued');
    expect(find('The Secretary informed me').speaker!.text).toBe('he');
    expect(find('This is a cozy development.').cue!.text).toBe('adding');
    expect(find('our main position on peace').cue!.text).toBe('wrote');
    expect(find('our main position on peace').speaker!.text).toMatch(/Ghani/);
    expect(find("I don't think there is an imminent withdrawal").speaker!.text).toMatch(/O.*Brien/);
    expect(find('about the remarkable progress').cue!.text).toBe('told');
    expect(find('about the remarkable progress').speaker!.text).toMatch(/Pompeo/);
    expect(direct.some((q) => q.text.includes('puppet regime'))).toBe(false);
    // codes depend on the actors stage: never a wrong one
    expect([null, 'AFGGOV']).toContain(find('This is a cozy development.').speaker!.code);
    expect([null, 'USAGOV']).toContain(find('about the remarkable progress').speaker!.code);
  });
});
