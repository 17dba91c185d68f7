// A per-sentence view of tokens and actor mentions, with token ranges for each mention.
import type { ActorMention, Sentence, Token } from '../../model/types.js';
import { Scratch } from '../../pipeline/scratch.js';
import { POSSESSIVE_DETERMINERS } from './word-cues.js';

export interface MentionRef {
  /** Index in the actors layer. */
  index: number;
  mention: ActorMention;
  /** Token range `[start, end)` of the mention. */
  start: number;
  end: number;
}

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  tokens: readonly Token[];
  mentions: MentionRef[];
  /** Mention covering a token, by token index. */
  mentionAt: TokenMentions;
}

/** Which mention covers each token of a document, and which sentence's view that mention is in. */
interface DocMentions {
  refAt: (MentionRef | undefined)[];
  /** The view's index + 1, or 0 where no mention is. */
  viewAt: Int32Array;
}

/**
 * The mention covering each token of one sentence: the stage asks this for nearly every token, so
 * it reads the document's arrays rather than hash a token index. Like a map, it answers only for
 * the tokens its own sentence's mentions cover, past the sentence's end too when a mention runs
 * on. Where mentions of two sentences would share a token, each sentence keeps its own array.
 */
export class TokenMentions {
  /** This sentence's own array from its first token, when the document's cannot serve it. */
  own: (MentionRef | undefined)[] | null = null;

  constructor(private readonly doc: DocMentions, private readonly id: number, private readonly base: number) {}

  get(i: number): MentionRef | undefined {
    const own = this.own;
    if (own !== null) {
      const k = i - this.base;
      return k >= 0 && k < own.length ? own[k] : undefined;
    }
    const { viewAt } = this.doc;
    return i >= 0 && i < viewAt.length && viewAt[i] === this.id ? this.doc.refAt[i] : undefined;
  }

  has(i: number): boolean {
    return this.get(i) !== undefined;
  }
}

/** The sentence views of one document at a time share this (`DocMentions.viewAt`). */
const viewAtScratch = new Scratch((n) => new Int32Array(n));

/** Maps every actor mention to the tokens it covers; mentions are grouped by sentence. Valid until the next call. */
export function buildSentenceViews(sentences: readonly Sentence[], tokens: readonly Token[], actors: readonly ActorMention[]): SentenceView[] {
  const doc: DocMentions = { refAt: new Array(tokens.length), viewAt: viewAtScratch.take(tokens.length) };
  const views: SentenceView[] = sentences.map((s, k) => ({
    index: k, start: s.tokens[0], end: s.tokens[1], tokens, mentions: [], mentionAt: new TokenMentions(doc, k + 1, s.tokens[0]),
  }));
  let shared = false;
  let t = 0;
  actors.forEach((m, index) => {
    // tokens and mentions are both in text order, so one forward walk suffices
    while (t < tokens.length && tokens[t]!.span[1] <= m.span[0]) t++;
    if (t >= tokens.length) return;
    let e = t;
    while (e < tokens.length && tokens[e]!.span[0] < m.span[1]) e++;
    if (e === t) return;
    const view = views[tokens[t]!.sentence];
    if (!view) return;
    const ref: MentionRef = { index, mention: m, start: t, end: e };
    view.mentions.push(ref);
    for (let i = t; i < e; i++) {
      if (doc.viewAt[i] !== 0 && doc.viewAt[i] !== view.index + 1) shared = true;
      doc.refAt[i] = ref;
      doc.viewAt[i] = view.index + 1;
    }
  });
  // a mention running into the next sentence shares a token with that sentence's own: give every
  // sentence its own array, filled in the same order
  if (shared) {
    for (const view of views) {
      if (view.mentions.length === 0) continue;
      const own: (MentionRef | undefined)[] = [];
      for (const ref of view.mentions) for (let i = ref.start; i < ref.end; i++) own[i - view.start] = ref;
      view.mentionAt.own = own;
    }
  }
  return views;
}

/** The mention covering token `at`, or the token after it when a determiner stands there ("by the army", "of the USSR"). */
export function mentionPastDeterminer(view: SentenceView, at: number): MentionRef | undefined {
  return view.mentionAt.get(view.tokens[at]?.pos === 'DET' ? at + 1 : at);
}

/**
 * Mentions joined by `and` / `&` (a list may also use commas: `X, Y and Z`) form one compound
 * group. Mentions joined by commas alone are an apposition (`The president of the United States,
 * Donald Trump,`): one actor, not two.
 */
export function compoundGroup(view: SentenceView, ref: MentionRef): MentionRef[] {
  const ordered = view.mentions;
  const k = ordered.indexOf(ref);
  if (k < 0) return [ref];
  // the chain of mentions joined to k's, and how each pair is joined (joins[m - lo] joins m and m + 1)
  let lo = k;
  let hi = k;
  const right: ('and' | 'comma')[] = [];
  const left: ('and' | 'comma')[] = [];
  for (let j; hi + 1 < ordered.length && (j = joined(view, ordered[hi]!, ordered[hi + 1]!)); hi++) right.push(j);
  for (let j; lo > 0 && (j = joined(view, ordered[lo - 1]!, ordered[lo]!)); lo--) left.push(j);
  if (lo === hi) return [ref]; // joined to no other mention: the usual case
  const joins = [...left.reverse(), ...right];
  // a list is "A, B and C": a comma after its "and" starts something else ("a truce brokered by Saudi
  // Arabia and the United States, Sudan's army walked out"), so the chain splits there
  let from = lo;
  let sawAnd = false;
  let afterAnd = false;
  for (let m = lo; m < hi; m++) {
    const j = joins[m - lo];
    if (j === 'comma' && afterAnd) {
      if (m >= k) { hi = m; break; }
      from = m + 1;
      sawAnd = false;
      afterAnd = false;
      continue;
    }
    if (j === 'and') afterAnd = sawAnd = true;
  }
  if (!sawAnd) return [ref];
  // "The President of the Republic of Sudan, Field Marshal Omar al-Bashir, and the President of South Sudan,
  // Salva Kiir, have signed": a name in apposition to the actor before it is that actor, not another party
  const group: MentionRef[] = [];
  for (let m = from; m <= hi; m++) {
    const r = ordered[m]!;
    const prev = group[group.length - 1];
    if (prev && joins[m - 1 - lo] === 'comma' && apposed(prev, r)) {
      // (the name, which has the country, stands for a title that has none: "The President of the Republic, Joaquim Chissano,")
      if (!prev.mention.country) group[group.length - 1] = r;
      continue;
    }
    group.push(r);
  }
  return group.length > 1 ? group : [ref];
}

/** Whether `b`, after a comma, names the same party as `a`: a person of the same country and sector. */
function apposed(a: MentionRef, b: MentionRef): boolean {
  const ma = a.mention;
  const mb = b.mention;
  if (mb.kind !== 'person' || !mb.country || ma.kind === 'country' || mb.sector !== ma.sector) return false;
  return mb.country === ma.country || (!ma.country && ma.kind === 'agent');
}

/** A capitalised word ("Field", "Marshal"). */
const TITLE_CASE = /^\p{Lu}/u;

/** Tags of the words that may stand between "and" and the actor they describe. */
const JOINED_MODIFIERS = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);

function joined(view: SentenceView, a: MentionRef, b: MentionRef): 'and' | 'comma' | null {
  if (b.start < a.end) return null;
  if (b.start === a.end) return a.mention.rule === 'actor/agent-distributed' ? 'and' : null;
  let join: 'and' | 'comma' | null = null;
  let modified = false;
  // "The President of the Republic, Joaquim Chissano": a title's own "of the Republic" before its apposition
  const unplacedTitle = a.mention.kind === 'agent' && !a.mention.country && b.mention.kind === 'person';
  for (let i = a.end; i < b.start; i++) {
    const tok = view.tokens[i]!;
    if (unplacedTitle && join === null && (tok.lower === 'of' || tok.lower === 'the' || TITLE_CASE.test(tok.text))) continue;
    if (tok.lower === 'and' || tok.lower === '&') join = 'and';
    // (a comma after such words ends the phrase: "killing nine civilians and wounding dozens more, local officials said")
    else if (tok.lower === ',') { if (modified) return null; join = join ?? 'comma'; }
    // "the President of the Republic of Sudan, Field Marshal Omar al-Bashir": a title before a name in apposition
    else if (join === 'comma' && i > a.end && (tok.pos === 'PROPN' || tok.pos === 'NOUN') && b.mention.kind === 'person' && TITLE_CASE.test(tok.text)) continue;
    // "X and his Tajik counterpart Y": a possessive stands where an article would
    // "X and the leftist FMLN guerrillas", "X and southern rebel leader John Garang", "X and the secessionist
    // Bougainville Revolutionary Army": after "and", a modifier or an unknown name before the next actor is part of it
    else if (join === 'and' && JOINED_MODIFIERS.has(tok.pos) && !tok.lower.endsWith('ing')) modified = true;
    else if (tok.pos !== 'DET' && !(join === 'and' && POSSESSIVE_DETERMINERS.has(tok.lower))) return null;
  }
  return join;
}
