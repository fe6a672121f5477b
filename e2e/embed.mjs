// Helpers for the embed tests: a site folder with dist/embed/, the demo and
// test host pages, served on 127.0.0.1 with the strict Content-Security-Policy
// header, and ways to drive a quiz inside its shadow root.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist } from './browser.mjs';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
/** The strict header plus Trusted Types with no policy at all: no HTML from strings, anywhere. */
export const TRUSTED_TYPES_CSP = `${CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;
export const SITE = 'target/e2e-embed-site';

const page = (title, body, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="embed/career-quiz.js"></script>${head}</head>
<body>${body}</body></html>
`;

/** The first ```html block of EMBEDDING.md: the copy-paste snippet. */
export function snippet() {
  const md = readFileSync('EMBEDDING.md', 'utf8');
  const m = md.match(/```html\n([\s\S]*?)```/);
  if (!m) throw new Error('EMBEDDING.md has no ```html snippet');
  return m[1];
}

/** Writes the site (dist/embed, dist/embed-demo, test pages) and serves it with the CSP header. */
export async function serveSite() {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  cpSync('dist/embed', join(SITE, 'embed'), { recursive: true });
  cpSync('dist/embed-demo', join(SITE, 'embed-demo'), { recursive: true });
  const roles = readFileSync('embed/demo/agency-roles.json', 'utf8');
  const w = (name, text) => writeFileSync(join(SITE, name), text);
  // The snippet, pasted into an otherwise blank page next to embed/.
  w('blank.html', `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>\n${snippet()}\n</body></html>\n`);
  w('host.js', `let n = 0;
const b = document.getElementById('host-button');
b.addEventListener('click', () => { document.getElementById('host-count').textContent = String(++n); });
`);
  const hostBits = `<button type="button" id="host-button">Host button</button> <output id="host-count">0</output>
<script type="application/json" id="agency-roles">${roles}</script>
<script type="application/json" id="bad-json">{"version": 1, "sources": [</script>
<div id="slots"></div>`;
  w('host.html', page('Host', hostBits, '<script type="module" src="host.js"></script>'));
  w('replace.html', page('Replace', `${hostBits}
<career-quiz id="agency" lang="en" roles-src="#agency-roles" roles-mode="replace" storage="none"
  links='{"warehouse_dispatcher": "https://example.com/jobs/1"}'></career-quiz>`, '<script type="module" src="host.js"></script>'));
  w('two.html', page('Two', `<career-quiz id="first" lang="en"></career-quiz>
<career-quiz id="second" lang="de"></career-quiz>`));
  w('plain.html', page('Plain', '<career-quiz id="q" lang="en" storage="none"></career-quiz>'));
  w('hostile.css', `* { all: unset !important; }
html *, *::before, *::after { color: red !important; background: yellow !important; font: 30px/3 "Comic Sans MS", cursive !important; }
button, input, select, a { display: none !important; }
h1, h2, h3, p, li { visibility: hidden !important; opacity: 0 !important; }
div { border: 9px dashed magenta !important; padding: 40px !important; }
career-quiz { display: none !important; }
`);
  w('hostile.html', page('Hostile', `<career-quiz id="q" lang="en" storage="none"></career-quiz>
<button type="button" id="host-button">Host button</button> <output id="host-count">0</output>`,
  '<link rel="stylesheet" href="hostile.css"><script type="module" src="host.js"></script>'));
  w('twice.html', page('Twice', '<career-quiz id="q" lang="en" storage="none"></career-quiz>',
    '<script type="module" src="embed/career-quiz.js?again"></script><script src="embed/career-quiz.js" type="module"></script>'));
  w('csp-control.html', page('Control', '<p>Inline script below must be blocked.</p><script>window.inlineRan = 1;</script>'));
  // An attribute set after the element is defined but before the wasm has loaded.
  w('race1.js', "document.getElementById('race').setAttribute('lang', 'de');\n");
  w('race1.html', page('Race', '<career-quiz id="race" lang="en" storage="none"></career-quiz>',
    '<script type="module" src="race1.js"></script>'));
  // A page whose own window.CareerQuiz was there first (a classic script runs before the module loader).
  w('foreign.js', `window.CareerQuiz = { owner: 'the host page', mount() { return 'not the quiz'; } };
window.__foreignErrors = [];
document.addEventListener('careerquiz:error', (e) => window.__foreignErrors.push(e.detail));
`);
  w('foreign-api.js', `import { CareerQuiz } from './embed/career-quiz.js';
window.__exported = CareerQuiz;
CareerQuiz.mount(document.getElementById('api'), { lang: 'en', storage: 'none' });
`);
  w('foreign.html', `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Foreign</title>
<script src="foreign.js"></script>
<script type="module" src="embed/career-quiz.js"></script>
<script type="module" src="foreign-api.js"></script></head>
<body><career-quiz id="q" lang="en" storage="none"></career-quiz><div id="api"></div></body></html>
`);
  return serveDist(SITE, { 'content-security-policy': CSP });
}

/** Serves the site written by serveSite() again, with other headers. */
export const serveSiteWith = (headers) => serveDist(SITE, headers);

/**
 * An init script that counts the live `hashchange` listeners on window
 * (window.__hashListeners()), one per widget that can take a pasted link.
 */
export function countHashListeners() {
  const live = new Set();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    if (this === window && type === 'hashchange') live.add(fn);
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    if (this === window && type === 'hashchange') live.delete(fn);
    return remove.call(this, type, fn, options);
  };
  window.__hashListeners = () => live.size;
}

/** After a garbage collection: the renderer's live DOM nodes and JS event listeners (CDP Performance metrics). */
export async function liveCounts(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { nodes: m.Nodes, listeners: m.JSEventListeners };
}

/**
 * Records CSP violations, page errors and console errors. Call before goto.
 * Returns { violations(), errors, consoleErrors }.
 */
export async function watch(page) {
  const errors = [];
  const consoleErrors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
    if (/Content.Security.Policy/i.test(m.text())) errors.push(`csp: ${m.text()}`);
    // A function the split moved to the rest of the wasm, called early (scripts/split.mjs).
    if (/needed early/.test(m.text())) errors.push(`split: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__events = [];
    for (const t of ['ready', 'answer', 'complete', 'error']) {
      document.addEventListener(`careerquiz:${t}`, (e) =>
        window.__events.push({ type: t, target: e.target.id || e.target.tagName, detail: e.detail }));
    }
  });
  return { errors, consoleErrors, violations: () => page.evaluate(() => window.__violations) };
}

/** The events received so far, optionally of one type and from one element id. */
export const events = (page, type, target) =>
  page.evaluate(([type, target]) => window.__events.filter((e) => (!type || e.type === type) && (!target || e.target === target)), [type, target]);

/** Waits until an event of `type` from `target` has arrived; returns the events of that type. */
export async function waitEvent(page, type, target, count = 1) {
  await page.waitForFunction(([type, target, count]) =>
    window.__events.filter((e) => e.type === type && (!target || e.target === target)).length >= count, [type, target, count]);
  return events(page, type, target);
}

/**
 * From the intro, answers the first `answer` questions that have options
 * (the second option), types `pay` into the pay question if given, skips
 * the rest, and waits for the results. `host` is a locator of the host element.
 */
export async function finish(host, { answer = 0, pay } = {}) {
  await host.locator('[data-testid=start]').click();
  let answered = 0;
  for (let i = 0; i < 40; i++) {
    if (await host.locator('[data-testid=results]').count()) return;
    const q = host.locator('[data-testid=question]');
    await q.waitFor();
    const radios = q.locator('input[type=radio]');
    const amount = q.locator('input[id$="-amount"]');
    if (answered < answer && (await radios.count())) {
      await radios.nth(1).check();
      answered++;
      await q.locator('.cq-nav button[type=submit]').click();
    } else if (pay !== undefined && (await amount.count())) {
      await amount.fill(String(pay));
      await q.locator('.cq-nav button[type=submit]').click();
    } else {
      await q.locator('.cq-nav button.link').click();
    }
  }
  await host.locator('[data-testid=results]').waitFor();
}
