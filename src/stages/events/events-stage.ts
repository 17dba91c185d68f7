// The events stage: finds (source, action, target) in each clause and codes it in CAMEO and PLOVER.
import type { DateMention, DyadEvent, PlaceMention } from '../../model/types.js';
import { layer, type Doc, type Stage, type StageContext } from '../../pipeline/stage.js';
import { buildSentenceViews, compoundGroup, type MentionRef, type SentenceView } from './sentence-view.js';
import { clauseTools, findAgent, findSubject } from './clauses.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { modalityOf } from './modality.js';
import type { EventKnowledge } from './knowledge.js';
import {
  adjectival, afterNounTo, gerundInPhrase, hasUnless, inCompound, participialModifier, speechVerbAt, SUBJECT_PRONOUNS,
} from './word-cues.js';
import { bindPossessive, hasCode, ownForces, placeTarget, sameEntity } from './event-actors.js';
import { eventDate, eventLocation, isHistorical, isReported } from './event-context.js';
import { buildEvent, dedupe } from './event-record.js';
import { nominalActors } from './nominal-events.js';
import { theTwo } from './the-two.js';

export type { EventKnowledge } from './knowledge.js';

/** Modal verbs that turn a reported clause into a demand ("Sudan must return the helicopter"). */
const OBLIGATION = new Set(['must', 'should']);
const OBLIGATION_PHRASE = new Set(['have', 'has', 'need', 'needs']);
/** CAMEO roots whose that-clause states what is wanted, not what happened ("demanded that X leave"). */
const CLAUSE_TAKING_ROOTS = new Set(['02', '03', '10', '13']);
/** CAMEO roots of material actions, whose target may be a place ("shelled Rafah", "withdrew from Panama"). */
const PLACE_TARGET_ROOTS = new Set(['07', '08', '14', '15', '16', '17', '18', '19', '20']);
/** A visit's destination is its target ("a visit to Damascus"); a meeting's place is only where it was. */
const PLACE_TARGET_CODES = new Set(['042']);
/** CAMEO roots whose events, with a compound subject and no object, run both ways. */
const SYMMETRIC_ROOTS = new Set(['03', '04', '06']);
const SYMMETRIC_CODES = new Set(['057', '0311', '0312']);
/** Meetings, calls and negotiations: coded for both sides even when one is the object. */
const MUTUAL_CODES = new Set(['040', '041', '044', '046']);

export function createEventsStage(k: EventKnowledge): Stage<'events'> {
  return {
    name: 'events',
    needs: ['repair', 'segment', 'dates', 'actors', 'places'],
    run(doc: Doc, ctx: StageContext): DyadEvent[] {
      const { text } = layer(doc, 'repair');
      const { sentences, tokens } = layer(doc, 'segment');
      const actors = layer(doc, 'actors');
      const dates = layer(doc, 'dates');
      const places = layer(doc, 'places');
      const views = buildSentenceViews(sentences, tokens, actors);
      const events: DyadEvent[] = [];
      const placeSentences = new Set(places.map((p) => p.sentence));
      for (const view of views) {
        const s = sentences[view.index]!;
        // with neither an actor nor a place a sentence cannot hold an event: skip the clause analysis
        if (view.mentions.length === 0 && !placeSentences.has(view.index)) continue;
        if (k.discards) {
          const hit = k.discards.match(text.slice(s.span[0], s.span[1]).toLowerCase());
          if (hit) {
            ctx.report(`sentence ${view.index} not coded: discard phrase "${hit.phrase}"`, s.span, `discard/${hit.id}`);
            if (hit.story) return [];
            continue;
          }
        }
        codeSentence(doc, view, k, text, dates, places, events, ctx);
      }
      return dedupe(events);
    },
  };
}

function codeSentence(
  doc: Doc, view: SentenceView, k: EventKnowledge, text: string,
  dates: DateMention[], places: PlaceMention[], out: DyadEvent[], ctx: StageContext,
): void {
  const toks = view.tokens;
  const actors = layer(doc, 'actors');
  const speechCache = new Map<number, boolean>();
  const isSpeech = (i: number): boolean => {
    let v = speechCache.get(i);
    if (v === undefined) speechCache.set(i, (v = speechVerbAt(view, i, k)));
    return v;
  };
  const ct = clauseTools(view, k.grammar, isSpeech);
  const matches = findTriggers(view, k.lexicon, (i) => ct.clauseEnd(i));
  const byToken = new Map<number, TriggerMatch>(matches.map((m) => [m.at, m]));
  const consumed = new Set<number>();
  for (const m of matches) for (const c of m.consumed) if (c !== m.at) consumed.add(c);
  const speechAt: number[] = [];
  for (let i = view.start; i < view.end; i++) if (isSpeech(i)) speechAt.push(i);
  const subjects = new Map<number, MentionRef | null>();

  const subjectOf = (i: number): MentionRef | null => {
    if (subjects.has(i)) return subjects.get(i)!;
    subjects.set(i, null); // guards against cycles through control chains
    const coordinated = coordinatedWith(i);
    const purpose = coordinated === null ? purposeOf(i) : null;
    let subj = coordinated !== null ? subjectOf(coordinated) : purpose !== null ? subjectOf(purpose) : findSubject(view, ct, i, k.grammar);
    const head = controller(i);
    if (!subj && head !== null) subj = subjectOf(head);
    if (!subj) {
      // a participle or coordinated verb shares the subject of the verb before it ("..., charging")
      const cs = ct.clauseStart(i);
      const prevTok = toks[cs - 1];
      if (cs === view.start || (prevTok && (prevTok.text === ',' || prevTok.lower === 'and'))) {
        for (let j = i - 1; j >= view.start; j--) {
          if ((toks[j]!.pos === 'VERB') && j < cs) { subj = subjectOf(j); break; }
        }
      }
    }
    if (!subj) subj = pronounSpeaker(i);
    subjects.set(i, subj);
    return subj;
  };

  /**
   * A past participle right after the noun it describes, with no object of its own, is a passive:
   * "There were 10 Russian soldiers killed in Ukraine", "The civilians imprisoned for ... were released".
   */
  function reducedPassive(i: number): boolean {
    const t = toks[i]!;
    if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !/(ed|en)$/.test(t.lower) || ct.isPassive(i)) return false;
    const before = view.mentionAt.get(i - 1);
    const next = toks[i + 1];
    if (!before || (next && next.pos !== 'ADP' && next.pos !== 'SCONJ' && next.pos !== 'PUNCT' && next.pos !== 'ADV')) return false;
    const cs = ct.clauseStart(i);
    // existential "there were N soldiers killed"
    for (let j = cs; j < before.start; j++) if (toks[j]!.lower === 'there') return true;
    // the clause's own verb comes later: "The civilians imprisoned for X were released"
    const ce = ct.clauseEnd(i);
    for (let j = i + 2; j < ce - 1; j++) {
      if (toks[j]!.pos !== 'AUX' || (toks[j + 1]!.pos !== 'VERB' && toks[j + 1]!.pos !== 'AUX')) continue;
      // a new subject in between ("X killed A, who were ...") would own that verb; actors inside phrases do not
      return !view.mentions.some((r) => r.start > i && r.end <= j && toks[r.start - 1]?.pos !== 'ADP');
    }
    return false;
  }

  /** "removing the sanctions is out of the question": a gerund opening its clause is its subject, not an event. */
  function gerundSubject(i: number): boolean {
    return toks[i]!.lower.endsWith('ing') && ct.clauseStart(i) === i && i > view.start && toks[i - 1]!.text !== ',';
  }

  /** "made the withdrawal of the troops an important objective": the action is a goal, not done. */
  function madeAGoal(i: number): boolean {
    let j = i - 1;
    while (j > view.start && (toks[j]!.pos === 'DET' || toks[j]!.pos === 'ADJ')) j--;
    if (toks[j]?.lemma !== 'make') return false;
    const ce = Math.min(ct.clauseEnd(i), i + 20);
    for (let q = i + 1; q < ce; q++) if (k.grammar.has(toks[q]!.lemma, 'goal')) return true;
    return false;
  }

  /** "X killed A and wounded B": the verb before `and` whose subject the verb at i shares. */
  function coordinatedWith(i: number): number | null {
    let j = i - 1;
    while (j > view.start && (toks[j]!.pos === 'AUX' || toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PART')) j--;
    if (toks[j]?.lower !== 'and' && toks[j]?.lower !== 'but') return null;
    const cs = ct.clauseStart(i);
    // "and"/"but" may itself end a clause: look in the clause before it
    const from = ct.isBoundary(j) ? ct.clauseStart(j) : cs;
    for (let v = j - 1; v >= from; v--) {
      // gerunds in phrases ("by sending troops") are not the verbs a clause is coordinated with
      if (toks[v]!.pos !== 'VERB' || view.mentionAt.has(v) || adjectival(view, v) || inCompound(view, v) || gerundInPhrase(view, v)) continue;
      // "Makolo denied that Rwandan soldiers were fighting and accused Kinshasa": a verbal act after
      // "and" belongs with the speaker's own verb, not with the verb of what the speaker reported
      const speech = reportingVerb(v);
      if (speech !== null && isVerbalAct(i)) return speech;
      return v;
    }
    // "Pompeo said the move was a mistake and called on ...": the speech verb opening the clause
    if (cs > view.start && isSpeech(cs - 1) && !view.mentions.some((r) => r.start >= cs && r.end <= j)) return cs - 1;
    return null;
  }

  /** The speech verb whose reported clause holds token v, if any. */
  function reportingVerb(v: number): number | null {
    for (let s = v - 1; s >= view.start; s--) if (isSpeech(s) || (byToken.get(s)?.pattern.cameo ?? '').startsWith('01')) return s;
    return null;
  }

  /** Statements, appeals, demands, accusations, rejections and threats: acts done by speaking (CAMEO 01–13). */
  function isVerbalAct(i: number): boolean {
    const code = byToken.get(i)?.pattern.cameo;
    return !!code && Number(code.slice(0, 2)) <= 13;
  }

  /** "will visit Mauritania and Senegal to mediate": the verb a purpose infinitive follows, past its object. */
  function purposeOf(i: number): number | null {
    let j = i - 1;
    while (j > view.start && toks[j]!.pos === 'ADV') j--;
    if (toks[j]?.lower !== 'to' || controller(i) !== null) return null;
    const cs = ct.clauseStart(i);
    for (let v = j - 1; v >= Math.max(cs, j - 12); v--) {
      const t = toks[v]!;
      if (t.pos === 'VERB' && !view.mentionAt.has(v) && !adjectival(view, v)) return v;
      if (t.text === ',' || t.pos === 'AUX') return null;
    }
    return null;
  }

  /** The default object of verb i: the first actor after it, before a comma or a new verb phrase. */
  function objectOf(i: number, source: MentionRef | null): MentionRef | null {
    const end = objectLimit(i);
    let fallback: MentionRef | null = null;
    for (const ref of view.mentions) {
      if (ref.start <= i || ref.start >= end || ref === source) continue;
      // prefer an actor with a country over a bare agent ("mobilized army reservists ... against Iraq")
      if (ref.mention.country || /^(IGO|NGO|IMG)/.test(ref.mention.code ?? '')) return ref;
      fallback ??= ref;
    }
    return fallback;
  }

  function objectLimit(i: number): number {
    // an object sits near its verb; further on, actors belong to other phrases
    const ce = Math.min(ct.clauseEnd(i), i + OBJECT_REACH);
    for (let j = i + 1; j < ce; j++) {
      const t = toks[j]!;
      if (t.text === ',' && !view.mentionAt.has(j)) return j;
      if ((t.lower === 'and' || t.lower === 'but') && (toks[j + 1]?.pos === 'AUX' || toks[j + 1]?.pos === 'VERB')) return j;
    }
    return ce;
  }

  /** "demanded that Hamas renounce ...": the subject of the that-clause is the target. */
  function thatClauseSubject(i: number): MentionRef | null {
    // "demanded that X", "reiterated its demand today that X"
    for (let j = i + 1; j < Math.min(view.end, i + 7); j++) {
      if (toks[j]!.lower === 'that') {
        for (const ref of view.mentions) if (ref.start > j && ref.start <= j + 8) return ref;
        return null;
      }
      const p = toks[j]!.pos;
      if (p === 'VERB' || p === 'AUX' || p === 'PUNCT' || view.mentionAt.has(j)) return null;
    }
    return null;
  }

  /** "Hungary has said it will support": a subject pronoun in a reported clause is the speaker. */
  function pronounSpeaker(i: number): MentionRef | null {
    let g = i - 1;
    while (g > view.start && (toks[g]!.pos === 'AUX' || toks[g]!.pos === 'ADV' || toks[g]!.pos === 'PART')) g--;
    const p = toks[g];
    if (!p || p.pos !== 'PRON' || !SUBJECT_PRONOUNS.has(p.lower)) return null;
    for (let j = g - 1; j >= view.start; j--) {
      if (isSpeech(j)) {
        const between = toks.slice(j + 1, g).every((t) => t.lower === 'that' || t.pos === 'ADP' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADV' || t.pos === 'NUM' || t.text === ',');
        return between ? subjectOf(j) : null;
      }
    }
    return null;
  }

  /** For a verb in a to-infinitive (`refused to talk`), the verb that governs it. */
  function controller(i: number): number | null {
    let j = i - 1;
    while (j >= view.start && toks[j]!.pos === 'ADV') j--;
    if (j < view.start || toks[j]!.lower !== 'to') return null;
    // past adverbs and auxiliaries, and past the object of an object-control verb ("asked the Taliban to")
    let sawObject = false;
    for (let h = j - 1; h >= Math.max(view.start, j - 16); h--) {
      const t = toks[h]!;
      const inMention = view.mentionAt.has(h);
      if (!inMention && (t.pos === 'VERB' || (t.pos === 'ADJ' && !sawObject) || (t.pos === 'NOUN' && byToken.has(h)))) {
        // past an object only appeals, demands, promises, threats and patterns with "X to" govern the
        // infinitive ("urged X to"); otherwise it is a purpose ("will visit Mauritania and Senegal to mediate")
        const outer = byToken.get(h);
        const governs = !outer || CLAUSE_TAKING_ROOTS.has((outer.pattern.cameo ?? '').slice(0, 2))
          || outer.pattern.elements.some((e) => e.kind === 'word' && e.alts.includes('to'));
        if (sawObject && !governs) return null;
        return h;
      }
      if (inMention) { sawObject = true; continue; }
      if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') continue;
      // "called on Washington to", "appealed to the UN to": the verb's particle before its object
      if (sawObject && t.pos === 'ADP' && h > view.start && toks[h - 1]!.pos === 'VERB') continue;
      // a compound object: "urged the army chief and the RSF commander to stop"
      if (sawObject && (t.pos === 'CCONJ' || t.text === ',')) continue;
      if (sawObject && (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM')) continue;
      return null;
    }
    return null;
  }

  // verbs governed by an event verb ("willing to withdraw", "threatened to ban"): the outer event
  // takes the inner one's object and, for intents and threats, its more specific code
  const innerOf = new Map<number, TriggerMatch>();
  for (const m of matches) {
    const h = controller(m.at);
    if (h !== null && byToken.has(h) && !innerOf.has(h)) innerOf.set(h, m);
  }

  for (const m of matches) {
    if (consumed.has(m.at)) continue;
    const i = m.at;
    if (inCompound(view, i) || (m.kind === 'verb' && (adjectival(view, i) || gerundInPhrase(view, i) || gerundSubject(i) || participialModifier(view, i)))) continue;
    // an event verb governed by another event verb is part of it ("threatened to ban")
    const head = controller(i);
    if (head !== null && byToken.has(head)) continue;
    // a to-infinitive after a plain noun ("any agreement to withdraw") has no subject we can trust
    if (head === null && m.kind === 'verb' && afterNounTo(view, i)) continue;
    // what a demand, appeal, promise or threat asks for has not happened ("demanded that X leave")
    if (m.kind === 'verb' && wantedClause(i)) continue;
    let code = m.pattern.cameo;
    if (!code) continue;

    let source: MentionRef | null;
    let target: MentionRef | null = null;
    let rule = `verb/${m.pattern.id}`;
    if (m.kind === 'noun') {
      const nominal = nominalActors(view, ct, m, k, subjectOf, byToken);
      if (!nominal) continue;
      ({ source, target } = nominal);
      rule = `noun/${m.pattern.id}`;
    } else if (ct.isPassive(i) || reducedPassive(i)) {
      // "was pressured by Congress to": a slot filled after "by" is the agent, not the target
      const slotIsAgent = !!m.slot && k.grammar.has(toks[m.slot.start - 1]?.lower ?? '', 'agent-prep');
      const modified = reducedPassive(i) ? view.mentionAt.get(i - 1) ?? null : null;
      target = (slotIsAgent ? null : m.slot) ?? modified ?? subjectOf(i);
      // a reduced passive's own phrase ends where the clause's verb group begins
      let agentEnd = ct.clauseEnd(i);
      if (modified) for (let j = i + 1; j < agentEnd; j++) if (toks[j]!.pos === 'AUX') { agentEnd = j; break; }
      source = slotIsAgent ? m.slot : findAgent(view, m.end, agentEnd, k.grammar);
      rule += '/passive';
    } else {
      source = subjectOf(i);
      const inner = innerOf.get(i);
      if (m.slot) target = m.slot;
      else if (inner?.slot) target = inner.slot;
      // "agrees to reduce violence ...": what follows belongs to the inner verb, so its object is the target
      else if (!m.pattern.noTarget) target = inner ? objectOf(inner.at, source) : objectOf(i, source) ?? thatClauseSubject(i);
      if (inner?.pattern.cameo && k.modalityCodes) {
        const outerRoot = code.slice(0, 2);
        const innerRoot = inner.pattern.cameo.slice(0, 2);
        const cooperative = ['04', '05', '06', '07', '08'].includes(innerRoot);
        const hostile = Number(innerRoot) >= 14;
        if ((outerRoot === '03' && code.length <= 3 && cooperative) || (outerRoot === '13' && code.length <= 3 && hostile)) {
          const refined = k.modalityCodes.shift(inner.pattern.cameo, 'future');
          if (refined) { code = refined; rule += `+${inner.pattern.id}`; }
        }
        if (!target && !inner.pattern.noTarget && PLACE_TARGET_ROOTS.has(innerRoot)) {
          target = placeTarget(view, places, toks[inner.at]!.span[0], toks[ct.clauseEnd(inner.at) - 1]!.span[1], source);
        }
      }
    }
    if (source && target && (source === target || sameEntity(source, target))) target = null;
    if (source && target && ownForces(source, target, code)) target = null;
    const innerMatch = innerOf.get(i);
    const material = PLACE_TARGET_ROOTS.has(code.slice(0, 2)) || PLACE_TARGET_CODES.has(code)
      || (!!innerMatch?.pattern.cameo && PLACE_TARGET_ROOTS.has(innerMatch.pattern.cameo.slice(0, 2)));
    if (!target && !m.pattern.noTarget && !rule.endsWith('/passive') && material) {
      target = placeTarget(view, places, toks[i]!.span[0], toks[objectLimit(innerMatch?.at ?? i) - 1]!.span[1], source);
    }
    if (!hasCode(source) && !hasCode(target)) {
      // "why was nothing coded?": say which action found no political actor
      const t = toks[i]!;
      ctx.report(`"${t.text}" matched ${rule} but no actor with a code was found as its source or target`, t.span, rule);
      continue;
    }

    let modality = modalityOf(view, ct, k.grammar, i, head, m.kind);
    if (m.kind === 'noun' && madeAGoal(i)) modality = 'future';
    // "Obama wants Putin to attack": what one actor wants another to do is only hypothetical
    if (head !== null && k.grammar.has(toks[head]!.lemma, 'intent') && view.mentions.some((r) => r.start > head && r.end <= i)) modality = 'hypothetical';
    const partner = coordinatedWith(i);
    if (deniedBy(i) && !(partner !== null && isSpeech(partner))) modality = 'negated';
    if (m.consumed.some((c) => toks[c]!.lower === 'to' && toks[c - 1]?.lower === 'not')) modality = 'negated';
    if (k.modalityCodes) {
      const unless = modality === 'future' && hasUnless(view, i) ? k.modalityCodes.shift(code, 'unless') : null;
      const shifted = unless ?? (modality === 'future' || modality === 'negated' ? k.modalityCodes.shift(code, modality) : null);
      if (shifted) {
        rule += `/${unless ? 'conditional' : modality === 'future' ? 'intent' : 'refusal'}`;
        code = shifted;
      }
    }
    // an intent to withdraw "their troops" is about the actor's own forces, whatever the verb's code was
    if (source && target && ownForces(source, target, code)) target = null;
    const reported = isReported(view, ct, i, speechAt);
    const date = eventDate(doc, dates, view, ct, i);
    const finalModality = modality === 'asserted' && isHistorical(doc.article.published, date) ? 'historical' : modality;
    const location = eventLocation(places, view, ct, i);
    const sources = source ? theTwo(source, view, actors) ?? compoundGroup(view, source) : [null];
    const targets = target ? compoundGroup(view, target) : [null];
    const symmetric = SYMMETRIC_ROOTS.has(code.slice(0, 2)) || SYMMETRIC_CODES.has(code);
    const pairs: [MentionRef | null, MentionRef | null][] = [];
    if (symmetric && !target && sources.length > 1) {
      for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b]);
    } else {
      for (const a of sources) for (const b of targets) if (!(a && b && (a === b || sameEntity(a, b)))) pairs.push([a, b]);
      // a meeting, a call or a negotiation involves both sides alike: "X met Y" is also Y meeting X
      if (MUTUAL_CODES.has(code)) for (const [a, b] of [...pairs]) if (a && b) pairs.push([b, a]);
    }
    for (const [a, b] of pairs) {
      out.push(buildEvent(k, text, view, m, code, a, bindPossessive(a, b), date, location, finalModality, reported, rule));
    }
  }

  /** "Lavrov denied that Russian forces had attacked": the speaker says it did not happen. */
  function deniedBy(i: number): boolean {
    const cs = ct.clauseStart(i);
    for (let j = cs - 1; j >= Math.max(view.start, cs - 2); j--) {
      if (k.grammar.has(toks[j]!.lemma, 'denial')) return true;
    }
    return false;
  }

  /** "..., Rahimi warned": a speech verb that attributes the clause before it. */
  function isReportedBefore(v: number): boolean {
    for (let j = v - 1; j >= Math.max(view.start, v - 12); j--) {
      const t = toks[j]!;
      if (t.text === ',' || t.text === '"' || t.text === '”') return true;
      if (!view.mentionAt.has(j) && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADV') return false;
    }
    return false;
  }

  /** True when verb i sits in the that-clause of a demand/appeal/promise/threat verb. */
  function wantedClause(i: number): boolean {
    const open = ct.opener(i);
    if (!open || open.lower !== 'that') return false;
    const cs = ct.clauseStart(i);
    // "agreed on Wednesday that ...", "demanded today that ..."
    for (let j = cs - 2; j >= Math.max(view.start, cs - 6); j--) {
      const outer = byToken.get(j);
      if (outer?.pattern.cameo && CLAUSE_TAKING_ROOTS.has(outer.pattern.cameo.slice(0, 2))) return true;
      if (view.mentionAt.has(j)) continue;
      const p = toks[j]!.pos;
      if (p !== 'ADV' && p !== 'NOUN' && p !== 'PROPN' && p !== 'ADP' && p !== 'NUM' && p !== 'DET' && p !== 'PRON') break;
    }
    return false;
  }

  // A warning that something will happen is a threat: "X warned that the organisers would face prosecution".
  for (const s of speechAt) {
    if (!k.grammar.has(toks[s]!.lemma, 'warning') || byToken.has(s)) continue;
    const speaker = subjectOf(s);
    if (!speaker || !hasCode(speaker)) continue;
    const stop = Math.min(view.end, s + 20);
    let future = -1;
    for (let j = s + 1; j < stop; j++) {
      if (k.grammar.value(toks[j]!.lower, 'modal') === 'future') { future = j; break; }
      if (toks[j]!.text === ';' || (j > s + 1 && isSpeech(j))) break;
    }
    // "Not a drop of oil will flow through Hormuz if ..., Rahimi warned": the warning comes after
    let from = s;
    if (future < 0 && isReportedBefore(s)) {
      for (let j = view.start; j < s; j++) if (k.grammar.value(toks[j]!.lower, 'modal') === 'future') { future = j; from = view.start - 1; break; }
    }
    if (future < 0) continue;
    let who: MentionRef | null = null;
    for (const r of view.mentions) if (r.start > from && r.end <= future && r !== speaker) { who = r; break; }
    const threat = k.cameo.get('130') ? '130' : '13';
    const stub: TriggerMatch = { at: s, kind: 'verb', pattern: { id: `warn/${toks[s]!.lemma}`, cameo: threat, trigger: { kind: 'verb', words: [toks[s]!.lemma] }, elements: [], noTarget: false, specificity: 0, line: 0 }, consumed: [s], end: s + 1, slot: null };
    byToken.set(s, stub); // the warning is coded as a threat, not also as a statement
    out.push(buildEvent(k, text, view, stub, threat, speaker, who, eventDate(doc, dates, view, ct, s), null, 'asserted', false, `say/${toks[s]!.lemma}/warning`));
  }

  // Obligations in reported speech are demands: "Russia said that Sudan must return the helicopter".
  for (const s of speechAt) {
    const speaker = subjectOf(s);
    if (!speaker || !hasCode(speaker)) continue;
    const end = ct.clauseEnd(s + 1 < view.end ? s + 1 : s);
    const stop = Math.min(view.end, Math.max(end, s + 25));
    for (let j = s + 1; j < stop; j++) {
      const t = toks[j]!;
      const must = OBLIGATION.has(t.lower) || (OBLIGATION_PHRASE.has(t.lower) && toks[j + 1]?.lower === 'to');
      if (!must) continue;
      const who = subjectOf(j + (OBLIGATION.has(t.lower) ? 1 : 2));
      if (!who || who === speaker || who.start < s) break;
      let v = j + 1;
      while (v < view.end && toks[v]!.pos !== 'VERB') v++;
      const inner = byToken.get(v);
      const innerRoot = inner?.pattern.cameo?.slice(0, 2);
      const demand = innerRoot === '08' ? '105' : innerRoot === '07' ? '103' : innerRoot === '04' ? '106' : '100';
      if (inner) consumed.add(v);
      const stub: TriggerMatch = { at: j, kind: 'verb', pattern: { id: `must/${t.lower}`, cameo: demand, trigger: { kind: 'verb', words: [t.lower] }, elements: [], noTarget: false, specificity: 0, line: 0 }, consumed: [j], end: j + 1, slot: null };
      const date = eventDate(doc, dates, view, ct, s);
      for (const b of compoundGroup(view, who)) {
        out.push(buildEvent(k, text, view, stub, demand, speaker, b, date, null, 'asserted', true, `say/${toks[s]!.lemma}/obligation`));
      }
      // the obligated action itself has not happened
      for (let q = out.length - 1; q >= 0; q--) {
        const e = out[q]!;
        if (inner && e.sentence === view.index && e.trigger.span[0] === toks[v]!.span[0]) out.splice(q, 1);
      }
      break;
    }
  }

  // Statements: a speech verb with an actor as its subject is a CAMEO 01 event by that actor.
  for (const i of speechAt) {
    if (byToken.has(i)) continue; // the lexicon codes this verb more precisely ("warned", "denied")
    const subj = subjectOf(i);
    if (!subj || !hasCode(subj)) continue;
    const code = k.cameo.get('010') ? '010' : '01';
    const tgt = k.speechVerbs.has(toks[i]!.lemma) && toks[i]!.lemma === 'tell' ? view.mentionAt.get(i + 1) ?? null : null;
    const date = eventDate(doc, dates, view, ct, i);
    const stmt: TriggerMatch = { at: i, kind: 'verb', pattern: { id: `say/${toks[i]!.lemma}`, cameo: code, trigger: { kind: 'verb', words: [toks[i]!.lemma] }, elements: [], noTarget: true, specificity: 0, line: 0 }, consumed: [i], end: i + 1, slot: null };
    out.push(buildEvent(k, text, view, stmt, code, subj, tgt, date, null, modalityOf(view, ct, k.grammar, i, null, 'verb'), false, `say/${toks[i]!.lemma}`));
  }
}

/** Roots where a same-country armed force after the verb is the actor's own ("withdraw US forces"). */
/** How many tokens after a verb its object may start. */
const OBJECT_REACH = 20;
