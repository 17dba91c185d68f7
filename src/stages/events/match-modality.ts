// How sure the text is that a trigger's action happened: its modality, with event nouns, denials, wants and allegations.
import type { Modality } from '../../model/types.js';
import type { TriggerMatch } from './triggers.js';
import { modalityOf } from './modality.js';
import type { SentenceState } from './sentence-state.js';
import { accusedOf, controller, coordinatedWith, purposeOf } from './verb-subjects.js';

/** Of the verbs in `OBJECT_DOES` (verb-subjects.ts), the ones that only allege what the gerund says. */
const ALLEGING = new Set(['accuse', 'suspect', 'blame', 'charge']);

/** How sure the text is that the action at i happened (`head` governs it, if any). */
export function modalityAt(st: SentenceState, m: TriggerMatch, head: number | null): Modality {
  const { view, toks, k } = st;
  const i = m.at;
  let modality = modalityOf(view, st.ct, k.grammar, i, head, m.kind);
  if (m.kind === 'noun' && madeAGoal(st, i)) modality = 'future';
  if (m.kind === 'noun' && modality === 'asserted') modality = nounModality(st, i) ?? modality;
  // "Obama wants Putin to attack": what one actor wants another to do is only hypothetical
  if (head !== null && k.grammar.has(toks[head]!.lemma, 'intent') && view.mentions.some((r) => r.start > head && r.end <= i)) modality = 'hypothetical';
  const partner = coordinatedWith(st, i);
  // "must hand power ... and put Bashir on trial", "will withdraw and release": a modal before the first verb
  // governs the verbs joined to it
  if (modality === 'asserted' && partner !== null && !st.isSpeech(partner)) {
    const first = modalityOf(view, st.ct, k.grammar, partner, null, 'verb');
    if (first === 'future' || first === 'hypothetical') modality = first;
  }
  // "Russia could use its new missile to strike Kyiv": a purpose is as sure as the verb it serves
  if (modality === 'asserted' && head === null && m.kind === 'verb' && partner === null) {
    const p = purposeOf(st, i);
    if (p !== null && !st.isSpeech(p)) {
      const served = modalityOf(view, st.ct, k.grammar, p, null, 'verb');
      if (served === 'future' || served === 'hypothetical') modality = served;
    }
  }
  if (deniedBy(st, i) && !(partner !== null && st.isSpeech(partner))) modality = 'negated';
  // "accused Rwanda of sending troops to fight": what one is accused of is alleged, not asserted
  if (modality === 'asserted' && alleged(st, i)) modality = 'hypothetical';
  // "agreed not to attack": a pattern's "to" right after "not"
  for (const c of m.consumed) if (toks[c]!.lower === 'to' && toks[c - 1]?.lower === 'not') return 'negated';
  return modality;
}

/** "a possible U.S. attack on Iraq", "the planned withdrawal": a modal word among an event noun's modifiers. */
function nounModality(st: SentenceState, i: number): Modality | null {
  const { view, toks, k } = st;
  for (let j = i - 1; j >= Math.max(view.start, i - 5); j--) {
    const t = toks[j]!;
    const value = k.grammar.value(t.lower, 'modal');
    if (value && (t.pos === 'ADJ' || t.pos === 'VERB')) return value;
    if (!(t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' || view.mentionAt.has(j) || t.text === '-')) return null;
  }
  return null;
}

/** "Lavrov denied that Russian forces had attacked": the speaker says it did not happen. */
function deniedBy(st: SentenceState, i: number): boolean {
  const { view, toks } = st;
  const cs = st.ct.clauseStart(i);
  for (let j = cs - 1; j >= Math.max(view.start, cs - 2); j--) {
    if (st.k.grammar.has(toks[j]!.lemma, 'denial')) return true;
  }
  return false;
}

/** "made the withdrawal of the troops an important objective": the action is a goal, not done. */
function madeAGoal(st: SentenceState, i: number): boolean {
  const { view, toks } = st;
  let j = i - 1;
  while (j > view.start && (toks[j]!.pos === 'DET' || toks[j]!.pos === 'ADJ')) j--;
  if (toks[j]?.lemma !== 'make') return false;
  const ce = Math.min(st.ct.clauseEnd(i), i + 20);
  for (let q = i + 1; q < ce; q++) if (st.k.grammar.has(toks[q]!.lemma, 'goal')) return true;
  return false;
}

/** The verb at i, or one it is the purpose or complement of ("sending troops to fight"), is what someone is accused of. */
function alleged(st: SentenceState, i: number): boolean {
  for (let v: number | null = i, depth = 0; v !== null && depth < 4; v = controller(st, v) ?? purposeOf(st, v), depth++) {
    if (accusedOf(st, v, ALLEGING)) return true;
  }
  return false;
}
