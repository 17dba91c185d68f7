// PLACEHOLDER (owned by the repair work): identity repair until the real stage lands.
import { OffsetMap } from '../../model/offset-map.js';
import type { Stage } from '../../pipeline/stage.js';

export function createRepairStage(): Stage<'repair'> {
  return {
    name: 'repair',
    needs: [],
    run(doc) {
      const offsets = OffsetMap.identity(doc.article.raw);
      return { text: offsets.text, repairs: [], offsets };
    },
  };
}
