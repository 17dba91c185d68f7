// The segment stage: sentences, tokens, POS, lemmas and negation scope from wink-nlp, with spans.
import type { ItemSentence, ItemToken } from 'wink-nlp';
import type { Pos, Sentence, Token } from '../../model/types.js';
import { layer, type Doc, type Stage } from '../../pipeline/stage.js';
import { loadNlp, type WinkNlp } from './nlp.js';
import { fixSentenceBounds } from './sentence-bounds.js';

export function createSegmentStage(nlp: WinkNlp = loadNlp()): Stage<'segment'> {
  const its = nlp.its;
  return {
    name: 'segment',
    needs: ['repair'],
    run(doc: Doc) {
      const { text } = layer(doc, 'repair');
      const tokens: Token[] = [];
      const rawBounds: [number, number][] = [];
      if (text.trim() === '') return { sentences: [], tokens };
      const wdoc = nlp.readDoc(text);
      let cursor = 0;
      wdoc.sentences().each((s: ItemSentence) => {
        const first = tokens.length;
        s.tokens().each((t: ItemToken) => {
          const value = t.out() as string;
          if (value.trim() === '') return;
          let at = text.indexOf(value, cursor);
          // wink may normalise a token (quotes, ellipses); fall back to the next non-space char.
          if (at < 0 || at - cursor > 40) {
            at = cursor;
            while (at < text.length && /\s/.test(text[at]!)) at++;
          }
          const end = Math.min(text.length, at + value.length);
          cursor = end;
          const lower = value.toLowerCase();
          tokens.push({
            i: tokens.length,
            text: text.slice(at, end),
            lower,
            lemma: ((t.out(its.lemma as never) as string) || lower).toLowerCase(),
            pos: t.out(its.pos) as Pos,
            span: [at, end],
            sentence: 0,
            negated: t.out(its.negationFlag) as unknown as boolean,
          });
        });
        if (tokens.length > first) rawBounds.push([first, tokens.length]);
      });
      const sentences: Sentence[] = fixSentenceBounds(text, tokens, rawBounds);
      sentences.forEach((s, k) => {
        for (let i = s.tokens[0]; i < s.tokens[1]; i++) tokens[i]!.sentence = k;
      });
      return { sentences, tokens };
    },
  };
}
