// Driving the quiz as a person would, with the keyboard only: Tab to a
// control, Space or arrow keys to choose, Enter to press a button.

/** Presses Tab until the focused element matches `selector` (at most `max` presses). */
export async function tabTo(page, selector, max = 40) {
  // The live widget, not the prerendered intro it replaces (e2e/prerender.test.mjs
  // covers a visitor who uses that before the wasm has come).
  await page.locator('.cq:not([data-prerendered])').first().waitFor();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const ok = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
    if (ok) return;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`Tab never reached ${selector}; focus is on ${at}`);
}

/** The id of the question on screen, or null. */
export const questionId = (page) =>
  page.locator('[data-testid=question]').getAttribute('data-question', { timeout: 2000 }).catch(() => null);

/**
 * Answers the question on screen from `answers` (question id → answer) with
 * the keyboard, then moves on (Next, or Skip when there is no answer).
 * Answers: a number (option index), an array (checkbox indices),
 * { amount, period, region? } (period: 'hourly' | 'monthly' | 'annual'; region: 'us', 'nl', …) or { years }.
 */
export async function answerWithKeyboard(page, answers) {
  const id = await questionId(page);
  const a = answers[id];
  // Focus starts on the question's heading.
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  if (focused !== 'H2') throw new Error(`focus should be on the question heading, is on ${focused}`);
  if (a === undefined) {
    await tabTo(page, '.cq-nav button.link');
    await page.keyboard.press('Enter');
    return id;
  }
  if (typeof a === 'number') {
    await tabTo(page, `input[type=radio][name$="-${id}"]`);
    if (a === 0) await page.keyboard.press('Space');
    for (let i = 0; i < a; i++) await page.keyboard.press('ArrowDown');
  } else if (Array.isArray(a)) {
    for (const i of a) {
      await tabTo(page, `input[type=checkbox][id$="-${id}-${i}"]`);
      await page.keyboard.press('Space');
    }
  } else if (a.amount !== undefined) {
    if (a.region) {
      await tabTo(page, '[data-testid=region]');
      await page.getByTestId('region').selectOption(a.region);
    }
    await tabTo(page, 'input[id$="-amount"]');
    await page.keyboard.type(String(a.amount));
    await tabTo(page, 'select[id$="-period"]');
    // The menu starts at the pay region's usual period; move to the wanted one.
    const order = ['hourly', 'monthly', 'annual'];
    const now = await page.evaluate(() => {
      let e = document.activeElement;
      while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
      return e?.value;
    });
    const steps = order.indexOf(a.period ?? 'annual') - order.indexOf(now);
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  } else if (a.years !== undefined) {
    await tabTo(page, 'input[id$="-years"]');
    await page.keyboard.type(String(a.years));
  }
  await tabTo(page, '.cq-nav button[type=submit]');
  await page.keyboard.press('Enter');
  return id;
}

/** From the intro, answers every question with the keyboard and waits for the results. */
export async function completeWithKeyboard(page, answers) {
  await tabTo(page, '[data-testid=start]');
  await page.keyboard.press('Enter');
  const seen = [];
  while ((await page.locator('[data-testid=results]').count()) === 0) {
    seen.push(await answerWithKeyboard(page, answers));
    if (seen.length > 40) throw new Error(`the quiz never ended: ${seen.join(', ')}`);
  }
  return seen;
}

/** The role ids of the result cards, best first. */
export const ranking = (page) =>
  page.locator('[data-testid=role]').evaluateAll((cards) => cards.map((c) => c.dataset.role));

/** The quiz's saved progress under `key` in the page's localStorage (null if none). */
export const stored = (page, key = 'career-quiz:v1') => page.evaluate((k) => localStorage.getItem(k), key);

/** The share code inside a saved value (`1|<code>|<where>`): a valid `#cq=` link code. */
export const codeOf = (value) => value.split('|')[1];

/**
 * For `addInitScript(breakStorage, mode)`: makes localStorage fail before the
 * page's scripts run. 'setItem' and 'removeItem' throw as a full or locked
 * storage does; 'getter' makes `window.localStorage` itself throw, as when
 * the browser blocks site data.
 */
export function breakStorage(mode) {
  if (mode === 'getter') {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  } else {
    Storage.prototype[mode] = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
}
