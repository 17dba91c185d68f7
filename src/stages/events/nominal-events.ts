// Event nouns ("the Taliban's proposal", "talks between X and Y", "made a proposal"): their source and target.
import type { ClauseTools } from './clauses.js';
import { findAgent } from './clauses.js';
import { rulesOf } from './code-rules.js';
import type { EventKnowledge } from './knowledge.js';
import { compoundGroup, mentionPastDeterminer, type MentionRef, type SentenceView } from './sentence-view.js';
import type { TriggerMatch } from './triggers.js';
import type { TokenTable } from './token-table.js';
import type { Token } from '../../model/types.js';
import { AMOUNT_NOUNS, DATE_WORDS, POSSESSIVE_DETERMINERS, gerundInPhrase } from './word-cues.js';

/** Nouns of a span of time or a series that measure an event ("six days of war games", "three rounds of talks"). */
const SPANS_OF_TIME = new Set(['day', 'week', 'month', 'hour', 'year', 'round', 'series', 'minute']);

/** Words that open a date before its day or month ("on Monday", "this Friday", "last March"). */
const DATE_OPENERS = new Set(['on', 'this', 'last', 'next', 'in']);

/** Source and target of an event noun: possessor/adjective, `by X`, or the subject of a light verb. */
export function nominalActors(
  view: SentenceView, ct: ClauseTools, m: TriggerMatch, k: EventKnowledge,
  subjectOf: (i: number) => MentionRef | null, byToken: TokenTable<TriggerMatch>,
): { source: MentionRef | null; target: MentionRef | null } | null {
  const toks = view.tokens;
  const i = m.at;
  // ("the meeting of X with Y": a pattern's source slot names the doer)
  let source: MentionRef | null = m.sourceSlot;
  let target: MentionRef | null = m.slot;
  // "talks between X and Y": both sides, whatever the pattern bound; "a mediation effort between X and
  // Y": the sides are what a one-sided act is aimed at, and its source is found as for any noun
  const symmetric = rulesOf(m.pattern.cameo ?? '').symmetric;
  for (let q = i + 1; q < Math.min(view.end, i + 4); q++) {
    if (toks[q]!.lower !== 'between') continue;
    const ref = view.mentionAt.get(q + 1) ?? view.mentionAt.get(q + 2);
    const group = ref ? compoundGroup(view, ref) : [];
    if (group.length > 1 && symmetric) return { source: group[0]!, target: group[1]! };
    if (group.length > 1) target = group[0]!;
    break;
  }
  // walk left over determiners/adjectives/possessives to a modifying mention ("the Taliban's proposal", "US-led invasion")
  let j = i - 1;
  let governedBy: number | null = null;
  let scene: number | null = null;
  /** The noun is a second object of its verb ("declared martial law and a general mobilisation"). */
  let secondObject = false;
  /** Tokens of a date between the noun and its verb, which do not count in the reach. */
  let dateTokens = 0;
  while (j >= view.start && j >= i - 5 - dateTokens) {
    const t = toks[j]!;
    const ref = view.mentionAt.get(j);
    if (ref) { source = ref; break; }
    const hyphenated = j > view.start && toks[j - 1]!.text === '-'; // "US-led", "Saudi-backed"
    // "announced this Wednesday the rupture", "announced on Monday the handing over": a date between
    // (in commas too: "submitted, on Saturday, his resignation")
    const dated = DATE_WORDS.has(t.lower) || (DATE_OPENERS.has(t.lower) && DATE_WORDS.has(toks[j + 1]?.lower ?? ''))
      || (t.text === ',' && (DATE_WORDS.has(toks[j - 1]?.lower ?? '') || (toks[j + 1]?.lower === 'on' && DATE_WORDS.has(toks[j + 2]?.lower ?? ''))));
    if (dated) dateTokens++;
    // "started synchronized and organized disengagement": participles and "and" between the noun's modifiers
    if (prenominalParticiple(toks, j, i) || (t.lower === 'and' && j > view.start && prenominalParticiple(toks, j - 1, i))) { j--; continue; }
    // "has been on hunger strike", "went on strike": the one who is on it acts
    if (t.lower === 'on' && j > view.start && ON_STATE_VERBS.has(toks[j - 1]!.lemma)) { source = subjectOf(j - 1); break; }
    // "kept up their blockade": a light verb's particle
    if ((VERB_PARTICLES.has(t.lower) || (t.lower === 'in' && toks[j - 1]?.lemma === 'hand')) && j > view.start) {
      // (past a date: "announced on Tuesday about his resignation")
      let v = j - 1;
      while (v > view.start && (DATE_WORDS.has(toks[v]!.lower) || (DATE_OPENERS.has(toks[v]!.lower) && DATE_WORDS.has(toks[v + 1]?.lower ?? '')))) v--;
      if (toks[v]!.pos === 'VERB' && k.grammar.has(toks[v]!.lemma, 'light')) { governedBy = v; break; }
    }
    // "Yeltsin has signed the Decree about the withdrawal of": the one who signs or issues an act's decree does it
    if (DECREE_PREPOSITIONS.has(t.lower) && j > view.start) {
      const v = decreeVerbBefore(view, j - 1);
      if (v >= 0) {
        source = ct.isPassive(v) ? findAgent(view, v + 1, ct.clauseEnd(v), k.grammar) : subjectOf(v);
        break;
      }
    }
    // "have proceeded this Thursday at the presidential palace of Niamey to the arrest of": translated copy's
    // "proceed to/with" an act, past a date and a phrase of place
    if ((t.lower === 'to' || t.lower === 'with') && j > view.start) {
      const v = proceedVerbBefore(view, j);
      if (v >= 0) { governedBy = v; break; }
    }
    // "began six days of war games": an amount of the event is no verb or actor of it
    if (t.lower === 'of' && j - 1 > view.start && (AMOUNT_NOUNS.has(toks[j - 1]!.lemma) || SPANS_OF_TIME.has(toks[j - 1]!.lemma))) { j -= 2; continue; }
    // "began the Talisman Sabre war games": a name that is no actor names the event
    if (t.pos === 'PROPN' && namesTheEvent(view, j)) { j--; continue; }
    if (dated || hyphenated || t.pos === 'DET' || POSSESSIVE_DETERMINERS.has(t.lower) || t.pos === 'ADJ' || t.pos === 'NUM' || t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.pos === 'PART' || t.text === '-' || (t.pos === 'NOUN' && !byToken.has(j)) || t.pos === 'ADV') { j--; continue; }
    // "declared martial law and a general mobilisation": a second object of the same verb
    if (t.lower === 'and' && j - 1 > view.start && toks[j - 1]!.pos === 'NOUN') {
      const verb = verbBeforeObject(toks, j - 1, view.start);
      if (verb >= 0) {
        governedBy = verb;
        secondObject = true;
      }
      break;
    }
    if (t.pos === 'VERB') governedBy = j;
    // "flew into Port Moresby for a state visit": a meeting the clause's subject came for is its own (and a rally:
    // "packed the Shahbag intersection for a mass rally")
    // "Thousands of Georgians jammed the streets in a rally against the government", "took part in a protest":
    // who does what the clause says in or at a protest, protests (not "froze cooperation in protest at": an idiom of disapproval);
    // so does who flies "in a show of force"
    const root = rulesOf(m.pattern.cameo ?? '').root;
    // "spent the afternoon in talks with", "is in talks with": who is in a meeting holds it
    const inMeeting = t.lower === 'in' && root === '04' && meetingHost(toks, ct.clauseStart(j), j);
    if (t.pos === 'ADP' && (SCENE_PREPOSITIONS.has(t.lower) || (t.lower === 'for' && (root === '04' || root === '14')) || inMeeting || ((t.lower === 'in' || t.lower === 'at') && (root === '14' || root === '15') && j + 1 < i))) scene = j;
    break;
  }
  // "the US attack on Iraq": the pattern took the preposition, so the actor right after it is the target
  if (!target && m.consumed.length > 1 && k.grammar.has(toks[m.consumed[m.consumed.length - 1]!]!.lower, 'target-prep')) {
    let q = m.end;
    if (q < view.end && toks[q]!.pos === 'DET') q++;
    const ref = view.mentionAt.get(q);
    if (ref && ref.start === q) target = ref;
  }
  // "the release by Israel of 26 Palestinian prisoners", "the allocation by Egypt of": the agent stands between
  // the noun and the words its pattern goes on with
  if (!source && toks[i + 1]?.lower === 'by' && m.end > i + 2) {
    const ref = mentionPastDeterminer(view, i + 2);
    if (ref && ref.start > i + 1 && ref.end < m.end && ref !== target) source = ref;
  }
  // "announced the arrest of opposition leader Hama Amadou": the actor right after the "of" of a noun of an act
  // done to someone is the one it is done to (not a doer's "of": "the withdrawal of Syrian troops"; nor either side
  // of a joint act: "the meeting of the two presidents")
  if (!target && !symmetric && toks[m.end - 1]?.lower === 'of' && m.consumed.length > 1 && !k.grammar.has(toks[i]!.lemma, 'of-agent')) {
    const ref = mentionPastDeterminer(view, m.end);
    if (ref && ref.start >= m.end && ref !== source) {
      target = ref;
      // ("the arrest of opposition leader Hama Amadou by soldiers": its agent after it)
      if (!source && toks[ref.end]?.lower === 'by') {
        const agent = mentionPastDeterminer(view, ref.end + 1);
        if (agent && agent.start > ref.end) source = agent;
      }
    }
  }
  // "talks between X and Y"
  if (!target) {
    for (let q = m.end; q < Math.min(view.end, m.end + 6); q++) {
      const t = toks[q]!;
      if (ct.isBoundary(q)) break;
      // ("ended a summit by holding Israel responsible": "by" before a gerund tells how, not who)
      if (t.lower === 'by' && toks[q + 1]?.pos === 'VERB') break;
      if (k.grammar.has(t.lower, 'target-prep') || k.grammar.has(t.lower, 'agent-prep')) {
        const ref = view.mentionAt.get(q + 1) ?? view.mentionAt.get(q + 2) ?? view.mentionAt.get(q + 3);
        if (!ref || ref.start <= q) continue;
        if (k.grammar.has(t.lower, 'agent-prep') && !source) { source = ref; continue; }
        if (t.lower === 'between' && !source && symmetric) {
          const group = compoundGroup(view, ref);
          if (group.length > 1) return { source: group[0]!, target: group[1]! };
        }
        target = ref;
        break;
      }
      // "a general strike called by the unions": a participle before its "by" agent stays in the phrase
      if (t.pos === 'VERB' && toks[q + 1]?.lower === 'by' && q === m.end) continue;
      if (view.mentionAt.has(q) || t.pos === 'VERB') break;
    }
  }
  if (!source && governedBy !== null) {
    const v = toks[governedBy]!;
    // the object of another event ("rejected the proposal"), unless the verb's own event is its first object
    // (but what one welcomes or praises did happen: "Amnesty welcomes the release by the Myanmar authorities of ...")
    if (byToken.has(governedBy) && !secondObject && rulesOf(byToken.get(governedBy)!.pattern.cameo ?? '').root !== '05') return null;
    // "accusing Moscow of carrying out ethnic cleansing": what a gerund in a phrase carries is alleged or intended
    if (k.grammar.has(v.lemma, 'light') && gerundInPhrase(view, governedBy)) return null;
    if (k.grammar.has(v.lemma, 'light')) source = ct.isPassive(governedBy) ? findAgent(view, i, ct.clauseEnd(i), k.grammar) : subjectOf(governedBy);
  }
  // "The deployment of 1,500 troops to the border was approved by Defense Secretary Lloyd Austin": an event
  // noun heading the subject of a passive light verb is the act of that verb's agent
  if (!source && governedBy === null && subjectHead(view, i, j)) {
    const v = passiveLightVerb(view, ct, k, m.end);
    if (v >= 0) {
      source = findAgent(view, v + 1, ct.clauseEnd(v), k.grammar);
      if (source && target === source) target = null;
    }
  }
  // "the withdrawal of Syrian troops from Lebanon": for nouns of moving or acting, "of X" is the doer
  // (and for a compound's head: "the joint patrols of the Turkish Armed Forces and the U.S. forces")
  if (!source && (k.grammar.has(toks[i]!.lemma, 'of-agent') || k.grammar.has(toks[m.end - 1]!.lemma, 'of-agent'))) {
    const of = toks[m.end]?.lower === 'of' ? m.end : toks[i + 1]?.lower === 'of' ? i + 1 : -1;
    const ref = of >= 0 ? view.mentionAt.get(of + 1) ?? view.mentionAt.get(of + 2) : undefined;
    if (ref && ref.start > of) {
      source = ref;
      if (target === ref) target = null;
    }
  }
  // "Baerbock pledged aid during a visit to Damascus": the clause's subject is the noun's actor
  if (!source && scene !== null) {
    for (let v = scene - 1; v >= ct.clauseStart(scene); v--) {
      // (a passive's subject is done to: "28 people have been killed in ethnic riots")
      const verb = toks[v]!.pos === 'VERB' || (toks[v]!.lemma === 'be' && v === scene - 1);
      if (verb && !view.mentionAt.has(v)) { source = ct.isPassive(v) ? null : subjectOf(v); break; }
    }
  }
  // "it was deposed in a US-led invasion": what a passive verb did to its subject, the event noun after
  // it did to that subject
  if (source && !target) target = passiveHostSubject(view, ct, i, subjectOf) ?? null;
  if (!source) return null;
  return { source, target };
}

/** Whether the run of names ending at `j` follows a determiner ("the Talisman Sabre war games"), so names the event. */
function namesTheEvent(view: SentenceView, j: number): boolean {
  const toks = view.tokens;
  let p = j;
  while (p > view.start && toks[p]!.pos === 'PROPN' && !view.mentionAt.has(p)) p--;
  return p < j && (toks[p]!.pos === 'DET' || POSSESSIVE_DETERMINERS.has(toks[p]!.lower));
}

/** Verbs whose subject is in the meeting that follows their "in" ("spent Friday in talks with", "is in talks with"). */
const IN_MEETING_VERBS = new Set(['be', 'spend', 'engage', 'remain', 'participate', 'take', 'join']);

/** Whether the verb nearest before "in" at `j` (in its clause) is one of `IN_MEETING_VERBS`. */
function meetingHost(toks: readonly Token[], start: number, j: number): boolean {
  for (let v = j - 1; v >= start; v--) {
    const t = toks[v]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return IN_MEETING_VERBS.has(t.lemma);
  }
  return false;
}

/** Whether the walk left from event noun `i` stopped at the start of its sentence or clause (`j` before the noun phrase). */
function subjectHead(view: SentenceView, i: number, j: number): boolean {
  const toks = view.tokens;
  return j < view.start || (j >= view.start && j < i && (toks[j]!.text === ',' || toks[j]!.pos === 'SCONJ') && j === i - 1);
}

/** How far after an event noun the passive verb of its clause may be ("The deployment of ... was approved"). */
const PASSIVE_VERB_REACH = 20;

/** The passive light verb whose subject the noun phrase ending near `from` is ("was approved by"), or -1. */
function passiveLightVerb(view: SentenceView, ct: ClauseTools, k: EventKnowledge, from: number): number {
  const toks = view.tokens;
  for (let v = from; v < Math.min(view.end, from + PASSIVE_VERB_REACH); v++) {
    const t = toks[v]!;
    if (t.pos === 'VERB') return k.grammar.has(t.lemma, 'light') && ct.isPassive(v) ? v : -1;
    if (t.text === ';' || t.text === ':' || t.pos === 'SCONJ') return -1;
  }
  return -1;
}

/** Prepositions after a decree that name what it orders ("the decree on the withdrawal", "the Decree about"). */
const DECREE_PREPOSITIONS = new Set(['on', 'about', 'for']);
/** Nouns of a formal act that orders another ("a decree on", "an order for"). */
const DECREE_NOUNS = new Set(['decree', 'ukase', 'order', 'ordinance', 'resolution', 'directive', 'instruction', 'edict', 'law']);
/** Verbs by which one makes a decree one's own. */
const DECREE_VERBS = new Set(['sign', 'issue', 'adopt', 'approve', 'pass', 'enact', 'promulgate']);

/**
 * The verb whose object is the decree noun ending at `noun` ("has signed on Saturday the Decree", "issued an order"),
 * over a determiner, modifiers and a date; -1 if none.
 */
function decreeVerbBefore(view: SentenceView, noun: number): number {
  const toks = view.tokens;
  if (!DECREE_NOUNS.has(toks[noun]!.lemma)) return -1;
  for (let v = noun - 1; v >= Math.max(view.start, noun - 6); v--) {
    const t = toks[v]!;
    if (t.pos === 'VERB') return DECREE_VERBS.has(t.lemma) ? v : -1;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'ADV' && t.pos !== 'PROPN' && t.pos !== 'NUM' && !DATE_WORDS.has(t.lower) && !DATE_OPENERS.has(t.lower)) return -1;
  }
  return -1;
}

/** How many words a phrase of time or place may hold between "proceeded" and its "to" ("this Thursday at the presidential palace of Niamey"). */
const PROCEED_REACH = 12;

/** The "proceed" whose "to" or "with" stands at `j`, past a date and a phrase of place with no verb or comma; -1 if none. */
function proceedVerbBefore(view: SentenceView, j: number): number {
  const toks = view.tokens;
  for (let v = j - 1; v >= Math.max(view.start, j - PROCEED_REACH); v--) {
    const t = toks[v]!;
    if (t.lemma === 'proceed' && t.pos === 'VERB') return v;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return -1;
  }
  return -1;
}

/** Verbs of being or going "on" an event ("has been on hunger strike since Friday"). */
const ON_STATE_VERBS = new Set(['be', 'go', 'remain', 'stay']);

/** The verb whose object phrase ends at noun `end` ("declared martial law"), over a few modifiers; -1 if none. */
function verbBeforeObject(toks: readonly Token[], end: number, start: number): number {
  for (let v = end - 1; v >= Math.max(start, end - 4); v--) {
    const p = toks[v]!.pos;
    if (p === 'VERB') return v;
    if (p !== 'NOUN' && p !== 'ADJ' && p !== 'DET' && p !== 'NUM') return -1;
  }
  return -1;
}

/**
 * Particles a light verb may take before its event noun ("kept up their blockade"), and the "about" of
 * translated copy ("announced on Tuesday about his resignation"); "hand" takes "in" ("handed in his resignation").
 */
const VERB_PARTICLES = new Set(['up', 'out', 'on', 'about']);

/**
 * Whether token j, before event noun i, is a participle used as the noun's modifier: one of two joined by
 * "and" ("synchronized and organized disengagement") or one after a determiner or adjective ("a
 * coordinated withdrawal"). A participle right before the noun with nothing before it is a verb.
 */
function prenominalParticiple(toks: readonly Token[], j: number, i: number): boolean {
  const t = toks[j]!;
  if (j >= i || t.pos !== 'VERB' || !/(?:ed|ing)$/.test(t.lower)) return false;
  const prev = toks[j - 1];
  const next = toks[j + 1]!;
  return next.lower === 'and' || prev?.lower === 'and' || prev?.pos === 'DET' || prev?.pos === 'ADJ';
}

/** The subject of a passive verb right before "in/by/during [a US-led] NOUN" at token i, if any. */
function passiveHostSubject(view: SentenceView, ct: ClauseTools, i: number, subjectOf: (i: number) => MentionRef | null): MentionRef | null {
  const toks = view.tokens;
  let j = i - 1;
  while (j > view.start && j >= i - 6) {
    const t = toks[j]!;
    // over the noun's modifiers: "a US-led", "an Israeli", "the 2001"
    // (and "an air and arms embargo": modifiers joined by "and")
    const joined = (t.pos === 'NOUN' || t.lower === 'and') && (toks[j - 1]?.pos === 'NOUN' || toks[j - 1]?.lower === 'and' || toks[j - 1]?.pos === 'DET');
    if (view.mentionAt.has(j) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.text === '-' || toks[j - 1]!.text === '-' || joined) { j--; continue; }
    break;
  }
  const prep = toks[j];
  if (!prep || !HOST_PREPOSITIONS.has(prep.lower) || j - 1 < view.start) return null;
  const verb = j - 1;
  if (toks[verb]!.pos !== 'VERB' || !ct.isPassive(verb)) return null;
  const subject = subjectOf(verb);
  return subject && subject.start < verb ? subject : null;
}

/** Prepositions that attach an event noun to the verb before it ("killed in an airstrike", "deposed in an invasion", "placed under an embargo"). */
const HOST_PREPOSITIONS = new Set(['in', 'during', 'by', 'under']);

/** Prepositions that set an event noun as the scene of the clause's own action. */
const SCENE_PREPOSITIONS = new Set(['during']);
