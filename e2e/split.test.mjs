// The wasm in two (scripts/split.mjs): the first load carries the intro and
// the questions; the rest (scoring, pay, explanations, the results) is
// loaded once when the quiz starts, beside the first module, on the hosted
// page and in the embed under the strict CSP; a rest that cannot be
// loaded leaves the answers and says so on the results, with "Try again".
// Every e2e test also fails if a function of the rest is called before it
// is loaded (`watchErrors`, `watch`: "needed early").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { serverAndBrowser, watchErrors } from './browser.mjs';
import { finish, serveSite, watch } from './embed.mjs';

const env = serverAndBrowser();
const site = { browser: null, server: null };

/** The .wasm files the page asks for, in order. */
const wasmRequests = (page) => {
  const seen = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && seen.push(new URL(r.url()).pathname));
  return seen;
};

test('hosted: the first load is the first module only; the rest comes once, when the quiz starts', async () => {
  const first = readdirSync('dist').find((f) => /^career-quiz-[0-9a-f]+_bg\.wasm$/.test(f));
  const rest = first.replace(/\.wasm$/, '.rest.wasm');
  assert.ok(readdirSync('dist').includes(rest), `${rest} is built`);
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const requests = wasmRequests(page);
  await page.goto(env.server.url);
  await page.locator('.cq:not([data-prerendered]) [data-testid=start]').waitFor();
  assert.deepEqual(requests, [`/${first}`], 'the intro needs the first module only');
  assert.equal(await page.evaluate(() => globalThis.__careerQuizRestReady), undefined);
  await page.getByTestId('start').click();
  await page.waitForFunction(() => globalThis.__careerQuizRestReady === true);
  assert.deepEqual(requests, [`/${first}`, `/${rest}`]);
  // Through every question to the results, and back and again: loaded once.
  const next = page.locator('[data-testid=question] .cq-nav button[type=submit]');
  for (let i = 0; i < 40 && (await page.getByTestId('results').count()) === 0; i++) await next.click();
  await page.getByTestId('results').waitFor();
  const roles = JSON.parse(readFileSync('data/roles.json', 'utf8')).roles;
  assert.equal(await page.locator('[data-testid=role]').count(), roles.length);
  // A card's details: the reasons and the pay chart, code of the rest.
  const toggle = page.locator('[data-testid=role] .cq-toggle').first();
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await page.locator('[data-testid=role] .cq-reasons').first().waitFor();
  assert.deepEqual(requests, [`/${first}`, `/${rest}`], 'the rest is loaded once');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hosted: a rest that cannot be loaded keeps the answers, says so on the results and loads on "Try again"', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  let offline = true;
  await context.route(/\.rest\.wasm$/, (route) => (offline ? route.abort() : route.continue()));
  await page.goto(env.server.url);
  await page.getByTestId('start').click();
  const next = page.locator('[data-testid=question] .cq-nav button[type=submit]');
  for (let i = 0; i < 40 && (await page.getByTestId('results-pending').count()) === 0; i++) await next.click();
  const missing = page.getByTestId('roles-missing');
  await missing.waitFor();
  assert.equal(await page.getByTestId('results').count(), 0);
  offline = false;
  await missing.getByRole('button').click();
  await page.getByTestId('results').waitFor();
  assert.ok((await page.locator('[data-testid=role]').count()) > 0);
  assert.deepEqual(errors.filter((e) => !e.includes('Failed to load resource')), [], 'no error but the refused request');
  await context.close();
});

test('embed under the strict CSP: the rest comes from embed/ once the quiz starts, with no violation', async () => {
  site.server = await serveSite();
  try {
    const context = await env.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const w = await watch(page);
    const requests = wasmRequests(page);
    await page.goto(`${site.server.url}blank.html`);
    const host = page.locator('career-quiz').first();
    await host.locator('[data-testid=start]').waitFor();
    await page.waitForFunction(() => !!globalThis.__careerQuizRest);
    assert.deepEqual(requests, ['/embed/career-quiz_bg.wasm']);
    await finish(host, { answer: 3 });
    assert.deepEqual(requests, ['/embed/career-quiz_bg.wasm', '/embed/career-quiz_bg.rest.wasm']);
    assert.deepEqual(await w.violations(), []);
    assert.deepEqual(w.errors, []);
    await context.close();
  } finally {
    site.server.close();
  }
});
