// Sentence views answer "which mention covers token i" from arrays; they must answer as a map per
// sentence would, also when a mention runs into the next sentence and overlaps one of its own.
import { describe, expect, it } from 'vitest';
import type { ActorMention, Sentence, Token } from '../../model/types.js';
import { buildSentenceViews, type MentionRef, type SentenceView } from './sentence-view.js';

/** The views' mentions as maps, built as the stage first did: per sentence, later mentions winning. */
function mapsOf(views: SentenceView[]): Map<number, MentionRef>[] {
  const maps = views.map(() => new Map<number, MentionRef>());
  views.forEach((v, k) => { for (const ref of v.mentions) for (let i = ref.start; i < ref.end; i++) maps[k]!.set(i, ref); });
  return maps;
}

describe('sentence views', () => {
  it('map each token to the mention covering it, sentence by sentence', () => {
    let shared = 0;
    let state = 9;
    const rnd = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let doc = 0; doc < 200; doc++) {
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      for (let s = 0; s < 4; s++) {
        const first = tokens.length;
        for (let n = 1 + Math.floor(rnd() * 8); n > 0; n--) {
          const at = tokens.length * 4;
          tokens.push({ i: tokens.length, text: 'w', lower: 'w', lemma: 'w', pos: 'NOUN', span: [at, at + 3], sentence: s, negated: false });
        }
        sentences.push({ span: [first * 4, tokens.length * 4], tokens: [first, tokens.length] });
      }
      const actors: ActorMention[] = [];
      for (let n = Math.floor(rnd() * 8); n > 0; n--) {
        const t = Math.floor(rnd() * tokens.length);
        const len = 1 + Math.floor(rnd() * (rnd() < 0.2 ? 6 : 2)); // some run past their sentence
        const end = Math.min(tokens.length, t + len);
        actors.push({ text: 'x', span: [tokens[t]!.span[0], tokens[end - 1]!.span[1]], sentence: tokens[t]!.sentence, kind: 'country', name: 'x', code: 'X', country: 'X', sector: '', rule: 'test' });
      }
      actors.sort((a, b) => a.span[0] - b.span[0]);
      const views = buildSentenceViews(sentences, tokens, actors);
      if (views.some((v) => v.mentions.some((r) => r.end > v.end))) shared++;
      const maps = mapsOf(views);
      views.forEach((v, k) => {
        for (let i = -1; i <= tokens.length; i++) {
          expect(v.mentionAt.get(i), `doc ${doc} sentence ${k} token ${i}`).toBe(maps[k]!.get(i));
          expect(v.mentionAt.has(i)).toBe(maps[k]!.has(i));
        }
      });
    }
    expect(shared).toBeGreaterThan(10); // mentions running into the next sentence were tried
  });
});
