// The dates stage: finds date expressions with chrono-node and resolves them against publication, leaning to the past.
import type { ParsedResult } from 'chrono-node';
import type { DateMention, DatePrecision, Sentence, Token } from '../../model/types.js';
import { layer, type Doc, type Stage, type StageContext } from '../../pipeline/stage.js';
import {
  formatDay, formatMonth, monthDayYearFuture, monthDayYearPast, monthYearFuture, monthYearPast,
  parseIsoDate, weekdayOnOrAfter, weekdayOnOrBefore, type Ymd,
} from './calendar.js';
import { hasKind, loadDateRules, normaliseLower, type DateRules } from './date-rules.js';
import { getChrono, type NewsChrono } from './news-chrono.js';

/** Dates written with digits only (ISO, slashes with a year) still need chrono even without a word cue. */
const NUMERIC_DATE = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/;
const FOUR_DIGIT_YEAR = /^(?:19\d\d|20\d\d|2100)$/;
/** Words that make chrono's result relative to publication: chrono already resolved them. */
const RELATIVE_TEXT = /\b(?:last|next|this|past|ago|yesterday|today|tomorrow|tonight)\b/i;
/** Relative results with no certain calendar field: only these denote a day. */
const DAY_LIKE_TEXT = /\b(?:week|morning|afternoon|evening|night|tonight)\b/i;
const TRAILING_JUNK = /[\s,;:]+$/;
/** A year followed by these is a range or a quantity, not a date. */
const NOT_A_YEAR_AFTER = /^[-–%]/;

/**
 * The rule of a year that names an event or document ("violating the 1974 agreement"): a date in
 * the text, but not the date of what the clause around it tells, so events do not take it.
 */
export const YEAR_OF_EVENT_RULE = 'date/year-of-event';

/** Tokens around a cue that may belong to the same date expression ("last", "29, 2001"). */
const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 4;

interface Candidate {
  start: number;
  end: number;
  value: string;
  precision: DatePrecision;
  rule: string;
}

export function createDatesStage(dataDir?: string): Stage<'dates'> {
  const rules = loadDateRules(dataDir);
  const chrono = getChrono();
  return {
    name: 'dates',
    needs: ['repair', 'segment'],
    run(doc: Doc, ctx: StageContext): DateMention[] {
      const { text } = layer(doc, 'repair');
      const { sentences, tokens } = layer(doc, 'segment');
      const pub = parseIsoDate(doc.article.published);
      if (!pub) {
        ctx.report(
          doc.article.published
            ? `publication date "${doc.article.published}" is not YYYY-MM-DD: relative dates stay unresolved`
            : 'article has no publication date: relative dates stay unresolved',
          undefined,
          'date/no-published',
        );
      }
      const lowerDoc = isLowerCaseDoc(tokens);
      const out: DateMention[] = [];
      for (let k = 0; k < sentences.length; k++) {
        const found = codeSentence(text, tokens, sentences[k]!, pub, rules, chrono, lowerDoc);
        for (const c of found) {
          out.push({ text: text.slice(c.start, c.end), span: [c.start, c.end], value: c.value, precision: c.precision, sentence: k, rule: c.rule });
        }
      }
      return out;
    },
  };
}

function codeSentence(
  text: string, tokens: Token[], sentence: Sentence, pub: Ymd | null, rules: DateRules, chrono: NewsChrono,
  lowerDoc: boolean,
): Candidate[] {
  const [first, last] = sentence.tokens;
  const found: Candidate[] = [];
  // Cheap pre-check: chrono runs only on small windows around cue tokens, merged when they overlap.
  let winStart = -1;
  let winEnd = -1;
  let yearCue = false;
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (isYear(t.text)) yearCue = true;
    if (!isCue(t, rules)) continue;
    const a = Math.max(first, i - WINDOW_BEFORE);
    const b = Math.min(last, i + 1 + WINDOW_AFTER);
    if (winStart >= 0 && a <= winEnd) {
      winEnd = Math.max(winEnd, b);
      continue;
    }
    if (winStart >= 0) runChrono(text, tokens[winStart]!.span[0], tokens[winEnd - 1]!.span[1], tokens, first, last, pub, rules, chrono, lowerDoc, found);
    winStart = a;
    winEnd = b;
  }
  if (winStart >= 0) runChrono(text, tokens[winStart]!.span[0], tokens[winEnd - 1]!.span[1], tokens, first, last, pub, rules, chrono, lowerDoc, found);
  if (yearCue) bareYears(tokens, first, last, rules, found);
  found.sort((x, y) => x.start - y.start);
  return found;
}

/** Asked of every token: the length test spares the regex nearly all of them. */
function isYear(text: string): boolean {
  return text.length === 4 && FOUR_DIGIT_YEAR.test(text);
}

/** Asked of every token, so it reads the lower-cased form segment made; most tokens are too short to be a cue. */
function isCue(t: Token, rules: DateRules): boolean {
  const lower = t.lower;
  if (lower.length >= rules.minCueLength && rules.cues.has(normaliseLower(lower))) return true;
  // Both NUMERIC_DATE shapes start with a digit: testing that first spares the regex every long word.
  return lower.length >= 6 && isAsciiDigit(lower.charCodeAt(0)) && NUMERIC_DATE.test(lower);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function runChrono(
  text: string, from: number, to: number, tokens: Token[], first: number, last: number, pub: Ymd | null,
  rules: DateRules, chrono: NewsChrono, lowerDoc: boolean, found: Candidate[],
): void {
  // Noon avoids any day shift from the process time zone; we read calendar fields, never instants.
  const ref = pub ? new Date(pub.year, pub.month - 1, pub.day, 12) : new Date(2000, 0, 1, 12);
  const window = text.slice(from, to);
  const results = chrono.parse(window, ref);
  for (const r of results) {
    const start = from + r.index;
    const end = start + r.text.replace(TRAILING_JUNK, '').length;
    if (end <= start) continue;
    const ti = firstTokenAtOrAfter(tokens, start, first, last);
    const tj = firstTokenAtOrAfter(tokens, end, ti, last);
    const c = resolve(r, pub, tokens, ti, tj, first, rules, lowerDoc);
    if (!c) continue;
    c.start = start;
    c.end = end;
    extendSpan(c, tokens, ti, first, rules);
    found.push(c);
  }
}

/**
 * The past-leaning refiner. chrono picks the closest date; news mostly reports what already
 * happened, so a weekday, a month or a month-day without a year resolves to the latest one on or
 * before publication, unless the clause before it is future or hypothetical.
 */
function resolve(
  r: ParsedResult, pub: Ymd | null, tokens: Token[], ti: number, tj: number, first: number, rules: DateRules,
  lowerDoc: boolean,
): Candidate | null {
  const s = r.start;
  const tags = r.tags();
  if (tags.has('casualReference/now')) return null;
  const yearC = s.isCertain('year');
  const monthC = s.isCertain('month');
  const dayC = s.isCertain('day');
  const weekdayC = s.isCertain('weekday');
  const year = s.get('year')!;
  const month = s.get('month')!;
  const day = s.get('day')!;
  if (weekdayC && !dayC && !coversKind(tokens, ti, tj, rules, 'weekday')) return null; // "sat down", "Sun"
  if (tags.has('parser/SlashDateFormatParser') && !yearC) return null; // "9/11", "3/4"
  if (!pub && !yearC) return null;

  if (RELATIVE_TEXT.test(r.text) || tags.has('result/relativeDate')) {
    const precision: DatePrecision | null =
      dayC || weekdayC ? 'day' : monthC ? 'month' : yearC ? 'year' : DAY_LIKE_TEXT.test(r.text) ? 'day' : null;
    if (!precision) return null;
    return candidate(year, month, day, precision, 'date/relative');
  }
  if (yearC) {
    const precision: DatePrecision = dayC ? 'day' : monthC ? 'month' : 'year';
    return candidate(year, month, day, precision, 'date/chrono');
  }
  if (!pub) return null;
  const future = isFutureClause(tokens, ti, first, rules);
  if (monthC && dayC) {
    if (!monthWordOk(tokens, ti, tj, rules, lowerDoc, false)) return null;
    const named = namedDayYear(tokens, ti, tj, first, month, day, pub, rules);
    if (named !== null) return candidate(named, month, day, 'day', 'date/named-day');
    const y = future ? monthDayYearFuture(pub, month, day) : monthDayYearPast(pub, month, day);
    if (y === null) return null;
    return candidate(y, month, day, 'day', future ? 'date/month-day-future' : 'date/month-day-past');
  }
  if (monthC) {
    if (!monthWordOk(tokens, ti, tj, rules, lowerDoc, true)) return null;
    const y = future ? monthYearFuture(pub, month) : monthYearPast(pub, month);
    return candidate(y, month, 1, 'month', future ? 'date/month-future' : 'date/month-past');
  }
  if (weekdayC) {
    const wd = s.get('weekday')!;
    const d = future ? weekdayOnOrAfter(pub, wd) : weekdayOnOrBefore(pub, wd);
    return candidate(d.year, d.month, d.day, 'day', future ? 'date/weekday-future' : 'date/weekday-past');
  }
  return null; // a time of day alone, "noon", "midnight"
}

function candidate(year: number, month: number, day: number, precision: DatePrecision, rule: string): Candidate {
  const value = precision === 'day' ? formatDay({ year, month, day }) : precision === 'month' ? formatMonth(year, month) : String(year);
  return { start: 0, end: 0, value, precision, rule };
}

/**
 * "the attacks of September 11", "the October 7 attack": the year of the event a day names
 * (`data/dates/named-days.tsv`), when a noun of that event stands within three words of the date.
 */
function namedDayYear(tokens: Token[], ti: number, tj: number, first: number, month: number, day: number, pub: Ymd, rules: DateRules): number | null {
  const named = rules.namedDays.get(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  // the event must have happened by publication ("October 7" in a September 2023 article is not 2023's)
  if (!named || named.year * 10000 + month * 100 + day > pub.year * 10000 + pub.month * 100 + pub.day) return null;
  const sentence = tokens[ti]!.sentence;
  for (let i = Math.max(first, ti - 3); i < tj + 3 && i < tokens.length; i++) {
    if (i >= ti && i < tj) continue;
    const t = tokens[i]!;
    if (t.sentence === sentence && named.nouns.has(t.lower)) return named.year;
  }
  return null;
}

function coversKind(tokens: Token[], ti: number, tj: number, rules: DateRules, kind: 'weekday'): boolean {
  for (let i = ti; i < tj; i++) if (hasKind(rules, tokens[i]!.text, kind)) return true;
  return false;
}

/**
 * A month name is a date only when it looks like one: capitalised (unless the whole document is
 * lower case), not tagged a verb, and, when it stands alone, introduced by a lead word
 * (`in September`, not `Theresa May`, `March` the verb or `may` the modal).
 */
function monthWordOk(tokens: Token[], ti: number, tj: number, rules: DateRules, lowerDoc: boolean, alone: boolean): boolean {
  let m = -1;
  for (let i = ti; i < tj; i++) {
    const w = tokens[i]!.text;
    if (hasKind(rules, w, 'month') || hasKind(rules, w, 'month-ambiguous')) {
      m = i;
      break;
    }
  }
  if (m < 0) return true; // a numeric form chrono recognised
  const t = tokens[m]!;
  const ambiguous = hasKind(rules, t.text, 'month-ambiguous');
  const capital = t.text[0] !== t.text[0]!.toLowerCase();
  if (!capital && (ambiguous || !lowerDoc)) return false;
  if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  if (!alone) return true;
  let p = m - 1;
  if (p >= 0 && tokens[p]!.sentence === t.sentence && hasKind(rules, tokens[p]!.text, 'modifier')) p--;
  return p >= 0 && tokens[p]!.sentence === t.sentence && hasKind(rules, tokens[p]!.text, 'lead');
}

/** Looks back from the date to the start of its clause for `will`, `could`, `is due to` .... */
function isFutureClause(tokens: Token[], ti: number, first: number, rules: DateRules): boolean {
  for (let i = ti - 1; i >= first; i--) {
    const lower = tokens[i]!.lower;
    if (rules.clauseBounds.has(lower)) return false;
    if (rules.futureWords.has(lower)) return true;
    const next = tokens[i + 1];
    if (next && i + 1 < ti && rules.futurePairs.get(lower)?.has(next.lower)) return true;
  }
  return false;
}

/** Keeps `on`/`in` and `earlier` in front of the expression, as RECORD.md's `"on Tuesday"`. */
function extendSpan(c: Candidate, tokens: Token[], ti: number, first: number, rules: DateRules): void {
  let p = ti - 1;
  if (p >= first && hasKind(rules, tokens[p]!.text, 'modifier') && c.rule !== 'date/chrono') {
    c.start = tokens[p]!.span[0];
    p--;
  }
  if (p >= first && hasKind(rules, tokens[p]!.text, 'span-prep')) c.start = tokens[p]!.span[0];
}

/** `in 2001`, `since 1988`: chrono misses a year standing alone after a preposition. */
function bareYears(tokens: Token[], first: number, last: number, rules: DateRules, found: Candidate[]): void {
  for (let i = first + 1; i < last; i++) {
    const t = tokens[i]!;
    if (!isYear(t.text)) continue;
    const prep = tokens[i - 1]!;
    if (!hasKind(rules, prep.text, 'year-lead')) {
      // "the 1974 disengagement agreement", "its 2015 nuclear deal": the year an event or document is named by
      if (namesEventYear(tokens, i, last, rules) && !found.some((f) => f.start < t.span[1] && t.span[0] < f.end)) {
        // "during the 2006 war" still dates what the clause tells; "violating the 1974 agreement" does not
        const during = i - 2 >= first && hasKind(rules, tokens[i - 2]!.text, 'span-prep');
        found.push({ start: t.span[0], end: t.span[1], value: t.text, precision: 'year', rule: during ? 'date/during-event' : YEAR_OF_EVENT_RULE });
      }
      continue;
    }
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence) {
      if (next.pos === 'NOUN') continue; // "of 2000 people"
      if (NOT_A_YEAR_AFTER.test(next.text)) continue; // "2001-2005", "2000%"
    }
    if (found.some((f) => f.start < t.span[1] && t.span[0] < f.end)) continue;
    const start = hasKind(rules, prep.text, 'span-prep') ? prep.span[0] : t.span[0];
    found.push({ start, end: t.span[1], value: t.text, precision: 'year', rule: 'date/bare-year' });
  }
}

/** Words that open the noun phrase a year names: "the 1974 agreement", "its 2015 deal". */
const YEAR_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);

/**
 * A year between a determiner and, within three describing words, a noun of the `year-noun` kind:
 * "the 1974 disengagement agreement", "the 2015 nuclear deal", "the 1994 genocide" (but not "the 2000 soldiers").
 */
function namesEventYear(tokens: Token[], i: number, last: number, rules: DateRules): boolean {
  if (!YEAR_DETERMINERS.has(tokens[i - 1]!.lower)) return false;
  for (let k = i + 1; k < Math.min(last, i + 5); k++) {
    const w = tokens[k]!;
    if (hasKind(rules, w.lower, 'year-noun')) return true;
    if (w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'PROPN') return false;
  }
  return false;
}

function firstTokenAtOrAfter(tokens: Token[], offset: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.span[0] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Some feeds lower-case everything; then a missing capital is no evidence against a month name. */
function isLowerCaseDoc(tokens: Token[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    if (t.text !== t.lower) return false;
    if (/[a-z]/.test(t.lower)) letters++;
  }
  return letters > 0;
}
