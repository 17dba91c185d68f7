// Calendar arithmetic on plain year/month/day triples, free of time zones, for resolving dates in news.

export interface Ymd {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** Parses `YYYY-MM-DD` (a longer ISO timestamp is cut to its date); null when unusable. */
export function parseIsoDate(value: string | null | undefined): Ymd | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(ymd) ? ymd : null;
}

export function isValidDate(d: Ymd): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= daysInMonth(d.year, d.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DAY_MS = 86_400_000;

function toUtc(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): Ymd {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromUtc(toUtc(d) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as chrono and JavaScript count. */
export function weekdayOf(d: Ymd): number {
  return new Date(toUtc(d)).getUTCDay();
}

/** The most recent given weekday on or before `ref` (news mostly reports what already happened). */
export function weekdayOnOrBefore(ref: Ymd, weekday: number): Ymd {
  return addDays(ref, -((weekdayOf(ref) - weekday + 7) % 7));
}

/** The next given weekday on or after `ref` (a future clause: "will meet on Friday"). */
export function weekdayOnOrAfter(ref: Ymd, weekday: number): Ymd {
  return addDays(ref, (weekday - weekdayOf(ref) + 7) % 7);
}

/** Year of the most recent `month` up to `ref`'s month (the current month counts). */
export function monthYearPast(ref: Ymd, month: number): number {
  return month <= ref.month ? ref.year : ref.year - 1;
}

export function monthYearFuture(ref: Ymd, month: number): number {
  return month >= ref.month ? ref.year : ref.year + 1;
}

/** Year of the most recent month/day on or before `ref`; skips years where the day does not exist. */
export function monthDayYearPast(ref: Ymd, month: number, day: number): number | null {
  let year = month < ref.month || (month === ref.month && day <= ref.day) ? ref.year : ref.year - 1;
  for (let k = 0; k < 8; k++, year--) if (isValidDate({ year, month, day })) return year;
  return null;
}

export function monthDayYearFuture(ref: Ymd, month: number, day: number): number | null {
  let year = month > ref.month || (month === ref.month && day >= ref.day) ? ref.year : ref.year + 1;
  for (let k = 0; k < 8; k++, year++) if (isValidDate({ year, month, day })) return year;
  return null;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function formatDay(d: Ymd): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}
