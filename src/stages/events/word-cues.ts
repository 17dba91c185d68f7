// Token-level cues the events stage reads: speech verbs, participles used as adjectives, gerunds,
// hyphenated compounds, conditions.
import type { Token } from '../../model/types.js';
import type { EventKnowledge } from './knowledge.js';
import type { SentenceView } from './sentence-view.js';

export const QUOTE_OR_PAUSE = new Set([',', ':', '"', '“', '”', "''", '``']);

/**
 * A speech verb that reports: strong ones (`say`, `tell`) anywhere they are verbs, weak ones
 * (`add`, `continue`, `write`) only at a quotation, a colon, a comma or `that`.
 */
export function speechVerbAt(view: SentenceView, i: number, k: EventKnowledge): boolean {
  const toks = view.tokens;
  const t = toks[i]!;
  if (t.pos !== 'VERB' || !k.speechVerbs.has(t.lemma)) return false;
  const prev = i > view.start ? toks[i - 1]! : null;
  const next = i + 1 < view.end ? toks[i + 1]! : null;
  if (prev && (prev.lower === 'for' || prev.pos === 'DET')) return false; // "for comment", "no comment"
  if (!k.grammar.has(t.lemma, 'weak-speech')) return true;
  if (next && (QUOTE_OR_PAUSE.has(next.text) || next.lower === 'that')) return true;
  if (prev && QUOTE_OR_PAUSE.has(prev.text)) return true;
  const after = i + 2 < view.end ? toks[i + 2]! : null;
  return !!(next && view.mentionAt.has(i + 1) && after && after.lower === 'that');
}

export const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

/** A word ending like a past participle ("killed", "taken"); a plain test, as a regex literal would allocate per call. */
export function participleForm(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('en');
}

/** Part of a hyphenated word ("free-trade", "rebel-held", "US-led"): not a verb of its own. */
export function inCompound(view: SentenceView, i: number): boolean {
  const toks = view.tokens;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (!!prev && prev.text === '-' && prev.span[1] === toks[i]!.span[0]) || (!!next && next.text === '-' && next.span[0] === toks[i]!.span[1]);
}

/** Whether a verb comes before token `j` in its sentence. */
function verbBefore(view: SentenceView, j: number): boolean {
  for (let k = j - 1; k >= view.start; k--) if (view.tokens[k]!.pos === 'VERB') return true;
  return false;
}

/** A participle used as an adjective ("the occupied West Bank", "the besieged town"). */
/** Words of possession before a noun phrase: a participle right after one describes the noun. */
/** Possessive determiners: they stand where an article would ("its categorical rejection", "and his counterpart"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const POSSESSIVE_WORDS = new Set([...POSSESSIVE_DETERMINERS, "'s", '’s']);

/** Nouns in "-ing" that are no gerund: "the Belgian king criticised Iran" has a finite verb after one. */
const ING_NOUNS = new Set(['king', 'thing', 'wing', 'ring', 'spring', 'string', 'sibling', 'ceiling', 'evening', 'morning', 'building', 'meeting', 'wedding', 'viking', 'uprising', 'offspring', 'kingpin']);

/** A gerund wink may tag as a noun ("beating detained protesters"), not a noun in "-ing" or a name. */
function gerundLike(t: Token): boolean {
  return t.lower.endsWith('ing') && t.lower.length > 4 && t.pos !== 'PROPN' && !ING_NOUNS.has(t.lower);
}

export function adjectival(view: SentenceView, i: number): boolean {
  const toks = view.tokens;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const participle = participleForm(toks[i]!.lower);
  // "release those detained": a participle after "those" with no object names people; after "people"
  // only when a verb before them makes them an object ("Thousands of people marched in Paris" acts)
  if (participle && prev && (prev.lower === 'those' || (prev.lower === 'people' && verbBefore(view, i - 1))) && (!next || next.pos === 'PUNCT' || next.pos === 'ADP')) return true;
  // "the occupied West Bank"; "reject proposed Israeli changes", "beating detained protesters" (a finite verb never follows a verb directly);
  // "its imprisoned leader", "Iran's detained nationals"
  return !!prev && (prev.pos === 'DET' || POSSESSIVE_WORDS.has(prev.lower) || (prev.pos === 'ADJ' && prev.lower !== 'not') || prev.pos === 'VERB' || prev.pos === 'NUM' || prev.pos === 'ADP' || gerundLike(prev)) && !!next && (next.pos === 'NOUN' || next.pos === 'PROPN' || view.mentionAt.has(i + 1)) && participle;
}

/**
 * A gerund inside a prepositional phrase names an accusation, a purpose or a topic, not an event of
 * its own: "accused X of violating", "arrested for collaborating", "aimed at establishing".
 */
export function gerundInPhrase(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  if (!t.lower.endsWith('ing')) return false;
  let j = i - 1;
  while (j >= view.start && view.tokens[j]!.pos === 'ADV') j--;
  const prev = view.tokens[j];
  return !!prev && (prev.pos === 'ADP' || prev.pos === 'SCONJ');
}

/** ", backed by attack helicopters": a participle after a comma with its agent describes, it does not act. */
export function participialModifier(view: SentenceView, i: number): boolean {
  const toks = view.tokens;
  return toks[i - 1]?.text === ',' && participleForm(toks[i]!.lower) && toks[i + 1]?.lower === 'by';
}

/**
 * A condition another actor is to meet, which makes a future action a threat: "unless" later in the sentence,
 * "until" opening another actor's clause, or a fronted "in case" / "in the event" before token i.
 */
export function hasUnless(view: SentenceView, i: number): boolean {
  const toks = view.tokens;
  for (let j = i + 1; j < view.end; j++) {
    if (toks[j]!.lower === 'unless') return true;
    // "would impose a 25 percent tariff ... and keep it in place until both countries stopped drugs": "until"
    // opening a clause of another actor's doing is as much a condition
    if (toks[j]!.lower === 'until' && actorClauseAfter(view, j)) return true;
  }
  // "In case the United States and NATO continue to deploy ..., the Russian Federation will deploy": a fronted "in case"
  const first = toks[view.start];
  if (first?.lower === 'in' && (toks[view.start + 1]?.lower === 'case' || (toks[view.start + 1]?.lower === 'the' && toks[view.start + 2]?.lower === 'event'))) {
    for (let j = view.start + 2; j < i; j++) if (toks[j]!.text === ',') return true;
  }
  return false;
}

/** Whether "if" opens a clause after token i in its sentence (not "as if", "even if"). */
export function ifAfter(view: SentenceView, i: number): boolean {
  const toks = view.tokens;
  for (let j = i + 1; j < view.end; j++) {
    if (toks[j]!.lower === 'if' && toks[j - 1]!.lower !== 'as' && toks[j - 1]!.lower !== 'even') return true;
    if (toks[j]!.text === ';') return false;
  }
  return false;
}

/** Whether a subject and then its verb follow token j closely ("until both countries stopped", "until Iran complies"). */
function actorClauseAfter(view: SentenceView, j: number): boolean {
  const toks = view.tokens;
  let subject = false;
  for (let q = j + 1; q < Math.min(view.end, j + 7); q++) {
    const t = toks[q]!;
    if (view.mentionAt.has(q) || t.pos === 'NOUN' || t.pos === 'PRON') subject = true;
    else if (subject && (t.pos === 'VERB' || t.pos === 'AUX')) return !DATE_WORDS.has(toks[q - 1]!.lower);
    else if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM') return false;
  }
  return false;
}

export function afterNounTo(view: SentenceView, i: number): boolean {
  const toks = view.tokens;
  let j = i - 1;
  while (j > view.start && toks[j]!.pos === 'ADV') j--;
  if (j <= view.start || toks[j]!.lower !== 'to') return false;
  const before = toks[j - 1]!;
  // "arrived in Mozambique to lead": a place right after a finite verb's preposition is no noun the
  // infinitive belongs to (the infinitive is the verb's purpose); not after a noun ("sent a delegation to
  // Jeddah to resume": that purpose is the sending's, whose own reality decides) nor a date ("in mid-July to")
  if (before.pos === 'PROPN' && !DATE_WORDS.has(before.lower)) {
    let q = j - 1;
    while (q > view.start && toks[q]!.pos === 'PROPN') q--;
    const verb = toks[q - 1];
    if (PLACE_PREPOSITIONS.has(toks[q]!.lower) && verb?.pos === 'VERB' && toks[q - 2]?.lower !== 'to') return false;
  }
  // "voted on Sunday to demand": a date is no noun the infinitive belongs to
  if (!(before.pos === 'NOUN' || before.pos === 'PROPN') || view.mentionAt.has(j - 1) || DATE_WORDS.has(before.lower)) return false;
  // "used drones to attack Kyiv": what an instrument is used for is done as the using is
  let q = j - 1;
  while (q > view.start && q >= j - 7 && (NOUN_PHRASE_POS.has(toks[q]!.pos) || toks[q]!.pos === 'PRON')) q--;
  // ("bluffing about using all means to defend": a gerund in a phrase is not done itself)
  return !(toks[q]!.pos === 'VERB' && USE_VERBS.has(toks[q]!.lemma) && !gerundInPhrase(view, q));
}

/** Verbs whose object is an instrument for the to-infinitive after it. */
const USE_VERBS = new Set(['use', 'employ', 'utilise', 'utilize']);

/** Round numbers written as plural nouns ("thousands of troops", "dozens of"). */
export const ROUND_NUMBERS: ReadonlySet<string> = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions']);

/** Nouns that count what follows their "of" ("thousands of protesters"): the phrase's head is after it. */
export const AMOUNT_NOUNS: ReadonlySet<string> = new Set([
  ...ROUND_NUMBERS, 'hundred', 'thousand', 'dozen', 'number', 'group', 'crowd', 'crowds',
]);

/** The parts of speech a plain noun phrase is made of ("the 15 British sailors", "all internet service providers"). */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);

/** Prepositions before a place name ("in Mozambique", "to Kabul"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'into', 'to', 'from', 'near', 'inside', 'across']);

/** Weekdays and months: words that, after a preposition, make it a date's ("on Thursday", "in March"). */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Irregular past tenses of event verbs, for a word wink tagged as a noun after its subject ("Colombian
 * police shot dead ...", "rebels overran the town"): the form and its verb.
 */
export const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ['shot', 'shoot'], ['struck', 'strike'], ['fought', 'fight'], ['met', 'meet'], ['sent', 'send'], ['led', 'lead'],
  ['took', 'take'], ['gave', 'give'], ['threw', 'throw'], ['broke', 'break'], ['held', 'hold'], ['sold', 'sell'],
  ['withdrew', 'withdraw'], ['overran', 'overrun'], ['stole', 'steal'], ['bought', 'buy'], ['slew', 'slay'],
  ['drove', 'drive'], ['forbade', 'forbid'], ['swore', 'swear'], ['began', 'begin'], ['kept', 'keep'],
  ['sought', 'seek'], ['froze', 'freeze'], ['upheld', 'uphold'], ['overthrew', 'overthrow'], ['blew', 'blow'],
  ['brought', 'bring'], ['shut', 'shut'], ['hit', 'hit'], ['cut', 'cut'], ['beat', 'beat'],
]);

/** Prepositions before a destination ("for Beirut", "to Haiti"). */
export const DESTINATION_PREPS: ReadonlySet<string> = new Set(['for', 'to', 'into', 'towards', 'toward']);

/** How many words a destination may hold between a participle and its "by" agent ("sent to the Gaza Strip by"). */
const DESTINATION_BEFORE_BY = 5;

/**
 * Whether the participle at `i` has its "by" agent right after it ("brokered by Qatar"), or after a short
 * destination ("launchers sent to Ukraine by the United States"): a reduced passive's agent.
 */
export function byAgentNext(toks: readonly Token[], i: number, end: number): boolean {
  const next = i + 1 < end ? toks[i + 1] : undefined;
  if (!next) return false;
  if (next.lower === 'by') return true;
  if (!DESTINATION_PREPS.has(next.lower)) return false;
  for (let j = i + 2; j < Math.min(end, i + 2 + DESTINATION_BEFORE_BY); j++) {
    const t = toks[j]!;
    if (t.lower === 'by') return j > i + 2;
    if (t.pos !== 'PROPN' && t.pos !== 'DET' && t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.text !== '-') return false;
  }
  return false;
}

/** A plain noun at `j`: tagged one, or a capitalised word opening the sentence that names no actor ("Weapons supplied to"). */
export function plainNounAt(view: SentenceView, j: number): boolean {
  const t = view.tokens[j];
  return !!t && (t.pos === 'NOUN' || (t.pos === 'PROPN' && j === view.start && !view.mentionAt.has(j)));
}

/** Tags of a verb group's words before its verb (auxiliaries, adverbs, particles: "has not yet"). */
export const VERB_GROUP: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);
