// Events of speech verbs: warnings coded as threats, obligations in reported speech as demands, and statements.
import { compoundGroup, type MentionRef } from './sentence-view.js';
import type { TriggerMatch } from './triggers.js';
import { modalityOf } from './modality.js';
import { hasCode, sameActor } from './event-actors.js';
import { eventDate } from './event-context.js';
import { buildEvent } from './event-record.js';
import { OBLIGATION_WORDS, OBLIGATION_PHRASE, OBLIGATION } from './code-rules.js';
import type { SentenceState } from './sentence-state.js';
import { subjectOf } from './verb-subjects.js';
import { conditionSubject, OBJECT_REACH } from './verb-objects.js';
import { GRAMMAR_BIT } from './grammar.js';

/** The one told right after "told" ("told Russia", "told the United States"), if an actor. */
function toldAt(st: SentenceState, s: number): MentionRef | null {
  const { view, toks } = st;
  const at = toks[s + 1]?.pos === 'DET' ? s + 2 : s + 1;
  const ref = view.mentionAt.get(at);
  return ref && ref.start === at ? ref : null;
}

/** "..., Rahimi warned": a speech verb that attributes the clause before it. */
function isReportedBefore(st: SentenceState, v: number): boolean {
  const { view, toks } = st;
  for (let j = v - 1; j >= Math.max(view.start, v - 12); j--) {
    const t = toks[j]!;
    if (t.text === ',' || t.text === '"' || t.text === '”') return true;
    // ("..., China's ambassador has warned": an auxiliary of the speech verb too)
    // (and a count in the speaker's name: "..., the 15-nation Security Council declared")
    if (!view.mentionAt.has(j) && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADV'
      && t.pos !== 'NUM' && t.text !== '-' && !(t.pos === 'AUX' && j === v - 1)) return false;
  }
  return false;
}

/** How far from a speech verb its reported clause's menace may be. */
const MENACE_REACH = 28;

/**
 * Whether the clause a speech verb reports (after it, or before it when the attribution comes last)
 * holds a future modal and then a menace ("would face serious consequences", "will meet retaliation"):
 * said so, it is a warning whatever the verb.
 */
function menaced(st: SentenceState, s: number): boolean {
  const { view, toks, k } = st;
  const before = isReportedBefore(st, s);
  const from = before ? Math.max(view.start, s - 2 * MENACE_REACH) : s + 1;
  const to = before ? s : Math.min(view.end, s + MENACE_REACH);
  let modal = false;
  let future = false;
  let conditional = false;
  let menace = false;
  let menaceBefore = false;
  // inside the condition itself ("if the United States lifts the sanctions") a menace is the other side's
  let inCondition = false;
  for (let j = from; j < to; j++) {
    const t = toks[j]!;
    const w = t.lower;
    // (one lookup of the word's classes: this runs over twenty words per speech verb)
    const flags = k.grammar.flags(w);
    const mood = (flags & GRAMMAR_BIT.modal) !== 0 ? k.grammar.value(w, 'modal') : undefined;
    if (mood) inCondition = false;
    if (mood === 'future') future = modal = true;
    else if (mood === 'hypothetical' && w !== 'should' && w !== 'must') modal = true;
    else if ((flags & GRAMMAR_BIT.condition) !== 0 && w !== 'whether') conditional = inCondition = true;
    // "stop the repression, and otherwise economic sanctions will be imposed": what follows is the consequence
    else if (w === 'otherwise') conditional = modal = true;
    else if (t.text === ',') inCondition = false;
    else if (inCondition) continue;
    else if ((flags & GRAMMAR_BIT.menace) !== 0) {
      if (future) return true;
      // ("all hell is going to break out if ...": the menace before its modal, under a condition)
      menaceBefore = true;
    }
    // "would totally destroy North Korea if forced", "may shut off the transit of gas if ...": force or a cut
    // the speaker's side may bring, under a condition the other side is to meet
    // (not a word of a kinder act the lexicon coded: "would strike a deal if")
    else if (modal && ((flags & GRAMMAR_BIT['conditional-menace']) !== 0 || (t.lemma !== w && k.grammar.has(t.lemma, 'conditional-menace')))
      && !kindAct(st, j)) menace = true;
  }
  return conditional && (menace || (menaceBefore && future));
}

/** Whether token j is the trigger of a coded act that is no force, threat or protest ("strike a deal"). */
function kindAct(st: SentenceState, j: number): boolean {
  const m = st.byToken.get(j);
  return !!m && !HOSTILE_CODE.test(m.pattern.cameo ?? '');
}

/** CAMEO roots of hostile acts: threats, protests, force, sanctions, coercion, assault. */
const HOSTILE_CODE = /^(1[3-9]|20)/;

/** How far after "could" or "may" its "if" may stand. */
const CONDITION_REACH = 15;

/**
 * "Chinese shoppers could stop buying Australian wine if Canberra keeps pushing ..., the ambassador warned":
 * a warned consequence that could come, under a condition ("if", "unless") later in its clause.
 */
function conditionalModal(st: SentenceState, j: number, stop: number): boolean {
  const { toks, k } = st;
  if (k.grammar.value(toks[j]!.lower, 'modal') !== 'hypothetical') return false;
  for (let q = j + 1; q < Math.min(stop, j + CONDITION_REACH); q++) {
    const w = toks[q]!.lower;
    if (w === 'if' || w === 'unless') return true;
    if (toks[q]!.text === ';' || st.isSpeech(q)) return false;
  }
  return false;
}

/** Whether a future or hypothetical modal follows token j before `stop` (and before another speech verb or ";"). */
function modalAfter(st: SentenceState, j: number, stop: number): boolean {
  const { toks, k } = st;
  for (let q = j + 1; q < Math.min(stop, j + 2 * CONDITION_REACH); q++) {
    if (k.grammar.has(toks[q]!.lower, 'modal')) return k.grammar.value(toks[q]!.lower, 'modal') !== 'asserted';
    if (toks[q]!.text === ';' || st.isSpeech(q)) return false;
  }
  return false;
}

/** A warning that something will happen is a threat: "X warned that the organisers would face prosecution". */
export function codeWarnings(st: SentenceState): void {
  const { doc, view, toks, ct, k, text, dates, out, byToken } = st;
  for (const s of st.speechAt) {
    if (byToken.has(s) || !(k.grammar.has(toks[s]!.lemma, 'warning') || menaced(st, s))) continue;
    const speaker = subjectOf(st, s);
    if (!speaker || !hasCode(speaker)) continue;
    const stop = Math.min(view.end, s + MENACE_REACH);
    let future = -1;
    for (let j = s + 1; j < stop; j++) {
      // "warned Syria that it reserved the right to retaliate unless Damascus stopped": "unless" is as future as "would"
      if (k.grammar.value(toks[j]!.lower, 'modal') === 'future' || toks[j]!.lower === 'unless' || conditionalModal(st, j, stop)) { future = j; break; }
      // "warned that if the European Union introduces new sanctions, Minsk may shut off ...": a fronted condition
      // (the one it names is the one warned)
      if (toks[j]!.lower === 'if' && modalAfter(st, j, stop)) { future = j - 1; break; }
      if (toks[j]!.text === ';' || (j > s + 1 && st.isSpeech(j))) break;
    }
    // "Not a drop of oil will flow through Hormuz if ..., Rahimi warned": the warning comes after
    let from = s;
    if (future < 0 && isReportedBefore(st, s)) {
      for (let j = view.start; j < s; j++) if (k.grammar.value(toks[j]!.lower, 'modal') === 'future' || conditionalModal(st, j, s)) { future = j; from = view.start - 1; break; }
    }
    if (future < 0) continue;
    let who: MentionRef | null;
    // the one warned ("warned Israel it would"), never the speaker itself ("warned it would"), else whoever
    // the "if/unless" clause asks to act
    // (nor the speaker's own state: "Pakistan will retaliate if India attacks it, Prime Minister Imran Khan warned")
    // (its opposition or rebels are others: "the prime minister warned that the organisers would face prosecution")
    const own = (r: MentionRef) => sameActor(r, speaker) || (!!r.mention.country && r.mention.country === speaker.mention.country
      && (!r.mention.sector || r.mention.sector === speaker.mention.sector));
    // (one only told it, "told the General Assembly that action against Iraq would be unavoidable", is the
    // party last: a speech verb that is no warning names its menace's party after its "that" first)
    const told = from;
    if (from === s && !k.grammar.has(toks[s]!.lemma, 'warning')) {
      for (let j = s + 1; j < future; j++) if (toks[j]!.lower === 'that') { from = j; break; }
    }
    const firstOther = (a: number, b: number) => view.mentions.find((r) => r.start > a && r.end <= b && !own(r)) ?? null;
    who = firstOther(from, future) ?? conditionSubject(st, future, speaker);
    // "warned that it would respond to any aggression by government forces": the one the threatened act is aimed at
    if (!who) {
      // not bounded by the clause: the threatened act is often quoted ('would "respond to any aggression" by ...')
      const end = Math.min(view.end, future + OBJECT_REACH);
      for (const r of view.mentions) {
        if (r.start > future && r.start < end && !sameActor(r, speaker)) { who = r; break; }
      }
    }
    if (!who && told < from) who = firstOther(told, from);
    const threat = k.cameo.get('130') ? '130' : '13';
    const stub: TriggerMatch = { at: s, kind: 'verb', pattern: { id: `warn/${toks[s]!.lemma}`, cameo: threat, trigger: { kind: 'verb', words: [toks[s]!.lemma] }, elements: [], noTarget: false, specificity: 0, line: 0 }, consumed: [s], end: s + 1, slot: null, sourceSlot: null, retry: null };
    byToken.set(s, stub); // the warning is coded as a threat, not also as a statement
    const date = eventDate(doc, dates, view, ct, s);
    for (const w of who ? compoundGroup(view, who) : [null]) {
      out.push(buildEvent(k, text, view, stub.consumed, threat, speaker, w, date, null, 'asserted', false, `say/${toks[s]!.lemma}/warning`));
    }
  }
}

/** CAMEO 139: give an ultimatum. */
export const ULTIMATUM = '139';
/** Verbs of what one "or" faces ("must leave or face military action"). */
const FACE_VERBS = new Set(['face', 'risk', 'suffer']);
/** How far after a demanded act its "or" may be. */
const ULTIMATUM_REACH = 15;

/**
 * The consequence of an ultimatum after a demanded act at `from`: "should leave power now or be forced out",
 * "to leave or face military action"; its token, or -1. "Or" before anything else offers a choice, not a menace.
 */
export function ultimatumAt(st: SentenceState, from: number): number {
  const { view, toks } = st;
  for (let j = from; j < Math.min(view.end - 1, from + ULTIMATUM_REACH); j++) {
    const t = toks[j]!;
    if (t.text === ';' || t.text === '.' || (j > from && st.isSpeech(j))) return -1;
    if (t.lower !== 'or') continue;
    let c = j + 1;
    if (toks[c]?.lower === 'else') c++;
    const w = toks[c];
    if (!w) return -1;
    if (FACE_VERBS.has(w.lower.replace(/s$/, '')) && (w.pos === 'VERB' || w.pos === 'NOUN')) return c;
    if (w.lower === 'be' && toks[c + 1]?.pos === 'VERB') return c + 1;
    return -1;
  }
  return -1;
}

/** Obligations in reported speech are demands: "Russia said that Sudan must return the helicopter". */
export function codeObligations(st: SentenceState): void {
  const { doc, view, toks, ct, k, text, dates, out, byToken, consumed } = st;
  for (const s of st.speechAt) {
    const speaker = subjectOf(st, s);
    if (!speaker || !hasCode(speaker)) continue;
    const end = ct.clauseEnd(s + 1 < view.end ? s + 1 : s);
    const stop = Math.min(view.end, Math.max(end, s + 25));
    // "X must act against militants, Modi said": the clause before a speech verb that attributes it
    // "..., Brazil, Colombia and Mexico said": the attribution starts at the first of the speakers
    const speakers = compoundGroup(view, speaker);
    const lead = speakers[0]!.start < speaker.start ? speakers[0]! : speaker;
    const before = lead.start > view.start && isReportedBefore(st, lead.start);
    const from = before ? view.start : s + 1;
    const to = before ? lead.start : stop;
    for (let j = from; j < to; j++) {
      const t = toks[j]!;
      if (!OBLIGATION_WORDS.has(t.lower)) continue;
      const must = OBLIGATION.has(t.lower) || (OBLIGATION_PHRASE.has(t.lower) && toks[j + 1]?.lower === 'to');
      if (!must) continue;
      // "told Russia that its border guards must leave": with no actor as the clause's subject, the one told
      const told = !before && toks[s]!.lemma === 'tell' ? toldAt(st, s) : null;
      const who = subjectOf(st, j + (OBLIGATION.has(t.lower) ? 1 : 2)) ?? told;
      if (!who || who === speaker || (before ? who.start > j : who.start < s)) break;
      // "Obama said he had decided that the United States should launch a strike": what one's own state "should"
      // do is the speaker's own intent, not a demand on anyone (what it "must" do is a declared requirement)
      if (t.lower === 'should' && who.mention.country && who.mention.country === speaker.mention.country && !who.mention.sector) break;
      let v = j + 1;
      while (v < view.end && toks[v]!.pos !== 'VERB') v++;
      const inner = byToken.get(v);
      const innerRoot = inner?.pattern.cameo?.slice(0, 2);
      // "told Haiti's military rulers that they should leave power now or be forced out": an ultimatum
      const menace = ultimatumAt(st, v + 1);
      const demand = menace >= 0 && k.cameo.get(ULTIMATUM) ? ULTIMATUM
        : innerRoot === '08' ? '105' : innerRoot === '07' ? '103' : innerRoot === '04' ? '106' : '100';
      if (inner) consumed.set(v, true);
      const date = eventDate(doc, dates, view, ct, s);
      for (const a of before ? speakers : [speaker]) {
        for (const b of compoundGroup(view, who)) {
          out.push(buildEvent(k, text, view, [j], demand, a, b, date, null, 'asserted', true, `say/${toks[s]!.lemma}/obligation${demand === ULTIMATUM ? '/ultimatum' : ''}`));
        }
      }
      // the obligated action itself has not happened, nor has what the ultimatum menaces
      for (let q = out.length - 1; q >= 0; q--) {
        const e = out[q]!;
        if (e.sentence !== view.index) continue;
        if ((inner && e.trigger.span[0] === toks[v]!.span[0]) || (menace >= 0 && e.trigger.span[0] === toks[menace]!.span[0])) out.splice(q, 1);
      }
      break;
    }
  }
}

/** Statements: a speech verb with an actor as its subject is a CAMEO 01 event by that actor. */
export function codeStatements(st: SentenceState): void {
  const { doc, view, toks, ct, k, text, dates, out, byToken } = st;
  for (const i of st.speechAt) {
    if (byToken.has(i)) continue; // the lexicon codes this verb more precisely ("warned", "denied")
    const subj = subjectOf(st, i);
    if (!subj || !hasCode(subj)) continue;
    const code = k.cameo.get('010') ? '010' : '01';
    const tgt = k.speechVerbs.has(toks[i]!.lemma) && toks[i]!.lemma === 'tell' ? toldAt(st, i) : null;
    const date = eventDate(doc, dates, view, ct, i);
    out.push(buildEvent(k, text, view, [i], code, subj, tgt, date, null, modalityOf(view, ct, k.grammar, i, null, 'verb'), false, `say/${toks[i]!.lemma}`));
  }
}
