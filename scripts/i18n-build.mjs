// Writes the built-in catalogue's translations (citation notes, glosses,
// source descriptions: data/i18n/<lang>.json) beside the wasm, minified:
//   dist/i18n/<lang>.json        for the hosted page (fetched as i18n/<lang>.json)
//   dist/embed/i18n/<lang>.json  for the embed (the loader points the wasm here)
// The wasm does not carry them; it loads the visitor's language when it is
// not English. The offline file inlines all four (scripts/single-file.mjs).
// Usage: node scripts/i18n-build.mjs [dist]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LANGS = ['nl', 'de', 'nb', 'et'];

/** The minified translation into `lang`, checked to be one. */
export function translation(lang) {
  const t = JSON.parse(readFileSync(join('data/i18n', `${lang}.json`), 'utf8'));
  if (t.lang !== lang) throw new Error(`[i18n] data/i18n/${lang}.json says it is ${t.lang}`);
  return JSON.stringify(t);
}

const dist = process.argv[2] ?? 'dist';
if (process.argv[1]?.endsWith('i18n-build.mjs')) {
  const dirs = [join(dist, 'i18n')];
  if (readdirSync(dist).includes('embed')) dirs.push(join(dist, 'embed', 'i18n'));
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    for (const lang of LANGS) writeFileSync(join(dir, `${lang}.json`), translation(lang));
  }
  console.log(`[i18n] ${dirs.map((d) => `${d}/`).join(' and ')} written (${LANGS.join(', ')})`);
}
