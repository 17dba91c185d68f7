// dedupe compares events field by field within their sentence; it must keep exactly the events that
// keeping the first of each joined report key keeps, separators inside the fields included.
import { describe, expect, it } from 'vitest';
import type { ActorRef, DyadEvent } from '../../model/types.js';
import { dedupe, dedupeByKey } from './event-record.js';

describe('dedupe', () => {
  it('keeps what the report keys keep', () => {
    let state = 5;
    const rnd = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    // values chosen to collide: "a|b" + "c" joins like "a" + "b|c"; null prints as "null"
    const codes = ['USA', 'IRN', null, 'null', 'a|b', 'a'];
    const names = ['b|c', 'c', 'b', null, undefined, 'undefined'];
    const actor = (): ActorRef | null => (rnd() < 0.2 ? null : { text: pick(['x', 'b|c', 'c']), span: [0, 1], code: pick(codes), country: null, sector: '', name: pick(names) });
    for (let round = 0; round < 300; round++) {
      const events: DyadEvent[] = [];
      let sentence = 0;
      for (let n = Math.floor(rnd() * 12); n > 0; n--) {
        if (rnd() < 0.3) sentence++;
        events.push({ sentence, cameo: pick(['010', '040', '01|0']), source: actor(), target: actor() } as DyadEvent);
      }
      const kept = (list: DyadEvent[]) => list.map((e) => events.indexOf(e));
      expect(kept(dedupe(events))).toEqual(kept(dedupeByKey(events)));
    }
  });
});
