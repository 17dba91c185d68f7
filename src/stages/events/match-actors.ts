// A trigger match's source and target, as an event noun, a passive or an active verb has them, then settled.
import { compoundGroup, mentionPastDeterminer, type MentionRef } from './sentence-view.js';
import { findAgent } from './clauses.js';
import { objectRelativeAntecedent } from './subject-cases.js';
import type { TriggerMatch } from './triggers.js';
import { DESTINATION_PREPS, IRREGULAR_PAST, byAgentNext, participleForm, plainNounAt } from './word-cues.js';
import { ownForces, placeTarget, sameActor, sameEntity } from './event-actors.js';
import { nominalActors } from './nominal-events.js';
import { INTERNATIONAL_CODE, rulesOf } from './code-rules.js';
import type { SentenceState } from './sentence-state.js';
import { describesObject, subjectOf } from './verb-subjects.js';
import { conditionSubject, objectLimit, objectOf, thatClauseSubject, wordBeforePhrase } from './verb-objects.js';
import { EXTRADITION, RECALL_VERBS, afterTo, ownEnvoy, passiveDestination, pastOwnForces, receivingState, sameBody } from './targets-past-pattern.js';

/** Prepositions that introduce what a joint act is about ("talks on trade", "intelligence about smugglers"). */
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'regarding', 'concerning', 'over']);
/** Before an actor after a joint act: its host or witness ("under the auspices of X", "brokered by X"). */
const WITNESS_PREPOSITIONS = new Set(['of', 'by']);
/** Sectors of the state itself: their own rallies are not protests. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG']);

/** The actors, code and rule a trigger match has been found to have, as its coding proceeds. */
export interface Coding {
  source: MentionRef | null;
  target: MentionRef | null;
  code: string;
  rule: string;
  /** Coded as a passive: its target is not replaced by a place. */
  passive: boolean;
}

/**
 * A past participle right after the noun it describes, with no object of its own, is a passive:
 * "There were 10 Russian soldiers killed in Ukraine", "The civilians imprisoned for ... were released".
 */
export function reducedPassive(st: SentenceState, i: number): boolean {
  const { view, toks, ct } = st;
  const t = toks[i]!;
  if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !(participleForm(t.lower) || IRREGULAR_PAST.has(t.lower)) || ct.isPassive(i)) return false;
  const before = view.mentionAt.get(i - 1);
  const next = toks[i + 1];
  if (next && next.pos !== 'ADP' && next.pos !== 'SCONJ' && next.pos !== 'PUNCT' && next.pos !== 'ADV') return false;
  // "deported Palestinians accused of ...", "violating the ceasefire agreed in April"
  if (describesObject(st, i)) return true;
  // "a truce brokered by Qatar": a participle between a plain noun and its "by" agent describes the noun
  // (past a short destination: "weapons supplied to Ukraine by Britain")
  if (i > view.start && plainNounAt(view, i - 1) && !before && byAgentNext(toks, i, view.end)) return true;
  if (!before) return false;
  const cs = ct.clauseStart(i);
  // existential "there were N soldiers killed"
  for (let j = cs; j < before.start; j++) if (toks[j]!.lower === 'there') return true;
  // the clause's own verb comes later: "The civilians imprisoned for X were released"
  const ce = ct.clauseEnd(i);
  // "Rebels backed by Russia attacked the town": an actor, a participle and its "by" agent, then the clause's verb
  const agent = next?.lower === 'by' ? mentionPastDeterminer(view, i + 2) : undefined;
  if (agent) {
    const verb = toks[agent.end];
    if (agent.end < ce && verb && (verb.pos === 'VERB' || verb.pos === 'AUX')) return true;
  }
  for (let j = i + 2; j < ce - 1; j++) {
    if (toks[j]!.pos !== 'AUX' || (toks[j + 1]!.pos !== 'VERB' && toks[j + 1]!.pos !== 'AUX')) continue;
    // a new subject in between ("X killed A, who were ...") would own that verb; actors inside phrases do not
    return !view.mentions.some((r) => r.start > i && r.end <= j && toks[r.start - 1]?.pos !== 'ADP');
  }
  return false;
}

/** An event noun's actors ("the Taliban's proposal", "talks between X and Y"), or null when it has no source. */
export function nounCoding(st: SentenceState, m: TriggerMatch, code: string): Coding | null {
  const nominal = nominalActors(st.view, st.ct, m, st.k, st.subjectOfVerb, st.byToken);
  if (!nominal) return null;
  // "the announcement came during a rally in Caracas": a state's own rally, aimed at no one abroad, is no protest
  const { source, target } = nominal;
  if (rulesOf(code).root === '14' && source && STATE_SECTORS.has(source.mention.sector)
    && (!target || target.mention.country === source.mention.country)) return null;
  return { source: nominal.source, target: nominal.target, code, rule: `noun/${m.pattern.id}`, passive: false };
}

/** A passive verb's actors: its subject is the target, `by X` the source. */
export function passiveCoding(st: SentenceState, m: TriggerMatch, code: string): Coding | null {
  const { view, toks, ct, k } = st;
  const i = m.at;
  // "was pressured by Congress to": a slot filled after "by" is the agent, not the target
  let prep = m.slot ? m.slot.start - 1 : -1;
  if (prep > view.start && (toks[prep]!.pos === 'DET' || toks[prep]!.pos === 'PRON')) prep--; // "by the Israeli army", "by his counterpart"
  const slotIsAgent = !!m.slot && k.grammar.has(toks[prep]?.lower ?? '', 'agent-prep');
  const reduced = reducedPassive(st, i);
  const modified = reduced ? view.mentionAt.get(i - 1) ?? null : null;
  // "the ceasefire agreed in April": what the participle describes is no actor, and the clause's subject is not its target
  // "an agreement allowing X troops ... was signed": when the pattern's object words are the subject, the
  // subject phrase holds no target of its own
  const objectFirst = m.consumed.some((c) => c < i);
  const target = (slotIsAgent ? null : m.slot) ?? modified
    ?? (objectFirst ? beneficiaryAfter(st, m.consumed[m.consumed.length - 1]!) : reduced && describesObject(st, i) ? null : subjectOf(st, i));
  // a reduced passive's own phrase ends where the clause's verb group begins
  let agentEnd = ct.clauseEnd(i);
  if (modified) for (let j = i + 1; j < agentEnd; j++) if (toks[j]!.pos === 'AUX') { agentEnd = j; break; }
  // ("were freed by Tehran on Monday under a prisoner swap": the agent may stand inside the words the pattern spans)
  const source = slotIsAgent ? m.slot : findAgent(view, m.end, agentEnd, k.grammar)
    ?? (m.end > i + 1 ? findAgent(view, i + 1, Math.min(m.end, agentEnd), k.grammar) : null) ?? frontedAuthority(st, i);
  // "after it was deposed in a US-led invasion in 2001": with no agent named, a passive done "in" or "by" an event
  // the sentence codes as a noun is that event, coded once, with its own actors
  if (!source && hostedByEventNoun(st, m)) return null;
  // "Indian police were put on alert", "reservists were called up": with no agent named, the forces
  // mobilised are the ones that act (CAMEO 15 is coded for the force raising its own posture)
  if (!source && target && rulesOf(code).root === '15') return { source: target, target: null, code, rule: `verb/${m.pattern.id}/passive`, passive: true };
  // "the captured pilot was handed over to Indian officials": a soldier, or one the passive does not name as an
  // actor, handed to a state's officials is released; to a court or police, a suspect is extradited (063)
  const receiver = m.slot && m.slot === target ? m.slot.mention : null;
  // (an extradition is judicial whoever receives: "were extradited to the United States by Mexico")
  if (code.startsWith('063') && receiver && receiver.sector !== 'JUD' && receiver.sector !== 'COP' && !INTERNATIONAL_CODE.test(receiver.code ?? '')
    && m.pattern.trigger.words[0] !== 'extradite') {
    const handed = subjectOf(st, i);
    if (!handed || handed.mention.sector === 'MIL') return { source, target, code: RELEASE, rule: `verb/${m.pattern.id}/passive/release`, passive: true };
  }
  return { source, target, code, rule: `verb/${m.pattern.id}/passive`, passive: true };
}

/** Prepositions that make an event noun after a passive the act it was done in ("deposed in an invasion", "killed by an airstrike"). */
const HOSTING_PREPOSITIONS = new Set(['in', 'by', 'during']);

/** Whether a preposition right after the passive's words opens a noun phrase headed by an event noun coded with its own source. */
function hostedByEventNoun(st: SentenceState, m: TriggerMatch): boolean {
  const { toks, view, byToken } = st;
  const p = m.end;
  if (p >= view.end || !HOSTING_PREPOSITIONS.has(toks[p]!.lower)) return false;
  for (let j = p + 1; j < Math.min(view.end, p + 6); j++) {
    const t = toks[j]!;
    const noun = byToken.get(j);
    // (only one that codes an event of its own, with a source: "killed in an airstrike" names no striker)
    if (noun?.kind === 'noun') return !!noun.pattern.cameo && !!nounCoding(st, noun, noun.pattern.cameo)?.source;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.text !== '-' && !(t.pos === 'VERB' && toks[j - 1]?.text === '-')) return false;
  }
  return false;
}

/** Verbs whose "of" tells the charge ("accused X of Y"), unlike an event noun's "of" ("condemned the attack of X"). */
const CHARGE_OF_VERBS = new Set(['accuse', 'suspect', 'charge', 'convict']);

/** Whether an "of" stands in `[from, to)`, after at least one word. */
function ofBefore(st: SentenceState, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (st.toks[j]!.lower === 'of') return true;
  return false;
}

/** Nouns of a formal act by which an authority acts ("by decree of", "on the orders of"). */
const AUTHORITY_ACTS = new Set(['decree', 'order', 'orders', 'instruction', 'instructions', 'resolution', 'command', 'directive']);

/**
 * "By the Decree of the Head of State Ilham Aliyev, partial mobilization has been declared": a passive's
 * agent named before it, in a phrase of the authority's formal act; null when there is none.
 */
function frontedAuthority(st: SentenceState, i: number): MentionRef | null {
  const { view, toks } = st;
  for (let j = view.start; j < i - 2; j++) {
    if (toks[j]!.lower !== 'by' && toks[j]!.lower !== 'on') continue;
    let q = j + 1;
    if (toks[q]!.pos === 'DET') q++;
    if (!AUTHORITY_ACTS.has(toks[q]?.lower ?? '') || toks[q + 1]?.lower !== 'of') continue;
    for (let r = q + 2; r < Math.min(i, q + 2 + AUTHORITY_REACH); r++) {
      const ref = view.mentionAt.get(r);
      if (ref) return ref;
    }
  }
  return null;
}

/** How many words after "decree of" the authority's name may begin ("the Head of State Ilham Aliyev"). */
const AUTHORITY_REACH = 4;

/** Vehicles, whose load is no act of whoever stops or lets them through. */
const VEHICLES = new Set(['lorry', 'truck', 'convoy', 'vehicle', 'ship', 'vessel', 'boat', 'plane', 'aircraft', 'flight', 'helicopter', 'bus', 'train']);

/** How many nouns listed after the object noun `beneficiaryAfter` passes over. */
const LISTED_NOUNS = 3;

/** CAMEO 084: return, release. */
const RELEASE = '084';

/**
 * "a loan for Egypt was approved", "aid to Ukraine was blocked": the one the object noun is for or goes to
 * (past the nouns it is listed with: "ammunition and equipment for Lebanon's army were flown").
 */
function beneficiaryAfter(st: SentenceState, noun: number): MentionRef | null {
  const { toks, view } = st;
  let p = noun + 1;
  for (let listed = 0; listed < LISTED_NOUNS && (toks[p]?.lower === 'and' || toks[p]?.text === ',') && toks[p + 1]?.pos === 'NOUN' && !view.mentionAt.has(p + 1); listed++) p += 2;
  const prep = toks[p];
  if (!prep || (prep.lower !== 'for' && prep.lower !== 'to')) return null;
  let q = p + 1;
  if (toks[q]?.pos === 'DET') q++;
  const ref = view.mentionAt.get(q);
  return ref && ref.start === q ? ref : null;
}

/**
 * "handed Milosevic over to the Hague war crimes tribunal": in a hand-over (CAMEO 063) the one handed
 * over fills the slot, and the institution after the pattern's "to" receives it: that is the target.
 */
function receiverOf(st: SentenceState, m: TriggerMatch): MentionRef | null {
  if (!m.pattern.cameo?.startsWith('063')) return null;
  const { toks, view } = st;
  for (const c of m.consumed) {
    if (toks[c]!.lower !== 'to' || c < (m.slot?.end ?? 0)) continue;
    for (let q = c + 1; q < Math.min(view.end, c + 6); q++) {
      const ref = view.mentionAt.get(q);
      if (ref && ref.start >= q) return ref;
    }
  }
  return null;
}

/** An active verb's actors: its subject, and its slot, its object or the subject of its that-clause. */
export function activeCoding(st: SentenceState, m: TriggerMatch, code: string): Coding {
  const { toks, ct, k } = st;
  const i = m.at;
  // "Kyiv received tanks from Germany", "the convoy came under fire from rebels": the one named after the
  // verb acts on its subject
  if (m.sourceSlot) return { source: m.sourceSlot, target: subjectOf(st, i), code, rule: `verb/${m.pattern.id}`, passive: false };
  // "turned back lorries carrying food": what a vehicle the clause acts on carries is no act of the clause's
  // subject ("issued a declaration demanding that" is: a document speaks for its author)
  const carried = toks[i]!.lower.endsWith('ing') && VEHICLES.has(toks[i - 1]?.lemma ?? '') && describesObject(st, i);
  const source = carried ? null : subjectOf(st, i);
  const coding: Coding = { source, target: null, code, rule: `verb/${m.pattern.id}`, passive: false };
  const inner = st.innerOf.get(i);
  if (m.slot) coding.target = receiverOf(st, m) ?? m.slot;
  else if (inner?.slot) coding.target = inner.slot;
  // "agrees to reduce violence ...": what follows belongs to the inner verb, so its object is the target
  // ("the Federal Republic of Nigeria, which it accuses of occupying Bakassi": an object relative's antecedent)
  else if (!m.pattern.noTarget) {
    coding.target = objectRelativeAntecedent(st.view, ct, i, k.grammar)
      ?? (inner ? objectOf(st, inner.at, source, inner.pattern.cameo ?? code) : objectOf(st, i, source, code) ?? thatClauseSubject(st, i));
  }
  if (inner?.pattern.cameo && k.modalityCodes) {
    const outerRoot = rulesOf(code).root;
    const innerRules = rulesOf(inner.pattern.cameo);
    if ((outerRoot === '03' && code.length <= 3 && innerRules.cooperative) || (outerRoot === '13' && code.length <= 3 && innerRules.rootNumber >= 14)) {
      const refined = k.modalityCodes.shift(inner.pattern.cameo, 'future');
      if (refined) {
        coding.code = refined;
        coding.rule += `+${inner.pattern.id}`;
      }
    }
    if (!coding.target && !inner.pattern.noTarget && innerRules.material) {
      coding.target = placeTarget(st.view, st.places, toks[inner.at]!.span[0], toks[ct.clauseEnd(inner.at) - 1]!.span[1], source);
    }
  }
  return coding;
}

/** Drops a target that is the source itself or its own forces; a material action may take a place as target. */
export function settleTarget(st: SentenceState, m: TriggerMatch, coding: Coding): void {
  const { source } = coding;
  if (source && coding.target && (source === coding.target || sameEntity(source, coding.target) || sameBody(source, coding.target))) coding.target = null;
  // "Colombian and Venezuelan officials exchanged intelligence on drug traffickers": in a joint act
  // of a group, "on/about X" is the topic; the members are each other's targets
  if (source && coding.target && rulesOf(coding.code).symmetric && compoundGroup(st.view, source).length > 1
    && TOPIC_PREPOSITIONS.has(wordBeforePhrase(st, coding.target.start))) coding.target = null;
  // "Envoys from Ethiopia and Eritrea held talks under the auspices of the OAU": a host or witness
  // ("of X", "by X") of a joint act is not a party to it
  if (source && coding.target && coding.target !== m.slot && rulesOf(coding.code).symmetric && compoundGroup(st.view, source).length > 1
    && WITNESS_PREPOSITIONS.has(wordBeforePhrase(st, coding.target.start))) coding.target = null;
  const i = m.at;
  if (source && coding.target && ownForces(source, coding.target, coding.code)) coding.target = pastOwnForces(st, m, source, coding);
  // "Serbia extradited Ratko Mladic to the U.N. war crimes tribunal": the one extradited is handed over; the state or
  // court it goes to is the target
  if (source && coding.target && coding.code.startsWith(EXTRADITION) && !coding.passive && coding.target.mention.kind !== 'country'
    && !afterTo(st, coding.target.start)) {
    coding.target = receivingState(st, coding.target.end, source) ?? coding.target;
  }
  // "recalled its ambassador to Berlin", "recalled Colombia's ambassador in Caracas": the envoy a state recalls is its
  // own; the state it is posted to is the target
  if (source && coding.target && RECALL_VERBS.has(st.toks[i]!.lemma) && ownEnvoy(source, coding.target)) coding.target = pastOwnForces(st, m, source, coding);
  // "accusing its rivals of breaking a truce brokered by Saudi Arabia": what follows the "of" of an
  // accusation is its content; an actor there is not the accused
  if (coding.target && coding.target !== m.slot && CHARGE_OF_VERBS.has(st.toks[i]!.lemma) && ofBefore(st, m.end, coding.target.start)) coding.target = null;
  // "threatened to close the strait if the United States imposed sanctions": a threat is aimed at
  // whoever must act to avert it, the subject of its "if/unless" clause
  // and so is a concession or offer made on a condition ("Iran will reverse the steps ... if the United States lifts the sanctions")
  const rootNumber = rulesOf(coding.code).rootNumber;
  if (source && !coding.target && !m.pattern.noTarget && (rootNumber === 13 || (rootNumber >= 3 && rootNumber <= 8))) coding.target = conditionSubject(st, i, source);
  const innerMatch = st.innerOf.get(i);
  const rules = rulesOf(coding.code);
  const material = rules.material || rules.placeTarget
    || (!!innerMatch?.pattern.cameo && rulesOf(innerMatch.pattern.cameo).material);
  if (!coding.target && !m.pattern.noTarget && !coding.passive && m.kind === 'verb') {
    const done = referencedAction(st, m, source);
    if (done) {
      coding.target = done;
      coding.rule += '+event-reference';
    }
  }
  if (!coding.target && !m.pattern.noTarget && !coding.passive && material) {
    const { toks } = st;
    // past the pattern's own words: "threatened in Geneva to resume" was said there, not aimed at it
    // (a material act's own words may come after its destination: "crossed the border at Detroit to help")
    const from = rules.clauseTaking ? Math.max(i, ...m.consumed) : i;
    const to = toks[objectLimit(st, innerMatch?.at ?? i) - 1]!.span[1];
    coding.target = placeTarget(st.view, st.places, toks[from]!.span[0], to, source);
    // "warships left Halifax with relief supplies for victims of Hurricane Katrina on the U.S. Gulf Coast": aid
    // goes abroad from the home port it leaves
    const home = source?.mention.country;
    if (rules.root === '07' && home && coding.target?.mention.country === home) {
      coding.target = placeTarget(st.view, st.places, toks[from]!.span[0], to, source, home) ?? coding.target;
    }
    // "two military aircraft left for Beirut carrying fifteen tonnes of sanitary material": aid carried goes
    // where its carrier was going
    if (!coding.target && rules.root === '07') coding.target = destinationBefore(st, i, source);
  }
  // "ammunition was flown into Beirut by the United States": a passive with no actor for its subject goes where it was sent
  if (!coding.target && !m.pattern.noTarget && coding.passive && material && rules.root !== '15') coding.target = passiveDestination(st, m, source);
}


/** A state or capital named as a destination ("for Beirut") earlier in token i's clause, not the source's own. */
function destinationBefore(st: SentenceState, i: number, source: MentionRef | null): MentionRef | null {
  const { view, toks, ct } = st;
  for (let j = ct.clauseStart(i); j < i; j++) {
    const ref = view.mentionAt.get(j);
    if (!ref || ref.start !== j || ref.mention.kind !== 'country' || !DESTINATION_PREPS.has(toks[j - 1]?.lower ?? '')) continue;
    if (source && ref.mention.country === source.mention.country) continue;
    return ref;
  }
  return null;
}

/**
 * "Shaibani welcomed the decision", "Moscow condemned the move": an object that stands for an action
 * reported just before (this sentence or the one before) points at whoever took it. None when the
 * noun names its own actor ("the decision of the council", "the move by Turkey") or the action was
 * the subject's own.
 */
function referencedAction(st: SentenceState, m: TriggerMatch, source: MentionRef | null): MentionRef | null {
  const { toks, view, k } = st;
  let j = m.end;
  if (j < view.end && (toks[j]!.lower === 'the' || toks[j]!.lower === 'this' || toks[j]!.lower === 'that' || toks[j]!.lower === 'these')) j++;
  else return null;
  for (let adj = 0; adj < 2 && j < view.end && toks[j]!.pos === 'ADJ'; adj++) j++;
  const noun = toks[j];
  if (!noun || j >= view.end || noun.pos !== 'NOUN' || !k.grammar.has(noun.lower, 'event-reference')) return null;
  const after = toks[j + 1];
  if (after && j + 1 < view.end && (after.lower === 'of' || after.lower === 'by' || view.mentionAt.has(j + 1))) return null;
  for (let a = st.actions.length - 1; a >= 0; a--) {
    const done = st.actions[a]!;
    if (done.sentence < view.index - 1) break;
    if (done.sentence === view.index && done.at >= m.at) continue;
    if (source && sameActor(done.source, source)) return null;
    return done.source;
  }
  return null;
}
