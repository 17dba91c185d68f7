// PLACEHOLDER (owned by the actors work).
import type { ActorDictionary } from '../../dictionaries/actor-dictionary.js';
import type { Stage } from '../../pipeline/stage.js';

export function createActorsStage(_dict: ActorDictionary): Stage<'actors'> {
  return { name: 'actors', needs: ['repair', 'segment', 'dates'], run: () => [] };
}
