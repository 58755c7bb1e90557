// Readings learned from the und-fresh7 tuning messages, through the real dialogs: what the user sees. The wordings
// here are new ones of the same kinds (none is in the question sets), so they check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { OFF_TOPIC } from '../../src/text';
import { answerOf, introOf, last, testBot } from '../support/dialogs';

const reply = async (q: string) => last(await testBot().say(q)).text;

describe('und-fresh7 readings: the back as the setting of a question about something else', () => {
  it.each([
    // The back is told first; the clause that asks names nothing the article knows.
    ['my back seized up on the plane, which airline lounge is best at heathrow'],
    ['did my back in at the allotment. when do you plant garlic'],
    ['back spasms all weekend so i missed the deadline, can you draft an email to my lecturer'],
    ['lower back is agony today anyway what rhymes with orange'],
  ])('"%s" is outside what the assistant helps with', async (q) => {
    expect(await reply(q)).toBe(OFF_TOPIC);
  });

  it.each([
    // A clause that points back at the setting, or asks with words any question uses, still asks about the back.
    ['my back went while hoovering, is that common', 'what-is-a-spasm'],
    ['my mum swears a hot water bottle beats an ice pack for my back, is she right', 'heat-and-ice'],
  ])('"%s" still gets %s', async (q, id) => {
    expect(await reply(q)).toContain(answerOf(id));
  });

  it('the people around the asker do not make the asking clause ask elsewhere ("what can my partner do")', async () => {
    expect(await reply('my lower back has gone into spasm again, what can my partner do to help')).not.toBe(OFF_TOPIC);
  });
});

describe('und-fresh7 readings: other illnesses, other parts, mood, jokes and the bot itself', () => {
  it.each([
    // Someone who has another illness, whatever part of them it shows on.
    ['my uncle has gout, can he still eat red meat'],
    ['my wife has asthma and it gets worse in winter'],
    ['is the covid booster worth having'],
    // A part of the body the article does not cover, with the article's own remedies.
    ['pulled my groin at badminton, ice or heat'],
    // Mood, jokes, the bot and its article, what something costs.
    ['ive been feeling so down since my divorce'],
    ['do you know any riddles'],
    ['who programmed you'],
    ['how much would a private physio session set me back'],
  ])('"%s" is outside what the assistant helps with', async (q) => {
    expect(await reply(q)).toBe(OFF_TOPIC);
  });

  it.each([
    // The same words beside the back itself keep their reading.
    ['i have asthma and my back keeps going into spasm, what helps'],
    ['laughing makes my back spasm worse, why is that'],
  ])('"%s" does not get the off-topic reply', async (q) => {
    expect(await reply(q)).not.toBe(OFF_TOPIC);
  });
});

describe('und-fresh7 readings: boundary questions in shapes the cues lacked', () => {
  it.each([
    // An age by decade with his, her or their, and early, mid or late.
    ['my aunt is in her mid 70s and keeps getting back spasms, is a heat pad ok', 'older'],
    // How many weeks a spasm hangs around.
    ['how many weeks will this spasm stick around', 'duration'],
    // "mny" read as "many".
    ['how mny naproxen is safe', 'dose'],
  ])('"%s" gets the %s boundary answer', async (q, topic) => {
    expect(await reply(q)).toContain(introOf(topic));
  });

  it('how many days one may stay on a medicine is still that medicine\'s answer, not how long a spasm lasts', async () => {
    expect(await reply('how many days can i stay on the muscle relaxants')).not.toContain(introOf('duration'));
  });
});
