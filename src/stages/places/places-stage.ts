// PLACEHOLDER (owned by the places work).
import type { Stage } from '../../pipeline/stage.js';
import type { Gazetteer } from './gazetteer.js';

export function createPlacesStage(_gaz: Gazetteer): Stage<'places'> {
  return { name: 'places', needs: ['repair', 'segment', 'actors'], run: () => [] };
}
