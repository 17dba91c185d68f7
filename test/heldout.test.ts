// Accuracy floors on gold sentences the coder was not tuned on (test/fixtures/plover-heldout*.json),
// and on the PLOVER development set when ../shared is there: a regression guard, not a wall-clock test.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder.js';
import { loadPloverGold } from '../src/eval/plover-gold.js';
import { scorePlover } from '../src/eval/plover-scorer.js';

const coder = createCoder();
const code = (a: Parameters<typeof coder.code>[0]) => coder.code(a);
const HELDOUT = new URL('./fixtures/plover-heldout.json', import.meta.url).pathname;
const HELDOUT_2 = new URL('./fixtures/plover-heldout-2.json', import.meta.url).pathname;
const HELDOUT_3 = new URL('./fixtures/plover-heldout-3.json', import.meta.url).pathname;
const HELDOUT_4 = new URL('./fixtures/plover-heldout-4.json', import.meta.url).pathname;
const HELDOUT_5 = new URL('./fixtures/plover-heldout-5.json', import.meta.url).pathname;
const DEV = new URL('../../shared/plover/gsr-dev.json', import.meta.url).pathname;
if (!existsSync(DEV)) console.warn(`skipping the PLOVER dev-set floors: ${DEV} is absent (clone without ../shared)`);

describe('event coding accuracy', () => {
  it('stays above its floors on the held-out sentences', () => {
    const { overall } = scorePlover(loadPloverGold(HELDOUT), code);
    expect(overall.recall.rate).toBeGreaterThanOrEqual(0.75);
    expect(overall.precision.rate).toBeGreaterThanOrEqual(0.7);
    expect(overall.dyad.rate).toBeGreaterThanOrEqual(0.75);
  });

  it('meets the bars on the second held-out set (48 sentences, 3 per type)', () => {
    const { overall, types } = scorePlover(loadPloverGold(HELDOUT_2), code);
    expect(overall.recall.rate).toBeGreaterThanOrEqual(0.8);
    expect(overall.precision.rate).toBeGreaterThanOrEqual(0.7);
    expect(overall.dyad.rate).toBeGreaterThanOrEqual(0.75);
    expect(overall.sector.rate).toBeGreaterThanOrEqual(0.7);
    for (const [type, row] of Object.entries(types)) if (row.recall.of > 0) expect(row.recall.rate, type).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['third', HELDOUT_3],
    ['fourth', HELDOUT_4],
    ['fifth', HELDOUT_5],
  ])('meets the bars on the %s held-out set (48 wire sentences of 1987-2011)', (_, file) => {
    const { overall, types } = scorePlover(loadPloverGold(file), code);
    expect(overall.recall.rate).toBeGreaterThanOrEqual(0.8);
    expect(overall.precision.rate).toBeGreaterThanOrEqual(0.7);
    expect(overall.dyad.rate).toBeGreaterThanOrEqual(0.75);
    expect(overall.sector.rate).toBeGreaterThanOrEqual(0.7);
    for (const [type, row] of Object.entries(types)) if (row.recall.of > 0) expect(row.recall.rate, type).toBeGreaterThanOrEqual(0.5);
  });

  it.skipIf(!existsSync(DEV))('meets the bar of the development set', () => {
    const report = scorePlover(loadPloverGold(DEV), code);
    expect(report.overall.recall.rate).toBeGreaterThanOrEqual(0.8);
    expect(report.overall.precision.rate).toBeGreaterThanOrEqual(0.7);
    expect(report.overall.dyad.rate).toBeGreaterThanOrEqual(0.75);
    expect(report.overall.sector.rate).toBeGreaterThanOrEqual(0.7);
    for (const [type, row] of Object.entries(report.types)) {
      if (row.recall.of > 0) expect(row.recall.rate, type).toBeGreaterThanOrEqual(0.5);
    }
  });
});
