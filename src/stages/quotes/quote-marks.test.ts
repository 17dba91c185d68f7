// Quote-mark pairing: paragraphs, straight and curly marks, unclosed quotations and single quotes.
import { describe, it, expect } from 'vitest';
import { findParagraphs, findQuoteMarks } from './quote-marks.js';

const contents = (text: string): string[] => findQuoteMarks(text).map((q) => text.slice(q.content[0], q.content[1]));

describe('quote marks', () => {
  it('splits paragraphs at blank lines and at line breaks after a sentence end', () => {
    const text = 'One line.\nTwo\nlines.\n\nThree.';
    expect(findParagraphs(text).map(([a, b]) => text.slice(a, b))).toEqual(['One line.', 'Two\nlines.', 'Three.']);
  });

  it('pairs straight quotes in order and trims a trailing comma and spaces', () => {
    const text = '"We are ready," he said, "to talk. "';
    const qs = findQuoteMarks(text);
    expect(contents(text)).toEqual(['We are ready', 'to talk.']);
    expect(qs[0]!.open).toEqual([0, 1]);
    expect(qs[0]!.close).toEqual([14, 15]);
    expect(qs[0]!.content).toEqual([1, 13]);
  });

  it('closes an unclosed quotation at the paragraph end and marks the next paragraph\'s as its continuation', () => {
    const text = '"First part of it.\n\n"Second part," he said.\n\nNo quote here.';
    const qs = findQuoteMarks(text);
    expect(contents(text)).toEqual(['First part of it.', 'Second part']);
    expect(qs[0]!.close).toBeNull();
    expect(qs.map((q) => q.continues)).toEqual([false, true]);
  });

  it('treats apostrophes as apostrophes and pairs single quotes around words', () => {
    const text = "Ghani's aides said 'we don't know' and the leaders' summit ended.";
    const qs = findQuoteMarks(text);
    expect(contents(text)).toEqual(["we don't know"]);
    expect(qs[0]!.single).toBe(true);
  });

  it('reads single quotes inside double quotes as part of the double quotation', () => {
    const text = '"He called it \'a farce\' today," she said.';
    expect(contents(text)).toEqual(["He called it 'a farce' today"]);
  });
});
