// Checks chrono's parser gates: a window runs only the parsers that could match it, with the same results as all of them.
import { describe, expect, it } from 'vitest';
import { CHRONO_PARSER_NEEDS, getChrono } from './news-chrono.js';

/** Deterministic pseudo-random word sequences, rich in what chrono's parsers look for (digits in some). */
function* windowTexts(count: number, seed: number, withDigits: boolean): Generator<string> {
  const words = [
    'on', 'in', 'of', 'the', 'last', 'next', 'this', 'past', 'after', 'ago', 'before', 'earlier', 'week', 'weekend',
    'weekday', 'month', 'year', 'day', 'days', 'two', 'three', 'a', 'few', 'Monday', 'Thursday', 'Thurs.', 'Sun', 'sat',
    'March', 'May', 'may', 'September', 'Sept.', 'Jan', 'Dec.', 'first', 'twenty-first', 'third', 'to', 'through',
    'today', 'yesterday', 'tonight', 'now', 'tomorrow', 'last night', 'morning', 'noon', 'midnight', 'evening', 'AD',
    'BC', 'of', ',', '-', '/', '.', 'EST', '(', ')', 'Baghdad', 'talks', 'Sunni', 'Monitor', 'Marchers',
  ];
  const numbers = ['3', '21st', '2019', '1974', '12/05/2019', '2019-03-04', '5/2020', '10', '3rd', '14:00', '7/8'];
  let x = seed;
  const next = (n: number): number => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
  for (let k = 0; k < count; k++) {
    const parts: string[] = [];
    for (let len = 1 + next(7); len > 0; len--) {
      parts.push(withDigits && next(4) === 0 ? numbers[next(numbers.length)]! : words[next(words.length)]!);
    }
    yield parts.join(next(4) === 0 ? '' : ' ');
  }
}

const summary = (results: ReturnType<ReturnType<typeof getChrono>['parse']>) =>
  results.map((r) => [r.index, r.text, r.start.date().getTime(), [...r.tags()]]);

describe('chrono for news', () => {
  const chrono = getChrono();

  it('gates only parsers it keeps', () => {
    const kept = chrono.all.parsers.map((p) => p.constructor.name);
    for (const name of Object.keys(CHRONO_PARSER_NEEDS)) expect(kept).toContain(name);
  });

  it('gives the same results as every parser together, with and without digits', () => {
    const ref = new Date(2020, 1, 12, 12);
    let found = 0;
    for (const withDigits of [false, true]) {
      for (const text of windowTexts(3000, withDigits ? 5 : 3, withDigits)) {
        const all = chrono.all.parse(text, ref);
        expect(summary(chrono.parse(text, ref))).toEqual(summary(all));
        found += all.length;
      }
    }
    expect(found).toBeGreaterThan(1000); // the texts do hold dates
  });

  it("never leaves out a parser that matches: each parser's pattern fails wherever its gate does", () => {
    const context = { option: {}, text: '' } as never;
    const gated = chrono.all.parsers.filter((p) => CHRONO_PARSER_NEEDS[p.constructor.name]);
    let closed = 0;
    for (const text of windowTexts(4000, 9, true)) {
      for (const p of gated) {
        if (CHRONO_PARSER_NEEDS[p.constructor.name]!.every((need) => need.test(text))) continue;
        closed++;
        expect(p.pattern(context).test(text), `${p.constructor.name} on "${text}"`).toBe(false);
      }
    }
    expect(closed).toBeGreaterThan(10_000);
  });
});
