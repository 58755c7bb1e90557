// Readings learned from the fu-fresh7 tuning messages (follow-ups read against the answer just given, a back that has
// just gone, a need with no topic), through the real dialogs: what the user sees. The wordings here are new ones of the
// same kinds, so these check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { SITUATION_INTRO } from '../../src/text';
import { answerOf, introOf, lastReplyTo, testBot, texts } from '../support/dialogs';

describe('fu-fresh7 situations get fast relief with the offer of the check', () => {
  it.each([
    // Something or anything that will help, for the back or nothing named.
    'is there anything that would ease it',
    'i could do with something for my lower back please',
    // What to be doing, in the progressive.
    'what could i be trying for this',
    // Someone else's back, told by who they are, and how they are.
    'any tips for my husbands back, hes in agony',
    // A wish before the ask.
    'i just want the pain to end, what helps',
    // How to get through the day, with this back.
    'how can i get through the day with my stupid back',
    // A back that went, then a bare request word.
    'my back has gone again and i cannot straighten up. ideas?',
    // The writer's own bending to a pet is only the setting; no "I" or "my back" in it.
    'was leaning over to stroke the dog and now cant get up, help',
    // A question beside the story that does not point back asks only what it says, not about the story's words.
    'my husband reached for a pan and his back locked, hes stuck on the kitchen chair, how can i help him',
  ])('%j', async (message) => {
    expect(texts(await testBot().say(message)).join('\n')).toContain(SITUATION_INTRO);
  });

  it('still answers a question beside the story that points back at it', async () => {
    expect(await lastReplyTo('my back went into a spasm at work, what actually is that')).toContain(answerOf('what-is-a-spasm'));
  });
});

/** A question that opens a conversation on a passage (found by the search), a follow-up, and what the user should see. */
const FOLLOW_UPS: [question: string, followUp: string, expected: string][] = [
  // Whether it comes back is recurrence, asked after any answer.
  ['what is the difference between acute and chronic spasms', 'would the chronic kind keep coming back', answerOf('recurrence')],
  // Anything to stop it for good, after recurrence, is prevention.
  ['will my back spasm come back', 'any way to stop them happening again', answerOf('prevention')],
  // Asking for the fix after an explanation.
  ['what is a back spasm', 'so how can i make it go away', answerOf('quick-relief')],
  ['what are the signs of a back spasm', 'right ok, so what is the cure then', answerOf('quick-relief')],
  // How long it has been is the timing of the doctor answer; "should I go" is that answer too.
  ['when should i see a doctor', 'mine has been 5 days now', answerOf('when-to-see-doctor')],
  ['when should i see a doctor', 'so should i go or wait', answerOf('when-to-see-doctor')],
  // Knees told as worn out, after a kneeling stretch.
  ['how do i do child’s pose', 'my knees are knackered though', answerOf('stretch-glute-bridge')],
  // Counting breaks is timing; a unit conversion is no dose.
  ['how should i sit at my desk', 'how many breaks per day', answerOf('desk-sitting')],
  ['how do i do a glute bridge', 'how much is 2 inches in centimetres', answerOf('stretch-glute-bridge')],
  // "Do X count" asks what the answer means.
  ['does drinking water help spasms', 'do fizzy drinks count', answerOf('hydration')],
  // "Instead" with a thing named asks about the answer just given; "would X do" too.
  ['heat or ice for back spasms', 'what about a warm shower instead', answerOf('heat-and-ice')],
  ['can i put ice straight on my skin', 'would a tea towel do', answerOf('heat-ice-safety')],
  // What a doctor would check is what a doctor does, asked after any answer.
  ['Spasms that last or return', 'what might the doctor test for', answerOf('what-doctor-does')],
  // The middle of a list; the rest of the list after one of its items.
  ['what stretches help a back spasm', 'ok the middle one', answerOf('stretch-glute-bridge')],
  ['how do i do cat cow', 'what about the other stretches', answerOf('stretching-overview')],
];

describe('fu-fresh7 follow-ups are read against the answer just given', () => {
  it.each(FOLLOW_UPS)('%j then %j', async (question, followUp, expected) => {
    expect(await lastReplyTo(question, followUp)).toContain(expected);
  });

  it.each([
    // Whether it will ever stop is how long it lasts; which thing to get is buying one.
    ['how are chronic spasms treated', 'will these ever go away', introOf('duration')],
    // A clause that only tells about the writer before the follow-up is its setting, not a topic asked about.
    ['how are chronic spasms treated', 'i have had chronic ones for a decade, will they ever clear up', introOf('duration')],
    ['how should i sit at my desk', 'what cushion should i buy', introOf('product')],
  ])('%j then %j says what the article does not cover', async (question, followUp, intro) => {
    expect(await lastReplyTo(question, followUp)).toContain(intro);
  });
});
