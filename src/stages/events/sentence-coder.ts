// Codes the events of one sentence: finds triggers, their source and target, modality, date and place.
import type { DateMention, DyadEvent, EventDate, Modality, PlaceMention, Token } from '../../model/types.js';
import { layer, type Doc, type StageContext } from '../../pipeline/stage.js';
import { compoundGroup, type MentionRef, type SentenceView } from './sentence-view.js';
import { ClauseMemo, clauseTools, findAgent, findSubject, type ClauseTools } from './clauses.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { modalityOf } from './modality.js';
import type { EventKnowledge } from './knowledge.js';
import { adjectival, afterNounTo, DATE_WORDS, gerundInPhrase, hasUnless, inCompound, participialModifier, participleForm, speechVerbAt, SUBJECT_PRONOUNS } from './word-cues.js';
import { bindPossessive, hasCode, ownForces, placeTarget, sameActor, sameEntity } from './event-actors.js';
import { eventDate, eventLocation, isHistorical, isReported } from './event-context.js';
import { buildEvent } from './event-record.js';
import { nominalActors } from './nominal-events.js';
import { theTwo } from './the-two.js';
import { TokenTable } from './token-table.js';
import { OBLIGATION_WORDS, OBLIGATION_PHRASE, OBLIGATION, INTERNATIONAL_CODE, rulesOf } from './code-rules.js';

const NONE: readonly never[] = [];
/** Verbs whose object does what an "of"/"for" gerund after it says ("accused X of attacking", "praised X for mediating"). */
const OBJECT_DOES = new Set(['accuse', 'suspect', 'blame', 'charge', 'convict', 'condemn', 'criticize', 'criticise', 'praise', 'thank', 'punish', 'sanction']);
/** Prepositions that introduce what a joint act is about ("talks on trade", "intelligence about smugglers"). */
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'regarding', 'concerning', 'over']);
/** Before an actor after a joint act: its host or witness ("under the auspices of X", "brokered by X"). */
const WITNESS_PREPOSITIONS = new Set(['of', 'by']);
/** Of those, the ones that only allege what the gerund says. */
const ALLEGING = new Set(['accuse', 'suspect', 'blame', 'charge']);
/** No actor on that side: one pair with null. */
/** How far back from a to-infinitive its request word may be ("a last-minute appeal from U.N. Secretary-General ... to"). */
const REQUEST_REACH = 14;
/** "an appeal from X to", "called on X to", "pressure by X on Y to". */
const REQUEST_PREPOSITIONS = new Set(['from', 'by', 'of', 'on', 'to', 'for']);
/** Sectors of the state itself: their own rallies are not protests. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG']);
/** Plural person nouns wink may tag as verbs after a noun. */
const PERSON_NOUNS = new Set(['suspects', 'survivors', 'victims', 'leaders', 'organizers', 'organisers', 'plotters']);
const NO_ACTOR: readonly (MentionRef | null)[] = [null];

/** Items by the sentence they are in, in document order; a sentence without any shares one empty list. */
export function groupBySentence<T extends { sentence: number }>(items: readonly T[], sentenceCount: number): (readonly T[])[] {
  const out: (readonly T[])[] = new Array(sentenceCount).fill(NONE);
  for (const item of items) {
    const list = out[item.sentence];
    if (list === undefined) continue; // outside the document's sentences: no sentence would see it
    if (list === NONE) out[item.sentence] = [item];
    else (list as T[]).push(item);
  }
  return out;
}

/**
 * Token facts the sentences of a document work out lazily, by token index: clause structure, and
 * whether a token is a reporting speech verb (0 not yet known, 1 no, 2 yes). The stage reuses one
 * set of arrays, cleared per document, rather than allocate them.
 */
export class TokenCaches {
  readonly clauses = new ClauseMemo();
  speech = new Int8Array(256);

  reset(tokenCount: number): void {
    this.clauses.reset(tokenCount);
    if (this.speech.length < tokenCount) this.speech = new Int8Array(Math.max(tokenCount, this.speech.length * 2));
    else this.speech.fill(0, 0, tokenCount);
  }
}

/** The actors, code and rule a trigger match has been found to have, as its coding proceeds. */
interface Coding {
  source: MentionRef | null;
  target: MentionRef | null;
  code: string;
  rule: string;
  /** Coded as a passive: its target is not replaced by a place. */
  passive: boolean;
}

/** What the events of one trigger share, whichever pair of actors each is for. */
interface EventFacts {
  m: TriggerMatch;
  code: string;
  date: EventDate | null;
  location: PlaceMention | null;
  modality: Modality;
  reported: boolean;
  rule: string;
}

/**
 * Codes sentences, one at a time. The helpers are methods rather than closures, and the stage keeps
 * one coder whose tables are cleared for each sentence, so that a sentence allocates little; the
 * helpers share the sentence's triggers, speech verbs and subjects.
 */
export class SentenceCoder {
  // the sentence being coded and where its events go, set by `code`
  private doc!: Doc;
  private view!: SentenceView;
  private text = '';
  /** The dates and places of this sentence. */
  private dates: readonly DateMention[] = NONE;
  private places: readonly PlaceMention[] = NONE;
  private out: DyadEvent[] = [];
  private ctx!: StageContext;
  private toks: readonly Token[] = [];
  private ct!: ClauseTools;
  private speechAt: number[] = [];
  /** Trigger matches by trigger token. */
  private readonly byToken = new TokenTable<TriggerMatch>();
  /** Tokens a match consumed besides its trigger word. */
  private readonly consumed = new TokenTable<true>();
  private readonly subjects = new TokenTable<MentionRef | null>();
  private readonly innerOf = new TokenTable<TriggerMatch>();
  private readonly speechTest = (i: number): boolean => this.isSpeech(i);
  private readonly clauseEndOf = (i: number): number => this.ct.clauseEnd(i);
  private readonly subjectOfVerb = (i: number): MentionRef | null => this.subjectOf(i);
  /** The actions coded so far in the document (not statements or appeals), with who did them, for "welcomed the decision". */
  private actions: { sentence: number; at: number; source: MentionRef }[] = [];
  private actionsOf: Doc | null = null;

  constructor(private readonly k: EventKnowledge, private readonly caches: TokenCaches) {}

  /** Codes one sentence of `doc` into `out`. */
  code(
    doc: Doc, view: SentenceView, text: string, dates: readonly DateMention[], places: readonly PlaceMention[],
    out: DyadEvent[], ctx: StageContext,
  ): void {
    if (doc !== this.actionsOf) {
      this.actions = [];
      this.actionsOf = doc;
    }
    this.doc = doc;
    this.view = view;
    this.text = text;
    this.dates = dates;
    this.places = places;
    this.out = out;
    this.ctx = ctx;
    this.toks = view.tokens;
    this.ct = clauseTools(view, this.k.grammar, this.speechTest, this.caches.clauses);
    this.speechAt = [];
    this.byToken.reset(view.start, view.end);
    this.consumed.reset(view.start, view.end);
    this.subjects.reset(view.start, view.end);
    this.innerOf.reset(view.start, view.end);
    const { toks, byToken, consumed, speechAt } = this;
    const matches = findTriggers(view, this.k.lexicon, this.clauseEndOf);
    // only a verb of speech makes a speech event (isSpeech is false for any other part of speech)
    for (let i = view.start; i < view.end; i++) if (toks[i]!.pos === 'VERB' && this.isSpeech(i)) speechAt.push(i);
    // with neither a trigger nor a speech verb, no rule below can code anything
    if (matches.length === 0 && speechAt.length === 0) return;
    for (const m of matches) byToken.set(m.at, m);
    for (const m of matches) for (const c of m.consumed) if (c !== m.at) consumed.set(c, true);
    // verbs governed by an event verb ("willing to withdraw", "threatened to ban"): the outer event
    // takes the inner one's object and, for intents and threats, its more specific code
    for (const m of matches) {
      const h = this.controller(m.at);
      if (h !== null && byToken.has(h) && !this.innerOf.has(h)) this.innerOf.set(h, m);
    }
    for (const m of matches) this.codeMatch(m);
    this.codeWarnings();
    this.codeObligations();
    this.codeStatements();
  }

  private isSpeech(i: number): boolean {
    const known = this.caches.speech[i]!;
    if (known !== 0) return known === 2;
    const v = speechVerbAt(this.view, i, this.k);
    this.caches.speech[i] = v ? 2 : 1;
    return v;
  }

  private subjectOf(i: number): MentionRef | null {
    const { view, toks, ct, subjects } = this;
    if (subjects.has(i)) return subjects.get(i)!;
    subjects.set(i, null); // guards against cycles through control chains
    // "Australian police investigating the bombings": the described object does what its participle says
    if (toks[i]!.lower.endsWith('ing') && view.mentionAt.has(i - 1) && this.describesObject(i)) {
      const described = view.mentionAt.get(i - 1)!;
      subjects.set(i, described);
      return described;
    }
    const coordinated = this.coordinatedWith(i);
    const purpose = coordinated === null ? this.purposeOf(i) : null;
    let subj = coordinated !== null ? this.subjectOf(coordinated) : purpose !== null ? this.subjectOf(purpose) : null;
    // "A roadside bombing killed one U.S. soldier and wounded two others": a verb after "and" shares the
    // first verb's subject even when that is no actor; the nearest actor before it is that verb's object
    if (coordinated === null) subj ??= this.accusedOf(i) ?? findSubject(view, ct, i, this.k.grammar);
    const head = this.controller(i);
    if (!subj && head !== null) subj = this.subjectOf(head);
    if (!subj) {
      // a participle or coordinated verb shares the subject of the verb before it ("..., charging")
      const cs = ct.clauseStart(i);
      const prevTok = toks[cs - 1];
      if (cs === view.start || (prevTok && (prevTok.text === ',' || prevTok.lower === 'and'))) {
        for (let j = i - 1; j >= view.start; j--) {
          if ((toks[j]!.pos === 'VERB') && j < cs) { subj = this.subjectOf(j); break; }
        }
      }
    }
    if (!subj) subj = this.pronounSpeaker(i);
    subjects.set(i, subj);
    return subj;
  }

  /**
   * A past participle right after the noun it describes, with no object of its own, is a passive:
   * "There were 10 Russian soldiers killed in Ukraine", "The civilians imprisoned for ... were released".
   */
  private reducedPassive(i: number): boolean {
    const { view, toks, ct } = this;
    const t = toks[i]!;
    if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !participleForm(t.lower) || ct.isPassive(i)) return false;
    const before = view.mentionAt.get(i - 1);
    const next = toks[i + 1];
    if (next && next.pos !== 'ADP' && next.pos !== 'SCONJ' && next.pos !== 'PUNCT' && next.pos !== 'ADV') return false;
    // "deported Palestinians accused of ...", "violating the ceasefire agreed in April"
    if (this.describesObject(i)) return true;
    if (!before) return false;
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

  /**
   * A participle right after the object of an earlier verb of its clause describes that object, as a
   * reduced relative clause: "deported Palestinians accused of collaborating", "arrested three Algerians
   * wanted in France", "shared information with Australian police investigating the bombings",
   * "violating the ceasefire agreed in April". Not the clause's own verb, and not a subject's.
   */
  private describesObject(i: number): boolean {
    const { view, toks, ct } = this;
    const t = toks[i]!;
    if (t.pos !== 'VERB' && t.pos !== 'ADJ') return false;
    if (!t.lower.endsWith('ing') && !participleForm(t.lower)) return false;
    const prev = toks[i - 1];
    if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN' && !view.mentionAt.has(i - 1))) return false;
    const head = view.mentionAt.get(i - 1)?.start ?? i - 1;
    const cs = ct.clauseStart(i);
    for (let j = head - 1; j >= cs; j--) {
      const p = toks[j]!.pos;
      if ((p === 'VERB' || p === 'AUX') && !view.mentionAt.has(j) && !adjectival(view, j)) return true;
    }
    return false;
  }

  /** "removing the sanctions is out of the question": a gerund opening its clause is its subject, not an event. */
  private gerundSubject(i: number): boolean {
    const { view, toks } = this;
    return toks[i]!.lower.endsWith('ing') && this.ct.clauseStart(i) === i && i > view.start && toks[i - 1]!.text !== ',';
  }

  /** "made the withdrawal of the troops an important objective": the action is a goal, not done. */
  private madeAGoal(i: number): boolean {
    const { view, toks } = this;
    let j = i - 1;
    while (j > view.start && (toks[j]!.pos === 'DET' || toks[j]!.pos === 'ADJ')) j--;
    if (toks[j]?.lemma !== 'make') return false;
    const ce = Math.min(this.ct.clauseEnd(i), i + 20);
    for (let q = i + 1; q < ce; q++) if (this.k.grammar.has(toks[q]!.lemma, 'goal')) return true;
    return false;
  }

  /** "X killed A and wounded B": the verb before `and` whose subject the verb at i shares. */
  private coordinatedWith(i: number): number | null {
    const { view, toks, ct } = this;
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
      if (this.describesObject(v)) continue;
      // "Makolo denied that Rwandan soldiers were fighting and accused Kinshasa": a verbal act after
      // "and" belongs with the speaker's own verb, not with the verb of what the speaker reported
      const speech = this.reportingVerb(v);
      if (speech !== null && this.isVerbalAct(i)) return speech;
      return v;
    }
    // "Pompeo said the move was a mistake and called on ...": the speech verb opening the clause
    if (cs > view.start && this.isSpeech(cs - 1) && !view.mentions.some((r) => r.start >= cs && r.end <= j)) return cs - 1;
    return null;
  }

  /** The speech verb whose reported clause holds token v, if any. */
  private reportingVerb(v: number): number | null {
    for (let s = v - 1; s >= this.view.start; s--) if (this.isSpeech(s) || (this.byToken.get(s)?.pattern.cameo ?? '').startsWith('01')) return s;
    return null;
  }

  /** A verbal act: a verb coded 01–13 (statements, appeals, accusations, rejections, threats) or a speech verb ("but said"). */
  private isVerbalAct(i: number): boolean {
    const code = this.byToken.get(i)?.pattern.cameo;
    return code ? rulesOf(code).rootNumber <= 13 : this.toks[i]!.pos === 'VERB' && this.isSpeech(i);
  }

  /** "will visit Mauritania and Senegal to mediate": the verb a purpose infinitive follows, past its object. */
  private purposeOf(i: number): number | null {
    const { view, toks } = this;
    let j = i - 1;
    while (j > view.start && toks[j]!.pos === 'ADV') j--;
    if (toks[j]?.lower !== 'to' || this.controller(i) !== null) return null;
    const cs = this.ct.clauseStart(i);
    for (let v = j - 1; v >= Math.max(cs, j - 12); v--) {
      const t = toks[v]!;
      if (t.pos === 'VERB' && !view.mentionAt.has(v) && !adjectival(view, v)) return v;
      if (t.text === ',' || t.pos === 'AUX') return null;
    }
    return null;
  }

  /** The default object of verb i: the first actor after it, before a comma or a new verb phrase. */
  private objectOf(i: number, source: MentionRef | null): MentionRef | null {
    const end = this.objectLimit(i);
    let fallback: MentionRef | null = null;
    for (const ref of this.view.mentions) {
      if (ref.start <= i || ref.start >= end || ref === source) continue;
      // "to fight alongside the rebels", "together with Russia": a partner, not the one acted on
      if (this.isPartner(ref.start)) continue;
      // prefer an actor with a country over a bare agent ("mobilized army reservists ... against Iraq")
      if (ref.mention.country || INTERNATIONAL_CODE.test(ref.mention.code ?? '')) return ref;
      fallback ??= ref;
    }
    return fallback;
  }

  /**
   * "accused Rwanda of sending troops", "blamed Hamas for attacking": the one accused does what the
   * gerund after "of"/"for" says.
   */
  private accusedOf(i: number, verbs: ReadonlySet<string> = OBJECT_DOES): MentionRef | null {
    const { toks, view } = this;
    const prep = toks[i - 1];
    if (!toks[i]!.lower.endsWith('ing') || !prep || (prep.lower !== 'of' && prep.lower !== 'for')) return null;
    const ref = view.mentionAt.get(i - 2);
    if (!ref || ref.start - 1 < view.start) return null;
    const verb = toks[ref.start - 1]!;
    return verb.pos === 'VERB' && verbs.has(verb.lemma) ? ref : null;
  }

  /** The verb at i, or one it is the purpose or complement of ("sending troops to fight"), is what someone is accused of. */
  private alleged(i: number): boolean {
    for (let v: number | null = i, depth = 0; v !== null && depth < 4; v = this.controller(v) ?? this.purposeOf(v), depth++) {
      if (this.accusedOf(v, ALLEGING)) return true;
    }
    return false;
  }

  /** The first actor of an "if"/"unless" clause after token i, within the sentence, when it is not `source`. */
  private conditionSubject(i: number, source: MentionRef): MentionRef | null {
    const { toks, view, k } = this;
    for (let j = i + 1; j < Math.min(view.end, i + OBJECT_REACH); j++) {
      if (toks[j]!.lower !== 'if' && toks[j]!.lower !== 'unless') continue;
      if (!k.grammar.has(toks[j]!.lower, 'condition')) return null;
      const ref = view.mentionAt.get(j + 1) ?? view.mentionAt.get(j + 2) ?? view.mentionAt.get(j + 3);
      return ref && ref.start > j && !sameActor(ref, source) ? ref : null;
    }
    return null;
  }

  /** The word before the noun phrase that ends in the mention at `start` ("on" for "on drug traffickers"). */
  private wordBeforePhrase(start: number): string {
    const { toks, view } = this;
    let p = start - 1;
    while (p > view.start && (toks[p]!.pos === 'DET' || toks[p]!.pos === 'ADJ' || toks[p]!.pos === 'NOUN' || toks[p]!.pos === 'NUM')) p--;
    return toks[p]?.lower ?? '';
  }

  /** The mention starting at `start` follows "alongside", "together with" or "along with". */
  private isPartner(start: number): boolean {
    const { toks, view } = this;
    let p = start - 1;
    if (p > view.start && (toks[p]!.pos === 'DET' || toks[p]!.pos === 'NUM')) p--;
    const w = toks[p]?.lower;
    if (w === 'alongside') return true;
    const before = toks[p - 1]?.lower;
    return w === 'with' && (before === 'together' || before === 'along');
  }

  private objectLimit(i: number): number {
    const { view, toks } = this;
    // an object sits near its verb; further on, actors belong to other phrases
    const ce = Math.min(this.ct.clauseEnd(i), i + OBJECT_REACH);
    for (let j = i + 1; j < ce; j++) {
      const t = toks[j]!;
      if (t.text === ',' && !view.mentionAt.has(j) && !this.listComma(j)) return j;
      if ((t.lower === 'and' || t.lower === 'but') && (toks[j + 1]?.pos === 'AUX' || toks[j + 1]?.pos === 'VERB')) return j;
    }
    return ce;
  }

  /** "delivered food, water and medicine to X": a comma between two plain nouns joins a list. */
  private listComma(j: number): boolean {
    const { view, toks } = this;
    const prev = toks[j - 1];
    const next = toks[j + 1];
    return !!prev && !!next && prev.pos === 'NOUN' && next.pos === 'NOUN' && !view.mentionAt.has(j - 1) && !view.mentionAt.has(j + 1);
  }

  /** "demanded that Hamas renounce ...": the subject of the that-clause is the target. */
  private thatClauseSubject(i: number): MentionRef | null {
    const { view, toks } = this;
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
  private pronounSpeaker(i: number): MentionRef | null {
    const { view, toks } = this;
    let g = i - 1;
    while (g > view.start && (toks[g]!.pos === 'AUX' || toks[g]!.pos === 'ADV' || toks[g]!.pos === 'PART')) g--;
    const p = toks[g];
    if (!p || p.pos !== 'PRON' || !SUBJECT_PRONOUNS.has(p.lower)) return null;
    for (let j = g - 1; j >= view.start; j--) {
      if (this.isSpeech(j)) {
        for (let b = j + 1; b < g; b++) {
          const t = toks[b]!;
          if (!(t.lower === 'that' || t.pos === 'ADP' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADV' || t.pos === 'NUM' || t.text === ',')) return null;
        }
        return this.subjectOf(j);
      }
    }
    return null;
  }

  /** For a verb in a to-infinitive (`refused to talk`), the verb that governs it. */
  private controller(i: number): number | null {
    const { view, toks, byToken } = this;
    let j = i - 1;
    while (j >= view.start && toks[j]!.pos === 'ADV') j--;
    if (j < view.start || toks[j]!.lower !== 'to') return null;
    // past adverbs and auxiliaries, and past the object of an object-control verb ("asked the Taliban to")
    let sawObject = false;
    for (let h = j - 1; h >= Math.max(view.start, j - 16); h--) {
      const t = toks[h]!;
      // "threatened on Wednesday to launch": a date between the verb and its infinitive
      if (DATE_WORDS.has(t.lower) || ((t.lower === 'on' || t.lower === 'in') && DATE_WORDS.has(toks[h + 1]?.lower ?? ''))) continue;
      const inMention = view.mentionAt.has(h);
      // a gerund after "of" is a verb whatever wink tagged it ("accused Rwanda of sending troops to fight")
      const gerund = t.pos === 'NOUN' && t.lower.endsWith('ing') && (toks[h - 1]?.lower === 'of' || toks[h - 1]?.lower === 'for');
      if (!inMention && (t.pos === 'VERB' || gerund || (t.pos === 'ADJ' && !sawObject) || (t.pos === 'NOUN' && byToken.has(h)))) {
        // past an object only appeals, demands, promises, threats and patterns with "X to" govern the
        // infinitive ("urged X to"); otherwise it is a purpose ("will visit Mauritania and Senegal to mediate")
        const outer = byToken.get(h);
        const governs = !outer || rulesOf(outer.pattern.cameo ?? '').clauseTaking
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

  /** One trigger match: its source, target, code and modality, and the events they make. */
  private codeMatch(m: TriggerMatch): void {
    const i = m.at;
    if (this.consumed.has(i) || this.notAnAction(m)) return;
    // an event verb governed by another event verb is part of it ("threatened to ban")
    const head = this.controller(i);
    if (head !== null && this.byToken.has(head)) return;
    if (m.kind === 'verb' && this.notDone(i, head)) return;
    // "went on hunger strike to demand the release of ...": a protest's purpose is part of the protest
    if (m.kind === 'verb' && rulesOf(m.pattern.cameo ?? '').root === '10') {
      const p = this.purposeOf(i);
      const protest = p !== null ? this.byToken.get(p) : undefined;
      if (protest?.pattern.cameo && rulesOf(protest.pattern.cameo).root === '14') return;
    }
    const code = m.pattern.cameo;
    if (!code) return;
    const coding = m.kind === 'noun' ? this.nounCoding(m, code)
      : this.ct.isPassive(i) || this.reducedPassive(i) ? this.passiveCoding(m, code) : this.activeCoding(m, code);
    if (!coding) return;
    // "Iran insisted that its programme was peaceful" states; "insisted that Iraq give access" demands
    if (m.kind === 'verb' && this.isSpeech(i) && this.toks[m.end - 1]?.lower === 'that' && !this.subjunctiveFrom(m.end)) return;
    // "Soviet troops left Kabul" is a withdrawal; a president leaving after a visit is not
    // (and the slot is where they leave, not whom they leave behind: "leaving just 100 UN troops")
    if (m.pattern.sourceSectors && (!m.pattern.sourceSectors.includes(coding.source?.mention.sector ?? '')
      || (m.slot !== coding.source && m.pattern.sourceSectors.includes(m.slot?.mention.sector ?? '')))) return;
    this.armedObstruction(m, coding);
    this.settleTarget(m, coding);
    if (!hasCode(coding.source) && !hasCode(coding.target)) {
      // "why was nothing coded?": say which action found no political actor
      const t = this.toks[i]!;
      this.ctx.report(`"${t.text}" matched ${coding.rule} but no actor with a code was found as its source or target`, t.span, coding.rule);
      return;
    }
    this.emitCoded(m, head, coding);
  }

  /**
   * "Russian troops stormed the parliament building": storming, occupying or blockading a building is a
   * crowd's protest (14) in the lexicon, but done by armed forces it is the verb's plain, forceful code.
   */
  private armedObstruction(m: TriggerMatch, coding: Coding): void {
    const sector = coding.source?.mention.sector;
    if (m.kind !== 'verb' || (sector !== 'MIL' && sector !== 'REB') || rulesOf(coding.code).root !== '14') return;
    const plain = this.k.lexicon.byTrigger.get(`v:${m.pattern.trigger.words[0]}`)
      ?.find((p) => p.elements.length === 0 && p.trigger.words.length === 1 && p.cameo);
    if (!plain?.cameo || rulesOf(plain.cameo).rootNumber < 15) return;
    coding.code = plain.cameo;
    coding.rule = coding.rule.replace(`verb/${m.pattern.id}`, `verb/${plain.id}`) + '/armed';
  }

  /**
   * Whether the clause from token `j` (after "that") asks for an act with a bare verb ("that Iraq give
   * access"). An auxiliary says it does not; "that Ukraine must withdraw" is coded as an obligation.
   */
  private subjunctiveFrom(j: number): boolean {
    const { toks, view } = this;
    const end = Math.min(view.end, j + 12);
    for (let q = j; q < end; q++) {
      const t = toks[q]!;
      if (t.pos === 'AUX') return false;
      if (t.pos === 'VERB') return t.lemma === t.lower && !t.lower.endsWith('ed') && !t.lower.endsWith('s');
    }
    return false;
  }

  /** A trigger that is a word, not an action: part of a compound, or a participle or gerund that only describes. */
  private notAnAction(m: TriggerMatch): boolean {
    const { view } = this;
    const i = m.at;
    return inCompound(view, i) || (m.kind === 'verb' && (adjectival(view, i) || gerundInPhrase(view, i) || this.gerundSubject(i) || participialModifier(view, i)))
      || (m.kind === 'noun' && this.nounModifier(m));
  }

  /** "genocide suspects", "protest leaders", "ceasefire talks": an event noun before another noun only describes it. */
  private nounModifier(m: TriggerMatch): boolean {
    const head = m.consumed[m.pattern.trigger.words.length - 1] ?? m.at;
    const next = this.toks[head + 1];
    if (head + 1 >= this.view.end || !next) return false;
    // "launched a mediation effort", "staged a protest march": after a light verb the compound names the act
    let b = m.at - 1;
    while (b > this.view.start && (this.toks[b]!.pos === 'DET' || this.toks[b]!.pos === 'ADJ' || this.toks[b]!.pos === 'NUM')) b--;
    if (b >= this.view.start && this.toks[b]!.pos === 'VERB' && this.k.grammar.has(this.toks[b]!.lemma, 'light')) return false;
    const c = next.text.charCodeAt(0);
    const lower = c >= 97 && c <= 122;
    // wink tags some plural person nouns as verbs ("genocide suspects")
    return lower && (next.pos === 'NOUN' || (next.pos === 'VERB' && PERSON_NOUNS.has(next.lower)));
  }

  /** A verb whose action did not (or not knowably) take place; `head` is the verb governing it, if any. */
  private notDone(i: number, head: number | null): boolean {
    // a to-infinitive after a plain noun ("any agreement to withdraw") has no subject we can trust
    if (head === null && afterNounTo(this.view, i)) return true;
    // what a demand, appeal, promise or threat asks for has not happened ("demanded that X leave")
    return this.wantedClause(i) || this.askedFor(i);
  }

  /**
   * "rejected an appeal from the UN to withdraw", "imposed an embargo to force it to withdraw": the
   * to-infinitive of a request word (grammar class `request`), past the one asked, names what is
   * asked, not what was done. An implicative verb ("forced X to withdraw") leaves it undone only when
   * the forcing is itself a purpose ("to force it to").
   */
  private askedFor(i: number): boolean {
    const { view, toks, k } = this;
    let j = i - 1;
    while (j > view.start && toks[j]!.pos === 'ADV') j--;
    if (toks[j]?.lower !== 'to') return false;
    for (let h = j - 1; h >= Math.max(view.start, j - REQUEST_REACH); h--) {
      const t = toks[h]!;
      const word = k.grammar.has(t.lemma, 'request') ? t.lemma : k.grammar.has(t.lower, 'request') ? t.lower : null;
      if (word !== null && (t.pos === 'VERB' || t.pos === 'NOUN')) {
        return k.grammar.value(word, 'request') !== 'asserted' || toks[h - 1]?.lower === 'to';
      }
      if (view.mentionAt.has(h)) continue;
      const p = t.pos;
      if (p === 'PRON' || p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'ADV' || p === 'NOUN' || p === 'PROPN' || t.text === '-') continue;
      // "an appeal from X to", "called on X to"
      if (p === 'ADP' && REQUEST_PREPOSITIONS.has(t.lower)) continue;
      return false;
    }
    return false;
  }

  /** An event noun's actors ("the Taliban's proposal", "talks between X and Y"), or null when it has no source. */
  private nounCoding(m: TriggerMatch, code: string): Coding | null {
    const nominal = nominalActors(this.view, this.ct, m, this.k, this.subjectOfVerb, this.byToken);
    if (!nominal) return null;
    // "the announcement came during a rally in Caracas": a state's own rally, aimed at no one abroad, is no protest
    const { source, target } = nominal;
    if (rulesOf(code).root === '14' && source && STATE_SECTORS.has(source.mention.sector)
      && (!target || target.mention.country === source.mention.country)) return null;
    return { source: nominal.source, target: nominal.target, code, rule: `noun/${m.pattern.id}`, passive: false };
  }

  /** A passive verb's actors: its subject is the target, `by X` the source. */
  private passiveCoding(m: TriggerMatch, code: string): Coding {
    const { view, toks, ct, k } = this;
    const i = m.at;
    // "was pressured by Congress to": a slot filled after "by" is the agent, not the target
    let prep = m.slot ? m.slot.start - 1 : -1;
    if (prep > view.start && toks[prep]!.pos === 'DET') prep--; // "by the Israeli army"
    const slotIsAgent = !!m.slot && k.grammar.has(toks[prep]?.lower ?? '', 'agent-prep');
    const reduced = this.reducedPassive(i);
    const modified = reduced ? view.mentionAt.get(i - 1) ?? null : null;
    // "the ceasefire agreed in April": what the participle describes is no actor, and the clause's subject is not its target
    const target = (slotIsAgent ? null : m.slot) ?? modified ?? (reduced && this.describesObject(i) ? null : this.subjectOf(i));
    // a reduced passive's own phrase ends where the clause's verb group begins
    let agentEnd = ct.clauseEnd(i);
    if (modified) for (let j = i + 1; j < agentEnd; j++) if (toks[j]!.pos === 'AUX') { agentEnd = j; break; }
    const source = slotIsAgent ? m.slot : findAgent(view, m.end, agentEnd, k.grammar);
    // "Indian police were put on alert", "reservists were called up": with no agent named, the forces
    // mobilised are the ones that act (CAMEO 15 is coded for the force raising its own posture)
    if (!source && target && rulesOf(code).root === '15') return { source: target, target: null, code, rule: `verb/${m.pattern.id}/passive`, passive: true };
    return { source, target, code, rule: `verb/${m.pattern.id}/passive`, passive: true };
  }

  /** An active verb's actors: its subject, and its slot, its object or the subject of its that-clause. */
  private activeCoding(m: TriggerMatch, code: string): Coding {
    const { toks, ct, k } = this;
    const i = m.at;
    const source = this.subjectOf(i);
    const coding: Coding = { source, target: null, code, rule: `verb/${m.pattern.id}`, passive: false };
    const inner = this.innerOf.get(i);
    if (m.slot) coding.target = m.slot;
    else if (inner?.slot) coding.target = inner.slot;
    // "agrees to reduce violence ...": what follows belongs to the inner verb, so its object is the target
    else if (!m.pattern.noTarget) coding.target = inner ? this.objectOf(inner.at, source) : this.objectOf(i, source) ?? this.thatClauseSubject(i);
    if (inner?.pattern.cameo && k.modalityCodes) {
      const outerRoot = rulesOf(code).root;
      const innerRules = rulesOf(inner.pattern.cameo);
      if ((outerRoot === '03' && code.length <= 3 && innerRules.cooperative) || (outerRoot === '13' && code.length <= 3 && innerRules.rootNumber >= 14)) {
        const refined = k.modalityCodes.shift(inner.pattern.cameo, 'future');
        if (refined) {
          coding.code = refined;
          coding.rule += `+${inner.pattern.id}`;
        }
      }
      if (!coding.target && !inner.pattern.noTarget && innerRules.material) {
        coding.target = placeTarget(this.view, this.places, toks[inner.at]!.span[0], toks[ct.clauseEnd(inner.at) - 1]!.span[1], source);
      }
    }
    return coding;
  }

  /** Drops a target that is the source itself or its own forces; a material action may take a place as target. */
  private settleTarget(m: TriggerMatch, coding: Coding): void {
    const { source } = coding;
    if (source && coding.target && (source === coding.target || sameEntity(source, coding.target))) coding.target = null;
    // "Colombian and Venezuelan officials exchanged intelligence on drug traffickers": in a joint act
    // of a group, "on/about X" is the topic; the members are each other's targets
    if (source && coding.target && rulesOf(coding.code).symmetric && compoundGroup(this.view, source).length > 1
      && TOPIC_PREPOSITIONS.has(this.wordBeforePhrase(coding.target.start))) coding.target = null;
    // "Envoys from Ethiopia and Eritrea held talks under the auspices of the OAU": a host or witness
    // ("of X", "by X") of a joint act is not a party to it
    if (source && coding.target && coding.target !== m.slot && rulesOf(coding.code).symmetric && compoundGroup(this.view, source).length > 1
      && WITNESS_PREPOSITIONS.has(this.wordBeforePhrase(coding.target.start))) coding.target = null;
    if (source && coding.target && ownForces(source, coding.target, coding.code)) coding.target = null;
    const i = m.at;
    // "threatened to close the strait if the United States imposed sanctions": a threat is aimed at
    // whoever must act to avert it, the subject of its "if/unless" clause
    if (source && !coding.target && !m.pattern.noTarget && rulesOf(coding.code).rootNumber === 13) coding.target = this.conditionSubject(i, source);
    const innerMatch = this.innerOf.get(i);
    const rules = rulesOf(coding.code);
    const material = rules.material || rules.placeTarget
      || (!!innerMatch?.pattern.cameo && rulesOf(innerMatch.pattern.cameo).material);
    if (!coding.target && !m.pattern.noTarget && !coding.passive && m.kind === 'verb') {
      const done = this.referencedAction(m, source);
      if (done) {
        coding.target = done;
        coding.rule += '+event-reference';
      }
    }
    if (!coding.target && !m.pattern.noTarget && !coding.passive && material) {
      const { toks } = this;
      coding.target = placeTarget(this.view, this.places, toks[i]!.span[0], toks[this.objectLimit(innerMatch?.at ?? i) - 1]!.span[1], source);
    }
  }

  /**
   * "Shaibani welcomed the decision", "Moscow condemned the move": an object that stands for an action
   * reported just before (this sentence or the one before) points at whoever took it. None when the
   * noun names its own actor ("the decision of the council", "the move by Turkey") or the action was
   * the subject's own.
   */
  private referencedAction(m: TriggerMatch, source: MentionRef | null): MentionRef | null {
    const { toks, view, k } = this;
    let j = m.end;
    if (j < view.end && (toks[j]!.lower === 'the' || toks[j]!.lower === 'this' || toks[j]!.lower === 'that' || toks[j]!.lower === 'these')) j++;
    else return null;
    for (let adj = 0; adj < 2 && j < view.end && toks[j]!.pos === 'ADJ'; adj++) j++;
    const noun = toks[j];
    if (!noun || j >= view.end || noun.pos !== 'NOUN' || !k.grammar.has(noun.lower, 'event-reference')) return null;
    const after = toks[j + 1];
    if (after && j + 1 < view.end && (after.lower === 'of' || after.lower === 'by' || view.mentionAt.has(j + 1))) return null;
    for (let a = this.actions.length - 1; a >= 0; a--) {
      const done = this.actions[a]!;
      if (done.sentence < view.index - 1) break;
      if (done.sentence === view.index && done.at >= m.at) continue;
      if (source && sameActor(done.source, source)) return null;
      return done.source;
    }
    return null;
  }

  /** How sure the text is that the action at i happened (`head` governs it, if any). */
  private modalityAt(m: TriggerMatch, head: number | null): Modality {
    const { view, toks, k } = this;
    const i = m.at;
    let modality = modalityOf(view, this.ct, k.grammar, i, head, m.kind);
    if (m.kind === 'noun' && this.madeAGoal(i)) modality = 'future';
    if (m.kind === 'noun' && modality === 'asserted') modality = this.nounModality(i) ?? modality;
    // "Obama wants Putin to attack": what one actor wants another to do is only hypothetical
    if (head !== null && k.grammar.has(toks[head]!.lemma, 'intent') && view.mentions.some((r) => r.start > head && r.end <= i)) modality = 'hypothetical';
    const partner = this.coordinatedWith(i);
    if (this.deniedBy(i) && !(partner !== null && this.isSpeech(partner))) modality = 'negated';
    // "accused Rwanda of sending troops to fight": what one is accused of is alleged, not asserted
    if (modality === 'asserted' && this.alleged(i)) modality = 'hypothetical';
    // "agreed not to attack": a pattern's "to" right after "not"
    for (const c of m.consumed) if (toks[c]!.lower === 'to' && toks[c - 1]?.lower === 'not') return 'negated';
    return modality;
  }

  /** "a possible U.S. attack on Iraq", "the planned withdrawal": a modal word among an event noun's modifiers. */
  private nounModality(i: number): Modality | null {
    const { view, toks, k } = this;
    for (let j = i - 1; j >= Math.max(view.start, i - 5); j--) {
      const t = toks[j]!;
      const value = k.grammar.value(t.lower, 'modal');
      if (value && (t.pos === 'ADJ' || t.pos === 'VERB')) return value;
      if (!(t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' || view.mentionAt.has(j) || t.text === '-')) return null;
    }
    return null;
  }

  /** The events of a coded match: its modality (which may shift its code), date and place, per pair of actors. */
  private emitCoded(m: TriggerMatch, head: number | null, coding: Coding): void {
    const { doc, view, ct, k } = this;
    const i = m.at;
    let { code, rule, target } = coding;
    const { source } = coding;
    const modality = this.modalityAt(m, head);
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
    const reported = isReported(view, ct, i, this.speechAt);
    const date = eventDate(doc, this.dates, view, ct, i);
    const finalModality = modality === 'asserted' && isHistorical(doc.article.published, date) ? 'historical' : modality;
    const location = eventLocation(this.places, view, ct, i);
    const sources = source ? theTwo(source, view, layer(doc, 'actors')) ?? compoundGroup(view, source) : NO_ACTOR;
    const targets = target ? compoundGroup(view, target) : NO_ACTOR;
    const facts: EventFacts = { m, code, date, location, modality: finalModality, reported, rule };
    const rules = rulesOf(code);
    if (rules.symmetric && !target && sources.length > 1) {
      for (const a of sources) for (const b of sources) if (a !== b) this.emit(facts, a, b);
    } else {
      for (const a of sources) for (const b of targets) if (!(a && b && (a === b || sameEntity(a, b)))) this.emit(facts, a, b);
      // a meeting, a call or a negotiation involves both sides alike: "X met Y" is also Y meeting X
      if (rules.mutual) {
        for (const a of sources) for (const b of targets) if (a && b && !(a === b || sameEntity(a, b))) this.emit(facts, b, a);
      }
    }
  }

  /** Adds the event `facts` describe, from source `a` to target `b`. */
  private emit(facts: EventFacts, a: MentionRef | null, b: MentionRef | null): void {
    const { m, code, date, location, modality, reported, rule } = facts;
    if (a && modality === 'asserted' && !code.startsWith('01') && !code.startsWith('02')) this.actions.push({ sentence: this.view.index, at: m.at, source: a });
    this.out.push(buildEvent(this.k, this.text, this.view, m.consumed, code, a, bindPossessive(a, b), date, location, modality, reported, rule));
  }

  /** "Lavrov denied that Russian forces had attacked": the speaker says it did not happen. */
  private deniedBy(i: number): boolean {
    const { view, toks } = this;
    const cs = this.ct.clauseStart(i);
    for (let j = cs - 1; j >= Math.max(view.start, cs - 2); j--) {
      if (this.k.grammar.has(toks[j]!.lemma, 'denial')) return true;
    }
    return false;
  }

  /** "..., Rahimi warned": a speech verb that attributes the clause before it. */
  private isReportedBefore(v: number): boolean {
    const { view, toks } = this;
    for (let j = v - 1; j >= Math.max(view.start, v - 12); j--) {
      const t = toks[j]!;
      if (t.text === ',' || t.text === '"' || t.text === '”') return true;
      if (!view.mentionAt.has(j) && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADV') return false;
    }
    return false;
  }

  /** True when verb i sits in the that-clause of a demand/appeal/promise/threat verb. */
  private wantedClause(i: number): boolean {
    const { view, toks, ct } = this;
    const open = ct.opener(i);
    if (!open || open.lower !== 'that') return false;
    const cs = ct.clauseStart(i);
    // "agreed on Wednesday that ...", "demanded today that ..."
    for (let j = cs - 2; j >= Math.max(view.start, cs - 6); j--) {
      const outer = this.byToken.get(j);
      if (outer?.pattern.cameo && rulesOf(outer.pattern.cameo).clauseTaking) return true;
      if (view.mentionAt.has(j)) continue;
      const p = toks[j]!.pos;
      if (p !== 'ADV' && p !== 'NOUN' && p !== 'PROPN' && p !== 'ADP' && p !== 'NUM' && p !== 'DET' && p !== 'PRON') break;
    }
    return false;
  }

  /** A warning that something will happen is a threat: "X warned that the organisers would face prosecution". */
  private codeWarnings(): void {
    const { doc, view, toks, ct, k, text, dates, out, byToken } = this;
    for (const s of this.speechAt) {
      if (!k.grammar.has(toks[s]!.lemma, 'warning') || byToken.has(s)) continue;
      const speaker = this.subjectOf(s);
      if (!speaker || !hasCode(speaker)) continue;
      const stop = Math.min(view.end, s + 20);
      let future = -1;
      for (let j = s + 1; j < stop; j++) {
        if (k.grammar.value(toks[j]!.lower, 'modal') === 'future') { future = j; break; }
        if (toks[j]!.text === ';' || (j > s + 1 && this.isSpeech(j))) break;
      }
      // "Not a drop of oil will flow through Hormuz if ..., Rahimi warned": the warning comes after
      let from = s;
      if (future < 0 && this.isReportedBefore(s)) {
        for (let j = view.start; j < s; j++) if (k.grammar.value(toks[j]!.lower, 'modal') === 'future') { future = j; from = view.start - 1; break; }
      }
      if (future < 0) continue;
      let who: MentionRef | null = null;
      // the one warned ("warned Israel it would"), never the speaker itself ("warned it would"), else whoever
      // the "if/unless" clause asks to act
      for (const r of view.mentions) {
        if (r.start > from && r.end <= future && !sameActor(r, speaker)) { who = r; break; }
      }
      who ??= this.conditionSubject(future, speaker);
      // "warned that it would respond to any aggression by government forces": the one the threatened act is aimed at
      if (!who) {
        // not bounded by the clause: the threatened act is often quoted ('would "respond to any aggression" by ...')
        const end = Math.min(view.end, future + OBJECT_REACH);
        for (const r of view.mentions) {
          if (r.start > future && r.start < end && !sameActor(r, speaker)) { who = r; break; }
        }
      }
      const threat = k.cameo.get('130') ? '130' : '13';
      const stub: TriggerMatch = { at: s, kind: 'verb', pattern: { id: `warn/${toks[s]!.lemma}`, cameo: threat, trigger: { kind: 'verb', words: [toks[s]!.lemma] }, elements: [], noTarget: false, specificity: 0, line: 0 }, consumed: [s], end: s + 1, slot: null };
      byToken.set(s, stub); // the warning is coded as a threat, not also as a statement
      out.push(buildEvent(k, text, view, stub.consumed, threat, speaker, who, eventDate(doc, dates, view, ct, s), null, 'asserted', false, `say/${toks[s]!.lemma}/warning`));
    }
  }

  /** Obligations in reported speech are demands: "Russia said that Sudan must return the helicopter". */
  private codeObligations(): void {
    const { doc, view, toks, ct, k, text, dates, out, byToken, consumed } = this;
    for (const s of this.speechAt) {
      const speaker = this.subjectOf(s);
      if (!speaker || !hasCode(speaker)) continue;
      const end = ct.clauseEnd(s + 1 < view.end ? s + 1 : s);
      const stop = Math.min(view.end, Math.max(end, s + 25));
      // "X must act against militants, Modi said": the clause before a speech verb that attributes it
      const before = speaker.start > view.start && this.isReportedBefore(speaker.start);
      const from = before ? view.start : s + 1;
      const to = before ? speaker.start : stop;
      for (let j = from; j < to; j++) {
        const t = toks[j]!;
        if (!OBLIGATION_WORDS.has(t.lower)) continue;
        const must = OBLIGATION.has(t.lower) || (OBLIGATION_PHRASE.has(t.lower) && toks[j + 1]?.lower === 'to');
        if (!must) continue;
        const who = this.subjectOf(j + (OBLIGATION.has(t.lower) ? 1 : 2));
        if (!who || who === speaker || (before ? who.start > j : who.start < s)) break;
        let v = j + 1;
        while (v < view.end && toks[v]!.pos !== 'VERB') v++;
        const inner = byToken.get(v);
        const innerRoot = inner?.pattern.cameo?.slice(0, 2);
        const demand = innerRoot === '08' ? '105' : innerRoot === '07' ? '103' : innerRoot === '04' ? '106' : '100';
        if (inner) consumed.set(v, true);
        const date = eventDate(doc, dates, view, ct, s);
        for (const b of compoundGroup(view, who)) {
          out.push(buildEvent(k, text, view, [j], demand, speaker, b, date, null, 'asserted', true, `say/${toks[s]!.lemma}/obligation`));
        }
        // the obligated action itself has not happened
        for (let q = out.length - 1; q >= 0; q--) {
          const e = out[q]!;
          if (inner && e.sentence === view.index && e.trigger.span[0] === toks[v]!.span[0]) out.splice(q, 1);
        }
        break;
      }
    }
  }

  /** Statements: a speech verb with an actor as its subject is a CAMEO 01 event by that actor. */
  private codeStatements(): void {
    const { doc, view, toks, ct, k, text, dates, out, byToken } = this;
    for (const i of this.speechAt) {
      if (byToken.has(i)) continue; // the lexicon codes this verb more precisely ("warned", "denied")
      const subj = this.subjectOf(i);
      if (!subj || !hasCode(subj)) continue;
      const code = k.cameo.get('010') ? '010' : '01';
      const tgt = k.speechVerbs.has(toks[i]!.lemma) && toks[i]!.lemma === 'tell' ? view.mentionAt.get(i + 1) ?? null : null;
      const date = eventDate(doc, dates, view, ct, i);
      out.push(buildEvent(k, text, view, [i], code, subj, tgt, date, null, modalityOf(view, ct, k.grammar, i, null, 'verb'), false, `say/${toks[i]!.lemma}`));
    }
  }
}
/** Roots where a same-country armed force after the verb is the actor's own ("withdraw US forces"). */
/** How many tokens after a verb its object may start. */
const OBJECT_REACH = 20;
