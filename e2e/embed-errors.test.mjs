// Bad configuration never breaks the host page: a table of malformed
// options, each mounted on the strict-CSP host page (through the JavaScript
// API, or as <career-quiz> attributes). Each must show its specific message
// inside the widget, send a careerquiz:error event, log a console error,
// throw nothing, and leave the host page's own button working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, SHOTS } from './browser.mjs';
import { serveSite, watch } from './embed.mjs';

const agency = JSON.parse(readFileSync('embed/demo/agency-roles.json', 'utf8'));
/** A copy of the agency's roles with `change` applied to it. */
const roles = (change) => {
  const c = structuredClone(agency);
  change(c);
  return c;
};

// [what, options (API) or { attrs } (element), option named, expected message part]
const CASES = [
  ['options not an object', 'lang=de', 'options', 'expected an object of options, got a string'],
  ['unknown option', { colour: 'red' }, 'colour', 'is not an option of the career quiz; known options: lang, show'],
  ['unknown attribute', { attrs: { langg: 'de' } }, 'langg', 'is not an option of the career quiz'],
  ['unsupported language', { lang: 'fr' }, 'lang', '"fr" is not a language of the widget; expected one of en, nl, de, nb, et'],
  ['language of the wrong type', { lang: 42 }, 'lang', 'expected a language code such as "en", got a number'],
  ['unsupported language attribute', { attrs: { lang: 'klingon' } }, 'lang', '"klingon" is not a language of the widget'],
  ['weights not JSON', { attrs: { weights: '{pay: 2}' } }, 'weights', 'is not valid JSON'],
  ['negative weight', { weights: { pay: -1 } }, 'weights.pay', 'is -1; expected a number from 0 to 1000'],
  ['unknown weight', { weights: { luck: 1 } }, 'weights.luck', 'is not a weight; expected one of temperament, schedule, education, setting, pay'],
  ['weight of the wrong type', { weights: { pay: 'high' } }, 'weights.pay', 'expected a number from 0 to 1000, got a string'],
  ['all weights zero', { weights: { temperament: 0, schedule: 0, education: 0, setting: 0, pay: 0 } }, 'weights', 'at least one weight must be above 0'],
  ['weights a list', { weights: [1, 2] }, 'weights', 'expected an object such as {"pay": 2, "schedule": 1}, got an array'],
  ['theme escaping its declaration', { theme: { accent: 'red; background: url(x)' } }, 'theme.accent', 'contains `;`, which is not allowed in a theme value'],
  ['theme loading a URL', { theme: { accent: 'url(https://evil.test/x.png)' } }, 'theme.accent', 'contains `url(`, which is not allowed'],
  ['theme closing the style', { attrs: { theme: '{"font": "</style><script>alert(1)</script>"}' } }, 'theme.font', 'contains `<`'],
  ['theme braces', { theme: { radius: '4px } body { display: none' } }, 'theme.radius', 'contains `}`'],
  ['theme quote left open after a pair', { theme: { accent: '"\'"\'', fg: 'rgb(1, 2, 3)' } }, 'theme.accent', 'has an unclosed quote'],
  ['theme bracket left open', { theme: { accent: 'rgb(0 0 0' } }, 'theme.accent', 'has an unclosed `(`'],
  ['theme square bracket left open', { attrs: { theme: '{"fg": "[red"}' } }, 'theme.fg', 'has an unclosed `[`'],
  ['theme loading through src()', { theme: { accent: 'src("http://127.0.0.1:9/x.png")' } }, 'theme.accent', 'contains `src(`, which is not allowed'],
  ['unknown theme property', { theme: { sparkle: '1' } }, 'theme.sparkle', 'is not a theme property; expected one of bg, fg, muted, accent'],
  ['unknown role id to show', { show: ['astronaut'] }, 'show', '"astronaut" is not a role in the catalogue; known ids: customer_service_rep'],
  ['role shown twice', { attrs: { show: 'receptionist, receptionist' } }, 'show', '"receptionist" is listed twice'],
  ['show of the wrong type', { show: 42 }, 'show', 'expected a list of role ids, got a number'],
  ['currency not a code', { currency: 'euro' }, 'currency', '"euro" is not an ISO 4217 code such as "USD"'],
  ['currency without figures', { currency: 'GBP' }, 'currency', 'no role in the catalogue has pay figures in GBP; available: EUR, NOK, USD'],
  ['javascript: link', { links: { receptionist: 'javascript:alert(1)' } }, 'links.receptionist', 'uses the javascript: scheme, which is not allowed; expected an http(s): or mailto: address'],
  ['javascript: link as attribute', { attrs: { links: '{"receptionist": {"url": " JavaScript:alert(1)"}}' } }, 'links.receptionist.url', 'uses the javascript: scheme'],
  ['ftp: link', { links: { receptionist: 'ftp://example.com/x' } }, 'links.receptionist', 'is not an http(s): or mailto: address'],
  ['link for an unknown role', { links: { astronaut: 'https://example.com' } }, 'links.astronaut', '"astronaut" is not a role in the catalogue'],
  ['unknown link field', { links: { receptionist: { url: 'https://example.com', colour: 'red' } } }, 'links.receptionist.colour', 'is not a link field; expected url and label'],
  ['unknown storage', { storage: 'session' }, 'storage', '"session" is not a storage; expected "local" or "none"'],
  ['empty storage key', { attrs: { 'storage-key': ' ' } }, 'storage-key', 'is empty; expected a short text'],
  ['pay region not a country the quiz compares', { payRegion: 'Benelux' }, 'payRegion', '"Benelux" is not a pay region; expected one of us, nl, de, no, ee'],
  ['include-answers not a boolean', { attrs: { 'include-answers': 'yes' } }, 'include-answers', '"yes" is not true or false'],
  ['roles mode without roles', { rolesMode: 'replace' }, 'rolesMode', 'is given without roleData or roles-src'],
  ['unknown roles mode', { roleData: agency, rolesMode: 'append' }, 'rolesMode', '"append" is not a mode; expected "merge" or "replace"'],
  ['roles-src not an id', { attrs: { 'roles-src': 'agency-roles' } }, 'roles-src', '"agency-roles" is not of the form "#id"'],
  ['roles-src missing', { attrs: { 'roles-src': '#nowhere' } }, 'roles-src', 'there is no element with id "nowhere" on the page'],
  ['roles-src not a JSON script', { attrs: { 'roles-src': '#host-button' } }, 'roles-src', 'the element with id "host-button" is not a <script type="application/json">'],
  ['roles-src malformed JSON', { attrs: { 'roles-src': '#bad-json' } }, 'roles-src', 'the role catalogue is not valid: EOF while parsing'],
  ['roles given twice', { roleData: agency, rolesSrc: '#agency-roles' }, 'roleData', 'is given together with rolesSrc; give the roles one way'],
  ['role data malformed JSON', { roleData: '{"version": 1,' }, 'roleData', 'the role catalogue is not valid: EOF while parsing a value (line 1, column 14'],
  ['role data of the wrong type', { roleData: 42 }, 'roleData', 'expected a role catalogue object (the schema of data/roles.json), got a number'],
  ['role data unknown field', { roleData: { ...agency, extra: 1 } }, 'roleData', 'unknown field `extra`, expected one of `version`, `sources`, `roles`'],
  ['role data missing a language', { roleData: roles((c) => delete c.roles[0].name.et) }, 'roleData', 'missing field `et`'],
  ['role data wrong type', { roleData: roles((c) => { c.roles[0].education.training.value.weeks_min = 'two'; }) }, 'roleData', 'invalid type: string "two", expected u16'],
  ['role data negative pay', { roleData: roles((c) => { c.roles[0].pay[0].amount = -5; }) }, 'roleData', 'roles[warehouse_dispatcher].pay[0].amount: is -5; expected a positive number'],
  ['role data unordered pay', { roleData: roles((c) => { c.roles[0].pay[0].amount = 45000; }) }, 'roleData', '2024 annual USD p10 (45000) is above median (40000); expected p10 <= median <= p90'],
  ['role data euro pay without its country', { roleData: roles((c) => { c.roles[0].pay.forEach((p) => { p.currency = 'EUR'; }); }) }, 'roleData', 'roles[warehouse_dispatcher].pay[0].region: is missing; a figure in EUR needs the region it was earned in (one of us, nl, de, no, ee)'],
  ['role data Norwegian pay in euros', { roleData: roles((c) => { c.roles[0].pay.forEach((p) => { p.currency = 'EUR'; p.region = 'no'; }); }) }, 'roleData', 'roles[warehouse_dispatcher].pay[0].currency: is EUR, but pay in region `no` is compared in NOK'],
  ['role data a group figure that does not say whose', { roleData: roles((c) => { c.roles[0].pay.forEach((p) => { p.coverage = 'group'; }); }) }, 'roleData', 'roles[warehouse_dispatcher].pay[0].covers: is missing; a `group` figure says what it covers'],
  ['role data unknown similar role', { roleData: roles((c) => { c.roles[0].similar = ['astronaut']; }), rolesMode: 'replace' }, 'roleData', 'roles[warehouse_dispatcher].similar[0]: `astronaut` is not a role in this catalogue'],
  ['role data level out of range', { roleData: roles((c) => { c.roles[0].traits.calm.value = 7; }) }, 'roleData', 'traits.calm.value: is 7; a level is 0, 1, 2 or 3'],
  ['role data unknown source', { roleData: roles((c) => { c.roles[0].traits.calm.cite.source = 'nowhere'; }) }, 'roleData', 'traits.calm.cite.source: `nowhere` is not in the catalogue\'s sources'],
  ['role data duplicate id in merge mode', { roleData: roles((c) => { c.roles.push(structuredClone(c.roles[0])); }) }, 'roleData', 'roles[warehouse_dispatcher].id: `warehouse_dispatcher` is used by more than one role'],
  ['role data pay that is infinite a year', { roleData: roles((c) => { c.roles[0].pay.push({ ...c.roles[0].pay[1], period: 'hourly', amount: 1e306 }); }) }, 'roleData', 'roles[warehouse_dispatcher].pay[3].amount: is 1e306 an hour, which is more than 1e15 a year'],
  ['role data duplicate id', { roleData: roles((c) => { c.roles[1].id = c.roles[0].id; }), rolesMode: 'replace' }, 'roleData', '`warehouse_dispatcher` is used by more than one role'],
  ['role data no roles', { roleData: { version: 1, sources: [], roles: [] }, rolesMode: 'replace' }, 'roleData', 'roles: is empty; a catalogue needs at least one role'],
  ['role data future version', { roleData: { ...agency, version: 2 } }, 'roleData', 'version: is 2; this code reads version 1'],
  ['role data absurdly large', { roleData: ' '.repeat(4 * 1024 * 1024 + 1) }, 'roleData', 'is 4194305 bytes long; at most 4194304 bytes are accepted'],
  ['options absurdly large', { payRegion: 'x'.repeat(5 * 1024 * 1024) }, 'options', 'bytes as JSON; at most 4259840 are accepted'],
];

let browser, server, context, page, w;
before(async () => {
  server = await serveSite();
  browser = await launch();
  context = await browser.newContext({ locale: 'en-US' });
  page = await context.newPage();
  w = await watch(page);
  await page.goto(server.url + 'host.html');
  await page.waitForFunction(() => window.CareerQuiz);
});
after(async () => {
  await browser?.close();
  server?.close();
});

test(`at least 30 malformed configurations (${CASES.length})`, () => {
  assert.ok(CASES.length >= 30);
});

CASES.forEach(([what, options, option, expected], i) => {
  test(`bad configuration: ${what}`, async () => {
    const id = `bad-${i}`;
    const before = w.consoleErrors.length;
    const thrown = await page.evaluate(([id, options]) => {
      try {
        if (options && options.attrs) {
          const el = document.createElement('career-quiz');
          el.id = id;
          for (const [k, v] of Object.entries(options.attrs)) el.setAttribute(k, v);
          document.getElementById('slots').append(el);
        } else {
          const d = document.createElement('div');
          d.id = id;
          document.getElementById('slots').append(d);
          window.CareerQuiz.mount(d, options);
        }
        return null;
      } catch (e) {
        return String(e);
      }
    }, [id, options]);
    assert.equal(thrown, null, 'nothing thrown to the host page');
    const host = page.locator(`#${id}`);
    const box = host.locator('[data-testid=config-error]');
    await box.waitFor();
    const text = await box.textContent();
    assert.ok(text.includes(`${option}: `), `names the option ${option}: ${text}`);
    assert.ok(text.includes(expected), `says ${JSON.stringify(expected)}: ${text}`);
    await page.waitForFunction((id) => window.__events.some((e) => e.type === 'error' && e.target === id), id);
    const [ev] = await page.evaluate((id) => window.__events.filter((e) => e.type === 'error' && e.target === id), id);
    assert.ok(ev.detail.errors.some((e) => e.option === option && e.message.includes(expected)), JSON.stringify(ev.detail).slice(0, 300));
    assert.ok(w.consoleErrors.slice(before).some((m) => m.includes(expected)), 'a console error');
    // Nothing of the options ran as markup.
    assert.equal(await host.locator('script, img, style').count(), 0);
    // The host page's own button still works.
    const n = Number(await page.locator('#host-count').textContent());
    await page.locator('#host-button').click();
    assert.equal(await page.locator('#host-count').textContent(), String(n + 1));
    if (i === 0) await box.screenshot({ path: `${SHOTS}/embed-config-error.png` });
    await page.evaluate((id) => document.getElementById(id).remove(), id);
  });
});

/** A fresh <div> in the slots with this id. */
const SLOT = `window.__slot = (id) => {
  const d = document.createElement('div');
  d.id = id;
  document.getElementById('slots').append(d);
  return d;
};`;

/** Waits for the error event from element `id`; returns its detail's errors. */
async function errorEvent(id) {
  await page.waitForFunction((id) => window.__events.some((e) => e.type === 'error' && e.target === id), id);
  const [ev] = await page.evaluate((id) => window.__events.filter((e) => e.type === 'error' && e.target === id), id);
  return ev.detail.errors;
}

test('options that throw when read (a getter, a Proxy) are reported in the widget; mount() and update() throw nothing (F11)', async () => {
  await page.evaluate(SLOT);
  const cases = [
    ['getter', 'reading them threw Error: no theme for you'],
    ['proxy', 'reading them threw TypeError: no keys here'],
  ];
  for (const [name, expected] of cases) {
    const id = `throwing-${name}`;
    const thrown = await page.evaluate(([id, name]) => {
      try {
        // Made here: the page's CSP allows no eval, and functions do not cross page.evaluate.
        const options = name === 'getter'
          ? { lang: 'en', get theme() { throw new Error('no theme for you'); } }
          : new Proxy({}, { ownKeys() { throw new TypeError('no keys here'); } });
        window.CareerQuiz.mount(window.__slot(id), options);
        return null;
      } catch (e) {
        return String(e);
      }
    }, [id, name]);
    assert.equal(thrown, null, 'nothing thrown to the host page');
    const box = page.locator(`#${id} [data-testid=config-error]`);
    await box.waitFor();
    const text = await box.textContent();
    assert.ok(text.includes(`options: could not be read as JSON: ${expected}`), text);
    const errors = await errorEvent(id);
    assert.ok(errors.some((e) => e.option === 'options' && e.message.includes(expected)), JSON.stringify(errors));
  }
  // update() with unreadable options reports them, and good options afterwards bring the quiz back.
  const id = 'throwing-update';
  const thrown = await page.evaluate(async (id) => {
    try {
      const h = window.CareerQuiz.mount(window.__slot(id), { lang: 'en', storage: 'none' });
      await h.ready;
      await h.update({ get lang() { throw new RangeError('later'); } });
      return null;
    } catch (e) {
      return String(e);
    }
  }, id);
  assert.equal(thrown, null);
  await page.locator(`#${id} [data-testid=config-error]`).filter({ hasText: 'reading them threw RangeError: later' }).waitFor();
  await page.evaluate((id) => window.CareerQuiz.mount(document.getElementById(id)).update({ lang: 'de', storage: 'none' }), id);
  await page.locator(`#${id} .cq[lang=de] [data-testid=start]`).waitFor();
  // Not an element, even a hostile one: null, and a console error.
  const odd = await page.evaluate(() => {
    try {
      const trap = () => { throw new Error('trap'); };
      const hostile = new Proxy({}, { get: trap, getPrototypeOf: trap, has: trap });
      return [window.CareerQuiz.mount(hostile), window.CareerQuiz.mount('#quiz'), window.CareerQuiz.mount()];
    } catch (e) {
      return String(e);
    }
  });
  assert.deepEqual(odd, [null, null, null]);
  assert.ok(w.consoleErrors.some((e) => e.includes('CareerQuiz.mount needs an element')));
});

test('elements that cannot take the quiz get a message saying why, and the page\'s own shadow content is left alone (F11)', async () => {
  await page.evaluate(SLOT);
  const before = w.consoleErrors.length;
  const got = await page.evaluate(async () => {
    const closed = window.__slot('closed-root');
    closed.attachShadow({ mode: 'closed' });
    const open = window.__slot('open-root');
    const mine = open.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'The host page\'s own content';
    mine.append(p);
    const input = document.createElement('input');
    input.id = 'an-input';
    document.getElementById('slots').append(input);
    const handles = [closed, open, input].map((el) => window.CareerQuiz.mount(el, { lang: 'en' }));
    await Promise.all(handles.map((h) => h.ready));
    return { handles: handles.map((h) => h !== null), kept: open.shadowRoot.innerHTML };
  });
  assert.deepEqual(got.handles, [true, true, true]);
  assert.equal(got.kept, '<p>The host page\'s own content</p>', 'nothing wiped');
  const expected = [
    ['closed-root', 'the <div> element already has a closed shadow root of its own; mount the quiz into an element without one'],
    ['open-root', 'the <div> element already has a shadow root of its own, which the quiz leaves alone'],
    ['an-input', 'a <input> element cannot hold the quiz'],
  ];
  for (const [id, message] of expected) {
    const errors = await errorEvent(id);
    assert.ok(errors.some((e) => e.option === 'element' && e.message.includes(message)), `${id}: ${JSON.stringify(errors)}`);
    assert.ok(w.consoleErrors.slice(before).some((m) => m.includes(message)), `${id}: a console error`);
  }
});

test('an element of an iframe is refused as belonging to another document, not as "not an element" (F11)', async () => {
  const before = w.consoleErrors.length;
  const got = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    document.getElementById('slots').append(frame);
    const doc = frame.contentDocument;
    const el = doc.createElement('div');
    doc.body.append(el);
    const seen = [];
    el.addEventListener('careerquiz:error', (e) => seen.push(e.detail));
    const h = window.CareerQuiz.mount(el, { lang: 'en' });
    await h?.ready;
    await new Promise((r) => setTimeout(r, 50));
    return { handle: h !== null, seen, shadow: el.shadowRoot !== null };
  });
  assert.equal(got.handle, true);
  assert.equal(got.shadow, false, 'nothing attached to the other document');
  const message = 'the <div> element belongs to another document (an iframe?); load career-quiz.js in that document and mount the quiz there';
  assert.equal(got.seen.length, 1);
  assert.ok(got.seen[0].errors.some((e) => e.option === 'element' && e.message === message), JSON.stringify(got.seen));
  const logged = w.consoleErrors.slice(before);
  assert.ok(logged.some((m) => m.includes(message)), logged.join('\n'));
  assert.ok(!logged.some((m) => m.includes('needs an element')));
});

test('no page errors or CSP violations across the whole table', async () => {
  assert.deepEqual(w.errors, []);
  assert.deepEqual(await w.violations(), []);
  await context.close();
});
