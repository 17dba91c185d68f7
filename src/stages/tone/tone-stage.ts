// The tone stage: a GDELT-style document tone from a word list scored over the segment layer's tokens.
import type { Token, Tone } from '../../model/types.js';
import { layer, type Stage } from '../../pipeline/stage.js';
import { loadToneLexicon, type ToneLexicon } from './tone-lexicon.js';

const WORDLIKE = /[\p{L}]/u;
/** How many tokens after a negator its negation reaches ("not a significant and lasting peace"). */
const NEGATION_REACH = 4;

/**
 * Tone reuses the tokens the segment stage already made (no second parse): each word's valence
 * sign, flipped inside a negation scope, makes it positive or negative.
 */
export function createToneStage(lexicon: ToneLexicon = loadToneLexicon()): Stage<'tone'> {
  return {
    name: 'tone',
    needs: ['repair', 'segment'],
    run(doc) {
      return scoreTone(layer(doc, 'segment').tokens, lexicon);
    },
  };
}

/**
 * Like GDELT's tone: `positive` and `negative` are the percentages of words with that valence, and
 * `score` is their difference (−100…100, news mostly within ±10). Null when there are no words.
 */
export function scoreTone(tokens: readonly Token[], lexicon: ToneLexicon): Tone | null {
  let words = 0;
  let pos = 0;
  let neg = 0;
  let scopeStart = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.negated && (i === 0 || !tokens[i - 1]!.negated)) scopeStart = i;
    if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'SPACE' || !hasLetter(t.text)) continue;
    words++;
    const v = lexicon.get(t.lower) ?? lexicon.get(t.lemma) ?? 0;
    if (v === 0) continue;
    // wink's scope runs to the next punctuation; only the words right after the negator flip
    const flipped = t.negated && i - scopeStart < NEGATION_REACH;
    if ((v > 0) !== flipped) pos++;
    else neg++;
  }
  if (words === 0) return null;
  const positive = round((pos / words) * 100);
  const negative = round((neg / words) * 100);
  return { score: round(positive - negative), positive, negative };
}

/** Whether the token holds a letter: ASCII is read directly, only other characters ask the Unicode regex. */
function hasLetter(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k) | 32; // folds A-Z onto a-z
    if (c >= 97 && c <= 122) return true;
    if (text.charCodeAt(k) >= 128) return WORDLIKE.test(text);
  }
  return false;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
