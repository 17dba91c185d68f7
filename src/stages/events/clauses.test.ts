// The clause tools remember boundaries and clause ends per document; what they answer must not
// depend on the order of the questions or on what earlier sentences asked.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../coder.js';
import type { Pos, Sentence, Token } from '../../model/types.js';
import { ClauseMemo, clauseTools } from './clauses.js';
import { loadGrammar } from './grammar.js';
import { buildSentenceViews } from './sentence-view.js';

const grammar = loadGrammar(path.join(DEFAULT_DATA_DIR, 'grammar.tsv'));
const WORDS: [string, Pos][] = [
  ['the', 'DET'], ['army', 'NOUN'], ['said', 'VERB'], ['that', 'SCONJ'], ['that', 'PRON'], ['that', 'DET'], ['who', 'PRON'],
  ['if', 'SCONJ'], ['after', 'ADP'], ['Iran', 'PROPN'], ['attacked', 'VERB'], ['was', 'AUX'], [',', 'PUNCT'], [';', 'PUNCT'],
  ['"', 'PUNCT'], ['and', 'CCONJ'], ['but', 'CCONJ'], ['talks', 'NOUN'], ['new', 'ADJ'], ['saying', 'VERB'], ['because', 'SCONJ'],
];

describe('clause tools', () => {
  it('give the same clause starts and ends with a shared memo as without one, in any order', () => {
    let state = 11;
    const rnd = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let doc = 0; doc < 40; doc++) {
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      for (let s = 0; s < 5; s++) {
        const first = tokens.length;
        for (let n = 2 + Math.floor(rnd() * 25); n > 0; n--) {
          const [text, pos] = WORDS[Math.floor(rnd() * WORDS.length)]!;
          const at = tokens.length * 8;
          tokens.push({ i: tokens.length, text, lower: text.toLowerCase(), lemma: text === 'said' ? 'say' : text.toLowerCase(), pos, span: [at, at + text.length], sentence: s, negated: false });
        }
        sentences.push({ span: [first * 8, tokens.length * 8], tokens: [first, tokens.length] });
      }
      const views = buildSentenceViews(sentences, tokens, []);
      const speech = (i: number) => tokens[i]!.lemma === 'say';
      const memo = new ClauseMemo();
      memo.reset(tokens.length);
      for (const view of views) {
        const shared = clauseTools(view, grammar, speech, memo);
        const order = [];
        for (let i = view.start; i < view.end; i++) order.push(i);
        order.sort(() => rnd() - 0.5);
        for (const i of order) {
          const fresh = clauseTools(view, grammar, speech);
          expect([shared.clauseStart(i), shared.clauseEnd(i), shared.isBoundary(i)]).toEqual([fresh.clauseStart(i), fresh.clauseEnd(i), fresh.isBoundary(i)]);
          expect(shared.opener(i)).toBe(fresh.opener(i));
        }
      }
    }
  });
});
