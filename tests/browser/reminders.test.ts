// The heat and ice timer in the web chat page (Debian's Chromium, local Direct Line), with the reminders' clock moved by hand.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App, startApp } from '../../src/app';
import { BUTTONS, NOTHING_RUNNING, TIME_LEFT_LINE, TIMER_BREAK_OVER, TIMER_DONE, TIMER_PACK_OFF, WELCOME } from '../../src/text';
import { ManualClock } from '../support/clock';

const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
const WAIT_MS = 15_000;

const clock = new ManualClock();
let app: App;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium not found: install Debian’s package (apt-get install -y chromium) or set CHROMIUM_PATH.');
  app = await startApp({ env: { LOG_LEVEL: 'silent' }, port: 0, clock });
  profile = mkdtempSync(join(tmpdir(), 'webchat-reminders-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await context?.close();
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The text of every bot bubble in the visible transcript, in order. */
function botTexts(page: Page): Promise<string[]> {
  return page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').allInnerTexts();
}

async function seeBot(page: Page, text: string): Promise<void> {
  await page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').filter({ hasText: text }).last().waitFor({ state: 'visible', timeout: WAIT_MS });
}

async function say(page: Page, text: string): Promise<void> {
  const box = page.locator('.webchat__send-box-text-box__input');
  await box.fill(text);
  await box.press('Enter');
}

describe('the heat and ice timer in the web chat', () => {
  it('starts from the button after the heat or ice answer; each reminder appears once, in order, then nothing is left', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`http://127.0.0.1:${app.port}/`);
      await seeBot(page, WELCOME.split('\n\n')[0]);
      await say(page, 'heat or ice?');
      await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: BUTTONS.heatIceTimer, exact: true }).click();
      await seeBot(page, 'Heat and ice timer started.');
      await say(page, 'how long left?');
      await seeBot(page, TIME_LEFT_LINE['pack-off']('heat', 20));

      const cycle = [TIMER_PACK_OFF('heat', 20), TIMER_BREAK_OVER('heat', 20), TIMER_DONE('heat')];
      for (const reminder of cycle) {
        clock.advanceMinutes(20);
        await seeBot(page, reminder);
      }
      await say(page, 'how long left?');
      await seeBot(page, NOTHING_RUNNING);

      const shown = await botTexts(page);
      const positions = cycle.map((reminder) => shown.findIndex((t) => t.includes(reminder)));
      for (const reminder of cycle) expect(shown.filter((t) => t.includes(reminder))).toHaveLength(1);
      expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    } finally {
      await page.close();
    }
  }, 90_000);
});
