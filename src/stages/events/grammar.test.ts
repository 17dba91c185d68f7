// Grammar classes answered from bit flags must agree with the word-by-class table in data/grammar.tsv.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../coder.js';
import { GRAMMAR_BIT, parseGrammar, type GrammarClass } from './grammar.js';

describe('grammar', () => {
  it('answers has() and flags() from the same rows', () => {
    const text = readFileSync(path.join(DEFAULT_DATA_DIR, 'grammar.tsv'), 'utf8');
    const g = parseGrammar(text);
    const rows = text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t').map((c) => c.trim()));
    const classes = Object.keys(GRAMMAR_BIT) as GrammarClass[];
    for (const [word] of rows) {
      for (const cls of classes) {
        const listed = rows.some(([w, c]) => w === word && c === cls);
        expect(g.has(word!, cls), `${word} ${cls}`).toBe(listed);
        expect((g.flags(word!) & GRAMMAR_BIT[cls]) !== 0).toBe(listed);
      }
    }
    expect(g.flags('zebra')).toBe(0);
    expect(new Set(Object.values(GRAMMAR_BIT)).size).toBe(classes.length); // one bit each
  });
});
