// Readings learned from the fu-fresh6 tuning messages (follow-ups, situations, small talk), through the real dialogs:
// what the user sees. The wordings here are new ones of the same kinds, so these check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { ACK, FEELING_LOW, GOODBYE, SITUATION_INTRO, THANKS } from '../../src/text';
import { lastReplyTo, testBot, texts } from '../support/dialogs';

describe('fu-fresh6 small talk gets a kind reply, never a search', () => {
  it.each([
    // A thanks word after another part of a thanks, praise alone, "most helpful", a misspelt thanks, drawn-out letters.
    ['ta pal, much appreciated', THANKS],
    ['you are a lifesaver', THANKS],
    ['most kind, thank you', THANKS],
    ['thnks', THANKS],
    ['thaaanks', THANKS],
    // Goodbye to a group, chat spellings, acks with laughing and "fair".
    ['bye all', GOODBYE],
    ['see u l8r', GOODBYE],
    ['lmaooo', ACK],
    ['fair', ACK],
    // What a feeling is about.
    ['so sick of this stupid back', FEELING_LOW],
    ['im really down about it all tbh', FEELING_LOW],
    ['urgh that sucks tho', FEELING_LOW],
  ])('%j', async (message, reply) => {
    expect(await lastReplyTo(message)).toBe(reply);
  });
});

describe('fu-fresh6 situations get fast relief with the offer of the check', () => {
  it.each([
    // A back going right now, told after what was being done.
    'leant over the sink to brush my teeth and now my back is seizing',
    // A call for help as a question to the bot, or in non-native grammar, beside how it happened.
    'Hello, I seem to have hurt my back lifting the shopping. What do you suggest?',
    'my back is locked after I pick up the box, what I should do',
    // A need with no topic: an adverb, the best thing, a purpose, asking for tips, needing relief, coping, starting.
    'ok what really works',
    'whats the quickest way to ease it',
    'what can i take to settle it down',
    'got any tips on how to get through the night',
    'desperately need relief',
    'how am i supposed to function like this',
    'where should i begin',
  ])('%j', async (message) => {
    const bot = testBot();
    expect(texts(await bot.say(message)).join('\n')).toContain(SITUATION_INTRO);
  });
});
