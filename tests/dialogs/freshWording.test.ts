// Everyday wording the engine learned from the u-fresh tuning messages, through the real dialogs: what the user sees.
import { describe, expect, it } from 'vitest';
import { ACK, FEELING_LOW, GOODBYE, OFF_TOPIC, THANKS } from '../../src/text';
import { answerOf, introOf, last, testBot } from '../support/dialogs';


describe('fresh wording', () => {
  it.each([
    ['is chiropractic covered by my insurance'],
    ['how do i claim back tax'],
    ['my spaniel has hurt his back'],
    ['my laptop wont turn on'],
  ])('"%s" is outside what the assistant helps with, even when it names a treatment or a back', async (q) => {
    expect(last(await testBot().say(q)).text).toBe(OFF_TOPIC);
  });

  it('a person who hurt their own back lifting the dog still gets help', async () => {
    expect(last(await testBot().say('lifting my dog hurt my back')).text).not.toBe(OFF_TOPIC);
  });

  it.each([
    ['righto', ACK],
    ['got it thx', THANKS],
    ['cheerio', GOODBYE],
    ['👌', ACK],
    ['merci', THANKS],
    ['honestly freaking out rn', FEELING_LOW],
  ])('"%s" gets a kind short reply', async (q, reply) => {
    expect(last(await testBot().say(q)).text).toBe(reply);
  });

  it.each([
    ['should i bother the doctor with a back spasm', 'when-to-see-doctor'],
    ['what would a doc even do for a back spasm', 'what-doctor-does'],
  ])('"%s" gets the passage its question type asks for', async (q, id) => {
    expect(last(await testBot().say(q)).text).toContain(answerOf(id));
  });

  it('after fast relief, "how long will it last" is the duration question, not the packs\' timing', async () => {
    const bot = testBot();
    await bot.say('what helps a back spasm fast');
    expect(last(await bot.say('how long will it last')).text).toContain(introOf('duration'));
  });
});
