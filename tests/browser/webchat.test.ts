// The web page in Debian's Chromium against the real server: the static welcome, answers with Web Chat's citations,
// keyboard use, urgent advice as an alert card, the assessment with pain buttons, stretches with pictures and a timer.
import { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HOLD_SECONDS } from '../../src/stretchCard';
import {
  ASSESSMENT_SEVERITY, ASSESSMENT_WARNING, BOT_NAME, BUTTONS, DISCLAIMER, EMERGENCY_ADVICE, EMERGENCY_LINE, HOLD_TIMER, MENU_BUTTONS, ONSET_BUTTONS,
  PLAN_HEADINGS, SEVERITY_BUTTONS, STRETCH_INTRO, STRETCH_PICTURES, URGENT_CARD,
} from '../../src/text';
import { botBubble, openChat, say, SCREENSHOTS, seeBot, shown, suggestedAction, useBrowser, WAIT_MS, waitInPage, watchProblems, withChat } from '../support/browser';

const browser = useBrowser();

const warningQuestion = () => shown(ASSESSMENT_WARNING([], []).split('\n')[0]);

/** Clicks through the assessment (onset, a pain button, no warning signs) to the plan. */
async function assess(page: Page, severity: number): Promise<void> {
  await suggestedAction(page, BUTTONS.checkSymptoms).click();
  await suggestedAction(page, ONSET_BUTTONS[0]).click();
  await seeBot(page, ASSESSMENT_SEVERITY);
  await suggestedAction(page, String(severity)).click();
  await seeBot(page, warningQuestion());
  await suggestedAction(page, BUTTONS.no).click();
  await seeBot(page, shown(PLAN_HEADINGS.recent(severity)));
}

describe('the web chat page', () => {
  it('shows the emergency line, disclaimer and menu in plain HTML while Web Chat’s script loads, and a choice made then is answered', async () => {
    const page = await browser.context.newPage();
    const problems = await watchProblems(page);
    try {
      // Hold the bundle back, as a slow phone connection would.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/vendor/webchat.*.js', async (route) => {
        await held;
        await route.continue();
      });
      // Not waiting for the load event: it comes only once the held bundle has run.
      await page.goto(browser.base, { waitUntil: 'commit' });
      await page.locator('#chat-menu').waitFor({ state: 'visible' });
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(BOT_NAME);
      await expect(page.locator('#emergency-line').textContent()).resolves.toBe(EMERGENCY_LINE);
      await expect(page.locator('#disclaimer').textContent()).resolves.toBe(DISCLAIMER);
      for (const n of ['999', '911', '112']) expect(await page.getByRole('link', { name: n }).getAttribute('href')).toBe(`tel:${n}`);
      const menu = page.getByRole('group', { name: 'What I can help with' }).getByRole('button');
      expect(await menu.allTextContents()).toEqual(MENU_BUTTONS);
      await expect(page.locator('#chat-status').textContent()).resolves.toBe('Loading the chat…');

      await menu.filter({ hasText: BUTTONS.stretches }).click();
      release();
      await seeBot(page, STRETCH_INTRO);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows the welcome with its buttons, the disclaimer once, and is served with security headers', async () => {
    await withChat(browser, async (page) => {
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      expect(await page.getByRole('main').count()).toBe(1);
      await suggestedAction(page, BUTTONS.heatOrIce).waitFor({ state: 'visible' });
      // The static welcome gives way to the bot's: the disclaimer is on screen once.
      expect(await page.locator('.webchat__bubble__content').filter({ hasText: DISCLAIMER }).count()).toBe(1);
      expect(await page.locator('#disclaimer').isVisible()).toBe(false);

      const headers = (await page.request.get(browser.base)).headers();
      expect(headers['content-security-policy']).toContain("script-src 'self';");
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('no-referrer');
    });
  });

  it('answers a button with the passage and Web Chat’s own citation: the source in a list, its pop-up showing the passage', async () => {
    await withChat(browser, async (page) => {
      await suggestedAction(page, BUTTONS.heatOrIce).click();
      const passage = browser.app.search.passage('heat-and-ice');
      if (!passage) throw new Error('no heat-and-ice passage');
      const bubble = await seeBot(page, passage.answer.split('\n')[0].slice(0, 60));
      // The citation list under the answer names the source; no raw "[1]: cite:1" text shows.
      const source = bubble.locator('.webchat__link-definitions').getByRole('button', { name: passage.title });
      await source.waitFor({ state: 'visible' });
      expect(await bubble.textContent()).not.toContain('cite:');
      await source.click();
      const dialog = page.locator('.webchat__citation-modal-dialog');
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.textContent()).toContain(passage.answer.split('\n')[0]);
      await page.keyboard.press('Escape');
    });
  });

  it('works with the keyboard alone: Tab to the send box, type, Enter', async () => {
    await withChat(browser, async (page) => {
      const question = 'does ibuprofen help a back spasm?';
      const outcome = browser.app.search.search(question);
      if (outcome.kind !== 'answer') throw new Error('the question should find an answer');
      const inSendBox = async () => (await page.evaluate("document.activeElement?.classList.contains('webchat__send-box-text-box__input')")) === true;
      let presses = 0;
      while (!(await inSendBox())) {
        if ((presses += 1) > 30) throw new Error('Tab never reached the send box');
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type(question);
      await page.keyboard.press('Enter');
      await seeBot(page, outcome.passage.answer.split('\n')[0].slice(0, 60));
    });
  });

  it('shows emergency advice as an alert card with tap-to-call buttons and “Find urgent care”', async () => {
    await withChat(browser, async (page) => {
      // Any link the card opens is caught here instead of leaving the page.
      await page.evaluate("window.opened = []; window.open = (url) => { window.opened.push(String(url)); return null; };");
      await say(page, 'I can’t feel my bum and I wet myself');
      const heading = /\*\*(.+?)\*\*/.exec(EMERGENCY_ADVICE(['x']))?.[1] ?? '';
      await page.locator('.webchat__bubble__content strong', { hasText: heading }).waitFor({ state: 'visible', timeout: WAIT_MS });
      const card = page.locator('.ac-adaptiveCard').filter({ hasText: URGENT_CARD.emergencyTitle }).last();
      await card.waitFor({ state: 'visible' });
      for (const [n, region] of [['999', 'UK'], ['911', 'US'], ['112', 'EU']]) {
        await card.getByRole('button', { name: URGENT_CARD.call(n, region) }).waitFor({ state: 'visible' });
      }
      await card.getByRole('button', { name: URGENT_CARD.call('999', 'UK') }).click();
      await waitInPage(page, 'window.opened.length > 0');
      expect(await page.evaluate('window.opened')).toEqual(['tel:999']);
      await card.getByRole('button', { name: URGENT_CARD.findCare }).waitFor({ state: 'visible' });
      await page.screenshot({ path: `${SCREENSHOTS}/emergency.png` });
    });
  });

  it('runs the assessment with pain buttons 0–10 beside free text, and opens the plan at its heading', async () => {
    await withChat(
      browser,
      async (page) => {
        await suggestedAction(page, BUTTONS.checkSymptoms).click();
        await suggestedAction(page, ONSET_BUTTONS[0]).click();
        await seeBot(page, ASSESSMENT_SEVERITY);
        const buttons = page.getByRole('toolbar', { name: 'Suggested actions' }).locator('.webchat__suggested-action');
        expect(await buttons.allTextContents()).toEqual(SEVERITY_BUTTONS);
        await suggestedAction(page, '7').click();
        // The warning-signs question opens at its question, not at its last list.
        const question = await seeBot(page, warningQuestion());
        await expectTopInView(page, question);
        await suggestedAction(page, BUTTONS.no).click();
        const plan = await seeBot(page, shown(PLAN_HEADINGS.recent(7)));
        await expectTopInView(page, plan);
        await page.screenshot({ path: `${SCREENSHOTS}/mobile-plan.png` });
      },
      { width: 320, height: 568 },
    );
  });

  it('ends the assessment with urgent advice when a red flag is typed mid-way', async () => {
    await withChat(browser, async (page) => {
      await suggestedAction(page, BUTTONS.checkSymptoms).click();
      await suggestedAction(page, ONSET_BUTTONS[0]).click();
      await seeBot(page, ASSESSMENT_SEVERITY);
      await say(page, 'it’s a 7 and I wet myself');
      await page.locator('.ac-adaptiveCard').filter({ hasText: URGENT_CARD.emergencyTitle }).waitFor({ state: 'visible', timeout: WAIT_MS });
      expect(await botBubble(page, warningQuestion()).count()).toBe(0);
    });
  });

  it('shows each stretch with our drawing, numbered steps, and a hold timer that counts down in the page', async () => {
    await withChat(browser, async (page) => {
      await suggestedAction(page, BUTTONS.stretches).click();
      const childsPose = browser.app.search.passage('stretch-childs-pose');
      if (!childsPose) throw new Error('no child’s pose passage');
      const first = await seeBot(page, 'Stretch 1 of 3');
      expect(await first.locator('ol > li').count()).toBe(4);
      await page.getByRole('img', { name: STRETCH_PICTURES['stretch-childs-pose'] }).last().waitFor({ state: 'visible' });
      await page.getByRole('button', { name: HOLD_TIMER.button(HOLD_SECONDS['stretch-childs-pose']) }).last().waitFor({ state: 'visible' });

      await suggestedAction(page, BUTTONS.next).click();
      const seconds = HOLD_SECONDS['stretch-glute-bridge'];
      await page.getByRole('img', { name: STRETCH_PICTURES['stretch-glute-bridge'] }).last().waitFor({ state: 'visible' });
      await page.getByRole('button', { name: HOLD_TIMER.button(seconds) }).last().click();
      const timer = page.getByRole('timer');
      await timer.waitFor({ state: 'visible' });
      expect(Number.parseInt((await timer.textContent()) ?? '', 10)).toBeLessThanOrEqual(seconds);
      await page.locator('#hold-timer-note', { hasText: HOLD_TIMER.running }).waitFor({ state: 'visible' });
      await page.screenshot({ path: `${SCREENSHOTS}/stretch-timer.png` });
      await page.locator('#hold-timer-note', { hasText: HOLD_TIMER.done }).waitFor({ state: 'visible', timeout: WAIT_MS });
      await expect(timer.textContent()).resolves.toBe('0 s');
      // Nothing went to the bot: the timer button sent no message.
      expect(await page.locator('.webchat__bubble--from-user').count()).toBe(2);
    });
  });

  it('says in words when Web Chat’s script is missing', async () => {
    const page = await browser.context.newPage();
    try {
      await page.route('**/vendor/webchat.*.js', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"status":503}}' }));
      await page.goto(browser.base);
      await page.locator('#chat-status', { hasText: 'npm install' }).waitFor({ state: 'visible' });
      await page.locator('#emergency-line').waitFor({ state: 'visible' });
    } finally {
      await page.close();
    }
  });
});

describe('the conversation across reloads', () => {
  it('survives a reload (same transcript, no second welcome); a new tab is a new conversation for the same user', async () => {
    const { page, problems } = await openChat(browser, { width: 390, height: 844 });
    try {
      await assess(page, 8);
      const key = await page.evaluate("localStorage.getItem('backSpasmHelper.userKey')");
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      await page.reload();
      await seeBot(page, shown(PLAN_HEADINGS.recent(8)));
      expect(await page.locator('.webchat__bubble__content').filter({ hasText: 'Hi, I’m the' }).count()).toBe(1);

      const other = await openChat(browser, { width: 390, height: 844 });
      try {
        expect(await botBubble(other.page, shown(PLAN_HEADINGS.recent(8))).count()).toBe(0);
        await suggestedAction(other.page, BUTTONS.checkSymptoms).click();
        await seeBot(other.page, 'you rated the pain 8/10');
        expect(other.problems).toEqual([]);
      } finally {
        await other.page.close();
      }
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000); // a whole assessment, a reload and a second tab: 27 s of the default 30 s on a machine at load 14

  it('“Start over” begins a new conversation; “forget me” drops the browser’s user key', async () => {
    await withChat(browser, async (page) => {
      await suggestedAction(page, BUTTONS.heatOrIce).click();
      await seeBot(page, 'Heat and ice');
      const before = await page.evaluate("JSON.parse(sessionStorage.getItem('backSpasmHelper.conversation')).conversationId");
      await page.getByRole('button', { name: 'Start over' }).click();
      // The old transcript goes (its welcome is still on screen for a moment, so waiting for a welcome proves nothing).
      await botBubble(page, 'Heat and ice').waitFor({ state: 'detached', timeout: WAIT_MS });
      await seeBot(page, 'Hi, I’m the');
      expect(await botBubble(page, 'Heat and ice').count()).toBe(0);
      expect(await page.evaluate("JSON.parse(sessionStorage.getItem('backSpasmHelper.conversation')).conversationId")).not.toBe(before);

      await say(page, 'forget me');
      await suggestedAction(page, BUTTONS.forgetConfirm).click();
      await waitInPage(page, "localStorage.getItem('backSpasmHelper.userKey') === null");
    });
  });
});

/** The top of a reply is inside the transcript's visible area: the reader starts at its first line. */
async function expectTopInView(page: Page, bubble: Locator): Promise<void> {
  const transcript = page.locator('.webchat__basic-transcript__scrollable');
  // Web Chat scrolls smoothly: wait until the scrolling has stopped before measuring.
  await waitInPage(page, "(() => { const el = document.querySelector('.webchat__basic-transcript__scrollable'); const last = el.dataset.lastTop; el.dataset.lastTop = String(el.scrollTop); return last === String(el.scrollTop); })()");
  const box = await transcript.boundingBox();
  const top = await bubble.boundingBox();
  if (!box || !top) throw new Error('the transcript or the reply is not on screen');
  expect(top.y).toBeGreaterThanOrEqual(box.y - 1);
  expect(top.y).toBeLessThan(box.y + box.height - 20);
}
