// Pay a visitor can trust (issue 12), in the release build: each language
// suggests its country's pay, asked in that country's currency and usual
// period; the visitor can switch country on the pay question and on the
// results, every answer is kept, and an amount in another currency is kept
// but not compared until it is given again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, axe, watchErrors, SHOTS } from './browser.mjs';
import { questionId } from './quiz.mjs';

const env = serverAndBrowser();

const AMOUNT = 'input[id$="-amount"]';
const PERIOD = 'select[id$="-period"]';
const nextButton = (page) => page.locator('[data-testid=question] .cq-nav button[type=submit]');
const skip = (page) => page.locator('[data-testid=question] .cq-nav button.link');

async function toPayQuestion(page) {
  await page.getByTestId('start').click();
  for (let i = 0; i < 30 && (await questionId(page)) !== 'p_expect'; i++) await skip(page).click();
  assert.equal(await questionId(page), 'p_expect');
}

async function toResults(page) {
  for (let i = 0; i < 40 && (await page.getByTestId('results').count()) === 0; i++) await nextButton(page).click();
  await page.getByTestId('results').waitFor();
}

const card = (page, role) => page.locator(`[data-testid=role][data-role=${role}]`);

async function expand(page, role) {
  const toggle = card(page, role).locator('.cq-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

// [browser locale, region, currency, usual period, a monthly/annual amount, the region named in a verdict,
//  a role with a comparable figure there]
const LOCAL = [
  ['en-US', 'us', 'USD', 'annual', '40000', 'in the US', 'customer_service_rep'],
  ['nl-NL', 'nl', 'EUR', 'monthly', '2800', 'in Nederland', 'customer_service_rep'],
  ['de-DE', 'de', 'EUR', 'monthly', '3000', 'in Deutschland', 'bank_teller'],
  ['nb-NO', 'no', 'NOK', 'monthly', '42000', 'i Norge', 'customer_service_rep'],
  ['et-EE', 'ee', 'EUR', 'monthly', '900', 'Eestis', 'retail_sales'],
];

for (const [locale, region, currency, period, amount, named, role] of LOCAL) {
  test(`${locale}: pay is compared with ${region.toUpperCase()} pay in ${currency} by default`, async () => {
    const context = await env.browser.newContext({ locale });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(env.server.url);
    await toPayQuestion(page);
    assert.equal(await page.getByTestId('region').inputValue(), region, 'the language suggests the country');
    assert.match(await page.locator('label[for$="-amount"]').innerText(), new RegExp(`\\(${currency}\\)`));
    assert.equal(await page.locator(PERIOD).inputValue(), period, 'the country\'s usual period is offered');
    assert.match(await page.locator('.cq-pay-note').innerText(), new RegExp(currency));
    assert.deepEqual(await axe(page), [], 'the pay question with its country menu');
    await page.locator(AMOUNT).fill(amount);
    await toResults(page);
    assert.equal(await page.getByTestId('region').inputValue(), region, 'the results name the same country');
    await expand(page, role);
    const verdict = await card(page, role).getByTestId('pay-verdict').innerText();
    assert.ok(verdict.includes(named), `${locale}: the verdict names the country: ${verdict}`);
    assert.ok(verdict.includes(currency) || /[€$]|kr/.test(verdict), verdict);
    await card(page, role).getByTestId('pay-chart').scrollIntoViewIfNeeded();
    await card(page, role).screenshot({ path: `${SHOTS}/regions-${locale}.png` });
    assert.deepEqual(await axe(page), [], 'results with local pay');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('switching country on the results keeps every answer; an amount in another currency is kept, said and not compared', async () => {
  const context = await env.browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(env.server.url);
  await page.getByTestId('start').click();
  // Two answers before the pay question, so "keeps every answer" can be counted.
  await page.locator('[data-testid=question] input[type=radio]').nth(4).check();
  await nextButton(page).click();
  await page.locator('[data-testid=question] input[type=radio]').nth(3).check();
  await nextButton(page).click();
  for (let i = 0; i < 30 && (await questionId(page)) !== 'p_expect'; i++) await skip(page).click();
  await page.locator(AMOUNT).fill('2800');
  await toResults(page);
  const basedOn = await page.locator('[data-testid=results] > p.cq-muted').first().innerText();
  assert.equal(await card(page, 'customer_service_rep').getByTestId('pay-verdict').count(), 1);

  // To Norway: the euro amount is kept but not compared, and the page says so.
  await page.getByTestId('region').selectOption('no');
  const note = page.getByTestId('currency-mismatch');
  await note.waitFor();
  assert.match(await note.innerText(), /EUR/);
  assert.match(await note.innerText(), /NOK/);
  assert.match(await note.innerText(), /Noorwegen/);
  assert.equal(await page.locator('[data-testid=pay-verdict]').count(), 0, 'EUR is never set against NOK pay');
  assert.equal(await page.locator('[data-testid=results] > p.cq-muted').first().innerText(), basedOn, 'no answer lost');
  await page.screenshot({ path: `${SHOTS}/regions-mismatch.png` });
  assert.deepEqual(await axe(page), []);

  // Back on the pay question: same note, the amount still there; giving it in NOK compares again.
  await note.getByTestId('change-pay').click();
  assert.equal(await questionId(page), 'p_expect');
  assert.equal(await page.getByTestId('region').inputValue(), 'no');
  assert.match(await page.locator('label[for$="-amount"]').innerText(), /NOK/);
  assert.equal((await page.locator(AMOUNT).inputValue()).replace(/\D/g, ''), '2800');
  assert.equal(await page.getByTestId('currency-mismatch').count(), 1);
  await page.locator(AMOUNT).fill('42000');
  await toResults(page);
  assert.equal(await page.getByTestId('currency-mismatch').count(), 0);
  await expand(page, 'customer_service_rep');
  assert.match(await card(page, 'customer_service_rep').getByTestId('pay-verdict').innerText(), /in Noorwegen/);

  // The choice is kept with the answers: a reload shows Norway again, in Dutch.
  await page.reload();
  // The live widget, not the prerendered intro it replaces.
  await page.locator('.cq:not([data-prerendered])').waitFor();
  await page.getByTestId('results').or(page.getByTestId('start')).waitFor();
  if (await page.getByTestId('start').count()) {
    await page.getByTestId('start').click();
    await toResults(page);
  }
  assert.equal(await page.getByTestId('region').inputValue(), 'no');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the region menu on the pay question changes the currency without losing the typed amount', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(env.server.url);
  await toPayQuestion(page);
  assert.equal(await page.locator(PERIOD).inputValue(), 'annual');
  await page.getByTestId('region').selectOption('de');
  assert.match(await page.locator('label[for$="-amount"]').innerText(), /EUR/);
  await page.locator(AMOUNT).fill('3200');
  await page.locator(PERIOD).selectOption('monthly');
  await toResults(page);
  assert.equal(await page.getByTestId('region').inputValue(), 'de');
  await expand(page, 'bank_teller');
  const verdict = await card(page, 'bank_teller').getByTestId('pay-verdict').innerText();
  assert.match(verdict, /in Germany/);
  assert.match(verdict, /neighbouring occupation/, 'a proxy figure is labelled as such');
  assert.match(await card(page, 'bank_teller').getByTestId('pay-chart').innerText(), /year not stated/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pay expectation keeps its country when the visitor switches language', async () => {
  const context = await env.browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(env.server.url);
  await toPayQuestion(page);
  await page.locator(AMOUNT).fill('2800');
  await toResults(page);
  await page.getByTestId('lang').selectOption('en');
  await page.locator('[data-testid=results] h2').filter({ hasText: 'Your results' }).waitFor();
  assert.equal(await page.getByTestId('region').inputValue(), 'nl', 'still Dutch pay');
  assert.equal(await page.getByTestId('currency-mismatch').count(), 0);
  assert.match(await card(page, 'customer_service_rep').getByTestId('pay-verdict').innerText(), /in the Netherlands/);
  assert.deepEqual(errors, []);
  await context.close();
});
