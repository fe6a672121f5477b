// The offline single page (dist/career-quiz.html, written by
// scripts/single-file.mjs) opened from a file:// URL, as someone who got it by
// e-mail double-clicks it: in a context that is offline and in which every
// request other than the file itself is blocked and counted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, watchErrors, SHOTS } from './browser.mjs';
import { stored, codeOf } from './quiz.mjs';

const FILE = resolve('dist/career-quiz.html');
const ENGLISH = 'Which customer service job fits you?';
const GERMAN = 'Welcher Job im Kundenservice passt zu dir?';
// The switcher's label is in the current language.
const LANGUAGE = /Language|Taal|Sprache|Språk|Keel/;

let browser;
before(async () => {
  assert.ok(existsSync(FILE), `${FILE} is missing: scripts/build.sh writes it`);
  browser = await launch();
});
after(() => browser?.close());

/**
 * Opens `path` from file:// with the network off and every other request
 * blocked; `requests` collects each request that is not the file itself
 * (seen by the route and by the page's request event).
 */
async function openFile(path, locale = 'en-US') {
  const url = pathToFileURL(path).href;
  const context = await browser.newContext({ locale, offline: true });
  const requests = [];
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(`blocked ${route.request().url()}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('request', (r) => r.url() !== url && requests.push(`request ${r.url()}`));
  const errors = watchErrors(page);
  await page.goto(url);
  return { context, page, requests, errors };
}

// The widget's title: its first heading (the demo page has a title of its own).
const heading = (page) => page.locator('#career-quiz').getByRole('heading').first();

/**
 * Goes from the intro to the results with default answers: the first option
 * of every single-choice question; checkbox questions left unticked (Next
 * there answers "none of these"); pay and years left empty (allowed: any
 * question may be skipped). Returns { seen, answered }.
 */
async function completeQuizWithDefaults(page) {
  const widget = page.locator('#career-quiz');
  await widget.getByTestId('start').click();
  const question = widget.getByTestId('question');
  let seen = 0;
  let answered = 0;
  for (;;) {
    await widget.locator('[data-testid="question"], [data-testid="results"]').first().waitFor();
    if (!(await question.count())) break;
    assert.ok(++seen <= 100, 'the quiz never reached its results');
    const id = await question.getAttribute('data-question');
    const radios = question.getByRole('radio');
    if (await radios.count()) {
      await radios.first().check();
      answered++;
    } else if (await question.getByRole('checkbox').count()) {
      answered++;
    }
    await question.locator('button[type="submit"]').click();
    // Wait for the next screen, so a stale form is never submitted twice.
    await page.waitForFunction((prev) => {
      const q = document.querySelector('#career-quiz [data-testid="question"]');
      return !q || q.dataset.question !== prev;
    }, id);
  }
  await widget.getByRole('heading', { name: 'Your results' }).waitFor();
  return { seen, answered };
}

test('the test harness sees requests: Trunk’s index.html from file:// makes some and never becomes the quiz', async () => {
  const { context, page, requests } = await openFile(resolve('dist/index.html'));
  await page.waitForLoadState('load');
  assert.ok(requests.length > 0, 'expected the multi-file build to request its script');
  // Only its prerendered intro shows (a picture of the first screen): the wasm never mounts.
  assert.equal(await page.locator('.cq[data-prerendered]').count(), 1);
  assert.equal(await page.locator('.cq:not([data-prerendered])').count(), 0);
  await context.close();
});

test('the single file works from file:// with no request at all: languages, the whole quiz, reload', async () => {
  const { context, page, requests, errors } = await openFile(FILE);
  await heading(page).waitFor();
  assert.equal(await heading(page).textContent(), ENGLISH);

  // All five languages are inside the file.
  const language = page.getByLabel(LANGUAGE);
  const codes = await language.locator('option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual([...codes].sort(), ['de', 'en', 'et', 'nb', 'nl']);
  const headings = new Set();
  for (const code of codes) {
    await language.selectOption(code);
    assert.equal(await page.locator('.cq').getAttribute('lang'), code);
    headings.add(await heading(page).textContent());
  }
  assert.equal(headings.size, 5, `one heading per language, got ${[...headings].join(' | ')}`);
  await language.selectOption('de');
  assert.equal(await heading(page).textContent(), GERMAN);

  // The signal a feature that needs a web address can check.
  assert.equal(await page.evaluate(() => location.protocol), 'file:');
  assert.equal(await page.locator('meta[name="career-quiz-build"]').getAttribute('content'), 'single-file');

  await page.reload();
  await heading(page).waitFor();
  await page.getByLabel(LANGUAGE).selectOption('en');
  assert.equal(await heading(page).textContent(), ENGLISH);

  // The whole quiz, to the results; the share link (it needs a web address)
  // is replaced by a note.
  const { seen, answered } = await completeQuizWithDefaults(page);
  const widget = page.locator('#career-quiz');
  await widget.getByText(`Based on ${answered} of ${seen} answers.`).waitFor();
  assert.equal(await widget.getByTestId('share').count(), 0);
  await widget.getByText(/Share links need the quiz on a web page/).waitFor();
  await page.screenshot({ path: `${SHOTS}/offline.png`, fullPage: true });

  // Saved in this browser: a reload comes back to the results.
  await page.reload();
  await widget.getByRole('heading', { name: 'Your results' }).waitFor();

  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the file alone, copied to an empty folder, still works', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'career quiz '));
  try {
    const copy = join(dir, 'career-quiz.html');
    await copyFile(FILE, copy);
    assert.deepEqual(await readdir(dir), ['career-quiz.html']);
    const { context, page, requests, errors } = await openFile(copy, 'de-DE');
    await heading(page).waitFor();
    assert.equal(await heading(page).textContent(), GERMAN);
    await page.getByLabel(LANGUAGE).selectOption('en');
    assert.equal(await heading(page).textContent(), ENGLISH);
    await completeQuizWithDefaults(page);
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a share link opened from the file in a new page load keeps the visitor’s own progress', async () => {
  const { context, page, requests, errors } = await openFile(FILE);
  const url = pathToFileURL(FILE).href;
  const widget = page.locator('#career-quiz');
  await widget.getByTestId('start').click();
  await widget.locator('input[type=radio][name$="-t_calm"]').nth(4).check();
  await page.waitForFunction(() => /^1\|[^|]+\|0$/.test(localStorage.getItem('career-quiz:v1') ?? ''));
  const code = codeOf(await stored(page));
  await widget.getByRole('button', { name: 'Next' }).click();
  await widget.locator('input[type=radio][name$="-t_patience"]').nth(1).check();
  await page.waitForFunction((c) => localStorage.getItem('career-quiz:v1')?.split('|')[1] !== c, code);
  const own = await stored(page);
  await page.close();

  for (const how of ['new tab', 'about:blank then the link']) {
    const tab = await context.newPage();
    errors.push(...watchErrors(tab));
    if (how !== 'new tab') await tab.goto('about:blank');
    await tab.goto(`${url}#cq=${code}`);
    await tab.locator('#career-quiz [data-testid=results]').waitFor();
    assert.match(await tab.getByTestId('notice').innerText(), /shared link/, how);
    assert.equal(await stored(tab), own, how);
    await tab.close();
  }
  const bad = await context.newPage();
  await bad.goto(`${url}#cq=garbage`);
  assert.match(await bad.getByTestId('notice').innerText(), /could not be read/);
  assert.equal(await stored(bad), own);
  await bad.close();

  const back = await context.newPage();
  await back.goto(url);
  assert.match(await back.getByTestId('notice').innerText(), /Welcome back/);
  assert.equal(await back.getByTestId('question').getAttribute('data-question'), 't_patience');
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  await context.close();
});
