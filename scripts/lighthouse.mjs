// Lighthouse (12.2.3, pinned in package.json) mobile runs for `make bench`:
// the default mobile preset (Moto G Power-class screen, simulated slow 4G,
// 4× CPU slowdown, Lantern's simulation), the performance category only,
// against a page served with gzip on 127.0.0.1, in Debian's Chromium
// (CHROME_PATH, default /usr/bin/chromium). Prints and returns LCP, TTI,
// FCP, TBT and the score, the median of `runs` runs each.
//
// Usage: node scripts/lighthouse.mjs [--runs 3] URL...   (or import { lighthouseRuns })
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { fileURLToPath } from 'node:url';

const CHROME_PATH = process.env.CHROME_PATH || process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One Lighthouse mobile run of `url` in a fresh Chromium: the figures we print, in ms (score 0–100). */
async function once(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
    const { audits, categories, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const value = (id) => audits[id]?.numericValue;
    return {
      lcp: value('largest-contentful-paint'),
      tti: value('interactive'),
      fcp: value('first-contentful-paint'),
      tbt: value('total-blocking-time'),
      score: Math.round(categories.performance.score * 100),
    };
  } finally {
    await chrome.kill();
  }
}

/** `runs` runs of `url`: { runs: [...], median: { lcp, tti, fcp, tbt, score } }. */
export async function lighthouseRuns(url, runs = 3) {
  const all = [];
  for (let i = 0; i < runs; i += 1) all.push(await once(url));
  const m = {};
  for (const k of ['lcp', 'tti', 'fcp', 'tbt', 'score']) m[k] = median(all.map((r) => r[k]));
  return { runs: all, median: m };
}

/** Prints widget vs baseline Lighthouse figures with their ratios; returns both results. */
export async function compare(widgetUrl, baselineUrl, runs = 3) {
  const widget = await lighthouseRuns(widgetUrl, runs);
  const baseline = await lighthouseRuns(baselineUrl, runs);
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const row = (name, k, fmt) => {
    const w = widget.median[k];
    const b = baseline.median[k];
    const ratio = b ? `${(w / b).toFixed(2)} ×` : 'n/a';
    console.log(`  ${name.padEnd(26)}${fmt(w).padStart(10)}${fmt(b).padStart(12)}${ratio.padStart(10)}`);
  };
  console.log(`\n## Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4× CPU), gzip, median of ${runs} runs\n`);
  console.log(`  ${''.padEnd(26)}${'widget'.padStart(10)}${'baseline'.padStart(12)}${'ratio'.padStart(10)}`);
  row('largest contentful paint', 'lcp', s);
  row('time to interactive', 'tti', s);
  row('first contentful paint', 'fcp', s);
  row('total blocking time', 'tbt', (ms) => `${Math.round(ms)} ms`);
  row('performance score', 'score', (n) => String(n));
  console.log(`  widget LCP runs: ${widget.runs.map((r) => s(r.lcp)).join(', ')}; baseline: ${baseline.runs.map((r) => s(r.lcp)).join(', ')}`);
  return { widget, baseline };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--runs');
  const runs = at >= 0 ? Number(argv.splice(at, 2)[1]) : 3;
  for (const url of argv) {
    const r = await lighthouseRuns(url, runs);
    console.log(url, JSON.stringify(r.median));
  }
}
