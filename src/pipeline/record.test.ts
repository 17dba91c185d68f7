// Tests of record assembly: the diagnostics a user reads when something is missing.
import { describe, expect, it } from 'vitest';
import { createCoder } from '../coder.js';

const coder = createCoder();
const article = (raw: string, published: string | null, meta?: Record<string, unknown>) => ({
  id: 'a', published, raw, title: null, url: null, publisher: null, ...(meta ? { meta } : {}),
});

describe('record diagnostics', () => {
  it('says when an article has no text', () => {
    const r = coder.code(article('   ', '2020-01-01'));
    expect(r.events).toEqual([]);
    expect(r.diagnostics.map((d) => d.message)).toEqual(['article has no text: nothing to code']);
  });

  it('says why the publication date is missing', () => {
    const r = coder.code(article('Russia attacked Ukraine.', null, { dateError: 'unreadable date "soon": use YYYY-MM-DD' }));
    expect(r.diagnostics[0]!.message).toMatch(/no publication date \(unreadable date "soon"/);
    expect(r.meta).toEqual({ dateError: 'unreadable date "soon": use YYYY-MM-DD' });
  });

  it('says when the file was read as Windows-1252', () => {
    const r = coder.code(article('Russia attacked Ukraine.', '2022-02-24', { encoding: 'windows-1252' }));
    expect(r.diagnostics[0]).toEqual({ stage: 'read', message: 'the file is not valid UTF-8: it was read as Windows-1252' });
  });

  it('says why nothing was coded', () => {
    const r = coder.code(article('The weather was fine in the capital.', '2020-01-01'));
    expect(r.events).toEqual([]);
    expect(r.diagnostics.some((d) => d.stage === 'events')).toBe(true);
  });
});
