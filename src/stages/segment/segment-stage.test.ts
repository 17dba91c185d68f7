// Unit tests of the segment stage: sentence bounds, token spans, POS and lemmas.
import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../model/offset-map.js';
import type { Doc } from '../../pipeline/stage.js';
import { newNlp } from './nlp.js';
import { createSegmentStage } from './segment-stage.js';

function segment(text: string) {
  const doc: Doc = {
    article: { id: 't', published: '2020-02-12', title: null, url: null, publisher: null, raw: text },
    layers: { repair: { text, repairs: [], offsets: OffsetMap.identity(text) } },
  };
  const out = createSegmentStage().run(doc, { report() {} });
  const sentences = out.sentences.map((s) => text.slice(s.span[0], s.span[1]));
  return { ...out, sentences };
}

describe('segment stage', () => {
  it('reads an "-ed" word wink does not know, after a name and before an object, as the name\'s verb, with its base form', () => {
    const { tokens } = segment("Pakistan's Supreme Court validated last October's coup. The Court of Algiers pronounced the dissolution. A validated ticket.");
    const at = (word: string, nth = 0) => tokens.filter((t) => t.lower === word)[nth]!;
    expect([at('validated').pos, at('validated').lemma]).toEqual(['VERB', 'validate']);
    expect([at('pronounced').pos, at('pronounced').lemma]).toEqual(['VERB', 'pronounce']);
    expect(at('validated', 1).pos).not.toBe('VERB');
  });

  it('reads "shot" before "dead" as the verb, whatever wink tagged it', () => {
    const { tokens } = segment('U.S. Navy snipers on the destroyer USS Bainbridge shot dead three Somali pirates. He took a shot at goal.');
    const shots = tokens.filter((t) => t.lower === 'shot');
    expect([shots[0]!.pos, shots[0]!.lemma]).toEqual(['VERB', 'shoot']);
    expect(shots[1]!.pos).not.toBe('VERB');
  });

  it('reads an "-ed" word opening a sentence before a noun and its verb as describing the noun', () => {
    const { tokens } = segment('Masked police smashed their way into the house. Backed by tanks, troops stormed the town.');
    expect(tokens.find((t) => t.lower === 'masked')!.pos).toBe('ADJ');
    expect(tokens.find((t) => t.lower === 'backed')!.pos).toBe('VERB');
  });

  it('reads the "-ing" word right after "began", "started" or "continued" as the verb', () => {
    const { tokens } = segment('Police began arresting protesters. Troops began landing in Honiara. They began the landing of troops.');
    const at = (word: string, nth = 0) => tokens.filter((t) => t.lower === word)[nth]!;
    expect([at('arresting').pos, at('arresting').lemma]).toEqual(['VERB', 'arrest']);
    expect([at('landing').pos, at('landing').lemma]).toEqual(['VERB', 'land']);
    // after a determiner and before "of" it stays the noun
    expect(at('landing', 1).pos).toBe('NOUN');
  });

  it('gives every token a span that slices the text to the token', () => {
    const text = 'The U.S. envoy met   Taliban leaders in Doha on Tuesday. They didn\'t agree.';
    const { tokens } = segment(text);
    for (const t of tokens) expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('Taliban');
    const met = tokens.find((t) => t.text === 'met')!;
    expect(met.lemma).toBe('meet');
    expect(met.pos).toBe('VERB');
    expect(met.span).toEqual([text.indexOf('met'), text.indexOf('met') + 3]);
  });

  it("keeps wink's lemma for every token when it reuses one word's lemma across tags, contractions and documents", () => {
    const texts = [
      // `left` is leave as a verb and left as an adjective; `meeting` and `leaves` change with their tag too
      'He left the meeting. The left wing was meeting today. The leaves fell, he leaves.',
      "The attacks were condemned. Militants attacks the base again, and he's said they'd attack it. Let's go to the boss's car.",
      "Talks plan: the plan was to talk. She's got talks planned; they're meeting and it isn't over.",
      'Attacks, attacked, attacking: the ATTACKS continue. He\'s here, he\'s gone.',
    ];
    const stage = createSegmentStage(newNlp());
    const wink = newNlp();
    for (const text of texts) {
      const doc: Doc = {
        article: { id: 't', published: null, title: null, url: null, publisher: null, raw: text },
        layers: { repair: { text, repairs: [], offsets: OffsetMap.identity(text) } },
      };
      const { tokens } = stage.run(doc, { report() {} });
      const all = wink.readDoc(text).tokens();
      const values = all.out();
      const lemmas = all.out(wink.its.lemma as never) as unknown as string[];
      const expected = values.map((v, w) => (!lemmas[w] || lemmas[w] === v ? v.toLowerCase() : lemmas[w]!.toLowerCase()));
      expect(tokens.map((t) => t.lemma)).toEqual(expected);
    }
  });

  it('places quotation marks on both sides of a paragraph break where they are', () => {
    const text = 'He said: "We are in talks with the Taliban."\n\n"I want to repeat it," he added.';
    const { tokens, sentences } = segment(text);
    const quotes = tokens.filter((t) => t.text === '"').map((t) => t.span[0]);
    expect(quotes).toEqual([text.indexOf('"'), text.indexOf('."') + 1, text.indexOf('"I'), text.indexOf(',"') + 1]);
    for (const t of tokens) expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
    expect(sentences).toEqual(['He said: "We are in talks with the Taliban."', '"I want to repeat it," he added.']);
  });

  it('renews its wink instance once wink has learnt enough new words, with the same output', () => {
    let made = 0;
    const options = { renewAfterNewWords: 50, checkEvery: 1, newNlp: () => (made++, newNlp()) };
    const renewing = createSegmentStage(newNlp(), options);
    const plain = createSegmentStage(newNlp());
    const run = (stage: ReturnType<typeof createSegmentStage>, text: string) => {
      const doc: Doc = {
        article: { id: 't', published: null, title: null, url: null, publisher: null, raw: text },
        layers: { repair: { text, repairs: [], offsets: OffsetMap.identity(text) } },
      };
      return stage.run(doc, { report() {} });
    };
    // the same words again and again: wink learns nothing new, no renewal
    const known = 'Police arrested 40 protesters in Paris on Tuesday.';
    for (let k = 0; k < 20; k++) expect(run(renewing, known)).toEqual(run(plain, known));
    expect(made).toBe(0);
    // 20 new names per article: more than 50 new words every three articles
    for (let k = 0; k < 30; k++) {
      const names = Array.from({ length: 20 }, (_, j) => `Zorvath${k}x${j}`).join(' and ');
      const text = `${names} met in Doha.`;
      expect(run(renewing, text)).toEqual(run(plain, text));
    }
    expect(made).toBeGreaterThanOrEqual(5);
    expect(made).toBeLessThanOrEqual(15);
  });

  it('does not split after U.S., Lt. Gen. or initials', () => {
    const { sentences } = segment('Lt. Gen. John A. Smith of the U.S. Army met Afghan officials. He left on Friday.');
    expect(sentences).toEqual(['Lt. Gen. John A. Smith of the U.S. Army met Afghan officials.', 'He left on Friday.']);
  });

  it('keeps a quotation of several sentences inside one sentence', () => {
    const { sentences } = segment('He said "We will go. They won\'t." Then Mr. Jones left.');
    expect(sentences).toEqual(['He said "We will go. They won\'t."', 'Then Mr. Jones left.']);
  });

  it('splits at paragraph breaks even without a full stop', () => {
    const { sentences } = segment('Talks resume in Doha\n\nThe Taliban rejected the demand.');
    expect(sentences).toEqual(['Talks resume in Doha', 'The Taliban rejected the demand.']);
  });

  it('assigns each token the index of its sentence', () => {
    const { tokens, sentences } = segment('One sentence here. Another one there.');
    expect(sentences.length).toBe(2);
    expect(tokens.filter((t) => t.sentence === 1).map((t) => t.text)).toEqual(['Another', 'one', 'there', '.']);
  });

  it('returns nothing for blank text', () => {
    expect(segment('   \n ').tokens).toEqual([]);
  });
});
