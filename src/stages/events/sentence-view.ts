// A per-sentence view of tokens and actor mentions, with token ranges for each mention.
import type { ActorMention, Sentence, Token } from '../../model/types.js';

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
  mentionAt: Map<number, MentionRef>;
}

/** Maps every actor mention to the tokens it covers; mentions are grouped by sentence. */
export function buildSentenceViews(sentences: readonly Sentence[], tokens: readonly Token[], actors: readonly ActorMention[]): SentenceView[] {
  const views: SentenceView[] = sentences.map((s, k) => ({
    index: k, start: s.tokens[0], end: s.tokens[1], tokens, mentions: [], mentionAt: new Map(),
  }));
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
    for (let i = t; i < e; i++) view.mentionAt.set(i, ref);
  });
  return views;
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
  let lo = k;
  let hi = k;
  let sawAnd = false;
  while (hi + 1 < ordered.length) {
    const j = joined(view, ordered[hi]!, ordered[hi + 1]!);
    if (!j) break;
    if (j === 'and') sawAnd = true;
    hi++;
  }
  while (lo > 0) {
    const j = joined(view, ordered[lo - 1]!, ordered[lo]!);
    if (!j) break;
    if (j === 'and') sawAnd = true;
    lo--;
  }
  return sawAnd ? ordered.slice(lo, hi + 1) : [ref];
}

function joined(view: SentenceView, a: MentionRef, b: MentionRef): 'and' | 'comma' | null {
  if (b.start < a.end) return null;
  if (b.start === a.end) return a.mention.rule === 'actor/agent-distributed' ? 'and' : null;
  let join: 'and' | 'comma' | null = null;
  for (let i = a.end; i < b.start; i++) {
    const tok = view.tokens[i]!;
    if (tok.lower === 'and' || tok.lower === '&') join = 'and';
    else if (tok.lower === ',') join = join ?? 'comma';
    else if (tok.pos !== 'DET') return null;
  }
  return join;
}
