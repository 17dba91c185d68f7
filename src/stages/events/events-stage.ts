// The events stage: finds (source, action, target) in each clause and codes it in CAMEO and PLOVER.
import type { DyadEvent } from '../../model/types.js';
import { layer, type Doc, type Stage, type StageContext } from '../../pipeline/stage.js';
import { buildSentenceViews } from './sentence-view.js';
import { triggerIndexOf } from './trigger-index.js';
import type { EventKnowledge } from './knowledge.js';
import { dedupe } from './event-record.js';
import { YEAR_OF_EVENT_RULE } from '../dates/dates-stage.js';
import { groupBySentence, SentenceCoder, TokenCaches } from './sentence-coder.js';

export type { EventKnowledge } from './knowledge.js';

/** Sectors of a state acting as one: their acts are political whatever else the sentence mentions. */
const STATE_ACTORS = new Set(['GOV', 'MIL', 'JUD', 'LEG', 'COP']);
/** Intergovernmental bodies. */
const INTERNATIONAL_BODY = /^IGO/;

export function createEventsStage(k: EventKnowledge): Stage<'events'> {
  const caches = new TokenCaches();
  const coder = new SentenceCoder(k, caches);
  triggerIndexOf(k.lexicon); // compiled now, while the dictionaries load, not during the first article
  return {
    name: 'events',
    needs: ['repair', 'segment', 'dates', 'actors', 'places'],
    run(doc: Doc, ctx: StageContext): DyadEvent[] {
      const { text } = layer(doc, 'repair');
      const { sentences, tokens } = layer(doc, 'segment');
      const actors = layer(doc, 'actors');
      const dates = layer(doc, 'dates');
      const places = layer(doc, 'places');
      const views = buildSentenceViews(sentences, tokens, actors);
      const events: DyadEvent[] = [];
      // a year naming a thing ("the 1974 agreement") does not date the clause it sits in
      const datesIn = groupBySentence(dates.filter((d) => d.rule !== YEAR_OF_EVENT_RULE), sentences.length);
      const placesIn = groupBySentence(places, sentences.length);
      caches.reset(tokens.length);
      for (const view of views) {
        const s = sentences[view.index]!;
        // with neither an actor nor a place a sentence cannot hold an event: skip the clause analysis
        if (view.mentions.length === 0 && placesIn[view.index]!.length === 0) continue;
        if (k.discards) {
          const hit = k.discards.match(text.slice(s.span[0], s.span[1]).toLowerCase());
          // a sports or weather word does not discard what a government, a force or a court does in the same
          // sentence ("pledged one billion dollars to help Indonesia rebuild after the Boxing Day tsunami")
          if (hit && (hit.story || !view.mentions.some((r) => STATE_ACTORS.has(r.mention.sector) || INTERNATIONAL_BODY.test(r.mention.code ?? '')))) {
            ctx.report(`sentence ${view.index} not coded: discard phrase "${hit.phrase}"`, s.span, `discard/${hit.id}`);
            if (hit.story) return [];
            continue;
          }
        }
        coder.code(doc, view, text, datesIn[view.index]!, placesIn[view.index]!, events, ctx);
      }
      return dedupe(events);
    },
  };
}
