// Loads wink-nlp with its English model once per process; every caller shares the instance.
import winkNLP from 'wink-nlp';
import { liteModel } from './lite-model.js';

export type WinkNlp = ReturnType<typeof winkNLP>;

/** Sentence boundaries and part-of-speech tags: all Dyad asks of wink. */
const PIPE = ['sbd', 'pos'];

let shared: WinkNlp | null = null;

export function loadNlp(): WinkNlp {
  if (!shared) shared = newNlp();
  return shared;
}

/**
 * A fresh instance (0.11-0.15 s on this project's machine, session 16). wink adds every word it has not seen to its instance's lexicon
 * and never lets go of it, so a long stream of new names and numbers grows the heap without
 * bound (about 250 bytes a word); a stage that reads a whole corpus renews its instance now and then.
 */
export function newNlp(): WinkNlp {
  return winkNLP(liteModel(), PIPE);
}
