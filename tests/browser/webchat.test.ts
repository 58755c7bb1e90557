// The web page in Debian's Chromium against the real server: welcome, disclaimer, buttons, keyboard, red flags, the assessment.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { ASSESSMENT_SEVERITY, ASSESSMENT_WARNING, BOT_NAME, BUTTONS, DISCLAIMER, EMERGENCY_ADVICE, ONSET_BUTTONS, PLAN_HEADINGS, SOURCE_LINE, WELCOME } from '../../src/text';
import { startTestApp } from '../support/server';

/** Debian's chromium package; CHROMIUM_PATH overrides. /usr/bin/chromium is Debian's wrapper script around the binary. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SCREENSHOTS = join(__dirname, 'screenshots');
/** Waits for the bot are generous: they end as soon as the text shows. */
const WAIT_MS = 15_000;

let app: App;
let base: string;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium not found: install Debian’s package (apt-get install -y chromium) or set CHROMIUM_PATH.');
  app = await startTestApp();
  base = `http://127.0.0.1:${app.port}`;
  profile = mkdtempSync(join(tmpdir(), 'webchat-test-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 } });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

// --- What a user sees ------------------------------------------------------------------------------

/** Markdown as Web Chat shows it: no ** markers, no list dashes. */
function shown(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/^- /gm, '').trim();
}

/** A message bubble from the bot containing `text`, in the visible transcript (not the screen-reader live region). */
function botBubble(page: Page, text: string): Locator {
  return page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').filter({ hasText: text }).last();
}

/** Script errors, console errors and CSP violations seen on each page opened by openChat. */
const pageProblems = new WeakMap<Page, string[]>();

async function seeBot(page: Page, text: string): Promise<void> {
  try {
    await botBubble(page, text).waitFor({ state: 'visible', timeout: WAIT_MS });
  } catch (error) {
    // Web Chat renders an empty bubble when it cannot read an activity: its console errors say why.
    const problems = pageProblems.get(page) ?? [];
    throw problems.length > 0 ? new Error(`The bot never showed “${text}”. Problems on the page:\n${problems.join('\n')}`) : error;
  }
}

function suggestedAction(page: Page, title: string): Locator {
  return page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: title, exact: true });
}

function sendBox(page: Page): Locator {
  return page.locator('.webchat__send-box-text-box__input');
}

async function say(page: Page, text: string): Promise<void> {
  await sendBox(page).fill(text);
  await sendBox(page).press('Enter');
}

/**
 * Opens the page in a new tab (a new conversation) and waits for the welcome. Script errors, console errors and
 * CSP violations on the page are collected in `problems`; each test ends by expecting none.
 */
async function openChat(width = 1280, height = 800): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const problems: string[] = [];
  pageProblems.set(page, problems);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text().slice(0, 300)}`);
  });
  await page.exposeFunction('reportCspViolation', (violation: string) => problems.push(`CSP: ${violation}`));
  // Page-side code as a string: this project compiles without the DOM library.
  await page.addInitScript({ content: "document.addEventListener('securitypolicyviolation', (e) => reportCspViolation(e.violatedDirective + ' ' + e.blockedURI));" });
  const response = await page.goto(base);
  expect(response?.status()).toBe(200);
  await seeBot(page, WELCOME.split('\n\n')[0]);
  return { page, problems };
}

describe('the web chat page', () => {
  it('shows the title and the disclaimer, then the welcome with its buttons, and is served with security headers', async () => {
    const { page, problems } = await openChat();
    try {
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(BOT_NAME);
      await expect(page.locator('#disclaimer').textContent()).resolves.toBe(DISCLAIMER);
      expect(await page.locator('#disclaimer').isVisible()).toBe(true);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      expect(await page.getByRole('main').count()).toBe(1);
      await suggestedAction(page, BUTTONS.heatOrIce).waitFor({ state: 'visible' });

      const headers = (await page.request.get(base)).headers();
      expect(headers['content-security-policy']).toContain("script-src 'self';");
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('answers a suggested-action button with the passage and its source line', async () => {
    const { page, problems } = await openChat();
    try {
      await suggestedAction(page, BUTTONS.heatOrIce).click();
      const passage = app.search.passage('heat-and-ice');
      expect(passage).toBeDefined();
      await seeBot(page, SOURCE_LINE(passage?.title ?? ''));
      await page.screenshot({ path: join(SCREENSHOTS, 'desktop-answer.png') });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('works with the keyboard alone: Tab to the send box, type, Enter', async () => {
    const { page, problems } = await openChat();
    try {
      const question = 'does ibuprofen help a back spasm?';
      const outcome = app.search.search(question);
      expect(outcome.kind).toBe('answer');
      const inSendBox = async () => (await page.evaluate("document.activeElement?.classList.contains('webchat__send-box-text-box__input')")) === true;
      let presses = 0;
      while (!(await inSendBox())) {
        if ((presses += 1) > 20) throw new Error('Tab never reached the send box');
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type(question);
      await page.keyboard.press('Enter');
      if (outcome.kind === 'answer') await seeBot(page, SOURCE_LINE(outcome.passage.title));
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('gives emergency advice for a red flag', async () => {
    const { page, problems } = await openChat();
    try {
      await say(page, 'I can’t feel my bum and I wet myself');
      const heading = /\*\*(.+?)\*\*/.exec(EMERGENCY_ADVICE(['x']))?.[1] ?? '';
      await page.locator('.webchat__bubble__content strong', { hasText: heading }).waitFor({ state: 'visible', timeout: WAIT_MS });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('runs the guided assessment: a button, a typed number, a button, then the plan (on a phone-sized screen)', async () => {
    const { page, problems } = await openChat(390, 844);
    try {
      await suggestedAction(page, BUTTONS.checkSymptoms).click();
      await suggestedAction(page, ONSET_BUTTONS[0]).click();
      await seeBot(page, ASSESSMENT_SEVERITY);
      await say(page, '6');
      await seeBot(page, shown(ASSESSMENT_WARNING([], []).split('\n')[0]));
      await suggestedAction(page, BUTTONS.no).click();
      await seeBot(page, shown(PLAN_HEADINGS.recent(6)));
      await page.screenshot({ path: join(SCREENSHOTS, 'mobile-plan.png') });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('ends the assessment with urgent advice when a red flag is typed mid-way', async () => {
    const { page, problems } = await openChat();
    try {
      await suggestedAction(page, BUTTONS.checkSymptoms).click();
      await suggestedAction(page, ONSET_BUTTONS[0]).click();
      await seeBot(page, ASSESSMENT_SEVERITY);
      await say(page, 'it’s a 7 and I wet myself');
      const heading = /\*\*(.+?)\*\*/.exec(EMERGENCY_ADVICE(['x']))?.[1] ?? '';
      await page.locator('.webchat__bubble__content strong', { hasText: heading }).waitFor({ state: 'visible', timeout: WAIT_MS });
      // The assessment is over: the warning-signs question never comes.
      expect(await botBubble(page, shown(ASSESSMENT_WARNING([], []).split('\n')[0])).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('says in words when Web Chat’s script is missing', async () => {
    const page = await context.newPage();
    try {
      await page.route('**/vendor/webchat.js', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"status":503}}' }));
      await page.goto(base);
      await page.locator('#chat-status', { hasText: 'npm install' }).waitFor({ state: 'visible' });
    } finally {
      await page.close();
    }
  });
});
