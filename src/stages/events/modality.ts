// Modality of an event verb: negated, future, hypothetical, from the auxiliaries and words before it.
import type { Modality } from '../../model/types.js';
import { GRAMMAR_BIT, type Grammar } from './grammar.js';
import type { ClauseTools } from './clauses.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Reads the verb group before token `i` (auxiliaries, adverbs, particles, up to the clause start)
 * and, for a verb in a to-infinitive, the verb group of its governing verb (`seeking to withdraw`).
 */
export function modalityOf(
  view: SentenceView, ct: ClauseTools, g: Grammar, i: number, head: number | null, kind: 'verb' | 'noun' | 'adj',
): Modality {
  const toks = view.tokens;
  let result: Modality = 'asserted';
  const open = ct.opener(i);
  if (open && g.has(open.lower, 'condition') && !afterCondition(view, ct, i)) result = 'hypothetical';
  const own = groupModality(view, ct, g, i, kind);
  // ("if Hamas does not release the hostages": what a condition denies is no refusal, only a condition)
  if (own) result = (own === 'negated' && result !== 'hypothetical') || result === 'asserted' ? own : result;
  if (head !== null) {
    const t = toks[head]!;
    const intent = g.value(t.lemma, 'intent');
    const outer = groupModality(view, ct, g, head, kind);
    // "will not hesitate to target it" is a pledge to do it; "did not hesitate to" says it was done
    if (outer === 'negated' && RELUCTANCE.has(t.lemma)) return futureBefore(view, ct, g, head) ? 'future' : result;
    if (outer === 'negated') return 'negated';
    if (g.has(t.lemma, 'intent') && intent && intent !== 'asserted' && result === 'asserted') result = intent;
    if (outer && result === 'asserted') result = outer;
  }
  return result;
}

/**
 * "If the Nigerian government continues to allow ..., the United States will stop all aid": a verb after the
 * comma that closes a fronted condition (one with a word of its own) is the main clause's, not the condition's.
 */
function afterCondition(view: SentenceView, ct: ClauseTools, i: number): boolean {
  const toks = view.tokens;
  const o = ct.clauseStart(i) - 1;
  if (o < view.start) return false;
  let verb = false;
  for (let j = o + 1; j < i; j++) {
    const t = toks[j]!;
    // (wink may tag the condition's verb as a noun: "If Iran attacks, ..."; "If necessary, ...")
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN' || t.pos === 'ADJ') verb = true;
    else if (t.text === ',' && verb) return true;
  }
  return false;
}

/** Whether token i is in the main clause after a fronted condition ("If X continues ..., the US will stop"). */
export function afterFrontedCondition(view: SentenceView, ct: ClauseTools, g: Grammar, i: number): boolean {
  const open = ct.opener(i);
  return !!open && g.has(open.lower, 'condition') && afterCondition(view, ct, i);
}

/** Verbs of reluctance whose negation asserts the act after them. */
const RELUCTANCE = new Set(['hesitate']);

/** Whether a future modal stands in the verb group before `at` ("will not hesitate"). */
function futureBefore(view: SentenceView, ct: ClauseTools, g: Grammar, at: number): boolean {
  const toks = view.tokens;
  for (let j = at - 1; j >= Math.max(ct.clauseStart(at), at - 4); j--) {
    if ((g.value(toks[j]!.lower, 'modal') ?? '') === 'future') return true;
  }
  return false;
}

const NEGATOR_OR_MODAL = GRAMMAR_BIT.negator | GRAMMAR_BIT.modal;

/** The modality the verb group before token `at` expresses, if any. */
function groupModality(view: SentenceView, ct: ClauseTools, g: Grammar, at: number, kind: 'verb' | 'noun' | 'adj'): Modality | null {
  const toks = view.tokens;
  const cs = ct.clauseStart(at);
  for (let j = at - 1; j >= Math.max(cs, at - 5); j--) {
    const t = toks[j]!;
    if (kind === 'noun' && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PART' && t.pos !== 'ADV' && t.pos !== 'AUX') {
      // for an event noun read the verb that carries it ("will make a proposal")
      if (t.pos === 'VERB') return groupModality(view, ct, g, j, kind);
      break;
    }
    // one lookup of each form answers both classes; most words are in neither
    const lowerFlags = g.flags(t.lower);
    const lemmaFlags = t.lemma === t.lower ? lowerFlags : g.flags(t.lemma);
    if (((lowerFlags | lemmaFlags) & NEGATOR_OR_MODAL) !== 0) {
      if (((lowerFlags | lemmaFlags) & GRAMMAR_BIT.negator) !== 0) return 'negated';
      const mod = g.value(t.lower, 'modal') ?? g.value(t.lemma, 'modal');
      if (mod && mod !== 'asserted') return mod;
    }
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && t.lower !== 'to' && !(t.lower === 'going' || t.lower === 'due')) break;
  }
  return null;
}
