// PLACEHOLDER (owned by the quotes work).
import type { Stage } from '../../pipeline/stage.js';

export function createQuotesStage(): Stage<'quotes'> {
  return { name: 'quotes', needs: ['repair', 'segment', 'actors'], run: () => [] };
}
