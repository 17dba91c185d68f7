// Tests for the word facts: the per-token start bits never pass by a token where a name, agent or place
// starts, the lower-case names lose no name a lower-case word can match, and the facts are the word's own.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article, Sentence, Token } from '../../model/types.js';
import type { Doc } from '../../pipeline/stage.js';
import { loadActorDictionary } from '../../dictionaries/actor-dictionary.js';
import { capitalsAgree } from '../../dictionaries/name-trie.js';
import { createRepairStage } from '../repair/repair-stage.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import {
  CAPITALISED, LOWER_INITIAL, PRONOUN, STARTS_AGENT, STARTS_NAME, STARTS_PLACE, createWordFacts, isCapitalised, type Agreement,
} from './word-facts.js';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data');
const dict = loadActorDictionary(DATA);
const classes = {
  pronouns: new Map<string, Agreement>([['he', 'person'], ['she', 'person'], ['they', 'plural'], ['it', 'thing']]),
  possessivePronoun: new Set(['its', 'their', 'his', 'her']),
  determiner: new Set(['the']),
};
const segment = createSegmentStage();

function segmented(raw: string): { tokens: Token[]; sentences: Sentence[] } {
  const article: Article = { id: 't', published: '2020-02-12', title: null, url: null, publisher: null, raw };
  const doc: Doc = { article, layers: {} };
  const ctx = { report() {} };
  doc.layers.repair = createRepairStage().run(doc, ctx);
  return segment.run(doc, ctx);
}

const TEXTS = [
  'Afghan President Ashraf Ghani said the Taliban had made a proposal. The United States and the U.S. Army agreed.',
  'Syrian Foreign Minister Asaad al-Shaibani met the taliban and al-Qaeda; the Kurdistan Workers’ Party (PKK) and the UN.',
  'Rebels operating in Darfur, Hezbollah-led forces, pro-government militias and İstanbul police left on Monday.',
  'the army said farc and the eln attacked it and the who and us troops left. they said its soldiers were in kabul.',
  '"We will not," he said — ANTALYA, Turkey — Russian Foreign Minister Sergei Lavrov and ethnic Albanians in Macedonia.',
];

describe('word facts', () => {
  for (const lowerCased of [false, true]) {
    it(`never pass by a token where a walk finds a key (${lowerCased ? 'lower-cased' : 'cased'} text)`, () => {
      const facts = createWordFacts(dict, classes);
      for (const text of TEXTS) {
        const { tokens, sentences } = segmented(text);
        const { starts } = facts.forDocument(tokens, sentences, lowerCased);
        for (const s of sentences) {
          const [a, b] = s.tokens;
          for (let i = a; i < b; i++) {
            const where = `${text} @${tokens[i]!.text}`;
            const bits = starts[i]!;
            const names = bits & LOWER_INITIAL ? dict.lowerNames : dict.names;
            if (!(bits & STARTS_NAME)) expect(names.matchAt(tokens, i, b), where).toEqual([]);
            if (!(bits & STARTS_AGENT)) expect(dict.agents.matchAt(tokens, i, b, false), where).toEqual([]);
            if (!(bits & STARTS_PLACE)) expect(dict.places.matchAt(tokens, i, b, false), where).toEqual([]);
            expect((bits & CAPITALISED) !== 0, where).toBe(isCapitalised(tokens[i]!.text));
          }
        }
      }
    });
  }

  it('lose no name to the lower-case names: every spelling a lower-case word passes is among them', () => {
    const facts = createWordFacts(dict, classes);
    let checked = 0;
    for (const text of TEXTS) {
      const { tokens, sentences } = segmented(text);
      const { starts } = facts.forDocument(tokens, sentences, false);
      for (const s of sentences) {
        for (let i = s.tokens[0]; i < s.tokens[1]; i++) {
          if (!(starts[i]! & LOWER_INITIAL)) continue;
          const passing = dict.names.matchAt(tokens, i, s.tokens[1])
            .flatMap((m) => m.values.filter((v) => v.anyCase || capitalsAgree(v.cased, m.cased)).map((v) => [m.end, v]));
          const kept = dict.lowerNames.matchAt(tokens, i, s.tokens[1]).flatMap((m) => m.values.map((v) => [m.end, v]));
          for (const p of passing) expect(kept, tokens[i]!.text).toContainEqual(p);
          checked += passing.length;
        }
      }
    }
    expect(checked).toBeGreaterThan(0); // `taliban`, `al-Qaeda`
  });

  it('give each token its own word classes, whatever was seen before', () => {
    const facts = createWordFacts(dict, classes);
    for (const text of [...TEXTS, ...TEXTS]) {
      const { tokens, sentences } = segmented(text);
      const { words, starts } = facts.forDocument(tokens, sentences, false);
      tokens.forEach((t, k) => {
        expect(words[k]!.pronoun).toBe(classes.pronouns.get(t.lower));
        expect(words[k]!.determiner).toBe(classes.determiner.has(t.lower));
        expect(words[k]!.possessivePronoun).toBe(classes.possessivePronoun.has(t.lower));
        expect((starts[k]! & PRONOUN) !== 0).toBe(classes.pronouns.has(t.lower) || classes.possessivePronoun.has(t.lower));
      });
    }
  });
});
