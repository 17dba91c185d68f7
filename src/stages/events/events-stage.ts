// PLACEHOLDER (owned by the events work).
import type { Stage } from '../../pipeline/stage.js';

export function createEventsStage(): Stage<'events'> {
  return { name: 'events', needs: ['repair', 'segment', 'dates', 'actors', 'places'], run: () => [] };
}
