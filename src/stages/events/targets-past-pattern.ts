// Targets past the words a verb's pattern names: the state after one's own forces or envoy, where a passive's load
// was sent, the state or court an extradited person goes to; and a body named twice, which is no dyad with itself.
import type { MentionRef } from './sentence-view.js';
import type { TriggerMatch } from './triggers.js';
import type { Coding } from './match-actors.js';
import type { SentenceState } from './sentence-state.js';
import { ownForces, placeTarget, sameActor, sameEntity } from './event-actors.js';
import { INTERNATIONAL_CODE, rulesOf } from './code-rules.js';
import { DESTINATION_PREPS } from './word-cues.js';
import { objectLimit, objectOf } from './verb-objects.js';

/** A place right after a destination preposition ("into Beirut", "to the Haitian capital") in a passive verb's clause. */
export function passiveDestination(st: SentenceState, m: TriggerMatch, source: MentionRef | null): MentionRef | null {
  const { toks, view } = st;
  const limit = objectLimit(st, m.at);
  for (let j = m.at + 1; j < limit - 1; j++) {
    if (!DESTINATION_PREPS.has(toks[j]!.lower) || toks[j]!.lower === 'for') continue;
    const q = toks[j + 1]!.pos === 'DET' ? j + 2 : j + 1;
    if (q >= limit) return null;
    // (a state named as an actor is no place of the places stage: "launchers sent to Ukraine by the United States")
    const state = view.mentionAt.get(q);
    const target = state && state.start === q && state.mention.kind === 'country' ? state
      : placeTarget(view, st.places, toks[j]!.span[1], toks[Math.min(limit, q + PLACE_WORDS) - 1]!.span[1], source);
    if (!target || target.mention.span[0] !== toks[q]!.span[0]) return null;
    return source?.mention.country === target.mention.country ? null : target;
  }
  return null;
}

/** How many words a place's name after its preposition may take ("Port-au-Prince", "New Delhi"). */
const PLACE_WORDS = 5;

/** One international body named twice ("the African Union's Peace and Security Council ... the AU force"): no dyad with itself. */
export function sameBody(a: MentionRef, b: MentionRef): boolean {
  const code = a.mention.code;
  return !!code && code === b.mention.code && INTERNATIONAL_CODE.test(code);
}

/** CAMEO 063: judicial cooperation (extradition, hand-over of suspects). */
export const EXTRADITION = '063';
/** How far after the one extradited its "to" may stand (past an apposition: "Alex Saab, accused by Washington of ..., to"). */
const RECEIVER_REACH = 30;

/** The state, body or court after a "to" that follows token `from` in its sentence (not another verb's "to"), or null. */
export function receivingState(st: SentenceState, from: number, source: MentionRef): MentionRef | null {
  const { toks, view } = st;
  for (let j = from; j < Math.min(view.end - 1, from + RECEIVER_REACH); j++) {
    if (toks[j]!.text === ';') return null;
    // (not past another clause's verb: "and a U.N. helicopter flew him to Sierra Leone")
    if (toks[j]!.pos === 'VERB' && SUBJECT_POS.has(toks[j - 1]!.pos)) return null;
    if (toks[j]!.lower !== 'to' || toks[j + 1]!.pos === 'VERB') continue;
    const q = toks[j + 1]!.pos === 'DET' ? j + 2 : j + 1;
    const ref = view.mentionAt.get(q);
    if (!ref || ref.start !== q || sameActor(ref, source)) return null;
    const m = ref.mention;
    return m.kind === 'country' || INTERNATIONAL_CODE.test(m.code ?? '') || m.sector === 'JUD' || m.sector === 'COP' ? ref : null;
  }
  return null;
}

/** Tags of a word that may end a subject right before its verb. */
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/** Whether the noun phrase starting at `start` follows "to" ("handed him to U.N. peacekeepers"): already a receiver. */
export function afterTo(st: SentenceState, start: number): boolean {
  let p = start - 1;
  if (st.toks[p]?.pos === 'DET') p--;
  return st.toks[p]?.lower === 'to';
}

/** Verbs by which a state calls its own envoys home. */
export const RECALL_VERBS = new Set(['recall', 'withdraw']);

/** An envoy or official of the source's own state, or of none named ("its ambassador", "Colombia's ambassador"). */
export function ownEnvoy(source: MentionRef, target: MentionRef): boolean {
  const t = target.mention;
  return t.kind === 'agent' && t.sector === 'GOV' && (!t.country || t.country === source.mention.country);
}

/**
 * "France pulled its last troops out of Niger", "Russia withdrew its troops from Georgia": when the object a
 * pattern names is the source's own forces, the state the verb goes on to name after the pattern's words is the
 * one acted on (only for a material act, and only an actor with a country or an IGO). Not for a deployment
 * (CAMEO 15): forces sent to a place or a border are aimed at no one there unless the words say so.
 */
export function pastOwnForces(st: SentenceState, m: TriggerMatch, source: MentionRef, coding: Coding): MentionRef | null {
  const own = coding.target!;
  const rules = rulesOf(coding.code);
  if (m.pattern.noTarget || coding.passive || m.kind !== 'verb' || !rules.material || rules.root === '15') return null;
  let last = m.at;
  for (const c of m.consumed) if (c > last) last = c;
  const after = objectOf(st, Math.max(last, own.end - 1), source, coding.code);
  if (!after || after === own || sameEntity(source, after) || ownForces(source, after, coding.code)) return null;
  if (!after.mention.country && !INTERNATIONAL_CODE.test(after.mention.code ?? '')) return null;
  return after;
}
