// Where an event sits: its date, its place, whether it is reported or historical.
import type { DateMention, EventDate, PlaceMention } from '../../model/types.js';
import type { Doc } from '../../pipeline/stage.js';
import type { ClauseTools } from './clauses.js';
import type { SentenceView } from './sentence-view.js';
import { gerundInPhrase } from './word-cues.js';

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

export function eventDate(doc: Doc, dates: DateMention[], view: SentenceView, ct: ClauseTools, i: number): EventDate | null {
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
  const inSentence = dates.filter((d) => d.sentence === view.index);
  const pick = inSentence.find((d) => d.span[0] >= cs && d.span[1] <= ce && (d.span[0] < at || d.span[0] < nextVerb))
    ?? inSentence.find((d) => d.precision === 'day' && (d.span[0] < at || d.span[0] < nextVerb)) ?? null;
  if (pick) return { value: pick.value, precision: pick.precision, text: pick.text, span: pick.span };
  const p = doc.article.published;
  return p ? { value: p, precision: 'day', text: null, span: null } : null;
}

export function isHistorical(published: string | null, date: EventDate | null): boolean {
  if (!published || !date || date.text === null) return false;
  const pub = Date.parse(published);
  const end = date.precision === 'year' ? Date.parse(`${date.value}-12-31`) : date.precision === 'month' ? Date.parse(`${date.value}-28`) : Date.parse(date.value);
  return Number.isFinite(pub) && Number.isFinite(end) && pub - end > 365 * 86400e3;
}

export function eventLocation(places: PlaceMention[], view: SentenceView, ct: ClauseTools, i: number): PlaceMention | null {
  const toks = view.tokens;
  const cs = toks[ct.clauseStart(i)]!.span[0];
  const ce = toks[ct.clauseEnd(i) - 1]?.span[1] ?? Infinity;
  const at = toks[i]!.span[0];
  const inClause = places.filter((p) => p.sentence === view.index && p.span[0] >= cs && p.span[1] <= ce);
  return inClause.find((p) => p.span[0] > at) ?? inClause.find((p) => p.kind !== 'country') ?? null;
}
