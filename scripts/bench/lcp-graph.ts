/**
 * `npm run bench:lcp-graph -- URL...`: what Lighthouse's simulated largest contentful paint is made of, per URL (one
 * Lighthouse run each; the build must already be served, e.g. `npm run preview`).
 *
 * Lighthouse (Lantern) does not time the page under throttling: it builds a graph from an unthrottled trace and
 * simulates it. For LCP the graph holds the document's request and a few main-thread tasks: the first that parses
 * HTML, the first that lays out, the first that paints (the "pessimistic" graph adds every layout task and every
 * request that started before the observed LCP). Network nodes get the simulated RTT and bandwidth; a task counts
 * its observed duration ×4, or ×2 if it laid out. This prints those nodes with their simulated start and end, so a
 * change can be judged by what it does to them rather than by medians that move ±3 % between runs.
 *
 * It wraps one static method of Lighthouse's bundled Lantern (12.x); if a Lighthouse upgrade renames it, the script
 * says so instead of printing nothing.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';

interface TraceEvent { name: string }
interface GraphNode {
  type: 'cpu' | 'network';
  duration: number;
  childEvents: TraceEvent[];
  didPerformLayout(): boolean;
  request: { url: string; transferSize: number };
}
interface Simulation { nodeTimings: Map<GraphNode, { startTime: number; endTime: number }> }
interface LcpMetric { getEstimateFromSimulation(simulation: Simulation, extras: { optimistic?: boolean }): { timeInMs: number } }

const urls = process.argv.slice(2);
if (!urls.length) {
  console.error('Usage: npm run bench:lcp-graph -- http://127.0.0.1:4173/en/5.7.750/review-connectors [more URLs]');
  process.exit(2);
}
const chromePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath());
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const metric = (Lantern as unknown as { Metrics: { LargestContentfulPaint: LcpMetric } }).Metrics.LargestContentfulPaint;
if (typeof metric?.getEstimateFromSimulation !== 'function') {
  console.error('This Lighthouse no longer has Lantern.Metrics.LargestContentfulPaint.getEstimateFromSimulation: update this script.');
  process.exit(1);
}
const original = metric.getEstimateFromSimulation;
let graphs: string[] = [];
metric.getEstimateFromSimulation = function (simulation, extras) {
  const estimate = original.call(this, simulation, extras);
  const rows = [...simulation.nodeTimings.entries()]
    .sort(([, a], [, b]) => a.startTime - b.startTime)
    .map(([node, timing]) => {
      const span = `${timing.startTime.toFixed(0).padStart(5)} → ${timing.endTime.toFixed(0).padStart(5)} ms`;
      if (node.type === 'network') return `  ${span}  request ${node.request.url.slice(0, 90)} (${node.request.transferSize} B)`;
      const has = (name: string) => node.childEvents.some((event) => event.name === name);
      const kinds = [has('ParseHTML') && 'parse', has('EvaluateScript') && 'script', node.didPerformLayout() && 'layout', has('Paint') && 'paint'].filter(Boolean);
      return `  ${span}  task ${(node.duration / 1000).toFixed(1)} ms observed ×${node.didPerformLayout() ? 2 : 4} (${kinds.join(', ') || 'other'})`;
    });
  graphs.push(`${extras?.optimistic ? 'optimistic' : 'pessimistic'} graph: ${estimate.timeInMs.toFixed(0)} ms\n${rows.join('\n')}`);
  return estimate;
};

for (const url of urls) {
  graphs = [];
  const chrome = await launch({ chromePath, chromeFlags });
  try {
    const lhr = (await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' }))?.lhr;
    const lcp = lhr?.audits['largest-contentful-paint']?.numericValue;
    console.log(`\n${url}: Lighthouse LCP ${lcp === undefined ? 'not measured' : `${Math.round(lcp)} ms`} (the mean of the two graphs)`);
    // Lantern simulates each graph twice (once for FCP's bound); the last pair is LCP's own.
    console.log(graphs.slice(-2).join('\n'));
  } finally {
    chrome.kill();
  }
}
