// Where an event sits: its date, its place, whether it is reported or historical.
import type { DateMention, EventDate, PlaceMention } from '../../model/types.js';
import type { Doc } from '../../pipeline/stage.js';
import type { ClauseTools } from './clauses.js';
import type { SentenceView } from './sentence-view.js';
import { gerundInPhrase, NOUN_PHRASE_POS } from './word-cues.js';

/** An event is reported when a speech verb introduces its clause or attributes it afterwards. */
export function isReported(view: SentenceView, ct: ClauseTools, i: number, speechAt: number[]): boolean {
  for (const s of speechAt) {
    if (s < i) return true;
    if (s > i) {
      // trailing attribution: "..., a State Department spokesman said" / "..., said X"
      const toks = view.tokens;
      for (let j = s - 1; j > i; j--) {
        const t = toks[j]!;
        if (t.text === ',' || t.text === '"' || t.text === '”') return true;
        if (!view.mentionAt.has(j) && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADV' && t.pos !== 'AUX') break;
      }
    }
  }
  void ct;
  return false;
}

/** The date of the event at token i: a date of its clause, else of its sentence (`sentenceDates`), else the article's. */
export function eventDate(doc: Doc, sentenceDates: readonly DateMention[], view: SentenceView, ct: ClauseTools, i: number): EventDate | null {
  const pick = sentenceDates.length > 0 ? dateOfClause(sentenceDates, view, ct, i) : null;
  if (pick) return { value: pick.value, precision: pick.precision, text: pick.text, span: pick.span };
  const p = doc.article.published;
  return p ? { value: p, precision: 'day', text: null, span: null } : null;
}

/** The date mention of the sentence that the event at token i is about, if any. */
function dateOfClause(sentenceDates: readonly DateMention[], view: SentenceView, ct: ClauseTools, i: number): DateMention | null {
  const toks = view.tokens;
  const cs = toks[ct.clauseStart(i)]!.span[0];
  const ce = toks[ct.clauseEnd(i) - 1]?.span[1] ?? toks[view.end - 1]!.span[1];
  const at = toks[i]!.span[0];
  // a date after the verb belongs to it until another verb comes ("asked X, a demand made in
  // September"); an apposition between them does not end it ("shelled Sake, west of Goma, on Wednesday")
  // ("Fighting erupted ... on Saturday": a verb right after the trigger is its own predicate;
  // "accused the RSF of attacking a convoy on Monday": a gerund in a phrase is part of the event)
  let nextVerb = Infinity;
  for (let j = i + 1; j < view.end; j++) {
    const verbal = (toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX') && !view.mentionAt.has(j);
    if (!verbal || j === i + 1 || gerundInPhrase(view, j)) continue;
    nextVerb = toks[j]!.span[0];
    break;
  }
  // the date after the verb, before the next one, is its own ("agreed on Tuesday to extend"); else the
  // nearest one before it in the clause (past a dateline's "HAVANA, Feb 7 -" to "On Tuesday, X agreed")
  let before: DateMention | null = null;
  for (const d of sentenceDates) {
    if (d.span[0] < cs || d.span[1] > ce) continue;
    if (d.span[0] >= at && d.span[0] < nextVerb) return d;
    if (d.span[0] < at) before = d;
  }
  if (before) return before;
  for (const d of sentenceDates) if (d.precision === 'day' && (d.span[0] < at || d.span[0] < nextVerb)) return d;
  return null;
}

export function isHistorical(published: string | null, date: EventDate | null): boolean {
  if (!published || !date || date.text === null) return false;
  const pub = parsedDate(published, 'day');
  const end = parsedDate(date.value, date.precision === 'year' ? 'year' : date.precision === 'month' ? 'month' : 'day');
  return Number.isFinite(pub) && Number.isFinite(end) && pub - end > 365 * 86400e3;
}

/**
 * `Date.parse` of a date's last day (of its year or month: `2019` → `2019-12-31`), remembered:
 * an article's events share a few dates. The memo is emptied when it grows large.
 */
const parsedDates = { year: new Map<string, number>(), month: new Map<string, number>(), day: new Map<string, number>() };
const PARSED_DATES_KEPT = 1 << 16;

function parsedDate(value: string, precision: 'year' | 'month' | 'day'): number {
  const memo = parsedDates[precision];
  let ms = memo.get(value);
  if (ms === undefined) {
    if (memo.size >= PARSED_DATES_KEPT) memo.clear();
    ms = Date.parse(precision === 'year' ? `${value}-12-31` : precision === 'month' ? `${value}-28` : value);
    memo.set(value, ms);
  }
  return ms;
}

/** Where the event at token i took place: a place of its clause after it, else its clause's first place that is not a country. */
export function eventLocation(sentencePlaces: readonly PlaceMention[], view: SentenceView, ct: ClauseTools, i: number): PlaceMention | null {
  if (sentencePlaces.length === 0) return null;
  const toks = view.tokens;
  const cs = toks[ct.clauseStart(i)]!.span[0];
  const ce = toks[ct.clauseEnd(i) - 1]?.span[1] ?? Infinity;
  const at = toks[i]!.span[0];
  for (const p of sentencePlaces) if (p.span[0] >= cs && p.span[1] <= ce && p.span[0] > at && !actsThere(view, p) && !passedOnly(view, p)) return p;
  for (const p of sentencePlaces) if (p.span[0] >= cs && p.span[1] <= ce && p.kind !== 'country' && !actsThere(view, p) && !passedOnly(view, p)) return p;
  return null;
}

/** Prepositions of a route or an origin: what they name is not where the event took place. */
const ROUTE_WORDS = new Set(['through', 'via', 'from', 'toward', 'towards']);

/** "protests ... over a plan to export gas through Chile", "refugees fleeing from Sudan": a route or an origin. */
function passedOnly(view: SentenceView, p: PlaceMention): boolean {
  const toks = view.tokens;
  let k = view.start;
  while (k < view.end && toks[k]!.span[0] < p.span[0]) k++;
  for (let j = k - 1, n = 0; j >= view.start && n < 4; j--, n++) {
    const t = toks[j]!;
    if (ROUTE_WORDS.has(t.lower)) return true;
    if (!NOUN_PHRASE_POS.has(t.pos)) return false;
  }
  return false;
}

/** "urged Tehran to reverse it": a capital standing for its government is an actor there, not where the event happened. */
function actsThere(view: SentenceView, p: PlaceMention): boolean {
  for (const r of view.mentions) if (r.mention.span[0] === p.span[0] && r.mention.span[1] === p.span[1]) return true;
  return false;
}
