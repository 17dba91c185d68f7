// Turns a matched trigger and its actors into a DyadEvent, and keeps one of repeated reports.
import type { DyadEvent, EventDate, Modality, PlaceMention } from '../../model/types.js';
import type { EventKnowledge } from './knowledge.js';
import type { MentionRef, SentenceView } from './sentence-view.js';
import type { TriggerMatch } from './triggers.js';
import { actorRef, domestic } from './event-actors.js';

export function buildEvent(
  k: EventKnowledge, text: string, view: SentenceView, m: TriggerMatch, code: string,
  source: MentionRef | null, target: MentionRef | null, date: EventDate | null,
  location: PlaceMention | null, modality: Modality, reported: boolean, rule: string,
): DyadEvent {
  const toks = view.tokens;
  const idx = [...m.consumed].sort((a, b) => a - b);
  const tStart = toks[idx[0]!]!.span[0];
  const tEnd = toks[idx[idx.length - 1]!]!.span[1];
  const starts = [tStart, source?.mention.span[0] ?? tStart, target?.mention.span[0] ?? tStart];
  const ends = [tEnd, source?.mention.span[1] ?? tEnd, target?.mention.span[1] ?? tEnd];
  const span: [number, number] = [Math.min(...starts), Math.max(...ends)];
  return {
    sentence: view.index,
    span,
    trigger: { text: text.slice(tStart, tEnd), span: [tStart, tEnd] },
    cameo: code,
    plover: k.cameo.plover(code),
    goldstein: k.cameo.goldstein(code),
    quadClass: k.cameo.quadClass(code),
    ...domestic(actorRef(source), actorRef(target)),
    date,
    location,
    modality,
    reported,
    rule,
  };
}

/** Repeated reports of one event in a sentence (same code and actors) are kept once. */
export function dedupe(events: DyadEvent[]): DyadEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    // "has not surrendered, does not surrender and will not surrender" is one refusal
    const key = `${e.sentence}|${e.cameo}|${e.source?.code}|${e.source?.name ?? e.source?.text}|${e.target?.code}|${e.target?.name ?? e.target?.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
