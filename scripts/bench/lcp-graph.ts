/**
 * `npm run bench:lcp-graph -- URL...`: what Lighthouse's simulated largest contentful paint is made of, per URL (one
 * Lighthouse run each; the build must already be served, e.g. `npm run preview`).
 *
 * Lighthouse (Lantern) does not time the page under throttling: it builds a graph from an unthrottled trace and
 * simulates it twice. The optimistic graph holds the requests that finished before the observed LCP (except
 * low-priority images) and three main-thread tasks: the first that parses HTML, the first that lays out, the first
 * that paints; the pessimistic graph adds every other layout task that started before the observed LCP. Network
 * nodes get the simulated RTT and bandwidth; a task counts its observed duration ×4, or ×2 if it laid out. LCP is
 * the mean of the two estimates, or the simulated FCP if that is later. This prints both graphs' nodes with their
 * simulated start and end, so a change can be judged by what it does to them rather than by medians that move ±3 %
 * between runs.
 *
 * It wraps one static method of Lighthouse's bundled Lantern (12.x); if an upgrade renames it, the script says so.
 */
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';
import { runLighthouse } from './lighthouse-run';

type Estimate = { timeInMs: number };
type EstimateFn = (this: unknown, simulation: Lantern.Simulation.Result, extras?: { optimistic?: boolean }) => Estimate;

const urls = process.argv.slice(2);
if (!urls.length) {
  console.error('Usage: npm run bench:lcp-graph -- http://127.0.0.1:4173/en/5.7.750/review-connectors [more URLs]');
  process.exit(2);
}

const metric = (Lantern.Metrics as Partial<typeof Lantern.Metrics> | undefined)?.LargestContentfulPaint as unknown as
  | { getEstimateFromSimulation?: EstimateFn }
  | undefined;
if (typeof metric?.getEstimateFromSimulation !== 'function') {
  console.error('This Lighthouse no longer has Lantern.Metrics.LargestContentfulPaint.getEstimateFromSimulation: update this script.');
  process.exit(1);
}
const original = metric.getEstimateFromSimulation;
let graphs: { optimistic: boolean; estimate: number; rows: string[] }[] = [];
metric.getEstimateFromSimulation = function (simulation, extras) {
  const estimate = original.call(this, simulation, extras);
  // Lighthouse calls it through its own subclass; the trace engine's insights call the base class for an LCP of
  // their own, which is not the one Lighthouse reports.
  if (this === metric) return estimate;
  const rows = [...simulation.nodeTimings.entries()]
    .sort(([, a], [, b]) => a.startTime - b.startTime)
    .map(([node, timing]) => {
      const span = `${timing.startTime.toFixed(0).padStart(5)} → ${timing.endTime.toFixed(0).padStart(5)} ms`;
      if (node.type === 'network') return `  ${span}  request ${node.request.url.slice(0, 90)} (${node.request.transferSize} B)`;
      const has = (name: string) => node.childEvents.some((event) => event.name === name);
      const kinds = [has('ParseHTML') && 'parse', has('EvaluateScript') && 'script', node.didPerformLayout() && 'layout', has('Paint') && 'paint'].filter(Boolean);
      return `  ${span}  task ${(node.duration / 1000).toFixed(1)} ms observed ×${node.didPerformLayout() ? 2 : 4} (${kinds.join(', ') || 'other'})`;
    });
  graphs.push({ optimistic: Boolean(extras?.optimistic), estimate: estimate.timeInMs, rows });
  return estimate;
};

for (const url of urls) {
  graphs = [];
  const lhr = await runLighthouse(url);
  const audit = (id: string) => lhr?.audits[id]?.numericValue;
  const [lcp, fcp] = [audit('largest-contentful-paint'), audit('first-contentful-paint')];
  if (!lhr || lhr.runtimeError || lcp === undefined) {
    console.log(`\n${url}: Lighthouse could not measure it (${lhr?.runtimeError?.code ?? lhr?.audits['largest-contentful-paint']?.errorMessage ?? 'no result'})`);
    process.exitCode = 1;
    continue;
  }
  const [optimistic, pessimistic] = [graphs.findLast((graph) => graph.optimistic), graphs.findLast((graph) => !graph.optimistic)];
  if (!optimistic || !pessimistic) {
    console.log(`\n${url}: Lighthouse LCP ${Math.round(lcp)} ms, but no LCP graph was captured`);
    process.exitCode = 1;
    continue;
  }
  const mean = (optimistic.estimate + pessimistic.estimate) / 2;
  console.log(`\n${url}: Lighthouse LCP ${Math.round(lcp)} ms = the later of the graphs' mean (${Math.round(mean)} ms) and FCP (${Math.round(fcp ?? Number.NaN)} ms)`);
  for (const graph of [optimistic, pessimistic]) console.log(`${graph.optimistic ? 'optimistic' : 'pessimistic'} graph: ${graph.estimate.toFixed(0)} ms\n${graph.rows.join('\n')}`);
}
