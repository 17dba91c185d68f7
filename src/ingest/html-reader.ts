// Reads an HTML page: the article body (article, else main, else body) as plain text, and its date, title and url.
import { createRequire } from 'node:module';
import type { Parser as HtmlParser } from 'htmlparser2';
import type { Article } from '../model/types.js';
import { contentId, fileId, normaliseDate } from './article-id.js';

/** Elements whose content is not article text. */
const DROP = new Set(['script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'head']);
/** Elements that end a paragraph. */
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'section',
  'article', 'main', 'table', 'tr', 'figure', 'figcaption', 'hr', 'address', 'details', 'summary', 'body',
]);
const DATE_META = ['article:published_time', 'og:article:published_time', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date'];

interface Buffer {
  parts: string[];
  depth: number;
}

let parserClass: typeof HtmlParser | null = null;

/** htmlparser2, loaded when the first page is read: a run that reads no HTML starts ~60 ms sooner. */
function Parser(): typeof HtmlParser {
  return (parserClass ??= (createRequire(import.meta.url)('htmlparser2') as typeof import('htmlparser2')).Parser);
}

/** Extracts the article from one HTML page; missing pieces are null, never an error. */
export function parseHtmlArticle(html: string, file: string): Article {
  const meta = new Map<string, string>();
  let title = '';
  let inTitle = false;
  let timeDate: string | null = null;
  let canonical: string | null = null;
  let inLd = false;
  const ld: string[] = [];
  let drop = 0;
  const articles: Buffer[] = [];
  let article: Buffer | null = null;
  const main: Buffer = { parts: [], depth: 0 };
  const body: Buffer = { parts: [], depth: 0 };
  let mainSeen = false;
  const emit = (s: string): void => {
    if (article) article.parts.push(s);
    if (main.depth > 0) main.parts.push(s);
    body.parts.push(s);
  };
  const parser = new (Parser())(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content !== undefined && !meta.has(key)) meta.set(key, attrs.content);
          return;
        }
        if (name === 'link' && (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && attrs.href) canonical ??= attrs.href;
        if (name === 'time' && attrs.datetime && timeDate === null) timeDate = attrs.datetime;
        if (name === 'title' && !title) inTitle = true;
        if (name === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') inLd = true;
        if (DROP.has(name)) {
          drop++;
          return;
        }
        if (drop) return;
        if (name === 'article') {
          if (article) article.depth++;
          else articles.push((article = { parts: [], depth: 1 }));
        }
        if (name === 'main') {
          main.depth++;
          mainSeen = true;
        }
        if (BLOCK.has(name)) emit('\n\n');
        else if (name === 'br') emit('\n');
        else if (name === 'td' || name === 'th') emit(' ');
      },
      ontext(text) {
        if (inTitle) title += text;
        if (inLd) ld.push(text);
        if (!drop) emit(text.replace(/[ \t\n\r\f]+/g, ' '));
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'script' && inLd) {
          inLd = false;
          ld.push('\u0000');
        }
        if (DROP.has(name)) {
          if (drop) drop--;
          return;
        }
        if (drop) return;
        if (BLOCK.has(name)) emit('\n\n');
        if (name === 'article' && article && --article.depth === 0) article = null;
        if (name === 'main' && main.depth) main.depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  // The longest <article>: pages list teasers of other stories in <article> elements too.
  const best = articles.map((b) => tidy(b.parts)).sort((a, b) => b.length - a.length)[0];
  const raw = best || (mainSeen ? tidy(main.parts) : '') || tidy(body.parts);
  let published: string | null = null;
  let dateRaw: string | null = null;
  for (const key of DATE_META) {
    const v = meta.get(key);
    if (v) {
      dateRaw = v;
      published = normaliseDate(v);
      if (published) break;
    }
  }
  const linked = linkedData(ld.join('').split('\u0000'));
  if (!published && linked.date) {
    dateRaw = linked.date;
    published = normaliseDate(linked.date);
  }
  if (!published && timeDate) {
    dateRaw = timeDate;
    published = normaliseDate(timeDate);
  }
  const result: Article = {
    id: fileId(file) ?? contentId(raw),
    published,
    title: clean(meta.get('og:title') ?? meta.get('twitter:title') ?? linked.headline ?? title),
    url: clean(meta.get('og:url') ?? canonical ?? ''),
    publisher: clean(meta.get('og:site_name') ?? ''),
    raw,
    origin: { file },
  };
  if (!published && dateRaw) result.meta = { dateError: `unreadable date "${dateRaw}": use YYYY-MM-DD` };
  return result;
}

/** `datePublished` and `headline` from JSON-LD blocks (schema.org NewsArticle), when present. */
function linkedData(blocks: string[]): { date: string | null; headline: string | null } {
  const found = { date: null as string | null, headline: null as string | null };
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.datePublished === 'string') found.date ??= o.datePublished;
    if (typeof o.headline === 'string') found.headline ??= o.headline;
    for (const x of Object.values(o)) if (typeof x === 'object') visit(x, depth + 1);
  };
  for (const b of blocks) {
    if (!b.trim()) continue;
    try {
      visit(JSON.parse(b), 0);
    } catch {
      // A broken JSON-LD block is common on real pages and says nothing about the article.
    }
  }
  return found;
}

function clean(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  return t || null;
}

/** Joins extracted pieces: spaces collapse, block breaks become one blank line. */
function tidy(parts: string[]): string {
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t\n]*/g, (m) => (m.split('\n').length > 2 ? '\n\n' : '\n'))
    .replace(/ {2,}/g, ' ')
    .trim();
}
