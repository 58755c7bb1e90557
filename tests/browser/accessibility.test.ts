// Accessibility in Chromium: visible focus, hover contrast, the bot announced by its name, and axe-core finding nothing
// after the welcome, a plan, a red flag and a stretch.
import { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_SEVERITY, ASSESSMENT_WARNING, BOT_NAME, BUTTONS, ONSET_BUTTONS, PLAN_HEADINGS, URGENT_CARD } from '../../src/text';
import { axeViolations, say, seeBot, shown, suggestedAction, useBrowser, withChat } from '../support/browser';

const browser = useBrowser();

/** WCAG's contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The computed style of the element `element` (a page-side expression) names. Page-side code is an expression string:
 * the page's CSP refuses the eval Playwright would need to run a function given as text.
 */
async function styleOf(page: Page, element: string, ...properties: string[]): Promise<Record<string, string>> {
  return (await page.evaluate(`(() => { const s = getComputedStyle(${element}); return Object.fromEntries(${JSON.stringify(properties)}.map((p) => [p, s.getPropertyValue(p)])); })()`)) as Record<string, string>;
}

/** The innermost element under the mouse that is a button. */
const HOVERED_BUTTON = "[...document.querySelectorAll(':hover')].reverse().find((el) => el.matches('button'))";

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) === true`)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusRing = (style: Record<string, string>) => style['outline-style'] !== 'none' && Number.parseFloat(style['outline-width']) >= 2;

describe('accessibility', () => {
  it('shows a clear focus ring on the message box and on buttons reached with Tab', async () => {
    await withChat(browser, async (page) => {
      await tabTo(page, '.webchat__send-box-text-box__input');
      expect(focusRing(await styleOf(page, "document.querySelector('.webchat__send-box__main')", 'outline-style', 'outline-width'))).toBe(true);
      await tabTo(page, '.webchat__suggested-action');
      expect(focusRing(await styleOf(page, 'document.activeElement', 'outline-style', 'outline-width'))).toBe(true);
      await tabTo(page, '#start-over');
      expect(focusRing(await styleOf(page, 'document.activeElement', 'outline-style', 'outline-width'))).toBe(true);
    });
  });

  it('keeps a contrast of at least 4.5:1 on hovered buttons', async () => {
    await withChat(browser, async (page) => {
      // Web Chat fades its hover colours in; without transitions the colours read are the final ones.
      await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
      const hoveredContrast = async (button: Locator) => {
        await button.hover();
        const style = await styleOf(page, HOVERED_BUTTON, 'color', 'background-color');
        // A transparent button shows the header's teal behind it.
        const background = style['background-color'] === 'rgba(0, 0, 0, 0)' ? 'rgb(14, 124, 134)' : style['background-color'];
        return contrast(style.color, background);
      };
      for (const button of [suggestedAction(page, BUTTONS.heatOrIce), page.locator('#start-over')]) expect(await hoveredContrast(button)).toBeGreaterThanOrEqual(4.5);
      // The buttons on cards: the alert card's.
      await say(page, 'I wet myself and my legs are numb');
      const card = page.locator('.ac-adaptiveCard').filter({ hasText: URGENT_CARD.emergencyTitle }).last();
      for (const title of [URGENT_CARD.call('999', 'UK'), URGENT_CARD.call('911', 'US'), URGENT_CARD.findCare]) {
        expect(await hoveredContrast(card.getByRole('button', { name: title }))).toBeGreaterThanOrEqual(4.5);
      }
    });
  });

  it('announces the bot by its name to screen readers, never as “Bot BS”', async () => {
    await withChat(browser, async (page) => {
      const transcript = (await page.locator('.webchat__basic-transcript').textContent()) ?? '';
      expect(transcript).toContain(`${BOT_NAME} said:`);
      expect(transcript).not.toMatch(/Bot BS said/);
    });
  });

  it('has no axe-core violations after the welcome, a plan, a red flag and a stretch', async () => {
    await withChat(
      browser,
      async (page) => {
        expect(await axeViolations(page)).toEqual([]);
        await suggestedAction(page, BUTTONS.checkSymptoms).click();
        await suggestedAction(page, ONSET_BUTTONS[1]).click();
        await seeBot(page, ASSESSMENT_SEVERITY);
        await suggestedAction(page, '5').click();
        await seeBot(page, shown(ASSESSMENT_WARNING([], []).split('\n')[0]));
        await suggestedAction(page, BUTTONS.no).click();
        await seeBot(page, shown(PLAN_HEADINGS.days(5)));
        expect(await axeViolations(page)).toEqual([]);
        await say(page, 'my legs are numb and I wet myself');
        await page.locator('.ac-adaptiveCard').filter({ hasText: URGENT_CARD.emergencyTitle }).waitFor({ state: 'visible' });
        expect(await axeViolations(page)).toEqual([]);
        await say(page, BUTTONS.stretches);
        await seeBot(page, 'Stretch 1 of 3');
        expect(await axeViolations(page)).toEqual([]);
      },
      { width: 390, height: 844 },
    );
  });
});
