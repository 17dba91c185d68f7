// Tests for the name trie: phrases match on token edges across spaces, hyphens and case, and stay right as the trie grows.
import { describe, expect, it } from 'vitest';
import type { Token } from '../model/types.js';
import v8 from 'node:v8';
import { NameTrie, START_GAP, START_JOINED, START_MATCH, isPackedTrie, mayMatch, nextTokenClass, type PackedTrie } from './name-trie.js';

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

describe('NameTrie first steps', () => {
  const trie = new NameTrie<string>();
  for (const [phrase, value] of [
    ['United States', 'USA'], ['United', 'UTD'], ['al-Qaeda', 'AQ'], ['U.S.', 'USA'], ['Hague', 'NLD'],
    ['The Hague', 'NLD'], ['officials', 'GOV'], ['Sinn Féin', 'SF'], ["Workers' Party", 'PKK'],
  ] as const) trie.add(phrase, value);
  const texts = [
    'The United States and the united states , al-Qaeda , al – Qaeda and Al   Qaeda',
    'the U.S. envoy met officials of the Hague court; the hague and The Hague; United-States',
    "Sinn Féin and the Workers' Party — Workers’ Party, officialdom, unitedly, u.s. , al- Qaeda",
  ];

  it('says no walk can find a key only where matchAt finds none', () => {
    for (const text of texts) {
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        for (const limit of [i + 1, Math.min(tokens.length, i + 2), tokens.length]) {
          const found = trie.matchAt(tokens, i, limit);
          const { cls } = trie.start(tokens[i]!.lower);
          if (!mayMatch(cls, nextTokenClass(tokens, i, limit))) expect(found, `${text} @${i}`).toEqual([]);
        }
      }
    }
  });

  it('finds from a first step just what matchAt finds', () => {
    for (const text of texts) {
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        const first = trie.start(tokens[i]!.lower);
        for (const withCase of [true, false]) {
          expect(trie.matchFrom(tokens, i, tokens.length, first, withCase), `${text} @${i}`)
            .toEqual(trie.matchAt(tokens, i, tokens.length, withCase));
        }
        expect(trie.matchFrom(tokens, i, i, first)).toEqual([]);
      }
    }
  });

  it('classes words by how a walk may go on, and never starts at a dash', () => {
    // a key goes on after a space, so also into a joined token that folds to one (`United-States`)
    expect(trie.start('united').cls).toBe(START_MATCH | START_GAP | START_JOINED);
    expect(trie.start('the').cls).toBe(START_GAP | START_JOINED);
    // `official` only goes on within a word (`officials`): a token after a gap ends the walk
    expect(trie.start('official').cls).toBe(START_JOINED);
    expect(trie.start('envoy')).toMatchObject({ cls: 0, node: null });
    expect(trie.start('-').cls).toBe(0);
  });

  it('forgets first steps once it grows: the version moves', () => {
    const grown = new NameTrie<string>();
    grown.add('Kabul', 'AFG');
    const before = grown.version;
    expect(grown.start('herat').cls).toBe(0);
    grown.add('Herat', 'AFG');
    expect(grown.version).toBeGreaterThan(before);
    expect(grown.start('herat').cls).toBe(START_MATCH);
  });
});

describe('NameTrie packing', () => {
  it('takes keys added after lookups: new branches, keys ending inside old ones, more values for a key', () => {
    const trie = new NameTrie<string>();
    trie.add('United States', 'USA');
    expect(matches(trie, 'the United Kingdom and the United States', 1)).toEqual([]);
    // a key ending at a node already there, one needing new nodes, and a second value for an old key
    trie.add('United', 'UTD');
    trie.add('United Kingdom', 'GBR');
    trie.add('United States', 'US2');
    expect(trie.size).toBe(3);
    expect(matches(trie, 'the United Kingdom and the United States', 1).map((m) => m.values)).toEqual([['UTD'], ['GBR']]);
    expect(matches(trie, 'the United Kingdom and the United States', 5).map((m) => m.values)).toEqual([['UTD'], ['USA', 'US2']]);
    // many keys after many lookups: each still found, none lost
    const words = Array.from({ length: 200 }, (_, k) => `Place${k} Town`);
    for (const [k, w] of words.entries()) {
      trie.add(w, `P${k}`);
      if (k % 7 === 0) expect(matches(trie, `in ${words[k >> 1]!}`, 1).map((m) => m.values)).toEqual([[`P${k >> 1}`]]);
    }
    for (const [k, w] of words.entries()) expect(matches(trie, `in ${w}`, 1).map((m) => m.values)).toEqual([[`P${k}`]]);
    expect(trie.size).toBe(203);
  });

  it('answers right from a first step kept across adds, as word caches keep them until the version moves', () => {
    const trie = new NameTrie<string>();
    trie.add('Islamic State', 'IS');
    const tokens = tokenize('the Islamic State and Islamic Jihad');
    const kept = trie.start('islamic');
    expect(trie.matchFrom(tokens, 1, tokens.length, kept).map((m) => m.values)).toEqual([['IS']]);
    // a key that needs no new node (the node of `islamic` is there) and one that makes the trie pack anew
    trie.add('Islamic', 'ISL');
    trie.add('Islamic Jihad', 'PIJ');
    for (const at of [1, 4]) {
      for (const withCase of [true, false]) {
        expect(trie.matchFrom(tokens, at, tokens.length, kept, withCase)).toEqual(trie.matchAt(tokens, at, tokens.length, withCase));
        expect(trie.matchFrom(tokens, at, tokens.length, trie.start('islamic'), withCase)).toEqual(trie.matchAt(tokens, at, tokens.length, withCase));
      }
    }
    expect(trie.matchAt(tokens, 4, tokens.length).map((m) => m.values)).toEqual([['ISL'], ['PIJ']]);
  });

  it('finds every child of a node with many, and nothing between them', () => {
    const trie = new NameTrie<string>();
    const firsts = [...'abcdefghijklmnopqrstuvwxyz0123456789', 'é', 'ø', 'ж', 'ا', '中'];
    for (const c of firsts) {
      trie.add(`${c}x`, c);
      trie.add(`ñ${c}`, `ñ${c}`);
    }
    for (const c of firsts) {
      expect(matches(trie, `go ${c}x now`, 1).map((m) => m.values)).toEqual([[c]]);
      expect(matches(trie, `go ñ${c} now`, 1).map((m) => m.values)).toEqual([[`ñ${c}`]]);
      expect(trie.start(c).cls).toBe(START_JOINED);
    }
    for (const miss of ['!x', 'ax1', 'ß', 'ё', 'ñ!', 'ññ', '丁']) expect(matches(trie, `go ${miss}`, 1)).toEqual([]);
  });

  it('keeps characters outside ASCII apart, each lower-cased alone as the keys are stored', () => {
    const trie = new NameTrie<string>();
    trie.add('İstanbul', 'IST');
    trie.add('ΣΥΡΙΖΑ', 'SYRIZA');
    trie.add('Sinn Féin', 'SF');
    trie.add('𝐀lpha Group', 'ALPHA');
    trie.add('Straße', 'STR');
    // `İ` lower-cases to two characters: the walk reads the token's text and lower-cases it a character at a time
    expect(matches(trie, 'in İstanbul today', 1).map((m) => m.values)).toEqual([['IST']]);
    expect(matches(trie, 'the ΣΥΡΙΖΑ party', 1).map((m) => m.cased)).toEqual(['ΣΥΡΙΖΑ']);
    expect(matches(trie, 'the σύριζα party', 1)).toEqual([]);
    expect(matches(trie, 'of sinn féin', 1).map((m) => m.values)).toEqual([['SF']]);
    expect(matches(trie, 'of Sinn Fein', 1)).toEqual([]);
    expect(matches(trie, 'the 𝐀lpha Group', 1).map((m) => m.values)).toEqual([['ALPHA']]);
    expect(matches(trie, 'on Straße', 1).map((m) => m.values)).toEqual([['STR']]);
    expect(trie.start('straße').cls).toBe(START_MATCH);
    expect(trie.start('strasse').cls).toBe(0);
  });
});

describe('NameTrie packed as data', () => {
  it('walks the same after toPacked, v8 serialisation and fromPacked, and takes new keys', () => {
    const trie = new NameTrie<string>();
    for (const [k, v] of [['United States', 'USA'], ['United Nations', 'UN'], ['al-Qaeda', 'AQ'], ['Islamic State', 'IS'], ['US', 'USA2']] as const) trie.add(k, v);
    const back = NameTrie.fromPacked(v8.deserialize(v8.serialize(trie.toPacked())) as PackedTrie<string>);
    expect(isPackedTrie(trie.toPacked())).toBe(true);
    expect(back.size).toBe(trie.size);
    const text = 'the United Nations and the United States said al Qaeda and Islamic State, US officials said';
    const all = (t: NameTrie<string>) => tokenize(text).map((_, i, toks) => t.matchAt(toks, i, toks.length).map((m) => [m.start, m.end, [...m.values]]));
    expect(all(back)).toEqual(all(trie));
    expect(all(back).flat().length).toBe(5);
    back.add('Islamic Jihad', 'PIJ');
    const toks = tokenize('Islamic Jihad and United States');
    expect(back.matchAt(toks, 0, toks.length).map((m) => m.values)).toEqual([['PIJ']]);
    expect(back.matchAt(toks, 3, toks.length).map((m) => m.values)).toEqual([['USA']]);
    expect(isPackedTrie({ chars: new Uint16Array(2), kids: new Int32Array(2), vals: new Int32Array(2), values: [], size: 0 })).toBe(false);
  });
});
