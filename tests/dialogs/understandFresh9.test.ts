// Readings learned from the und-fresh9 tuning messages, through the real dialogs: what the user sees. The wordings
// here are new ones of the same shapes (none is in the question sets), so they check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { ACK, FEELING_LOW, GOODBYE, GREETING, OFF_TOPIC, SITUATION_INTRO, THANKS } from '../../src/text';
import { answerOf, introOf, last, lastReplyTo, testBot, texts } from '../support/dialogs';

const reply = async (q: string) => last(await testBot().say(q)).text;
const allOf = async (q: string) => texts(await testBot().say(q)).join('\n');

describe('und-fresh9 small talk gets a kind reply, never a search', () => {
  it.each([
    // A groan before the feeling, two feelings in a row, what is feared, a back that has been awful after a feeling.
    ['argh honestly so fed up', FEELING_LOW],
    ['knackered, my backs been awful all week', FEELING_LOW],
    ['im worried this is never gonna go away', FEELING_LOW],
    // Saying one will try it without "I".
    ['right, will give it a shot', ACK],
    ['nighty nite', GOODBYE],
    ['good eve to you', GREETING],
    ['cheers mate, thats sorted', THANKS],
  ])('%j', async (message, expected) => {
    expect(await lastReplyTo(message)).toBe(expected);
  });

  it('leaves a back sore for a stretch of time, told alone, to the search', async () => {
    expect(await lastReplyTo('my backs been sore for weeks')).not.toBe(FEELING_LOW);
  });
});

describe('und-fresh9 situations get fast relief with the offer of the check', () => {
  it.each([
    // "Everything" went, not able "to" move, a spasm "rn", a spasm that will not let go.
    'went to grab the kettle and everything seized, what now',
    'since yesterday I cannot to stand straight, what I do',
    'lower back cramping rn, what do i do',
    'put my back out hoovering, how can i get it to ease off',
    // A need with no topic: "anything that works", "to make it go away", the remedy for it.
    'is there anything that works for the pain',
    'what should i do to make it go away',
    'Sir what are the home remedies for my waist pain',
  ])('%j', async (message) => {
    expect(await allOf(message)).toContain(SITUATION_INTRO);
  });
});

describe('und-fresh9 readings: boundary questions in shapes the cues lacked', () => {
  it.each([
    ['how much time does it take for the spasm to be normal again', 'duration'],
    ['am i ok to hit the gym tomorrow with this back', 'activity'],
    ['kid with back cramps after rugby, what should we do', 'child'],
    ['my little one is 8, can I use the heat pack on her back', 'child'],
    ['are spasms more common as you age', 'older'],
    ['off to a wedding saturday, will drinking set my back off', 'alcohol'],
    ['is ibuprofen ok if i pump and dump afterwards', 'breastfeeding'],
    // "backs" (back's) keeps a message that names another body part on the back.
    ['can i take 3 nurofen at once, my backs agony and my neck too', 'dose'],
  ])('"%s" gets the %s boundary answer', async (q, topic) => {
    expect(await reply(q)).toContain(introOf(topic));
  });

  it('holding the child pose is the stretch, not holding a child', async () => {
    expect(await allOf('how long do i hold the child pose')).toContain(answerOf('stretch-childs-pose'));
  });

  it('someone else on holiday is no activity of the writer', async () => {
    expect(await allOf('my gp is away on holiday, what is a back spasm exactly')).not.toContain(introOf('activity'));
  });
});

describe('und-fresh9 readings: the back as the setting of a question about something else', () => {
  it.each([
    // A clause that asks by naming what it wants, and a request whose setting follows "while".
    ['back is in spasm so im off sick, any decent audiobooks'],
    ['suggest a boxset to watch while my back settles'],
    // The back of a phone, a pet's back, what a membership costs, calories.
    ['the back panel on my samsung is loose, can it be glued'],
    ['our dogs back legs are fine but his back seems stiff, should the vet see him'],
    ['how much are the yoga classes at the leisure centre'],
    ['how many calories does swimming burn'],
  ])('"%s" is outside what the assistant helps with', async (q) => {
    expect(await reply(q)).toBe(OFF_TOPIC);
  });

  it.each([
    // A clause naming what it wants about the back keeps its reading.
    ['my back keeps going, any good stretches'],
    ['what can i do while i wait for the doctor'],
  ])('"%s" does not get the off-topic reply', async (q) => {
    expect(await reply(q)).not.toBe(OFF_TOPIC);
  });
});
