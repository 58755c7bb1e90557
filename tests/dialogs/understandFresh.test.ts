// Readings learned from the und-fresh3 tuning messages, through the real dialogs: what the user sees. The wordings
// here are new ones of the same kinds, so these check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { ACK, FEELING_LOW, OFF_TOPIC, THANKS } from '../../src/text';
import { last, search, testBot } from '../support/dialogs';

const answerOf = (id: string) => search.passage(id)?.answer ?? `no passage ${id}`;
const introOf = (id: string) => search.boundaries.find((b) => b.id === id)?.intro ?? `no boundary ${id}`;

describe('und-fresh3 readings', () => {
  it.each([
    ['is it ok to carry my 4 year old on my hip', 'activity'],
    ['am i fit to play squash on friday', 'activity'],
    ['would it be ok to take 3 at once', 'dose'],
    ['whens this going to settle down', 'duration'],
    ['i take sertraline, is ibuprofen ok too', 'interactions'],
    ['could i have torn a disc', 'diagnosis'],
  ])('"%s" gets the %s boundary answer', async (q, topic) => {
    expect(last(await testBot().say(q)).text).toContain(introOf(topic));
  });

  it.each([['my daughter has a cold'], ['how do i get my deposit back'], ['acne on my back, what helps'], ['the back of the fridge is leaking']])(
    '"%s" is outside what the assistant helps with',
    async (q) => {
      expect(last(await testBot().say(q)).text).toBe(OFF_TOPIC);
    },
  );

  it('a story of how the back went, with no question, gets fast relief', async () => {
    expect(last(await testBot().say('my back went reaching for the top shelf in the kitchen this morning')).text).toContain(answerOf('quick-relief'));
  });

  it('after the stretches, "the second one" and "and the last?" are the stretches in that order', async () => {
    const bot = testBot();
    await bot.say('what stretches help a back spasm');
    expect(last(await bot.say('the second one')).text).toContain(answerOf('stretch-glute-bridge'));
    await bot.say('what stretches help a back spasm');
    expect(last(await bot.say('and the last?')).text).toContain(answerOf('stretch-cat-cow'));
  });

  it('after ibuprofen, "is that safe" is that answer again, and "safe with my warfarin?" is about other medicines', async () => {
    const bot = testBot();
    await bot.say('can i take ibuprofen for a back spasm');
    expect(last(await bot.say('is that safe')).text).toContain(answerOf('nsaids'));
    expect(last(await bot.say('safe with my warfarin?')).text).toContain(introOf('interactions'));
  });

  it('after posture, "and at my desk?" moves to sitting at a desk', async () => {
    const bot = testBot();
    await bot.say('does posture matter for back spasms');
    expect(last(await bot.say('and at my desk?')).text).toContain(answerOf('desk-sitting'));
  });

  it('after fast relief, "what if none of it helps" is when to see a doctor', async () => {
    const bot = testBot();
    await bot.say('what helps a back spasm fast');
    expect(last(await bot.say('what if none of it helps')).text).toContain(answerOf('when-to-see-doctor'));
  });

  it.each([
    ['👌', ACK],
    ['merci', THANKS],
    ['honestly freaking out rn', FEELING_LOW],
  ])('"%s" gets a kind short reply', async (q, reply) => {
    expect(last(await testBot().say(q)).text).toBe(reply);
  });
});
