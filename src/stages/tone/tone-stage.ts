// PLACEHOLDER (owned by the quotes/tone work).
import type { Stage } from '../../pipeline/stage.js';

export function createToneStage(): Stage<'tone'> {
  return { name: 'tone', needs: ['repair', 'segment'], run: () => null };
}
