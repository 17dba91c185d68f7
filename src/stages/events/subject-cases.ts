// Subjects of clauses of special shapes: object relatives ("Nigeria, which it accuses of"), things conveyed by an
// agent ("the launchers sent to Ukraine by the United States have arrived"), an actor placed by a list of names.
import type { ClauseTools } from './clauses.js';
import type { Grammar } from './grammar.js';
import { mentionPastDeterminer, type MentionRef, type SentenceView } from './sentence-view.js';
import { IRREGULAR_PAST, VERB_GROUP, byAgentNext, participleForm, plainNounAt } from './word-cues.js';

/**
 * Verbs of things conveyed: "the launchers sent by the United States have arrived" are no actor, where a
 * delegation "led by" a minister or drones "launched by" a militia act for their agent.
 */
const CONVEYED = new Set(['send', 'supply', 'deliver', 'donate', 'ship', 'provide', 'give', 'fly', 'airlift', 'transport', 'pledge', 'promise', 'sell', 'bring']);

/** Relative pronouns that may open an object relative clause ("which it accuses", "whom the army overthrew"). */
const OBJECT_RELATIVES = new Set(['which', 'whom', 'that']);
/** Pronouns that may be the subject of an object relative clause. */
const RELATIVE_SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you']);

/**
 * The subject of the verb at `i` when its clause is an object relative ("the Federal Republic of Nigeria, which it
 * accuses of", "Qarase, whom the army overthrew in December"): the mention between the relative pronoun and the
 * verb (null for a pronoun); undefined when the clause is no object relative.
 */
export function objectRelativeSubject(view: SentenceView, ct: ClauseTools, i: number, grammar: Grammar): MentionRef | null | undefined {
  const rel = objectRelativeAt(view, ct, i, grammar);
  if (rel < 0) return undefined;
  const toks = view.tokens;
  if (RELATIVE_SUBJECT_PRONOUNS.has(toks[rel + 1]!.lower)) return null;
  const ref = mentionPastDeterminer(view, rel + 1);
  return ref ?? undefined;
}

/**
 * The relative pronoun of the object relative clause the verb at `i` heads ("which it accuses", "whom the army
 * overthrew"): right after an actor (or its comma), with a pronoun or an actor and only a verb group before `i`;
 * -1 when there is none.
 */
function objectRelativeAt(view: SentenceView, ct: ClauseTools, i: number, grammar: Grammar): number {
  const toks = view.tokens;
  const open = ct.opener(i);
  if (!open || !OBJECT_RELATIVES.has(open.lower) || !grammar.has(open.lower, 'relative') && open.lower !== 'that') return -1;
  const rel = ct.clauseStart(i) - 1;
  if (rel <= view.start || toks[rel] !== open) return -1;
  // the antecedent is an actor right before the pronoun (past its comma)
  const before = toks[rel - 1]!.text === ',' ? rel - 2 : rel - 1;
  if (!view.mentionAt.get(before)) return -1;
  // then a subject: a pronoun, or an actor phrase, then only the verb group
  let j = rel + 1;
  if (RELATIVE_SUBJECT_PRONOUNS.has(toks[j]!.lower)) j++;
  else {
    const ref = mentionPastDeterminer(view, j);
    if (!ref) return -1;
    j = ref.end;
  }
  while (j < i && VERB_GROUP.has(toks[j]!.pos)) j++;
  return j === i ? rel : -1;
}

/** The antecedent of the object relative clause the verb at `i` heads ("Nigeria, which it accuses of"), or null. */
export function objectRelativeAntecedent(view: SentenceView, ct: ClauseTools, i: number, grammar: Grammar): MentionRef | null {
  const rel = objectRelativeAt(view, ct, i, grammar);
  if (rel < 0) return null;
  return view.mentionAt.get(view.tokens[rel - 1]!.text === ',' ? rel - 2 : rel - 1) ?? null;
}

/** How far before its "by" agent a participle describing a noun may stand ("sent to the Gaza Strip by"). */
const PARTICIPLE_BEFORE_AGENT = 7;

/**
 * Whether `ref` is the "by" agent of a participle right after a plain noun ("launchers sent to Ukraine by the
 * United States", "Food sent by Armenia"), within the clause from `cs`.
 */
export function agentOfDescribedNoun(view: SentenceView, cs: number, ref: MentionRef): boolean {
  const toks = view.tokens;
  let by = ref.start - 1;
  if (by > cs && toks[by]!.pos === 'DET') by--;
  if (by <= cs || toks[by]!.lower !== 'by') return false;
  for (let p = by - 1; p > cs && p >= by - PARTICIPLE_BEFORE_AGENT; p--) {
    const t = toks[p]!;
    if ((t.pos === 'VERB' || t.pos === 'ADJ') && (participleForm(t.lower) || IRREGULAR_PAST.has(t.lower)) && byAgentNext(toks, p, view.end)) {
      return CONVEYED.has(t.lemma) && plainNounAt(view, p - 1);
    }
  }
  return false;
}

/**
 * "Police in New Delhi, Kolkata, Chennai and Bangalore were put on high alert": an actor placed by its "in"
 * phrase, whose place goes on as a list of names (commas and "and") up to `g`, right before the verb group.
 */
export function placeListHead(view: SentenceView, cs: number, g: number): MentionRef | null {
  const toks = view.tokens;
  if (g <= cs || toks[g]!.pos !== 'PROPN' || view.mentionAt.has(g)) return null;
  let p = g;
  let commas = 0;
  while (p > cs && !view.mentionAt.has(p) && (toks[p]!.pos === 'PROPN' || toks[p]!.text === ',' || toks[p]!.lower === 'and')) {
    if (toks[p]!.text === ',') commas++;
    p--;
  }
  const ref = view.mentionAt.get(p);
  if (!ref || ref.start < cs || ref.end !== p + 1 || commas === 0 || toks[ref.end]!.text !== ',') return null;
  for (let k = ref.start + 1; k < ref.end - 1; k++) if (toks[k]!.lower === 'in' && toks[k + 1]!.pos === 'PROPN') return ref;
  return null;
}
