// Readings learned from the fu-fresh6 tuning messages (follow-ups, situations, small talk), through the real dialogs:
// what the user sees. The wordings here are new ones of the same kinds, so these check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { ACK, FEELING_LOW, GOODBYE, OFF_TOPIC, SITUATION_INTRO, THANKS } from '../../src/text';
import { answerOf, introOf, lastReplyTo, testBot, texts } from '../support/dialogs';

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

/** A question that opens a conversation on a passage (found by the search), a follow-up, and what the user should see. */
const FOLLOW_UPS: [question: string, followUp: string, expected: string][] = [
  // "The X bit/one" moves to the item of the answer's list it names, also one that is not a button.
  ['how do i stop spasms coming back', 'whats the mattress part about', answerOf('mattress')],
  ['how do i stop spasms coming back', 'ok and the sitting bit', answerOf('desk-sitting')],
  // Naming nothing, it is read by the other aspects: "the same one, how long" is timing of the answer just given.
  ['how do i do child’s pose', 'the same one, how long for', answerOf('stretch-childs-pose')],
  // The fourth and fifth of a list.
  ['what helps a spasm fast', 'tell me about no. 4', answerOf('hydration')],
  ['what helps a spasm fast', 'and the 5th', answerOf('movement-and-walking')],
  // It did nothing: after one remedy, the others; after the medicine, the relaxants.
  ['does heat or ice work better', 'tried it, no difference', answerOf('quick-relief')],
  ['can i take ibuprofen for it', 'those pills did sod all', answerOf('muscle-relaxants')],
  // What a doctor can give, after an answer about doctors.
  ['when should i see a doctor', 'would he prescribe anything', answerOf('muscle-relaxants')],
  // Checking with a doctor first stays on an answer that advises it; after another answer it is when to see one.
  ['is a foam roller good for spasms', 'must i run it by my gp', answerOf('foam-roller')],
  ['what causes back spasms', 'should i see a doctor about it', answerOf('when-to-see-doctor')],
  // A longer message that opens as a follow-up is read against the answer, not the whole article.
  ['what are muscle relaxants', 'what do you mean by severe ones, the kind that anyone can actually see', answerOf('muscle-relaxants')],
  // Pointing back at several things the answer gave, naming nothing else.
  ['heat or ice for back spasms', 'must i use both of them', answerOf('heat-and-ice')],
  // How a part of the body goes in the pose just given.
  ['how do i do a glute bridge', 'should i tense my stomach', answerOf('stretch-glute-bridge')],
  // Making muscles stronger is prevention; something stronger is medicine.
  ['what causes back spasms', 'how can i get my back stronger', answerOf('prevention')],
  // Treating it, asked after what a spasm is.
  ['what is a back spasm', 'right, how do i fix it then', answerOf('quick-relief')],
  // What makes it worse is where the article says so: the signs (sitting or standing long), or the desk answer itself.
  ['what are the signs of a back spasm', 'and what can make them flare up', answerOf('symptoms')],
  ['Sitting at a desk', 'what would make it worse', answerOf('desk-sitting')],
  // An ack before "next"; what "enough" means; hands used for what the answer says.
  ['how do i do child’s pose', 'cool next please', answerOf('stretch-glute-bridge')],
  ['Drinking enough water', 'ok how much is enough then', answerOf('hydration')],
  ['how do i massage a spasm', 'with what, my fingers or my knuckles', answerOf('pressure-and-massage')],
];

describe('fu-fresh6 follow-ups are read against the answer just given', () => {
  it.each(FOLLOW_UPS)('%j then %j', async (question, followUp, expected) => {
    expect(await lastReplyTo(question, followUp)).toContain(expected);
  });

  it.each([
    // Side effects in lay words, an amount of drink, a thing's age that is no child's.
    ['are muscle relaxants any good', 'will they make me groggy', introOf('interactions')],
    ['why does drinking water help spasms', 'is 3 litres right', introOf('dose')],
    ['how do i know if my back is a spasm', 'is it goes away by itself', introOf('duration')],
  ])('%j then %j says what the article does not cover', async (question, followUp, intro) => {
    expect(await lastReplyTo(question, followUp)).toContain(intro);
  });

  it('a mattress of some age is still about the mattress, never the child reply', async () => {
    const reply = await lastReplyTo('what mattress is best for back spasms', 'ours is 12 years old, time for a new one?');
    expect(reply).not.toContain(introOf('child'));
    expect(reply).not.toBe(OFF_TOPIC);
  });
});
