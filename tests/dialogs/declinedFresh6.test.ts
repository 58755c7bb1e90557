// Readings learned from the und-fresh6 tuning messages, through the real dialogs: what the user sees. The wordings
// here are new ones of the same kinds (none is in the question sets), so they check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { OFF_TOPIC } from '../../src/text';
import { answerOf, introOf, last, testBot } from '../support/dialogs';

const reply = async (q: string) => last(await testBot().say(q)).text;

describe('und-fresh6 readings: boundary questions get the honest boundary answer', () => {
  it.each([
    // How long: recovery verbs after "take to", a perfect tense with a date, "still be like this", "stuck for weeks".
    ['how long did your spasm take to settle down', 'duration'],
    ['will my back have calmed down by the weekend', 'duration'],
    ['am i going to be stuck in bed for weeks', 'duration'],
    // Doses: doubling, and the wait before the next one.
    ['can i double the dose if it still hurts', 'dose'],
    ['how long do i wait before my next naproxen', 'dose'],
    // Drink named by what it is, or asked after the medicine.
    ['is a glass of champagne ok with co-codamol', 'alcohol'],
    ['on naproxen, can i still drink at the wedding', 'alcohol'],
    // Who is asking, said without the usual words.
    ['im 20 weeks now, is heat ok on my back', 'pregnancy'],
    ['we are expecting our first in may and my back keeps seizing', 'pregnancy'],
    ['still nursing my 4 month old, can i take naproxen', 'breastfeeding'],
    ['my daughter aged 9 keeps getting a stiff back, what should she do', 'child'],
    ['my mother in law is 84, can she do the stretches', 'older'],
    // "at 81 can": the age is not read as "81 c" (degrees) because "can" starts with a c.
    ['at 81 can i still do the hip lifts', 'older'],
    ['i take co-codamol and the doc added diazepam, is it ok to take both', 'interactions'],
    ['the physio said its a facet joint thing, what is that', 'diagnosis'],
    ['does fish oil help back spasms', 'product'],
    ['is a nectar mattress any good for my back', 'product'],
    // Activities: a shift with its length, sitting a match out, going back, stopping a habit, "will that make it worse".
    ['can i do a 10 hour shift on saturday', 'activity'],
    ['should i sit the match out', 'activity'],
    ['ready to go back to football yet?', 'activity'],
    ['i run every morning, should i stop for now', 'activity'],
    ['i cycle to work, will that make it worse', 'activity'],
  ])('"%s" gets the %s boundary answer', async (q, topic) => {
    expect(await reply(q)).toContain(introOf(topic));
  });
});

describe('und-fresh6 readings: questions the article answers are not declined', () => {
  it.each([
    // A job named beside a how-to of lifting asks how to lift, not whether to work.
    ['i work in a warehouse, how should i lift heavy stuff', 'lifting'],
    ['is it worth a visit to the gp on day 6', 'when-to-see-doctor'],
    ['can i swap between the hot water bottle and the ice pack', 'heat-and-ice'],
  ])('"%s" gets %s', async (q, id) => {
    expect(await reply(q)).toContain(answerOf(id));
  });

  it('a cause asked in the past ("could the festival have set it off") is no question about going: it gets its answer', async () => {
    expect(await reply('could not drinking enough at the festival have set my back off')).toContain(answerOf('hydration'));
  });
});

describe('und-fresh6 readings: off-topic questions get the kind off-topic reply', () => {
  it.each([
    ['what time do the clocks go back this year'],
    ['can you give me back my last message'],
    ['my son is back at school tomorrow and needs new shoes'],
    ['i want to get back into painting'],
    ['the spine of the paperback has split'],
    ['where can i get my phone screen repaired'],
    ['how often should i groom a cocker spaniel'],
    ['free bitcoin giveaway click here'],
    ['what should i eat to lower my cholesterol'],
    ['my achilles is tight after running'],
    // The article's words in another sense.
    ['what time does the ice rink in town shut tonight'],
    ['what psi should my tyre pressure be'],
    ['how do i build muscle on my arms without a gym'],
    ['the lift in our block is out again'],
    ['can my cat eat ice cream'],
    ['how do i stretch my new leather boots'],
    ['any tips to stay calm before my driving test'],
  ])('"%s" is outside what the assistant helps with', async (q) => {
    expect(await reply(q)).toBe(OFF_TOPIC);
  });

  it('the same words about the back still get their passage', async () => {
    expect(await reply('can i put ice on my back straight from the freezer')).toContain(answerOf('heat-ice-safety'));
  });
});
