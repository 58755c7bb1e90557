// The stretch guide through DialogTestClient: one stretch at a time, Next / Repeat / Stop, interruptions.
import { describe, expect, it } from 'vitest';
import { STRETCH_PASSAGES } from '../../dialogs/stretchDialog';
import { BUTTONS, MENU_BUTTONS, STRETCH_BUTTONS, STRETCH_DONE, STRETCH_HELP, STRETCH_INTRO, STRETCH_PROMPT, STRETCH_RETRY, STRETCH_STOPPED } from '../../src/text';
import { numberedSteps } from '../../src/stretchCard';
import { buttons, last, search, testBot, texts } from '../support/dialogs';

const stretch = (i: number) => search.passage(STRETCH_PASSAGES[i]);

describe('the stretch guide', () => {
  it.each([['show me the stretches'], [BUTTONS.stretches], ['stretches']])('starts on "%s" with the first stretch', async (text) => {
    const replies = await testBot().say(text);
    expect(texts(replies)[0]).toBe(STRETCH_INTRO);
    expect(texts(replies)[1]).toContain(numberedSteps(stretch(0)?.answer ?? ''));
    expect(last(replies).text).toBe(STRETCH_PROMPT);
    expect(buttons(last(replies))).toEqual([...STRETCH_BUTTONS]);
  });

  it('walks through all three with Next, then finishes', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.stretches);
    expect(texts(await bot.say(BUTTONS.next))[0]).toContain(numberedSteps(stretch(1)?.answer ?? ''));
    expect(texts(await bot.say('next'))[0]).toContain(numberedSteps(stretch(2)?.answer ?? ''));
    const done = await bot.say(BUTTONS.next);
    expect(last(done).text).toBe(STRETCH_DONE);
    expect(buttons(last(done))).toEqual(MENU_BUTTONS);
  });

  it('shows each stretch with its steps, hold time or reps, and cites it', async () => {
    const replies = await testBot().say(BUTTONS.stretches);
    const card = replies.filter((r) => r.type === 'message')[1];
    expect(card.text).toMatch(/\d/);
    expect(card.entities?.[0]).toMatchObject({ citation: [{ appearance: { name: stretch(0)?.title } }] });
  });

  it('repeats the same stretch on Repeat', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.stretches);
    expect(texts(await bot.say(BUTTONS.repeat))[0]).toContain(numberedSteps(stretch(0)?.answer ?? ''));
  });

  it('stops on Stop', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.stretches);
    await bot.say(BUTTONS.next);
    expect(last(await bot.say(BUTTONS.stop)).text).toBe(STRETCH_STOPPED);
  });

  it('re-prompts on an unclear answer, explains on help', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.stretches);
    expect(last(await bot.say('purple')).text).toBe(STRETCH_RETRY);
    expect(texts(await bot.say('help'))[0]).toBe(STRETCH_HELP);
  });

  it('gives urgent advice for a red flag typed during the stretches', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.stretches);
    const replies = await bot.say('my legs just gave way and I feel numb down there');
    expect(texts(replies)).toHaveLength(1);
    expect(texts(replies)[0]).toMatch(/emergency help now/i);
  });
});
