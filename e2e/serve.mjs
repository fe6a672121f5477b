// A small static file server for the release build, bound to 127.0.0.1.
// Used by `make run` and by the end-to-end tests (import { serve }).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** What is worth compressing (everything the widget ships but images). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json']);

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port); resolves to { url, close }.
 * `{ gzip: true }` compresses text and wasm (`gzip -9`, once per file) for
 * clients that accept it, as a production server would (`make bench`'s
 * Lighthouse runs, `make run`).
 */
export function serve(root, port = 0, headers = {}, { gzip = false } = {}) {
  const base = resolve(root);
  const zipped = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      // `base + sep`, not `base`: a sibling such as dist-evil/ is outside too.
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const { mtimeMs } = await stat(file);
      let body = await readFile(file);
      const encoding = {};
      if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${mtimeMs}:${body.length}`;
        if (!zipped.has(key)) zipped.set(key, gzipSync(body, { level: 9 }));
        body = zipped.get(key);
        Object.assign(encoding, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...encoding,
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() }),
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(root, Number(port), {}, { gzip: true });
  console.log(`Career quiz is served at ${url}  (Ctrl-C stops it)`);
}
