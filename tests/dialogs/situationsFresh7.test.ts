// Readings learned from the sit-fresh7 tuning messages (situations and small talk in new voices), through the real
// dialogs: what the user sees. The wordings here are new ones of the same kinds, so these check the rule, not the
// tuning message.
import { describe, expect, it } from 'vitest';
import { ACK, FEELING_LOW, GOODBYE, GREETING, HELP, SITUATION_INTRO, THANKS } from '../../src/text';
import { lastReplyTo, testBot, texts } from '../support/dialogs';

describe('sit-fresh7 small talk gets a kind reply, never a search', () => {
  it.each([
    // Thanks then leaving is a goodbye; leaving phrases alone too.
    ['cheers, that was useful, night night', GOODBYE],
    ['thank you, I will give the hot water bottle a go, bye now', GOODBYE],
    ['im off for a nap now', GOODBYE],
    ['logging off', GOODBYE],
    ['till tomorrow then', GOODBYE],
    // Thanks in formal and young wording.
    ['Thank you for your quick reply', THANKS],
    ['how kind, thank you', THANKS],
    ['ty legend', THANKS],
    // Acks, greetings and feelings in new wording.
    ['i get it', ACK],
    ['very well', ACK],
    ['hi, hope youre well', GREETING],
    ['alright pal', GREETING],
    ['feel like a 90 year old man', FEELING_LOW],
    ['proper gutted tbh', FEELING_LOW],
    ['this back is driving me round the twist', FEELING_LOW],
    // More words of the same classes: a plain yes, being worn down, coming back to the chat.
    ['oh right', ACK],
    ['honestly shattered', FEELING_LOW],
    ['its me again', GREETING],
  ])('%j', async (message, reply) => {
    expect(await lastReplyTo(message)).toBe(reply);
  });

  it('keeps a plain "help" for the menu, while a shouted one gets relief', async () => {
    expect(await lastReplyTo('help')).toBe(HELP);
    expect(texts(await testBot().say('HELP!!!')).join('\n')).toContain(SITUATION_INTRO);
  });
});

describe('sit-fresh7 situations get fast relief with the offer of the check', () => {
  it.each([
    // A greeting, a groan or a feeling before the situation.
    'evening, my lower back is completely jammed',
    'ugh, stuck on the couch, back gone',
    'im panicking, my back just packed up on me',
    // Swearing, plain or starred, that only gives force.
    'what the heck do i do now',
    'my f***ing back has seized up again',
    // A back gone into a spasm, a spasm that will not let go, a back that gave up, frozen bent.
    'my back went into a horrible spasm in the shower',
    'the cramp in my back wont ease off',
    'lifted the suitcase and my back gave up',
    'frozen hunched over the sink',
    // Non-native order, a formal request, quick fixes, how others cope.
    'what we can do for the spasm',
    'I would appreciate any advice on what to do',
    'any easy remedies',
    'how do folks manage this',
    // A spasm happening now, a need for advice with no topic, what the options are.
    'got another spasm right now',
    'need advice',
    'what are my options',
    // Alarm with a plain word.
    'help!! 😭',
  ])('%j', async (message) => {
    expect(texts(await testBot().say(message)).join('\n')).toContain(SITUATION_INTRO);
  });

  it('keeps a back that has gone stiff, asked about stretches, off the situation', async () => {
    expect(texts(await testBot().say('best stretches for a back that has gone tight')).join('\n')).not.toContain(SITUATION_INTRO);
  });
});
