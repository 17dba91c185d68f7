// Repairs wink-nlp's sentence bounds: never split inside a quotation or after a title
// abbreviation, always split at a paragraph break.
import type { Sentence, Token } from '../../model/types.js';

const OPENERS = new Set(['"', '“', '«', '``']);
const CLOSERS = new Set(['"', '”', '»', "''"]);

/** First characters of every mark above: `"`, `“`, `«`, `` ` ``, `”`, `»`, `'`. */
const QUOTE_FIRST_CODES: ReadonlySet<number> = new Set([...OPENERS, ...CLOSERS].map((m) => m.charCodeAt(0)));
/** Abbreviations after which a sentence does not end when the next word continues it. */
const NO_BREAK_AFTER = /^(?:[A-Z]\.|(?:[A-Z]\.){2,}|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Maj|Sgt|Adm|Gov|Sen|Rep|Rev|St|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.N|U\.K|E\.U|Co|Corp|Inc|Ltd|vs|etc)\.?$/;

export function fixSentenceBounds(text: string, tokens: Token[], bounds: [number, number][]): Sentence[] {
  // 1. split at blank lines (paragraph breaks) wink joined across
  const split: [number, number][] = [];
  for (const [a, b] of bounds) {
    let start = a;
    for (let i = a + 1; i < b; i++) {
      const from = tokens[i - 1]!.span[1];
      const to = tokens[i]!.span[0];
      // most gaps are one space or nothing: look at the text only where a line ends
      if (!hasNewline(text, from, to)) continue;
      const gap = text.slice(from, to);
      if (/\n\s*\n/.test(gap) || /[.!?"”]$/.test(tokens[i - 1]!.text)) {
        split.push([start, i]);
        start = i;
      }
    }
    split.push([start, b]);
  }
  // 2. merge a sentence into the previous one when the break was inside a quotation or after an abbreviation
  const merged: [number, number][] = [];
  let open = 0; // quotation depth at the end of the last merged sentence
  for (const [a, b] of split) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const gap = text.slice(tokens[prev[1] - 1]!.span[1], tokens[a]!.span[0]);
      const paragraph = /\n\s*\n/.test(gap);
      const last = tokens[prev[1] - 1]!;
      const next = tokens[a]!;
      const insideQuote = open > 0 && !paragraph;
      const afterAbbrev = !paragraph && NO_BREAK_AFTER.test(last.text) && /^[a-z0-9]/.test(next.text);
      if (insideQuote || afterAbbrev) {
        prev[1] = b;
        open = quoteDepth(tokens, a, b, open);
        continue;
      }
    }
    merged.push([a, b]);
    open = quoteDepth(tokens, a, b, 0);
  }
  return merged.map(([a, b]) => ({ span: [tokens[a]!.span[0], tokens[b - 1]!.span[1]], tokens: [a, b] }));
}

/** Whether `text[from, to)` holds a line break, without cutting the gap out of the text. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Quotation depth after tokens `[a, b)`, straight quotes toggling. */
function quoteDepth(tokens: Token[], a: number, b: number, depth: number): number {
  let d = depth;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!.text;
    if (!QUOTE_FIRST_CODES.has(t.charCodeAt(0))) continue; // every token, so the first character decides cheaply
    if (t === '"') d = d > 0 ? d - 1 : d + 1;
    else if (OPENERS.has(t)) d++;
    else if (CLOSERS.has(t)) d = Math.max(0, d - 1);
  }
  return Math.min(d, 1);
}
