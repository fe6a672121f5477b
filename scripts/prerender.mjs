// The first screen before the wasm: puts the intro, prerendered by Yew's
// server-side renderer from the same `App` component the wasm mounts
// (`cargo run --example prerender`, examples/prerender.rs, one file per
// language in target/prerender/), into the release build:
//
// - the hosted page dist/index.html (and so the offline file, which is
//   made from it): the widget's stylesheet in a <style>, the English intro
//   in #career-quiz, the other four in <template>s, and a small inline
//   script that shows the visitor's language before the first paint and
//   keeps what the visitor does before the wasm mounts (Start pressed, a
//   language chosen) on the element for the wasm (`host::take_prerendered`);
// - the embed loader (scripts/embed-build.mjs calls `loaderData`): the
//   stylesheet and each intro as a small element tree, which the loader
//   builds with DOM calls (no innerHTML: pages under Trusted Types allow
//   no HTML parsing from strings) into the shadow root at once.
//
// Usage: node scripts/prerender.mjs [dist] [prerendered]   (defaults: dist, target/prerender)
import { transformSync } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LANGS = ['en', 'nl', 'de', 'nb', 'et'];

/** Where the wasm looks for what the visitor did (host.rs PENDING_LANG, PENDING_START). */
export const PENDING_LANG = '__careerQuizLang';
export const PENDING_START = '__careerQuizStart';
/** A promise on the element: the prerendered intro has been painted (start.rs waits for it). */
export const PAINTED = '__careerQuizPainted';
/** The longest the wasm waits for that paint (a hidden tab paints nothing). */
export const PAINT_WAIT_MS = 1000;
/** The Element Timing name of the prerendered lead paragraph. */
export const PAINT_MARK = 'career-quiz-intro';

/**
 * JS source of a promise that resolves once the browser has presented the
 * prerendered intro (an Element Timing entry for its lead paragraph, where
 * the browser has the API; else the frame after the next), or after
 * PAINT_WAIT_MS. The wasm replaces the intro only then: the visitor sees it
 * first even when the wasm comes fast, and the same markup replacing it is
 * not a new largest contentful paint (the browser drops a candidate whose
 * element leaves the page before its paint is reported).
 */
export function paintedSource() {
  return `new Promise((done) => {
    setTimeout(done, ${PAINT_WAIT_MS});
    if ((PerformanceObserver.supportedEntryTypes || []).includes('element')) {
      const po = new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => e.identifier === '${PAINT_MARK}')) { po.disconnect(); done(); }
      });
      po.observe({ type: 'element', buffered: true });
    } else {
      requestAnimationFrame(() => setTimeout(done, 0));
    }
  })`;
}

const fail = (msg) => {
  throw new Error(`[prerender] ${msg}`);
};

/** The prerendered intro of each language: { en: '<div class="cq" …>…</div>', … }. */
export function intros(dir = 'target/prerender') {
  const out = {};
  for (const lang of LANGS) {
    const file = join(dir, `${lang}.html`);
    if (!existsSync(file)) fail(`${file} is missing: run \`cargo run --example prerender -- ${dir}\` first`);
    const html = readFileSync(file, 'utf8').trim();
    if (!html.startsWith(`<div lang="${lang}"`) || !html.includes('data-testid="start"')) {
      fail(`${file} is not the ${lang} intro (no <div lang="${lang}"> with a Start button)`);
    }
    if (/<script|<!--|\son\w+=/i.test(html)) fail(`${file} has a script, comment or handler attribute`);
    // Marked, so tests (and anyone debugging) can tell it from the live
    // widget; its lead paragraph reports its paint (Element Timing).
    out[lang] = html
      .replace(/^<div /, '<div data-prerendered="" ')
      .replace('<p class="cq-lead">', `<p class="cq-lead" elementtiming="${PAINT_MARK}">`);
    if (!out[lang].includes(PAINT_MARK)) fail(`${file} has no <p class="cq-lead"> to time its paint`);
  }
  return out;
}

/** What the intro says in each language when the wasm cannot be loaded: { en: '…', … }. */
export function loadFailed(dir = 'target/prerender') {
  const file = join(dir, 'load-failed.json');
  if (!existsSync(file)) fail(`${file} is missing: run \`cargo run --example prerender -- ${dir}\` first`);
  const texts = JSON.parse(readFileSync(file, 'utf8'));
  for (const lang of LANGS) if (typeof texts[lang] !== 'string' || !texts[lang]) fail(`${file} has no ${lang} text`);
  return texts;
}

/**
 * The widget's stylesheet and the embed's own rules, as the wasm adopts
 * them: minified with esbuild (a development dependency), 0.4 KB gzip less
 * in the page and in the embed loader alike.
 */
export function styles() {
  const css = (file) => transformSync(readFileSync(file, 'utf8'), { loader: 'css', minify: true, sourcefile: file }).code;
  return { page: css('src/style.css'), host: css('src/embed/host.css') };
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The markup as a tree: an element is `[tag, { attr: value }, ...children]`,
 * a text a string. Reads what Yew's renderer writes (quoted attributes,
 * escaped text) and fails on anything else.
 */
export function tree(html) {
  const root = ['#root', {}];
  const stack = [root];
  const token = /<\/([a-z0-9-]+)\s*>|<([a-z0-9-]+)((?:\s+[a-z0-9_:-]+(?:="[^"]*")?)*)\s*\/?>|([^<]+)/gy;
  let m;
  let at = 0;
  while (at < html.length && (m = token.exec(html))) {
    at = token.lastIndex;
    const [, close, open, attrs, text] = m;
    if (text !== undefined) stack.at(-1).push(decode(text));
    else if (close) {
      if (stack.at(-1)[0] !== close) fail(`</${close}> closes <${stack.at(-1)[0]}>`);
      stack.pop();
    } else {
      const attributes = {};
      for (const [, name, value] of attrs.matchAll(/([a-z0-9_:-]+)(?:="([^"]*)")?/gi)) attributes[name] = decode(value ?? '');
      const el = [open, attributes];
      stack.at(-1).push(el);
      if (!VOID.has(open)) stack.push(el);
    }
  }
  if (at !== html.length) fail(`cannot read the markup at ${at}: ${html.slice(at, at + 40)}`);
  if (stack.length !== 1) fail(`<${stack.at(-1)[0]}> is not closed`);
  if (root.length !== 3) fail('the markup is not one element');
  return root[2];
}

/** What the embed loader needs: `{ css, intros: { lang: tree }, paintMark, paintWaitMs, failed: { lang: text } }`. */
export function loaderData(dir) {
  const { page, host } = styles();
  const all = intros(dir);
  const failed = loadFailed(dir);
  return { css: `${page}\n${host}`, intros: Object.fromEntries(LANGS.map((l) => [l, tree(all[l])])), paintMark: PAINT_MARK, paintWaitMs: PAINT_WAIT_MS, failed };
}

/**
 * The hosted page's script, inline right after #career-quiz (so it runs
 * before the first paint): shows the intro in the visitor's language
 * (the wasm's `Lang::negotiate`: the first of navigator.languages whose
 * primary subtag it knows; no, nn → nb), and until the wasm takes the
 * element over, keeps a Start click and a language choice on it.
 */
function pageScript(failed) {
  return `(() => {
  const root = document.getElementById('career-quiz');
  if (!root) return;
  const known = { en: 'en', nl: 'nl', de: 'de', nb: 'nb', no: 'nb', nn: 'nb', et: 'et' };
  const packs = {};
  for (const t of root.querySelectorAll('template[data-cq-lang]')) {
    packs[t.dataset.cqLang] = t.content;
    t.remove();
  }
  const show = (lang) => {
    const pack = packs[lang];
    if (pack) root.replaceChildren(pack.cloneNode(true));
  };
  const tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  const first = tags.map((t) => known[String(t).split(/[-_]/)[0].trim().toLowerCase()]).find(Boolean);
  if (first && first !== 'en') show(first);
  root.${PAINTED} = ${paintedSource()};
  // The wasm or its glue could not be loaded: say so on the intro, in its
  // language, instead of leaving a Start button that does nothing.
  const failed = ${JSON.stringify(failed)};
  const fail = () => {
    const pre = root.querySelector('.cq[data-prerendered]');
    const start = pre && pre.querySelector('[data-testid="start"]');
    if (!start || pre.querySelector('[data-testid="load-failed"]')) return;
    start.disabled = true;
    start.removeAttribute('aria-busy');
    const p = document.createElement('p');
    p.className = 'cq-error';
    p.setAttribute('role', 'alert');
    p.dataset.testid = 'load-failed';
    p.textContent = failed[pre.getAttribute('lang')] || failed.en;
    start.after(p);
  };
  addEventListener('error', fail);
  addEventListener('unhandledrejection', fail);
  for (const s of document.querySelectorAll('script[type="module"]')) s.addEventListener('error', fail);
  // Only on the prerendered copy: the live widget's own controls are the wasm's.
  const prerendered = (e) => e.target.closest && e.target.closest('[data-prerendered]');
  root.addEventListener('click', (e) => {
    const start = prerendered(e) && e.target.closest('[data-testid="start"]');
    if (!start) return;
    root.${PENDING_START} = true;
    start.setAttribute('aria-busy', 'true');
  });
  root.addEventListener('change', (e) => {
    if (!prerendered(e) || !e.target.matches('select[data-testid="lang"]') || !packs[e.target.value]) return;
    root.${PENDING_LANG} = e.target.value;
    show(e.target.value);
    root.querySelector('select[data-testid="lang"]')?.focus();
  });
})();`;
}

/**
 * Starts fetching the texts of the intro's language (i18n/<lang>.ui.json:
 * the wasm carries English only) alongside the wasm, for the wasm to take
 * (`host::language_file`, `__careerQuizFetched`); not for English, nor
 * when the page inlines them (the offline file). A failed fetch resolves
 * to null (the wasm then tries once more and says so).
 */
function packFetch() {
  return `{ const l = document.querySelector('#career-quiz > .cq[data-prerendered]')?.getAttribute('lang');
  if (l && l !== 'en' && !document.getElementById('career-quiz-ui-' + l)) {
    (globalThis.__careerQuizFetched ??= {})[l + '.ui.json'] = fetch('i18n/' + l + '.ui.json').then((r) => (r.ok ? r.text() : null)).catch(() => null);
  } }`;
}

/** A classic script minified (esbuild keeps its top-level names, which are global). */
const minifiedScript = (js) => transformSync(js, { minify: true, sourcefile: 'page script' }).code.trim();

/** dist/index.html with the stylesheet, the intros and the script in place of the loading message. */
export function prerenderPage(html, all = intros(), css = styles().page, failed = loadFailed()) {
  const slot = /(<div id="career-quiz">)[\s\S]*?(<noscript>[\s\S]*?<\/noscript>)?(<\/div>)/;
  if (!slot.test(html)) fail('index.html has no <div id="career-quiz"> to prerender into');
  if (html.includes('data-cq-lang=')) fail('index.html is prerendered already');
  if (/<\/style/i.test(css)) fail('the stylesheet contains </style');
  const templates = LANGS.filter((l) => l !== 'en')
    .map((l) => `<template data-cq-lang="${l}">${all[l]}</template>`)
    .join('');
  // The wasm is fetched once the intro has been painted, not preloaded
  // with the page: the first paint needs nothing but the page, and the
  // download does not compete with it (docs/performance.md, "First screen").
  const preload = /<link\b[^>]*\brel="preload"[^>]*\.wasm"[^>]*>/;
  if (!preload.test(html)) fail('index.html has no wasm preload from Trunk to take out');
  const init = 'const wasm = await init(';
  if (!html.includes(init)) fail(`Trunk's loader no longer has "${init}"`);
  return html
    .replace(preload, '')
    .replace(init, `await document.getElementById('career-quiz')?.${PAINTED};\n${packFetch()}\n${init}`)
    .replace('</head>', `    <style id="career-quiz-style">${css}</style>\n  </head>`)
    .replace(slot, (_, open, noscript = '', close) => `${open}${all.en}${templates}${noscript}${close}<script>${minifiedScript(pageScript(failed))}</script>`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist = 'dist', dir = 'target/prerender'] = process.argv.slice(2);
  const file = join(dist, 'index.html');
  const html = prerenderPage(readFileSync(file, 'utf8'), intros(dir), styles().page, loadFailed(dir));
  writeFileSync(file, html);
  console.log(`[prerender] ${file}: the intro in ${LANGS.length} languages, ${html.length} bytes`);
}
