// The benchmark table for `make bench` (scripts/bench.sh builds everything
// first): sizes of the widget's three deliveries against the Yew baseline,
// navigation → interactive, answer → paint, memory after a full quiz, and
// the engine's scoring time. Timings are printed, never asserted.
//
// Usage: node scripts/bench.mjs [--dist dist] [--baseline target/bench/baseline-dist]
//                               [--loads 12] [--engine target/bench/engine.txt] [--json out.json]
//                               [--lighthouse-runs 3]   (0: no Lighthouse runs)
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, serveDist } from '../e2e/browser.mjs';
import { serve } from '../e2e/serve.mjs';
import { compare } from './lighthouse.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const DIST = args.dist ?? 'dist';
const BASE = args.baseline ?? 'target/bench/baseline-dist';
const LOADS = Number(args.loads ?? 12);
const ENGINE = args.engine ?? 'target/bench/engine.txt';
const LIGHTHOUSE_RUNS = Number(args['lighthouse-runs'] ?? 3);

// ---------- sizes ----------
const KIND = { '.wasm': 'wasm', '.js': 'js', '.mjs': 'js', '.css': 'css', '.html': 'html' };
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Sums raw and gzip bytes per kind over the files of one delivery (no sub-folders). */
function sizes(dir, only) {
  const out = { wasm: [0, 0], js: [0, 0], css: [0, 0], html: [0, 0] };
  const names = only ?? readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile());
  for (const name of names) {
    const kind = KIND[extname(name)];
    if (!kind) continue;
    const bytes = readFileSync(join(dir, name));
    out[kind][0] += bytes.length;
    out[kind][1] += gz(bytes);
  }
  out.total = ['wasm', 'js', 'css', 'html'].reduce((t, k) => [t[0] + out[k][0], t[1] + out[k][1]], [0, 0]);
  return out;
}

const builds = [];
const baseline = sizes(BASE);
// Hosted: Trunk's dist/ (index.html + glue + wasm); the single file and the
// embed folder are separate deliveries, listed on their own rows. The rest
// of the wasm (`*.rest.wasm`, scripts/split.mjs) comes when the quiz
// starts: not in the first load, printed below with the other files.
const firstLoad = (dir) => readdirSync(dir).filter((n) => n !== 'career-quiz.html' && !n.endsWith('.rest.wasm') && statSync(join(dir, n)).isFile());
builds.push(['hosted (dist/)', sizes(DIST, firstLoad(DIST))]);
if (existsSync(join(DIST, 'embed'))) builds.push(['embed (dist/embed/)', sizes(join(DIST, 'embed'), firstLoad(join(DIST, 'embed')))]);
if (existsSync(join(DIST, 'career-quiz.html'))) builds.push(['single file', sizes(DIST, ['career-quiz.html'])]);
builds.push(['Yew baseline', baseline]);

const kb = (n) => (n / 1024).toFixed(1);
const pad = (s, n) => String(s).padStart(n);
console.log('\n## Size (KB; gzip -9 / raw; transfer = gzip total)\n');
console.log(`${'build'.padEnd(22)}${pad('wasm', 16)}${pad('JS', 14)}${pad('CSS', 12)}${pad('HTML', 16)}${pad('total', 17)}${pad('× baseline', 12)}`);
for (const [name, s] of builds) {
  const cell = (k, w) => pad(`${kb(s[k][1])} / ${kb(s[k][0])}`, w);
  const ratio = (s.total[1] / baseline.total[1]).toFixed(2);
  console.log(`${name.padEnd(22)}${cell('wasm', 16)}${cell('js', 14)}${cell('css', 12)}${cell('html', 16)}${cell('total', 17)}${pad(ratio, 12)}`);
}
console.log('(CSS: the stylesheet is in the page\'s <style> and the embed loader, not in the wasm; no .css file is fetched.)');
// The files beside the wasm (i18n/): one language's pack before the widget
// shows a language other than English; the roles, their citation texts and
// that language's translation while the visitor answers.
const i18nDir = join(DIST, 'i18n');
const lang = {};
if (existsSync(i18nDir)) {
  const gzOf = (name) => gz(readFileSync(join(i18nDir, name)));
  const files = readdirSync(i18nDir);
  const max = (re) => Math.max(0, ...files.filter((n) => re.test(n)).map(gzOf));
  lang.pack = max(/^[a-z]+\.ui\.json$/);
  lang.translation = max(/^(nl|de|nb|et)\.json$/);
  lang.cites = files.includes('cites.json') ? gzOf('cites.json') : 0;
  lang.roles = files.includes('roles.json') ? gzOf('roles.json') : 0;
  const rest = readdirSync(DIST).find((n) => n.endsWith('.rest.wasm'));
  lang.rest = rest ? gz(readFileSync(join(DIST, rest))) : 0;
  const hosted = builds[0][1].total[1];
  console.log(`hosted first load with one language's pack (largest, ${kb(lang.pack)} KB): ${kb(hosted + lang.pack)} KB gzip (${kb(hosted)} KB in English)`);
  console.log(`loaded while the visitor answers: the rest of the wasm ${kb(lang.rest)} KB, the roles ${kb(lang.roles)} KB, their citation texts ${kb(lang.cites)} KB, one language's translation up to ${kb(lang.translation)} KB gzip`);
}

// ---------- timings ----------
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };

// In the page before any script: remember the wasm memory (Trunk's start
// event carries the instance's exports) and time "interactive".
//  widget:   the Start button is clicked the moment the page is parsed (the
//            prerendered one, before the wasm has come); interactive is when
//            the first question's first radio is rendered and visible;
//  baseline: interactive is when its button exists.
const INIT = `
  window.__bench = {};
  addEventListener('TrunkApplicationStarted', (e) => { window.__bench.memory = e.detail.wasm.memory; });
  const visible = (el) => el && el.getClientRects().length > 0;
  const check = () => {
    const b = window.__bench;
    if (b.interactive) return true;
    // Once the page is parsed: the prerendered intro's script (inline, after
    // the markup) has then run and keeps a click on its Start button.
    const start = document.readyState !== 'loading' && document.querySelector('[data-testid=start]');
    if (start && !b.start) { b.start = performance.now(); start.click(); }
    if (b.start && visible(document.querySelector('[data-testid=question] input[type=radio]'))) b.interactive = performance.now();
    if (visible(document.querySelector('[data-testid=increment]'))) b.interactive = performance.now();
    return !!b.interactive;
  };
  new MutationObserver((_, obs) => { if (check()) obs.disconnect(); })
    .observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('DOMContentLoaded', check);
`;

async function loadTimes(browser, url) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const ctx = await browser.newContext(); // fresh cache and storage every load
    const page = await ctx.newPage();
    await page.addInitScript(INIT);
    await page.goto(url);
    await page.waitForFunction(() => window.__bench.interactive, null, { timeout: 20000 });
    times.push(await page.evaluate(() => window.__bench.interactive));
    await ctx.close();
  }
  return times;
}

/** Times one click (in the page): until the DOM changed, and until the next frame after it. */
const timedClick = (page, selector) =>
  page.evaluate((sel) => new Promise((done) => {
    const root = document.getElementById('career-quiz') ?? document.body;
    const t0 = performance.now();
    let dom;
    const obs = new MutationObserver(() => {
      if (dom !== undefined) return;
      dom = performance.now() - t0;
      obs.disconnect();
      requestAnimationFrame(() => {
        // The frame after the change: a task posted from rAF runs after paint.
        const ch = new MessageChannel();
        ch.port1.onmessage = () => done({ dom, paint: performance.now() - t0 });
        ch.port2.postMessage(0);
      });
    });
    obs.observe(root, { childList: true, subtree: true, characterData: true });
    document.querySelector(sel).click();
  }), selector);

async function fullQuiz(browser, url) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.addInitScript(INIT);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.interactive, null, { timeout: 20000 });
  const steps = [];
  let results;
  for (let n = 0; n < 60; n++) {
    if ((await page.locator('[data-testid=results]').count()) > 0) break;
    const q = page.locator('[data-testid=question]');
    // Answer (untimed): the second option, a pay amount or years; checkboxes stay empty ("none").
    if ((await q.locator('input[type=radio]').count()) > 0) await q.locator('input[type=radio]').nth(1).check();
    else if ((await q.locator('input[id$="-amount"]').count()) > 0) await q.locator('input[id$="-amount"]').fill('32000');
    else if ((await q.locator('input[id$="-years"]').count()) > 0) await q.locator('input[id$="-years"]').fill('3');
    const t = await timedClick(page, '[data-testid=question] .cq-nav button[type=submit]');
    if ((await page.locator('[data-testid=results]').count()) > 0) results = t;
    else steps.push(t);
  }
  if (!results) throw new Error('the quiz never reached the results');
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const mem = await page.evaluate(() => ({
    used: performance.memory?.usedJSHeapSize, total: performance.memory?.totalJSHeapSize,
    wasm: window.__bench.memory?.buffer.byteLength,
  }));
  await ctx.close();
  return { steps, results, heapUsed: m.JSHeapUsedSize ?? mem.used, heapTotal: m.JSHeapTotalSize ?? mem.total, wasm: mem.wasm, nodes: m.Nodes };
}

const browser = await launch();
const widgetSrv = await serveDist(DIST);
const baseSrv = await serveDist(BASE);
let report;
try {
  // Warm the OS file cache and Chromium once, untimed, then alternate.
  await loadTimes(browser, baseSrv.url).catch(() => {});
  const wTimes = await loadTimes(browser, widgetSrv.url);
  const bTimes = await loadTimes(browser, baseSrv.url);
  const quiz = await fullQuiz(browser, widgetSrv.url);
  report = { wTimes, bTimes, quiz };
} finally {
  await browser.close();
  widgetSrv.close();
  baseSrv.close();
}

const { wTimes, bTimes, quiz } = report;
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (x) => (x === undefined ? 'n/a' : `${(x / 1048576).toFixed(2)} MB`);
console.log(`\n## Speed (headless Chromium on 127.0.0.1; printed, not asserted)\n`);
console.log(`navigation → interactive, median of ${LOADS} cold loads:`);
console.log(`  widget   ${ms(median(wTimes))}  (min ${ms(Math.min(...wTimes))}, max ${ms(Math.max(...wTimes))}; Start clicked, first question's radio visible)`);
console.log(`  baseline ${ms(median(bTimes))}  (min ${ms(Math.min(...bTimes))}, max ${ms(Math.max(...bTimes))}; counter button visible)`);
console.log(`  ratio    ${(median(wTimes) / median(bTimes)).toFixed(2)} × baseline`);
const dom = quiz.steps.map((s) => s.dom);
const paint = quiz.steps.map((s) => s.paint);
console.log(`answer (Next) → next question, over ${quiz.steps.length} questions:`);
console.log(`  DOM updated    p50 ${ms(pct(dom, 50))}  p95 ${ms(pct(dom, 95))}  max ${ms(Math.max(...dom))}`);
console.log(`  next frame     p50 ${ms(pct(paint, 50))}  p95 ${ms(pct(paint, 95))}  max ${ms(Math.max(...paint))}`);
console.log(`last answer → results (scoring 12 roles + render): DOM ${ms(quiz.results.dom)}, next frame ${ms(quiz.results.paint)}`);
console.log(`\n## Memory after completing the quiz (results on screen, after a GC)\n`);
console.log(`  JS heap used ${mb(quiz.heapUsed)} (total ${mb(quiz.heapTotal)}); wasm linear memory ${mb(quiz.wasm)}; DOM nodes ${quiz.nodes ?? 'n/a'}`);

console.log('\n## Engine (cargo bench --bench engine, native release)\n');
if (existsSync(ENGINE)) console.log(readFileSync(ENGINE, 'utf8').trim().split('\n').map((l) => `  ${l}`).join('\n'));
else console.log(`  (no ${ENGINE}: run scripts/bench.sh)`);

// Lighthouse last: it starts its own Chromium per run, from a server that
// compresses as production would.
if (LIGHTHOUSE_RUNS > 0) {
  const w = await serve(DIST, 0, {}, { gzip: true });
  const b = await serve(BASE, 0, {}, { gzip: true });
  try {
    report.lighthouse = await compare(w.url, b.url, LIGHTHOUSE_RUNS);
  } finally {
    w.close();
    b.close();
  }
}

if (args.json) {
  writeFileSync(args.json, JSON.stringify({ sizes: Object.fromEntries(builds), lang, ...report }, null, 1));
}
