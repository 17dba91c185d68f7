// PLACEHOLDER (owned by the dates work).
import type { Stage } from '../../pipeline/stage.js';

export function createDatesStage(): Stage<'dates'> {
  return { name: 'dates', needs: ['repair', 'segment'], run: () => [] };
}
