// Triggers that code no event: words that only describe, and acts asked for or wanted rather than done.
import type { TriggerMatch } from './triggers.js';
import { adjectival, afterNounTo, gerundInPhrase, inCompound, IRREGULAR_PAST, participialModifier } from './word-cues.js';
import { rulesOf } from './code-rules.js';
import { coordinatedWith } from './verb-subjects.js';
import type { SentenceState } from './sentence-state.js';
import type { Token } from '../../model/types.js';

/** How far back from a to-infinitive its request word may be ("a last-minute appeal from U.N. Secretary-General ... to"). */
const REQUEST_REACH = 20;
/** Plural person nouns wink may tag as verbs after a noun. */
const PERSON_NOUNS = new Set(['suspects', 'survivors', 'victims', 'leaders', 'organizers', 'organisers', 'plotters']);

/** A trigger that is a word, not an action: part of a compound, or a participle or gerund that only describes. */
export function notAnAction(st: SentenceState, m: TriggerMatch): boolean {
  const { view } = st;
  const i = m.at;
  return inCompound(view, i) || (m.kind === 'verb' && (adjectival(view, i) || (gerundInPhrase(view, i) && !gerundOfDoneAct(st, i) && !processBegun(st, i)) || gerundSubject(st, i) || participialModifier(view, i) || documentSays(st, i) || nounCompoundGerund(st, i) || tollOf(st, m)))
    || (m.kind === 'noun' && (nounModifier(st, m) || requestedNoun(st, i)));
}

/** Verbs that begin or complete a process ("has begun the process of leaving"). */
const PROCESS_VERBS = new Set(['begin', 'start', 'launch', 'initiate', 'complete', 'finalize', 'finalise', 'formalize', 'formalise']);

/**
 * "Palau has begun the process of leaving the Pacific Islands Forum": a gerund after "the process of", itself the
 * object of a verb that begins or completes it, is an act under way.
 */
function processBegun(st: SentenceState, i: number): boolean {
  const { view, toks } = st;
  if (toks[i - 1]?.lower !== 'of' || toks[i - 2]?.lower !== 'process') return false;
  for (let v = i - 3; v >= Math.max(view.start, i - 6); v--) {
    if (toks[v]!.pos === 'VERB') return PROCESS_VERBS.has(toks[v]!.lemma);
    if (toks[v]!.pos !== 'DET' && toks[v]!.pos !== 'ADJ' && toks[v]!.pos !== 'ADV') return false;
  }
  return false;
}

/** Tags that open an object after a verb ("sign a treaty", "give inspectors access"). */
const OBJECT_OPENERS = new Set(['DET', 'NUM', 'PROPN', 'PRON']);

/** Prepositions that join a gerund of how or when to the act before it ("by holding", "after meeting"). */
const MANNER_LINKS = new Set(['by', 'after', 'while']);

/**
 * "ended the summit by holding Israel responsible", "flew to Kabul after meeting Pakistani officials": a
 * gerund of manner or time after a verb told in the past was done as that verb was (not "threatened to
 * respond by cutting ties", where the verb before is itself an infinitive).
 */
function gerundOfDoneAct(st: SentenceState, i: number): boolean {
  const { view, toks } = st;
  // ("after fighting broke out": a gerund with a verb of its own is that verb's subject)
  if (!MANNER_LINKS.has(toks[i - 1]?.lower ?? '') || toks[i + 1]?.pos === 'VERB' || toks[i + 1]?.pos === 'AUX') return false;
  for (let j = i - 2; j >= view.start; j--) {
    const t = toks[j]!;
    if (t.pos !== 'VERB' || view.mentionAt.has(j)) continue;
    const past = t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower);
    const before = toks[j - 1];
    return past && !(before && (before.lower === 'to' || before.pos === 'AUX'));
  }
  return false;
}

/**
 * "a civil war that has killed an estimated 2 million people", "an earthquake that killed more than 1,000":
 * violence whose subject is a war, a disaster or an accident (grammar class `toll`) tells its toll, not
 * anyone's attack. Asked of verbs of force (CAMEO 18-20) only.
 */
function tollOf(st: SentenceState, m: TriggerMatch): boolean {
  if (rulesOf(m.pattern.cameo ?? '').rootNumber < 18) return false;
  const noun = subjectNoun(st, m.at) ?? subjectNoun(st, coordinatedWith(st, m.at) ?? -1);
  return !!noun && st.k.grammar.has(noun.lemma, 'toll');
}

/** The plain noun right before the verb at `i` (past auxiliaries, adverbs and a relative pronoun), if no actor's. */
function subjectNoun(st: SentenceState, i: number): Token | null {
  const { view, toks } = st;
  if (i <= view.start) return null;
  let j = i - 1;
  while (j > view.start && (toks[j]!.pos === 'AUX' || toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PART')) j--;
  if (j > view.start && (toks[j]!.lower === 'that' || st.k.grammar.has(toks[j]!.lower, 'relative'))) j--;
  const t = toks[j]!;
  return t.pos === 'NOUN' && !view.mentionAt.has(j) ? t : null;
}

/**
 * Nouns of rules and arrangements: what an "-ing" word after one provides is their content, not an act.
 * Not statements or resolutions: "a declaration demanding that ..." is its author's demand.
 */
const DOCUMENT_NOUNS = new Set(['agreement', 'deal', 'accord', 'treaty', 'pact', 'law', 'bill', 'decree', 'plan', 'proposal', 'measure', 'policy', 'rule', 'rules', 'legislation', 'amendment']);

/**
 * "a reciprocal access agreement allowing Japanese troops to train", "a law banning protests": an
 * "-ing" word right after a document noun tells what the document provides, not an act of anyone's.
 */
function documentSays(st: SentenceState, i: number): boolean {
  const prev = st.toks[i - 1];
  return !!prev && st.toks[i]!.lower.endsWith('ing') && prev.pos === 'NOUN' && DOCUMENT_NOUNS.has(prev.lower) && !st.view.mentionAt.has(i - 1);
}

/**
 * "to press for the resignation of President Suharto", "demanded the release of": an event noun that a
 * request word (grammar class `request`) asks for, directly or through "for", has not happened.
 */
function requestedNoun(st: SentenceState, i: number): boolean {
  const { view, toks, k } = st;
  let j = i - 1;
  while (j > view.start && (toks[j]!.pos === 'DET' || toks[j]!.pos === 'ADJ' || toks[j]!.pos === 'NUM')) j--;
  if (j < view.start) return false;
  if (toks[j]!.lower === 'for') j--;
  return j >= view.start && (toks[j]!.pos === 'VERB' || toks[j]!.pos === 'NOUN') && k.grammar.has(toks[j]!.lemma, 'request');
}

/** "genocide suspects", "protest leaders", "ceasefire talks": an event noun before another noun only describes it. */
function nounModifier(st: SentenceState, m: TriggerMatch): boolean {
  const head = m.consumed[m.pattern.trigger.words.length - 1] ?? m.at;
  const next = st.toks[head + 1];
  if (head + 1 >= st.view.end || !next) return false;
  // "launched a mediation effort", "staged a protest march": after a light verb the compound names the act
  let b = m.at - 1;
  while (b > st.view.start && (st.toks[b]!.pos === 'DET' || st.toks[b]!.pos === 'ADJ' || st.toks[b]!.pos === 'NUM')) b--;
  if (b >= st.view.start && st.toks[b]!.pos === 'VERB' && st.k.grammar.has(st.toks[b]!.lemma, 'light')) return false;
  const c = next.text.charCodeAt(0);
  const lower = c >= 97 && c <= 122;
  // wink tags some plural person nouns as verbs ("genocide suspects")
  return lower && (next.pos === 'NOUN' || (next.pos === 'VERB' && PERSON_NOUNS.has(next.lower)));
}

/**
 * "40 Marder infantry fighting vehicles", "a mine clearing team": an "-ing" word between a singular and a
 * plain noun, the second ending the phrase, is part of a compound noun. Not when either noun is an actor ("rebels
 * fighting government troops").
 */
function nounCompoundGerund(st: SentenceState, i: number): boolean {
  const { view, toks } = st;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const after = toks[i + 2];
  if (!prev || !next || !toks[i]!.lower.endsWith('ing') || prev.pos !== 'NOUN' || next.pos !== 'NOUN') return false;
  if (view.mentionAt.has(i - 1) || view.mentionAt.has(i + 1)) return false;
  // a plural before it is a head the "-ing" phrase describes ("agreements normalising relations with Israel")
  if (prev.lower !== prev.lemma || prev.lower.endsWith('s')) return false;
  return !after || (after.pos !== 'NOUN' && after.pos !== 'PROPN');
}

/** "removing the sanctions is out of the question": a gerund opening its clause is its subject, not an event. */
function gerundSubject(st: SentenceState, i: number): boolean {
  const { view, toks } = st;
  return toks[i]!.lower.endsWith('ing') && st.ct.clauseStart(i) === i && i > view.start && toks[i - 1]!.text !== ',';
}

/** A verb whose action did not (or not knowably) take place; `head` is the verb governing it, if any. */
export function notDone(st: SentenceState, i: number, head: number | null): boolean {
  // a to-infinitive after a plain noun ("any agreement to withdraw") has no subject we can trust
  if (head === null && afterNounTo(st.view, i)) return true;
  // what a demand, appeal, promise or threat asks for has not happened ("demanded that X leave")
  return wantedClause(st, i) || askedFor(st, i);
}

/**
 * "rejected an appeal from the UN to withdraw", "imposed an embargo to force it to withdraw": the
 * to-infinitive of a request word (grammar class `request`), past the one asked, names what is
 * asked, not what was done. An implicative verb ("forced X to withdraw") leaves it undone only when
 * the forcing is itself a purpose ("to force it to").
 */
function askedFor(st: SentenceState, i: number): boolean {
  const { view, toks, k } = st;
  let j = i - 1;
  while (j > view.start && toks[j]!.pos === 'ADV') j--;
  if (toks[j]?.lower !== 'to') return false;
  for (let h = j - 1; h >= Math.max(view.start, j - REQUEST_REACH); h--) {
    const t = toks[h]!;
    const word = k.grammar.has(t.lemma, 'request') ? t.lemma : k.grammar.has(t.lower, 'request') ? t.lower : null;
    if (word !== null && (t.pos === 'VERB' || t.pos === 'NOUN')) {
      return k.grammar.value(word, 'request') !== 'asserted' || toks[h - 1]?.lower === 'to';
    }
    if (view.mentionAt.has(h)) continue;
    const p = t.pos;
    if (p === 'PRON' || p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'ADV' || p === 'NOUN' || p === 'PROPN' || t.text === '-') continue;
    // "calls from Britain, the United States and African leaders for him to": the list of those asking
    if (t.text === ',' || t.lower === 'and') continue;
    // "a proposal to send troops into Mexico to fight cartels": the purpose of an act not done is not done either
    if (p === 'VERB' && toks[h - 1]?.lower === 'to') return askedFor(st, h);
    // "an appeal from X to", "called on X to", "send troops into Mexico to"
    if (p === 'ADP') continue;
    return false;
  }
  return false;
}

/** True when verb i sits in the that-clause of a demand/appeal/promise/threat verb. */
function wantedClause(st: SentenceState, i: number): boolean {
  const { view, toks, ct } = st;
  const open = ct.opener(i);
  if (!open || open.lower !== 'that') return false;
  const cs = ct.clauseStart(i);
  // "agreed on Wednesday that ...", "demanded today that ...", "demanded, on Monday, that ..."
  for (let j = cs - 2; j >= Math.max(view.start, cs - 8); j--) {
    const outer = st.byToken.get(j);
    if (outer?.pattern.cameo && rulesOf(outer.pattern.cameo).clauseTaking) return true;
    if (view.mentionAt.has(j)) continue;
    const p = toks[j]!.pos;
    if (p !== 'ADV' && p !== 'NOUN' && p !== 'PROPN' && p !== 'ADP' && p !== 'NUM' && p !== 'DET' && p !== 'PRON' && toks[j]!.text !== ',') break;
  }
  return false;
}

/**
 * Whether the clause from token `j` (after "that") asks for an act with a bare verb ("that Iraq give
 * access"). An auxiliary says it does not; "that Ukraine must withdraw" is coded as an obligation.
 */
export function subjunctiveFrom(st: SentenceState, j: number): boolean {
  const { toks, view } = st;
  const end = Math.min(view.end, j + 12);
  for (let q = j; q < end; q++) {
    const t = toks[q]!;
    if (t.pos === 'AUX') return false;
    if (t.pos === 'VERB') return t.lemma === t.lower && !t.lower.endsWith('ed') && !t.lower.endsWith('s');
    // "insisted that the United States sign a non-aggression treaty": wink tags the bare verb after its subject a noun
    const subject = view.mentionAt.get(q - 1);
    if (t.pos === 'NOUN' && subject && subject.end === q && !t.lower.endsWith('s') && OBJECT_OPENERS.has(toks[q + 1]?.pos ?? '')) return true;
  }
  return false;
}
