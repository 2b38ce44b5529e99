/**
 * The middle value; with an even count, the mean of the two middle ones. One definition for every bench script, so
 * that two figures called "median" in the README are taken the same way (run-bench drops a failed Lighthouse run and
 * can end with an even count; detect-codes takes 20 runs).
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
