import { median } from './median';

/** Fewer runs a side than this give no interval: with one or two, resampling has next to nothing to vary. */
const MIN_RUNS_FOR_INTERVAL = 3;
/** The defaults, exported so that the bench's explanation names what it printed. */
export const INTERVAL_LEVEL = 0.9;
export const INTERVAL_RESAMPLES = 4000;

/**
 * A percentile bootstrap of a ratio of two medians: each series resampled with replacement, on its own, `resamples`
 * times; the interval runs from the 5th to the 95th percentile (for the default level of 0.9) of the ratios of the
 * resampled medians. It shows how much this run's own Lighthouse runs leave the ratio open, nothing more: the spread
 * between full bench runs on a machine whose load drifts is not in it, so an interval clear of the target does not make
 * a verdict reliable, while one that spans the target shows the verdict is within the run's own noise. The two series
 * are resampled independently although the bench takes them in turn: pairs break where a failed run is repeated, and a
 * borrowed floor is not paired at all. With medians of about seven runs the resampled ratio takes few distinct values,
 * so the interval is coarse and, as percentile bootstraps of small medians are, tends to be narrower than its level.
 *
 * Seeded, so the same runs always print the same interval. Undefined below MIN_RUNS_FOR_INTERVAL runs a side.
 */
export function ratioOfMediansInterval(
  numerator: readonly number[],
  denominator: readonly number[],
  { level = INTERVAL_LEVEL, resamples = INTERVAL_RESAMPLES, seed = 1 }: { level?: number; resamples?: number; seed?: number } = {},
): { low: number; high: number } | undefined {
  if (!(level > 0 && level <= 1) || !Number.isInteger(resamples) || resamples < 1) throw new RangeError('level must be in (0, 1] and resamples a positive integer');
  if (numerator.length < MIN_RUNS_FOR_INTERVAL || denominator.length < MIN_RUNS_FOR_INTERVAL) return undefined;
  const random = mulberry32(seed);
  const resampledMedian = (values: readonly number[]) => median(Array.from(values, () => values[Math.floor(random() * values.length)]));
  const ratios = Array.from({ length: resamples }, () => resampledMedian(numerator) / resampledMedian(denominator)).sort((a, b) => a - b);
  const lowIndex = Math.floor(((1 - level) / 2) * (resamples - 1));
  return { low: ratios[lowIndex], high: ratios[resamples - 1 - lowIndex] };
}

/** A small seeded generator (Mulberry32): Math.random cannot be seeded. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
