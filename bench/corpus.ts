// Builds the benchmark corpus: real articles recombined (seeded shuffle, varied dates) into a JSONL file of a chosen size.
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the source articles come from; the seed folder is optional (absent outside the project machines). */
export const DEFAULT_SOURCES = [
  path.join(REPO_ROOT, 'examples'),
  path.join(REPO_ROOT, 'test', 'fixtures'),
  path.join(REPO_ROOT, '..', 'shared', 'seed'),
];

export interface SourceArticle {
  file: string;
  published: string | null;
  title: string | null;
  paragraphs: string[][];
}

export interface CorpusOptions {
  /** Target size of the article texts, in MB (10^6 bytes of UTF-8). */
  mb: number;
  /** PRNG seed, so two runs code the same corpus. */
  seed?: number;
  /** Folders (searched recursively) or files with source articles. */
  sources?: readonly string[];
}

export interface CorpusStats {
  file: string;
  articles: number;
  /** UTF-8 bytes of article text (what MB/s is measured on). */
  textBytes: number;
  /** Bytes of the JSONL file itself. */
  fileBytes: number;
  sourceArticles: number;
  sourceSentences: number;
}

/** mulberry32: tiny, fast and good enough to make shuffles repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER = /^\s*(date|title|url|source|publisher|id)\s*:?\s+(.*)$/i;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:T\S*)?\s*(.*)$/;
// Cheap sentence cut: the bench only needs plausible sentences to recombine, not linguistics.
const SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/;

/** Reads a plain-text article with `key value` header lines (a date may share the first line with the body). */
export function parseSourceText(file: string, content: string): SourceArticle {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  let published: string | null = null;
  let title: string | null = null;
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADER.exec(lines[i]!);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'date') {
      const d = ISO_DATE.exec(value);
      if (!d) break;
      published = d[1]!;
      if (d[2]) {
        lines[i] = d[2];
        break;
      }
    } else if (key === 'title') title = value;
  }
  const body = lines.slice(i).join('\n');
  return { file, published, title, paragraphs: splitParagraphs(body) };
}

function splitParagraphs(body: string): string[][] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .map((p) => p.split(SENTENCE_END).filter((s) => s.length > 0));
}

function listFiles(p: string, out: string[]): void {
  if (!existsSync(p)) return;
  const st = statSync(p);
  if (st.isFile()) {
    out.push(p);
    return;
  }
  for (const name of readdirSync(p).sort()) listFiles(path.join(p, name), out);
}

/** Loads every `.txt` article and every JSONL line with a `text` under the sources. */
export function loadSourceArticles(sources: readonly string[] = DEFAULT_SOURCES): SourceArticle[] {
  const files: string[] = [];
  for (const s of sources) listFiles(s, files);
  const out: SourceArticle[] = [];
  for (const file of files) {
    if (file.endsWith('.txt')) {
      const a = parseSourceText(file, readFileSync(file, 'utf8'));
      if (a.paragraphs.length) out.push(a);
    } else if (file.endsWith('.jsonl')) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const o = JSON.parse(line) as { text?: unknown; published?: unknown; date?: unknown; title?: unknown };
          if (typeof o.text !== 'string') continue;
          const date = typeof o.published === 'string' ? o.published : typeof o.date === 'string' ? o.date : null;
          const paragraphs = splitParagraphs(o.text);
          if (paragraphs.length) out.push({ file, published: date?.slice(0, 10) ?? null, title: typeof o.title === 'string' ? o.title : null, paragraphs });
        } catch {
          // A fixture may hold a deliberately broken line; the bench just skips it.
        }
      }
    }
  }
  return out;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Writes `file` with JSONL articles until the article texts reach `mb`. Each article keeps the
 * shape of a real one (lead paragraph from a source article, then paragraphs of sentences drawn
 * from the whole pool) so sentence length and entity density stay realistic.
 */
export async function buildCorpus(file: string, options: CorpusOptions): Promise<CorpusStats> {
  const sources = loadSourceArticles(options.sources);
  if (sources.length === 0) throw new Error('no source articles found (looked for examples/*.txt, test/fixtures/*, ../shared/seed/*.txt)');
  const rand = seededRandom(options.seed ?? 1);
  const pool: string[] = [];
  for (const a of sources) for (const p of a.paragraphs) pool.push(...p);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const target = Math.max(1, Math.round(options.mb * 1e6));
  const day = 86_400_000;
  const from = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2024, 11, 31) - from;

  const out = createWriteStream(file, { encoding: 'utf8' });
  let textBytes = 0;
  let fileBytes = 0;
  let articles = 0;
  while (textBytes < target) {
    const base = pick(sources);
    const paragraphs: string[] = [base.paragraphs[0]!.join(' ')];
    const wanted = 6 + Math.floor(rand() * 20);
    let sentences = base.paragraphs[0]!.length;
    while (sentences < wanted) {
      const n = 1 + Math.floor(rand() * 3);
      const para: string[] = [];
      for (let k = 0; k < n; k++) para.push(pick(pool));
      paragraphs.push(para.join(' '));
      sentences += n;
    }
    const text = paragraphs.join('\n\n');
    const published = isoDate(from + Math.floor((rand() * span) / day) * day);
    const line = JSON.stringify({ id: `bench-${String(articles).padStart(7, '0')}`, published, title: base.title, text }) + '\n';
    if (!out.write(line)) await once(out, 'drain');
    articles++;
    textBytes += Buffer.byteLength(text, 'utf8');
    fileBytes += Buffer.byteLength(line, 'utf8');
  }
  out.end();
  await once(out, 'finish');
  return { file, articles, textBytes, fileBytes, sourceArticles: sources.length, sourceSentences: pool.length };
}
