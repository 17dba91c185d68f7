// Turns a matched trigger and its actors into a DyadEvent, and keeps one of repeated reports.
import type { ActorRef, DyadEvent, EventDate, Modality, PlaceMention, PloverCode } from '../../model/types.js';
import type { CameoTables } from '../../dictionaries/cameo-tables.js';
import type { EventKnowledge } from './knowledge.js';
import type { MentionRef, SentenceView } from './sentence-view.js';
import { actorRef, deployedAt, domestic, protestersAt, victimsAt } from './event-actors.js';

/** The event whose trigger is the tokens `consumed` (the trigger word and the words its pattern named). */
export function buildEvent(
  k: EventKnowledge, text: string, view: SentenceView, consumed: readonly number[], code: string,
  source: MentionRef | null, target: MentionRef | null, date: EventDate | null,
  location: PlaceMention | null, modality: Modality, reported: boolean, rule: string,
): DyadEvent {
  const toks = view.tokens;
  // the trigger runs from its first consumed token to its last (token spans grow with the index)
  let first = consumed[0]!;
  let last = first;
  for (const c of consumed) {
    if (c < first) first = c;
    else if (c > last) last = c;
  }
  const tStart = toks[first]!.span[0];
  const tEnd = toks[last]!.span[1];
  // the event's span stays in its sentence: a target taken from an earlier one ("welcomed the
  // decision") keeps its own span there
  const inSentence = (r: MentionRef | null) => (r && r.mention.sentence === view.index ? r.mention.span : null);
  const s = inSentence(source);
  const t = inSentence(target);
  const span: [number, number] = [Math.min(tStart, s?.[0] ?? tStart, t?.[0] ?? tStart), Math.max(tEnd, s?.[1] ?? tEnd, t?.[1] ?? tEnd)];
  const codeFacts = factsOf(k.cameo, code);
  const actors = domestic(actorRef(source), actorRef(target), code);
  return {
    sentence: view.index,
    span,
    trigger: { text: text.slice(tStart, tEnd), span: [tStart, tEnd] },
    cameo: code,
    plover: codeFacts.plover,
    goldstein: codeFacts.goldstein,
    quadClass: codeFacts.quadClass,
    source: deployedAt(code, protestersAt(code, actors.source, location, target), location),
    target: victimsAt(code, actors.source, actors.target, location),
    date,
    location,
    modality,
    reported,
    rule,
  };
}

interface CodeFacts {
  plover: PloverCode | null;
  goldstein: number | null;
  quadClass: number | null;
}

/** What the CAMEO tables say about each code, read once per code: events repeat a few codes. */
const codeFactsByTables = new WeakMap<CameoTables, Map<string, CodeFacts>>();

function factsOf(cameo: CameoTables, code: string): CodeFacts {
  let byCode = codeFactsByTables.get(cameo);
  if (!byCode) codeFactsByTables.set(cameo, (byCode = new Map()));
  let facts = byCode.get(code);
  if (!facts) byCode.set(code, (facts = { plover: cameo.plover(code), goldstein: cameo.goldstein(code), quadClass: cameo.quadClass(code) }));
  return facts;
}

/**
 * Repeated reports of one event in a sentence (same code and actors) are kept once: "has not
 * surrendered, does not surrender and will not surrender" is one refusal. Events come sentence by
 * sentence, so a repeat is looked for only among the kept events of its own sentence.
 */
export function dedupe(events: DyadEvent[]): DyadEvent[] {
  const kept: DyadEvent[] = [];
  let sentenceFrom = 0; // where the kept events of the current sentence begin
  for (let n = 0; n < events.length; n++) {
    const e = events[n]!;
    if (n > 0 && e.sentence < events[n - 1]!.sentence) return dedupeByKey(events); // not in sentence order
    if (kept.length > 0 && kept[kept.length - 1]!.sentence !== e.sentence) sentenceFrom = kept.length;
    const separated = hasSeparator(e);
    let repeat = false;
    for (let q = sentenceFrom; q < kept.length && !repeat; q++) repeat = sameReport(kept[q]!, e, separated);
    if (!repeat) kept.push(e);
  }
  return kept;
}

/** What makes two events of a sentence one report, joined with `|`. */
export function reportKey(e: DyadEvent): string {
  return `${e.sentence}|${e.cameo}|${e.source?.code}|${e.source?.name ?? e.source?.text}|${e.target?.code}|${e.target?.name ?? e.target?.text}`;
}

/** Keeps the first event of each report key, comparing every event with every earlier one. */
export function dedupeByKey(events: DyadEvent[]): DyadEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = reportKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether two events of one sentence have the same `reportKey`, compared field by field without
 * building it. The keys can only agree with different fields when a field holds the `|` itself,
 * which `bSeparated` (`hasSeparator(b)`) tells; only then are the keys built and compared.
 */
function sameReport(a: DyadEvent, b: DyadEvent, bSeparated: boolean): boolean {
  const same = a.cameo === b.cameo
    && `${a.source?.code}` === `${b.source?.code}` && `${a.source?.name ?? a.source?.text}` === `${b.source?.name ?? b.source?.text}`
    && `${a.target?.code}` === `${b.target?.code}` && `${a.target?.name ?? a.target?.text}` === `${b.target?.name ?? b.target?.text}`;
  return same || (bSeparated && hasSeparator(a) && reportKey(a) === reportKey(b));
}

function hasSeparator(e: DyadEvent): boolean {
  return e.cameo.includes('|') || actorHasSeparator(e.source) || actorHasSeparator(e.target);
}

function actorHasSeparator(a: ActorRef | null): boolean {
  return !!a && (`${a.code}`.includes('|') || `${a.name ?? a.text}`.includes('|'));
}
