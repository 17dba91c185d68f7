// Article ids and publication dates as the readers normalise them.
import { createHash } from 'node:crypto';
import path from 'node:path';

/** A short, stable id from the article body: the first 16 hex digits of its SHA-1. */
export function contentId(body: string): string {
  return createHash('sha1').update(body).digest('hex').slice(0, 16);
}

/** The id a one-article file gets when it names none: its base name without extension. */
export function fileId(file: string): string | null {
  if (!file || file === '-' || file === '<stdin>') return null;
  const base = path.basename(file);
  const ext = path.extname(base);
  return ext && ext !== base ? base.slice(0, -ext.length) : base;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s_]\d{1,2}:\d{2})/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|,|$)/i;
const SLASH_DAY = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

function validDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * `YYYY-MM-DD` for an ISO date or timestamp (the date as written, whatever the time zone),
 * `YYYYMMDD`, `YYYY/MM/DD`, or a date `Date.parse` understands (RSS `Wed, 12 Feb 2020 ...`);
 * null when the value is not a real date.
 */
export function normaliseDate(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const m = ISO_DAY.exec(v) ?? COMPACT_DAY.exec(v) ?? SLASH_DAY.exec(v);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  // Only spelled-out dates go to Date.parse: it accepts bare numbers and odd strings too readily.
  if (v.length > 40 || !MONTH_NAME.test(v) || !/\d{4}/.test(v) || !/(?:^|\D)\d{1,2}(?:\D|$)/.test(v)) return null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const hasZone = /(?:GMT|UTC|Z|[+-]\d{2}:?\d{2})\s*$/.test(v);
  return hasZone
    ? validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
    : validDay(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Makes ids unique within one batch: a repeated generated id gets `-2`, `-3`, ... */
export class IdRegistry {
  private readonly seen = new Map<string, number>();

  /** Notes an id the input gave, so generated ids steer clear of it. */
  reserve(id: string): void {
    if (!this.seen.has(id)) this.seen.set(id, 1);
  }

  unique(id: string): string {
    const n = this.seen.get(id);
    if (n === undefined) {
      this.seen.set(id, 1);
      return id;
    }
    let k = n + 1;
    while (this.seen.has(`${id}-${k}`)) k++;
    this.seen.set(id, k);
    this.seen.set(`${id}-${k}`, 1);
    return `${id}-${k}`;
  }
}
