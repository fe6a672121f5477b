// Prints raw, gzip and brotli bytes of every file under the given folders, with totals.
// Usage: node scripts/size-report.mjs [--budget-kb N [--embed-budget-kb M]] dist [more folders or files...]
// With --budget-kb, also sums the first load of the hosted build (the wasm,
// JS, CSS and HTML directly in the first folder, without the single-file
// page and the rest of the wasm, `*.rest.wasm`, loaded when the quiz
// starts: scripts/split.mjs; and the largest language pack,
// i18n/<lang>.ui.json) and of the
// embed (the same in its embed/ folder) and exits 1 when the hosted gzip
// total passes N KB or the embed's passes M KB (N when not given)
// (scripts/test.sh; see docs/performance.md).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  } else yield path;
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const { values: opts, positionals: argv } = parseArgs({
  options: { 'budget-kb': { type: 'string' }, 'embed-budget-kb': { type: 'string' } },
  allowPositionals: true,
});
/** The number of KB an option gives, or `fallback` when it is not given. */
const kbOption = (name, fallback) => {
  if (opts[name] === undefined) return fallback;
  const n = Number(opts[name]);
  if (!(n > 0)) throw new Error(`--${name} needs a number of KB, got ${opts[name]}`);
  return n;
};
const budgetKb = kbOption('budget-kb', undefined);
const embedBudgetKb = kbOption('embed-budget-kb', budgetKb);
if (embedBudgetKb !== undefined && budgetKb === undefined) throw new Error('--embed-budget-kb needs --budget-kb');
const rows = [];
for (const root of argv) {
  for (const file of files(root)) {
    const bytes = readFileSync(file);
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    rows.push({ file: relative('.', file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, br });
  }
}
const width = Math.max(20, ...rows.map((r) => r.file.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(11)}  ${'gzip'.padStart(11)}  ${'brotli'.padStart(11)}`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.br)}`);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });
console.log(`${'total'.padEnd(width)}  ${kb(total.raw)}  ${kb(total.gzip)}  ${kb(total.br)}`);
console.log(`(bytes: raw ${total.raw}, gzip ${total.gzip}, brotli ${total.br})`);

if (budgetKb !== undefined) {
  // What a visitor downloads before the quiz can start: the hosted page
  // (the wasm, JS, CSS and HTML directly in the first folder, without the
  // single file and the rest of the wasm, which comes when the quiz
  // starts, with the roles), and the embed (the loader, glue and wasm in embed/; the
  // host page is the embedder's), each with one language's pack. Each has
  // its budget: the hosted page's wasm is built without the embedding API.
  const dir = relative('.', argv[0]);
  const firstLoad = (sub) => {
    const inside = (r) => relative(join(dir, sub), r.file);
    const files = rows.filter((r) => {
      const rel = inside(r);
      return !rel.startsWith('..') && !rel.includes('/') && /\.(wasm|js|css|html)$/.test(rel) && rel !== 'career-quiz.html' && !rel.endsWith('.rest.wasm');
    });
    // One language: the wasm carries English; a visitor in another language
    // also loads its pack (i18n/<lang>.ui.json) before the widget shows.
    // The largest counts.
    const packs = rows.filter((r) => /^i18n\/[a-z]+\.ui\.json$/.test(inside(r)));
    const largest = packs.sort((a, b) => b.gzip - a.gzip)[0];
    return largest ? [...files, largest] : files;
  };
  let over = false;
  for (const [name, files, limit] of [
    ['hosted build', firstLoad('.'), budgetKb],
    ['embed', firstLoad('embed'), embedBudgetKb],
  ]) {
    if (!files.length) continue;
    const gzip = files.reduce((t, r) => t + r.gzip, 0);
    const br = files.reduce((t, r) => t + r.br, 0);
    const line = `${name} (${files.map((r) => r.file).join(', ')}): ${(gzip / 1024).toFixed(1)} KB gzip (${(br / 1024).toFixed(1)} KB brotli), budget ${limit} KB gzip`;
    if (gzip > limit * 1024) {
      console.error(`SIZE BUDGET EXCEEDED: ${line}`);
      over = true;
    } else {
      console.log(`size budget ok: ${line}`);
    }
  }
  if (over) process.exit(1);
}
