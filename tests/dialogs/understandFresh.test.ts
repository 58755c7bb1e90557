// Readings learned from the und-fresh3 tuning messages, through the real dialogs: what the user sees. The wordings
// here are new ones of the same kinds, so these check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { OFF_TOPIC } from '../../src/text';
import { answerOf, introOf, last, testBot } from '../support/dialogs';


/** A question, then a short follow-up read against its answer, and the passage that follow-up should get. */
const FOLLOW_UPS: [first: string, then: string, passage: string][] = [
  ['what stretches help a back spasm', 'the second one', 'stretch-glute-bridge'],
  ['what stretches help a back spasm', 'and the last?', 'stretch-cat-cow'],
  ['can i take ibuprofen for a back spasm', 'is that safe', 'nsaids'],
  ['does posture matter for back spasms', 'and at my desk?', 'desk-sitting'],
  ['what helps a back spasm fast', 'what if none of it helps', 'when-to-see-doctor'],
  // Its own words make it about the pose, though elbows are another part of the body.
  ['how do i do childs pose', 'where do my elbows go', 'stretch-childs-pose'],
];

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

  it.each([['my daughter has a cold'], ['how do i get my deposit back'], ['acne on my back, what helps'], ['the back of the fridge is leaking'], ['bad cramp in my foot every night']])(
    '"%s" is outside what the assistant helps with',
    async (q) => {
      expect(last(await testBot().say(q)).text).toBe(OFF_TOPIC);
    },
  );

  it('a story of how the back went, with no question, gets fast relief', async () => {
    expect(last(await testBot().say('my back went reaching for the top shelf in the kitchen this morning')).text).toContain(answerOf('quick-relief'));
  });

  it.each(FOLLOW_UPS)('after "%s", "%s" gets %s', async (first, then, id) => {
    const bot = testBot();
    await bot.say(first);
    expect(last(await bot.say(then)).text).toContain(answerOf(id));
  });

  it('after ibuprofen, "safe with my warfarin?" is about other medicines', async () => {
    const bot = testBot();
    await bot.say('can i take ibuprofen for a back spasm');
    expect(last(await bot.say('safe with my warfarin?')).text).toContain(introOf('interactions'));
  });
});
