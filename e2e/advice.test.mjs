// Advice a careers adviser would sign (issue 11), on the real results
// screen of the release build: a role without pay figures says so, a
// lone-median verdict claims no range, and answers that agree with every
// statement get a caution that axe finds no fault with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, axe, watchErrors, SHOTS } from './browser.mjs';
import { completeWithKeyboard, questionId } from './quiz.mjs';

const env = serverAndBrowser();

// Option indices as the quiz lists them (see core/src/questions.rs).
const [NO, RATHER_NOT, AGREE, YES] = [0, 1, 3, 4];
const AGREE_ITEMS = ['t_calm', 't_patience', 't_empathy', 't_listen', 't_verbal', 't_written', 't_solve',
  't_sell', 't_pace', 't_software', 'w_noise'];

/** The seed representative's temperament (tests/personas.rs), with `more`. */
const rep = (more) => ({
  t_calm: YES, t_patience: YES, t_empathy: YES, t_listen: NO, t_verbal: YES, t_written: AGREE,
  t_solve: YES, t_sell: RATHER_NOT, t_pace: RATHER_NOT, t_software: AGREE, w_noise: NO, ...more,
});

const card = (page, role) => page.locator(`[data-testid=role][data-role=${role}]`);

/** A fresh English page at the results for `answers`; returns { page, context, errors }. */
async function results(answers) {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(env.server.url);
  await completeWithKeyboard(page, answers);
  return { page, context, errors };
}

test('a role without a comparable pay figure in the country says so on its pay bar, and the bar shows no measurement', async () => {
  // No source found gives German pay for a customer support specialist.
  const { page, context, errors } = await results(rep({ p_expect: { amount: 3000, period: 'monthly', region: 'de' } }));
  for (const role of ['customer_support_specialist']) {
    const pay = card(page, role).locator('.cq-dim[data-dim=pay]');
    assert.equal((await pay.locator('.cq-dim-val').innerText()).trim(), 'No comparable pay figures in Germany', role);
    assert.equal(await pay.locator('.cq-bar .fill').count(), 0, `${role}: no bar fill for an unknown value`);
    assert.equal(await card(page, role).getByTestId('pay-verdict').count(), 0, role);
  }
  await card(page, 'customer_support_specialist').locator('.cq-dims').screenshot({ path: `${SHOTS}/advice-no-pay-data.png` });
  // A role with figures there shows its pay score as usual.
  const teller = card(page, 'bank_teller').locator('.cq-dim[data-dim=pay]');
  assert.match(await teller.locator('.cq-dim-val').innerText(), /^\d+%$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an expectation far below a lone median: you could ask for more, and no range is claimed', async () => {
  // €500 a month against the only Estonian figure for shop salespeople, an €813 median (year not stated).
  const { page, context, errors } = await results(rep({ p_expect: { amount: 500, period: 'monthly', region: 'ee' } }));
  const verdict = await card(page, 'retail_sales').getByTestId('pay-verdict').innerText();
  assert.match(verdict, /^Well below the usual pay:/);
  assert.match(verdict, /€500(\.00)? a month is well below the median of €813(\.00)? in Estonia\. You could ask for more\./);
  assert.match(verdict, /Only the median is published for this job, so there is no range to compare with\./);
  assert.match(verdict, /year not stated\.$/, 'the undated figure says so');
  assert.doesNotMatch(verdict, /10\s?%|25\s?%|9 in 10|3 in 4|lowest/, 'a lone median has no range');
  assert.doesNotMatch(verdict, /[Rr]ealistic/);
  // The support specialists' only Estonian figure (customer service workers) is from an article of 2018: listed, not compared.
  const csr = card(page, 'customer_support_specialist');
  assert.equal(await csr.getByTestId('pay-verdict').count(), 0);
  await csr.locator('.cq-toggle').click();
  assert.match(await csr.getByTestId('pay-none').innerText(), /The only figures for this job in Estonia are from before 2020/);
  await csr.getByTestId('other-pay').locator('summary').click();
  assert.match(await csr.getByTestId('other-pay').innerText(), /€704/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('agreeing with every statement, even the reverse-worded ones, gets a caution and a way back', async () => {
  const all = Object.fromEntries(AGREE_ITEMS.map((id) => [id, YES]));
  const { page, context, errors } = await results(all);
  const note = page.getByTestId('response-style');
  assert.ok(await note.isVisible());
  assert.equal(await note.getAttribute('role'), 'note');
  assert.match(await note.innerText(), /About your answers You agreed with almost every statement/);
  // It stands above the ranked roles.
  const above = await page.evaluate(() => {
    const n = document.querySelector('[data-testid=response-style]');
    return !!(n.compareDocumentPosition(document.querySelector('.cq-roles')) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(above, 'the note comes before the list of roles');
  await page.screenshot({ path: `${SHOTS}/advice-acquiescence.png`, fullPage: false });
  assert.deepEqual(await axe(page), []);
  // The button goes back to the first agree-scale question, by keyboard.
  await note.getByRole('button', { name: 'Review those answers' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await questionId(page), 't_calm');
  assert.ok(await page.locator('input[type=radio][name$="-t_calm"]').nth(YES).isChecked(), 'the answer is kept');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a consistent visitor gets no caution', async () => {
  const { page, context, errors } = await results(rep({}));
  assert.equal(await page.getByTestId('response-style').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a beginner sees senior jobs as "Not yet" at 55 % at most, with the way in; bands come first and near-equal fits share a rank', async () => {
  // No experience, never led anyone, every hour on offer (issue 11's school leaver).
  const { page, context, errors } = await results(rep({
    s_evenings: 0, s_nights: 1, s_weekends: 0, s_holidays: 0, s_hours: 0, s_rota: 2, e_level: 1,
    p_years: { years: 0 }, x_lead: 0,
  }));
  for (const role of ['team_leader', 'customer_service_manager', 'lodging_manager']) {
    const fit = await card(page, role).getByTestId('fit').innerText();
    assert.match(fit, /^Not yet · (\d+)% fit$/, role);
    assert.ok(Number(fit.match(/(\d+)%/)[1]) <= 55, `${role}: ${fit}`);
    const why = await card(page, role).getByTestId('not-yet').innerText();
    assert.match(why, /leading a team|years of experience/, role);
    assert.match(why, /at 55% at most for now/, role);
  }
  assert.match(await card(page, 'team_leader').getByTestId('not-yet').innerText(),
    /A common way in is to start as “Customer service representative”/);
  // The best jobs read as a strong fit, the band before the percentage.
  assert.match(await page.locator('[data-testid=role]').first().getByTestId('fit').innerText(), /^Strong fit · \d+% fit$/);
  // Ranks: near-equal fits (within 2 points) share one, so "1." appears more than once here.
  const ranks = await page.locator('.cq-rank').allInnerTexts();
  assert.ok(ranks.filter((r) => r === '1.').length >= 2, ranks.join(' '));
  assert.deepEqual(await axe(page, '[data-testid=results]'), []);
  await card(page, 'team_leader').screenshot({ path: `${SHOTS}/advice-not-yet.png` });
  assert.deepEqual(errors, []);
  await context.close();
});
