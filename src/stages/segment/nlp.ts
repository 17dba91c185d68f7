// Loads wink-nlp with its English model once per process; every caller shares the instance.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNlp = ReturnType<typeof winkNLP>;

let shared: WinkNlp | null = null;

export function loadNlp(): WinkNlp {
  if (!shared) shared = winkNLP(model, ['sbd', 'pos']);
  return shared;
}
