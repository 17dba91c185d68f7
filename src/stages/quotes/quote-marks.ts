// Finds paragraphs and pairs quotation marks inside them, character by character, in one pass.
import type { Span } from '../../model/types.js';

/** One quotation as the marks delimit it, before any cue or speaker is looked for. */
export interface QuoteMarks {
  /** The opening mark. */
  open: Span;
  /** The closing mark, or null when the paragraph ended first (news style reopens next paragraph). */
  close: Span | null;
  /** The quoted words: inside the marks, trimmed of spaces and a trailing comma, colon or semicolon. */
  content: Span;
  paragraph: number;
  /** True when it reopens a quotation left open at the end of the previous paragraph. */
  continues: boolean;
  /** True for `'…'` / `‘…’`, which count only when a cue verb governs them. */
  single: boolean;
}

/** A paragraph ends at a blank line, or at a line break after sentence-final punctuation. */
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*|(?<=[.!?"”»'])[ \t]*\n\s*/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** Trims spaces on both sides and punctuation that belongs to the frame, not the quote. */
export function trimContent(text: string, start: number, end: number): Span | null {
  let a = start;
  let b = end;
  while (a < b && SPACE.test(text[a]!)) a++;
  while (b > a && (SPACE.test(text[b - 1]!) || text[b - 1] === ',' || text[b - 1] === ';' || text[b - 1] === ':')) b--;
  return b > a ? [a, b] : null;
}

/** The characters the pairing loop reacts to: `"` `'` `` ` `` « » “ ”. Asked of every character, so plain comparisons. */
function isMarkCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x60 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d;
}

const isWord = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

/**
 * Pairs double quotation marks (`"…"`, `“…”`, `«…»`, ``` ``…'' ```) within each paragraph, and
 * single ones (`'…'`, `‘…’`) outside them. A straight `"` toggles; an unclosed quotation closes
 * at the paragraph end, and a quotation that opens the next paragraph continues it.
 */
export function findQuoteMarks(text: string, paragraphs: readonly Span[] = findParagraphs(text)): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let lastUnclosed = false;
  paragraphs.forEach(([ps, pe], p) => {
    const firstInParagraph = out.length;
    let open: Span | null = null;
    let openedAtStart = false;
    let first = ps;
    while (first < pe && SPACE.test(text[first]!)) first++;
    let unclosedHere = false;
    const emit = (close: Span | null, end: number): void => {
      const content = trimContent(text, open![1], end);
      if (content) {
        out.push({ open: open!, close, content, paragraph: p, continues: openedAtStart && lastUnclosed, single: false });
      }
      open = null;
    };
    for (let i = ps; i < pe; i++) {
      // most characters are no quotation mark: test the code before cutting a one-character string
      if (!isMarkCode(text.charCodeAt(i))) continue;
      const c = text[i]!;
      let opener = 0;
      let closer = 0;
      if (c === '“' || c === '«') opener = 1;
      else if (c === '`' && text[i + 1] === '`') opener = 2;
      else if (c === '”' || c === '»') closer = 1;
      else if (c === "'" && text[i + 1] === "'" && open) closer = 2;
      else if (c === '"') {
        if (open) closer = 1;
        else opener = 1;
      }
      if (opener) {
        if (open) emit(null, i); // a second opener means the first was never closed
        open = [i, i + opener];
        openedAtStart = i === first;
      } else if (closer && open) {
        emit([i, i + closer], i);
      }
      if (opener === 2 || closer === 2) i++;
    }
    if (open) {
      emit(null, pe);
      unclosedHere = true;
    }
    findSingleQuotes(text, ps, pe, out.slice(firstInParagraph), p, out);
    lastUnclosed = unclosedHere;
  });
  out.sort((a, b) => a.open[0] - b.open[0]);
  return out;
}

/** Single-quoted stretches in `[ps, pe)` that do not overlap a double quotation. */
function findSingleQuotes(text: string, ps: number, pe: number, doubles: QuoteMarks[], p: number, out: QuoteMarks[]): void {
  let k = 0;
  let open = -1;
  for (let i = ps; i < pe; i++) {
    while (k < doubles.length && (doubles[k]!.close?.[1] ?? pe) <= i) k++;
    const d = doubles[k];
    if (d && i >= d.open[0]) {
      open = -1; // never pair across a double quotation
      i = (d.close?.[1] ?? pe) - 1;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code !== 0x27 && code !== 0x2018 && code !== 0x2019) continue; // ' ‘ ’
    const c = text[i];
    const before = i > ps ? text[i - 1] : undefined;
    const after = text[i + 1];
    if (open < 0) {
      const startsWord = before === undefined || SPACE.test(before) || '([:—–-'.includes(before);
      if (c !== '’' && startsWord && isWord(after)) open = i;
    } else if (before !== undefined && !SPACE.test(before) && !isWord(after)) {
      // "leaders' summit": a plural possessive, not a closing mark
      if (before === 's' && after === ' ' && /[a-z]/.test(text[i + 2] ?? '')) continue;
      const content = trimContent(text, open + 1, i);
      if (content) out.push({ open: [open, open + 1], close: [i, i + 1], content, paragraph: p, continues: false, single: true });
      open = -1;
    }
  }
}
