// Reads a plain-text article: leading `key value` / `key: value` header lines, then the body.
import type { Article } from '../model/types.js';
import { contentId, fileId, normaliseDate } from './article-id.js';

type HeaderKey = 'date' | 'title' | 'url' | 'publisher' | 'id';

const HEADER = /^(date|title|url|source|publisher|id)(?:[ \t]*:[ \t]*|[ \t]+)(.*)$/i;
const KEYS: Record<string, HeaderKey> = { date: 'date', title: 'title', url: 'url', source: 'publisher', publisher: 'publisher', id: 'id' };
const URL_LIKE = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * Parses one text article. Header lines are taken while they look like headers; `date` takes
 * one date token and the rest of its line may already be the body (` date 2020-02-12 Afghan
 * President ...`). Without a colon, `title`/`source`/`publisher` count only in lower case, so a
 * body that starts "Source close to ..." stays body.
 */
export function parseTextArticle(content: string, file: string): Article {
  let pos = content.charCodeAt(0) === 0xfeff ? 1 : 0;
  const found: Partial<Record<HeaderKey, string>> = {};
  let dateRaw: string | null = null;
  for (;;) {
    const lineStart = skipSpace(content, pos);
    const nl = content.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? content.length : nl;
    const line = content.slice(lineStart, lineEnd).replace(/\r$/, '');
    const m = HEADER.exec(line);
    if (!m) break;
    const keyWord = m[1]!;
    const key = KEYS[keyWord.toLowerCase()]!;
    const colon = /^[^:\s]+[ \t]*:/.test(line);
    const value = m[2]!.trim();
    if (found[key] !== undefined || (key !== 'date' && !value)) break;
    if (key === 'date') {
      const token = value.split(/\s+/)[0] ?? '';
      const whole = normaliseDate(value);
      if (!value) break;
      if (whole !== null || colon || value === token) {
        dateRaw = value;
        found.date = whole ?? '';
        pos = lineEnd;
        continue;
      }
      const tokenDate = normaliseDate(token);
      if (tokenDate === null) break;
      // Same-line header: the body starts right after the date token.
      dateRaw = token;
      found.date = tokenDate;
      pos = skipSpace(content, lineStart + m[0].indexOf(value) + token.length);
      break;
    }
    if (!colon) {
      if (key === 'url' && !URL_LIKE.test(value)) break;
      if (key === 'id' && /\s/.test(value)) break;
      if ((key === 'title' || key === 'publisher') && keyWord !== keyWord.toLowerCase()) break;
    }
    found[key] = value;
    pos = lineEnd;
  }
  const raw = content.slice(skipSpace(content, pos));
  const article: Article = {
    id: found.id || fileId(file) || contentId(raw),
    published: found.date || null,
    title: found.title ?? null,
    url: found.url ?? null,
    publisher: found.publisher ?? null,
    raw,
    origin: { file },
  };
  if (dateRaw !== null && !found.date) article.meta = { dateError: `unreadable date "${dateRaw}": use YYYY-MM-DD` };
  return article;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i]!)) i++;
  return i;
}
