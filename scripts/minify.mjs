// Minifies the JavaScript the hosted page and the embed fetch, with esbuild
// (a development dependency; nothing of it ships):
// - dist/career-quiz-<hash>.js, the wasm-bindgen glue of the hosted page,
//   and the integrity hash of its modulepreload link in dist/index.html;
// - dist/embed/career-quiz-core.js (the embed build's glue) and
//   dist/embed/career-quiz.js (the embed loader).
// Whitespace, comments and local names only: the modules keep their export
// names, and no syntax is lowered. About 1.7 KB gzip less for the hosted
// first load and 4.7 KB for the embed's (docs/performance.md).
//
// Usage: node scripts/minify.mjs [dist]. Run last by scripts/build.sh:
// scripts/single-file.mjs and scripts/embed-build.mjs read the glue as
// wasm-bindgen wrote it (the offline file keeps it so; it is not fetched).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

const dist = process.argv[2] ?? 'dist';
const fail = (msg) => {
  console.error(`[minify] ${msg}`);
  process.exit(1);
};
const gz = (s) => gzipSync(s, { level: 9 }).length;

/** Minifies the ES module in `file` in place; returns its new text. */
function minify(file) {
  const before = readFileSync(file, 'utf8');
  let code;
  try {
    code = transformSync(before, { minify: true, format: 'esm', sourcefile: file }).code;
  } catch (e) {
    fail(`${file}: ${e.message}`);
  }
  writeFileSync(file, code);
  console.log(`[minify] ${file}: ${(gz(before) / 1024).toFixed(1)} → ${(gz(code) / 1024).toFixed(1)} KB gzip`);
  return code;
}

const glue = readdirSync(dist).filter((f) => /^career-quiz-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) fail(`expected one glue career-quiz-<hash>.js in ${dist}, found ${glue.join(', ') || 'none'}`);
const code = minify(join(dist, glue[0]));

// The page preloads the glue with its hash (Trunk's subresource integrity):
// the hash must be the minified file's, or the browser refuses it.
const page = join(dist, 'index.html');
const html = readFileSync(page, 'utf8');
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
let links = 0;
const updated = html.replace(/<link\b[^>]*>/g, (tag) => {
  if (!tag.includes(`/${glue[0]}"`)) return tag;
  links++;
  return tag.replace(/integrity="[^"]*"/, `integrity="${integrity}"`);
});
if (links !== 1) fail(`expected one link to ${glue[0]} in ${page}, found ${links}`);
writeFileSync(page, updated);

minify(join(dist, 'embed', 'career-quiz-core.js'));
minify(join(dist, 'embed', 'career-quiz.js'));
