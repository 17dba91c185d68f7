// Tests that the repair pass's speed-ups (lookbehind hoisting, the comma lookahead, the whitespace hint) change no result.
import { describe, it, expect } from 'vitest';
import { randomTexts } from '../../../test/helpers/random-texts.js';
import { hoistLeadingLookbehind, loadRepairRules, type CompiledRepairRules } from './repair-rules.js';
import { changingWhitespace, repairText } from './repair-text.js';


function allMatches(re: RegExp, s: string): string[] {
  return [...s.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

describe('hoistLeadingLookbehind', () => {
  it('moves a leading lookbehind behind the literal that follows it', () => {
    expect(hoistLeadingLookbehind('(?<=[.!?]["”’]? )UU\\.')).toBe('U(?<=(?:[.!?]["”’]? )U)U\\.');
    expect(hoistLeadingLookbehind('(?<!\\))ab')).toBe('a(?<!(?:\\))a)b');
    expect(hoistLeadingLookbehind('(?<=a|b)x')).toBe('x(?<=(?:a|b)x)');
  });

  it('leaves other shapes alone', () => {
    for (const p of ['abc', '(?<=a)x?', '(?<=a)x*', '(?<=a)\\d', '(?<=a)(?:x)', '(?<=a)[xy]', '(?<=a', '(?=a)b']) {
      expect(hoistLeadingLookbehind(p)).toBe(p);
    }
  });

  it('matches exactly what the original pattern matches', () => {
    const patterns = ['(?<=[.!?]["”’]? )UU\\.(?: |(?=\\n)|$)', '(?<=a|b )x', '(?<!\\))ab', '(?<=[)(])x+'];
    const texts = [...randomTexts(['a', 'b', 'x', ' ', ')', '(', '.', '!', '"', '”', 'U', 'UU.', '\n'], 3000, 14)];
    for (const p of patterns) {
      const before = new RegExp(p, 'gu');
      const after = new RegExp(hoistLeadingLookbehind(p), 'gu');
      for (const s of texts) expect(allMatches(after, s)).toEqual(allMatches(before, s));
    }
  });
});

describe('changingWhitespace', () => {
  const WHOLE_RUNS = /\s*[^\S ]\s*| {2,}\s*| (?=[,.;:)"”])/g;
  it('finds exactly the runs the whole-run regex finds', () => {
    const alphabet = [' ', ' ', ' ', '\n', '\t', '\r', '\u00a0', '\u2009', '\ufeff', 'a', 'b', ',', '.', ';', ':', ')', '"', '”', '“', '\u2028', 'é'];
    for (const s of randomTexts(alphabet, 5000, 16)) {
      const expected: number[] = [];
      for (const m of s.matchAll(WHOLE_RUNS)) expected.push(m.index, m.index + m[0].length);
      expect(changingWhitespace(s)).toEqual(expected);
    }
  });
});

describe('the comma lookahead in the entity scanner', () => {
  /** The rules as they were before the lookahead: every `,word` was a scanner match, rejected later. */
  function withoutLookahead(rules: CompiledRepairRules): CompiledRepairRules {
    const source = rules.scanner.source.replace('(&|,(?=#?[0-9A-Za-z]{1,32};))', '([&,])');
    expect(source).not.toBe(rules.scanner.source);
    return { ...rules, scanner: new RegExp(source, rules.scanner.flags) };
  }

  it('never skips an entity the handler would accept', () => {
    const rules = loadRepairRules();
    const plain = withoutLookahead(rules);
    const alphabet = [',', '&', ' ', ';', '#', 'amp;', 'quot', 'apos', 'x', '27', '39', 'O', 'Brien', 'nbsp', 'q', '\n'];
    const samples = [',quot;', 'a ,quot; b', 'O ,#39; Brien', ',#x27;', ', quot;', ',amp;quot;', ',quot', ',nbsp;x', ',foo;'];
    for (const s of [...samples, ...randomTexts(alphabet, 4000, 10)]) {
      const a = repairText(s, { rules });
      const b = repairText(s, { rules: plain });
      expect(a.text).toBe(b.text);
      expect(a.repairs).toEqual(b.repairs);
    }
  });
});
