// The first screen before the wasm (issue 15, point 1): the intro is in the
// page (hosted, offline file) or put into the shadow root by the loader
// (embed) before the wasm arrives, in the visitor's language, from the same
// components; a Start click or a language chosen before the wasm mounts is
// kept. The wasm is held back by the test until it says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, serveDist, watchErrors, axe, SHOTS } from './browser.mjs';
import { serveSite, TRUSTED_TYPES_CSP, serveSiteWith } from './embed.mjs';

const TITLES = {
  'en-US': 'Which customer service job fits you?',
  'nl-NL': 'Welke klantenservicebaan past bij jou?',
  'de-DE': 'Welcher Job im Kundenservice passt zu dir?',
  'nb-NO': 'Hvilken kundeservicejobb passer for deg?',
  'et-EE': 'Milline klienditeeninduse töö sulle sobib?',
};
const LANG = { 'en-US': 'en', 'nl-NL': 'nl', 'de-DE': 'de', 'nb-NO': 'nb', 'et-EE': 'et' };

/** Holds every request for a .wasm until the returned function is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((ok) => {
    release = ok;
  });
  let asked = 0;
  await page.route(/\.wasm$/, async (route) => {
    asked += 1;
    await gate;
    await route.continue();
  });
  return { release: () => release(), asked: () => asked };
}

/** Runs `fn(browser, server)` with a fresh server (dist/ by default) and browser, closing both after. */
async function withBrowser(fn, server = serveDist()) {
  const [srv, browser] = await Promise.all([server, launch()]);
  try {
    await fn(browser, srv);
  } finally {
    await browser.close();
    srv.close();
  }
}

/** The live widget (the wasm's), not the prerendered copy. */
const live = (scope) => scope.locator('.cq:not([data-prerendered])');

test('the hosted page shows the intro in the visitor\'s language before the wasm, the same as the wasm renders it', async () => {
  await withBrowser(async (browser, server) => {
    for (const locale of Object.keys(LANG)) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const wasm = await holdWasm(page);
      await page.goto(server.url);
      const pre = page.locator('#career-quiz .cq[data-prerendered]');
      await pre.waitFor();
      assert.equal(await pre.getAttribute('lang'), LANG[locale], `${locale}: prerendered language`);
      const title = await pre.getByRole('heading').textContent();
      assert.equal(title, TITLES[locale], locale);
      assert.equal(await page.locator('#career-quiz template').count(), 0, 'the other languages are gone from the page');
      // The same markup but for the prerendered copy's paint mark (Element Timing).
      const before = (await pre.evaluate((el) => el.innerHTML)).replace(' elementtiming="career-quiz-intro"', '');
      if (locale === 'en-US') {
        assert.deepEqual(await axe(page), [], 'the prerendered intro is accessible');
        await page.screenshot({ path: `${SHOTS}/prerender-before-wasm.png` });
      }
      wasm.release();
      await live(page).waitFor();
      assert.equal(await live(page).getAttribute('lang'), LANG[locale]);
      assert.equal(await live(page).evaluate((el) => el.innerHTML), before, `${locale}: the wasm renders what was prerendered`);
      assert.equal(await page.locator('.cq').count(), 1, 'one widget after the swap');
      assert.deepEqual(errors, []);
      await context.close();
  }
  });
});

test('a keyboard user on the prerendered Start keeps the focus on Start when the wasm takes over', async () => {
  await withBrowser(async (browser, server) => {
    const page = await browser.newPage();
    const wasm = await holdWasm(page);
    await page.goto(server.url);
    await page.locator('.cq[data-prerendered] [data-testid=start]').focus();
    wasm.release();
    await live(page).waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('.cq:not([data-prerendered])'));
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'start');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=question]').waitFor();
    await page.close();
  });
});

test('Start pressed before the wasm arrives opens the first question once it mounts', async () => {
  await withBrowser(async (browser, server) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const wasm = await holdWasm(page);
    await page.goto(server.url);
    await page.locator('.cq[data-prerendered] [data-testid=start]').click();
    assert.equal(await page.locator('[data-testid=start]').getAttribute('aria-busy'), 'true', 'the button says it is on its way');
    assert.equal(wasm.asked(), 1, 'the wasm was asked for and is held');
    wasm.release();
    const question = page.locator('[data-testid=question]');
    await question.waitFor();
    assert.equal(await question.getAttribute('data-question'), 't_calm');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

test('a language chosen before the wasm arrives shows at once and is the widget\'s language after', async () => {
  await withBrowser(async (browser, server) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const wasm = await holdWasm(page);
    await page.goto(server.url);
    await page.locator('.cq[data-prerendered]').waitFor();
    await page.getByLabel('Language').selectOption('et');
    const pre = page.locator('.cq[data-prerendered]');
    assert.equal(await pre.getAttribute('lang'), 'et');
    const title = await pre.getByRole('heading').textContent();
    wasm.release();
    await live(page).waitFor();
    assert.equal(await live(page).getAttribute('lang'), 'et');
    assert.equal(await live(page).getByRole('heading').textContent(), title);
    // The switcher had the keyboard focus on the prerendered copy; the live one has it now.
    await page.waitForFunction(() => document.activeElement?.closest('.cq:not([data-prerendered])'));
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'lang');
    await context.close();
  });
});

test('the embed shows the intro in its shadow root before the wasm, under the strict CSP with Trusted Types, and keeps a Start click', async () => {
  await withBrowser(async (browser, server) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const wasm = await holdWasm(page);
    await page.goto(`${server.url}plain.html`);
    const host = page.locator('career-quiz#q');
    const pre = host.locator('.cq[data-prerendered]');
    await pre.waitFor();
    // plain.html sets lang="en": the option wins over the browser's German.
    assert.equal(await pre.getAttribute('lang'), 'en');
    assert.equal(await pre.getByRole('heading').textContent(), TITLES['en-US']);
    const styled = await pre.locator('[data-testid=start]').evaluate((b) => getComputedStyle(b).borderRadius);
    assert.notEqual(styled, '0px', 'the widget\'s stylesheet applies before the wasm');
    await pre.locator('[data-testid=start]').click();
    wasm.release();
    const question = host.locator('[data-testid=question]');
    await question.waitFor();
    assert.equal(await question.getAttribute('data-question'), 't_calm');
    assert.equal(await host.locator('.cq').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  }, serveSite().then((s) => (s.close(), serveSiteWith({ 'content-security-policy': TRUSTED_TYPES_CSP }))));
});

test('an embed with its own roles waits for the wasm instead of showing an intro that would change (the number of jobs)', async () => {
  await withBrowser(async (browser, server) => {
    const page = await browser.newPage();
    const wasm = await holdWasm(page);
    await page.goto(`${server.url}replace.html`);
    await page.waitForFunction(() => customElements.get('career-quiz'));
    assert.equal(await page.evaluate(() => document.getElementById('agency').shadowRoot), null, 'no prerendered intro');
    wasm.release();
    await live(page.locator('career-quiz#agency')).waitFor();
    await page.close();
  }, serveSite());
});

test('the offline file carries the prerendered intro in the page itself', () => {
  const html = readFileSync('dist/career-quiz.html', 'utf8');
  const body = html.slice(html.indexOf('<div id="career-quiz">'));
  assert.match(body, /^<div id="career-quiz"><div data-prerendered="" lang="en"[^>]*>/);
  for (const lang of ['nl', 'de', 'nb', 'et']) assert.ok(body.includes(`<template data-cq-lang="${lang}"><div data-prerendered="" lang="${lang}"`), lang);
  assert.ok(html.includes('<style id="career-quiz-style">'), 'the stylesheet is in the page');
});

test('when the wasm cannot be loaded, the prerendered intro says so in its language instead of a Start that does nothing', async () => {
  await withBrowser(async (browser, server) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto(server.url);
    const alert = page.locator('.cq[data-prerendered] [data-testid=load-failed]');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match(await alert.textContent(), /^Das Quiz konnte nicht geladen werden\./);
    assert.ok(await page.locator('.cq[data-prerendered] [data-testid=start]').isDisabled());
    await context.close();
  });
});

test('the embed says so too when its wasm cannot be loaded', async () => {
  await withBrowser(async (browser, server) => {
    const page = await browser.newPage();
    page.on('console', () => {}); // the loader logs the failure
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto(`${server.url}plain.html`);
    const alert = page.locator('career-quiz#q .cq[data-prerendered] [data-testid=load-failed]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /^The quiz could not be loaded\./);
    await page.close();
  }, serveSite());
});
