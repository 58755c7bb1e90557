// Readings learned from the ans-fresh5 tuning messages, through the real dialogs: what the user sees. The wordings
// here are new ones of the same kinds, so these check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { OFF_TOPIC } from '../../src/text';
import { answerOf, lastReplyTo } from '../support/dialogs';

/** Messages sent in one conversation, and the passage the last one should get. */
const CASES: [messages: string[], passage: string][] = [
  // "Again" after a past verb tells what happened: the question is the rest of the message.
  [['my back went again on sunday, what triggers it'], 'causes-and-risks'],
  // "Again" that asks about the future is still about recurrence.
  [['will it go into spasm again'], 'recurrence'],
  // Getting someone out of a chair is lifting or getting up, not sitting at a desk.
  [['how do i get my wife up out of her armchair without hurting my back lifting her'], 'lifting'],
  // "With a bad back" says who asks, not another topic: the question stays on the answer just given.
  [['should I use a foam roller for back spasms', 'is that ok to try with a dodgy back'], 'foam-roller'],
  [['how do I do a glute bridge', 'is it safe with my sore back'], 'stretch-glute-bridge'],
  // Mixing treatments is the longer-term plan, not the one treatment named first.
  [['can i combine a massage with nurofen'], 'long-term-treatment'],
  // An age says who asks: it is no word outside the back.
  [["i'm 58, what would have brought this on"], 'causes-and-risks'],
  // Night-time is when we sleep: after posture it moves on to the mattress.
  [['what is good posture for my back', 'and overnight?'], 'mattress'],
];

describe('ans-fresh5 readings', () => {
  it.each(CASES)('%j gets %s', async (messages, id) => {
    expect(await lastReplyTo(...messages)).toContain(answerOf(id));
  });

  it('an everyday word like "at night" alone does not make a message about the back', async () => {
    expect(await lastReplyTo('how do i get my toddler to stay asleep through the night')).toBe(OFF_TOPIC);
  });
});
