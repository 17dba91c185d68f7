// Tests for the discards loader and data/discards.tsv: sports and market sentences drop, politics stays.
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { loadDiscards, parseDiscards } from './discards.js';

const DATA = fileURLToPath(new URL('../../data/discards.tsv', import.meta.url));

describe('parseDiscards', () => {
  const d = parseDiscards(
    ['id\tphrase\treason', 'sports/world-cup\tworld cup', 'sports/wcq\tworld cup qualifier', 'sports/goal\t+scored a goal', 'sports/semi\tsemi-final', "ent/men\tmen's singles"].join('\n'),
  );

  it('finds a phrase as whole words only', () => {
    expect(d.match('france won the world cup on sunday.')).toEqual({ id: 'sports/world-cup', phrase: 'world cup', story: false });
    expect(d.match('the world cupboard was empty.')).toBeNull();
    expect(d.match('a preworld cup match')).toBeNull();
  });

  it('prefers the longest phrase and marks story-level discards', () => {
    expect(d.match('the world cup qualifier ended 1-1')?.id).toBe('sports/wcq');
    expect(d.match('messi scored a goal')?.story).toBe(true);
  });

  it('treats hyphens, spaces and curly apostrophes alike', () => {
    expect(d.match('the semi final was delayed')?.id).toBe('sports/semi');
    expect(d.match('the semi-final was delayed')?.id).toBe('sports/semi');
    expect(d.match('the men’s singles title')?.id).toBe('ent/men');
  });

  it('finds the same phrase a single alternation over all phrases finds', () => {
    const phrases = ['world cup', 'world cup qualifier', 'scored a goal', 'semi final', "men's singles", 's&p 500', 'café au lait'];
    const list = parseDiscards(phrases.map((p, k) => `p${k}\t${p}`).join('\n'));
    const pattern = [...phrases].sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+').replace(/'/g, "['’]"));
    const alternation = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    for (const text of [
      'the world cup qualifier and the world cup', 'éworld cup', 'world cupé', '𝐀world cup', 'world cup𝐀', 'world  -- cup',
      'the s&p 500 fell', 'the s&p 5000', 'a café au lait', 'xcafé au lait', 'men’s singles', "mens singles", '2world cup',
      'he scored a goalkeeper', 'semi-final semi final', 'world-cup-qualifier', '', 'world',
    ]) {
      const m = alternation.exec(text);
      expect(list.match(text)?.phrase ?? null, text).toBe(m ? m[0].replace(/’/g, "'").replace(/[\s-]+/g, ' ') : null);
    }
  });

  it('rejects bad lines naming file and line', () => {
    expect(() => parseDiscards('a\tx\na\ty', 'd.tsv')).toThrow(/d\.tsv:2: id "a" is used twice/);
    expect(() => parseDiscards('a\tworld cup\nb\tworld-cup', 'd.tsv')).toThrow(/d\.tsv:2: phrase "world cup"/);
    expect(() => parseDiscards('A B\tx', 'd.tsv')).toThrow(/d\.tsv:1: id/);
  });
});

describe('data/discards.tsv', () => {
  const d = loadDiscards(DATA);

  it('holds a broad list', () => {
    expect(d.entries.length).toBeGreaterThan(100);
  });

  it('finds every listed phrase in a sentence (no first word is filtered out)', () => {
    for (const e of d.entries) expect(d.match(`and then ${e.phrase} again.`), e.phrase).not.toBeNull();
  });

  it('discards sports, entertainment, obituary and market sentences', () => {
    expect(d.match('the striker scored a goal in the premier league on saturday.')).not.toBeNull();
    expect(d.match('the film topped the box office for a third week.')?.story).toBe(true);
    expect(d.match('she won the gold medal in the 200m.')).not.toBeNull();
    expect(d.match('he died peacefully at his home, his family said.')).not.toBeNull();
    expect(d.match('the dow jones index rose 1.2 percent.')).not.toBeNull();
    expect(d.match('the student from lagos was crowned miss world on saturday.')).not.toBeNull();
  });

  it('keeps ordinary political sentences', () => {
    for (const s of [
      'afghan president ashraf ghani said on tuesday that the taliban had made a proposal to reduce violence.',
      'talks in the first half of the year stalled after marathon negotiations in doha.',
      'the united states sent aid to haiti after the hurricane.',
      'hunger striker released after 40 days, officials said.',
      'iran and iraq agreed to cut fossil fuel subsidies.',
      'let us open a new chapter in relations, the minister said.',
      // (the pageant named in a riot's cause: only its title won is entertainment)
      'muslim youths rampaged through kaduna in protest at an article about the miss world pageant.',
    ]) {
      expect(d.match(s), s).toBeNull();
    }
  });
});
