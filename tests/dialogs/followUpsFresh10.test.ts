// Follow-ups the ans-fresh10 batch showed, through the real dialogs: a list item named by a digit ("the 1st"), "how
// many" after a stretch or the pressure steps (the passage gives the count, no dose is asked), "straight on my skin"
// after heat and ice, and "why" with a thing from the list ("why walking tho"). The wordings are new ones, not the
// tuning messages.
import { describe, expect, it } from 'vitest';
import { answerOf, last, testBot } from '../support/dialogs';

const FOLLOW_UPS: [first: string, then: string, passage: string][] = [
  ['which stretches are good for a spasm', 'ok how do i do the 1st', 'stretch-childs-pose'],
  ['how do i do cat cow', 'how many do i need to do', 'stretch-cat-cow'],
  ['should i press on the sore spot', 'how much of it should i do', 'pressure-and-massage'],
  ['is heat or ice better for a spasm', 'does it go right on your skin', 'heat-ice-safety'],
  // "Why" and a thing from the list asks why that thing helps, which its own passage says.
  ['quick ways to ease a spasm at home', 'why walking tho', 'movement-and-walking'],
];

describe('ans-fresh10 follow-ups', () => {
  it.each(FOLLOW_UPS)('after "%s", "%s" gets %s', async (first, then, id) => {
    const bot = testBot();
    await bot.say(first);
    expect(last(await bot.say(then)).text).toContain(answerOf(id));
  });
});
