// Prints raw and gzip bytes of every file under the given folders, with totals.
// Usage: node scripts/size-report.mjs dist [more folders or files...]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  } else yield path;
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const rows = [];
for (const root of process.argv.slice(2)) {
  for (const file of files(root)) {
    const bytes = readFileSync(file);
    rows.push({ file: relative('.', file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
}
const width = Math.max(20, ...rows.map((r) => r.file.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(11)}  ${'gzip'.padStart(11)}`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}`);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
console.log(`${'total'.padEnd(width)}  ${kb(total.raw)}  ${kb(total.gzip)}`);
console.log(`(bytes: raw ${total.raw}, gzip ${total.gzip})`);
