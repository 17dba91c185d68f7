// The composer: one article or a batch, stage by stage, with a failing stage costing only its article.
import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../model/offset-map.js';
import type { Article } from '../model/types.js';
import { runPipeline, runPipelineBatch, type AnyStage } from './compose.js';

const article = (id: string, raw: string): Article => ({ id, published: null, title: null, url: null, publisher: null, raw });

/** Three toy stages: repair copies the text, dates fails on "boom", tone reads the dates and counts the calls. */
function toyStages(order: string[]): AnyStage[] {
  return [
    {
      name: 'repair',
      needs: [],
      run: (doc) => {
        order.push(`repair ${doc.article.id}`);
        return { text: doc.article.raw, repairs: [], offsets: OffsetMap.identity(doc.article.raw) };
      },
    },
    {
      name: 'dates',
      needs: ['repair'],
      run: (doc, ctx) => {
        order.push(`dates ${doc.article.id}`);
        if (doc.article.raw === 'boom') throw new Error('no calendar');
        ctx.report('looked for dates');
        return [];
      },
    },
    {
      name: 'tone',
      needs: ['dates'],
      run: (doc) => {
        order.push(`tone ${doc.article.id}`);
        return { score: doc.article.raw.length, positive: 0, negative: 0 };
      },
    },
  ];
}

describe('runPipelineBatch', () => {
  it('runs each stage over the whole batch before the next stage, and gives each article what runPipeline gives it', () => {
    const order: string[] = [];
    const articles = [article('a', 'calm'), article('b', 'boom'), article('c', 'quiet day')];
    const batch = runPipelineBatch(toyStages(order), articles);
    expect(order).toEqual(['repair a', 'repair b', 'repair c', 'dates a', 'dates b', 'dates c', 'tone a', 'tone c']);
    const single = articles.map((a) => runPipeline(toyStages([]), a));
    expect(batch).toEqual(single);
    // the failing stage is reported for its own article only, and what needs it is skipped there
    expect(batch[1]!.diagnostics).toEqual([{ stage: 'dates', message: 'stage failed: no calendar' }]);
    expect(batch[1]!.doc.layers.tone).toBeUndefined();
    expect(batch[2]!.doc.layers.tone).toEqual({ score: 9, positive: 0, negative: 0 });
    expect(batch[0]!.diagnostics).toEqual([{ stage: 'dates', message: 'looked for dates' }]);
  });

  it('sums the stage timings over the batch', () => {
    const timings = new Map();
    runPipelineBatch(toyStages([]), [article('a', 'x'), article('b', 'y')], timings);
    expect([...timings.keys()]).toEqual(['repair', 'dates', 'tone']);
  });
});
