// The document as the actors stage's helpers share it: tokens and their facts, word classes, mentions so far.
import type { ActorMention, DateMention, Token } from '../../model/types.js';
import type { ActorDictionary, ActorEntry } from '../../dictionaries/actor-dictionary.js';
import type { WordFacts } from './word-facts.js';

/** Per-mention facts the stage keeps for later references. */
export interface MentionInfo {
  entry?: ActorEntry;
  quoted: boolean;
  titleWord?: string;
  armed: boolean;
  /** The mention's first token and the token after its last. */
  start: number;
  end: number;
}

const word = (dict: ActorDictionary, cls: string): Set<string> => dict.words.get(cls) ?? new Set();

/** The word classes of the dictionary the stage asks about (`W.locative`, `W.speech`, ...). */
export function stageWords(dict: ActorDictionary) {
  return {
    locative: word(dict, 'locative'),
    locativeCountry: word(dict, 'locative-country'),
    determiner: word(dict, 'determiner'),
    possessive: word(dict, 'possessive'),
    coordinator: word(dict, 'coordinator'),
    heShe: word(dict, 'pronoun-singular'),
    him: word(dict, 'pronoun-object'),
    they: word(dict, 'pronoun-plural'),
    appositionEnd: word(dict, 'apposition-end'),
    notName: word(dict, 'not-name'),
    particle: word(dict, 'name-particle'),
    indefinite: word(dict, 'indefinite'),
    it: word(dict, 'pronoun-it'),
    possPronoun: word(dict, 'possessive-pronoun'),
    led: word(dict, 'led-link'),
    locatedParticiple: word(dict, 'located-participle'),
    locatedPrep: word(dict, 'located-preposition'),
    ethnic: word(dict, 'ethnic'),
    allegiance: word(dict, 'allegiance'),
    namedAfterCity: word(dict, 'named-after-city'),
    currency: word(dict, 'currency'),
    attackAfterCity: word(dict, 'attack-after-city'),
    adjectiveAgent: word(dict, 'adjective-agent'),
    igoReference: word(dict, 'igo-reference'),
    stateReference: word(dict, 'state-reference'),
    usState: word(dict, 'us-state'),
    speech: word(dict, 'speech-verb'),
    congressOf: word(dict, 'congress-countries'),
    senateOf: word(dict, 'senate-countries'),
    houseOf: word(dict, 'house-countries'),
  };
}

export type StageWords = ReturnType<typeof stageWords>;

/** What the helpers of one document share: set up by the stage's `run`, read (and the mention lists added to) by them. */
export interface ActorDoc {
  dict: ActorDictionary;
  W: StageWords;
  text: string;
  tokens: readonly Token[];
  lowerDoc: boolean;
  facts: readonly WordFacts[];
  starts: Uint8Array;
  out: ActorMention[];
  info: MentionInfo[];
  quoted: boolean[];
  dateCovered: boolean[];
  sentenceDates: (string | null)[];
  /** Doc-local surnames of people introduced in full (`Sharon` after `Ariel Sharon`). */
  surnames: Map<string, number>;
  /** Countries named in earlier sentences, as actors or places: the article-level title fallback. */
  articleSeen: Set<string>;
  /** Countries of the places named so far ("in Tbilisi"): evidence for a shared name such as `Georgia`. */
  placesSeen: Set<string>;
  isCap: (t: Token) => boolean;
  firstMention: Map<ActorEntry, number>;
  /** Mentions holding a title, by each word of the title, for `the president` references. */
  titled: Map<string, number[]>;
}

/** Few capitals in a long text means a lower-cased feed: names are matched without their capitals. */
export function isLowerCased(text: string): boolean {
  let letters = 0;
  let upper = 0;
  // capitals making up 1/250 of the whole text are at least that share of its letters: a cased text is
  // known after its first capitals, without reading the rest
  const enough = text.length / 250;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) {
      letters++;
      if (++upper >= enough) return false;
    }
  }
  return letters >= 12 && upper / letters < 0.004;
}

/** Whether each token sits inside a quotation (straight quotes toggle). */
export function quoteFlags(tokens: readonly Token[]): boolean[] {
  const flags: boolean[] = new Array(tokens.length);
  let inside = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    // every quote mark is one or two characters and starts with one of these: most tokens are out after one test
    const c = t.length <= 2 ? t.charCodeAt(0) : 0;
    if ((c === 34 || c === 0x201c || c === 0x201d || c === 96 || c === 39)
      && (t === '"' || t === '“' || t === '”' || t === '``' || t === "''")) {
      inside = t === '“' || t === '``' ? true : t === '”' || t === "''" ? false : !inside;
      flags[k] = false;
      continue;
    }
    flags[k] = inside;
  }
  return flags;
}

export function coveredTokens(tokens: readonly Token[], dates: readonly DateMention[]): boolean[] {
  const flags: boolean[] = new Array(tokens.length).fill(false);
  if (dates.length === 0) return flags;
  let d = 0;
  for (let k = 0; k < tokens.length; k++) {
    const span = tokens[k]!.span;
    const s = span[0];
    const e = span[1];
    while (d < dates.length && dates[d]!.span[1] <= s) d++;
    const dm = dates[d];
    if (dm && dm.span[0] < e && s < dm.span[1]) flags[k] = true;
  }
  return flags;
}

/** The date a sentence's roles are resolved for: its first day/month date, else publication. */
export function datesBySentence(dates: readonly DateMention[], n: number, published: string | null): (string | null)[] {
  const out: (string | null)[] = new Array(n).fill(published ? published.slice(0, 10) : null);
  const seen = new Set<number>();
  for (const d of dates) {
    if (seen.has(d.sentence) || d.sentence >= n) continue;
    if (d.precision === 'day' && /^\d{4}-\d{2}-\d{2}/.test(d.value)) out[d.sentence] = d.value.slice(0, 10);
    else if (d.precision === 'month' && /^\d{4}-\d{2}/.test(d.value)) out[d.sentence] = `${d.value.slice(0, 7)}-15`;
    else continue;
    seen.add(d.sentence);
  }
  return out;
}
