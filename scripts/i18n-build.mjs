// Writes the built-in catalogue's translations beside the wasm, minified:
// citation notes, glosses and source descriptions (data/i18n/<lang>.json)
// and the roles' own texts (names, summaries, pros, cons, ... in that
// language, from data/roles.json: the wasm carries them in English only,
// core/build.rs), each keyed by the hash of the text it translates
// (`"keys": "fnv1a32"`: core::lang::key_hash; a third smaller than keyed
// by the text, which the wasm has anyway):
//   dist/i18n/<lang>.json        for the hosted page (fetched as i18n/<lang>.json)
//   dist/embed/i18n/<lang>.json  for the embed (the loader points the wasm here)
// and beside each the language's pack, <lang>.ui.json: the interface,
// questions and explanations the wasm carries in English only (build.rs
// writes them; examples/prerender.rs copies them to target/prerender/),
// loaded before the widget shows that language; and cites.json, the
// built-in roles' citation texts (quotes, glosses, notes), which the wasm
// also leaves out and loads, in every language, when the quiz starts.
// The wasm does not carry them; it loads the visitor's language when it is
// not English. The offline file inlines all four (scripts/single-file.mjs).
// Usage: node scripts/i18n-build.mjs [dist]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LANGS = ['nl', 'de', 'nb', 'et'];

const ALL = ['en', 'nl', 'de', 'nb', 'et'];

/** Whether `x` is a five-language text object ({ en, nl, de, nb, et }). */
const isText = (x) =>
  x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === ALL.length
  && ALL.every((l) => typeof x[l] === 'string');

/**
 * The roles' texts in `lang`, keyed by their English: every five-language
 * text inside `roles` of data/roles.json. Fails when one English text has
 * two translations (the key would be ambiguous).
 */
export function roleTexts(lang, roles = JSON.parse(readFileSync('data/roles.json', 'utf8')).roles) {
  const out = {};
  const walk = (x) => {
    if (isText(x)) {
      if (x[lang] !== x.en) {
        if (out[x.en] !== undefined && out[x.en] !== x[lang]) {
          throw new Error(`[i18n] "${x.en}" has two ${lang} translations: "${out[x.en]}" and "${x[lang]}"`);
        }
        out[x.en] = x[lang];
      }
    } else if (x && typeof x === 'object') {
      for (const v of Object.values(x)) walk(v);
    }
  };
  walk(roles);
  return out;
}

/**
 * `core::lang::key_hash` of `text`: FNV-1a, 32 bits, over its UTF-8 bytes,
 * in eight lowercase hex digits.
 */
export function keyHash(text) {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
// The reference values core's unit test checks too (core/src/lang.rs).
for (const [text, hash] of [['', '811c9dc5'], ['a', 'e40c292c'], ['foobar', 'bf9cf968']]) {
  if (keyHash(text) !== hash) throw new Error(`[i18n] keyHash(${JSON.stringify(text)}) is ${keyHash(text)}, not ${hash}`);
}

/** `map` ({ text: translation }) keyed by the hash of each text; fails on two texts with one hash. */
function hashed(map, what) {
  const out = {};
  const by = {};
  for (const [text, translated] of Object.entries(map ?? {})) {
    const h = keyHash(text);
    if (h in out) throw new Error(`[i18n] ${what}: "${by[h]}" and "${text}" have one hash`);
    out[h] = translated;
    by[h] = text;
  }
  return out;
}

/** The minified translation into `lang`, checked to be one, with the roles' texts, keyed by hash. */
export function translation(lang) {
  const t = JSON.parse(readFileSync(join('data/i18n', `${lang}.json`), 'utf8'));
  if (t.lang !== lang) throw new Error(`[i18n] data/i18n/${lang}.json says it is ${t.lang}`);
  if (t.texts) throw new Error(`[i18n] data/i18n/${lang}.json has texts; they come from data/roles.json`);
  if (t.keys) throw new Error(`[i18n] data/i18n/${lang}.json has keys; it is keyed by text, the build hashes them`);
  const where = (part) => `data/i18n/${lang}.json ${part}`;
  return JSON.stringify({
    lang,
    keys: 'fnv1a32',
    notes: hashed(t.notes, where('notes')),
    glosses: hashed(t.glosses, where('glosses')),
    sources: hashed(t.sources, where('sources')),
    texts: hashed(roleTexts(lang), `the ${lang} texts of data/roles.json`),
  });
}

/**
 * The texts the wasm leaves out in `lang` (interface, questions,
 * explanations: build.rs writes them, examples/prerender.rs copies them to
 * `dir`), checked to be that language's pack.
 */
export function uiPack(lang, dir = 'target/prerender') {
  const file = join(dir, `${lang}.ui.json`);
  const text = readFileSync(file, 'utf8').trim();
  const pack = JSON.parse(text);
  if (pack.lang !== lang || !pack.texts || !pack.ui) throw new Error(`[i18n] ${file} is not the ${lang} pack`);
  return text;
}

/**
 * The built-in roles' citation texts (quotes, glosses, notes by role and
 * path: the wasm carries the citations without them; examples/prerender.rs
 * writes them to `dir`), checked to name every role of data/roles.json.
 */
export function citeTexts(dir = 'target/prerender') {
  const file = join(dir, 'cites.json');
  const text = readFileSync(file, 'utf8').trim();
  const roles = JSON.parse(readFileSync('data/roles.json', 'utf8')).roles.map((r) => r.id).sort();
  const got = Object.keys(JSON.parse(text)).sort();
  if (JSON.stringify(got) !== JSON.stringify(roles)) throw new Error(`[i18n] ${file} does not hold the roles of data/roles.json`);
  return text;
}

/**
 * The built-in roles as the wasm loads them when the quiz starts (English
 * texts, citations without their texts: core/build.rs; the wasm does not
 * carry them; examples/prerender.rs writes them to `dir`), checked to hold
 * the roles of data/roles.json in their order.
 */
export function builtinRoles(dir = 'target/prerender') {
  const file = join(dir, 'roles.json');
  const text = readFileSync(file, 'utf8').trim();
  const want = JSON.parse(readFileSync('data/roles.json', 'utf8')).roles.map((r) => r.id);
  const got = (JSON.parse(text).roles ?? []).map((r) => r.id);
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`[i18n] ${file} does not hold the roles of data/roles.json`);
  return text;
}

const dist = process.argv[2] ?? 'dist';
if (process.argv[1]?.endsWith('i18n-build.mjs')) {
  const dirs = [join(dist, 'i18n')];
  if (readdirSync(dist).includes('embed')) dirs.push(join(dist, 'embed', 'i18n'));
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    for (const lang of LANGS) {
      writeFileSync(join(dir, `${lang}.json`), translation(lang));
      writeFileSync(join(dir, `${lang}.ui.json`), uiPack(lang));
    }
    writeFileSync(join(dir, 'cites.json'), citeTexts());
    writeFileSync(join(dir, 'roles.json'), builtinRoles());
  }
  console.log(`[i18n] ${dirs.map((d) => `${d}/`).join(' and ')} written (${LANGS.join(', ')}, cites, roles)`);
}
