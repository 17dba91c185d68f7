// The segment stage: sentences, tokens, POS, lemmas and negation scope from wink-nlp, with spans.
import type { Pos, Sentence, Token } from '../../model/types.js';
import { layer, type Doc, type Stage } from '../../pipeline/stage.js';
import { loadNlp, newNlp, type WinkNlp } from './nlp.js';
import { fixSentenceBounds } from './sentence-bounds.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without']);
/** One-character marks that end a negation's reach. */
const SCOPE_END = new Set(['.', ',', ';', ':', '!', '?']);

export interface SegmentOptions {
  /**
   * Words wink may add to its lexicon before a fresh instance replaces it (see `newNlp`):
   * 200,000 words is ~50 MB, and a renewal costs 0.11-0.15 s.
   */
  renewAfterNewWords?: number;
  /** How often (in articles) the lexicon's growth is read: a pass over one article's tokens. */
  checkEvery?: number;
  /** Makes the replacement instances (tests count them). */
  newNlp?: () => WinkNlp;
}

const RENEW_AFTER_NEW_WORDS = 200_000;
const CHECK_EVERY = 8;

export function createSegmentStage(first: WinkNlp = loadNlp(), options: SegmentOptions = {}): Stage<'segment'> {
  let nlp = first;
  const renewAfter = options.renewAfterNewWords ?? RENEW_AFTER_NEW_WORDS;
  const checkEvery = options.checkEvery ?? CHECK_EVERY;
  const renew = options.newNlp ?? newNlp;
  // wink numbers a word it has not seen after every word it has, so the highest number in an
  // article with a new word is the lexicon's size; the first reading is the instance's baseline
  let articles = 0;
  let baseline = -1;
  const uniqueIdOf = nlp.its.uniqueId as never;
  const its = nlp.its;
  // wink's item functions are typed per collection; read them once as plain token outputs
  const lemmaOf = its.lemma as never;
  const posOf = its.pos as never;
  const spanOf = its.span as never;
  const contractionOf = its.contractionFlag as never;
  const forms = new WordForms(lemmaOf);
  // the verb lemma of an "-ing" word wink read as a noun: asked of wink in a clause that makes it a verb
  const verbLemmas = new Map<string, string>();
  const verbLemma = (lower: string): string => {
    let lemma = verbLemmas.get(lower);
    if (lemma === undefined) {
      if (verbLemmas.size >= WORD_FORMS_LIMIT) verbLemmas.clear();
      const probe = nlp.readDoc(`They were ${lower} it.`).tokens();
      lemma = (probe.itemAt(2).out(posOf) as unknown as string) === 'VERB' ? (probe.itemAt(2).out(lemmaOf) as unknown as string).toLowerCase() : lower;
      verbLemmas.set(lower, lemma);
    }
    return lemma;
  };
  // the base form of an "-ed" word wink does not know ("validated", "pronounced"): the first of its possible stems
  // that wink reads as a verb of that very lemma in "They <stem> it."
  const pastLemma = (lower: string): string => {
    const key = `ed:${lower}`;
    let lemma = verbLemmas.get(key);
    if (lemma === undefined) {
      if (verbLemmas.size >= WORD_FORMS_LIMIT) verbLemmas.clear();
      const stem = lower.slice(0, -2);
      const candidates = [lower.slice(0, -1), stem, stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : ''];
      lemma = lower;
      for (const c of candidates) {
        if (!c) continue;
        const word = nlp.readDoc(`They ${c} it.`).tokens().itemAt(1);
        if ((word.out(posOf) as unknown as string) === 'VERB' && (word.out(lemmaOf) as unknown as string).toLowerCase() === c) {
          lemma = c;
          break;
        }
      }
      verbLemmas.set(key, lemma);
    }
    return lemma;
  };
  let keep = new Int32Array(4096);
  return {
    name: 'segment',
    needs: ['repair'],
    run(doc: Doc) {
      const { text } = layer(doc, 'repair');
      const tokens: Token[] = [];
      if (text.trim() === '') return { sentences: [], tokens };
      const wdoc = nlp.readDoc(text);
      // whole-document reads are far cheaper than one wink item per token
      const all = wdoc.tokens();
      const values = all.out() as string[];
      const tags = all.out(posOf) as unknown as Pos[];
      const contractions = all.out(contractionOf) as unknown as boolean[];
      const bounds = wdoc.sentences().out(spanOf) as unknown as [number, number][];
      if (++articles % checkEvery === 0) {
        const size = largest(all.out(uniqueIdOf) as unknown as number[]);
        if (baseline < 0) baseline = size;
        else if (size - baseline > renewAfter) {
          nlp = renew(); // this document's reads are done; the next one starts the new lexicon
          baseline = -1;
          forms.clear();
        }
      }
      // wink token index → our token index; one array kept across documents (a fresh typed array per
      // document is memory outside the heap, which V8 accounts for slowly)
      if (keep.length < values.length) keep = new Int32Array(Math.max(values.length, 2 * keep.length));
      keep.fill(-1, 0, values.length);
      let cursor = 0;
      let negated = false;
      for (let w = 0; w < values.length; w++) {
        const value = values[w]!;
        const c0 = value.charCodeAt(0);
        // only a token opening with a space or a non-ASCII character can be all white space
        if ((value.length === 0 || c0 <= 32 || c0 >= 127) && value.trim() === '') continue;
        // wink splits at white space, so the token starts at the next non-space character
        // (cheaper than asking wink for each token's preceding spaces)
        cursor = skipSpaces(text, cursor);
        let at = cursor;
        // the usual case: the token sits at the cursor as wink wrote it, so its value is its text
        const tokenText: string | null = text.startsWith(value, at) ? value : null;
        if (tokenText === null) {
          // wink may normalise a token (quotes, ellipses) or count spaces differently: search nearby
          const found = text.indexOf(value, Math.max(0, cursor - 2));
          if (found >= 0 && found - cursor <= 40) at = found;
        }
        const end = Math.min(text.length, at + value.length);
        cursor = end;
        const pos = tags[w]!;
        const form = forms.of(value);
        const lower = form.lower;
        if (form.endsScope) negated = false;
        keep[w] = tokens.length;
        tokens.push({
          i: tokens.length,
          text: tokenText ?? text.slice(at, end),
          lower,
          // a contraction's lemma depends on its neighbours ('s: is or has), any other word's only on its tag
          lemma: contractions[w] ? ourLemma(all.itemAt(w).out(lemmaOf) as unknown as string, form) : form.lemma(pos, all, w),
          pos,
          span: [at, end],
          sentence: 0,
          negated,
        });
        if (form.negator) negated = true;
      }
      const ranges: [number, number][] = [];
      for (const [a, b] of bounds) {
        let first = -1;
        let last = -1;
        for (let w = a; w <= b; w++) {
          const k = keep[w]!;
          if (k < 0) continue;
          if (first < 0) first = k;
          last = k;
        }
        if (first >= 0) ranges.push([first, last + 1]);
      }
      retagWarning(tokens);
      retagSaidName(tokens);
      retagShotDead(tokens);
      retagPastAfterName(tokens, pastLemma);
      retagVerbAfterModal(tokens);
      retagAspectGerunds(tokens, verbLemma);
      const sentences: Sentence[] = fixSentenceBounds(text, tokens, ranges);
      sentences.forEach((s, k) => {
        for (let i = s.tokens[0]; i < s.tokens[1]; i++) tokens[i]!.sentence = k;
        retagOpeningParticiple(tokens, s.tokens[0], s.tokens[1]);
      });
      return { sentences, tokens };
    },
  };
}

/**
 * wink tags "warning" as a noun even as a participle ("rejected the plan, warning that it would respond",
 * "..., warning Iran against"); every other "-ing" speech verb there it tags as a verb. After a comma and
 * before "that" or a name or pronoun, it is the verb.
 */
function retagWarning(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'warning' || t.pos !== 'NOUN' || tokens[i - 1]!.text !== ',') continue;
    const next = tokens[i + 1]!;
    if (next.lower === 'that' || next.pos === 'PROPN' || next.pos === 'PRON') {
      t.pos = 'VERB';
      t.lemma = 'warn';
    }
  }
}

/**
 * "snipers on the destroyer USS Bainbridge shot dead three pirates": wink tags "shot" as a noun after a name;
 * before "dead" it is always the verb.
 */
function retagShotDead(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'shot' || t.pos === 'VERB' || tokens[i + 1]!.lower !== 'dead') continue;
    t.pos = 'VERB';
    t.lemma = 'shoot';
  }
}

/** Tags that open a verb's object right after it ("validated the", "annexed two", "froze its"). */
const OBJECT_OPENING = new Set(['DET', 'NUM']);

/**
 * "Pakistan's Supreme Court validated the military coup": wink tags an "-ed" word it does not know as an adjective;
 * right after a name and before a determiner or number it is the name's verb.
 */
function retagPastAfterName(tokens: Token[], pastLemma: (lower: string) => string): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || t.lower.length <= 4 || !t.lower.endsWith('ed') || tokens[i - 1]!.pos !== 'PROPN') continue;
    if (!OBJECT_OPENING.has(tokens[i + 1]!.pos) && !OBJECT_WORDS.has(tokens[i + 1]!.lower)) continue;
    t.pos = 'VERB';
    // (its base form: "pronounced" → "pronounce")
    if (t.lemma === t.lower) t.lemma = pastLemma(t.lower);
  }
}

/** Words wink does not tag as determiners that open an object: possessives ("froze its assets") and "last October's". */
const OBJECT_WORDS = new Set(['its', 'their', 'his', 'her', 'last']);

/** Modal auxiliaries: the word after one (past adverbs and "not") is a verb in its base form. */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'wo', 'ca']);

/**
 * "Israel will free the prisoners", "Hamas will open its borders", "may close the embassy", "will double its
 * assistance": wink tags a word that can also be an adjective as one right after a modal; there it is the verb.
 */
function retagVerbAfterModal(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ') continue;
    let j = i - 1;
    while (j > 0 && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART')) j--;
    const aux = tokens[j]!;
    if (aux.pos !== 'AUX' || !MODALS.has(aux.lower)) continue;
    t.pos = 'VERB';
    t.lemma = t.lower;
  }
}

/**
 * "Rakhmonov and Said Abdullo Nuri, leader of ...": wink tags the name "Said" as the verb; written with its
 * capital inside a sentence, right before another name, it is the name.
 */
function retagSaidName(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text !== 'Said' || tokens[i + 1]!.pos !== 'PROPN' || tokens[i - 1]!.text === '.') continue;
    t.pos = 'PROPN';
    t.lemma = 'said';
  }
}

/**
 * "Masked police smashed their way into ...", "Armed men stormed ...": wink tags an "-ed" word opening
 * a sentence as a verb even before a noun and the sentence's verb; that word describes the noun. (A
 * participle clause opens with its own object or phrase: "Backed by tanks, troops ...".)
 */
function retagOpeningParticiple(tokens: Token[], first: number, end: number): void {
  const t = tokens[first]!;
  const next = tokens[first + 1];
  if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || !next || next.pos !== 'NOUN' || first + 2 >= end) return;
  // the noun (or a second noun of its compound) must be followed by the verb of the sentence
  const after = tokens[first + 2]!.pos === 'NOUN' ? tokens[first + 3] : tokens[first + 2];
  if (!after || (after.pos !== 'VERB' && after.pos !== 'AUX' && after.pos !== 'ADJ')) return;
  t.pos = 'ADJ';
  t.lemma = t.lower;
}

/** Verbs of beginning and going on: the "-ing" word after them is the act itself ("troops began landing"). */
const ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'keep', 'resume']);

/**
 * wink tags the gerund after "began", "started", "continued" as a noun in about half the cases
 * ("Police began arresting protesters", "troops began landing in East Timor"), which hides the act;
 * right after such a verb, an "-ing" noun is the verb.
 */
function retagAspectGerunds(tokens: Token[], verbLemma: (lower: string) => string): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (or as an adjective: "Pakistan has begun moving thousands of troops")
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !t.lower.endsWith('ing') || t.lower.length < 6) continue;
    const prev = tokens[i - 1]!;
    if (prev.pos !== 'VERB' || !ASPECT_VERBS.has(prev.lemma)) continue;
    if (tokens[i + 1]?.lower === 'of') continue; // "began the landing of troops" is the noun
    t.pos = 'VERB';
    t.lemma = verbLemma(t.lower);
  }
}

/** wink's lemma as a token keeps it: the word itself (lower-cased) when wink gives none or the word unchanged. */
function ourLemma(lemma: string | undefined, form: WordForm): string {
  return !lemma || lemma === form.value ? form.lower : lemma.toLowerCase();
}

/** What segment derives from one word of wink's lexicon, worked out once per word and tag. */
class WordForm {
  readonly lower: string;
  /** Opens a negation's scope (`not`, `never`, `without`). */
  readonly negator: boolean;
  /** Ends a negation's scope (one mark of `.,;:!?`). */
  readonly endsScope: boolean;
  /** The first tag the word was read with and its lemma: most words only ever have one. */
  private tag: string | null = null;
  private tagLemma = '';
  private otherTags: Map<string, string> | null = null;
  constructor(
    readonly value: string,
    private readonly lemmaOf: never,
  ) {
    this.lower = value.toLowerCase();
    this.negator = NEGATORS.has(this.lower);
    this.endsScope = SCOPE_END.has(value);
  }

  /** The lemma of token `w` of `all`, which reads this word with tag `pos` (not a contraction). */
  lemma(pos: string, all: { itemAt(k: number): { out(f: never): unknown } }, w: number): string {
    if (pos === this.tag) return this.tagLemma;
    let lemma = this.otherTags?.get(pos);
    if (lemma === undefined) {
      lemma = ourLemma(all.itemAt(w).out(this.lemmaOf) as string, this);
      if (this.tag === null) {
        this.tag = pos;
        this.tagLemma = lemma;
      } else (this.otherTags ??= new Map()).set(pos, lemma);
    }
    return lemma;
  }
}

/**
 * Lower-cased forms and lemmas per distinct word: wink lemmatises every token anew, and a word's lemma
 * (outside contractions) depends only on the word and its tag. Bounded, as a stream has no end of words.
 */
class WordForms {
  private readonly forms = new Map<string, WordForm>();
  constructor(private readonly lemmaOf: never) {}
  of(value: string): WordForm {
    let form = this.forms.get(value);
    if (form === undefined) {
      if (this.forms.size >= WORD_FORMS_LIMIT) this.forms.clear();
      form = new WordForm(value, this.lemmaOf);
      this.forms.set(value, form);
    }
    return form;
  }
  clear(): void {
    this.forms.clear();
  }
}

const WORD_FORMS_LIMIT = 100_000;

const SPACE = /\s/;

/** The first offset at or after `from` that is not white space. */
function skipSpaces(text: string, from: number): number {
  let k = from;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !SPACE.test(text[k]!)) break;
  }
  return k;
}

function largest(xs: readonly number[]): number {
  let m = 0;
  for (const x of xs) if (x > m) m = x;
  return m;
}
