// A message that raises a warning-sign question and asks something ("I woke up with my back in spasm, what do I do?")
// gets the yes/no question first; after "no", the reassurance and then what it asked. Only ids are kept meanwhile.
import { describe, expect, it } from 'vitest';
import { BUTTONS, RED_FLAG_NOT_CONFIRMED, RED_FLAG_NOT_CONFIRMED_ANSWER, SITUATION_INTRO } from '../../src/text';
import { TurnContext } from 'botbuilder';
import { Responder } from '../../dialogs/responder';
import { answerOf, buttons, introOf, search, testBot, texts } from '../support/dialogs';

describe('the question a warning-sign check interrupted is answered after "no"', () => {
  it('a back that seized on waking: the night-pain question, then after "no" fast relief', async () => {
    const bot = testBot();
    const asked = await bot.say('I woke up with my back in spasm, what do I do?');
    expect(texts(asked).at(-1)).toContain('worse at night');
    expect(buttons(asked.at(-1))).toEqual(['Yes', 'No', 'Not sure']);
    const replies = texts(await bot.say('no'));
    expect(replies[0]).toBe(RED_FLAG_NOT_CONFIRMED_ANSWER);
    expect(replies[1]).toContain(answerOf('quick-relief'));
  });

  it('a back that has just gone, told beside a possible sign: the offer of the check comes with fast relief after "no"', async () => {
    const bot = testBot();
    await bot.say('my back just locked up bending over the bath and I woke up in pain, help');
    const replies = await bot.say('no');
    expect(texts(replies)[0]).toBe(RED_FLAG_NOT_CONFIRMED_ANSWER);
    expect(texts(replies)).toContain(SITUATION_INTRO);
    expect(buttons(replies.at(-1))).toContain(BUTTONS.checkSymptoms);
  });

  it('a boundary question asked beside a possible sign gets its boundary answer after "no"', async () => {
    const bot = testBot();
    await bot.say('how many ibuprofen can I take a day, I woke up in pain');
    const replies = texts(await bot.say('nope'));
    expect(replies[0]).toBe(RED_FLAG_NOT_CONFIRMED_ANSWER);
    expect(replies.join('\n')).toContain(introOf('dose'));
  });

  it('a message that asked nothing the bot can answer gets the menu after "no", as before', async () => {
    const bot = testBot();
    await bot.say('I woke up in pain');
    expect(texts(await bot.say('no')).at(-1)).toBe(RED_FLAG_NOT_CONFIRMED);
  });
});

describe('an answer kept across a new version of the knowledge', () => {
  it('an id the knowledge no longer has sends nothing, so the menu follows with the reassurance said once', async () => {
    const sent: unknown[] = [];
    const context = { activity: { channelId: 'test' }, sendActivity: async (a: unknown) => void sent.push(a) } as unknown as TurnContext;
    const responder = new Responder(search);
    expect(await responder.sendPending(context, { kind: 'answer', passageId: 'a-passage-since-removed' }, RED_FLAG_NOT_CONFIRMED_ANSWER)).toBe(false);
    expect(await responder.sendPending(context, { kind: 'boundary', boundaryId: 'a-topic-since-removed' }, RED_FLAG_NOT_CONFIRMED_ANSWER)).toBe(false);
    expect(sent).toEqual([]);
    expect(await responder.sendPending(context, { kind: 'answer', passageId: 'heat-and-ice' }, RED_FLAG_NOT_CONFIRMED_ANSWER)).toBe(true);
    expect(sent).toHaveLength(2);
  });
});
