// The release build, served on 127.0.0.1, as a person sees it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, axe, watchErrors, SHOTS } from './browser.mjs';

const env = serverAndBrowser();

test('the demo page shows the widget and switches language in place', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(env.server.url);
  const heading = page.locator('#career-quiz').getByRole('heading').first();
  await assert.doesNotReject(heading.waitFor());
  assert.equal(await heading.textContent(), 'Which customer service job fits you?');
  // On the live widget, German's texts are loaded first (its pack beside the wasm).
  await page.locator('.cq:not([data-prerendered])').waitFor();
  await page.getByLabel('Language').selectOption('de');
  await page.locator('#career-quiz h2', { hasText: 'Welcher Job im Kundenservice passt zu dir?' }).waitFor();
  assert.equal(await page.getByLabel('Sprache').inputValue(), 'de');
  await page.screenshot({ path: `${SHOTS}/foundation-intro.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the browser language picks the widget language', async () => {
  const context = await env.browser.newContext({ locale: 'nb-NO' });
  const page = await context.newPage();
  await page.goto(env.server.url);
  const heading = page.locator('#career-quiz').getByRole('heading').first();
  assert.equal(await heading.textContent(), 'Hvilken kundeservicejobb passer for deg?');
  assert.equal(await page.locator('.cq').getAttribute('lang'), 'nb');
  await context.close();
});

test('the intro has no accessibility violations', async () => {
  const page = await env.browser.newPage();
  await page.goto(env.server.url);
  await page.locator('#career-quiz').getByRole('heading').first().waitFor();
  assert.deepEqual(await axe(page), []);
  await page.close();
});
