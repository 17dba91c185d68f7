// Tests for the dates stage: past-leaning resolution, spans, precision and the false positives it must skip.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../model/types.js';
import type { Doc } from '../../pipeline/stage.js';
import { createRepairStage } from '../repair/repair-stage.js';
import { createSegmentStage } from '../segment/segment-stage.js';
import { createDatesStage } from './dates-stage.js';

const SEED = new URL('../../../../shared/seed/000_848cd51483da8687.txt', import.meta.url);
const segment = createSegmentStage();
const dates = createDatesStage();

function code(raw: string, published: string | null = '2020-02-12'): { found: DateMention[]; text: string; reports: string[] } {
  const doc: Doc = { article: { id: 't', published, raw, title: null, url: null, publisher: null }, layers: {} };
  const reports: string[] = [];
  const ctx = { report: (m: string) => void reports.push(m) };
  doc.layers.repair = createRepairStage().run(doc, ctx);
  doc.layers.segment = segment.run(doc, ctx);
  const found = dates.run(doc, ctx);
  return { found, text: doc.layers.repair.text, reports };
}

/** The one mention whose text is `what`, checking its span points at exactly that text. */
function mention(raw: string, what: string, published?: string | null): DateMention {
  const { found, text } = code(raw, published);
  const hits = found.filter((d) => d.text === what);
  expect(hits, `expected one date "${what}" in ${JSON.stringify(found)}`).toHaveLength(1);
  const d = hits[0]!;
  expect(text.slice(d.span[0], d.span[1])).toBe(what);
  expect(d.span[0]).toBe(raw.indexOf(what));
  return d;
}

describe.skipIf(!existsSync(SEED))('dates in the seed article (published Wed 2020-02-12)', () => {
  // Spans index the repaired text (the repair stage rewrites `,quot;` and the like), not the raw file.
  const { found, text: raw } = code(existsSync(SEED) ? readFileSync(SEED, 'utf8').replace(/^\s*date \S+ /, '') : '');
  const byText = (t: string) => found.filter((d) => d.text === t);

  it('resolves "on Tuesday" to the day before publication, with its preposition in the span', () => {
    const d = byText('on Tuesday')[0]!;
    expect(d).toMatchObject({ value: '2020-02-11', precision: 'day', sentence: 0, rule: 'date/weekday-past' });
    expect(raw.slice(d.span[0], d.span[1])).toBe('on Tuesday');
    expect(d.span).toEqual([raw.indexOf('on Tuesday'), raw.indexOf('on Tuesday') + 10]);
  });

  it('resolves "Tuesday night" to Tuesday', () => {
    expect(byText('Tuesday night')[0]).toMatchObject({ value: '2020-02-11', precision: 'day' });
  });

  it('puts bare months in the past: September and December 2019', () => {
    expect(byText('in September')[0]).toMatchObject({ value: '2019-09', precision: 'month' });
    expect(byText('in December')[0]).toMatchObject({ value: '2019-12', precision: 'month' });
  });

  it('reads "in 2001" as a year', () => {
    const d = byText('in 2001')[0]!;
    expect(d).toMatchObject({ value: '2001', precision: 'year', rule: 'date/bare-year' });
    expect(raw.slice(d.span[0], d.span[1])).toBe('in 2001');
  });

  it('sends a hypothetical month forward: "could boost ... prospects in November"', () => {
    expect(byText('in November')[0]).toMatchObject({ value: '2020-11', rule: 'date/month-future' });
  });

  it('finds no date in "13,000 members" or "for decades"', () => {
    expect(found.some((d) => /13,000|decades/.test(d.text))).toBe(false);
  });

  it('gives each mention the sentence that contains it', () => {
    for (const d of found) expect(d.sentence).toBeGreaterThanOrEqual(0);
    expect(byText('in December')[0]!.sentence).toBeGreaterThan(byText('in September')[0]!.sentence);
  });
});

describe('weekdays lean to the past unless the clause is future', () => {
  it('a weekday equal to the publication day is that day', () => {
    expect(mention('The minister resigned on Wednesday.', 'on Wednesday').value).toBe('2020-02-12');
  });
  it('"said Tuesday" without a preposition', () => {
    expect(mention('A spokesman said Tuesday that talks continue.', 'Tuesday').value).toBe('2020-02-11');
  });
  it('Thursday is the previous week', () => {
    expect(mention('Rebels attacked the town on Thursday.', 'on Thursday').value).toBe('2020-02-06');
  });
  it('"will ... on Friday" is the coming Friday', () => {
    const d = mention('The envoy will meet Taliban leaders on Friday.', 'on Friday');
    expect(d).toMatchObject({ value: '2020-02-14', rule: 'date/weekday-future' });
  });
  it('"is due to" and "won\'t" are future cues too', () => {
    expect(mention('The delegation is due to arrive on Monday.', 'on Monday').value).toBe('2020-02-17');
    expect(mention("They won't sign on Monday.", 'on Monday').value).toBe('2020-02-17');
  });
  it('a future cue in another clause does not count', () => {
    expect(mention('Trump, who will stand for re-election, visited Kabul on Monday.', 'on Monday').value).toBe('2020-02-10');
  });
  it('"next Tuesday" and "last Tuesday" keep their own direction', () => {
    expect(mention('Talks resume next Tuesday.', 'next Tuesday').value).toBe('2020-02-18');
    expect(mention('Talks ended last Tuesday.', 'last Tuesday').value).toBe('2020-02-11');
  });
});

describe('months, month-days and years', () => {
  it('the current month is this month', () => {
    expect(mention('Fighting resumed in February.', 'in February').value).toBe('2020-02');
  });
  it('a month-day leans to the past: September 11 → 2019-09-11', () => {
    const d = mention('the talks of September 11 were postponed.', 'September 11');
    expect(d).toMatchObject({ value: '2019-09-11', precision: 'day' });
  });

  it('a day that names a well-known event takes its year: the attacks of September 11 → 2001-09-11', () => {
    expect(mention('the attacks of September 11 were condemned.', 'September 11')).toMatchObject({ value: '2001-09-11', rule: 'date/named-day' });
    expect(mention('Since the October 7 attack, talks have stalled.', 'October 7', '2024-03-01')).toMatchObject({ value: '2023-10-07' });
    // not before it happened, and not without the event's noun
    expect(mention('The October 7 attack was planned.', 'October 7', '2023-09-01')).toMatchObject({ value: '2022-10-07' });
    expect(mention('The vote of October 7 was close.', 'October 7', '2024-03-01')).toMatchObject({ value: '2023-10-07', rule: 'date/month-day-past' });
  });
  it('a full date is absolute', () => {
    const d = mention('The attack happened on September 29, 2001, in the city.', 'on September 29, 2001');
    expect(d).toMatchObject({ value: '2001-09-29', precision: 'day', rule: 'date/chrono' });
  });
  it('month and year give month precision', () => {
    expect(mention('He took office in September 2001.', 'in September 2001')).toMatchObject({ value: '2001-09', precision: 'month' });
  });
  it('"since 1988" is a year, the span without "since"', () => {
    expect(mention('The group has fought since 1988.', '1988')).toMatchObject({ value: '1988', precision: 'year' });
  });
  it('an ISO date is read as written', () => {
    expect(mention('The vote is set for 2020-03-01.', '2020-03-01').value).toBe('2020-03-01');
  });
});

describe('relative dates', () => {
  it('today, yesterday and tonight', () => {
    expect(mention('Police said today that two died.', 'today').value).toBe('2020-02-12');
    expect(mention('Police said yesterday that two died.', 'yesterday').value).toBe('2020-02-11');
  });
  it('"last week" is a day, "last month" a month, "last year" a year', () => {
    expect(mention('The army withdrew last week.', 'last week')).toMatchObject({ value: '2020-02-05', precision: 'day' });
    expect(mention('The army withdrew last month.', 'last month')).toMatchObject({ value: '2020-01', precision: 'month' });
    expect(mention('The army withdrew last year.', 'last year')).toMatchObject({ value: '2019', precision: 'year' });
  });
  it('"earlier this month" keeps "earlier" in the span', () => {
    expect(mention('Protests began earlier this month.', 'earlier this month')).toMatchObject({ value: '2020-02', precision: 'month' });
  });
  it('"two years ago" is a year', () => {
    expect(mention('The truce collapsed two years ago.', 'two years ago')).toMatchObject({ value: '2018', precision: 'year' });
  });
});

describe('things that are not dates', () => {
  const none = (raw: string) => expect(code(raw).found).toEqual([]);
  it('numbers and quantities', () => {
    none('The withdrawal of the 13,000 members of the US service.');
    none('The budget is 64.45 million dollars, up from 2000 people.');
    none('The group of 2000 people marched.');
  });
  it('durations', () => {
    none('The war lasted two years and 12 days of battles followed a 48-hour truce.');
    none('It has been at war for decades, over the past two years.');
    none('They waited a second.');
  });
  it('modal "may", the verb "march" and names', () => {
    none('The government may resign.');
    none('Thousands march on the capital.');
    none('Theresa May said the deal was dead.');
  });
  it('a time of day alone', () => {
    none('The curfew starts at 3 pm.');
  });
  it('English words that are weekday abbreviations, "now" and "9/11"', () => {
    none('He sat down in the sun now.');
    none('After 9/11 the law changed.');
  });
});

describe('a year that names an event or document', () => {
  it('"the 1974 disengagement agreement", "the 2015 nuclear deal": the year alone, marked as naming', () => {
    expect(mention('Israel violated the 1974 disengagement agreement.', '1974')).toMatchObject({ value: '1974', precision: 'year', rule: 'date/year-of-event' });
    expect(mention('Iran breached the 2015 nuclear deal on Monday.', '2015')).toMatchObject({ rule: 'date/year-of-event' });
    expect(mention('Survivors of the 1994 genocide gathered.', '1994')).toMatchObject({ value: '1994' });
  });
  it('"during the 2006 war" dates its clause', () => {
    expect(mention('During the 2006 war, Israel bombed Beirut.', '2006')).toMatchObject({ value: '2006', rule: 'date/during-event' });
  });
  it('not a count of people, nor a year with no event noun after it', () => {
    const none = (raw: string) => expect(code(raw).found).toEqual([]);
    none('The 2000 soldiers crossed the border.');
    none('The 1500 protesters and their 1200 supporters marched.');
    none('The 2015 figures were revised.');
  });
});

describe('without a publication date', () => {
  it('reports once, drops relative dates, keeps absolute ones', () => {
    const { found, reports } = code('On Tuesday he recalled September 29, 2001, and the war in 2001.', null);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/no publication date/);
    expect(found.map((d) => [d.text, d.value])).toEqual([['September 29, 2001', '2001-09-29'], ['in 2001', '2001']]);
  });
});
