// Who does what a verb says: its subject, through coordination, purpose, control, accusations and reported pronouns.
import type { MentionRef } from './sentence-view.js';
import { findSubject } from './clauses.js';
import { adjectival, AMOUNT_NOUNS, DATE_WORDS, DESTINATION_PREPS, gerundInPhrase, inCompound, participleForm, SUBJECT_PRONOUNS } from './word-cues.js';
import { rulesOf } from './code-rules.js';
import { contactRelativeSubject } from './pattern-reach.js';
import type { SentenceState } from './sentence-state.js';

/** Verbs whose object does what an "of"/"for" gerund after it says ("accused X of attacking", "praised X for mediating"). */
const OBJECT_DOES = new Set(['accuse', 'suspect', 'blame', 'charge', 'convict', 'condemn', 'criticize', 'criticise', 'praise', 'thank', 'punish', 'sanction']);

export function subjectOf(st: SentenceState, i: number): MentionRef | null {
  const { view, toks, ct, subjects } = st;
  if (subjects.has(i)) return subjects.get(i)!;
  subjects.set(i, null); // guards against cycles through control chains
  // "Australian police investigating the bombings": the described object does what its participle says
  if (toks[i]!.lower.endsWith('ing') && view.mentionAt.has(i - 1) && describesObject(st, i)) {
    const described = view.mentionAt.get(i - 1)!;
    subjects.set(i, described);
    return described;
  }
  const coordinated = coordinatedWith(st, i);
  const purpose = coordinated === null ? purposeOf(st, i) : null;
  let subj = coordinated !== null ? subjectOf(st, coordinated) : purpose !== null ? subjectOf(st, purpose) : null;
  // "A roadside bombing killed one U.S. soldier and wounded two others": a verb after "and" shares the
  // first verb's subject even when that is no actor; the nearest actor before it is that verb's object
  if (coordinated === null) subj ??= accusedOf(st, i) ?? invertedSpeaker(st, i) ?? findSubject(view, ct, i, st.k.grammar);
  const head = controller(st, i);
  if (!subj && head !== null) subj = subjectOf(st, head);
  if (!subj) {
    // a participle or coordinated verb shares the subject of the verb before it ("..., charging")
    const cs = ct.clauseStart(i);
    const prevTok = toks[cs - 1];
    if (cs === view.start || (prevTok && (prevTok.text === ',' || prevTok.lower === 'and'))) {
      for (let j = i - 1; j >= view.start; j--) {
        if ((toks[j]!.pos === 'VERB') && j < cs) { subj = subjectOf(st, j); break; }
      }
    }
    // "ended the summit by holding Israel responsible", "retaliated after shelling": a gerund of manner or
    // time shares the subject of the verb it modifies
    if (!subj && toks[i]!.lower.endsWith('ing') && GERUND_LINKS.has(toks[i - 1]?.lower ?? '')) {
      for (let j = i - 2; j >= view.start && !subj; j--) {
        if (toks[j]!.pos === 'VERB' && !view.mentionAt.has(j) && !adjectival(view, j)) subj = subjectOf(st, j);
      }
    }
    // "announced a cut in fuel prices, giving in to the demands": an "-ing" participle right after a comma
    // takes the subject of the nearest verb before it that has one (a noun wink tagged a verb has none)
    if (!subj && toks[i]!.lower.endsWith('ing') && toks[i - 1]?.text === ',') {
      for (let j = i - 2; j >= view.start && !subj; j--) {
        if (toks[j]!.pos === 'VERB' && !view.mentionAt.has(j) && !adjectival(view, j)) subj = subjectOf(st, j);
      }
    }
  }
  if (!subj) subj = frontedParticipleSubject(st, i);
  if (!subj) subj = pronounSpeaker(st, i);
  if (!subj) subj = firstPersonSpeaker(st, i);
  subjects.set(i, subj);
  return subj;
}

/** Prepositions that join a gerund to the verb it modifies ("by holding", "after meeting", "while visiting"). */
const GERUND_LINKS = new Set(['by', 'after', 'before', 'while', 'when']);

/** Words a date phrase between an inverted speech verb and its speaker is made of ("declared on Friday the spokesman"). */
const DATE_FILLERS = new Set(['on', 'this', 'last', 'late', 'early', 'today', 'yesterday', 'morning', 'evening', 'night', 'afternoon']);
/** How far after an inverted speech verb its speaker's phrase may run. */
const INVERTED_REACH = 14;

/**
 * "The talks will resume, said the foreign minister", "France must withdraw, declared on Friday the
 * spokesman of the government, Colonel Maiga" (wire and translated copy): a speech verb right after
 * the reported clause's comma or quote, with its speaker after it. Of an apposition chain, the first
 * mention with a country speaks ("the spokesman ..., Colonel Maiga"). Only where the attribution ends the sentence.
 */
function invertedSpeaker(st: SentenceState, i: number): MentionRef | null {
  const { view, toks } = st;
  const prev = toks[i - 1];
  if (!prev || i - 1 <= view.start || !(prev.text === ',' || prev.text === '"' || prev.text === '”') || !st.isSpeech(i)) return null;
  // the attribution ends the sentence ("Iran, said the minister, will not yield" is a parenthesis)
  for (let q = i + 1; q < view.end; q++) if ((toks[q]!.pos === 'VERB' || toks[q]!.pos === 'AUX') && !view.mentionAt.has(q)) return null;
  let j = i + 1;
  while (j < view.end && (DATE_FILLERS.has(toks[j]!.lower) || DATE_WORDS.has(toks[j]!.lower))) j++;
  const first = view.mentionAt.get(j) ?? (toks[j]?.pos === 'DET' ? view.mentionAt.get(j + 1) : undefined);
  if (!first || first.start < j) return null;
  if (first.mention.country) return first;
  for (const r of view.mentions) {
    if (r.start <= first.start) continue;
    if (r.start > i + INVERTED_REACH) break;
    let verb = false;
    for (let q = first.end; q < r.start; q++) if (toks[q]!.pos === 'VERB' || toks[q]!.pos === 'AUX') verb = true;
    if (verb) break;
    if (r.mention.country) return r;
  }
  return first;
}

/** How far a fronted participle's clause may run before its comma. */
const FRONTED_REACH = 25;

/**
 * "Bowing to weeks of protests, Kenyan President William Ruto dismissed his cabinet", "Citing security
 * concerns, the army closed the border": an "-ing" participle opening the sentence has the subject of the
 * main clause after its comma.
 */
function frontedParticipleSubject(st: SentenceState, i: number): MentionRef | null {
  const { view, toks } = st;
  if (i !== view.start || !toks[i]!.lower.endsWith('ing')) return null;
  for (let c = i + 1; c < Math.min(view.end, i + FRONTED_REACH); c++) {
    if (toks[c]!.text !== ',') continue;
    for (let v = c + 1; v < view.end; v++) {
      const t = toks[v]!;
      if (t.pos !== 'VERB' || view.mentionAt.has(v) || adjectival(view, v)) continue;
      const main = subjectOf(st, v);
      return main && main.start > c ? main : null;
    }
    return null;
  }
  return null;
}

/**
 * A participle right after the object of an earlier verb of its clause describes that object, as a
 * reduced relative clause: "deported Palestinians accused of collaborating", "arrested three Algerians
 * wanted in France", "shared information with Australian police investigating the bombings",
 * "violating the ceasefire agreed in April". Not the clause's own verb, and not a subject's.
 */
export function describesObject(st: SentenceState, i: number): boolean {
  const { view, toks, ct } = st;
  const t = toks[i]!;
  if (t.pos !== 'VERB' && t.pos !== 'ADJ') return false;
  if (!t.lower.endsWith('ing') && !participleForm(t.lower)) return false;
  const prev = toks[i - 1];
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN' && !view.mentionAt.has(i - 1))) return false;
  const head = view.mentionAt.get(i - 1)?.start ?? i - 1;
  // "sent a diplomatic note to India demanding that ...": a name after a preposition ends that phrase, and a
  // speech verb or demand after it is the note's, its sender's (police "with" whom one works may well be investigating)
  if (head > view.start && toks[head - 1]!.pos === 'ADP' && (st.isSpeech(i) || rulesOf(st.byToken.get(i)?.pattern.cameo ?? '').root === '10')) return false;
  // "left for Beirut carrying fifteen tonnes of sanitary material": a state or capital one goes to is a destination,
  // and what follows it is the traveller's
  if (head > view.start && DESTINATION_PREPS.has(toks[head - 1]!.lower) && view.mentionAt.get(i - 1)?.mention.kind === 'country') return false;
  // "a step Israeli Foreign Minister Israel Katz denounced as": an actor right after a noun opens a relative
  // clause without "that", and is its subject
  if (view.mentionAt.has(i - 1) && contactRelativeSubject(view, i) >= 0) return false;
  const cs = ct.clauseStart(i);
  for (let j = head - 1; j >= cs; j--) {
    // "Mali's military-led government": the second half of a hyphenated compound is no verb
    if (toks[j - 1]?.text === '-' && toks[j - 1]!.span[1] === toks[j]!.span[0]) continue;
    const p = toks[j]!.pos;
    // "Adopting the resolution unanimously, the Council demanded": a noun phrase right after a comma
    // opens the main clause, and the verbs before it are a fronted phrase's
    // (unless the clause opens with its subject and a name stands before the comma: an apposition, "Cameroon
    // handed over Colonel Bagosora, the former official accused of")
    if (toks[j]!.text === ',' && onlyDeterminers(st, j + 1, head) && !(toks[j - 1]?.pos === 'PROPN' && toks[cs]!.pos === 'PROPN')) return false;
    // "..., killing him, and tens of thousands of Palestinians poured into the streets": ", and" before the
    // noun phrase opens a clause of its own, whose verb the participle is
    if (toks[j]!.lower === 'and' && toks[j - 1]?.text === ',' && onlyDeterminers(st, j + 1, head)) return false;
    // "Jordanian troops backed by armoured vehicles moved into": a participle with its "by" agent right after a noun
    // describes that noun, a part of the subject, and is no verb whose object the word at i could describe
    if (p === 'VERB' && participleForm(toks[j]!.lower) && toks[j + 1]?.lower === 'by' && (toks[j - 1]?.pos === 'NOUN' || view.mentionAt.has(j - 1))) continue;
    // "rebels holding hostages in Lima demanded": an "-ing" participle's phrase is part of the subject
    if ((p === 'VERB' || p === 'AUX') && !view.mentionAt.has(j) && !adjectival(view, j) && !toks[j]!.lower.endsWith('ing')) return true;
  }
  return false;
}

/** Whether `[from, to)` only modifies the noun after it: determiners, adjectives, numbers and amounts ("thousands of"). */
function onlyDeterminers(st: SentenceState, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = st.toks[k]!;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') continue;
    // "thousands of protesters", "tens of thousands of people"
    if ((t.pos === 'NOUN' && st.toks[k + 1]?.lower === 'of' && AMOUNT_NOUNS.has(t.lower)) || (t.lower === 'of' && k > from)) continue;
    return false;
  }
  return true;
}

/** "X killed A and wounded B": the verb before `and` whose subject the verb at i shares. */
export function coordinatedWith(st: SentenceState, i: number): number | null {
  const { view, toks, ct } = st;
  let j = i - 1;
  while (j > view.start && (toks[j]!.pos === 'AUX' || toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PART')) j--;
  if (toks[j]?.lower !== 'and' && toks[j]?.lower !== 'but') return null;
  const cs = ct.clauseStart(i);
  // "and"/"but" may itself end a clause: look in the clause before it
  const from = ct.isBoundary(j) ? ct.clauseStart(j) : cs;
  for (let v = j - 1; v >= from; v--) {
    // gerunds in phrases ("by sending troops") are not the verbs a clause is coordinated with
    if (toks[v]!.pos !== 'VERB' || view.mentionAt.has(v) || adjectival(view, v) || inCompound(view, v) || gerundInPhrase(view, v)) continue;
    // "arrested three Algerians wanted in France and handed them over": not the participle describing the object
    if (describesObject(st, v)) continue;
    // "Makolo denied that Rwandan soldiers were fighting and accused Kinshasa": a verbal act after
    // "and" belongs with the speaker's own verb, not with the verb of what the speaker reported
    const speech = reportingVerb(st, v);
    if (speech !== null && isVerbalAct(st, i)) return speech;
    return v;
  }
  // "Pompeo said the move was a mistake and called on ...": the speech verb opening the clause
  if (cs > view.start && st.isSpeech(cs - 1) && !view.mentions.some((r) => r.start >= cs && r.end <= j)) return cs - 1;
  return null;
}

/** The speech verb whose reported clause holds token v, if any. */
function reportingVerb(st: SentenceState, v: number): number | null {
  for (let s = v - 1; s >= st.view.start; s--) if (st.isSpeech(s) || (st.byToken.get(s)?.pattern.cameo ?? '').startsWith('01')) return s;
  return null;
}

/** A verbal act: a verb coded 01–13 (statements, appeals, accusations, rejections, threats) or a speech verb ("but said"). */
function isVerbalAct(st: SentenceState, i: number): boolean {
  const code = st.byToken.get(i)?.pattern.cameo;
  return code ? rulesOf(code).rootNumber <= 13 : st.toks[i]!.pos === 'VERB' && st.isSpeech(i);
}

/** "will visit Mauritania and Senegal to mediate": the verb a purpose infinitive follows, past its object. */
export function purposeOf(st: SentenceState, i: number): number | null {
  const { view, toks } = st;
  let j = i - 1;
  while (j > view.start && toks[j]!.pos === 'ADV') j--;
  if (toks[j]?.lower !== 'to' || controller(st, i) !== null) return null;
  const cs = st.ct.clauseStart(i);
  for (let v = j - 1; v >= Math.max(cs, j - 12); v--) {
    const t = toks[v]!;
    if (t.pos === 'VERB' && !view.mentionAt.has(v) && !adjectival(view, v)) return v;
    if (t.text === ',' || t.pos === 'AUX') return null;
  }
  return null;
}

/**
 * "accused Rwanda of sending troops", "blamed Hamas for attacking": the one accused does what the
 * gerund after "of"/"for" says.
 */
export function accusedOf(st: SentenceState, i: number, verbs: ReadonlySet<string> = OBJECT_DOES): MentionRef | null {
  const { toks, view } = st;
  const prep = toks[i - 1];
  if (!toks[i]!.lower.endsWith('ing') || !prep || (prep.lower !== 'of' && prep.lower !== 'for')) return null;
  const ref = view.mentionAt.get(i - 2);
  if (!ref || ref.start - 1 < view.start) return null;
  const verb = toks[ref.start - 1]!;
  return verb.pos === 'VERB' && verbs.has(verb.lemma) ? ref : null;
}

/** "Hungary has said it will support": a subject pronoun in a reported clause is the speaker. */
function pronounSpeaker(st: SentenceState, i: number): MentionRef | null {
  const { view, toks } = st;
  let g = i - 1;
  while (g > view.start && (toks[g]!.pos === 'AUX' || toks[g]!.pos === 'ADV' || toks[g]!.pos === 'PART')) g--;
  const p = toks[g];
  if (!p || p.pos !== 'PRON' || !SUBJECT_PRONOUNS.has(p.lower)) return null;
  for (let j = g - 1; j >= view.start; j--) {
    if (st.isSpeech(j)) {
      for (let b = j + 1; b < g; b++) {
        const t = toks[b]!;
        if (!(t.lower === 'that' || t.pos === 'ADP' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADV' || t.pos === 'NUM' || t.text === ',')) return null;
      }
      return subjectOf(st, j);
    }
  }
  return null;
}

/** First-person subject pronouns: in a quotation or reported clause, the speaker (or the speaker's side). */
const FIRST_PERSON = new Set(['we', 'i']);

/**
 * "'We cannot accept this result as legitimate,' Colin Powell said", "Kim Jong Un said that we will wait": a verb
 * whose subject is "we" or "I" is the act of the sentence's speaker, the subject of its speech verb.
 */
function firstPersonSpeaker(st: SentenceState, i: number): MentionRef | null {
  const { view, toks } = st;
  let g = i - 1;
  while (g > view.start && (toks[g]!.pos === 'AUX' || toks[g]!.pos === 'ADV' || toks[g]!.pos === 'PART')) g--;
  if (g < view.start || !FIRST_PERSON.has(toks[g]!.lower) || toks[g]!.pos !== 'PRON') return null;
  // the speech verb after the quotation ("..., Powell said") or before it ("Powell said: 'We ...'")
  let speech = -1;
  for (const j of st.speechAt) if (j > i) { speech = j; break; }
  if (speech < 0) for (const j of st.speechAt) if (j < g) speech = j;
  return speech >= 0 && speech !== i ? subjectOf(st, speech) : null;
}

/** For a verb in a to-infinitive (`refused to talk`), the verb that governs it. */
/** How far back from "and to" the first infinitive may start. */
const INFINITIVE_REACH = 14;

/** The verb governing the infinitive before the conjunction at `and` ("agreed to X and to Y"), if any. */
function coordinatedInfinitive(st: SentenceState, and: number): number | null {
  const { view, toks } = st;
  for (let k = and - 1; k > Math.max(view.start, and - INFINITIVE_REACH); k--) {
    const t = toks[k]!;
    if (t.text === ',' || t.text === ';' || t.pos === 'SCONJ') return null;
    if (t.lower !== 'to') continue;
    let v = k + 1;
    while (v < and && toks[v]!.pos === 'ADV') v++;
    return v < and && toks[v]!.pos === 'VERB' ? controller(st, v) : null;
  }
  return null;
}

/** Quote marks that may open a quoted infinitive. */
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '``']);

/** Prepositions that open a date between a verb and its infinitive. */
const DATE_PREPOSITIONS_BEFORE_TO = new Set(['on', 'in', 'until', 'by']);

/** Times of day after a date ("on Wednesday night"). */
const TIMES_OF_DAY = new Set(['night', 'morning', 'evening', 'afternoon']);

/** Prepositions that open where something happened. */
const PLACE_PREPOSITIONS = new Set(['in', 'at']);

/**
 * Where "in <place>" starts when token `h` ends the name of a place of the sentence ("in Havana",
 * "at Camp David"), or -1.
 */
function placePhraseStart(st: SentenceState, h: number): number {
  const { toks, view } = st;
  const offset = toks[h]!.span[0];
  if (!st.places.some((p) => p.span[0] <= offset && offset < p.span[1])) return -1;
  let k = h;
  while (k > view.start && toks[k - 1]!.pos === 'PROPN' && !view.mentionAt.has(k - 1)) k--;
  if (toks[k - 1]?.lower === 'the') k--;
  return k > view.start && PLACE_PREPOSITIONS.has(toks[k - 1]!.lower) ? k - 1 : -1;
}

export function controller(st: SentenceState, i: number): number | null {
  const { view, toks, byToken } = st;
  let j = i - 1;
  // (past a quote mark: threatened to "declare war")
  while (j >= view.start && (toks[j]!.pos === 'ADV' || OPENING_QUOTES.has(toks[j]!.text))) j--;
  if (j < view.start || toks[j]!.lower !== 'to') return null;
  // past adverbs and auxiliaries, and past the object of an object-control verb ("asked the Taliban to")
  let sawObject = false;
  // past a place only a verb that takes a clause governs the infinitive ("pledged in Havana to conclude");
  // otherwise it is a purpose ("arrived in Kabul to meet")
  let sawPlace = false;
  for (let h = j - 1; h >= Math.max(view.start, j - 16); h--) {
    const t = toks[h]!;
    // "threatened on Wednesday to launch": a date between the verb and its infinitive
    // ("gave the coup leaders until Sunday to step down": a deadline too)
    if (DATE_WORDS.has(t.lower) || (DATE_PREPOSITIONS_BEFORE_TO.has(t.lower) && DATE_WORDS.has(toks[h + 1]?.lower ?? ''))) continue;
    // "agreed early on Tuesday to give": "early"/"late" before a date is part of it, not an adjective governing "to"
    if ((t.lower === 'early' || t.lower === 'late') && (toks[h + 1]?.lower === 'on' || DATE_WORDS.has(toks[h + 1]?.lower ?? ''))) continue;
    // "voted 51 to 48 on Wednesday night to reject": a tally and a time of day
    if (t.pos === 'NUM' || (t.lower === 'to' && toks[h - 1]?.pos === 'NUM' && toks[h + 1]?.pos === 'NUM')
      || (TIMES_OF_DAY.has(t.lower) && DATE_WORDS.has(toks[h - 1]?.lower ?? ''))) continue;
    const inMention = view.mentionAt.has(h);
    // "pledged in Havana on Wednesday to conclude": a place where the verb happened, between it and its infinitive
    if (!inMention && t.pos === 'PROPN') {
      const at = placePhraseStart(st, h);
      if (at >= 0) { h = at; sawPlace = true; continue; }
    }
    // a gerund after "of" is a verb whatever wink tagged it ("accused Rwanda of sending troops to fight")
    const gerund = t.pos === 'NOUN' && t.lower.endsWith('ing') && (toks[h - 1]?.lower === 'of' || toks[h - 1]?.lower === 'for');
    if (!inMention && (t.pos === 'VERB' || gerund || (t.pos === 'ADJ' && !sawObject) || (t.pos === 'NOUN' && byToken.has(h)))) {
      // past an object only appeals, demands, promises, threats and patterns with "X to" govern the
      // infinitive ("urged X to"); otherwise it is a purpose ("will visit Mauritania and Senegal to mediate")
      const outer = byToken.get(h);
      const governs = !outer || rulesOf(outer.pattern.cameo ?? '').clauseTaking
        || outer.pattern.elements.some((e) => e.kind === 'word' && e.alts.includes('to'));
      if (sawObject && !governs) return null;
      if (sawPlace && !(outer && rulesOf(outer.pattern.cameo ?? '').clauseTaking)) return null;
      return h;
    }
    if (inMention) { sawObject = true; continue; }
    if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') continue;
    // "agreed to silence the guns and to disarm the fighters": a second infinitive shares the first one's verb
    if (!sawObject && t.pos === 'CCONJ') return coordinatedInfinitive(st, h);
    // "called on Washington to", "appealed to the UN to": the verb's particle before its object
    if (sawObject && t.pos === 'ADP' && h > view.start && toks[h - 1]!.pos === 'VERB') continue;
    // a compound object: "urged the army chief and the RSF commander to stop"
    if (sawObject && (t.pos === 'CCONJ' || t.text === ',')) continue;
    // (and a noun modifying it: "the coup leaders")
    if (sawObject && (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN')) continue;
    return null;
  }
  return null;
}
