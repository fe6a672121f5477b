// The test server (also `make run`) serves only files under its root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';

test('a sibling folder whose name starts like the root is not served', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cq-serve-'));
  mkdirSync(join(dir, 'dist'));
  mkdirSync(join(dir, 'dist-evil'));
  writeFileSync(join(dir, 'dist', 'a.js'), 'ok');
  writeFileSync(join(dir, 'dist-evil', 'secret.txt'), 'secret');
  const server = await serve(join(dir, 'dist'));
  try {
    assert.equal((await fetch(server.url + 'a.js')).status, 200);
    for (const path of ['..%2Fdist-evil/secret.txt', '%2E%2E/dist-evil/secret.txt', '../dist-evil/secret.txt']) {
      const res = await fetch(server.url + path);
      assert.equal(res.status, 404, path);
    }
  } finally {
    server.close();
  }
});
