// chrono-node as the dates stage runs it: casual English minus the parts news does not need, and a
// gate per parser, so a window of text runs only the parsers that could match it.
import { createRequire } from 'node:module';
import type { Chrono, ParsedResult } from 'chrono-node';

/**
 * chrono's English build alone: the package root loads every locale, a tenth of a second of
 * start-up. Required, because the test runner's resolver does not follow the package's `./*` exports.
 */
const { casual } = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en');

/**
 * chrono parsers and refiners we leave out, with why: the configuration is the pipeline.
 * Durations and time-of-day are not dates, and range merging would hide the second date.
 */
const DROPPED_CHRONO_PARTS: Record<string, string> = {
  ENTimeExpressionParser: 'a time of day alone is not a date, and it merges "at 3 pm, last week" into one span',
  ENTimeUnitWithinFormatParser: '"in two hours" / "within 48 hours" are durations',
  ENTimeUnitLaterFormatParser: '"two days later" needs an anchor we do not know',
  ENTimeUnitCasualRelativeFormatParser: '"over the past two years" is a duration, not a date',
  ENMergeDateRangeRefiner: '"from March to May" should give two dates, not one span',
  ENEndOfCurrentMonthParser: 'rare in news and ambiguous ("end of the month")',
  ForwardDateRefiner: 'the past/future choice is ours (see the dates stage)',
};

const DIGIT = /[0-9]/;
/** Every key of chrono's month dictionary (`january`, `sept.`, `may`) holds one of these. */
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * What a window must hold (every pattern listed) for each parser to match it, read off the parser's
 * pattern, where that part is mandatory: chrono runs every parser's regex over every window, and most
 * windows hold one cue ("on Thursday"). A parser that cannot match adds no result and has no other
 * effect, so leaving it out gives the same results (tested on generated text). Parsers not listed
 * always run.
 */
export const CHRONO_PARSER_NEEDS: Readonly<Record<string, readonly RegExp[]>> = {
  // `[0-9]{4}-…`, `[0-3]?[0-9]/…`, `[1-9][0-9]{3}`: a digit class is the first mandatory part
  ENYearMonthDayParser: [DIGIT],
  ISOFormatParser: [DIGIT],
  SlashDateFormatParser: [DIGIT],
  ENSlashMonthFormatParser: [DIGIT],
  ENYearMonthNameParser: [DIGIT, MONTH],
  ENMonthNameLittleEndianParser: [MONTH],
  ENMonthNameMiddleEndianParser: [MONTH],
  ENMonthNameParser: [MONTH],
  // every weekday form holds its first three letters; `weekend` and `weekday` hold `week`
  ENWeekdayParser: [/sun|mon|tue|wed|thu|fri|sat|week/i],
  ENTimeUnitAgoFormatParser: [/ago|before|earlier/i],
  ENCasualDateParser: [/now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i],
  ENCasualTimeParser: [/morning|afternoon|evening|night|midnight|midday|noon/i],
  ENRelativeDateFormatParser: [/this|last|past|next|after/i],
};

/** chrono configured for news, parsing a window with the parsers its gates let through. */
export interface NewsChrono {
  /** Every parser we keep, whatever the window holds. */
  readonly all: Chrono;
  parse(window: string, ref: Date): ParsedResult[];
}

let shared: NewsChrono | null = null;

/** Built once per process. */
export function getChrono(): NewsChrono {
  if (shared) return shared;
  const all = casual.clone();
  all.parsers = all.parsers.filter((p) => !(p.constructor.name in DROPPED_CHRONO_PARTS));
  all.refiners = all.refiners.filter((r) => !(r.constructor.name in DROPPED_CHRONO_PARTS));
  // each distinct pattern is tested once per window (the digit and month tests serve several parsers);
  // a parser needs a set of them, as bits
  const patterns = [...new Set(Object.values(CHRONO_PARSER_NEEDS).flat())];
  const needs = all.parsers.map((p) => (CHRONO_PARSER_NEEDS[p.constructor.name] ?? []).reduce((bits, re) => bits | (1 << patterns.indexOf(re)), 0));
  /** One chrono per set of parsers a window lets through (a bit per parser), made when first needed. */
  const bySet = new Map<number, Chrono>();
  const forSet = (set: number): Chrono => {
    let c = bySet.get(set);
    if (!c) {
      c = all.clone();
      c.parsers = all.parsers.filter((_, k) => (set & (1 << k)) !== 0);
      bySet.set(set, c);
    }
    return c;
  };
  shared = {
    all,
    parse(window, ref) {
      let found = 0;
      for (let k = 0; k < patterns.length; k++) if (patterns[k]!.test(window)) found |= 1 << k;
      let set = 0;
      for (let k = 0; k < needs.length; k++) if ((needs[k]! & found) === needs[k]) set |= 1 << k;
      return set === 0 ? [] : forSet(set).parse(window, ref);
    },
  };
  return shared;
}
