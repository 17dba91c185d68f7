// "The two ministers signed", "the two countries agreed": a plural naming two parties stands for the
// last two different actors of that kind before it, or for nobody — it is never guessed further.
import type { ActorMention } from '../../model/types.js';
import { compoundGroup, type MentionRef, type SentenceView } from './sentence-view.js';

const TWO = new Set(['two', 'both']);
const STATES = new Set(['countries', 'nations', 'states', 'neighbours', 'neighbors', 'sides', 'governments', 'capitals']);
const PEOPLE = new Set(['leaders', 'ministers', 'presidents', 'men', 'officials', 'delegations', 'sides', 'envoys']);

/** The two earlier mentions a "the two X" mention stands for, or null when the text does not say. */
export function theTwo(ref: MentionRef, view: SentenceView, actors: readonly ActorMention[]): MentionRef[] | null {
  const m = ref.mention;
  const before = view.tokens[ref.start - 1];
  if (ref.start <= view.start || !before || !TWO.has(before.lower) || m.country) return null;
  const noun = view.tokens[ref.end - 1]!.lower;
  const wantStates = STATES.has(noun);
  const wantPeople = PEOPLE.has(noun);
  if (!wantStates && !wantPeople) return null;
  const found: MentionRef[] = [];
  const countries = new Set<string>();
  for (let k = ref.index - 1; k >= 0 && found.length < 2; k--) {
    const a = actors[k]!;
    if (!a.country || countries.has(a.country) || a.sentence < m.sentence - 3) continue;
    if (wantPeople && !wantStates && a.kind !== 'person' && a.kind !== 'agent') continue;
    countries.add(a.country);
    found.push({ index: k, mention: a, start: -1, end: -1 });
  }
  return found.length === 2 ? found.reverse() : null;
}

/** Plural pronouns that may stand for a compound subject. */
const PLURAL_PRONOUNS = new Set(['they', 'them', 'we']);

/**
 * "Colombia's government and the ELN said they would open talks": a plural pronoun whose antecedent
 * is one of actors joined by "and" earlier in its sentence stands for all of them; null otherwise.
 */
export function theirCompound(ref: MentionRef, view: SentenceView): MentionRef[] | null {
  const m = ref.mention;
  if (m.kind !== 'pronoun' || m.antecedent === undefined || !PLURAL_PRONOUNS.has(m.text.toLowerCase())) return null;
  const antecedent = view.mentions.find((r) => r.index === m.antecedent && r.end <= ref.start);
  if (!antecedent) return null;
  const group = compoundGroup(view, antecedent);
  return group.length > 1 ? group : null;
}
