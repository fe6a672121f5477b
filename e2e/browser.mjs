// Shared helpers for the end-to-end tests: Debian's Chromium driven by
// playwright-core, the release build served on 127.0.0.1, and axe-core.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const SHOTS = 'target/e2e';
mkdirSync(SHOTS, { recursive: true });

/** Launches headless Chromium with the flags this closed network needs. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
}

/** Serves dist/ (or `root`) and returns { url, close }. */
export const serveDist = (root = 'dist', headers) => serve(root, 0, headers);

/** Runs axe-core on the page (WCAG 2.1 A and AA rules) and returns the violations. */
export async function axe(page, context = 'body') {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (ctx) => {
    const r = await window.axe.run(ctx, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, context);
}

/** Fails with console errors and page errors collected while `fn` ran. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  // A function the split moved to the rest of the wasm, called before it
  // was loaded (scripts/split.mjs): a rule there is wrong.
  page.on('console', (m) => /needed early/.test(m.text()) && errors.push(`split: ${m.text()}`));
  return errors;
}

/**
 * For a test file: before its tests, starts `serve()` (dist/ on 127.0.0.1 by
 * default) and a browser; after them, closes both. Returns { browser, server }
 * filled in once the tests run.
 */
export function serverAndBrowser(serve = () => serveDist()) {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}
