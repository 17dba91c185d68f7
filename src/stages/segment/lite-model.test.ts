// The lite model put together from the package's parts must be the package's own model, core and all.
import { createRequire } from 'node:module';
import path from 'node:path';
import winkNLP, { type Model } from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { liteModel, readCore } from './lite-model.js';

const require = createRequire(import.meta.url);
const packaged = require('wink-eng-lite-web-model') as Model & Record<string, unknown>;
const ours = liteModel() as Model & Record<string, unknown>;

describe('liteModel', () => {
  it('is assembled from the package parts (not the fallback), the same parts as the package gathers', () => {
    expect(ours).not.toBe(packaged);
    for (const key of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn']) expect(ours[key]).toBe(packaged[key]);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(packaged).sort());
    expect(ours.addons).toEqual(packaged.addons);
    expect(Object.keys(ours.addons).sort()).toEqual(Object.keys(packaged.addons).sort());
  });

  it('reads the core model exactly as the package does, with lookups that have no prototype', () => {
    const theirs = (packaged.core as () => Record<string, any>)();
    const mine = (ours.core as () => Record<string, any>)();
    expect(mine.lexicon).toBeInstanceOf(Uint32Array);
    expect(Array.from(mine.lexicon as Uint32Array)).toEqual(Array.from(theirs.lexicon as Uint32Array));
    expect(Array.from(mine.xpansions as Uint32Array)).toEqual(Array.from(theirs.xpansions as Uint32Array));
    expect(mine).toEqual(theirs);
    expect(Object.getPrototypeOf(mine.features.lexeme.hash)).toBeNull();
    expect(mine.features.lexeme.hash.constructor).toBe(theirs.features.lexeme.hash.constructor);
    expect(mine.features.lexeme.index).toBe(theirs.features.lexeme.index);
    expect(mine.packing.efList).toEqual(theirs.packing.efList);
  });

  it('gives each call a copy of its own (wink grows its instance lexicon)', () => {
    const file = path.join(path.dirname(require.resolve('wink-eng-lite-web-model')), 'languages', 'cur', 'models', 'eng-core-web-model.json');
    const a = readCore(file) as Record<string, any>;
    const b = readCore(file) as Record<string, any>;
    expect(a.features.lexeme.list).not.toBe(b.features.lexeme.list);
    a.features.lexeme.list.push('zzzq');
    expect(b.features.lexeme.list).not.toContain('zzzq');
  });

  it('tags text as the package model does', () => {
    const text = 'Afghan President Ashraf Ghani met the U.S. envoy on Tuesday. He didn’t say whether talks would resume — or when.';
    const nlpA = winkNLP(packaged, ['sbd', 'pos']);
    const nlpB = winkNLP(ours, ['sbd', 'pos']);
    const a = nlpA.readDoc(text);
    const b = nlpB.readDoc(text);
    expect(b.tokens().out()).toEqual(a.tokens().out());
    expect(b.tokens().out(nlpB.its.pos)).toEqual(a.tokens().out(nlpA.its.pos));
    expect(b.tokens().out(nlpB.its.lemma as never)).toEqual(a.tokens().out(nlpA.its.lemma as never));
    expect(b.sentences().out()).toEqual(a.sentences().out());
    expect(b.tokens().out().length).toBeGreaterThan(20);
  });
});
