// Turns Trunk's release output into ONE self-contained page that works from
// file:// with no network: dist/career-quiz.html.
//
// Usage: node scripts/single-file.mjs [dist] [out]   (defaults: dist, dist/career-quiz.html)
//
// Chromium will not load the module script or fetch the .wasm from a file URL,
// so everything travels inside the page:
// - the markup of dist/index.html, minus Trunk's loader and its
//   modulepreload/preload links;
// - the wasm-bindgen `--target web` glue, inlined in a `<script type="module">`
//   and wrapped in a function, its `export` statements turned into a returned
//   object (so its top-level names cannot clash with the loader's);
// - the wasm as base64, decoded to bytes and passed to
//   `__wbg_init({ module_or_path: bytes })` (async, so no main-thread
//   synchronous compile limit applies);
// - local icons as data: URLs.
// The file names are read from dist/index.html (Trunk hashes them), with the
// directory as a fallback. Anything else that would load a file is an error.
import { LANGS, builtinRoles, citeTexts, translation, uiPack } from './i18n-build.mjs';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const MARKER = '<meta name="career-quiz-build" content="single-file" />';

const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.webp': 'image/webp' };
const fail = (msg) => {
  throw new Error(`[single-file] ${msg}`);
};

/** The path inside `dist` of a URL written in index.html ('/a.js', './a.js', 'a.js'). */
const local = (dist, url) => join(dist, decodeURIComponent(url.replace(/^(\.?\/)+/, '').split(/[?#]/)[0]));

/** Finds Trunk's loader script and the glue and wasm file names. */
function findAssets(dist, html) {
  const scripts = [...html.matchAll(/[ \t]*<script\b[^>]*>[\s\S]*?<\/script>[ \t]*\n?/gi)];
  const loader = scripts.find((m) => /\bimport\s+init\b[\s\S]*?from\s*['"][^'"]+\.js['"]/.test(m[0]));
  let js = loader?.[0].match(/from\s*['"]([^'"]+\.js)['"]/)?.[1];
  let wasm = loader?.[0].match(/module_or_path\s*:\s*['"]([^'"]+\.wasm)['"]/)?.[1];
  js = js && local(dist, js);
  wasm = wasm && local(dist, wasm);
  if (!js || !wasm || !existsSync(js) || !existsSync(wasm)) {
    // Fallback: exactly one `<name>_bg.wasm` with its `<name>.js` beside it.
    const wasms = readdirSync(dist).filter((f) => f.endsWith('_bg.wasm'));
    if (wasms.length !== 1) fail(`expected one *_bg.wasm in ${dist}, found ${wasms.length}: ${wasms.join(', ')}`);
    wasm = join(dist, wasms[0]);
    js = wasm.replace(/_bg\.wasm$/, '.js');
    if (!existsSync(js)) fail(`no glue ${js} beside ${wasm}`);
  }
  return { loader: loader?.[0], js, wasm };
}

/**
 * The glue as the body of a function that returns its exports, e.g.
 * `{ initSync, default: __wbg_init }`. Fails on imports (wasm-bindgen
 * snippets), which would need files next to the page.
 */
export function unexport(glue) {
  const names = [];
  let body = glue.replace(/^export\s+((?:async\s+)?function\*?|class|const|let|var)\s+([\w$]+)/gm, (_, kind, name) => {
    names.push(name);
    return `${kind} ${name}`;
  });
  body = body.replace(/^export\s*\{([^}]*)\}\s*;?/gm, (_, list) => {
    for (const spec of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [name, as = name] = spec.split(/\s+as\s+/);
      names.push(as === name ? name : `${JSON.stringify(as)}: ${name}`);
    }
    return '';
  });
  const left = body.match(/^\s*(?:export\b.*|import\s*[\w${*'"].*)$/m);
  if (left) fail(`the JS glue has a statement this script cannot inline: ${left[0].trim()}`);
  if (!names.length) fail('the JS glue exports nothing: is it wasm-bindgen --target web output?');
  return `${body}\nreturn { ${names.join(', ')} };`;
}

/** Replaces local icon links with data: URLs (drops them if the file is missing). */
function inlineIcons(dist, html) {
  return html.replace(/[ \t]*<link\b[^>]*\brel=["']?(?:shortcut )?(?:icon|apple-touch-icon)["']?[^>]*>[ \t]*\n?/gi, (tag) => {
    const href = tag.match(/\bhref=["']([^"']+)["']/i)?.[1];
    if (!href || href.startsWith('data:')) return tag;
    const file = local(dist, href);
    const type = MIME[extname(file).toLowerCase()];
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || !existsSync(file) || !type) return '';
    const data = `data:${type};base64,${readFileSync(file).toString('base64')}`;
    return tag.replace(href, data);
  });
}

/** Lists what in `html` would still load another file or make a request. */
export function externalReferences(html) {
  const found = [];
  const tags = /<(script|link|img|source|iframe|embed|object|video|audio|track|input|image|use)\b[^>]*>/gi;
  for (const [tag] of html.matchAll(tags)) {
    for (const [, attr, value] of tag.matchAll(/\b(src|href|srcset|data|poster|xlink:href)\s*=\s*["']?([^"'\s>]+)/gi)) {
      if (!/^(data:|#)/i.test(value)) found.push(`${attr}="${value}" in ${tag.slice(0, 60)}`);
    }
  }
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const [ref] of css.matchAll(/@import[^;]*|url\(\s*(?!['"]?data:)[^)]*\)/gi)) found.push(`${ref} in <style>`);
  }
  return found;
}

/** Builds the single page from `dist` and returns its text. */
export function singleFile(dist = 'dist') {
  const indexPath = join(dist, 'index.html');
  if (!existsSync(indexPath)) fail(`${indexPath} is missing: run scripts/build.sh (Trunk) first`);
  let html = readFileSync(indexPath, 'utf8');
  const { loader, js, wasm } = findAssets(dist, html);
  if (loader) html = html.replace(loader, '');
  // Trunk's preloads (and any other preload/prefetch) would fetch files.
  html = html.replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload|prefetch)\b[^>]*>/gi, '');
  html = inlineIcons(dist, html);
  if (!/<\/head>/i.test(html)) fail(`${indexPath} has no </head>`);
  // A marker after the charset (which must come first), for scripts and people.
  html = /<meta charset[^>]*>/i.test(html)
    ? html.replace(/<meta charset[^>]*>/i, (m) => `${m}\n    ${MARKER}`)
    : html.replace(/<head>/i, `<head>\n    ${MARKER}`);
  // Lines emptied by the removals above.
  html = html.replace(/\n[ \t]*(?=\n)/g, '');

  const refs = externalReferences(html);
  if (refs.length) fail(`the page would still load other files:\n  ${refs.join('\n  ')}`);

  const glue = unexport(readFileSync(js, 'utf8'));
  const base64 = readFileSync(wasm).toString('base64');
  // The rest of the wasm (scripts/split.mjs), read when the quiz starts.
  const rest = wasm.replace(/\.wasm$/, '.rest.wasm');
  const restBase64 = existsSync(rest) ? readFileSync(rest).toString('base64') : '';
  // The loader Trunk writes, with the glue and the wasm inside: `init`
  // instantiates from bytes, so nothing is fetched.
  const script = `<script type="module">
const bindings = (() => {
${glue}
})();
const wasmBase64 = "${base64}";
const wasmText = atob(wasmBase64);
const wasmBytes = new Uint8Array(wasmText.length);
for (let i = 0; i < wasmText.length; i++) wasmBytes[i] = wasmText.charCodeAt(i);
const bytesOf = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const restBase64 = "${restBase64}";
if (restBase64) globalThis.__careerQuizRestBytes = bytesOf(restBase64);
const wasm = await bindings.default({ module_or_path: wasmBytes });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
</script>`;
  // Inside a script element, `</script` would end it early and `<!--` can
  // change how the rest is parsed.
  const safe = script.slice(0, -'</script>'.length).replace(/<\/(script)/gi, '<\\/$1');
  if (/<!--/.test(safe)) fail('the JS glue contains "<!--", which is unsafe inside an inline script');
  // The built-in roles, their translations, the language packs and the
  // citation texts, as data (the wasm reads them instead of fetching).
  const data = (id, json) => `<script type="application/json" id="${id}">${json.replace(/</g, '\\u003c')}</script>`;
  const i18n = LANGS.flatMap((lang) => [
    data(`career-quiz-i18n-${lang}`, translation(lang)),
    data(`career-quiz-ui-${lang}`, uiPack(lang)),
  ]).concat(data('career-quiz-cites', citeTexts()), data('career-quiz-roles', builtinRoles())).join('\n    ');
  return html.replace(/<\/head>/i, `${safe}</script>\n    ${i18n}\n  </head>`);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const [dist = 'dist', out = join(dist, 'career-quiz.html')] = process.argv.slice(2);
  const page = singleFile(dist);
  writeFileSync(out, page);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`[single-file] ${relative('.', out)}: ${kb(Buffer.byteLength(page))} raw, ${kb(gzipSync(page, { level: 9 }).length)} gzip`);
}
