// Readings learned from the und-fresh8 tuning messages, through the real dialogs: what the user sees. The wordings
// here are new ones of the same kinds (none is in the question sets), so they check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { OFF_TOPIC } from '../../src/text';
import { answerOf, introOf, last, testBot } from '../support/dialogs';

const reply = async (q: string) => last(await testBot().say(q)).text;

describe('und-fresh8 readings: the back as the setting of a request about something else', () => {
  it.each([
    // One word the passages do not know is enough when the asking clause names nothing else.
    ["my back's been in spasm since friday, how do i persuade him"],
    ['back went again at work, is the octavia reliable'],
    // "so" joins the question to the story: it is a clause of its own.
    ['my back keeps spasming on the bus so how do i apply for a taxi card'],
    // A clause that points at something ("it") and asks two new words asks about that thing.
    ['been logging my spasms in a notebook, how do i upload it to google drive'],
    // The question first, the back after.
    ['how do i mute the reminders on this watch, my back spasm alarms go off at 3am'],
    // "Tell" with a person after it is telling them, not recognising a spasm.
    ['my back spasm means i cant make the stag do, how do i tell him'],
  ])('"%s" is outside what the assistant helps with', async (q) => {
    expect(await reply(q)).toBe(OFF_TOPIC);
  });

  it.each([
    // A clause that points back and asks one new word asks about the setting.
    ['my back seized after the long drive, could that be permanent'],
    // "How far" alone asks how much of what was just told.
    ['the bridge where you lift your hips up off the floor, how far'],
  ])('"%s" does not get the off-topic reply', async (q) => {
    expect(await reply(q)).not.toBe(OFF_TOPIC);
  });

  it('"tell" with no person after it still asks how to recognise a spasm', async () => {
    expect(await reply('how can i tell my back is in spasm and not just stiff')).toContain(answerOf('symptoms'));
  });
});

describe('und-fresh8 readings: asking for something to be made, written, drawn, translated or named', () => {
  it.each([
    ['can u write a limerick about my back spasm'],
    ['how would i translate back spasm to german'],
    ['whats a funny caption for a photo of me stuck on the floor with my back'],
  ])('"%s" is outside what the assistant helps with', async (q) => {
    expect(await reply(q)).toBe(OFF_TOPIC);
  });

  it('a request for a stretching routine keeps its reading', async () => {
    expect(await reply('can you make me a stretching routine for my back spasms')).toContain(answerOf('stretching-overview'));
  });
});

describe('und-fresh8 readings: boundary questions in shapes the cues lacked', () => {
  it.each([
    // Who has it, told after the back: "my son is 7", "my nan is 88".
    ['is paracetamol ok for my back spasm, my son is 7', 'child'],
    ['is naproxen safe for back spasms, my nan is 88', 'older'],
    ['am expecting in may and my back keeps spasming, is a heat pad ok', 'pregnancy'],
    ['can i take ibuprofen while expressing breast milk', 'breastfeeding'],
    ['is this pain a pulled muscle', 'diagnosis'],
    ['my back spasmed on friday, when is it likely to improve', 'duration'],
    ['is it ok to pick my grandson up with my back like this', 'activity'],
    ['can i go on rollercoasters with a back spasm', 'activity'],
  ])('"%s" gets the %s boundary answer', async (q, topic) => {
    expect(await reply(q)).toContain(introOf(topic));
  });
});
