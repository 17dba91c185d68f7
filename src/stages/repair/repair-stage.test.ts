// Tests the repair stage on the seed article and on one small case for every kind of damage.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRepairStage, repairText } from './repair-stage.js';
import { parseTextArticle } from '../../ingest/read-inputs.js';
import type { Repair } from '../../model/types.js';

const SEED = path.resolve(__dirname, '../../../../shared/seed/000_848cd51483da8687.txt');

/** Every repair points at its raw original, and every span of the text maps back sensibly. */
function expectConsistent(raw: string): ReturnType<typeof repairText> {
  const r = repairText(raw);
  for (const rep of r.repairs) expect(raw.slice(rep.rawSpan[0], rep.rawSpan[1])).toBe(rep.raw);
  const spans = r.repairs.map((rep) => rep.rawSpan);
  for (let k = 1; k < spans.length; k++) expect(spans[k]![0]).toBeGreaterThanOrEqual(spans[k - 1]![1]);
  return r;
}

function only(raw: string): { text: string; repairs: Repair[] } {
  const r = expectConsistent(raw);
  return { text: r.text, repairs: r.repairs };
}

describe.skipIf(!existsSync(SEED))('the seed article (needs ../shared/seed)', () => {
  const article = existsSync(SEED) ? parseTextArticle(readFileSync(SEED, 'utf8'), SEED) : null;

  it('repairs the mangled quotes, the apostrophe and the MT leftover', () => {
    const { text } = expectConsistent(article!.raw);
    expect(text).toContain('"remarkable progress" had been made');
    expect(text).toContain('reduction of violence", as the United States');
    expect(text).toContain("Robert O'Brien, the White House");
    expect(text).toContain('a US lawsuit. That the armed group');
    expect(text).toContain('withdrawal from Afghanistan."');
    expect(text).not.toContain('UU.');
    expect(text).not.toContain(',quot;');
  });

  it('maps repaired spans back to the raw text', () => {
    const r = repairText(article!.raw);
    const at = r.text.indexOf("O'Brien");
    const [s, e] = r.offsets.toRawSpan([at, at + 7]);
    expect(article!.raw.slice(s, e)).toBe('O & # 39; Brien');
    const p = r.text.indexOf('Afghan President Ashraf Ghani');
    expect(article!.raw.slice(...r.offsets.toRawSpan([p, p + 29]))).toBe('Afghan President Ashraf Ghani');
    expect(r.repairs.map((x) => x.kind).sort()).toEqual(['mangled-entity', 'mangled-entity', 'mangled-entity', 'mt-leftover', 'whitespace']);
  });

  it('runs as a stage', () => {
    const stage = createRepairStage();
    const layer = stage.run({ article: article!, layers: {} }, { report: () => {} });
    expect(layer.text).toContain("Robert O'Brien");
    expect(layer.offsets.text).toBe(layer.text);
  });
});

describe('html entities', () => {
  it('decodes named, numeric and hex entities', () => {
    const { text, repairs } = only('Tom &amp; Jerry said &quot;no&quot; &#39;ok&#39; it&#x2019;s');
    expect(text).toBe('Tom & Jerry said "no" \'ok\' it’s');
    expect(repairs.every((r) => r.kind === 'html-entity')).toBe(true);
    expect(repairs[0]).toEqual({ kind: 'html-entity', raw: '&amp;', text: '&', rawSpan: [4, 9] });
  });

  it('decodes double-encoded entities in one repair', () => {
    expect(only('He said &amp;quot;yes&amp;quot; to AT&amp;T').text).toBe('He said "yes" to AT&T');
    expect(only('x &amp;quot; y').repairs).toEqual([{ kind: 'html-entity', raw: '&amp;quot;', text: '"', rawSpan: [2, 12] }]);
  });

  it('leaves unknown entity-like text alone', () => {
    expect(only('R&D and Q&A; &foo; rock&roll').text).toBe('R&D and Q&A; &foo; rock&roll');
  });
});

describe('mangled entities', () => {
  it('repairs the forms machine translation leaves', () => {
    expect(only('"progress,quot; had').text).toBe('"progress" had');
    expect(only('said &quot yes').text).toBe('said " yes');
    expect(only('said & quot;yes& quot;').text).toBe('said "yes"');
    expect(only('Robert O & # 39; Brien').text).toBe("Robert O'Brien");
    expect(only("don&# 39;t").text).toBe("don't");
    const r = only('O & # 39; Brien');
    expect(r.repairs).toEqual([{ kind: 'mangled-entity', raw: ' & # 39; ', text: "'", rawSpan: [1, 10] }]);
  });

  it('does not touch comma-words that are not quote entities', () => {
    expect(only('apples,not; pears,and; A & C').text).toBe('apples,not; pears,and; A & C');
  });
});

describe('mojibake', () => {
  it('decodes UTF-8 read as Windows-1252', () => {
    const r = only('donâ€™t say â€œhiâ€\u009d, cafÃ© â€" Ã¼ber');
    expect(r.text).toBe('don’t say “hi”, café — über');
    expect(r.repairs.every((x) => x.kind === 'mojibake')).toBe(true);
    expect(r.repairs[0]).toEqual({ kind: 'mojibake', raw: 'â€™', text: '’', rawSpan: [3, 6] });
  });

  it('decodes longer sequences and text encoded twice', () => {
    expect(only('ÐŸÑ€Ð¸Ð²ÐµÑ‚ and ä¸­æ–‡').text).toBe('Привет and 中文');
    expect(only('itÃ¢â‚¬â„¢s').text).toBe('it’s');
  });

  it('leaves genuine accented text alone', () => {
    for (const s of ['CAFÉ” he said', 'a café… ”', 'à « bientôt »', 'São Paulo, Zürich, Ñandú']) expect(only(s).text).toBe(s);
  });
});

describe('markup', () => {
  it('removes tags, turning block tags into paragraph breaks', () => {
    const r = only('<p>Hello <b>world</b>.</p>\n<p>Next<br/>line</p>');
    expect(r.text).toBe('Hello world.\n\nNext\nline');
    expect(r.repairs.every((x) => x.kind === 'markup')).toBe(true);
  });

  it('drops scripts and comments with their content, keeps non-tags', () => {
    expect(only('A<script>var x = "<p>";</script> B<!-- hidden --> C').text).toBe('A B C');
    expect(only('if x < y and y > z then <Reuters> x').text).toBe('if x < y and y > z then <Reuters> x');
  });
});

describe('machine-translation leftovers', () => {
  it('turns EE. UU. into US, keeping a full stop that ends a sentence', () => {
    const r = only('the EE. UU. army and EE.UU., in the EE. UU. Then');
    expect(r.text).toBe('the US army and US, in the US. Then');
    expect(r.repairs[0]).toEqual({ kind: 'mt-leftover', raw: 'EE. UU.', text: 'US', rawSpan: [4, 11] });
  });

  it('removes an orphan UU. after a sentence end only', () => {
    expect(only('a US lawsuit. UU. That the group').text).toBe('a US lawsuit. That the group');
    expect(only('the UU. group').text).toBe('the UU. group');
  });
});

describe('whitespace', () => {
  it('normalises line ends, odd spaces, runs and blank lines', () => {
    const r = only('  One\u00A0two  \tthree.\r\nFour\n\n\n\nFive  ');
    expect(r.text).toBe('One two three.\nFour\n\nFive');
    expect(r.repairs.every((x) => x.kind === 'whitespace')).toBe(true);
  });

  it('removes space before punctuation and before a closing quote at a sentence end', () => {
    expect(only('Yes , he said ; fine . "I agree . "').text).toBe('Yes, he said; fine. "I agree."');
    expect(only('said: "no withdrawal from Afghanistan. "\n\nNext').text).toBe('said: "no withdrawal from Afghanistan."\n\nNext');
    expect(only('”Done. ” he said').text).toBe('”Done.” he said');
  });

  it('keeps spaces that belong: opening quotes, leading dots, decimals', () => {
    for (const s of ['He left. "Then she came," he said.', 'uses .NET daily', 'rate of .5 percent', '13,000 troops']) expect(only(s).text).toBe(s);
  });

  it('keeps quotes as they are', () => {
    expect(only('“Curly” and "straight" and ‘single’').text).toBe('“Curly” and "straight" and ‘single’');
  });

  it('merges adjacent whitespace edits and caps how many are listed', () => {
    expect(only('a \u00A0 \t b').repairs).toEqual([{ kind: 'whitespace', raw: ' \u00A0 \t ', text: ' ', rawSpan: [1, 6] }]);
    const many = 'x\r\n'.repeat(80);
    const r = repairText(many, { maxWhitespaceRepairs: 10 });
    expect(r.repairs.length).toBe(10);
    expect(r.unlistedWhitespace).toBe(70);
  });

  it('returns an identity map for clean text', () => {
    const r = repairText('Clean text.');
    expect(r.repairs).toEqual([]);
    expect(r.offsets.isIdentity).toBe(true);
  });
});

describe('any mix of damage', () => {
  const FRAGMENTS = ['word', 'Kabul', ' ', '  ', '\n', '\r\n', '\n\n\n', '\t', '\u00A0', '&amp;', '&quot;', ',quot;', ' & # 39; ', 'â€™', 'Ã©',
    '<p>', '</b>', '<br/>', '.', ',', '"', '”', ')', 'EE. UU.', ' UU. ', 'É”', '&amp;quot;', '<!-- c -->', '&#39', '&nbsp;', 'Ð¡'];
  let seed = 42;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };

  it('lists exactly the changes made, in order, and maps every span inside the raw text', () => {
    for (let round = 0; round < 400; round++) {
      let raw = '';
      const len = 1 + rand(25);
      for (let k = 0; k < len; k++) raw += FRAGMENTS[rand(FRAGMENTS.length)];
      const r = repairText(raw, { maxWhitespaceRepairs: Infinity });
      let rebuilt = '';
      let pos = 0;
      for (const rep of r.repairs) {
        expect(raw.slice(rep.rawSpan[0], rep.rawSpan[1])).toBe(rep.raw);
        expect(rep.rawSpan[0]).toBeGreaterThanOrEqual(pos);
        rebuilt += raw.slice(pos, rep.rawSpan[0]) + rep.text;
        pos = rep.rawSpan[1];
      }
      expect(rebuilt + raw.slice(pos)).toBe(r.text);
      expect(r.text).not.toMatch(/^\s|\s$|  |\n\n\n|\r/);
      for (let a = 0; a <= r.text.length; a += 3) {
        for (let b = a; b <= r.text.length; b += 5) {
          const [s, e] = r.offsets.toRawSpan([a, b]);
          expect(0 <= s && s <= e && e <= raw.length).toBe(true);
        }
      }
    }
  });
});
