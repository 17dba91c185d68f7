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
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*|(?<=[.!?"”»'])[ \t]*\n\s*/y;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * The paragraphs of `text`. `PARAGRAPH_BREAK` is tried only where a match can start: at a line
 * break, or where the spaces and tabs before one start. Searching with it instead would run its
 * lookbehind at every character of the text.
 */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let from = 0; // no break starts before the end of the last one
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', Math.max(nl + 1, from))) {
    const m = breakAt(text, from, nl);
    if (!m) continue;
    if (m.index > start) out.push([start, m.index]);
    start = from = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** The leftmost paragraph break at or after `from` that uses the line break at `nl`, if any. */
function breakAt(text: string, from: number, nl: number): RegExpExecArray | null {
  let lead = nl;
  while (lead > from && (text.charCodeAt(lead - 1) === 32 || text.charCodeAt(lead - 1) === 9)) lead--;
  if (lead < nl) {
    PARAGRAPH_BREAK.lastIndex = lead;
    const m = PARAGRAPH_BREAK.exec(text);
    if (m) return m;
  }
  PARAGRAPH_BREAK.lastIndex = nl;
  return PARAGRAPH_BREAK.exec(text);
}

/** Trims spaces on both sides and punctuation that belongs to the frame, not the quote. */
export function trimContent(text: string, start: number, end: number): Span | null {
  let a = start;
  let b = end;
  while (a < b && SPACE.test(text[a]!)) a++;
  while (b > a && (SPACE.test(text[b - 1]!) || text[b - 1] === ',' || text[b - 1] === ';' || text[b - 1] === ':')) b--;
  return b > a ? [a, b] : null;
}

/** The characters the double-mark pairing reacts to: `"` `'` `` ` `` « » “ ”. */
function isMarkCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x60 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d;
}

/** Every character either pairing looks at: the double marks above plus the single ‘ ’. */
const ANY_MARK = /["'`«»“”‘’]/g;

/**
 * Offsets of all quotation-mark characters, in order. Marks are a few per thousand characters, and
 * the regex engine finds them several times faster than a JavaScript loop over every character.
 */
export function markOffsets(text: string): number[] {
  const out: number[] = [];
  ANY_MARK.lastIndex = 0;
  for (let m = ANY_MARK.exec(text); m; m = ANY_MARK.exec(text)) out.push(m.index);
  return out;
}

/** Index of the first offset in `offsets` (sorted) at or after `at`. */
function firstAtOrAfter(offsets: readonly number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const isWord = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

/**
 * Pairs double quotation marks (`"…"`, `“…”`, `«…»`, ``` ``…'' ```) within each paragraph, and
 * single ones (`'…'`, `‘…’`) outside them. A straight `"` toggles; an unclosed quotation closes
 * at the paragraph end, and a quotation that opens the next paragraph continues it.
 */
export function findQuoteMarks(text: string, paragraphs: readonly Span[] = findParagraphs(text)): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  const marks = markOffsets(text);
  let lastUnclosed = false;
  paragraphs.forEach(([ps, pe], p) => {
    const firstMark = firstAtOrAfter(marks, ps);
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
    for (let k = firstMark; k < marks.length && marks[k]! < pe; k++) {
      const i = marks[k]!;
      if (!isMarkCode(text.charCodeAt(i))) continue; // ‘ ’ are single marks only
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
      // a two-character mark: its second character is the next mark, and is no mark of its own
      if ((opener === 2 || closer === 2) && marks[k + 1] === i + 1) k++;
    }
    if (open) {
      emit(null, pe);
      unclosedHere = true;
    }
    findSingleQuotes(text, ps, pe, out.slice(firstInParagraph), p, out, marks, firstMark);
    lastUnclosed = unclosedHere;
  });
  out.sort((a, b) => a.open[0] - b.open[0]);
  return out;
}

/**
 * Single-quoted stretches in `[ps, pe)` that do not overlap a double quotation; `marks` holds the
 * offsets of all mark characters, `firstMark` the first index at or after `ps`.
 */
function findSingleQuotes(
  text: string, ps: number, pe: number, doubles: QuoteMarks[], p: number, out: QuoteMarks[], marks: readonly number[], firstMark: number,
): void {
  let k = 0;
  let open = -1;
  for (let j = firstMark; j < marks.length && marks[j]! < pe; j++) {
    const i = marks[j]!;
    const code = text.charCodeAt(i);
    if (code !== 0x27 && code !== 0x2018 && code !== 0x2019) continue; // ' ‘ ’
    // never pair across a double quotation: passing one, or standing in one, drops the open mark
    while (k < doubles.length && (doubles[k]!.close?.[1] ?? pe) <= i) {
      k++;
      open = -1;
    }
    const d = doubles[k];
    if (d && i >= d.open[0]) {
      open = -1;
      continue;
    }
    open = singleMark(text, ps, i, open, p, out);
  }
}

/** Handles one `'`, `‘` or `’` at `i`: returns the open mark's offset afterwards (-1 when none is open). */
function singleMark(text: string, ps: number, i: number, open: number, p: number, out: QuoteMarks[]): number {
  const c = text[i];
  const before = i > ps ? text[i - 1] : undefined;
  const after = text[i + 1];
  if (open < 0) {
    const startsWord = before === undefined || SPACE.test(before) || '([:—–-'.includes(before);
    return c !== '’' && startsWord && isWord(after) ? i : open;
  }
  if (before !== undefined && !SPACE.test(before) && !isWord(after)) {
    // "leaders' summit": a plural possessive, not a closing mark
    if (before === 's' && after === ' ' && /[a-z]/.test(text[i + 2] ?? '')) return open;
    const content = trimContent(text, open + 1, i);
    if (content) out.push({ open: [open, open + 1], close: [i, i + 1], content, paragraph: p, continues: false, single: true });
    return -1;
  }
  return open;
}
