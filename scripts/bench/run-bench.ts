/**
 * `npm run bench`: builds (timed), serves the build locally, and prints for a home, an
 * overview and a step page (and for a hand-written static page of the same
 * step, the floor): the bytes the first view transfers, paint and blocking
 * times in headless Chromium under mobile-like throttling, the time a
 * language switch takes, and Lighthouse's figures; then Lighthouse for the
 * step link exactly as shared (no trailing slash) and the floor at the same
 * kind of address under every class of static host (hosts.ts). Prints numbers
 * and whether each target is met; asserts nothing (targets are in the README).
 *
 * Options: --no-build (use dist/ as it is), --runs N (browser runs per page, default 5),
 * --lighthouse-runs N (Lighthouse runs per page, default 7: medians of 5 moved ±3 % between runs), --no-lighthouse.
 * Beside each class's LCP ratio it prints a bootstrap interval from the same runs (ratio-interval.ts).
 * BENCH_PORT (default 4555): the first of the six ports the hosts listen on.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { everyUrl } from '../../src/config/paths';
import { LANGUAGES } from '../../src/domain/languages';
import { firstViewGzipBytes } from '../build/first-view';
import { pageFiles } from '../build/page-files';
import { startHosts, type BenchHost } from './hosts';
import { CHROMIUM_FLAGS, requireChromiumPath } from '../browser';
import { runLighthouse } from './lighthouse-run';
import { median } from './median';
import { INTERVAL_LEVEL, INTERVAL_RESAMPLES, ratioOfMediansInterval } from './ratio-interval';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const lighthouseRunCount = Number(args[args.indexOf('--lighthouse-runs') + 1]) || 7;
const firstPort = Number(process.env.BENCH_PORT) || 4555;

const PAGES = [
  { name: 'home', path: '/en/' },
  { name: 'overview', path: '/en/5.7.705/' },
  { name: 'step', path: '/en/5.7.750/review-connectors' },
  { name: 'step (ja)', path: '/ja/5.7.750/review-connectors' },
  // The floor sits at the same kind of address as the step, written the way the build writes a step.
  { name: 'floor (static step)', path: '/bench-floor/en/5.7.750/review-connectors' },
];
const STEP = PAGES[2];
const FLOOR = PAGES[4];

// Lighthouse's default mobile throttling (simulated there; applied for real here).
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
// The issue's target for the step's Lighthouse LCP against the floor's, on every class of host: the verdict and the
// "within the noise" line both read it.
const LCP_RATIO_TARGET = 1.1;

let build = 'not run (--no-build)';
if (!args.includes('--no-build')) {
  const started = performance.now();
  const output = execSync('npm run build', { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const prerendered = /Prerendered (\d+) pages \((\d+) files\).* in (\d+) ms/.exec(output);
  build = `${((performance.now() - started) / 1000).toFixed(1)} s for ${prerendered?.[1] ?? '?'} pages (${prerendered?.[2] ?? '?'} files), of which prerendering ${prerendered?.[3] ?? '?'} ms`;
}
for (const file of pageFiles(FLOOR.path)) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  copyFileSync(join(root, 'scripts/bench/floor.html'), join(dist, file));
}
const { hosts, stop } = await startHosts(root, firstPort);
const origin = hosts[0].origin;
const cleanup = () => {
  stop();
  rmSync(join(dist, 'bench-floor'), { recursive: true, force: true });
};
process.on('exit', cleanup);

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;

// ---- Bytes of the first view ----
type Kind = 'html' | 'js' | 'css' | 'catalog' | 'other';
const kindOf = (url: string, contentType: string): Kind => {
  const file = new URL(url).pathname.split('/').pop() ?? '';
  if (/^(en|zh-CN|sv|de|ja|fr|ui-home)-[\w-]+\.js$/.test(file)) return 'catalog';
  if (contentType.includes('html')) return 'html';
  if (extname(file) === '.js') return 'js';
  if (extname(file) === '.css') return 'css';
  return 'other';
};
const fileFor = (url: string) => {
  const path = decodeURIComponent(new URL(url).pathname);
  const direct = join(dist, path);
  return existsSync(direct) && statSync(direct).isFile() ? direct : join(dist, path, 'index.html');
};

const chromePath = requireChromiumPath();
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });

async function firstViewBytes(path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const entries: { url: string; kind: Kind; transferred: number }[] = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    if (!response) return;
    const sizes = await request.sizes();
    entries.push({ url: request.url(), kind: kindOf(request.url(), response.headers()['content-type'] ?? ''), transferred: sizes.responseBodySize });
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await context.close();
  const totals: Record<Kind, { raw: number; gzip: number; brotli: number; wire: number }> = {
    html: { raw: 0, gzip: 0, brotli: 0, wire: 0 },
    js: { raw: 0, gzip: 0, brotli: 0, wire: 0 },
    css: { raw: 0, gzip: 0, brotli: 0, wire: 0 },
    catalog: { raw: 0, gzip: 0, brotli: 0, wire: 0 },
    other: { raw: 0, gzip: 0, brotli: 0, wire: 0 },
  };
  for (const entry of entries) {
    const file = fileFor(entry.url);
    if (!existsSync(file)) continue;
    const raw = readFileSync(file);
    const total = totals[entry.kind];
    total.raw += raw.length;
    total.gzip += gzipSync(raw, { level: 9 }).length;
    total.brotli += brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    total.wire += entry.transferred;
  }
  return totals;
}

// ---- Paint, blocking time ----
async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

async function paintTimes(path: string) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { perf: { fcp: number; lcp: number; long: { start: number; duration: number }[] } };
    w.perf = { fcp: 0, lcp: 0, long: [] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') w.perf.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.perf.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.perf.long.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await throttle(page);
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const perf = await page.evaluate(() => (window as unknown as { perf: { fcp: number; lcp: number; long: { start: number; duration: number }[] } }).perf);
  await context.close();
  const tbt = perf.long.filter((task) => task.start >= perf.fcp).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
  return { fcp: perf.fcp, lcp: perf.lcp, tbt };
}

// ---- Language switch ----
async function languageSwitch(throttled: boolean) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (throttled) await throttle(page);
  await page.goto(origin + STEP.path, { waitUntil: 'networkidle' });
  // The switcher is usable once the page has hydrated (a transition, which may end after the network is idle).
  await page.waitForFunction(() => document.querySelector('.language-switcher[data-ready]') !== null);
  const target = JSON.parse(readFileSync(join(root, 'locales/generated/ja/step-review-connectors.json'), 'utf8')).title as string;
  // Plain JavaScript source: the TypeScript runner would otherwise inject helpers the page does not have.
  const measure = `new Promise((resolve) => {
    const title = ${JSON.stringify(target)};
    const link = document.querySelector('.language-switcher a[hreflang="ja"]');
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (document.querySelector('h1')?.textContent === title) {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    link.click();
  })`;
  const elapsed = (await page.evaluate(measure)) as number;
  await context.close();
  return elapsed;
}

console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromePath}`);
console.log(`Build (npm run build, every page): ${build}.`);
console.log(`Throttling for paint times: ${NETWORK.latency} ms RTT, ${((NETWORK.downloadThroughput * 8) / 1024).toFixed(0)} kbit/s down, CPU ×${CPU_SLOWDOWN}; median of ${runs} runs.\n`);

const results: Record<string, { bytes: Awaited<ReturnType<typeof firstViewBytes>>; fcp: number; lcp: number; tbt: number }> = {};
for (const page of PAGES) {
  const bytes = await firstViewBytes(page.path);
  const times = [];
  for (let i = 0; i < runs; i += 1) times.push(await paintTimes(page.path));
  results[page.name] = { bytes, fcp: median(times.map((t) => t.fcp)), lcp: median(times.map((t) => t.lcp)), tbt: median(times.map((t) => t.tbt)) };
}

console.log('Everything a page loads until the network is idle: its first view, its own part, the parts loaded when idle (gzip -9 / brotli 11 of each file; "wire" is what the local server sent):');
console.log(`${'page'.padEnd(22)}${'HTML'.padStart(9)}${'JS'.padStart(10)}${'CSS'.padStart(9)}${'catalog'.padStart(10)}${'total gzip'.padStart(12)}${'total br'.padStart(11)}${'wire'.padStart(10)}`);
for (const [name, { bytes }] of Object.entries(results)) {
  const sum = (key: 'gzip' | 'brotli' | 'wire') => Object.values(bytes).reduce((total, kind) => total + kind[key], 0);
  console.log(
    `${name.padEnd(22)}${kb(bytes.html.gzip).padStart(9)}${kb(bytes.js.gzip).padStart(10)}${kb(bytes.css.gzip).padStart(9)}${kb(bytes.catalog.gzip).padStart(10)}${kb(sum('gzip')).padStart(12)}${kb(sum('brotli')).padStart(11)}${kb(sum('wire')).padStart(10)}`,
  );
}

// Every page of every guide, from the build's files (the table above is one page each, as the browser fetched it).
// The first view: the HTML, the app's script and what the start-up script preloads (scripts/build/first-view.ts);
// a page's own part (its code and catalog, fetched as the app starts) and the idle-time parts come after it.
const GUIDE_KINDS = ['overview', 'step', 'summary', 'not-admin'] as const;
console.log(`\nLargest first view per language (gzip -9, from the build), ${GUIDE_KINDS.join(' · ')}:`);
const largestOf = (lang: string, kind: (typeof GUIDE_KINDS)[number]) =>
  Math.max(...everyUrl().filter((url) => url.lang === lang && url.page.kind === kind).map((url) => firstViewGzipBytes(dist, `${url.path.slice(1).replace(/\/$/, '')}/index.html`)));
const largest = Object.fromEntries(LANGUAGES.map((lang) => [lang, GUIDE_KINDS.map((kind) => largestOf(lang, kind))]));
console.log(LANGUAGES.map((lang) => `${lang} ${largest[lang].map(kb).join(' · ')}`).join('\n'));
const largestGuidePage = Math.max(...Object.values(largest).flat());

const floor = results[FLOOR.name];
console.log('\nHeadless Chromium, throttled (ratio to the floor in brackets):');
console.log(`${'page'.padEnd(22)}${'FCP'.padStart(16)}${'LCP'.padStart(16)}${'TBT'.padStart(10)}`);
for (const [name, result] of Object.entries(results)) {
  const ratio = (value: number, base: number) => (base > 0 ? ` (${(value / base).toFixed(2)}×)` : '');
  console.log(`${name.padEnd(22)}${(ms(result.fcp) + ratio(result.fcp, floor.fcp)).padStart(16)}${(ms(result.lcp) + ratio(result.lcp, floor.lcp)).padStart(16)}${ms(result.tbt).padStart(10)}`);
}

const switches = [];
const throttledSwitches = [];
for (let i = 0; i < runs; i += 1) {
  switches.push(await languageSwitch(false));
  throttledSwitches.push(await languageSwitch(true));
}
console.log(`\nLanguage switch on the step page (en → ja, until the new title is painted): ${ms(median(switches))} unthrottled, ${ms(median(throttledSwitches))} throttled`);
await browser.close();

// ---- Lighthouse ----
// Several runs per page, medians reported: on a shared machine one run's TBT moves by a factor of three.
type LighthouseFigures = { score: number; fcp: number; lcp: number; tbt: number; cls: number };
const LIGHTHOUSE_AUDITS = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift' } as const;
/**
 * Lighthouse runs of each URL, taken in turn (a, b, a, b…) so that the machine's load drifts over all alike, until each
 * has `lighthouseRunCount` runs that gave every figure. A failed run (NO_NAVSTART now and then on this machine) is
 * reported and run again, up to as many extra rounds as runs asked for, so a median is not quietly of fewer runs.
 */
async function lighthouseRuns(urls: string[], label: string): Promise<LighthouseFigures[][]> {
  const figures: LighthouseFigures[][] = urls.map(() => []);
  // Lighthouse's insights step prints a LanternError with its stack for a page that moves on to another page by
  // script (the bare fallback's redirect): its metrics are still computed. Said once per host instead.
  const printError = console.error;
  let lanternErrors = 0;
  console.error = (...values: unknown[]) => {
    const first = values[0] as { message?: unknown } | undefined;
    if (String(first?.message ?? first).includes('missing metric scores for specified navigation')) lanternErrors += 1;
    else printError(...values);
  };
  try {
    for (let round = 0; round < 2 * lighthouseRunCount && figures.some((runs) => runs.length < lighthouseRunCount); round += 1) {
      for (const [index, url] of urls.entries()) {
        if (figures[index].length >= lighthouseRunCount) continue;
        const lhr = await runLighthouse(url);
        if (!lhr || lhr.runtimeError) {
          console.log(`${label.padEnd(28)}(a run of ${new URL(url).pathname} could not measure: ${lhr?.runtimeError?.code ?? 'no result'}; run again)`);
          continue;
        }
        const audit = (key: keyof typeof LIGHTHOUSE_AUDITS) => lhr.audits[LIGHTHOUSE_AUDITS[key]]?.numericValue ?? Number.NaN;
        // A run can also finish without one of the figures (seen once in about 30 runs: no LCP); a NaN would make
        // the median meaningless.
        const missing = (Object.keys(LIGHTHOUSE_AUDITS) as (keyof typeof LIGHTHOUSE_AUDITS)[]).find((key) => !Number.isFinite(audit(key)));
        if (missing) {
          console.log(`${label.padEnd(28)}(a run of ${new URL(url).pathname} gave no ${LIGHTHOUSE_AUDITS[missing]}: ${lhr.audits[LIGHTHOUSE_AUDITS[missing]]?.errorMessage ?? 'no value'}; run again)`);
          continue;
        }
        figures[index].push({ score: Math.round((lhr.categories.performance.score ?? 0) * 100), fcp: audit('fcp'), lcp: audit('lcp'), tbt: audit('tbt'), cls: audit('cls') });
      }
    }
    for (const [index, url] of urls.entries()) {
      if (figures[index].length < lighthouseRunCount) console.log(`${label.padEnd(28)}(${new URL(url).pathname}: only ${figures[index].length} of ${lighthouseRunCount} runs gave figures)`);
    }
  } finally {
    console.error = printError;
  }
  if (lanternErrors) console.log(`${label}: Lighthouse's insights could not follow the scripted redirect in ${lanternErrors} runs (metrics unaffected)`);
  return figures;
}
const medianOf = (figures: LighthouseFigures[], key: keyof LighthouseFigures) => median(figures.map((figure) => figure[key]));
const scoreRange = (figures: LighthouseFigures[]) => `${medianOf(figures, 'score')} (${Math.min(...figures.map((f) => f.score))}–${Math.max(...figures.map((f) => f.score))})`;

/**
 * What a host answers for a path: how many redirects, which page's prerendered HTML (or the floor), and whether any
 * answer on the way sends Cross-Origin-Opener-Policy. With it the page has to leave the browsing context group of the
 * blank tab Lighthouse starts from, so it loads in another, cold renderer (inferred from how COOP is specified; the
 * header measured at 24–33 ms of the step's LCP, see the README's Performance section).
 */
async function served(host: BenchHost, path: string): Promise<{ redirects: number; page: string; coop: boolean }> {
  let url = host.origin + path;
  let redirects = 0;
  let coop = false;
  for (;;) {
    const response = await fetch(url, { redirect: 'manual' });
    // `unsafe-none` is the default and changes nothing; a Report-Only header is a different name.
    const policy = response.headers.get('cross-origin-opener-policy')?.split(';')[0].trim();
    coop ||= Boolean(policy) && policy !== 'unsafe-none';
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url).href;
      redirects += 1;
      continue;
    }
    const html = await response.text();
    return { coop, redirects, page: /data-prerendered="([^"]*)"/.exec(html)?.[1] ?? (html.includes('<title>Look for unusual connectors – 5.7.750</title>') ? 'floor' : `status ${response.status}`) };
  }
}

const targets: [string, boolean][] = [
  [`first view of every page of every guide ≤ 120 kB gzip (largest ${kb(largestGuidePage)})`, largestGuidePage <= 120_000],
  [`language switch throttled < 300 ms (${ms(median(throttledSwitches))})`, median(throttledSwitches) < 300],
];
if (!args.includes('--no-lighthouse')) {
  console.log(`\nLighthouse (default mobile config, simulated throttling; median of ${lighthouseRunCount} runs, score range in brackets), own server:`);
  const header = `${'page'.padEnd(22)}${'score'.padStart(12)}${'FCP'.padStart(10)}${'LCP'.padStart(10)}${'TBT'.padStart(9)}${'CLS'.padStart(7)}`;
  console.log(header);
  let worstTbt = 0;
  // A page or host that no Lighthouse run could measure fails the targets instead of dropping out of them.
  const unmeasured: string[] = [];
  const row = (label: string, figures: LighthouseFigures[]) => {
    worstTbt = Math.max(worstTbt, medianOf(figures, 'tbt'));
    console.log(
      `${label.padEnd(22)}${scoreRange(figures).padStart(12)}${ms(medianOf(figures, 'fcp')).padStart(10)}${ms(medianOf(figures, 'lcp')).padStart(10)}${ms(medianOf(figures, 'tbt')).padStart(9)}${medianOf(figures, 'cls').toFixed(3).padStart(7)}`,
    );
  };
  for (const page of PAGES.filter((candidate) => candidate !== STEP && candidate !== FLOOR)) {
    const [figures] = await lighthouseRuns([origin + page.path], page.name);
    if (figures.length) row(page.name, figures);
    else unmeasured.push(page.name);
  }

  // The step link exactly as shared, and the floor at the same kind of address, under each class of host.
  console.log(`\nLighthouse per class of host: ${STEP.path} exactly as shared, and the floor at ${FLOOR.path}:`);
  console.log(`${'host'.padEnd(28)}${'served'.padEnd(32)}${'score'.padStart(12)}${'LCP'.padStart(9)}${'TBT'.padStart(8)}${'floor LCP'.padStart(11)}${'ratio'.padStart(8)}${`${INTERVAL_LEVEL * 100} % interval`.padStart(16)}`);
  const lcpRatios: Record<string, number> = {};
  const lcpIntervals: Record<string, { low: number; high: number } | undefined> = {};
  let ownFloorFigures: LighthouseFigures[] = [];
  // Why a host's ratio uses the own server's floor: it does not serve the floor file, or Lighthouse failed on it.
  const ownFloorReasons = new Set<'not served' | 'not measured'>();
  let anyCoop = false;
  for (const host of hosts) {
    const answer = await served(host, STEP.path);
    const floorAnswer = await served(host, FLOOR.path);
    // The bare fallback answers both addresses with the page for "/", which sends a browser on to the file
    // (fallback-redirect.js): the floor is measured there the same way, so both pay that one redirect.
    const clientRedirect = answer.page === '/' && floorAnswer.page === '/';
    const servesFloor = floorAnswer.page === 'floor' || clientRedirect;
    const [step, floorFigures = []] = await lighthouseRuns(servesFloor ? [host.origin + STEP.path, host.origin + FLOOR.path] : [host.origin + STEP.path], host.name);
    // The own server's floor stands in for hosts that cannot give one, even when its step could not be measured.
    if (host.kind === 'own') ownFloorFigures = floorFigures;
    if (!step.length) {
      unmeasured.push(host.name);
      continue;
    }
    const borrowed = !floorFigures.length && host.kind !== 'own';
    const floorRuns = borrowed ? ownFloorFigures : floorFigures;
    const floorLcp = floorRuns.length ? medianOf(floorRuns, 'lcp') : Number.NaN;
    const floorMark = borrowed ? (servesFloor ? '†' : '*') : '';
    if (borrowed) ownFloorReasons.add(servesFloor ? 'not measured' : 'not served');
    worstTbt = Math.max(worstTbt, medianOf(step, 'tbt'));
    lcpRatios[host.name] = medianOf(step, 'lcp') / floorLcp;
    const interval = ratioOfMediansInterval(step.map((run) => run.lcp), floorRuns.map((run) => run.lcp));
    lcpIntervals[host.name] = interval;
    const route = clientRedirect
      ? 'page for /, then its own'
      : `${answer.page === STEP.path ? 'its own page' : `page for ${answer.page}`}${answer.redirects ? ` +${answer.redirects} redirect` : ''}`;
    const what = `${route}${answer.coop ? ', COOP' : ''}`;
    anyCoop ||= answer.coop;
    console.log(
      `${host.name.padEnd(28)}${what.padEnd(32)}${scoreRange(step).padStart(12)}${ms(medianOf(step, 'lcp')).padStart(9)}${ms(medianOf(step, 'tbt')).padStart(8)}${`${ms(floorLcp)}${floorMark}`.padStart(11)}${`${lcpRatios[host.name].toFixed(3)}×`.padStart(8)}${(interval ? `${interval.low.toFixed(3)}–${interval.high.toFixed(3)}` : 'too few runs').padStart(16)}`,
    );
  }
  if (Object.values(lcpRatios).some((ratio) => !Number.isFinite(ratio))) console.log('(a ratio is missing where Lighthouse could not measure the floor)');
  if (anyCoop) console.log('COOP: the host sends Cross-Origin-Opener-Policy with the step, so it loads in another renderer than the blank tab’s, as a visit from another site would; hosts without it may reuse the blank tab’s.');
  if (ownFloorReasons.has('not served')) console.log('* the own server’s floor: this host does not serve the floor at its address (its interval uses that floor’s runs, taken at another time).');
  if (ownFloorReasons.has('not measured')) console.log('† the own server’s floor: this host served the floor, but no Lighthouse run of it gave a result.');
  console.log(
    `${INTERVAL_LEVEL * 100} % interval: the middle ${INTERVAL_LEVEL * 100} % of the ratios of medians over ${INTERVAL_RESAMPLES} resamples of this run’s Lighthouse runs (step and floor resampled separately; ratio-interval.ts). ` +
      `It leaves out the spread between full bench runs: one that spans ${LCP_RATIO_TARGET} means met or not is within this run’s noise; one clear of ${LCP_RATIO_TARGET} does not make the verdict reliable.`,
  );
  const withinNoise = Object.entries(lcpIntervals).filter(([, interval]) => interval && interval.low <= LCP_RATIO_TARGET && interval.high > LCP_RATIO_TARGET).map(([name]) => name);
  if (withinNoise.length) console.log(`Within the noise: ${withinNoise.join(', ')}.`);
  for (const [name, ratio] of Object.entries(lcpRatios)) targets.push([`Lighthouse LCP ≤ ${LCP_RATIO_TARGET}× the floor's, ${name} (${ratio.toFixed(3)}×)`, ratio <= LCP_RATIO_TARGET]);
  for (const name of unmeasured) targets.push([`Lighthouse measured ${name} (no run gave figures)`, false]);
  targets.push([`Lighthouse TBT ≤ 50 ms on every page measured (largest median ${ms(worstTbt)})`, worstTbt <= 50]);
}
console.log('\nTargets:');
for (const [what, met] of targets) console.log(`${met ? 'met    ' : 'NOT MET'}  ${what}`);
cleanup();
process.exit(0);
