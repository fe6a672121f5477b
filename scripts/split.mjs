// Splits the widget's wasm in two (binaryen's wasm-split), then optimises
// each half as Trunk optimises a whole one: what the intro and the
// questions run stays in `<name>_bg.wasm`, the first load; what only runs
// once there are roles to show — scoring, pay, the explanations and the
// results' components — goes to `<name>_bg.rest.wasm`, which the widget
// loads when the quiz starts, with the built-in roles (`host::load_rest`);
// reading catalogues goes there too (an embed with roles of its own loads
// the rest before it mounts).
// Run by scripts/build.sh on Trunk's output (the hosted page's `dist/`
// and the embed's `target/embed-trunk/`), before anything reads it.
//
//   node scripts/split.mjs <dir>
//
// Trunk does not optimise the wasm here (`data-wasm-opt="0"` in
// index.html): split first, by the functions' names as wasm-bindgen wrote
// them, then `wasm-opt OPT_PARAMS` on each half (the Yew baseline of
// `make bench` is optimised with the same parameters by Trunk). Splitting
// after an optimisation would split by the names of merged functions: a
// drop or a closure the quiz shares with the results, named after the
// results' copy, would move.
//
// The glue (`<name>.js`) is given the code that joins the two (REST_RUNTIME
// below): the first module imports a placeholder for each function that
// moved; the rest, once instantiated with the first module's memory,
// table and functions, puts the real ones in their place in the table. A
// placeholder called before that (a function the rules below moved but
// the quiz does call) loads the rest synchronously, says so in the
// console ("career quiz: the rest of the widget was needed early"), and
// goes on: slower, never broken. The e2e tests fail on that message.
//
// Needs Debian's binaryen (version 108, `wasm-split`; scripts/setup.sh
// installs it), which reads wasm without reference types or multi-value:
// the release build turns both off (scripts/wasm-env.sh).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const fail = (m) => {
  console.error(`[split] ${m}`);
  process.exit(1);
};

/** The wasm features the release build uses (scripts/wasm-env.sh). */
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals'];

/** How each half is optimised: benches/baseline/index.html's `data-wasm-opt-params`, with -Oz. */
export const OPT_PARAMS = '--converge --strip-debug --strip-producers --strip-target-features';

/**
 * What moves to the rest, by the path that starts a function's name: the
 * results' components (their own functions, and Yew's lifecycle made for
 * them: they run only once a results screen exists) and core's scoring,
 * pay and explanations (only called with roles in hand). Generic code
 * that merely mentions their types (drops, comparisons of the
 * `Option<Rc<Vec<RoleFit>>>` the App holds from the start) stays. KEEP
 * names what those modules give the quiz itself.
 */
const REST = [
  /^<?career_quiz\[[0-9a-f]+\]::components::(results|role_card|pay_chart|cite|role_cta)::/,
  /^<yew\[[0-9a-f]+\]::html::component::lifecycle::CompStateInner<career_quiz\[[0-9a-f]+\]::components::(results::Results|role_card|pay_chart|cite|role_cta)::/,
  /^<?career_quiz_core\[[0-9a-f]+\]::(scoring|pay|explain)::/,
  // Reading, checking and changing catalogues (the built-in roles come
  // with the rest; an embed with roles of its own loads the rest first):
  // the catalogue's functions, its types' readers, and the iterators
  // instantiated for those readers.
  /^<?career_quiz_core\[[0-9a-f]+\]::catalogue::/,
  /^<(?:(?! as ).)*career_quiz_core\[[0-9a-f]+\]::catalogue::(?:(?! as ).)* as career_quiz_core\[[0-9a-f]+\]::json::read::FromJson>/,
  /catalogue::[A-Za-z]+> as career_quiz_core\[[0-9a-f]+\]::json::read::FromJson>::from_json::\{closure/,
  // What the widget does once the roles are in: their texts loaded and
  // put in (`hooks::later`), the embed's `complete` event.
  /^<?career_quiz\[[0-9a-f]+\]::hooks::later::/,
  /^<?career_quiz\[[0-9a-f]+\]::embed::complete_detail/,
];
const KEEP = [
  /::Weights/, // the embed's `weights` option
  /::period_name\b/, // the pay question
  /::plain_money\b/,
  /RolesPending/, // the results screen while the rest loads
  /catalogue::(Period|Place|Channel|Slot|Trait|Selection)\b/, // the questions, answers and options
];

/** binaryen's escaping of a name (`\5b` for `[`), undone. */
const unescape = (name) => name.replace(/\\([0-9a-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));

export function split(dir) {
  const files = readdirSync(dir);
  const wasms = files.filter((f) => /^career-quiz-[0-9a-f]+_bg\.wasm$/.test(f));
  const glues = files.filter((f) => /^career-quiz-[0-9a-f]+\.js$/.test(f));
  if (wasms.length !== 1 || glues.length !== 1) fail(`expected one glue and one _bg.wasm in ${dir}, found ${[...glues, ...wasms].join(', ') || 'none'}`);
  const wasm = join(dir, wasms[0]);
  const rest = wasm.replace(/\.wasm$/, '.rest.wasm');
  const glue = join(dir, glues[0]);
  const splitTool = execFileSync('sh', ['-c', 'command -v wasm-split'], { encoding: 'utf8' }).trim();
  if (!splitTool) fail('wasm-split is not on PATH (binaryen; scripts/setup.sh installs it)');
  // Binaryen 108's own wasm-opt prints names as wasm-split reads them.
  const oldOpt = join(dirname(splitTool), 'wasm-opt');
  const tmp = mkdtempSync(join(tmpdir(), 'career-quiz-split-'));
  try {
    const map = execFileSync(oldOpt, [...FEATURES, wasm, '--print-function-map', '-o', join(tmp, 'unused.wasm')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const names = map.split('\n').map((l) => l.replace(/^\d+:/, '')).filter(Boolean);
    if (names.length < 500) fail(`${wasm} has ${names.length} named functions; was it optimised (index.html's data-wasm-opt must be "0")?`);
    const moved = names.filter((n) => {
      const plain = unescape(n);
      return REST.some((r) => r.test(plain)) && !KEEP.some((k) => k.test(plain));
    });
    if (moved.length < 60) fail(`only ${moved.length} functions match the rules; have the module paths changed?`);
    writeFileSync(join(tmp, 'rest.txt'), moved.join('\n'));
    execFileSync(splitTool, [...FEATURES, wasm, `--split-funcs=@${join(tmp, 'rest.txt')}`, '--placeholdermap', '-o1', join(tmp, 'first.wasm'), '-o2', join(tmp, 'rest.wasm')], { stdio: ['ignore', 'ignore', 'inherit'] });
    // Which function each placeholder stands for (the console names its
    // number when one is called early), and the wasm before the split with
    // its names (for `twiggy top`): kept for people, not shipped.
    mkdirSync('target/split', { recursive: true });
    copyFileSync(wasm, join('target/split', basename(wasm).replace(/\.wasm$/, '.named.wasm')));
    copyFileSync(join(tmp, 'first.wasm.placeholders'), join('target/split', `${basename(wasm)}.placeholders`));
    // npm's binaryen (132, first on PATH), as Trunk runs it; names dropped.
    const opt = (from, to) => execFileSync('wasm-opt', [...FEATURES, '-Oz', ...OPT_PARAMS.split(' '), from, '-o', to], { stdio: 'inherit' });
    const patched = patchGlue(readFileSync(glue, 'utf8'));
    opt(join(tmp, 'first.wasm'), wasm);
    opt(join(tmp, 'rest.wasm'), rest);
    writeFileSync(glue, patched);
    const gz = (f) => (gzipSync(readFileSync(f), { level: 9 }).length / 1024).toFixed(1);
    console.log(`[split] ${wasm}: ${moved.length} of ${names.length} functions to ${rest}; first load ${gz(wasm)} KB gzip, the rest ${gz(rest)} KB`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Joins the two modules in the glue (wasm-bindgen 0.2.130's `--target
 * web` output): `__careerQuizRest` (a promise that the rest is in, for
 * `host::load_rest`), the placeholders the first module imports, and
 * the rest's address beside the first module's (or its bytes, inlined in
 * the offline file as `__careerQuizRestBytes`).
 */
export function patchGlue(glue) {
  const at = (needle, add, where = 'after') => {
    const n = glue.split(needle).length - 1;
    if (n !== 1) fail(`the glue has ${n} places for "${needle}"; wasm-bindgen's output changed?`);
    glue = glue.replace(needle, where === 'after' ? needle + add : add + needle);
  };
  at('        "./career-quiz_bg.js": import0,\n', '        placeholder: __careerQuizSplit.placeholders(),\n');
  at("        module_or_path = new URL('career-quiz_bg.wasm', import.meta.url);\n    }\n", '    __careerQuizSplit.from(module_or_path);\n');
  at('    wasm = instance.exports;\n', '    __careerQuizSplit.first = wasm;\n');
  return REST_RUNTIME + glue;
}

const REST_RUNTIME = `// The rest of the widget (scripts/split.mjs): loaded when the quiz starts.
const __careerQuizSplit = (() => {
  const s = { first: undefined, url: undefined, module: undefined, instance: undefined, promise: undefined };
  const instantiate = () => {
    s.instance ??= new WebAssembly.Instance(s.module, { primary: s.first });
    globalThis.__careerQuizRestReady = true;
  };
  const sync = () => {
    const x = new XMLHttpRequest();
    x.open('GET', s.url, false);
    x.overrideMimeType('text/plain; charset=x-user-defined');
    x.send();
    if (x.status !== 200 && x.status !== 0) throw new Error(\`career quiz: \${s.url}: HTTP \${x.status}\`);
    const t = x.responseText;
    const b = new Uint8Array(t.length);
    for (let i = 0; i < t.length; i++) b[i] = t.charCodeAt(i) & 255;
    return b;
  };
  s.from = (where) => {
    // The first module's address (a string, URL, Request, or the promise
    // of a Response, as the embed loader passes it); the rest is beside it.
    const beside = (href) => {
      if (href) s.url = new URL(href.replace(/\\.wasm(?=$|[?#])/, '.rest.wasm'), document.baseURI).href;
    };
    if (typeof where === 'string' || where instanceof URL) beside(String(where));
    else if (where && typeof where.url === 'string') beside(where.url);
    else if (where && typeof where.then === 'function') where.then((r) => beside(r?.url), () => {});
  };
  // What the first module imports in place of each function that moved.
  s.placeholders = () => new Proxy({}, {
      get: (_, index) => (...args) => {
        if (!s.instance) {
          console.warn(\`career quiz: the rest of the widget was needed early (placeholder \${String(index)}), and loaded synchronously\`);
          s.module ??= new WebAssembly.Module(globalThis.__careerQuizRestBytes ?? sync());
          instantiate();
        }
        return s.first.table.get(Number(index))(...args);
      },
    });
  globalThis.__careerQuizRest = () => (s.promise ??= (async () => {
    if (!s.instance) {
      // Inlined in the offline file, else beside the first module.
      const bytes = globalThis.__careerQuizRestBytes ?? (await fetch(s.url).then((r) => {
        if (!r.ok) throw new Error(\`\${s.url}: HTTP \${r.status}\`);
        return r.arrayBuffer();
      }));
      s.module ??= await WebAssembly.compile(bytes);
      instantiate();
    }
  })().catch((e) => {
    s.promise = undefined;
    throw e;
  }));
  return s;
})();
`;

if (process.argv[1]?.endsWith('split.mjs')) {
  const dir = process.argv[2];
  if (!dir) fail('usage: node scripts/split.mjs <dir>');
  split(dir);
}
