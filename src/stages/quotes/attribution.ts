// Finds speech-verb frames (cue, speaker, reported clause) with a sparse parse over POS-tagged tokens.
import type { ActorMention, Quote, Sentence, Token } from '../../model/types.js';
import type { QuoteMarks } from './quote-marks.js';
import type { SpeechVerbs } from './speech-verbs.js';
import { Scratch } from '../../pipeline/scratch.js';

/** The per-token arrays of the one Attribution in use at a time (the quotes stage makes one per document). */
const SCRATCH = {
  quoteOf: new Scratch((n) => new Int32Array(n)),
  mentionAt: new Scratch((n) => new Int32Array(n)),
  starts: new Scratch((n) => new Int32Array(n)),
  cue: new Scratch((n) => new Uint8Array(n)),
  mentionLength: new Scratch((n) => new Int32Array(n)),
};

export type Speaker = NonNullable<Quote['speaker']>;

/** A speaker plus where it came from: only actor mentions may back an indirect quotation. */
export interface Found {
  speaker: Speaker;
  /** Index in the actors layer, or -1 for a bare noun phrase (code null). */
  mention: number;
  /** First token of the subject noun phrase. */
  from: number;
}

/** A speech verb and what it governs: the reported clause `[clauseStart, clauseEnd)` in tokens. */
export interface Frame {
  verb: number;
  clauseStart: number;
  clauseEnd: number;
  /** How the clause was introduced. */
  via: 'that' | 'quote' | 'colon' | 'bare';
  found: Found | null;
}

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON']);
const CLAUSE_OPENER_POS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
/** Pronouns that can be objects or possessives but never subjects of a reported clause. */
const NOT_SUBJECT = new Set(['him', 'her', 'them', 'me', 'us', 'his', 'their', 'its', 'our', 'my', 'your', 'whom']);
const MAX_NP = 8;

/** Per-document indexes shared by the frame finder and the quote attribution. */
export class Attribution {
  /** token → index of the quotation covering it (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** token → index of the actor mention covering it, or -1. */
  readonly mentionAt: Int32Array;
  /** token → its start offset: binary searches read this array instead of token objects scattered in memory. */
  readonly starts: Int32Array;
  /** token → 1 when it is a cue verb: worked out once, since the frame finder and indirect quotes both ask of every token. */
  private readonly cue: Uint8Array;
  readonly frames: Frame[] = [];
  /** Frames by the token that opens their clause, to attach a quotation that opens there. */
  readonly frameAt = new Map<number, Frame>();

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly sentences: readonly Sentence[],
    readonly actors: readonly ActorMention[],
    readonly quotes: readonly QuoteMarks[],
    readonly sv: SpeechVerbs,
  ) {
    const n = tokens.length;
    this.quoteOf = SCRATCH.quoteOf.take(n, -1);
    this.mentionAt = SCRATCH.mentionAt.take(n, -1);
    // One pass over the token objects; everything after reads the typed arrays.
    this.starts = SCRATCH.starts.take(n);
    this.cue = SCRATCH.cue.take(n);
    for (let i = 0; i < n; i++) {
      this.starts[i] = tokens[i]!.span[0];
      if (this.isSpeechVerb(i)) this.cue[i] = 1;
    }
    const starts = this.starts;
    let t = 0;
    quotes.forEach((q, qi) => {
      const end = q.close ? q.close[1] : q.content[1];
      t = this.firstTokenAt(q.open[0], t);
      for (let i = t; i < n && starts[i]! < end; i++) {
        if (this.quoteOf[i]! < 0) this.quoteOf[i] = qi;
        this.cue[i] = 0; // a speech verb inside quotation marks is quoted, not a cue
      }
    });
    const mentionLength = SCRATCH.mentionLength.take(actors.length);
    actors.forEach((m, mi) => {
      const len = (mentionLength[mi] = m.span[1] - m.span[0]);
      for (let i = this.firstTokenAt(m.span[0]); i < n && starts[i]! < m.span[1]; i++) {
        const prev = this.mentionAt[i]!;
        if (prev < 0 || mentionLength[prev]! < len) this.mentionAt[i] = mi;
      }
    });
    for (let i = 0; i < n; i++) {
      if (this.cue[i] === 0) continue;
      const frame = this.frame(i);
      if (frame) {
        this.frames.push(frame);
        if (!this.frameAt.has(frame.clauseStart)) this.frameAt.set(frame.clauseStart, frame);
      }
    }
  }

  /** Index of the first token starting at or after `offset` (binary search from `lo`). */
  firstTokenAt(offset: number, lo = 0): number {
    const starts = this.starts;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  sentenceEnd(i: number): number {
    return this.sentences[this.tokens[i]!.sentence]!.tokens[1];
  }

  sentenceStart(i: number): number {
    return this.sentences[this.tokens[i]!.sentence]!.tokens[0];
  }

  isCueVerb(i: number): boolean {
    return this.cue[i] === 1;
  }

  /** A speech verb (a cue when outside quotation marks); read through `isCueVerb` once the constructor has filled `cue`. */
  private isSpeechVerb(i: number): boolean {
    const t = this.tokens[i]!;
    if (t.pos === 'VERB') return this.sv.verbs.has(t.lemma);
    // wink tags some participles after "had" as adjectives ("had informed/ADJ him")
    if (t.pos !== 'ADJ' || !t.lower.endsWith('ed') || i === 0 || this.tokens[i - 1]!.lemma !== 'have') return false;
    return this.sv.verbs.has(t.lower.slice(0, -2)) || this.sv.verbs.has(t.lower.slice(0, -1));
  }

  /** The speech-verb lemma of cue token `i`. */
  cueLemma(i: number): string {
    const t = this.tokens[i]!;
    if (t.pos === 'VERB' || this.sv.verbs.has(t.lemma)) return t.lemma;
    return this.sv.verbs.has(t.lower.slice(0, -2)) ? t.lower.slice(0, -2) : t.lower.slice(0, -1);
  }

  /** True for the token that is a quotation's opening mark. */
  isOpenMark(i: number): boolean {
    const q = this.quoteOf[i]!;
    return q >= 0 && this.starts[i] === this.quotes[q]!.open[0];
  }

  isTime(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !this.sv.time.has(t.lower)) return false;
    // "on", "last", "this" count only in front of another time word
    if (t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'ADJ') return this.isTime(i + 1) && this.tokens[i + 1]!.pos !== 'ADP';
    return true;
  }

  /** Words that may stand between a subject and its verb: adverbs, auxiliaries, "not", dates. */
  private skippable(i: number): boolean {
    const t = this.tokens[i]!;
    return t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' && t.lower !== "'s" || this.isTime(i);
  }

  /** End of a mention or a short noun phrase starting at `j` (a listener or a PP object), or `j`. */
  private skipNounPhrase(j: number, end: number): number {
    const m = this.mentionAt[j]!;
    if (m >= 0 && this.quoteOf[j]! < 0) {
      const last = this.firstTokenAt(this.actors[m]!.span[1]);
      if (last > j && last <= end) return last;
    }
    let k = j;
    while (k < end && k - j < 5 && this.quoteOf[k]! < 0 && (NP_POS.has(this.tokens[k]!.pos) || this.tokens[k]!.lower === "'s")) k++;
    // the phrase must end on a noun, not run into the clause's determiner
    while (k > j && !HEAD_POS.has(this.tokens[k - 1]!.pos)) k--;
    return k;
  }

  /** What follows speech verb `vi`: `told him in a call that CLAUSE`, `said: "…"`, `said the talks failed`. */
  private frame(vi: number): Frame | null {
    const tokens = this.tokens;
    const lemma = this.cueLemma(vi);
    const end = this.sentenceEnd(vi);
    let j = vi + 1;
    while (j < end && this.isTime(j)) j++;
    let object = false;
    let pp = false;
    if (this.sv.object.has(lemma)) {
      const k = this.skipNounPhrase(j, end);
      if (k > j) {
        object = true;
        j = k;
      }
    }
    for (let guard = 0; j < end && guard < 12; guard++) {
      const t = tokens[j]!;
      if (t.text === ',' && !this.isOpenMark(j)) j++;
      else if (this.isTime(j)) j++;
      else if (t.pos === 'ADP' && t.lower !== 'that') {
        const k = this.skipNounPhrase(j + 1, end);
        if (k === j + 1) break;
        j = k;
        pp = true;
      } else break;
    }
    if (j >= end) return null;
    const t = tokens[j]!;
    let start = -1;
    let via: Frame['via'] = 'bare';
    if (this.isOpenMark(j)) {
      start = j;
      via = 'quote';
    } else if (t.lower === 'that' && t.pos !== 'DET' || t.lower === 'that' && j + 1 < end && this.isOpenMark(j + 1)) {
      start = j + 1;
      via = 'that';
    } else if (t.text === ':') {
      start = j + 1;
      via = 'colon';
    } else if (!pp && (object ? this.sv.object.has(lemma) : true) && this.sv.bare.has(lemma) && tokens[j - 1]!.text !== ',' && this.startsClause(j, end)) {
      start = j;
    }
    if (start < 0 || start >= end) return null;
    const clauseEnd = this.clauseEnd(start, end);
    if (clauseEnd <= start) return null;
    return { verb: vi, clauseStart: start, clauseEnd, via, found: this.speakerOf(vi) };
  }

  /** A bare reported clause starts with a subject and has a finite verb before its first comma. */
  private startsClause(j: number, end: number): boolean {
    const first = this.tokens[j]!;
    if (!CLAUSE_OPENER_POS.has(first.pos) || NOT_SUBJECT.has(first.lower)) return false;
    for (let k = j + 1; k < end && k < j + 10; k++) {
      const t = this.tokens[k]!;
      if (t.pos === 'PUNCT') return false;
      if (t.pos === 'AUX') return true;
      if (t.pos === 'VERB') return !t.lower.endsWith('ing') && this.tokens[k - 1]!.lower !== 'to';
    }
    return false;
  }

  /** A reported clause ends at the sentence end, a semicolon, or a comma before a conjunction, preposition or participle. */
  private clauseEnd(start: number, end: number): number {
    const tokens = this.tokens;
    let k = start;
    for (; k < end; k++) {
      const t = tokens[k]!;
      if (this.quoteOf[k]! >= 0) continue;
      if (t.text === ';') break;
      if (t.text === ',' && k + 1 < end) {
        const n = tokens[k + 1]!;
        if (n.pos === 'CCONJ' || n.pos === 'SCONJ' || n.pos === 'ADP' || this.sv.intro.has(n.lower) || n.pos === 'VERB' && n.lower.endsWith('ing')) break;
      }
    }
    while (k > start && tokens[k - 1]!.pos === 'PUNCT' && this.quoteOf[k - 1]! < 0) k--;
    return k;
  }

  /**
   * The cue verb after a closing mark in the same sentence (`"…," a spokesman said`, `"…," said X`),
   * past a subject, its appositives and relative clauses; -1 when another verb or clause comes first.
   */
  cueAfter(close: number): number {
    const tokens = this.tokens;
    const end = this.sentenceEnd(close);
    let j = close + 1;
    // a two-character mark ('') is two tokens
    while (j < end && this.quoteOf[j] === this.quoteOf[close]) j++;
    while (j < end && tokens[j]!.text === ',') j++;
    let relative = false;
    for (let k = j; k < end && k < j + 14; k++) {
      const t = tokens[k]!;
      if (this.quoteOf[k]! >= 0) return -1;
      if (this.isCueVerb(k)) return relative ? -1 : k;
      if (t.text === ',') {
        relative = k + 1 < end && this.sv.relative.has(tokens[k + 1]!.lower);
        continue;
      }
      if (relative) continue;
      if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '(' && t.text !== ')') return -1;
      if (t.pos === 'VERB' || t.pos === 'SCONJ' || t.lower === 'that') return -1;
    }
    return -1;
  }

  /** True when tokens `[a, b)` are only adverbs, auxiliaries and time words. */
  onlySkippable(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (!this.skippable(k)) return false;
    return true;
  }

  /** The speaker of cue verb `vi`: inverted after it (`"…," said X`), else the subject before it. */
  speakerOf(vi: number): Found | null {
    let p = vi - 1;
    while (p >= 0 && this.tokens[p]!.text === ',' && this.quoteOf[p]! < 0) p--;
    const start = this.sentenceStart(vi);
    if (p >= start && this.quoteOf[p]! >= 0) {
      const after = this.speakerAfter(vi);
      if (after) return after;
    }
    return this.subjectBefore(vi);
  }

  /** `said the spokesman` / `said Mr X`: the actor or noun phrase right after an inverted verb. */
  private speakerAfter(vi: number): Found | null {
    const end = this.sentenceEnd(vi);
    let j = vi + 1;
    while (j < end && this.isTime(j)) j++;
    if (j >= end || this.quoteOf[j]! >= 0) return null;
    const m = this.mentionAt[j]!;
    if (m >= 0 && this.firstTokenAt(this.actors[m]!.span[0]) === j) return this.fromMention(m, j);
    let k = j;
    while (k < end && k - j < MAX_NP && this.quoteOf[k]! < 0 && (NP_POS.has(this.tokens[k]!.pos) || this.tokens[k]!.lower === 'of')) k++;
    return this.nounPhrase(j, k);
  }

  /** The subject heading the clause of verb `vi`, looking back past adverbs, dates and appositives. */
  subjectBefore(vi: number): Found | null {
    const tokens = this.tokens;
    const floor = this.sentenceStart(vi);
    const verb = tokens[vi]!;
    let p = vi - 1;
    while (p >= floor && this.quoteOf[p]! < 0 && this.skippable(p)) p--;
    const participle = verb.lower.endsWith('ing');
    if (p < floor || this.quoteOf[p]! >= 0) return participle ? this.mainSubject(vi) : null;
    const t = tokens[p]!;
    if (t.pos === 'CCONJ' || participle && t.text === ',') return this.mainSubject(vi);
    if (t.text === ',') return this.appositiveSubject(p, floor);
    let a = p;
    while (a - 1 >= floor && this.quoteOf[a - 1]! < 0 && !this.isBarrier(a - 1)) a--;
    const b = a - 1;
    // "the official who met Pompeo said": the phrase before the verb is another verb's object
    if (b >= floor && (tokens[b]!.pos === 'VERB' || tokens[b]!.pos === 'AUX') && !this.isCueVerb(b)) return null;
    return this.pickSubject(a, p + 1);
  }

  private isBarrier(i: number): boolean {
    const t = this.tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ') return true;
    if (t.lower === 'that' || this.sv.relative.has(t.lower)) return true;
    return t.pos === 'PUNCT' && t.text !== '-' && t.text !== "'";
  }

  /** `Robert O'Brien, the White House national security adviser, said`: one of the comma-set phrases. */
  private appositiveSubject(comma: number, floor: number): Found | null {
    const segs: [number, number][] = [];
    let q = comma;
    for (let guard = 0; guard < 5; guard++) {
      const last = q - 1;
      if (last < floor || this.quoteOf[last]! >= 0) break;
      let a = last;
      while (a - 1 >= floor && this.quoteOf[a - 1]! < 0 && !(this.tokens[a - 1]!.pos === 'PUNCT' && this.tokens[a - 1]!.text !== '-')) a--;
      const first = this.tokens[a]!;
      if (!this.sv.relative.has(first.lower)) {
        let verbal = false;
        for (let k = a; k <= last; k++) if (this.tokens[k]!.pos === 'VERB' || this.tokens[k]!.pos === 'AUX') verbal = true;
        if (verbal || first.pos === 'ADP' || first.pos === 'SCONJ' || this.sv.intro.has(first.lower)) break;
        segs.unshift([a, last + 1]);
      }
      if (a - 1 >= floor && this.tokens[a - 1]!.text === ',') q = a - 1;
      else {
        // a phrase opening the sentence or following a barrier other than a comma
        if (a - 1 >= floor && this.quoteOf[a - 1]! < 0 && this.tokens[a - 1]!.text !== ':' ) {
          const bt = this.tokens[a - 1]!;
          if (bt.pos === 'VERB' || bt.pos === 'AUX') return null;
        }
        break;
      }
    }
    let best: Found | null = null;
    for (const [a, e] of segs) {
      const f = this.pickSubject(a, e);
      if (!f) continue;
      if (f.mention >= 0 && this.actors[f.mention]!.kind === 'person') return f;
      if (!best || best.mention < 0 && f.mention >= 0) best = f;
    }
    return best;
  }

  /**
   * The head of the noun phrase `[a, e)`: the last noun before its first prepositional phrase.
   * An actor mention there is the speaker; otherwise the phrase is, with no code.
   */
  private pickSubject(a: number, e: number): Found | null {
    const tokens = this.tokens;
    while (a < e && (tokens[a]!.pos === 'CCONJ' || tokens[a]!.pos === 'ADV' || tokens[a]!.pos === 'PUNCT')) a++;
    while (e > a && (tokens[e - 1]!.pos === 'PUNCT' || this.isTime(e - 1) || tokens[e - 1]!.pos === 'ADV')) e--;
    if (a >= e) return null;
    let cut = e;
    let noun = false;
    for (let k = a; k < e; k++) {
      if (tokens[k]!.pos === 'ADP' && noun) {
        cut = k;
        break;
      }
      if (HEAD_POS.has(tokens[k]!.pos)) noun = true;
    }
    let head = -1;
    for (let k = cut - 1; k >= a; k--) {
      if (HEAD_POS.has(tokens[k]!.pos) && !this.isTime(k)) {
        head = k;
        break;
      }
    }
    if (head < 0) return null;
    if (NOT_SUBJECT.has(tokens[head]!.lower)) return null;
    const m = this.mentionAt[head]!;
    if (m >= 0) return this.fromMention(m, this.firstTokenAt(this.actors[m]!.span[0]));
    return this.nounPhrase(a, e);
  }

  /**
   * The main clause's subject, for `…, adding` and `… but said`: its first actor outside quotes and
   * introductory phrases, else the noun phrase before its first verb (with no code).
   */
  private mainSubject(vi: number): Found | null {
    const tokens = this.tokens;
    let segStart = -1;
    let intro = false;
    let relative = false;
    let fallback: [number, number] | null = null;
    for (let k = this.sentenceStart(vi); k < vi; k++) {
      const t = tokens[k]!;
      if (this.quoteOf[k]! >= 0 || t.text === ',' || t.text === ';' || t.text === ':') {
        if (segStart >= 0 && !intro && !relative && !fallback) fallback = [segStart, k];
        segStart = -1;
        continue;
      }
      if (segStart < 0) {
        segStart = k;
        intro = t.pos === 'ADP' || t.pos === 'SCONJ' || this.sv.intro.has(t.lower);
        relative = this.sv.relative.has(t.lower);
      }
      if (intro || relative) continue;
      if (t.pos === 'VERB' || t.pos === 'AUX') {
        // the first verb of the main clause: its subject is the phrase before it
        return this.pickSubject(k > segStart ? segStart : fallback?.[0] ?? k, k > segStart ? k : fallback?.[1] ?? k);
      }
      const m = this.mentionAt[k]!;
      if (m < 0 || this.firstTokenAt(this.actors[m]!.span[0]) !== k) continue;
      const prev = tokens[k - 1];
      const endTok = this.firstTokenAt(this.actors[m]!.span[1]);
      if (prev && prev.pos === 'ADP' || tokens[endTok]?.lower === "'s") continue;
      return this.fromMention(m, k);
    }
    return null;
  }

  /** A noun phrase with no actor mention: kept as the speaker's text, never given a code. */
  private nounPhrase(a: number, e: number): Found | null {
    const tokens = this.tokens;
    while (e > a && !HEAD_POS.has(tokens[e - 1]!.pos)) e--;
    if (e <= a || e - a > MAX_NP) return null;
    while (a < e && !NP_POS.has(tokens[a]!.pos)) a++;
    if (a >= e) return null;
    let head = false;
    for (let k = a; k < e; k++) if (HEAD_POS.has(tokens[k]!.pos) && !this.isTime(k) && !NOT_SUBJECT.has(tokens[k]!.lower)) head = true;
    if (!head) return null;
    const span: [number, number] = [tokens[a]!.span[0], tokens[e - 1]!.span[1]];
    return {
      speaker: { text: this.text.slice(span[0], span[1]), span, code: null, country: null, sector: '', name: null },
      mention: -1,
      from: a,
    };
  }

  /** A mention as a speaker; a pronoun or reference takes its antecedent's code when it has none. */
  private fromMention(mi: number, from: number): Found {
    const m = this.actors[mi]!;
    let r: ActorMention = m;
    for (let guard = 0; r.code === null && r.antecedent !== undefined && guard < 8; guard++) {
      const next = this.actors[r.antecedent];
      if (!next || next === r) break;
      r = next;
    }
    return {
      speaker: { text: m.text, span: [m.span[0], m.span[1]], code: r.code, country: r.country, sector: r.sector, name: r.name ?? m.name },
      mention: mi,
      from,
    };
  }
}
