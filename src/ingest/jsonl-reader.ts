// Reads JSONL: one article per line, streamed line by line; a broken line is reported and reading goes on.
import path from 'node:path';
import type { Article } from '../model/types.js';
import { normaliseDate } from './article-id.js';
import type { ReadItem } from './read-inputs.js';

const KNOWN = new Set(['id', 'text', 'published', 'date', 'title', 'url', 'publisher', 'source']);

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** Parses one JSONL line into an article; never throws (a broken line becomes an error item). */
export function parseJsonlLine(line: string, file: string, lineNo: number): ReadItem {
  const fail = (message: string): ReadItem => ({ ok: false, error: { file, line: lineNo, message } });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return fail(`not valid JSON (${(err as Error).message}); each line must be one JSON object`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('each line must be a JSON object like {"id": ..., "text": ...}');
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return fail(o.text === undefined ? 'no "text" field: each line needs the article text in "text"' : '"text" must be a string');
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (!KNOWN.has(k)) meta[k] = v;
  const dateValue = o.published ?? o.date;
  let published: string | null = null;
  if (dateValue !== undefined && dateValue !== null && dateValue !== '') {
    const s = str(dateValue);
    published = s === null ? null : normaliseDate(s);
    if (published === null) meta.dateError = `unreadable date ${JSON.stringify(dateValue)}: use YYYY-MM-DD`;
  }
  const id = str(o.id);
  const article: Article = {
    id: id !== null && id !== '' ? id : `${file === '-' ? 'stdin' : path.basename(file)}:${lineNo}`,
    published,
    title: str(o.title),
    url: str(o.url),
    publisher: str(o.publisher) ?? str(o.source),
    raw: o.text,
    origin: { file, line: lineNo },
  };
  if (Object.keys(meta).length) article.meta = meta;
  return { ok: true, article };
}

/** Splits a stream of text chunks into lines (without `\n` or `\r\n`), holding one line at a time. */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    // Search only the new chunk: a very long line must not be rescanned chunk after chunk.
    let nl = chunk.indexOf('\n');
    if (nl >= 0) nl += rest.length;
    rest += chunk;
    let from = 0;
    while (nl >= 0) {
      yield stripCr(rest.slice(from, nl));
      from = nl + 1;
      nl = rest.indexOf('\n', from);
    }
    rest = rest.slice(from);
  }
  if (rest) yield stripCr(rest);
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

/** Reads JSONL text chunks: blank lines are skipped, line numbers count every line from 1. */
export async function* readJsonl(chunks: AsyncIterable<string>, file: string): AsyncGenerator<ReadItem> {
  let lineNo = 0;
  for await (const line of lines(chunks)) {
    lineNo++;
    const text = lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (!text.trim()) continue;
    yield parseJsonlLine(text, file, lineNo);
  }
}
