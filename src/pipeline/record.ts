// Assembles the DyadRecord (shared/RECORD.md) from a finished document.
import type { Diagnostic, DyadRecord } from '../model/types.js';
import type { Doc } from './stage.js';

export function toRecord(doc: Doc, diagnostics: Diagnostic[]): DyadRecord {
  const a = doc.article;
  const L = doc.layers;
  const record: DyadRecord = {
    id: a.id,
    published: a.published,
    title: a.title,
    url: a.url,
    publisher: a.publisher,
    text: L.repair?.text ?? a.raw,
    repairs: L.repair?.repairs ?? [],
    sentences: (L.segment?.sentences ?? []).map((s) => ({ span: s.span })),
    actors: L.actors ?? [],
    events: L.events ?? [],
    quotes: L.quotes ?? [],
    dates: L.dates ?? [],
    places: L.places ?? [],
    tone: L.tone ?? null,
    diagnostics: [...diagnostics],
  };
  if (a.meta && Object.keys(a.meta).length) record.meta = a.meta;
  if (a.meta?.encoding === 'windows-1252') {
    record.diagnostics.unshift({ stage: 'read', message: 'the file is not valid UTF-8: it was read as Windows-1252' });
  }
  if (!a.published) {
    const why = typeof a.meta?.dateError === 'string' ? ` (${a.meta.dateError})` : '';
    record.diagnostics.unshift({ stage: 'read', message: `article has no publication date${why}: relative dates stay unresolved and events carry no date` });
  }
  if (record.text.trim() === '') {
    record.diagnostics.push({ stage: 'read', message: 'article has no text: nothing to code' });
    return record;
  }
  if (record.events.length === 0 && record.sentences.length > 0 && !record.diagnostics.some((d) => d.stage === 'events')) {
    record.diagnostics.push({ stage: 'events', message: 'no event was coded: no sentence had a known action with a political actor' });
  }
  return record;
}
