// The repair stage: undoes the damage news feeds do (entities, mojibake, markup, MT leftovers, whitespace) and keeps the way back to raw.
import type { Stage } from '../../pipeline/stage.js';
import { repairText, type RepairOptions } from './repair-text.js';
import { loadRepairRules } from './repair-rules.js';

export { repairText } from './repair-text.js';
export type { RepairOptions, RepairResult } from './repair-text.js';

export function createRepairStage(options: RepairOptions = {}): Stage<'repair'> {
  // Rules are compiled here, once, not per document.
  const rules = options.rules ?? loadRepairRules();
  return {
    name: 'repair',
    needs: [],
    run(doc, ctx) {
      const { text, repairs, offsets, unlistedWhitespace } = repairText(doc.article.raw, { ...options, rules });
      if (unlistedWhitespace > 0) {
        ctx.report(`${unlistedWhitespace} more whitespace repairs were made but not listed`, undefined, 'repair/whitespace');
      }
      return { text, repairs, offsets };
    },
  };
}
