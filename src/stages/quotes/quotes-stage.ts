// The quotes stage: direct and indirect quotations with their cue verb and speaker.
import type { ActorMention, Quote, Sentence, Token } from '../../model/types.js';
import { layer, type Stage, type StageContext } from '../../pipeline/stage.js';
import { Attribution, type Found, type Frame } from './attribution.js';
import { findParagraphs, findQuoteMarks, type QuoteMarks } from './quote-marks.js';
import { loadSpeechVerbs, type SpeechVerbs } from './speech-verbs.js';

/** Quotations of fewer words than this need a cue verb right at their marks (else: scare quotes). */
const MIN_FREE_WORDS = 4;

export function createQuotesStage(speechVerbs: SpeechVerbs = loadSpeechVerbs()): Stage<'quotes'> {
  return {
    name: 'quotes',
    needs: ['repair', 'segment', 'actors'],
    run(doc, ctx) {
      const { text } = layer(doc, 'repair');
      const { tokens, sentences } = layer(doc, 'segment');
      return findQuotes(text, tokens, sentences, layer(doc, 'actors'), speechVerbs, ctx);
    },
  };
}

/** How a direct quotation got its speaker; `strong` ones sit right at their cue. */
interface Attributed {
  verb: number;
  found: Found | null;
  strong: boolean;
}

/**
 * Quotations in document order. A quotation embedded in reported speech (`Ghani wrote that Pompeo
 * told him "…"`) is attributed to the innermost speech verb governing it (Pompeo), since the
 * quoted words are presented as that speaker's.
 */
export function findQuotes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  actors: readonly ActorMention[],
  sv: SpeechVerbs,
  ctx?: StageContext,
): Quote[] {
  if (tokens.length === 0) return [];
  const paragraphs = findParagraphs(text);
  const marks = findQuoteMarks(text, paragraphs);
  const at = new Attribution(text, tokens, sentences, actors, marks, sv);
  const framesBySentence = new Map<number, Frame[]>();
  for (const f of at.frames) {
    const s = tokens[f.verb]!.sentence;
    const list = framesBySentence.get(s);
    if (list) list.push(f);
    else framesBySentence.set(s, [f]);
  }
  const paragraphOf = (offset: number): number => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphs[mid]![0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // Speakers seen so far, to carry into a quotation standing alone later in the same paragraph.
  const anchors = at.frames.filter((f) => f.found).map((f) => ({ at: tokens[f.verb]!.span[0], verb: f.verb, found: f.found! }));
  let nextAnchor = 0;
  let last: { paragraph: number; verb: number; found: Found } | null = null;

  const results: (Attributed | null)[] = [];
  const direct: (Quote | null)[] = [];
  marks.forEach((m, qi) => {
    while (nextAnchor < anchors.length && anchors[nextAnchor]!.at < m.open[0]) {
      const a = anchors[nextAnchor++]!;
      last = { paragraph: paragraphOf(a.at), verb: a.verb, found: a.found };
    }
    const openTok = at.firstTokenAt(m.open[0]);
    const closeTok = m.close ? at.firstTokenAt(m.close[0]) : -1;
    let r = attribute(at, m, openTok, closeTok, framesBySentence);
    if (!r && !m.single && standalone(at, openTok, closeTok) && last && last.paragraph === m.paragraph) {
      r = { verb: last.verb, found: last.found, strong: false };
    }
    results.push(r);
    if (r?.found) last = { paragraph: m.paragraph, verb: r.verb, found: r.found };
    direct.push(null);
  });

  // A quotation continued into the next paragraph is one speaker's: share the speaker both ways.
  for (let qi = 1; qi < marks.length; qi++) {
    if (!continuesPrevious(marks, qi)) continue;
    if (!results[qi]?.found && results[qi - 1]?.found) results[qi] = { ...results[qi - 1]!, strong: false };
  }
  for (let qi = marks.length - 1; qi > 0; qi--) {
    if (!continuesPrevious(marks, qi)) continue;
    if (!results[qi - 1]?.found && results[qi]?.found) results[qi - 1] = { ...results[qi]!, strong: false };
  }

  marks.forEach((m, qi) => {
    const r = results[qi] ?? null;
    const words = wordCount(at, m);
    // with no cue at all, only a quotation standing as a sentence of its own reads as speech
    const keep = r?.strong || !m.single && words >= MIN_FREE_WORDS && (r !== null || standalone(at, at.firstTokenAt(m.open[0]), m.close ? at.firstTokenAt(m.close[0]) : -1));
    if (!keep) {
      if (!m.single && words < MIN_FREE_WORDS) ctx?.report('short quotation with no cue verb: scare quotes, not a quotation', m.content, 'quote/scare');
      return;
    }
    const verb = r ? tokens[r.verb]! : null;
    direct[qi] = {
      text: text.slice(m.content[0], m.content[1]),
      span: [m.content[0], m.content[1]],
      kind: 'direct',
      cue: verb ? { text: verb.text, span: [verb.span[0], verb.span[1]] } : null,
      speaker: r?.found ? r.found.speaker : null,
      rule: !verb ? 'quote/standalone' : verb.span[0] > m.content[1] ? 'quote/cue-after' : 'quote/cue-before',
    };
  });

  const out: Quote[] = direct.filter((q): q is Quote => q !== null);
  out.push(...indirectQuotes(at));
  out.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return out;
}

function continuesPrevious(marks: readonly QuoteMarks[], qi: number): boolean {
  const m = marks[qi]!;
  const prev = marks[qi - 1]!;
  return m.continues && prev.close === null && prev.paragraph === m.paragraph - 1;
}

/** The cue after the closing mark, else a frame whose clause opens with the quotation, else one containing it. */
function attribute(
  at: Attribution,
  m: QuoteMarks,
  openTok: number,
  closeTok: number,
  framesBySentence: Map<number, Frame[]>,
): Attributed | null {
  if (closeTok >= 0 && closeTok < at.tokens.length) {
    const verb = at.cueAfter(closeTok);
    if (verb >= 0) return { verb, found: at.speakerOf(verb), strong: true };
  }
  const f = at.frameAt.get(openTok);
  if (f) return { verb: f.verb, found: f.found, strong: true };
  if (m.single || openTok >= at.tokens.length) return null;
  // embedded in a reported clause: the innermost (latest-starting) frame holding the opening mark
  let best: Frame | null = null;
  for (const g of framesBySentence.get(at.tokens[openTok]!.sentence) ?? []) {
    if (g.clauseStart <= openTok && openTok < g.clauseEnd && (!best || g.clauseStart > best.clauseStart)) best = g;
  }
  return best ? { verb: best.verb, found: best.found, strong: false } : null;
}

/** True when the quotation is a sentence of its own: only punctuation around it. */
function standalone(at: Attribution, openTok: number, closeTok: number): boolean {
  if (openTok >= at.tokens.length) return false;
  const start = at.sentenceStart(openTok);
  for (let k = start; k < openTok; k++) if (at.tokens[k]!.pos !== 'PUNCT') return false;
  if (closeTok < 0) return true;
  const end = at.sentenceEnd(closeTok);
  for (let k = closeTok + 1; k < end; k++) if (at.tokens[k]!.pos !== 'PUNCT') return false;
  return true;
}

/** Number of words (not punctuation) between the marks. */
function wordCount(at: Attribution, m: QuoteMarks): number {
  let words = 0;
  for (let k = at.firstTokenAt(m.content[0]); k < at.tokens.length && at.starts[k]! < m.content[1]; k++) {
    if (at.tokens[k]!.pos !== 'PUNCT') words++;
  }
  return words;
}

/** `X said (that) CLAUSE`, `X told Y that CLAUSE`, `CLAUSE, X said.` — only with an actor as speaker. */
function indirectQuotes(at: Attribution): Quote[] {
  const { tokens } = at;
  const out: Quote[] = [];
  const push = (verb: number, a: number, e: number, found: Found): void => {
    if (e - a < 3) return;
    let verbal = false;
    for (let k = a; k < e; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') verbal = true;
    if (!verbal) return;
    const span: [number, number] = [tokens[a]!.span[0], tokens[e - 1]!.span[1]];
    const v = tokens[verb]!;
    out.push({
      text: at.text.slice(span[0], span[1]),
      span,
      kind: 'indirect',
      cue: { text: v.text, span: [v.span[0], v.span[1]] },
      speaker: found.speaker,
      rule: 'quote/indirect',
    });
  };
  // wink's negation scope runs to the next punctuation ("did not respond and said …"), so only a
  // negator right before the verb counts: "did not say", "has never said"
  const negated = (vi: number): boolean => {
    for (let k = vi - 1; k >= 0 && k >= vi - 2; k--) {
      const t = tokens[k]!;
      if (t.lemma === 'not' || t.lower === 'never') return true;
      if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
    }
    return false;
  };
  const framed = new Set<number>();
  for (const f of at.frames) {
    framed.add(f.verb);
    if (f.via === 'quote' || at.isOpenMark(f.clauseStart)) continue;
    if (!f.found || f.found.mention < 0 || negated(f.verb)) continue;
    push(f.verb, f.clauseStart, f.clauseEnd, f.found);
  }
  // "CLAUSE, US officials said." — the verb ends its sentence and its subject follows a comma
  for (let vi = 0; vi < tokens.length; vi++) {
    if (!at.isCueVerb(vi) || framed.has(vi) || negated(vi)) continue;
    const end = at.sentenceEnd(vi);
    let j = vi + 1;
    while (j < end && at.isTime(j)) j++;
    if (j < end && tokens[j]!.pos !== 'PUNCT') continue;
    const found = at.subjectBefore(vi);
    if (!found || found.mention < 0) continue;
    const mention = at.actors[found.mention]!;
    const mentionEnd = at.firstTokenAt(mention.span[1]);
    if (!at.onlySkippable(mentionEnd, vi)) continue;
    const comma = found.from - 1;
    const start = at.sentenceStart(vi);
    if (comma <= start || tokens[comma]!.text !== ',') continue;
    let quoted = false;
    for (let k = start; k < comma; k++) if (at.quoteOf[k]! >= 0) quoted = true;
    if (!quoted) push(vi, start, comma, found);
  }
  return out;
}
