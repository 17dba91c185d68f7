// Checks that the fast paragraph and mark scanning finds exactly what the plain character-by-character versions found.
import { describe, it, expect } from 'vitest';
import { randomTexts } from '../../../test/helpers/random-texts.js';
import type { Span } from '../../model/types.js';
import { findParagraphs, findQuoteMarks, markOffsets, trimContent, type QuoteMarks } from './quote-marks.js';


// ---- the reference: the straightforward versions the fast ones replaced ----

const REF_BREAK = /\n[ \t]*\n\s*|(?<=[.!?"”»'])[ \t]*\n\s*/g;

function refParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  REF_BREAK.lastIndex = 0;
  for (let m = REF_BREAK.exec(text); m; m = REF_BREAK.exec(text)) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function refQuoteMarks(text: string): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let lastUnclosed = false;
  refParagraphs(text).forEach(([ps, pe], p) => {
    const firstInParagraph = out.length;
    let open: Span | null = null;
    let openedAtStart = false;
    let first = ps;
    while (first < pe && /\s/.test(text[first]!)) first++;
    let unclosedHere = false;
    const emit = (close: Span | null, end: number): void => {
      const content = trimContent(text, open![1], end);
      if (content) out.push({ open: open!, close, content, paragraph: p, continues: openedAtStart && lastUnclosed, single: false });
      open = null;
    };
    for (let i = ps; i < pe; i++) {
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
        if (open) emit(null, i);
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
    refSingleQuotes(text, ps, pe, out.slice(firstInParagraph), p, out);
    lastUnclosed = unclosedHere;
  });
  out.sort((a, b) => a.open[0] - b.open[0]);
  return out;
}

function refSingleQuotes(text: string, ps: number, pe: number, doubles: QuoteMarks[], p: number, out: QuoteMarks[]): void {
  let k = 0;
  let open = -1;
  for (let i = ps; i < pe; i++) {
    while (k < doubles.length && (doubles[k]!.close?.[1] ?? pe) <= i) k++;
    const d = doubles[k];
    if (d && i >= d.open[0]) {
      open = -1;
      i = (d.close?.[1] ?? pe) - 1;
      continue;
    }
    const c = text[i];
    if (c !== "'" && c !== '‘' && c !== '’') continue;
    const before = i > ps ? text[i - 1] : undefined;
    const after = text[i + 1];
    if (open < 0) {
      const startsWord = before === undefined || /\s/.test(before) || '([:—–-'.includes(before);
      if (c !== '’' && startsWord && isWord(after)) open = i;
    } else if (before !== undefined && !/\s/.test(before) && !isWord(after)) {
      if (before === 's' && after === ' ' && /[a-z]/.test(text[i + 2] ?? '')) continue;
      const content = trimContent(text, open + 1, i);
      if (content) out.push({ open: [open, open + 1], close: [i, i + 1], content, paragraph: p, continues: false, single: true });
      open = -1;
    }
  }
}

// ---- the checks ----

const ALPHABET = [
  'a', 'b', 's', ' ', ' ', ' s', '\n', '\n\n', '\t', ' \n', '.', '!', ',', ':', '(', '—',
  '"', "'", "''", '`', '``', '“', '”', '‘', '’', '«', '»', '\u00a0', 'é',
];

describe('fast quote-mark scanning', () => {
  it('markOffsets lists every quotation-mark character, in order', () => {
    const text = `a "b" 'c' \`\`d'' «e» “f” ‘g’ h`;
    const expected = [...text].flatMap((c, i) => ('"\'`«»“”‘’'.includes(c) ? [i] : []));
    expect(markOffsets(text)).toEqual(expected);
  });

  it('findParagraphs cuts exactly where a search with the paragraph-break regex does', () => {
    for (const s of randomTexts(ALPHABET, 6000, 18, 11)) expect(findParagraphs(s)).toEqual(refParagraphs(s));
  });

  it('findQuoteMarks pairs exactly as the character-by-character version did', () => {
    for (const s of randomTexts(ALPHABET, 6000, 24, 11)) expect(findQuoteMarks(s)).toEqual(refQuoteMarks(s));
    // mostly single marks between words, with a few doubles to pair across
    const singles = ['ab', 's', ' ', ' ', "'", "'", '‘', '’', '"', '(', '.\n', ' s '];
    for (const s of randomTexts(singles, 6000, 20, 5)) expect(findQuoteMarks(s)).toEqual(refQuoteMarks(s));
  });
});
