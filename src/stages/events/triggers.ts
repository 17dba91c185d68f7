// Finds event triggers in a sentence and matches the verb lexicon's patterns against them.
import type { Token } from '../../model/types.js';
import type { TriggerKind, VerbLexicon, VerbPattern } from '../../dictionaries/verb-lexicon.js';
import { mentionPastDeterminer, type MentionRef, type SentenceView } from './sentence-view.js';
import { SOURCE_SLOT, triggerIndexOf, type CompiledPattern, type TriggerGroup } from './trigger-index.js';
import { DATE_WORDS, IRREGULAR_PAST, byAgentNext, participleForm, plainNounAt } from './word-cues.js';
import { RELATIVE_REACH, clauseCut, contactRelativeSubject, namesWord, nounPhraseTail, pastApposition, pastInclusion, pastParenthetical, particleEnd, windowEnd } from './pattern-reach.js';
import { passiveAuxiliary } from './clauses.js';

/** A pattern matched at a token. */
export interface TriggerMatch {
  /** Token index of the trigger word. */
  at: number;
  kind: 'verb' | 'noun' | 'adj';
  pattern: VerbPattern;
  /** Token indices the pattern consumed (trigger, particle, literal words). */
  consumed: number[];
  /** Token index just past the last matched element. */
  end: number;
  /** The mention bound to `*`, when the pattern has a target slot. */
  slot: MentionRef | null;
  /** The mention bound to `$`, when the pattern has a source slot: it acts, and the verb's subject is the target. */
  sourceSlot: MentionRef | null;
  /** Where the group's less specific patterns go on from, for `nextMatch` (set by `matchGroup`). */
  retry: Retry | null;
  /**
   * Matched before a passive's auxiliary ("aid to Uzbekistan was cut off"): an event noun among its words
   * still codes its own event ("the ceasefire brokered by Russia").
   */
  before?: boolean;
}

/** The group a match came from, the position of the pattern after it, and the reach it was matched with. */
interface Retry {
  group: TriggerGroup;
  next: number;
  limit: number;
  onlyCompounds: boolean;
}

/** An adjective-tagged word that ends its noun phrase is used as a noun ("Turkey's offensive against"). */
function headsPhrase(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const determined = !!prev && (prev.pos === 'DET' || prev.lower === "'s" || prev.lower === '’s' || prev.pos === 'PRON');
  return determined && (!next || next.pos === 'ADP' || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PUNCT');
}

/**
 * Token indices a pattern has consumed so far (`consumedCount` of them), copied out only when the
 * pattern matches; the array keeps its size, as emptying it would free its storage every time.
 */
const consumedScratch: number[] = [];
let consumedCount = 0;

function consume(j: number): void {
  if (consumedCount === consumedScratch.length) consumedScratch.push(j);
  else consumedScratch[consumedCount] = j;
  consumedCount++;
}

/**
 * Where a trigger's next word may lie from `pos`: a verb's particle a few words on ("blew the lines up",
 * see `particleEnd`); a compound noun's or adjective's next word right after it, past a hyphen ("drone
 * attack", "drone-attack", not "used drones to attack").
 */
export function laterWordEnd(kind: TriggerKind, toks: readonly Token[], pos: number, limit: number): number {
  if (kind === 'verb') return particleEnd(toks, pos, limit);
  return Math.min(limit, toks[pos]?.text === '-' ? pos + 2 : pos + 1);
}

/** CAMEO codes of people expelled or deported (166, 174), whose state a modifier before them names. */
const EXPELLED = /^(166|174)/;

/** CAMEO codes of forces moved somewhere (15: show of force, deployment). */
const MOVEMENT_CODE = /^15/;

/** Tries one pattern at trigger token `at`, within `[at, limit)`. */
function tryPattern(view: SentenceView, cp: CompiledPattern, at: number, limit: number, limitFor: (i: number) => number): TriggerMatch | null {
  const toks = view.tokens;
  consumedCount = 0;
  consume(at);
  let pos = at + 1;
  // multi-word triggers: each later word where `laterWordEnd` lets it lie
  for (const w of cp.moreWords) {
    let found = findWord(toks, w, pos, laterWordEnd(cp.kind, toks, pos, limit));
    // "handed 26 alleged cartel members wanted on drug charges over to the United States": a particle right before
    // its "to" may stand past a long object
    if (found < 0 && cp.kind === 'verb' && pos === at + 1) found = particleBeforeTo(toks, pos, limit, w);
    if (found < 0) return null;
    consume(found);
    pos = found + 1;
  }
  let slot: MentionRef | null = null;
  let sourceSlot: MentionRef | null = null;
  pos = pastParenthetical(toks, pos, limit);
  let first = true;
  let afterSlot = false;
  for (const alts of cp.elements) {
    const end = first ? firstElementEnd(toks, pos, limit) : clauseCut(toks, pos, windowEnd(toks, pos, limit, false), limit);
    first = false;
    if (alts === null || alts === SOURCE_SLOT) {
      const found = firstMentionFrom(view, pos, end);
      if (!found) return null;
      if (alts === null) slot = found;
      else sourceSlot = found;
      pos = pastInclusion(toks, found.end, limit);
      afterSlot = true;
    } else {
      let found = findAlt(toks, alts, pos, end);
      // "ordered the American members of U.N. weapons inspection teams to leave": the slot's actor may only modify
      // a longer noun phrase, and the window goes on from that phrase's end
      if (found < 0 && afterSlot) {
        const tail = nounPhraseTail(toks, pos, limit);
        if (tail > pos) found = findAlt(toks, alts, tail, clauseCut(toks, tail, windowEnd(toks, tail, limit, false), limit));
      }
      afterSlot = false;
      if (found < 0) return null;
      consume(found);
      pos = found + 1;
      // past an apposition whose relative clause ended the verb's clause, the word opens the verb's own phrase again
      if (found >= limit) limit = Math.max(limit, limitFor(found));
      // "declared that Iran was in breach": a pattern that names "that" reads on into the clause it opens
      if (alts.has('that') && toks[found]!.lower === 'that' && pos < view.end) limit = Math.max(limit, limitFor(pos));
    }
  }
  // "ended an emergency summit": a last word that only modifies an event noun after it is not the pattern's
  if (cp.kind === 'verb' && consumedCount > cp.moreWords.length + 1) {
    const last = consumedScratch[consumedCount - 1]!;
    const next = toks[last + 1];
    // (not one the pattern names itself, "flew food aid", nor one that modifies a noun in turn, "carrier strike group")
    const own = cp.elements[cp.elements.length - 1];
    const heads = next?.pos === 'NOUN' && toks[last + 2]?.pos !== 'NOUN' && toks[last + 2]?.pos !== 'PROPN';
    if (toks[last]!.pos === 'NOUN' && heads && eventNouns.has(next.lemma) && !eventNouns.has(toks[last]!.lemma)
      && !(own instanceof Set && namesWord(own, next))) return null;
  }
  // "ordered the troops to attack the town": a deployment's "to" is a destination, not an infinitive's
  if (cp.kind === 'verb' && MOVEMENT_CODE.test(cp.pattern.cameo ?? '')) {
    const last = consumedScratch[consumedCount - 1]!;
    if (toks[last]!.lower === 'to' && toks[last + 1]?.pos === 'VERB') return null;
  }
  // an object noun the pattern names may itself be an actor ("expelled three British diplomats")
  if (!slot && !sourceSlot && !cp.pattern.noTarget) {
    for (let c = consumedCount - 1; c > 0; c--) {
      const ref = view.mentionAt.get(consumedScratch[c]!);
      if (ref) { slot = ref; break; }
    }
    // or be of the actor named right before it ("the expulsion of two U.S. Air Force attaches")
    if (!slot && consumedCount > 1 && EXPELLED.test(cp.pattern.cameo ?? '')) {
      const ref = view.mentionAt.get(consumedScratch[consumedCount - 1]! - 1);
      if (ref && ref.end === consumedScratch[consumedCount - 1]) slot = ref;
    }
  }
  return { at, kind: cp.kind, pattern: cp.pattern, consumed: consumedScratch.slice(0, consumedCount), end: pos, slot, sourceSlot, retry: null };
}

/**
 * The end of the window a pattern's first element may lie in, from `pos` (`windowEnd` over dates, cut at a
 * clause of its own). Most patterns of a group start their first element where the group's others do, so
 * the last answer is kept.
 */
function firstElementEnd(toks: readonly Token[], pos: number, limit: number): number {
  if (toks !== firstEnd.toks || pos !== firstEnd.pos || limit !== firstEnd.limit) {
    firstEnd.toks = toks;
    firstEnd.pos = pos;
    firstEnd.limit = limit;
    firstEnd.end = clauseCut(toks, pos, windowEnd(toks, pos, limit, true), limit);
  }
  return firstEnd.end;
}

const firstEnd: { toks: readonly Token[] | null; pos: number; limit: number; end: number } = { toks: null, pos: -1, limit: -1, end: -1 };

/** How far past its verb a particle right before "to" may stand. */
const FAR_PARTICLE_REACH = 12;

/** Whether the token can be a verb's particle ("over", "back", "out"). */
function particleLike(t: Token): boolean {
  return t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'ADV';
}

/**
 * The first particle-like token right before a "to" (one whose lemma or form is `w`, when given), within
 * `FAR_PARTICLE_REACH` of `from` and before any comma or auxiliary; or -1.
 */
function particleBeforeTo(toks: readonly Token[], from: number, limit: number, w?: string): number {
  for (let j = from; j < Math.min(limit - 1, from + FAR_PARTICLE_REACH); j++) {
    const t = toks[j]!;
    if (t.text === ',' || t.text === ';' || t.pos === 'AUX') return -1;
    if ((w === undefined || t.lemma === w || t.lower === w) && particleLike(t) && toks[j + 1]!.lower === 'to') return j;
  }
  return -1;
}

/** Just past the first particle before a "to" (`particleBeforeTo`'s reach), or `from`. */
function farParticleEnd(toks: readonly Token[], from: number, limit: number): number {
  const j = particleBeforeTo(toks, from, limit);
  return j < 0 ? from : j + 1;
}

/** The first token in `[from, to)` whose lemma or lower-case form is `w`, or -1. */
function findWord(toks: readonly Token[], w: string, from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = toks[j]!;
    if (t.lemma === w || t.lower === w) return j;
  }
  return -1;
}

/** The first token in `[from, to)` whose lemma or lower-case form is one of `alts`, or -1. */
function findAlt(toks: readonly Token[], alts: ReadonlySet<string>, from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = toks[j]!;
    if (!namesWord(alts, t)) {
      // "handed over Anup Chetia, a founder of ULFA who had spent 18 years in jail, to India": past a name's apposition
      const past = t.text === ',' ? pastApposition(toks, alts, j) : -1;
      if (past >= 0) return past;
      // "announced the easing of sanctions": what follows an event noun's "of" is that event's object
      if (t.pos === 'NOUN' && j > from && toks[j + 1]?.lower === 'of' && eventNouns.has(t.lemma)) return -1;
      continue;
    }
    // "refused to talk to the West-backed government": a participle that ends a hyphenated word modifies a noun
    if (participleForm(t.lower) && toks[j - 1]?.text === '-' && toks[j - 1]!.span[1] === t.span[0]) continue;
    // "agreed on Thursday to establish": a preposition that opens a date is not the pattern's
    if (DATE_PREPOSITIONS.has(t.lower) && DATE_WORDS.has(toks[j + 1]?.lower ?? '')) continue;
    // "opened on Monday at the Sattahip naval base": a noun in a phrase of place the pattern does not name is no object
    if (t.pos === 'NOUN' && atPhrase(toks, from, j)) continue;
    // "held talks in Muscat, with Oman's minister carrying messages": "with" after a comma opens a clause of its own
    if (t.lower === 'with' && toks[j - 1]?.text === ',') continue;
    return j;
  }
  return -1;
}

const DATE_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'since', 'until']);

/** Whether the noun phrase ending at `j` opens with an "at" at or after `from` ("at the Sattahip naval base"). */
function atPhrase(toks: readonly Token[], from: number, j: number): boolean {
  let p = j - 1;
  while (p >= from && (toks[p]!.pos === 'ADJ' || toks[p]!.pos === 'NOUN' || toks[p]!.pos === 'PROPN')) p--;
  // (a determiner opens the phrase: "launched at dawn the assault" has its object after "at dawn")
  if (p >= from && toks[p]!.pos === 'DET') p--;
  return p >= from && toks[p]!.lower === 'at';
}


/** Whether `[from, to)` is a date phrase and nothing else ("on Friday", "on Tuesday ,", "today"). */
function onlyDateWords(toks: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let j = from; j < to; j++) {
    const w = toks[j]!.lower;
    if (!DATE_PREPOSITIONS.has(w) && !DATE_WORDS.has(w) && w !== ',' && w !== 'today' && w !== 'yesterday' && w !== 'last' && w !== 'this') return false;
  }
  return true;
}

/** The first mention starting at or after `from` that covers a token in `[from, to)`. */
function firstMentionFrom(view: SentenceView, from: number, to: number): MentionRef | null {
  for (let j = from; j < to; j++) {
    const ref = view.mentionAt.get(j);
    if (ref && ref.start >= from) return ref;
  }
  return null;
}

/** Which patterns of a group have their first word near the trigger, by position in the group. */
let firstWordNear = new Uint8Array(64);

/** Marks, in `firstWordNear`, the patterns that `word` (a token's lemma or form) could start. */
function markPatternsStartedBy(group: TriggerGroup, word: string): boolean {
  const starts = group.firstWordOf.get(word);
  if (starts === undefined) return false;
  for (const n of starts) firstWordNear[n] = 1;
  return true;
}

/**
 * The most specific pattern of `group` that matches at token `at`. Cheap tests run first: a
 * pattern that needs a word first is tried only when one of its first words is among the few
 * tokens after the trigger, and one that needs a mention first only when a mention starts there.
 */
function matchGroup(
  view: SentenceView, group: TriggerGroup, at: number, limit: number, onlyCompounds: boolean, limitFor: (i: number) => number, from = 0,
): TriggerMatch | null {
  const toks = view.tokens;
  // (the first words a pattern needs may come after an adverbial in commas: see `pastParenthetical`)
  // (and a verb's particle as far as `particleEnd` lets it lie: "handed Italian former leftist militant Cesare Battisti over")
  const window = windowEnd(toks, pastParenthetical(toks, at + 1, limit), limit, true);
  const near = group.patterns[0]?.kind === 'verb' ? Math.max(window, particleEnd(toks, at + 1, limit), farParticleEnd(toks, at + 1, limit)) : window;
  let anyWordNear = false;
  if (group.anyNeedsWord) {
    firstWordNear.fill(0, 0, group.patterns.length);
    for (let j = at + 1; j < near; j++) {
      const t = toks[j]!;
      if (markPatternsStartedBy(group, t.lemma)) anyWordNear = true;
      if (t.lower !== t.lemma && markPatternsStartedBy(group, t.lower)) anyWordNear = true;
    }
  }
  const mentionNear = group.anyNeedsMention && firstMentionFrom(view, at + 1, near) !== null;
  // "an agreement was signed by ...": a passive's object words stand before its auxiliary
  let aux = group.anyBackward && !onlyCompounds ? passiveAuxiliary(toks, view.start, at) : -1;
  // "food, drinking water and medicine sent by Armenia": a participle before its "by" agent has its object before it
  // ("launchers sent to Ukraine by the United States": past a short destination too)
  if (aux < 0 && group.anyBackward && !onlyCompounds && at > view.start && plainNounAt(view, at - 1) && byAgentNext(toks, at, view.end)
    && pastForm(toks[at]!)) aux = at;
  // "the deal he struck the night before": a relative clause without "that" has its object before its subject
  let reach = aux === at ? REDUCED_REACH : BEFORE_REACH;
  if (aux < 0 && group.anyBackward && !onlyCompounds) {
    aux = contactRelativeSubject(view, at);
    reach = RELATIVE_REACH;
  }
  const patterns = group.patterns;
  for (let n = from; n < patterns.length; n++) {
    const cp = patterns[n]!;
    const back = aux >= 0 && cp.backward;
    let match: TriggerMatch | null = null;
    if (cp.first === 'word' ? !anyWordNear || firstWordNear[n] === 0 : cp.first === 'mention' && !mentionNear) {
      if (back) match = tryBefore(view, cp, at, aux, reach);
    } else if (!onlyCompounds || cp.moreWords.length > 0) {
      match = tryPattern(view, cp, at, limit, limitFor) ?? (back ? tryBefore(view, cp, at, aux, reach) : null);
    }
    if (match) {
      match.retry = { group, next: n + 1, limit, onlyCompounds };
      return match;
    }
  }
  return null;
}

/**
 * The next, less specific pattern of the group that matches where `m` did: what the words say when the
 * pattern `m` matched turns out not to apply (its source is of a sector it excludes).
 */
export function nextMatch(view: SentenceView, m: TriggerMatch, limitFor: (i: number) => number): TriggerMatch | null {
  const r = m.retry;
  return r ? matchGroup(view, r.group, m.at, r.limit, r.onlyCompounds, limitFor, r.next) : null;
}

/** How far before a passive's auxiliary its subject's words are looked for. */
const BEFORE_REACH = 18;
/** How far before a reduced passive ("medicine sent by Armenia") its noun phrase's words are looked for. */
const REDUCED_REACH = 6;

/**
 * Tries a pattern's words before a passive's auxiliary `aux`, last element nearest ("a trade agreement
 * was signed", "three Russian diplomats were expelled"), within its sentence and before no ";".
 */
function tryBefore(view: SentenceView, cp: CompiledPattern, at: number, aux: number, reach = BEFORE_REACH): TriggerMatch | null {
  const toks = view.tokens;
  const floor = Math.max(view.start, aux - reach);
  let pos = aux;
  let found = 0;
  for (let e = cp.elements.length - 1; e >= 0; e--) {
    const alts = cp.elements[e] as ReadonlySet<string>;
    let j = pos - 1;
    for (; j >= floor; j--) {
      const t = toks[j]!;
      if (t.text === ';') return null;
      if (namesWord(alts, t)) break;
    }
    // "the withdrawal of Syrian troops was completed": an event noun is coded as itself, with its own actors
    // (unless the verb makes another act of it: "aid to Uzbekistan was cut off" is a sanction, not aid)
    if (j < floor || sameActAsNoun(cp, toks, j)) return null;
    backScratch[found++] = j;
    pos = j;
  }
  consumedCount = 0;
  consume(at);
  // the particle of a particle verb stays after it ("was cut off", "were handed over")
  let after = at + 1;
  for (const w of cp.moreWords) {
    const particle = findWord(toks, w, after, laterWordEnd(cp.kind, toks, after, view.end));
    if (particle < 0) return null;
    consume(particle);
    after = particle + 1;
  }
  for (let f = found - 1; f >= 0; f--) consume(backScratch[f]!);
  // the object noun may itself be an actor ("three Russian diplomats were expelled")
  let slot: MentionRef | null = null;
  for (let c = consumedCount - 1; c > 0 && !slot; c--) slot = view.mentionAt.get(consumedScratch[c]!) ?? null;
  // "The British-flagged oil tanker Stena Impero was seized": the state the object noun is of
  // (seized or struck, a thing's owner suffers it; closed, as "Nigerien airspace is closed", it is the state's own act)
  if (!slot && found > 0 && OWNER_SUFFERS.test(cp.pattern.cameo ?? '')) slot = stateOfNoun(view, backScratch[0]!);
  // "The visa of Indian doctor Mohamed Haneef was cancelled": the one the object noun is of
  if (!slot && found > 0) slot = ownerAfterOf(view, backScratch[0]!, aux);
  return { at, kind: cp.kind, pattern: cp.pattern, consumed: consumedScratch.slice(0, consumedCount), end: after, slot, sourceSlot: null, retry: null, before: true };
}

const backScratch: number[] = [];

/**
 * Whether the word at `j` is an event noun (if it is one: a compound's first word only before its next word,
 * "asset freeze" but not "assets were frozen") that codes an act of the same CAMEO root as pattern `cp`.
 */
function sameActAsNoun(cp: CompiledPattern, toks: readonly Token[], j: number): boolean {
  const group = eventNouns.get(toks[j]!.lemma);
  if (!group) return false;
  const root = cp.pattern.cameo?.slice(0, 2);
  const next = toks[j + 1];
  return group.patterns.some((p) => (!root || !p.pattern.cameo || p.pattern.cameo.slice(0, 2) === root)
    && (p.moreWords.length === 0 || (!!next && (next.lemma === p.moreWords[0] || next.lower === p.moreWords[0]))));
}
/** Codes of force against a thing (CAMEO 17-20, not a blockade or occupation), whose owner is its target. */
const OWNER_SUFFERS = /^(17|18|19[0345]|20)/;

/** A state named among the modifiers of the noun at `noun` ("the British-flagged oil tanker"), or null. */
function stateOfNoun(view: SentenceView, noun: number): MentionRef | null {
  const toks = view.tokens;
  for (let j = noun - 1; j >= view.start && j >= noun - 5; j--) {
    const ref = view.mentionAt.get(j);
    if (ref) return ref.mention.kind === 'country' ? ref : null;
    const t = toks[j]!;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.text !== '-' && !(t.pos === 'VERB' && t.lower.endsWith('ed'))) return null;
  }
  return null;
}
/** The actor right after the "of" that follows the noun at `noun` and ends before `aux` ("the visa of Indian doctor X was"), or null. */
function ownerAfterOf(view: SentenceView, noun: number, aux: number): MentionRef | null {
  const toks = view.tokens;
  if (toks[noun + 1]?.lower !== 'of') return null;
  const ref = mentionPastDeterminer(view, noun + 2);
  return ref && ref.start > noun + 1 && ref.end <= aux ? ref : null;
}

/** The lexicon's event nouns (set by `findTriggers`, as `tryBefore` runs under it). */
let eventNouns: ReadonlyMap<string, TriggerGroup> = new Map();

/** Words that may open a participle's object: "arresting 20", "wounding dozens", "detaining the". */
const OBJECT_START = new Set(['NUM', 'DET', 'PRON', 'PROPN', 'ADJ']);

/**
 * An "-ing" word right after a comma with an object after it: a participle clause, whatever wink tagged it.
 * So is one opening the sentence before a preposition or an object ("Bowing to weeks of protests, ...").
 */
function participleAfterComma(toks: readonly Token[], i: number, start: number, end: number): boolean {
  const t = toks[i]!;
  if (t.lower.length <= 5 || !t.lower.endsWith('ing') || i + 1 >= end) return false;
  if (i === start) return OBJECT_START.has(toks[i + 1]!.pos) || toks[i + 1]!.pos === 'ADP';
  // (or a particle: "..., bowing to a protest movement")
  return toks[i - 1]!.text === ',' && (OBJECT_START.has(toks[i + 1]!.pos) || PARTICIPLE_PARTICLES.has(toks[i + 1]!.lower));
}

/** Particles a participle after a comma may take before its object ("bowing to", "giving in to", "cracking down on"). */
const PARTICIPLE_PARTICLES = new Set(['to', 'in', 'on', 'into', 'with', 'down', 'up', 'off']);

/** The verb patterns of an "-ing" form: arresting → arrest, making → make, stopping → stop, dying → die. */
function ingVerbGroup(verbs: ReadonlyMap<string, TriggerGroup>, ing: string): TriggerGroup | undefined {
  const stem = ing.slice(0, -3);
  const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : null;
  return verbs.get(stem) ?? verbs.get(stem + 'e') ?? (doubled ? verbs.get(doubled) : undefined)
    ?? (stem.endsWith('y') ? verbs.get(stem.slice(0, -1) + 'ie') : undefined);
}

/** The verb patterns of an "-ed" form: mediated → mediate, attacked → attack, stopped → stop, denied → deny. */
function edVerbGroup(verbs: ReadonlyMap<string, TriggerGroup>, ed: string): TriggerGroup | undefined {
  const stem = ed.slice(0, -2);
  const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : null;
  return verbs.get(ed.slice(0, -1)) ?? verbs.get(stem) ?? (doubled ? verbs.get(doubled) : undefined)
    ?? (stem.endsWith('i') ? verbs.get(stem.slice(0, -1) + 'y') : undefined);
}

/**
 * An "-ed" word right after an actor or pronoun with no determiner before it: a finite verb ("Egypt
 * mediated between", "supporters of Viktor Yushchenko blockaded government buildings"), not a
 * modifier ("the US backed rebels").
 */
function pastTenseAfterSubject(view: SentenceView, i: number): boolean {
  const toks = view.tokens;
  // (past a date between the subject and its verb: "Scott Morrison on Sunday branded as ...")
  let p = i - 1;
  if (DATE_WORDS.has(toks[p]?.lower ?? '') && toks[p - 1]?.lower === 'on') p -= 2;
  else if (toks[p]?.lower === 'today' || toks[p]?.lower === 'yesterday') p--;
  const prev = toks[p];
  if (!prev || p < view.start) return false;
  if (prev.pos === 'PRON') return true;
  const ref = view.mentionAt.get(p);
  if (!ref) return false;
  const before = toks[ref.start - 1];
  // ("The police apprehended Jeanine Anez": "the" before an agent noun opens the subject, when an object follows the
  // verb; before a state it makes a modifier, and "a drone shot down over Israel" is a participle)
  return !before || ref.start <= view.start || before.pos !== 'DET'
    || (before.lower === 'the' && ref.mention.kind === 'agent' && toks[ref.end - 1]!.pos === 'NOUN' && OBJECT_START.has(toks[i + 1]?.pos ?? ''))
    // ("Qarase, whom the army overthrew in December": the subject of an object relative clause)
    || (ref.start - 2 >= view.start && RELATIVE_BEFORE_SUBJECT.has(toks[ref.start - 2]!.lower));
}

/** Relative pronouns before an object relative clause's subject ("whom the army overthrew"). */
const RELATIVE_BEFORE_SUBJECT = new Set(['whom', 'which']);

/** Whether a form of "be" stands right before token i, or before an adverb before it ("was apprehended", "were quickly detained"). */
function afterBe(toks: readonly Token[], i: number, start: number): boolean {
  let p = i - 1;
  if (p > start && toks[p]!.pos === 'ADV') p--;
  return p >= start && toks[p]!.lemma === 'be';
}

/** The verb patterns of an inflected form wink left as it was ("rearrested", "reimposing", "proscribes"). */
function inflectedVerbGroup(verbs: ReadonlyMap<string, TriggerGroup>, form: string): TriggerGroup | undefined {
  if (form.length <= 4) return undefined;
  if (form.endsWith('ed')) return edVerbGroup(verbs, form);
  if (form.endsWith('ing')) return ingVerbGroup(verbs, form);
  if (form.endsWith('s') && !form.endsWith('ss')) return sVerbGroup(verbs, form);
  return undefined;
}

/** The verb patterns of an "-s" form: demands → demand, pushes → push, denies → deny. */
function sVerbGroup(verbs: ReadonlyMap<string, TriggerGroup>, s: string): TriggerGroup | undefined {
  return verbs.get(s.slice(0, -1))
    ?? (s.endsWith('es') ? verbs.get(s.slice(0, -2)) : undefined)
    ?? (s.endsWith('ies') ? verbs.get(s.slice(0, -3) + 'y') : undefined);
}

/**
 * "named Deputy Prime Minister Uhuru Kenyatta, suspended higher education minister William Ruto and four
 * others": a participle opening an item of a list of people describes that person; in a series of acts
 * ("fired X, suspended Y and appointed Z") the list ends in a verb.
 */
function modifierInList(view: SentenceView, i: number): boolean {
  const toks = view.tokens;
  const t = toks[i]!;
  if (!t.lower.endsWith('ed') || toks[i - 1]?.text !== ',' || i + 1 >= view.end) return false;
  const before = view.mentionAt.get(i - 2);
  if (!before || before.end !== i - 1 || (before.mention.kind !== 'person' && before.mention.kind !== 'agent')) return false;
  // the person the participle describes: after modifiers only, no determiner
  let j = i + 1;
  while (j < view.end && !view.mentionAt.has(j) && (toks[j]!.pos === 'ADJ' || toks[j]!.pos === 'NOUN')) j++;
  const item = view.mentionAt.get(j);
  if (!item || item.start < i + 1 || (item.mention.kind !== 'person' && item.mention.kind !== 'agent')) return false;
  // the list goes on with another item, not another act
  // (past a name the dictionaries do not know: "jailed journalist John Kato")
  let end = item.end;
  while (end < view.end && toks[end]!.pos === 'PROPN' && !view.mentionAt.has(end)) end++;
  const next = toks[end];
  if (!next || (next.lower !== 'and' && next.text !== ',')) return false;
  const after = toks[end + 1]?.lower === 'and' ? toks[end + 2] : toks[end + 1];
  return !!after && after.pos !== 'VERB' && after.pos !== 'AUX' && after.pos !== 'ADV';
}

/** Tags a word right after a verb-less subject may not have, so the "-s" word is no noun of that phrase. */
const NOT_AFTER_FINITE = new Set(['VERB', 'AUX', 'PART']);

/**
 * An "-s" word right after a named actor (not a nationality adjective, no determiner before it) and
 * before neither a verb nor "of": a present-tense verb wink tagged as a plural noun ("Russia demands
 * from the American side", "Moscow rejects"), not a noun the name modifies ("the Iran talks resumed").
 */
function presentTenseAfterSubject(view: SentenceView, i: number): boolean {
  const toks = view.tokens;
  const t = toks[i]!;
  if (t.lower.length < 4 || !t.lower.endsWith('s') || t.lower.endsWith('ss')) return false;
  const ref = view.mentionAt.get(i - 1);
  if (!ref || ref.end !== i || toks[i - 1]!.pos !== 'PROPN') return false;
  // "the Iran talks": a one-word name after an article modifies the noun; "The Government of Ecuador
  // grants" is a whole named subject
  const before = toks[ref.start - 1];
  if (before && ref.start > view.start && before.pos === 'DET' && ref.end - ref.start === 1) return false;
  const next = toks[i + 1];
  return !!next && next.lower !== 'of' && !NOT_AFTER_FINITE.has(next.pos) && next.pos !== 'PUNCT';
}

/**
 * All trigger matches of a sentence, most specific pattern per trigger token. `limitFor(i)` gives
 * the end of token i's clause, so patterns never reach into another clause.
 */
export function findTriggers(view: SentenceView, lex: VerbLexicon, limitFor: (i: number) => number): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const toks = view.tokens;
  const idx = triggerIndexOf(lex);
  eventNouns = idx.noun;
  if (firstWordNear.length < idx.largestGroup) firstWordNear = new Uint8Array(idx.largestGroup);
  for (let i = view.start; i < view.end; i++) {
    const t = toks[i]!;
    const pos = t.pos;
    // the pattern groups to try, in order; only verbs, nouns and adjectives trigger
    let first: TriggerGroup | undefined;
    let second: TriggerGroup | undefined;
    let third: TriggerGroup | undefined;
    // (a verb wink does not know keeps its form as lemma: "rearrested", "reimposes")
    if (pos === 'VERB' && modifierInList(view, i)) continue;
    if (pos === 'VERB') first = idx.verb.get(t.lemma) ?? (t.lemma === t.lower ? inflectedVerbGroup(idx.verb, t.lower) : undefined);
    else if (pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ') {
      if (view.mentionAt.has(i)) continue; // a word inside an actor's name is no trigger, unless a verb
      if (pos === 'ADJ') {
        // wink tags the first word of some compound nouns as ADJ ("hunger strike", "military aid")
        first = idx.adj.get(t.lemma);
        // "Egypt mediated between": wink tags some past tenses as adjectives and keeps the form as lemma
        // (and "was apprehended": a participle wink does not know, after a passive's auxiliary)
        second = idx.verb.get(t.lemma) ?? (t.lemma === t.lower && t.lower.endsWith('ed') && (pastTenseAfterSubject(view, i) || afterBe(toks, i, view.start))
          ? edVerbGroup(idx.verb, t.lower) : undefined);
        third = idx.noun.get(t.lemma);
      } else {
        first = idx.noun.get(t.lemma);
        // a lower-case form equal to the lemma would only try the same patterns again
        if (t.lower !== t.lemma) second = idx.noun.get(t.lower);
        // "Negotiations between Australia and East Timor opened": wink reads a capitalised plural opening a
        // sentence as a name and keeps its form as lemma
        if (!first && !second && pos === 'PROPN' && i === view.start && t.lower.endsWith('s')) second = idx.noun.get(singular(t.lower));
        // "raided Jenin, arresting 20 Palestinians": wink tags some participles after a comma as nouns
        if (!first && !second && participleAfterComma(toks, i, view.start, view.end)) third = ingVerbGroup(idx.verb, t.lower);
        // "Russia demands from the American side the return": wink tags some present tenses after a name as nouns
        else if (presentTenseAfterSubject(view, i)) third = sVerbGroup(idx.verb, t.lower);
        // "Suspected Boko Haram gunmen abducted scores of schoolgirls": and some past tenses after a subject
        else if (!first && !second && t.lemma === t.lower && t.lower.endsWith('ed') && pastTenseAfterSubject(view, i)) third = edVerbGroup(idx.verb, t.lower);
        // and irregular ones ("Colombian police shot dead drug lord Pablo Escobar")
        else if (!first && !second && IRREGULAR_PAST.has(t.lower) && pastTenseAfterSubject(view, i)) third = idx.verb.get(IRREGULAR_PAST.get(t.lower)!);
      }
    } else continue;
    if (!first && !second && !third) continue;
    let limit = Math.max(limitFor(i), Math.min(view.end, i + 2));
    // "insisted on Friday that Iraq give": a date between a verb and its "that" does not end the verb's reach
    if (limit < view.end && toks[limit]!.lower === 'that' && onlyDateWords(toks, i + 1, limit)) limit++;
    // an adjective is read as a noun only in a compound or at the head of its phrase
    const match = (first && matchGroup(view, first, i, limit, false, limitFor))
      || (second && matchGroup(view, second, i, limit, false, limitFor))
      || (third && matchGroup(view, third, i, limit, pos === 'ADJ' && !headsPhrase(toks, i), limitFor));
    if (match) out.push(match);
  }
  return out;
}

/** The singular of a regular plural ("negotiations" → "negotiation", "talks" stays for its own row, "parties" → "party"). */
function singular(w: string): string {
  return w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.slice(0, -1);
}

/** A past participle: "-ed"/"-en", or an irregular one ("sent"). */
function pastForm(t: Token): boolean {
  return participleForm(t.lower) || IRREGULAR_PAST.has(t.lower);
}
