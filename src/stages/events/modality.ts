// Modality of an event verb: negated, future, hypothetical, from the auxiliaries and words before it.
import type { Modality } from '../../model/types.js';
import type { Grammar } from './grammar.js';
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
  if (open && g.has(open.lower, 'condition')) result = 'hypothetical';
  const group = (at: number): Modality | null => {
    const cs = ct.clauseStart(at);
    for (let j = at - 1; j >= Math.max(cs, at - 5); j--) {
      const t = toks[j]!;
      if (kind === 'noun' && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PART' && t.pos !== 'ADV' && t.pos !== 'AUX') {
        // for an event noun read the verb that carries it ("will make a proposal")
        if (t.pos === 'VERB') return group(j);
        break;
      }
      if (g.has(t.lower, 'negator') || g.has(t.lemma, 'negator')) return 'negated';
      const mod = g.value(t.lower, 'modal') ?? g.value(t.lemma, 'modal');
      if (mod && mod !== 'asserted') return mod;
      if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && t.lower !== 'to' && !(t.lower === 'going' || t.lower === 'due')) break;
    }
    return null;
  };
  const own = group(i);
  if (own) result = own === 'negated' || result === 'asserted' ? own : result;
  if (head !== null) {
    const t = toks[head]!;
    const intent = g.value(t.lemma, 'intent');
    const outer = group(head);
    if (outer === 'negated') return 'negated';
    if (g.has(t.lemma, 'intent') && intent && intent !== 'asserted' && result === 'asserted') result = intent;
    if (outer && result === 'asserted') result = outer;
  }
  return result;
}
