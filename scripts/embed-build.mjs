// Writes the embed distributable, dist/embed/, from Trunk's release output:
//   career-quiz.js       the loader (embed/career-quiz.js): <career-quiz> and window.CareerQuiz,
//                        with the prerendered intro (scripts/prerender.mjs)
//   career-quiz-core.js  the wasm-bindgen glue (exports default init, mount, unmount)
//   career-quiz_bg.wasm  the widget with the embedding API (the demo page's
//                        wasm is built without it: Cargo.toml, `embed`)
//   roles.schema.json    the JSON Schema of the roles data, for agencies' editors
//   i18n/<lang>.json     the citations' translations (written by scripts/i18n-build.mjs)
// and the demo host page, dist/embed-demo/ (embed/demo/*), which loads ../embed/.
// Usage: node scripts/embed-build.mjs [dist] [trunk output of the embed build]
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loaderData } from './prerender.mjs';

const dist = process.argv[2] ?? 'dist';
// Trunk's output of the build with the embedding API (scripts/build.sh:
// the default features; the hosted page's wasm in `dist` has no `mount`).
const trunkOut = process.argv[3] ?? 'target/embed-trunk';
const fail = (msg) => {
  throw new Error(`[embed] ${msg}`);
};

const files = readdirSync(trunkOut);
const glue = files.filter((f) => /^career-quiz-[0-9a-f]+\.js$/.test(f));
const wasm = files.filter((f) => /^career-quiz-[0-9a-f]+_bg\.wasm$/.test(f));
if (glue.length !== 1 || wasm.length !== 1) fail(`expected one glue .js and one _bg.wasm in ${trunkOut}, found ${glue} ${wasm}`);
const glueText = readFileSync(join(trunkOut, glue[0]), 'utf8');
for (const name of ['mount', 'unmount']) {
  if (!new RegExp(`export function ${name}\\b`).test(glueText)) fail(`the glue does not export ${name}()`);
}

const out = join(dist, 'embed');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'career-quiz-core.js'), glueText);
copyFileSync(join(trunkOut, wasm[0]), join(out, 'career-quiz_bg.wasm'));
// The rest of the wasm (scripts/split.mjs), beside it under the same name.
const rest = wasm[0].replace(/\.wasm$/, '.rest.wasm');
if (!files.includes(rest)) fail(`no ${rest} in ${trunkOut} (scripts/split.mjs splits the wasm)`);
copyFileSync(join(trunkOut, rest), join(out, 'career-quiz_bg.rest.wasm'));
// The loader, with the prerendered intro and the stylesheet it shows before the wasm.
const loader = readFileSync('embed/career-quiz.js', 'utf8');
const slot = /^const PRERENDERED = null;$/m;
if (!slot.test(loader)) fail('embed/career-quiz.js lost its `const PRERENDERED = null;` line');
writeFileSync(join(out, 'career-quiz.js'), loader.replace(slot, () => `const PRERENDERED = ${JSON.stringify(loaderData())};`));
copyFileSync('schema/roles.schema.json', join(out, 'roles.schema.json'));

const demo = join(dist, 'embed-demo');
rmSync(demo, { recursive: true, force: true });
mkdirSync(demo, { recursive: true });
for (const f of readdirSync('embed/demo')) copyFileSync(join('embed/demo', f), join(demo, f));
// The element's roles come from an inline JSON block (data, not script: no CSP needed).
const roles = readFileSync('embed/demo/agency-roles.json', 'utf8');
if (/<\/script/i.test(roles)) fail('agency-roles.json contains </script');
const page = readFileSync('embed/demo/index.html', 'utf8');
if (!page.includes('<!-- AGENCY_ROLES -->')) fail('embed/demo/index.html lost its AGENCY_ROLES placeholder');
writeFileSync(join(demo, 'index.html'), page.replace('<!-- AGENCY_ROLES -->', roles.trim()));
console.log(`[embed] ${out}/ (loader, glue, wasm) and ${demo}/ written`);
