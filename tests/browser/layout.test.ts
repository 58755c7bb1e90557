// The page fits any screen: small and large phones, a phone on its side, and 200% zoom; screenshots for people to check.
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUTTONS, WELCOME } from '../../src/text';
import { SCREENSHOTS, seeBot, sendBox, suggestedAction, useBrowser, watchProblems } from '../support/browser';

const browser = useBrowser();

/** 200% zoom on a 1280x800 window lays the page out in a CSS viewport of 640x400. */
const SCREENS = [
  { name: 'phone-320x568', width: 320, height: 568 },
  { name: 'phone-390x844', width: 390, height: 844 },
  { name: 'landscape-844x390', width: 844, height: 390 },
  { name: 'zoom-200', width: 640, height: 400 },
];

async function open(screen: (typeof SCREENS)[number]): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  const problems = await watchProblems(page);
  await page.setViewportSize({ width: screen.width, height: screen.height });
  await page.goto(browser.base);
  await seeBot(page, WELCOME.split('\n\n')[0]);
  await suggestedAction(page, BUTTONS.heatOrIce).waitFor({ state: 'visible' });
  return { page, problems };
}

/** Where a box is on screen, in CSS pixels. */
async function box(page: Page, selector: string): Promise<{ top: number; bottom: number; left: number; right: number }> {
  return (await page.evaluate(`(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; })()`)) as {
    top: number;
    bottom: number;
    left: number;
    right: number;
  };
}

describe('the layout', () => {
  it.each(SCREENS)('fits $name: the message box in view and uncovered, room for messages, no sideways scrolling', async (screen) => {
    const { page, problems } = await open(screen);
    try {
      await page.screenshot({ path: join(SCREENSHOTS, `layout-${screen.name}.png`) });
      const input = await box(page, '.webchat__send-box-text-box__input');
      expect(input.top).toBeGreaterThanOrEqual(0);
      expect(input.bottom).toBeLessThanOrEqual(screen.height);
      // Nothing (the footer, say) is drawn over the message box.
      const hit = await page.evaluate(
        `document.elementFromPoint(${(input.left + input.right) / 2}, ${(input.top + input.bottom) / 2})?.closest('.webchat__send-box') !== null`,
      );
      expect(hit).toBe(true);
      const footer = await box(page, '.site-footer');
      const chat = await box(page, '.chat');
      expect(footer.top).toBeGreaterThanOrEqual(chat.bottom - 1);
      expect(footer.bottom).toBeLessThanOrEqual(screen.height + 1);
      // The messages get at least two fifths of the screen's height, the suggested actions included.
      const transcript = await box(page, '.webchat__basic-transcript');
      expect(transcript.bottom - transcript.top).toBeGreaterThanOrEqual(screen.height * 0.4);
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);

      // Typing keeps the box usable.
      await sendBox(page).fill('is heat or ice better?');
      await sendBox(page).press('Enter');
      await seeBot(page, 'Heat and ice');
      expect((await box(page, '.webchat__send-box-text-box__input')).bottom).toBeLessThanOrEqual(screen.height);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('puts the buttons in one scrolling row when the screen gets short (a keyboard opens), keeping the conversation', async () => {
    const { page, problems } = await open(SCREENS[1]);
    try {
      // A tall phone: the buttons wrap onto rows.
      await page.locator('.webchat__suggested-actions--flow-layout').waitFor({ state: 'visible' });
      // The keyboard takes half the screen: one row that scrolls sideways, the same buttons, the welcome still there.
      await page.setViewportSize({ width: 390, height: 420 });
      await page.locator('.webchat__suggested-actions--carousel-layout').waitFor({ state: 'visible' });
      await expect(suggestedAction(page, BUTTONS.heatOrIce).count()).resolves.toBe(1);
      await seeBot(page, WELCOME.split('\n\n')[0]);
      const transcript = await box(page, '.webchat__basic-transcript');
      expect(transcript.bottom - transcript.top).toBeGreaterThanOrEqual(420 * 0.4);
      const input = await box(page, '.webchat__send-box-text-box__input');
      expect(input.bottom).toBeLessThanOrEqual(420);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
