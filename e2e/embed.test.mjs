// The embed distributable (dist/embed/) in host pages served with a strict
// Content-Security-Policy header: the snippet, isolation from hostile CSS,
// two instances, events, custom roles, text-only configuration, reloading,
// and the lifecycle: no leaked listeners or nodes over hundreds of mounts,
// hosts removed without unmount(), Trusted Types, a foreign window.CareerQuiz.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serverAndBrowser, axe, SHOTS } from './browser.mjs';
import {
  serveSite, serveSiteWith, watch, events, waitEvent, finish, countHashListeners, liveCounts, TRUSTED_TYPES_CSP,
} from './embed.mjs';

const env = serverAndBrowser(serveSite);

async function open(path, options = {}, init = null, server = env.server) {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 900, height: 900 }, ...options });
  const page = await context.newPage();
  const w = await watch(page);
  if (init) await page.addInitScript(init);
  await page.goto(server.url + path);
  return { context, page, w };
}

/** A valid share code (some answers given), as in a `#cq=` link. */
const CODE = 'AmZmQAAAADQ';

/** In the page: resolves once `el`'s shadow root shows a quiz (or its error box). */
const SHOWN = `window.__shown = (el) => new Promise((ok) => {
  const t = () => (el.shadowRoot?.querySelector('.cq') ? ok() : setTimeout(t, 0));
  t();
});`;

/** Allowed growth in live DOM nodes or listeners after hundreds of mounts: noise, not one per mount. */
const SLACK = 20;

/** The wasm's memory in KB (it only grows, in 64 KB pages). */
const wasmKb = (page) => page.evaluate(async () => {
  const wasm = await (await import('/embed/career-quiz-core.js')).default();
  return wasm.memory.buffer.byteLength / 1024;
});
/** Allowed growth of the wasm memory after hundreds of mounts: two pages (a leak of a quiz a mount is ~150 KB). */
const WASM_SLACK_KB = 128;
/** Mounts before measuring, so that the pool of roots and the allocator have settled. */
const WARM_UP = 50;

test('the strict CSP header is really enforced on the test site (control)', async () => {
  const { context, page, w } = await open('csp-control.html');
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(() => window.inlineRan), undefined);
  assert.ok((await w.violations()).some((v) => v.startsWith('script-src')), 'an inline script is reported');
  await context.close();
});

test('the EMBEDDING.md snippet in a blank page under strict CSP loads, completes and reports no violation', async () => {
  const { context, page, w } = await open('blank.html');
  const host = page.locator('career-quiz').first();
  await host.locator('h2').first().waitFor();
  assert.equal(await host.locator('h2').first().textContent(), 'Which customer service job fits you?');
  await finish(host, { answer: 3 });
  assert.ok((await host.locator('[data-testid=role]').count()) >= 10);
  await page.screenshot({ path: `${SHOTS}/embed-blank-results.png` });
  assert.deepEqual(await w.violations(), []);
  assert.deepEqual(w.errors, []);
  assert.deepEqual(w.consoleErrors.filter((e) => !/favicon|404/.test(e)), []);
  await context.close();
});

test('the demo host page uses every option and works under its CSP', async () => {
  const { context, page, w } = await open('embed-demo/');
  await waitEvent(page, 'ready', 'quiz-element');
  const api = await waitEvent(page, 'ready', 'quiz-api');
  assert.deepEqual(api[0].detail.roles, ['warehouse_dispatcher', 'it_helpdesk_agent']);
  const el = page.locator('#quiz-element');
  assert.equal(await el.locator('[data-testid=start]').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 110, 79)');
  await finish(el, { answer: 2 });
  assert.deepEqual(await el.locator('[data-testid=role]').evaluateAll((c) => c.map((x) => x.dataset.role)).then((r) => r.sort()),
    ['call_centre_operator', 'customer_service_rep', 'it_helpdesk_agent', 'receptionist', 'warehouse_dispatcher']);
  assert.equal(await el.locator('[data-role=customer_service_rep] [data-testid=cta]').getAttribute('href'), 'mailto:jobs@example.com');
  assert.equal(await el.locator('[data-testid=region]').inputValue(), 'us', 'payRegion chose the US');
  await page.locator('#to-german').click();
  await page.locator('#quiz-api h2').filter({ hasText: 'Welcher Job im Kundenservice passt zu dir?' }).waitFor();
  await page.screenshot({ path: `${SHOTS}/embed-demo.png`, fullPage: true });
  assert.deepEqual(await w.violations(), []);
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('hostile host CSS neither hides nor restyles the widget, and the widget does not restyle the page', async () => {
  const styles = async (path) => {
    const { context, page } = await open(path);
    const host = page.locator('career-quiz');
    const start = host.locator('[data-testid=start]');
    await start.waitFor();
    const probe = (sel) => host.locator(sel).first().evaluate((e) => {
      const s = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      return [s.display, s.visibility, s.opacity, s.color, s.backgroundColor, s.fontFamily, s.fontSize, s.padding,
        s.borderTopWidth, s.borderRadius, Math.round(r.width), Math.round(r.height)].join(' | ');
    });
    const out = { root: await probe('.cq'), h2: await probe('h2'), button: await probe('[data-testid=start]'), select: await probe('select') };
    await page.screenshot({ path: `${SHOTS}/embed-${path.replace('.html', '')}.png` });
    await start.click();
    await host.locator('[data-testid=question]').waitFor();
    out.works = await host.locator('[data-testid=question] input').count() > 0;
    out.hostButton = path === 'hostile.html'
      ? await page.locator('#host-button').evaluate((b) => getComputedStyle(b).display) : 'none';
    await context.close();
    return out;
  };
  const plain = await styles('plain.html');
  const hostile = await styles('hostile.html');
  // Everything but the outer width (the page's body margin is gone) is the same.
  const noWidth = (s) => s.split(' | ').slice(0, -2).join(' | ');
  for (const k of ['root', 'h2', 'button', 'select']) assert.equal(noWidth(hostile[k]), noWidth(plain[k]), k);
  for (const k of ['h2', 'button', 'select']) assert.equal(hostile[k].split(' | ').at(-1), plain[k].split(' | ').at(-1), `${k} height`);
  assert.ok(hostile.works);
  // The page's own rules still apply to its own button (none of ours leak out).
  assert.equal(hostile.hostButton, 'none');
});

test('two instances on one page keep their own answers and storage', async () => {
  const { context, page, w } = await open('two.html');
  const [a, b] = [page.locator('#first'), page.locator('#second')];
  await waitEvent(page, 'ready', 'second');
  await a.locator('[data-testid=start]').click();
  await a.locator('[data-testid=question] input[type=radio]').nth(2).check();
  await a.locator('.cq-nav button[type=submit]').click();
  await a.locator('[data-testid=question]').waitFor();
  assert.equal(await b.locator('[data-testid=start]').count(), 1, 'the second is still on its intro');
  assert.equal(await b.locator('h2').first().textContent(), 'Welcher Job im Kundenservice passt zu dir?');
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ['career-quiz:v1:first']);
  await page.reload();
  await waitEvent(page, 'ready', 'second');
  await a.locator('[data-testid=question]').waitFor();
  assert.equal(await a.locator('[data-testid=question]').getAttribute('data-question') !== null, true);
  assert.equal(await b.locator('[data-testid=start]').count(), 1);
  assert.equal(await page.locator('career-quiz').evaluateAll((els) => els.map((e) => e.shadowRoot.querySelectorAll('.cq').length).join()), '1,1');
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('events: ready, answer and complete with the documented detail, and no typed pay unless opted in', async () => {
  const { context, page, w } = await open('host.html');
  await page.evaluate(() => {
    for (const [id, include] of [['private', false], ['open', true]]) {
      const d = document.createElement('div');
      d.id = id;
      document.getElementById('slots').append(d);
      window.CareerQuiz.mount(d, { lang: 'en', storage: 'none', includeAnswers: include });
    }
  });
  const [ready] = await waitEvent(page, 'ready', 'private');
  assert.equal(ready.detail.lang, 'en');
  assert.equal(ready.detail.questions, 27);
  assert.ok(ready.detail.roles.includes('customer_service_rep'));
  for (const id of ['private', 'open']) await finish(page.locator(`#${id}`), { answer: 2, pay: 987654 });
  const answers = await events(page, 'answer', 'private');
  assert.ok(answers.length >= 3);
  assert.deepEqual(Object.keys(answers[0].detail).sort(), ['answered', 'index', 'lang', 'question', 'total']);
  assert.equal(answers[0].detail.index, 0);
  assert.equal(answers[0].detail.answered, 1);
  const [done] = await waitEvent(page, 'complete', 'private');
  const roles = done.detail.roles;
  assert.ok(roles.length >= 10);
  assert.deepEqual(Object.keys(roles[0]).sort(), ['dealbreakers', 'fit', 'id', 'name', 'pay', 'rank']);
  assert.equal(roles[0].rank, 1);
  assert.ok(roles.every((r, i) => i === 0 || roles[i - 1].fit >= r.fit), 'ranked by fit');
  assert.ok(roles.some((r) => r.pay?.verdict === 'unrealistic'), 'a pay verdict');
  const csr = roles.find((r) => r.id === 'customer_service_rep');
  assert.deepEqual({ ...csr.pay, verdict: undefined, percentile: undefined },
    { verdict: undefined, percentile: undefined, region: 'us', currency: 'USD', year: 2023, coverage: 'role' }, 'which figures it was compared with');
  assert.ok(roles.every((r) => r.dealbreakers.every((d) => typeof d.subject === 'string' && typeof d.question === 'string')));
  assert.ok(!JSON.stringify(await events(page, null, 'private')).includes('987654'), 'typed pay stays private');
  const [open_] = await waitEvent(page, 'complete', 'open');
  assert.ok(JSON.stringify(open_.detail.answers).includes('987654'), 'opted in: answers are included');
  const openAnswers = await events(page, 'answer', 'open');
  assert.ok(openAnswers.some((e) => e.detail.answer?.pay === 987654 && e.detail.answer?.currency === 'USD'));
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('custom roles from an inline JSON block replace the catalogue and show in the results, with the apply link', async () => {
  const { context, page, w } = await open('replace.html');
  const host = page.locator('#agency');
  const [ready] = await waitEvent(page, 'ready', 'agency');
  assert.deepEqual(ready.detail.roles, ['warehouse_dispatcher', 'it_helpdesk_agent']);
  await finish(host, { answer: 4 });
  const cards = await host.locator('[data-testid=role]').evaluateAll((c) => c.map((x) => x.dataset.role).sort());
  assert.deepEqual(cards, ['it_helpdesk_agent', 'warehouse_dispatcher']);
  assert.match(await host.locator('[data-role=warehouse_dispatcher] h3').textContent(), /Warehouse dispatcher/);
  const cta = host.locator('[data-role=warehouse_dispatcher] [data-testid=cta]');
  assert.equal(await cta.getAttribute('href'), 'https://example.com/jobs/1');
  assert.equal(await cta.textContent(), 'Apply for this job');
  assert.equal(await host.locator('[data-role=it_helpdesk_agent] [data-testid=cta]').count(), 0);
  const [done] = await waitEvent(page, 'complete', 'agency');
  assert.deepEqual(done.detail.roles.map((r) => r.name).sort(), ['IT helpdesk agent', 'Warehouse dispatcher']);
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('a role name with HTML in it is shown as text', async () => {
  const { context, page, w } = await open('host.html');
  const data = JSON.parse(readFileSync('e2e/fixtures/xss-roles.json', 'utf8'));
  await page.evaluate((data) => {
    const d = document.createElement('div');
    d.id = 'xss';
    document.getElementById('slots').append(d);
    window.CareerQuiz.mount(d, { roleData: data, rolesMode: 'replace', storage: 'none', lang: 'en' });
  }, data);
  const host = page.locator('#xss');
  await finish(host);
  const h3 = host.locator('[data-role=warehouse_dispatcher] h3');
  assert.match(await h3.textContent(), /<img src=x onerror="window.__xss=1">Dispatcher/);
  assert.equal(await host.locator('img').count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('loading the script twice and mounting twice into one element is clean; unmount empties it', async () => {
  const { context, page, w } = await open('twice.html');
  await waitEvent(page, 'ready', 'q');
  const count = () => page.locator('#q').evaluate((e) => e.shadowRoot.querySelectorAll('.cq').length);
  assert.equal(await count(), 1);
  const same = await page.evaluate(async () => {
    const el = document.getElementById('q');
    const h1 = window.CareerQuiz.mount(el, { lang: 'de', storage: 'none' });
    const h2 = window.CareerQuiz.mount(el, { lang: 'et', storage: 'none' });
    await h2.ready;
    return h1 === h2;
  });
  assert.ok(same, 'the same handle');
  await page.locator('#q .cq[lang=et]').waitFor();
  assert.equal(await count(), 1);
  assert.equal(await page.locator('#q .cq').getAttribute('lang'), 'et');
  await page.evaluate(() => window.CareerQuiz.mount(document.getElementById('q')).unmount());
  assert.equal(await count(), 0);
  assert.equal(await page.evaluate(() => customElements.get('career-quiz') !== undefined), true);
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('the embedded widget (intro, results, the error box) has no accessibility violations', async () => {
  // axe is injected as an inline script, which the CSP would block: bypass it for this test only.
  const { context, page } = await open('embed-demo/', { bypassCSP: true });
  await page.locator('#quiz-element [data-testid=start]').waitFor();
  assert.deepEqual(await axe(page), [], 'intro');
  await finish(page.locator('#quiz-element'), { answer: 3 });
  assert.deepEqual(await axe(page), [], 'results');
  await page.goto(env.server.url + 'host.html');
  await page.waitForFunction(() => window.CareerQuiz);
  await page.evaluate(() => {
    const d = document.createElement('div');
    document.getElementById('slots').append(d);
    window.CareerQuiz.mount(d, { lang: 'xx' });
  });
  await page.locator('[data-testid=config-error]').waitFor();
  assert.deepEqual(await axe(page), [], 'error box');
  await context.close();
});

test('a share link opened in a new page load keeps the visitor’s own progress; a notice dismissed by keyboard leaves focus on the heading', async () => {
  const KEY = 'career-quiz:v1:job-quiz';
  const { context, page, w } = await open('blank.html');
  const host = page.locator('career-quiz');
  await host.locator('[data-testid=start]').click();
  await host.locator('[data-testid=question] input[type=radio]').nth(4).check();
  await page.waitForFunction((k) => /^1\|[^|]+\|0$/.test(localStorage.getItem(k) ?? ''), KEY);
  const code = (await page.evaluate((k) => localStorage.getItem(k), KEY)).split('|')[1];
  await host.locator('.cq-nav button[type=submit]').click();
  await host.locator('[data-testid=question][data-question=t_patience] input[type=radio]').nth(1).check();
  await page.waitForFunction(([k, c]) => localStorage.getItem(k)?.split('|')[1] !== c, [KEY, code]);
  const own = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await page.close();

  for (const how of ['new tab', 'about:blank then the link', 'unreadable link']) {
    const tab = await context.newPage();
    const tw = await watch(tab);
    if (how === 'about:blank then the link') await tab.goto('about:blank');
    await tab.goto(`${env.server.url}blank.html#cq=${how === 'unreadable link' ? 'garbage' : code}`);
    const quiz = tab.locator('career-quiz');
    const notice = quiz.locator('[data-testid=notice]');
    assert.match(await notice.innerText(), how === 'unreadable link' ? /could not be read/ : /shared link/, how);
    assert.equal(await tab.evaluate((k) => localStorage.getItem(k), KEY), own, how);
    // Enter on "Dismiss": focus goes to the screen's heading inside the widget, not to <body>.
    await notice.locator('button').focus();
    await tab.keyboard.press('Enter');
    await notice.waitFor({ state: 'detached' });
    assert.deepEqual(await quiz.evaluate((el) => [el.shadowRoot.activeElement?.tagName, el.shadowRoot.activeElement?.hasAttribute('data-autofocus')]),
      ['H2', true], how);
    assert.deepEqual(tw.errors, [], how);
    await tab.close();
  }
  const back = await context.newPage();
  await back.goto(`${env.server.url}blank.html`);
  await back.locator('career-quiz [data-testid=question][data-question=t_patience]').waitFor();
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('quick successive update() calls leave one hashchange listener, and a pasted link reaches the live quiz (F4)', async () => {
  const { context, page, w } = await open('host.html', {}, countHashListeners);
  await page.waitForFunction(() => window.CareerQuiz);
  await page.evaluate(async () => {
    const d = document.createElement('div');
    d.id = 'live';
    document.getElementById('slots').append(d);
    const h = window.CareerQuiz.mount(d, { storage: 'none', lang: 'en' });
    await h.ready;
    for (let i = 0; i < 2; i++) {
      h.update({ lang: 'de' });
      h.update({ theme: { accent: '#0b6e4f' } });
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  const host = page.locator('#live');
  await host.locator('.cq[lang=de] [data-testid=start]').waitFor();
  assert.equal(await host.evaluate((e) => e.shadowRoot.querySelectorAll('.cq').length), 1);
  assert.equal(await page.evaluate(() => window.__hashListeners()), 1, 'one listener for one live quiz');
  await page.evaluate((code) => { location.hash = `cq=${code}`; }, CODE);
  await host.locator('[data-testid=results]').waitFor({ timeout: 5000 });
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('an attribute set before the wasm loaded leaves no second listener; the link still works (F4)', async () => {
  const { context, page, w } = await open('race1.html', {}, countHashListeners);
  const host = page.locator('#race');
  await host.locator('.cq[lang=de] [data-testid=start]').waitFor();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  assert.equal(await page.evaluate(() => window.__hashListeners()), 1);
  await page.evaluate((code) => { location.hash = `cq=${code}`; }, CODE);
  await host.locator('[data-testid=results]').waitFor({ timeout: 5000 });
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('200 mount/unmount cycles into one element leave DOM nodes and listeners flat (F5)', async () => {
  const { context, page, w } = await open('host.html', {}, countHashListeners);
  await page.waitForFunction(() => window.CareerQuiz);
  await page.evaluate(SHOWN);
  const cycles = (n) => page.evaluate(async (n) => {
    let d = document.getElementById('cycle');
    if (!d) {
      d = document.createElement('div');
      d.id = 'cycle';
      document.getElementById('slots').append(d);
    }
    for (let i = 0; i < n; i++) {
      const h = window.CareerQuiz.mount(d, { storage: 'none', lang: 'en' });
      await h.ready;
      await window.__shown(d);
      h.unmount();
    }
    await new Promise((r) => setTimeout(r, 100));
  }, n);
  await cycles(WARM_UP);
  const before = { ...(await liveCounts(page)), kb: await wasmKb(page) };
  await cycles(200);
  const after = { ...(await liveCounts(page)), kb: await wasmKb(page) };
  assert.ok(after.kb - before.kb <= WASM_SLACK_KB, `wasm memory ${before.kb} KB → ${after.kb} KB`);
  assert.ok(after.nodes - before.nodes <= SLACK, `nodes ${before.nodes} → ${after.nodes}`);
  assert.ok(after.listeners - before.listeners <= SLACK, `listeners ${before.listeners} → ${after.listeners}`);
  assert.equal(await page.evaluate(() => window.__hashListeners()), 0);
  assert.equal(await page.locator('#cycle').evaluate((e) => e.shadowRoot.childNodes.length), 0, 'unmount empties it');
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('200 host elements removed without unmount() release their quizzes (F5)', async () => {
  const { context, page, w } = await open('host.html', {}, countHashListeners);
  await page.waitForFunction(() => window.CareerQuiz);
  await page.evaluate(SHOWN);
  const removeMany = (n) => page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) {
      const d = document.createElement('div');
      document.getElementById('slots').append(d);
      await window.CareerQuiz.mount(d, { storage: 'none', lang: 'en' }).ready;
      await window.__shown(d);
      d.remove();
      await new Promise((r) => setTimeout(r, 0));
    }
    await new Promise((r) => setTimeout(r, 100));
  }, n);
  await removeMany(WARM_UP);
  const before = { ...(await liveCounts(page)), kb: await wasmKb(page) };
  await removeMany(200);
  const after = { ...(await liveCounts(page)), kb: await wasmKb(page) };
  assert.ok(after.kb - before.kb <= WASM_SLACK_KB, `wasm memory ${before.kb} KB → ${after.kb} KB`);
  assert.ok(after.nodes - before.nodes <= SLACK, `nodes ${before.nodes} → ${after.nodes}`);
  assert.ok(after.listeners - before.listeners <= SLACK, `listeners ${before.listeners} → ${after.listeners}`);
  assert.equal(await page.evaluate(() => window.__hashListeners()), 0, 'no quiz is left listening');
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('a host element taken out of the page releases its quiz and gets it back when put back; moves keep it', async () => {
  const { context, page, w } = await open('host.html', {}, countHashListeners);
  await page.waitForFunction(() => window.CareerQuiz);
  await page.evaluate(SHOWN);
  const state = await page.evaluate(async () => {
    const slots = document.getElementById('slots');
    const d = document.createElement('div');
    d.id = 'wanderer';
    slots.append(d);
    const h = window.CareerQuiz.mount(d, { storage: 'none', lang: 'nl' });
    await h.ready;
    await window.__shown(d);
    const tick = () => new Promise((r) => setTimeout(r, 0));
    // A move within one task is not a removal.
    document.body.prepend(d);
    await tick();
    const moved = [d.shadowRoot.querySelectorAll('.cq').length, window.__hashListeners()];
    d.remove();
    await tick();
    const away = [d.shadowRoot.querySelectorAll('.cq').length, window.__hashListeners()];
    slots.append(d);
    await tick();
    await h.ready;
    await window.__shown(d);
    const back = [d.shadowRoot.querySelectorAll('.cq').length, window.__hashListeners(), d.shadowRoot.querySelector('.cq').lang];
    return { moved, away, back };
  });
  assert.deepEqual(state, { moved: [1, 1], away: [0, 0], back: [1, 1, 'nl'] });
  // A quiz mounted into an element that is not in the page yet shows once it is put in.
  const later = await page.evaluate(async () => {
    const d = document.createElement('div');
    const h = window.CareerQuiz.mount(d, { storage: 'none', lang: 'de' });
    await h.ready;
    await new Promise((r) => setTimeout(r, 0));
    document.getElementById('slots').append(d);
    await window.__shown(d);
    return d.shadowRoot.querySelector('.cq').lang;
  });
  assert.equal(later, 'de');
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('under Trusted Types (require-trusted-types-for \'script\'; trusted-types \'none\') the quiz renders, unmounts and remounts (F6)', async () => {
  const server = await serveSiteWith({ 'content-security-policy': TRUSTED_TYPES_CSP });
  try {
    const { context, page, w } = await open('plain.html', {}, null, server);
    const host = page.locator('#q');
    await host.locator('[data-testid=start]').waitFor();
    await host.locator('[data-testid=start]').click();
    await host.locator('[data-testid=question]').waitFor();
    await page.evaluate(() => {
      const q = document.getElementById('q');
      q.remove();
      document.body.append(q);
    });
    await host.locator('[data-testid=start]').waitFor();
    assert.equal(await host.evaluate((e) => e.shadowRoot.querySelectorAll('.cq').length), 1);
    assert.deepEqual(await w.violations(), []);
    assert.deepEqual(w.errors, []);
    assert.deepEqual(w.consoleErrors.filter((e) => !/favicon|404/.test(e)), []);
    await context.close();
  } finally {
    server.close();
  }
});

test('a page whose window.CareerQuiz is something else is told so, and the element and the module export still work (F11)', async () => {
  const { context, page, w } = await open('foreign.html');
  await page.locator('#q [data-testid=start]').waitFor();
  await page.locator('#api [data-testid=start]').waitFor();
  assert.equal(await page.evaluate(() => window.CareerQuiz.owner), 'the host page', 'the page\'s global is left alone');
  assert.equal(await page.evaluate(() => typeof window.__exported.mount), 'function');
  const reported = await page.evaluate(() => window.__foreignErrors);
  assert.equal(reported.length, 1);
  assert.equal(reported[0].errors[0].option, 'window.CareerQuiz');
  assert.match(reported[0].errors[0].message, /window\.CareerQuiz is already something else on this page/);
  assert.ok(w.consoleErrors.some((e) => /career quiz: window\.CareerQuiz is already something else/.test(e)), w.consoleErrors.join('\n'));
  assert.deepEqual(w.errors, []);
  await context.close();
});

test('the demo page has no accessibility violations at 400 px, its event log included (F12)', async () => {
  const { context, page } = await open('embed-demo/', { bypassCSP: true, viewport: { width: 400, height: 800 } });
  await waitEvent(page, 'ready', 'quiz-element');
  await waitEvent(page, 'ready', 'quiz-api');
  assert.ok(await page.locator('#log li').count() >= 2);
  assert.ok(await page.locator('#log').evaluate((e) => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight),
    'the log scrolls at this width');
  assert.deepEqual(await axe(page), []);
  await context.close();
});
