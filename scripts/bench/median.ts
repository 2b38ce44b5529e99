/**
 * The middle value; with an even count, the mean of the two middle ones. One definition for every bench script, so
 * that the figures the README calls medians are all taken the same way: run-bench runs a failed Lighthouse run again
 * but can still end with an even count (or be asked for one with --runs), and detect-codes takes 20 runs up to 1 MB.
 */
export function median(values: readonly number[]): number {
  // A median of nothing would come out as NaN and be printed as a figure.
  if (!values.length) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
