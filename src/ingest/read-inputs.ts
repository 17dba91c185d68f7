// Reads articles from files, folders and standard input, in any supported format, as one stream of items.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../model/types.js';
import { IdRegistry, contentId, fileId } from './article-id.js';
import { parseHtmlArticle } from './html-reader.js';
import { parseJsonlLine, readJsonl } from './jsonl-reader.js';
import { parseTextArticle } from './text-reader.js';

export { parseTextArticle } from './text-reader.js';
export { parseJsonlLine } from './jsonl-reader.js';
export { parseHtmlArticle } from './html-reader.js';

export type InputFormat = 'auto' | 'text' | 'jsonl' | 'html';
export interface InputError {
  file: string;
  line?: number;
  message: string;
}
export type ReadItem = { ok: true; article: Article } | { ok: false; error: InputError };

export interface ReadOptions {
  inputFormat?: InputFormat;
  stdin?: NodeJS.ReadableStream;
}

const EXTENSIONS: Record<string, Exclude<InputFormat, 'auto'>> = {
  '.txt': 'text', '.text': 'text',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'jsonl', '.jsonlines': 'jsonl',
  '.html': 'html', '.htm': 'html',
};

/** The format a file's extension names, or null when it names none we read. */
export function formatOfPath(file: string): Exclude<InputFormat, 'auto'> | null {
  return EXTENSIONS[path.extname(file).toLowerCase()] ?? null;
}

/** The format of content by its first non-blank character: `{`/`[` JSON lines, `<` HTML, else text. */
export function sniffFormat(content: string): Exclude<InputFormat, 'auto'> {
  const m = /\S/.exec(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  const c = m?.[0];
  return c === '{' || c === '[' ? 'jsonl' : c === '<' ? 'html' : 'text';
}

/**
 * Reads every article under `paths` (files, folders walked recursively in sorted order, or `-`
 * for standard input). User mistakes (a missing path, a broken line) become error items;
 * reading goes on.
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const forced = opts.inputFormat && opts.inputFormat !== 'auto' ? opts.inputFormat : null;
  const ids = new IdRegistry();
  for (const p of paths) {
    if (p === '-') {
      if (!opts.stdin) {
        yield { ok: false, error: { file: '-', message: 'standard input is not available' } };
        continue;
      }
      yield* withUniqueIds(readStream(chunksOf(opts.stdin), '-', forced), ids);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const message = code === 'ENOENT' || code === 'ENOTDIR' ? `no such file or folder: ${p}` : `cannot read ${p}: ${(err as Error).message}`;
      yield { ok: false, error: { file: p, message } };
      continue;
    }
    const files = isDir ? await walk(p, forced !== null) : [p];
    if (isDir && files.length === 0) {
      yield { ok: false, error: { file: p, message: `no readable articles in folder ${p} (looked for .txt, .jsonl, .ndjson, .json, .html, .htm)` } };
    }
    for (const file of files) yield* withUniqueIds(readFileItems(file, forced), ids);
  }
}

/** Keeps generated ids unique within the batch; ids the input gave are left as they are. */
async function* withUniqueIds(items: AsyncIterable<ReadItem>, ids: IdRegistry): AsyncGenerator<ReadItem> {
  for await (const item of items) {
    if (item.ok) {
      if (isGeneratedId(item.article)) item.article.id = ids.unique(item.article.id);
      else ids.reserve(item.article.id);
    }
    yield item;
  }
}

function isGeneratedId(a: Article): boolean {
  const file = a.origin?.file ?? '';
  if (a.origin?.line !== undefined) return a.id === `${file === '-' ? 'stdin' : path.basename(file)}:${a.origin.line}`;
  return a.id === (fileId(file) ?? contentId(a.raw));
}

async function walk(dir: string, all: boolean): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full, all)));
    else if (e.isFile() && (all || formatOfPath(e.name) !== null)) out.push(full);
  }
  return out;
}

async function* readFileItems(file: string, forced: Exclude<InputFormat, 'auto'> | null): AsyncGenerator<ReadItem> {
  const format = forced ?? formatOfPath(file);
  if (format === 'jsonl') {
    yield* readStream(createReadStream(file, { encoding: 'utf8' }) as AsyncIterable<string>, file, 'jsonl');
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    yield { ok: false, error: { file, message: `cannot read ${file}: ${(err as Error).message}` } };
    return;
  }
  const { text: content, encoding } = decodeText(bytes);
  for await (const item of parseWhole(content, file, format ?? sniffFormat(content))) {
    if (item.ok && encoding !== 'utf-8') item.article.meta = { ...item.article.meta, encoding };
    yield item;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/**
 * A file's text: UTF-16 after its byte-order mark, UTF-8 when it is valid UTF-8 (a byte-order mark
 * dropped), else Windows-1252, the
 * usual encoding of older Western news archives ("\xe9t\xe9" is "été", not two undecodable bytes).
 * A binary file decodes to control characters either way, which `looksBinary` then rejects.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } {
  // a UTF-16 byte-order mark (Windows "Unicode" text files)
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Node's decoder treats windows-1252 as Latin-1: 0x80–0x9F come out as C1 controls, mapped here
    return { text: WINDOWS_1252.decode(bytes).replace(C1, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c), encoding: 'windows-1252' };
  }
}

const C1 = /[\u0080-\u009f]/g;
/** What Windows-1252 puts at 0x80–0x9F (undefined where it puts nothing). */
const CP1252_C1 = [
  '€', undefined, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', undefined, 'Ž', undefined,
  undefined, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', undefined, 'ž', 'Ÿ',
];

async function* parseWhole(content: string, file: string, format: Exclude<InputFormat, 'auto'>): AsyncGenerator<ReadItem> {
  if (format === 'jsonl') {
    yield* readJsonlOrArray(single(content), file);
    return;
  }
  if (!content.trim()) {
    yield { ok: false, error: { file, message: 'empty input: no article text' } };
    return;
  }
  if (looksBinary(content)) {
    yield { ok: false, error: { file, message: 'not a text file (binary content, or text not in UTF-8): skipped' } };
    return;
  }
  yield { ok: true, article: format === 'html' ? parseHtmlArticle(content, file) : parseTextArticle(content, file) };
}

/**
 * An image, a PDF, an archive or a UTF-16 file read as UTF-8: NUL bytes, or many control characters
 * or undecodable bytes (U+FFFD) in its first 8,000 characters. Real articles, however noisy, have
 * almost none.
 */
export function looksBinary(content: string): boolean {
  const n = Math.min(content.length, 8000);
  let odd = 0;
  for (let k = 0; k < n; k++) {
    const c = content.charCodeAt(k);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
  }
  return odd > 8 && odd > n / 20;
}

/** Reads a stream: JSONL line by line; text and HTML (one article each) as a whole. */
async function* readStream(chunks: AsyncIterable<string>, file: string, forced: Exclude<InputFormat, 'auto'> | null): AsyncGenerator<ReadItem> {
  try {
    const it = chunks[Symbol.asyncIterator]();
    const head: string[] = [];
    let format = forced;
    if (!format) {
      // Sniff on the first non-blank character, holding only the chunks read so far.
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        head.push(r.value);
        if (/\S/.test(r.value.replace(/^\uFEFF/, ''))) break;
      }
      format = sniffFormat(head.join(''));
    }
    const rest = replay(head, it);
    if (format === 'jsonl') {
      yield* readJsonlOrArray(rest, file);
      return;
    }
    const parts: string[] = [];
    for await (const c of rest) parts.push(c);
    yield* parseWhole(parts.join(''), file, format);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield { ok: false, error: { file, message: code === 'ENOENT' ? `no such file or folder: ${file}` : `cannot read ${file}: ${(err as Error).message}` } };
  }
}

/** JSONL line by line; a file that holds one JSON array of articles is read as well. */
async function* readJsonlOrArray(chunks: AsyncIterable<string>, file: string): AsyncGenerator<ReadItem> {
  const it = chunks[Symbol.asyncIterator]();
  const head: string[] = [];
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    head.push(r.value);
    if (/\S/.test(r.value)) break;
  }
  const first = /\S/.exec(head.join('').replace(/^\uFEFF/, ''))?.[0];
  if (first !== '[') {
    yield* readJsonl(replay(head, it), file);
    return;
  }
  const parts: string[] = [];
  for await (const c of replay(head, it)) parts.push(c);
  let arr: unknown;
  try {
    arr = JSON.parse(parts.join('').replace(/^\uFEFF/, ''));
  } catch (err) {
    yield { ok: false, error: { file, message: `not valid JSON (${(err as Error).message})` } };
    return;
  }
  if (!Array.isArray(arr)) return;
  for (let k = 0; k < arr.length; k++) yield parseJsonlLine(JSON.stringify(arr[k]), file, k + 1);
}

async function* replay(head: string[], it: AsyncIterator<string>): AsyncGenerator<string> {
  yield* head;
  for (;;) {
    const r = await it.next();
    if (r.done) return;
    yield r.value;
  }
}

async function* single(s: string): AsyncGenerator<string> {
  yield s;
}

async function* chunksOf(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream as AsyncIterable<string | Uint8Array>) {
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}
