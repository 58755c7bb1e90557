// Browser-test helpers: Debian's Chromium against the real server, and the web page read the way a user sees it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { App } from '../../src/app';
import { PROJECT_ROOT } from '../../src/paths';
import { WELCOME } from '../../src/text';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { startTestApp } from './server';

/** Screenshots the tests save for people to look at (git-ignored). */
export const SCREENSHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots');
/** Waits for the bot are generous: they end as soon as the text shows. */
export const WAIT_MS = 15_000;

export interface BrowserHandle {
  readonly app: App;
  readonly base: string;
  readonly context: BrowserContext;
}

/** The real app and one Chromium profile for the tests of a file; both closed after them. */
export function useBrowser(env: NodeJS.ProcessEnv = {}): BrowserHandle {
  const handle: Partial<{ app: App; base: string; context: BrowserContext; profile: string }> = {};
  beforeAll(async () => {
    handle.app = await startTestApp(env);
    handle.base = `http://127.0.0.1:${handle.app.port}`;
    handle.profile = mkdtempSync(join(tmpdir(), 'webchat-test-'));
    handle.context = await chromium.launchPersistentContext(handle.profile, { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 } });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await handle.context?.close();
    await handle.app?.close();
    if (handle.profile) rmSync(handle.profile, { recursive: true, force: true });
  });
  const get = <K extends keyof BrowserHandle>(key: K): BrowserHandle[K] => {
    const value = handle[key];
    if (!value) throw new Error('the browser is not started yet (use it inside a test)');
    return value as BrowserHandle[K];
  };
  return {
    get app() {
      return get('app');
    },
    get base() {
      return get('base');
    },
    get context() {
      return get('context');
    },
  };
}

/** Markdown as Web Chat shows it: no ** markers, no list dashes. */
export function shown(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/^- /gm, '').trim();
}

/** A message bubble from the bot containing `text`, in the visible transcript (not the screen-reader live region). */
export function botBubble(page: Page, text: string): Locator {
  return page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').filter({ hasText: text }).last();
}

/** Script errors, console errors and CSP violations seen on each page opened by openChat. */
const pageProblems = new WeakMap<Page, string[]>();

export async function seeBot(page: Page, text: string): Promise<Locator> {
  const bubble = botBubble(page, text);
  try {
    await bubble.waitFor({ state: 'visible', timeout: WAIT_MS });
  } catch (error) {
    // Web Chat renders an empty bubble when it cannot read an activity: its console errors say why.
    const problems = pageProblems.get(page) ?? [];
    throw problems.length > 0 ? new Error(`The bot never showed “${text}”. Problems on the page:\n${problems.join('\n')}`) : error;
  }
  return bubble;
}

export function suggestedAction(page: Page, title: string): Locator {
  return page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: title, exact: true });
}

export function sendBox(page: Page): Locator {
  return page.locator('.webchat__send-box-text-box__input');
}

export async function say(page: Page, text: string): Promise<void> {
  await sendBox(page).fill(text);
  await sendBox(page).press('Enter');
}

/**
 * A new tab (a new conversation, unless `page` is given to reuse) at `size`, waiting for the welcome. Script errors,
 * console errors and CSP violations are collected in `problems`; each test ends by expecting none.
 */
export async function openChat(browser: BrowserHandle, size = { width: 1280, height: 800 }): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  const problems = await watchProblems(page);
  const response = await page.goto(browser.base);
  expect(response?.status()).toBe(200);
  await seeBot(page, WELCOME.split('\n\n')[0]);
  return { page, problems };
}

export async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  pageProblems.set(page, problems);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text().slice(0, 300)}`);
  });
  // Page-side code as a string: this project compiles without the DOM library.
  await page.exposeFunction('reportCspViolation', (violation: string) => problems.push(`CSP: ${violation}`));
  await page.addInitScript({ content: "document.addEventListener('securitypolicyviolation', (e) => reportCspViolation(e.violatedDirective + ' ' + e.blockedURI));" });
  return problems;
}

/** Runs `fn` with a fresh tab and closes the tab after it, failing on any script error or CSP violation seen. */
export async function withChat(browser: BrowserHandle, fn: (page: Page) => Promise<void>, size?: { width: number; height: number }): Promise<void> {
  const { page, problems } = await openChat(browser, size);
  try {
    await fn(page);
    expect(problems).toEqual([]);
  } finally {
    await page.close();
  }
}

const AXE_SOURCE = readFileSync(join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is now (WCAG 2.x A and AA, and best practices), one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (an injected <script> would be blocked).
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) })))",
  )) as { id: string; impact: string; nodes: string[] }[];
  return violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.join(' | ')}`);
}

/**
 * Waits until `expression` is true in the page. Evaluated through the DevTools protocol: Playwright's waitForFunction
 * with a string uses eval inside the page, which the page's CSP (no 'unsafe-eval') rightly refuses.
 */
export async function waitInPage(page: Page, expression: string, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await page.evaluate(expression)) !== true) {
    if (Date.now() > deadline) throw new Error(`the page never made true: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
