// Tests for the name trie: phrases match on token edges across spaces, hyphens and case, and stay right as the trie grows.
import { describe, expect, it } from 'vitest';
import type { Token } from '../model/types.js';
import { NameTrie } from './name-trie.js';

/** Whitespace-and-punctuation tokens with real spans, enough for the trie (it reads text, lower and span). */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}.]+|[^\s\p{L}\p{N}]/gu)) {
    const start = m.index!;
    tokens.push({
      i: tokens.length, text: m[0], lower: m[0].toLowerCase(), lemma: m[0].toLowerCase(), pos: 'X',
      span: [start, start + m[0].length], sentence: 0, negated: false,
    });
  }
  return tokens;
}

function matches(trie: NameTrie<string>, text: string, at: number) {
  const tokens = tokenize(text);
  return trie.matchAt(tokens, at, tokens.length).map((m) => ({
    text: text.slice(tokens[m.start]!.span[0], tokens[m.end - 1]!.span[1]), values: m.values, cased: m.cased,
  }));
}

describe('NameTrie', () => {
  const trie = new NameTrie<string>();
  trie.add('United States', 'USA');
  trie.add('United Nations', 'UN');
  trie.add('al-Qaeda', 'AQ');
  trie.add('U.S.', 'USA');

  it('gives every phrase starting at a token, shortest first, with its capitals', () => {
    expect(matches(trie, 'The United States and the United Nations', 1)).toEqual([
      { text: 'United States', values: ['USA'], cased: 'United States' },
    ]);
    expect(matches(trie, 'The United Nations said', 1).map((m) => m.values)).toEqual([['UN']]);
    expect(matches(trie, 'the united states', 1)[0]?.cased).toBe('united states');
  });

  it('matches hyphens, dashes and runs of spaces alike, but only on token edges', () => {
    expect(matches(trie, 'fighters of al-Qaeda', 2).map((m) => m.text)).toEqual(['al-Qaeda']);
    expect(matches(trie, 'fighters of al – Qaeda', 2).map((m) => m.text)).toEqual(['al – Qaeda']);
    expect(matches(trie, 'fighters of Al   Qaeda', 2).map((m) => m.text)).toEqual(['Al   Qaeda']);
    expect(matches(trie, 'the Unitedstates', 1)).toEqual([]);
    expect(matches(trie, 'the U.S. envoy', 1).map((m) => m.values)).toEqual([['USA']]);
  });

  it('finds nothing where no phrase starts, however often it is asked', () => {
    for (let k = 0; k < 3; k++) expect(matches(trie, 'The envoy met United officials', 3)).toEqual([]);
  });

  it('sees phrases added after earlier lookups', () => {
    const grown = new NameTrie<string>();
    grown.add('United States', 'USA');
    expect(matches(grown, 'United Arab Emirates', 0)).toEqual([]);
    grown.add('United Arab Emirates', 'ARE');
    grown.add('United', 'UTD');
    expect(matches(grown, 'United Arab Emirates', 0).map((m) => m.values)).toEqual([['UTD'], ['ARE']]);
  });

  it('gives the same answers when its memory of words fills up and starts over', () => {
    const small = new NameTrie<string>(2);
    small.add('United States', 'USA');
    small.add('al-Qaeda', 'AQ');
    const text = 'the United States , al-Qaeda and the United States again';
    const tokens = tokenize(text);
    const all = () => tokens.map((_, i) => small.matchAt(tokens, i, tokens.length).map((m) => [m.start, m.end, m.values]));
    const first = all();
    expect(first.flat().length).toBe(3);
    for (let k = 0; k < 3; k++) expect(all()).toEqual(first);
  });
});
