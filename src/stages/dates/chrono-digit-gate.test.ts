// Checks the dates stage's digit gate: windows without a digit skip chrono's digit-only parsers and still get the same results.
import { describe, expect, it } from 'vitest';
import { DIGIT_CHRONO_PARSERS, getChrono } from './dates-stage.js';

/** Deterministic pseudo-random word sequences, digit-free, rich in what chrono's parsers look for. */
function* digitFreeTexts(count: number, seed = 3): Generator<string> {
  const words = [
    'on', 'in', 'of', 'the', 'last', 'next', 'this', 'past', 'after', 'ago', 'before', 'earlier', 'week', 'weekend',
    'month', 'year', 'day', 'days', 'two', 'three', 'a', 'few', 'Monday', 'Thursday', 'Sun', 'sat', 'March', 'May',
    'September', 'Sept.', 'Jan', 'first', 'twenty-first', 'third', 'to', 'through', 'today', 'yesterday',
    'tonight', 'morning', 'noon', 'AD', 'BC', 'of', ',', '-', '/', '.', 'EST', '(', ')', 'Baghdad', 'talks',
  ];
  let x = seed;
  const next = (n: number): number => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
  for (let k = 0; k < count; k++) {
    const parts: string[] = [];
    for (let len = 1 + next(7); len > 0; len--) parts.push(words[next(words.length)]!);
    yield parts.join(next(4) === 0 ? '' : ' ');
  }
}

describe('the chrono digit gate', () => {
  const chrono = getChrono();

  it('names parsers that exist, and only leaves those out', () => {
    const all = chrono.any.parsers.map((p) => p.constructor.name);
    for (const name of DIGIT_CHRONO_PARSERS) expect(all).toContain(name);
    expect(chrono.noDigits.parsers.map((p) => p.constructor.name)).toEqual(all.filter((n) => !DIGIT_CHRONO_PARSERS.has(n)));
    expect(chrono.noDigits.refiners).toEqual(chrono.any.refiners);
  });

  it('gives the same results as the full parser set on text without digits', () => {
    const ref = new Date(2020, 1, 12, 12);
    let found = 0;
    for (const text of digitFreeTexts(3000)) {
      const a = chrono.any.parse(text, ref);
      const b = chrono.noDigits.parse(text, ref);
      expect(b.map((r) => [r.index, r.text, r.start.date().getTime(), [...r.tags()]])).toEqual(
        a.map((r) => [r.index, r.text, r.start.date().getTime(), [...r.tags()]]),
      );
      found += a.length;
    }
    expect(found).toBeGreaterThan(300); // the texts do hold dates
  });

  it('digit-only parsers never match text without digits', () => {
    const parsers = getChrono().any.parsers.filter((p) => DIGIT_CHRONO_PARSERS.has(p.constructor.name));
    const context = { option: {}, text: '' } as never;
    for (const text of digitFreeTexts(3000, 9)) {
      for (const p of parsers) expect(p.pattern(context).test(text)).toBe(false);
    }
  });
});
