// Single sentences through the whole coder, written as "CAMEO SRC>TGT [modality]" for tests that read like a coder's notes.
import { expect, it } from 'vitest';
import { createCoder } from '../../src/coder.js';

const coder = createCoder();

/** The sentence's events (statements, CAMEO 01, left out), each as "CAMEO SRC>TGT [modality]". */
export function events(text: string, published = '2020-01-15'): string[] {
  const r = coder.code({ id: 's', published, raw: text, title: null, url: null, publisher: null });
  return r.events.filter((e) => !e.cameo.startsWith('01')).map((e) => `${e.cameo} ${e.source?.code ?? '-'}>${e.target?.code ?? '-'}${e.modality === 'asserted' ? '' : ` ${e.modality}`}`);
}

/** One test per row: the sentence, published on the date, holds the event written as "CAMEO SRC>TGT [modality]". */
export function itCodes(rows: [string, string, string][]): void {
  it.each(rows)('%s → %s', (text, expected, date) => {
    const found = events(text, date);
    expect(found, found.join(' | ')).toContain(expected);
  });
}

/** No event coded for the sentence starts with `prefix` (or, with `anywhere`, holds it): a wrong reading stays out. */
export function expectNoEvent(text: string, prefix: string, anywhere = false): void {
  const found = events(text);
  expect(found.filter((e) => (anywhere ? e.includes(prefix) : e.startsWith(prefix))), found.join(' | ')).toEqual([]);
}

/** The coder itself, for tests that read its actors or places. */
export { coder };
