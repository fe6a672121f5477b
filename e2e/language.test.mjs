// Citations in the visitor's language (issue 13): the reading notes, the
// glosses of quotes and the source descriptions are translated, loaded only
// when the quiz starts and only for a language other than English, from
// i18n/<lang>.json beside the wasm (hosted page and embed under the strict
// CSP) or from the copy inlined in the offline file (no request at all).
// The citations' quotes, glosses and notes come the same way, for every
// language, in i18n/cites.json (the wasm carries the citations without them).
// One language per load (issue 15): the wasm carries the interface,
// questions and explanations in English only; another language's come
// from its pack, i18n/<lang>.ui.json, loaded before the widget shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { serverAndBrowser, watchErrors, SHOTS } from './browser.mjs';
import { serveSite, watch } from './embed.mjs';

const env = serverAndBrowser();
const site = serverAndBrowser(serveSite);

const read = (lang) => JSON.parse(readFileSync(`data/i18n/${lang}.json`, 'utf8'));
/** The notes in `lang`: its pack, or for English the originals (the packs' keys). */
const pack = (lang) => {
  if (lang !== 'en') return read(lang);
  const nl = read('nl');
  return { notes: Object.fromEntries(Object.keys(nl.notes).map((k) => [k, k])), sources: { 'career-quiz team': 'career-quiz team' } };
};
// The labels of a note: documented fact, estimate (src/i18n.rs).
const NOTE_LABELS = {
  en: ['How we read it', 'Why estimated'],
  nl: ['Zo lezen we de bron', 'Waarom geschat'],
  de: ['So lesen wir die Quelle', 'Warum geschätzt'],
  nb: ['Slik leser vi kilden', 'Hvorfor anslått'],
  et: ['Kuidas allikat lugesime', 'Miks hinnang'],
};

/** Clicks Next (an empty answer skips) until the results show. */
async function toResults(root) {
  await root.getByTestId('start').click();
  const next = root.locator('[data-testid=question] .cq-nav button[type=submit]');
  for (let i = 0; i < 40 && (await root.getByTestId('results').count()) === 0; i++) await next.click();
  await root.getByTestId('results').waitFor();
  // A card's details (and its citations) are built when it is opened: open the first five.
  const toggles = root.locator('[data-testid=role] .cq-toggle');
  for (let i = 0; i < 5; i++) {
    if ((await toggles.nth(i).getAttribute('aria-expanded')) === 'false') await toggles.nth(i).click();
  }
  await openCitations(root);
}

/** Opens every citation in `root` (a citation's body is built when it opens). */
async function openCitations(root) {
  const cites = root.locator('details.cq-cite');
  await cites.evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
  const n = await cites.count();
  for (let i = 0; i < 100 && (await root.locator('details.cq-cite > .cq-cite-body').count()) < n; i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(await root.locator('details.cq-cite > .cq-cite-body').count(), n, 'every opened citation shows its body');
}

/** Every citation note in `root`'s results: [label, text, lang attribute]. */
const notes = (root) =>
  root.locator('.cq-cite-body p').evaluateAll((ps) =>
    ps
      .filter((p) => p.querySelector('.cq-k'))
      .map((p) => {
        const label = p.querySelector('.cq-k').textContent.replace(/: $/, '');
        return [label, p.textContent.slice(p.querySelector('.cq-k').textContent.length), p.getAttribute('lang')];
      }),
  );

/** Waits until the notes on the page are the translations into `lang`, then checks them all. */
async function expectNotesIn(root, lang) {
  const labels = NOTE_LABELS[lang];
  const translated = new Set(Object.values(pack(lang).notes));
  const english = new Set(Object.keys(pack(lang).notes));
  let found = [];
  for (let i = 0; i < 100; i++) {
    found = (await notes(root)).filter(([label]) => labels.includes(label));
    if (found.length && found.every(([, text]) => translated.has(text))) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(found.length > 5, `${lang}: only ${found.length} notes on the results`);
  for (const [label, text, attr] of found) {
    assert.ok(translated.has(text), `${lang}: a note not translated (${label}): ${text}`);
    assert.ok(!english.has(text) || translated.has(text), text);
    assert.equal(attr, null, `${lang}: a translated note is not marked as another language`);
  }
  // Glosses of quotes in another language read in this one.
  const glosses = await root.locator('.cq-cite-body p[lang]').evaluateAll((ps) => ps.map((p) => p.getAttribute('lang')));
  assert.ok(glosses.length > 0, `${lang}: no glosses`);
  assert.ok(glosses.every((l) => l === lang || l === 'en'), `${lang}: glosses in ${[...new Set(glosses)]}`);
  assert.ok(glosses.filter((l) => l === lang).length > 0, `${lang}: no gloss in the visitor's language`);
}

const i18nRequests = (page, file = /\/i18n\/[a-z]+\.json$/) => {
  const seen = [];
  page.on('request', (r) => file.test(r.url()) && seen.push(new URL(r.url()).pathname));
  return seen;
};
/** Requests for language packs (i18n/<lang>.ui.json). */
const packRequests = (page) => i18nRequests(page, /\/i18n\/[a-z]+\.ui\.json$/);

for (const [locale, lang] of [['nl-NL', 'nl'], ['de-DE', 'de'], ['nb-NO', 'nb'], ['et-EE', 'et']]) {
  test(`${locale}: role names, notes, glosses and sources of the citations read in ${lang}, loaded once when the quiz starts`, async () => {
    const context = await env.browser.newContext({ locale, viewport: { width: 900, height: 1200 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requests = i18nRequests(page);
    const packs = packRequests(page);
    await page.goto(env.server.url);
    await page.locator('.cq:not([data-prerendered]) [data-testid=start]').waitFor();
    assert.deepEqual(requests, [], 'no translation is loaded on the intro');
    assert.deepEqual(packs, [`/i18n/${lang}.ui.json`], 'the language pack is loaded before the widget shows');
    await toResults(page);
    await expectNotesIn(page, lang);
    assert.deepEqual(requests.sort(), ['/i18n/cites.json', `/i18n/${lang}.json`, '/i18n/roles.json'].sort(), 'the roles, the citation texts and the translation, once each');
    assert.equal(packs.length, 1, 'the pack is loaded once');
    // The role names, which the wasm carries in English only, read in this language.
    const roles = JSON.parse(readFileSync('data/roles.json', 'utf8')).roles;
    const expected = new Set(roles.map((r) => r.name[lang]));
    const names = await page.locator('[data-testid=role] h3').evaluateAll((hs) => hs.map((h) => h.textContent.replace(/^\d+\.\s*/, '')));
    assert.equal(names.length, roles.length);
    for (const name of names) assert.ok(expected.has(name), `${lang}: the role name "${name}" is not the ${lang} one`);
    // A publisher in the visitor's language.
    const estimate = pack(lang).sources['career-quiz team'];
    assert.ok((await page.locator('.cq-src').allTextContents()).some((t) => t.includes(estimate)), estimate);
    const toggle = page.locator('[data-testid=role] .cq-toggle').first();
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await page.locator('[data-testid=role] details.cq-cite').first().locator('summary').click();
    await page.screenshot({ path: `${SHOTS}/citations-${lang}.png`, fullPage: false });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('nl-NL: when the translation and the citation texts cannot be loaded, the results say so in Dutch, and "try again" loads them', async () => {
  const context = await env.browser.newContext({ locale: 'nl-NL', viewport: { width: 900, height: 1200 } });
  const page = await context.newPage();
  const requests = i18nRequests(page);
  let offline = true;
  await context.route(/\/i18n\/(nl|cites)\.json$/, (route) => (offline ? route.abort() : route.continue()));
  await page.goto(env.server.url);
  await toResults(page);
  const ui = JSON.parse(readFileSync('dist/i18n/nl.ui.json', 'utf8')).ui;
  const note = page.getByTestId('texts-missing');
  await note.waitFor();
  assert.equal((await note.locator('p').textContent()).trim(), `${ui.missing_translation} ${ui.missing_quotes}`);
  assert.equal(await note.getByRole('button').textContent(), ui.try_again);
  // Nothing is lost: the roles are ranked and named (in English, the wasm's own), citations name their sources.
  const roles = JSON.parse(readFileSync('data/roles.json', 'utf8')).roles;
  const english = new Set(roles.map((r) => r.name.en));
  const names = await page.locator('[data-testid=role] h3').evaluateAll((hs) => hs.map((h) => h.textContent.replace(/^\d+\.\s*/, '')));
  assert.ok(names.length === roles.length && names.every((n) => english.has(n)), names.join(', '));
  assert.ok((await page.locator('.cq-src').count()) > 0, 'the citations still name their sources');
  assert.equal(await page.locator('.cq-cite-body blockquote').count(), 0, 'no quotes without their texts');
  assert.deepEqual(requests.sort(), ['/i18n/cites.json', '/i18n/nl.json', '/i18n/roles.json'], 'each tried once, not again on every render');
  // The connection is back: one click loads both, and the note goes.
  offline = false;
  await note.getByRole('button').click();
  await note.waitFor({ state: 'detached' });
  const dutch = new Set(roles.map((r) => r.name.nl));
  await page.waitForFunction((ns) => [...document.querySelectorAll('[data-testid=role] h3')]
    .every((h) => ns.some((n) => h.textContent.endsWith(n))), [...dutch]);
  await openCitations(page);
  await expectNotesIn(page, 'nl');
  assert.deepEqual(requests.sort(), ['/i18n/cites.json', '/i18n/cites.json', '/i18n/nl.json', '/i18n/nl.json', '/i18n/roles.json'], 'the roles, which came, are not loaded again');
  await context.close();
});

test('de-DE: when the roles cannot be loaded, the results say so in German, and "try again" loads them; nothing is lost', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE', viewport: { width: 900, height: 1200 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const requests = i18nRequests(page);
  let offline = true;
  await context.route(/\/i18n\/roles\.json$/, (route) => (offline ? route.abort() : route.continue()));
  await page.goto(env.server.url);
  await page.getByTestId('start').click();
  const next = page.locator('[data-testid=question] .cq-nav button[type=submit]');
  for (let i = 0; i < 40 && (await page.getByTestId('results-pending').count()) === 0; i++) await next.click();
  const ui = JSON.parse(readFileSync('dist/i18n/de.ui.json', 'utf8')).ui;
  const missing = page.getByTestId('roles-missing');
  await missing.waitFor();
  assert.equal((await missing.locator('p').textContent()).trim(), ui.roles_failed);
  assert.equal(await page.getByTestId('results').count(), 0, 'no results without roles');
  assert.deepEqual(requests.filter((r) => r.endsWith('roles.json')), ['/i18n/roles.json'], 'tried once, not on every render');
  offline = false;
  await missing.getByRole('button', { name: ui.try_again }).click();
  await page.getByTestId('results').waitFor();
  const roles = JSON.parse(readFileSync('data/roles.json', 'utf8')).roles;
  assert.equal(await page.locator('[data-testid=role]').count(), roles.length);
  const german = roles.map((r) => r.name.de);
  await page.waitForFunction((names) => [...document.querySelectorAll('[data-testid=role] h3')]
    .every((h) => names.some((n) => h.textContent.endsWith(n))), german);
  assert.deepEqual(requests.filter((r) => r.endsWith('roles.json')), ['/i18n/roles.json', '/i18n/roles.json']);
  assert.deepEqual(errors.filter((e) => !e.includes('Failed to load resource')), [], 'no error but the refused request');
  await context.close();
});

test('en: no translation is loaded; switching to German loads it once and back shows English', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const requests = i18nRequests(page);
  const packs = packRequests(page);
  await page.goto(env.server.url);
  await toResults(page);
  await expectNotesIn(page, 'en');
  assert.deepEqual(requests, ['/i18n/roles.json', '/i18n/cites.json'], 'English needs no translation, only the roles and then their citation texts');
  assert.deepEqual(packs, [], 'nor a language pack');
  const switcher = page.getByTestId('lang');
  // The switch on the results, loading German: printed, not asserted (issue 15 asks under 300 ms here).
  const german = JSON.parse(readFileSync('data/roles.json', 'utf8')).roles.map((r) => r.name.de);
  const answersBefore = await page.evaluate(() => localStorage.getItem('career-quiz:v1'));
  const t0 = Date.now();
  await switcher.selectOption('de');
  await page.waitForFunction((names) => [...document.querySelectorAll('[data-testid=role] h3')]
    .every((h) => names.some((n) => h.textContent.endsWith(n))), german);
  console.log(`language switch on the results, en → de with its files loaded: ${Date.now() - t0} ms (role names in German)`);
  assert.equal(await page.locator('[data-testid=results] h2').first().textContent(), 'Dein Ergebnis');
  assert.equal((await page.evaluate(() => localStorage.getItem('career-quiz:v1'))).split('|')[1], answersBefore.split('|')[1], 'the answers are kept');
  await expectNotesIn(page, 'de');
  await switcher.selectOption('en');
  await expectNotesIn(page, 'en');
  await switcher.selectOption('de');
  await expectNotesIn(page, 'de');
  assert.deepEqual(requests, ['/i18n/roles.json', '/i18n/cites.json', '/i18n/de.json'], 'each file is loaded once');
  assert.deepEqual(packs, ['/i18n/de.ui.json'], 'its pack too');
  await context.close();
});

test('embed under the strict CSP: the translation comes from embed/i18n/ with no violation', async () => {
  const context = await site.browser.newContext({ locale: 'de-DE', viewport: { width: 900, height: 1200 } });
  const page = await context.newPage();
  const w = await watch(page);
  const requests = i18nRequests(page);
  const packs = packRequests(page);
  await page.goto(`${site.server.url}blank.html`);
  const host = page.locator('career-quiz').first();
  await host.locator('h2').first().waitFor();
  await toResults(host);
  await expectNotesIn(host, 'de');
  assert.deepEqual(requests.sort(), ['/embed/i18n/cites.json', '/embed/i18n/de.json', '/embed/i18n/roles.json']);
  assert.deepEqual(packs, ['/embed/i18n/de.ui.json']);
  assert.deepEqual(await w.violations(), []);
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('embed: changing the lang attribute loads that language first, and the quiz shows in it', async () => {
  const context = await site.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const w = await watch(page);
  const packs = packRequests(page);
  await page.goto(`${site.server.url}blank.html`);
  const host = page.locator('career-quiz').first();
  await host.locator('.cq:not([data-prerendered]) h2').waitFor();
  assert.deepEqual(packs, [], 'English needs no pack');
  await host.evaluate((el) => el.setAttribute('lang', 'nb'));
  await host.locator('.cq[lang=nb] h2', { hasText: 'Hvilken kundeservicejobb passer for deg?' }).waitFor();
  assert.deepEqual(packs, ['/embed/i18n/nb.ui.json']);
  assert.equal(await host.locator('.cq').count(), 1);
  assert.deepEqual(await w.violations(), []);
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('offline file: the Estonian notes are inlined, and nothing is requested', async () => {
  const url = pathToFileURL('dist/career-quiz.html').href;
  const context = await env.browser.newContext({ locale: 'et-EE', offline: true });
  const requests = [];
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    requests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('request', (r) => r.url() !== url && requests.push(r.url()));
  await page.goto(url);
  const widget = page.locator('#career-quiz');
  await toResults(widget);
  await expectNotesIn(widget, 'et');
  assert.deepEqual(requests, []);
  await context.close();
});

/**
 * The English of every text the wasm carries in English only, as the
 * fragments between its placeholders that could only be English: at least
 * 14 characters with a space, and not part of any text of `lang`.
 */
function englishFragments(lang) {
  const pack = JSON.parse(readFileSync(`dist/i18n/${lang}.ui.json`, 'utf8'));
  // The pack names its texts by their key's hash; the build says which key is which.
  const keys = JSON.parse(readFileSync('target/prerender/pack-keys.json', 'utf8'));
  const own = Object.values(pack.texts).concat(Object.values(pack.ui).flat()).join('\n');
  const fragments = new Set();
  for (const [hash, text] of Object.entries(pack.texts)) {
    const key = keys[hash];
    assert.ok(key !== undefined, `${lang}: no key has the hash ${hash}`);
    if (key === text) continue;
    const english = key.includes('|') ? key.slice(key.indexOf('|') + 1) : key;
    for (const part of english.split(/\{[a-z_]+\}/)) {
      const p = part.trim();
      if (p.length >= 14 && p.includes(' ') && !own.includes(p)) fragments.add(p);
    }
  }
  return [...fragments];
}

/** The text `root` shows in `lang` (leaving out what is marked as another language: quoted sources). */
const shownText = (root, lang) =>
  root.evaluate((el, lang) => {
    const out = [];
    const walker = document.createTreeWalker(el.shadowRoot ?? el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const marked = n.parentElement?.closest('[lang]');
      if (!marked || marked.getAttribute('lang') === lang) out.push(n.textContent);
    }
    return out.join('\n');
  }, lang);

for (const [locale, lang] of [['nl-NL', 'nl'], ['de-DE', 'de'], ['nb-NO', 'nb'], ['et-EE', 'et']]) {
  test(`${locale}: no English from the wasm shows anywhere in the quiz and its results (the ${lang} pack covers it)`, async () => {
    const fragments = englishFragments(lang);
    assert.ok(fragments.length > 150, `only ${fragments.length} English fragments to look for`);
    const context = await env.browser.newContext({ locale, viewport: { width: 900, height: 1200 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(env.server.url);
    const widget = page.locator('#career-quiz');
    await page.locator('.cq:not([data-prerendered]) [data-testid=start]').click();
    const seen = [];
    for (let i = 0; i < 40 && (await page.getByTestId('results').count()) === 0; i++) {
      // Answers that vary (the i-th option, wrapping round) so that many explanations show.
      const labels = page.locator('[data-testid=question] label:has(input[type=radio]), [data-testid=question] label:has(input[type=checkbox])');
      const n = await labels.count();
      if (n) await labels.nth((i * 3) % n).click();
      seen.push(await shownText(widget, lang));
      await page.locator('[data-testid=question] .cq-nav button[type=submit]').click();
    }
    await page.getByTestId('results').waitFor();
    const toggles = page.locator('[data-testid=role] .cq-toggle');
    for (let i = 0; i < (await toggles.count()); i++) {
      if ((await toggles.nth(i).getAttribute('aria-expanded')) === 'false') await toggles.nth(i).click();
    }
    seen.push(await shownText(widget, lang));
    // The what-ifs, worked out as each card opens, are there to read too.
    assert.ok((await page.locator('[data-testid=what-if] li').count()) > 0, `${lang}: no what-if on any card`);
    const text = seen.join('\n');
    const leaks = fragments.filter((f) => text.includes(f));
    assert.deepEqual(leaks, [], `${lang}: English text on a ${lang} page`);
    assert.ok(text.length > 20000, `${lang}: only ${text.length} characters seen`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
