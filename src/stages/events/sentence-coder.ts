// Codes the events of one sentence: finds triggers, their source and target, modality, date and place.
import type { DateMention, DyadEvent, EventDate, Modality, PlaceMention } from '../../model/types.js';
import { layer, type Doc, type StageContext } from '../../pipeline/stage.js';
import { compoundGroup, type MentionRef, type SentenceView } from './sentence-view.js';
import { clauseTools } from './clauses.js';
import { findTriggers, nextMatch, type TriggerMatch } from './triggers.js';
import type { EventKnowledge } from './knowledge.js';
import { DATE_WORDS, hasUnless, ifAfter, NOUN_PHRASE_POS } from './word-cues.js';
import { bindPossessive, hasCode, notAgainstItsOwnState, ownForces, placedByPhrase, sameEntity } from './event-actors.js';
import { armedObstruction, crowdDemand, crowdStorming, forcesAtRequest, forcesWithPurpose, helpersArrive, jointExercise, jointReopening, ownDeployment, VISIT } from './actor-recodes.js';
import { eventDate, eventLocation, isHistorical, isReported } from './event-context.js';
import { buildEvent } from './event-record.js';
import { theirCompound, theTwo } from './the-two.js';
import { rulesOf } from './code-rules.js';
import { NONE, SentenceState, type TokenCaches } from './sentence-state.js';
import { controller, coordinatedWith, purposeOf, subjectOf } from './verb-subjects.js';
import { activeCoding, nounCoding, passiveCoding, reducedPassive, settleTarget, type Coding } from './match-actors.js';
import { notAnAction, notDone, subjunctiveFrom } from './not-done.js';
import { modalityAt } from './match-modality.js';
import { afterFrontedCondition, modalityOf } from './modality.js';
import { codeObligations, codeStatements, codeWarnings, ULTIMATUM, ultimatumAt } from './speech-events.js';

export { TokenCaches } from './sentence-state.js';

/** No actor on that side: one pair with null. */
const NO_ACTOR: readonly (MentionRef | null)[] = [null];

/** Items by the sentence they are in, in document order; a sentence without any shares one empty list. */
export function groupBySentence<T extends { sentence: number }>(items: readonly T[], sentenceCount: number): (readonly T[])[] {
  const out: (readonly T[])[] = new Array(sentenceCount).fill(NONE);
  for (const item of items) {
    const list = out[item.sentence];
    if (list === undefined) continue; // outside the document's sentences: no sentence would see it
    if (list === NONE) out[item.sentence] = [item];
    else (list as T[]).push(item);
  }
  return out;
}

/** What the events of one trigger share, whichever pair of actors each is for. */
interface EventFacts {
  m: TriggerMatch;
  code: string;
  date: EventDate | null;
  location: PlaceMention | null;
  modality: Modality;
  reported: boolean;
  rule: string;
}

/**
 * Codes sentences, one at a time. The helpers are functions of one `SentenceState` rather than
 * closures, and the stage keeps one coder whose state's tables are cleared for each sentence, so that
 * a sentence allocates little; the helpers share the sentence's triggers, speech verbs and subjects.
 */
export class SentenceCoder {
  private readonly st: SentenceState;

  constructor(k: EventKnowledge, caches: TokenCaches) {
    this.st = new SentenceState(k, caches);
  }

  /** Codes one sentence of `doc` into `out`. */
  code(
    doc: Doc, view: SentenceView, text: string, dates: readonly DateMention[], places: readonly PlaceMention[],
    out: DyadEvent[], ctx: StageContext,
  ): void {
    const { st } = this;
    if (doc !== st.actionsOf) {
      st.actions = [];
      st.actionsOf = doc;
    }
    st.doc = doc;
    st.view = view;
    st.text = text;
    st.dates = dates;
    st.places = places;
    st.out = out;
    st.ctx = ctx;
    st.toks = view.tokens;
    st.ct = clauseTools(view, st.k.grammar, st.speechTest, st.caches.clauses);
    st.speechAt = [];
    st.byToken.reset(view.start, view.end);
    st.consumed.reset(view.start, view.end);
    st.subjects.reset(view.start, view.end);
    st.innerOf.reset(view.start, view.end);
    const { toks, byToken, consumed, speechAt } = st;
    const matches = findTriggers(view, st.k.lexicon, st.clauseEndOf);
    // only a verb of speech makes a speech event (isSpeech is false for any other part of speech)
    for (let i = view.start; i < view.end; i++) if (toks[i]!.pos === 'VERB' && st.isSpeech(i)) speechAt.push(i);
    // with neither a trigger nor a speech verb, no rule below can code anything
    if (matches.length === 0 && speechAt.length === 0) return;
    for (const m of matches) byToken.set(m.at, m);
    for (const m of matches) for (const c of m.consumed) if (c !== m.at && !(m.before && byToken.get(c)?.kind === 'noun')) consumed.set(c, true);
    // verbs governed by an event verb ("willing to withdraw", "threatened to ban"): the outer event
    // takes the inner one's object and, for intents and threats, its more specific code
    for (const m of matches) {
      const h = controller(st, m.at);
      if (h !== null && byToken.has(h) && !st.innerOf.has(h)) st.innerOf.set(h, m);
    }
    for (const m of matches) codeMatch(st, m);
    codeWarnings(st);
    codeObligations(st);
    codeStatements(st);
  }
}

/** One trigger match: its source, target, code and modality, and the events they make. */
function codeMatch(st: SentenceState, m: TriggerMatch): void {
  const i = m.at;
  if (st.consumed.has(i) || notAnAction(st, m)) return;
  // an event verb governed by another event verb is part of it ("threatened to ban")
  const head = controller(st, i);
  // "the regulator ordered all internet service providers to shut down internet access": an authority's
  // order to those who are no actors is its own act
  const ordered = m.kind === 'verb' && orderToNoActor(st, i);
  if (head !== null && st.byToken.has(head) && !ordered) return;
  if (m.kind === 'verb' && !ordered && notDone(st, i, head)) return;
  // "went on hunger strike to demand the release of ...": a protest's purpose is part of the protest
  if (m.kind === 'verb' && rulesOf(m.pattern.cameo ?? '').root === '10') {
    const p = purposeOf(st, i);
    const protest = p !== null ? st.byToken.get(p) : undefined;
    if (protest?.pattern.cameo && rulesOf(protest.pattern.cameo).root === '14') return;
  }
  const code = m.pattern.cameo;
  // "flew into Taiwan with equipment to help pull survivors": a row that codes nothing for one carried "to" a
  // place ("flew him to New Delhi") does not apply when its "to" opens an infinitive
  if (!code && m.kind === 'verb' && CARRY_VERBS.has(m.pattern.trigger.words[0] ?? '') && infinitiveTo(st, m)) {
    const next = nextMatch(st.view, m, st.clauseEndOf);
    if (next) {
      st.byToken.set(i, next);
      codeMatch(st, next);
    }
    return;
  }
  if (!code) return;
  const coding = m.kind === 'noun' ? nounCoding(st, m, code)
    : st.ct.isPassive(i) || reducedPassive(st, i) ? passiveCoding(st, m, code) : activeCoding(st, m, code);
  if (!coding) return;
  // "Iran insisted that its programme was peaceful" states; "insisted that Iraq give access" demands
  if (m.kind === 'verb' && st.isSpeech(i) && st.toks[m.end - 1]?.lower === 'that' && !subjunctiveFrom(st, m.end)) return;
  // "Hernandez was handed over ... and flown to New York": one carried somewhere, or a trip with no known traveller, is no visit
  if (coding.code === VISIT && (coding.passive || !coding.source || passivePartner(st, i) || infinitiveTo(st, m))) {
    // ("flew into Dili on Tuesday to reinforce the force": the "to" of a purpose leaves the verb's other rows to try)
    const next = infinitiveTo(st, m) ? nextMatch(st.view, m, st.clauseEndOf) : null;
    if (next) {
      st.byToken.set(i, next);
      codeMatch(st, next);
    }
    return;
  }
  const helpers = helpersArrive(st, m, coding) || forcesAtRequest(st, m, coding) || forcesWithPurpose(st, m, coding);
  if (!helpers && sectorExcluded(m, coding)) {
    // "arrived in Dushanbe on a state visit at the invitation of the President": a row for forces arriving at
    // a government's invitation does not apply to a president, and the plain arrival does
    const next = nextMatch(st.view, m, st.clauseEndOf);
    if (next) {
      st.byToken.set(i, next);
      codeMatch(st, next);
    }
    return;
  }
  // "told the junta to leave or face military action": a demand with a menace is an ultimatum, and what it
  // menaces has not happened
  if (rulesOf(coding.code).root === '10' && st.k.cameo.get(ULTIMATUM)) {
    const menace = ultimatumAt(st, m.end);
    if (menace >= 0) {
      coding.code = ULTIMATUM;
      coding.rule += '/ultimatum';
      st.consumed.set(menace, true);
    }
  }
  armedObstruction(st, m, coding);
  crowdStorming(st, m, coding);
  crowdDemand(st, coding);
  jointExercise(st, m, coding);
  jointReopening(st, m, coding);
  settleTarget(st, m, coding);
  ownDeployment(st, coding);
  if (!hasCode(coding.source) && !hasCode(coding.target)) {
    // "why was nothing coded?": say which action found no political actor
    const t = st.toks[i]!;
    st.ctx.report(`"${t.text}" matched ${coding.rule} but no actor with a code was found as its source or target`, t.span, coding.rule);
    return;
  }
  emitCoded(st, m, head, coding);
}

/** Verbs that carry someone somewhere ("flew him to New Delhi"), whose rows for the carried code nothing. */
const CARRY_VERBS = new Set(['fly', 'send', 'bring', 'take', 'carry', 'airlift', 'ship', 'drive', 'transport']);

/** "had come to bow to the victims", "came to be used": the pattern's "to" opens an infinitive, not a destination. */
function infinitiveTo(st: SentenceState, m: TriggerMatch): boolean {
  const last = m.consumed[m.consumed.length - 1]!;
  const next = st.toks[last + 1];
  return st.toks[last]!.lower === 'to' && !!next && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** "was handed over to U.S. agents and flown to New York": a verb joined to a passive shares its auxiliary. */
function passivePartner(st: SentenceState, i: number): boolean {
  const partner = coordinatedWith(st, i);
  return partner !== null && st.ct.isPassive(partner);
}

/** Whether the pattern's source sectors (`@MIL|REB`, `@!MIL|COP`) rule out the coding's source. */
function sectorExcluded(m: TriggerMatch, coding: Coding): boolean {
  const sector = coding.source?.mention.sector ?? '';
  const only = m.pattern.sourceSectors;
  // "Soviet troops left Kabul" is a withdrawal; a president leaving after a visit is not
  // (and the slot is where they leave, not whom they leave behind: "leaving just 100 UN troops")
  if (only && (!only.includes(sector) || (m.slot !== coding.source && only.includes(m.slot?.mention.sector ?? '')))) return true;
  return !!m.pattern.notSourceSectors?.includes(sector);
}

/** Words that make a cooperative act's object shared by those who act ("upgraded their relations"). */
const RECIPROCAL = new Set(['their', 'bilateral', 'mutual', 'each']);

/** "Vietnam and the United States upgraded their relations": a cooperative act (CAMEO 03-08) done to what the actors share involves each with the other. */
function reciprocal(st: SentenceState, m: TriggerMatch, root: number): boolean {
  if (root < 3 || root > 8) return false;
  for (let j = m.at + 1; j < m.end; j++) if (RECIPROCAL.has(st.toks[j]!.lower)) return true;
  return false;
}

/** Verbs of fighting that, said of two sides together, each side does to the other ("Indian and Chinese troops fought"). */
const FIGHT_VERBS = new Set(['fight', 'clash', 'battle', 'skirmish']);

/** "Indian and Chinese troops fought with stones and clubs": a fight between the parties of a compound subject. */
function mutualFight(m: TriggerMatch, root: number): boolean {
  return m.kind === 'verb' && root >= 18 && FIGHT_VERBS.has(m.pattern.trigger.words[0] ?? '');
}

/** "China and the Republic of Korea established diplomatic relations": relations two states set up are both's. */
function mutualRelations(m: TriggerMatch, root: number): boolean {
  return root === 5 && m.pattern.id.endsWith('-relations');
}

/** Verbs of command whose object carries out what follows. */
const ORDER_VERBS = new Set(['order', 'instruct', 'direct']);

/** Whether the verb at `i` follows "to" after an asserted order whose object names no actor ("ordered all schools to close"). */
function orderToNoActor(st: SentenceState, i: number): boolean {
  const { toks, view } = st;
  if (toks[i - 1]?.lower !== 'to') return false;
  for (let h = i - 2; h >= Math.max(view.start, i - 9); h--) {
    const t = toks[h]!;
    if (view.mentionAt.has(h)) return false;
    if (t.pos === 'VERB') {
      return ORDER_VERBS.has(t.lemma) && h < i - 2 && !t.negated && modalityOf(view, st.ct, st.k.grammar, h, null, 'verb') === 'asserted';
    }
    // (past a date: "ordered all providers on Tuesday to shut down")
    if ((t.lower === 'on' || t.lower === 'this') && DATE_WORDS.has(toks[h + 1]?.lower ?? '')) continue;
    if (!NOUN_PHRASE_POS.has(t.pos)) return false;
  }
  return false;
}

/** CAMEO 138: threaten with military force. */
const THREATEN_FORCE = '138';

/**
 * Whether the use of force at `i` (CAMEO 18-20), hypothetical but not under a condition ("if ..."), is
 * reported by a speaker of its source's own country.
 */
function ownSideSays(st: SentenceState, i: number, code: string, source: MentionRef): boolean {
  const root = rulesOf(code).rootNumber;
  const country = source.mention.country;
  if (root < 18 || root > 20 || !country) return false;
  const open = st.ct.opener(i);
  if (open && st.k.grammar.has(open.lower, 'condition')) return false;
  for (const v of st.speechAt) {
    const speaker = subjectOf(st, v);
    if (speaker && speaker.mention.country === country) return true;
  }
  return false;
}

/** The events of a coded match: its modality (which may shift its code), date and place, per pair of actors. */
function emitCoded(st: SentenceState, m: TriggerMatch, head: number | null, coding: Coding): void {
  const { doc, view, ct, k } = st;
  const i = m.at;
  let { code, rule, target } = coding;
  const { source } = coding;
  const modality = modalityAt(st, m, head);
  // "Russia could strike decision-making centres in Kyiv, President Vladimir Putin said": force its own
  // side says it could use is a threat of force
  if (modality === 'hypothetical' && source && ownSideSays(st, i, code, source)) {
    code = THREATEN_FORCE;
    rule += '/capability';
  }
  if (k.modalityCodes) {
    // (a fronted "if" clause is as much a condition as a later "unless": "If X continues ..., the US will stop all aid")
    // ("would reimpose the sanctions if ...", "will deploy missiles if NATO ...": force or sanctions under a later
    // "if" are as conditional; a kinder act under "if" is an offer, not a threat)
    const conditional = hasUnless(view, i) || afterFrontedCondition(view, st.ct, k.grammar, i)
      || (rulesOf(code).rootNumber >= 15 && ifAfter(view, i));
    // ("could attack within 96 hours unless Milosevic complied": force that could come unless another acts is threatened)
    const couldUnless = modality === 'hypothetical' && rulesOf(code).rootNumber >= 17 && hasUnless(view, i);
    const unless = modality === 'future' && conditional ? k.modalityCodes.shift(code, 'unless')
      : couldUnless ? k.modalityCodes.shift(code, 'unless') ?? k.modalityCodes.shift(code, 'future') : null;
    const shifted = unless ?? (modality === 'future' || modality === 'negated' ? k.modalityCodes.shift(code, modality) : null);
    if (shifted) {
      rule += `/${unless ? 'conditional' : modality === 'future' ? 'intent' : 'refusal'}`;
      code = shifted;
    }
  }
  // an intent to withdraw "their troops" is about the actor's own forces, whatever the verb's code was
  if (source && target && ownForces(source, target, code)) target = null;
  const reported = isReported(view, ct, i, st.speechAt);
  const date = eventDate(doc, st.dates, view, ct, i);
  const finalModality = modality === 'asserted' && isHistorical(doc.article.published, date) ? 'historical' : modality;
  const location = eventLocation(st.places, view, ct, i);
  const sources = source ? theTwo(source, view, layer(doc, 'actors')) ?? theirCompound(source, view) ?? compoundGroup(view, source) : NO_ACTOR;
  const targets = target ? theirCompound(target, view) ?? compoundGroup(view, target) : NO_ACTOR;
  const facts: EventFacts = { m, code, date, location, modality: finalModality, reported, rule };
  const rules = rulesOf(code);
  if ((rules.symmetric || reciprocal(st, m, rules.rootNumber) || mutualFight(m, rules.rootNumber) || mutualRelations(m, rules.rootNumber)) && !target && sources.length > 1) {
    for (const a of sources) for (const b of sources) if (a !== b) emit(st, facts, a, b);
  } else {
    for (const a of sources) for (const b of targets) if (!(a && b && (a === b || sameEntity(a, b)))) emit(st, facts, a, b);
    // a meeting, a call or a negotiation involves both sides alike: "X met Y" is also Y meeting X
    if (rules.mutual) {
      for (const a of sources) for (const b of targets) if (a && b && !(a === b || sameEntity(a, b))) emit(st, facts, b, a);
    }
  }
}

/** Adds the event `facts` describe, from source `a` to target `b`. */
function emit(st: SentenceState, facts: EventFacts, source: MentionRef | null, target: MentionRef | null): void {
  const { m, code, date, location, modality, reported, rule } = facts;
  const placedA = placedByPhrase(st.view, st.places, source);
  const placedB = placedByPhrase(st.view, st.places, target);
  const a = notAgainstItsOwnState(placedA, placedB, code);
  // (a meeting's other side too: "The special envoy of the White House met the president")
  const b = rulesOf(code).root === '04' ? notAgainstItsOwnState(placedB, a, code) : placedB;
  if (a && modality === 'asserted' && !code.startsWith('01') && !code.startsWith('02')) st.actions.push({ sentence: st.view.index, at: m.at, source: a });
  st.out.push(buildEvent(st.k, st.text, st.view, m.consumed, code, a, bindPossessive(a, b), date, location, modality, reported, rule));
}
