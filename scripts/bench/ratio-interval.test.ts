import { describe, expect, it } from 'vitest';
import { median } from './median';
import { ratioOfMediansInterval } from './ratio-interval';

// The first seven Lighthouse LCPs of the step and of the floor from a 30-run series on the own server (2026-11-24).
const step = [685, 717, 708, 719, 713, 731, 738];
const floor = [649, 627, 649, 638, 630, 689, 686];

describe('ratioOfMediansInterval', () => {
  it('is a single point when runs do not vary', () => {
    expect(ratioOfMediansInterval([700, 700, 700], [640, 640, 640, 640])).toEqual({ low: 700 / 640, high: 700 / 640 });
  });

  it('holds the ratio of the medians, with room on both sides when the runs vary', () => {
    const ratio = median(step) / median(floor);
    const interval = ratioOfMediansInterval(step, floor);
    expect(interval?.low).toBeLessThan(ratio);
    expect(interval?.high).toBeGreaterThan(ratio);
    // Seven runs a side that move by a few per cent leave an interval of several per cent.
    expect(interval!.high - interval!.low).toBeGreaterThan(0.03);
  });

  it('cuts at the percentiles of its level', () => {
    // The median of three resampled values of 1, 2, 3 is 1 or 3 in 7 of 27 cases each, 2 in 13: a 30 % interval is
    // all 2, a 60 % one reaches 1 and 3. A 25th-75th or min-max implementation gives other answers.
    expect(ratioOfMediansInterval([1, 2, 3], [1, 1, 1], { level: 0.3 })).toEqual({ low: 2, high: 2 });
    expect(ratioOfMediansInterval([1, 2, 3], [1, 1, 1], { level: 0.6 })).toEqual({ low: 1, high: 3 });
  });

  it('narrows with more runs of the same spread', () => {
    const many = (values: number[]) => Array.from({ length: 7 }, () => values).flat();
    const few = ratioOfMediansInterval(step, floor)!;
    const more = ratioOfMediansInterval(many(step), many(floor))!;
    expect(more.high - more.low).toBeLessThan((few.high - few.low) / 1.5);
  });

  it('prints the same interval for the same runs and seed, and draws anew with another seed', () => {
    // Many distinct values and few resamples, so that another draw shows (seven runs give too few distinct medians).
    const spread = (base: number) => Array.from({ length: 41 }, (_, index) => base + ((index * 37) % 41));
    const options = { resamples: 50 };
    const first = ratioOfMediansInterval(spread(700), spread(640), options);
    expect(ratioOfMediansInterval(spread(700), spread(640), options)).toEqual(first);
    expect(ratioOfMediansInterval(spread(700), spread(640), { ...options, seed: 2 })).not.toEqual(first);
    const width = (interval: { low: number; high: number } | undefined) => interval!.high - interval!.low;
    expect(width(ratioOfMediansInterval(step, floor, { level: 0.99 }))).toBeGreaterThan(width(ratioOfMediansInterval(step, floor)));
  });

  it('gives no interval from one or two runs a side, where resampling would look certain', () => {
    expect(ratioOfMediansInterval([700], [640])).toBeUndefined();
    expect(ratioOfMediansInterval(step, [640, 650])).toBeUndefined();
    expect(ratioOfMediansInterval([], floor)).toBeUndefined();
  });

  it('refuses a level or a resample count it cannot honour', () => {
    expect(() => ratioOfMediansInterval(step, floor, { level: 1.2 })).toThrow(RangeError);
    expect(() => ratioOfMediansInterval(step, floor, { resamples: 0 })).toThrow(RangeError);
  });
});
