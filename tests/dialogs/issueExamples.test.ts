// Every first message quoted in issue 9, through the real dialogs: what the user sees (reply text and buttons).
import { describe, expect, it } from 'vitest';
import { BUTTONS, DID_YOU_MEAN, OFF_TOPIC, SITUATION_INTRO, THANKS, URGENT_ADVICE } from '../../src/text';
import { RED_FLAG_SIGNS } from '../../src/triage';
import { buttons, last, search, testBot, texts } from '../support/dialogs';

const passage = (id: string) => {
  const p = search.passage(id);
  if (!p) throw new Error(`no passage ${id}`);
  return p;
};
const boundary = (id: string) => {
  const b = search.boundaries.find((x) => x.id === id);
  if (!b) throw new Error(`no boundary ${id}`);
  return b;
};

describe('the messages quoted in issue 9', () => {
  it('"my back just seized up..., what do I do?" gets fast relief at once and the offer of the check', async () => {
    const replies = texts(await testBot().say('my back just seized up when I bent down to pick up my kid, what do I do?'));
    expect(replies[0]).toBe(SITUATION_INTRO);
    expect(replies[1]).toContain(passage('quick-relief').answer);
    const reply = last(await testBot().say('my back just seized up when I bent down to pick up my kid, what do I do?'));
    expect(buttons(reply)[0]).toBe(BUTTONS.checkSymptoms);
    expect(reply.text).not.toBe(DID_YOU_MEAN);
  });

  it('"thanks, that helped" gets a kind reply, not a search', async () => {
    expect(last(await testBot().say('thanks, that helped')).text).toBe(THANKS);
  });

  it('"alternating hot and cold, does that help?" gets the heat and ice answer, not fever advice', async () => {
    const reply = last(await testBot().say('alternating hot and cold, does that help?'));
    expect(reply.text).toContain(passage('heat-and-ice').answer);
    expect(reply.text).not.toMatch(/doctor today|fever/i);
  });

  it('foot drop ("my right foot keeps slapping the floor...") gets same-day urgent advice', async () => {
    const reply = last(await testBot().say('my right foot keeps slapping the floor and catching on things since my back went'));
    const footDrop = RED_FLAG_SIGNS.find((s) => s.id === 'foot-drop');
    expect(footDrop?.tier).toBe(2);
    expect(reply.text).toBe(URGENT_ADVICE([footDrop?.label ?? '']));
  });

  it.each([
    ['how long will this last?', 'duration', 'a few days'],
    ['can I go to work?', 'activity', 'walking'],
    ['how many mg of ibuprofen can I take', 'dose', 'pharmacist'],
    ['I am pregnant, can I use a heat pad', 'pregnancy', 'midwife'],
  ])('"%s" says plainly the article does not cover it (%s), what it does say, and who to ask', async (q, topic, words) => {
    const reply = last(await testBot().say(q));
    const b = boundary(topic);
    expect(reply.text).toContain(b.intro);
    expect(reply.text).toContain(b.ask);
    for (const fact of b.says) expect(reply.text).toContain(fact.text);
    expect(reply.text).toContain(words);
    // No figure the article does not give: the only number in a boundary reply is the article's 72 hours.
    const prose = (reply.text ?? '').replace(/\[\d\]/g, '').replace(/^\d+\. /gm, '');
    expect(prose.match(/\d+/g)?.filter((n) => n !== '72') ?? []).toEqual([]);
  });

  it('"how many mg of ibuprofen can I take" names no dose', async () => {
    const reply = last(await testBot().say('how many mg of ibuprofen can I take'));
    expect(reply.text).not.toMatch(/\d+ ?mg/);
    expect(reply.text).toContain(passage('nsaids').title);
  });

  it('"wat helps bak spazms" gets fast relief and the offer of the check, not "Did you mean"', async () => {
    const replies = await testBot().say('wat helps bak spazms');
    expect(texts(replies)[0]).toBe(SITUATION_INTRO);
    expect(buttons(last(replies))).toContain(BUTTONS.checkSymptoms);
  });

  it('"Anyone have any clues how I can prevent this..." gets the prevention answer, not off-topic', async () => {
    const reply = last(await testBot().say('Anyone have any clues how I can prevent this from happening in the future.'));
    expect(reply.text).not.toBe(OFF_TOPIC);
    expect(reply.text).toContain(passage('prevention').answer);
  });
});

describe('follow-ups are read against the answer just given', () => {
  it.each([
    ['is heat or ice better?', 'how long for?', 'heat-and-ice'],
    ['is heat or ice better?', 'is that safe?', 'heat-ice-safety'],
    ['tell me about cat-cow', 'and how often?', 'stretch-cat-cow'],
    ['muscle relaxants', 'why?', 'muscle-relaxants'],
  ])('after "%s", "%s" gets %s', async (first, second, id) => {
    const bot = testBot();
    await bot.say(first);
    expect(last(await bot.say(second)).text).toContain(passage(id).answer);
  });

  it('after the ibuprofen answer, "how much?" says the article gives no dose', async () => {
    const bot = testBot();
    await bot.say('can I take ibuprofen?');
    expect(last(await bot.say('how much?')).text).toContain(boundary('dose').intro);
  });

  it('a short vague message after an answer is never off-topic', async () => {
    const bot = testBot();
    await bot.say('can I take ibuprofen?');
    const reply = last(await bot.say('eh?'));
    expect(reply.text).not.toBe(OFF_TOPIC);
    expect(buttons(reply)[0]).toBe(passage('nsaids').title);
  });

  it('without an answer before it, "how long for?" is not read as a follow-up', async () => {
    expect(last(await testBot().say('how long for?')).text).not.toContain(passage('heat-and-ice').answer);
  });
});
