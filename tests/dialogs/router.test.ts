// The main router through DialogTestClient: red flags first, small talk, questions, "did you mean", Teams cards.
import { describe, expect, it } from 'vitest';
import { ASK_AWAY, BUTTONS, DID_YOU_MEAN, GOODBYE, GREETING, HELP, MENU_BUTTONS, NOTHING_TO_CANCEL, OFF_TOPIC, RED_FLAG_NOT_CONFIRMED, THANKS, WHO_ARE_YOU } from '../../src/text';
import { DEFAULT_SEARCH_SETTINGS, loadKnowledge, SearchIndex, understand } from '../../src/knowledge';
import { KNOWLEDGE_DIR } from '../../src/paths';
import { buttons, last, search, testBot, texts } from '../support/dialogs';

describe('the router', () => {
  it.each([
    ['hi', GREETING],
    ['Hello!', GREETING],
    ['thank you so much', THANKS],
    ['bye', GOODBYE],
    ['who are you?', WHO_ARE_YOU],
    ['help', HELP],
    ['cancel', NOTHING_TO_CANCEL],
    [BUTTONS.askQuestion, ASK_AWAY],
    ['what is the capital of France', OFF_TOPIC],
    ['asdfgh', OFF_TOPIC],
  ])('answers "%s" kindly', async (text, expected) => {
    expect(last(await testBot().say(text)).text).toBe(expected);
  });

  it('answers a question with the passage and follow-up buttons', async () => {
    const reply = last(await testBot().say('can I take advil for it?'));
    expect(reply.text).toContain(search.passage('nsaids')?.answer);
    expect(buttons(reply).length).toBeGreaterThanOrEqual(2);
  });

  it('screens for red flags before anything else, even in a greeting or a question', async () => {
    for (const text of ['hi, I fell off a ladder and now my back hurts', 'is heat good? I have a fever too']) {
      const replies = await testBot().say(text);
      expect(texts(replies)).toHaveLength(1);
      expect(texts(replies)[0]).toMatch(/(emergency help now|doctor today)/i);
    }
  });

  it('offers "did you mean" choices as buttons when two passages are equally close (with an ambiguity margin set)', async () => {
    const withMargin = new SearchIndex(loadKnowledge(KNOWLEDGE_DIR), { ...DEFAULT_SEARCH_SETTINGS, ambiguityMargin: 0.05 });
    const vague = ['doctor', 'exercise', 'how long does a spasm take', 'can dehydration cause back spasms'];
    const ambiguous = vague.map((q) => ({ q, outcome: understand(withMargin, q) })).filter((x) => x.outcome.kind === 'did-you-mean');
    expect(ambiguous.length).toBeGreaterThan(0);
    for (const { q, outcome } of ambiguous) {
      const reply = last(await testBot('test', undefined, withMargin).say(q));
      expect(reply.text).toBe(DID_YOU_MEAN);
      const titles = outcome.kind === 'did-you-mean' ? outcome.candidates.map((c) => c.passage.title) : [];
      expect(buttons(reply)).toEqual(titles);
      expect(titles.length).toBeGreaterThanOrEqual(2);
      expect(titles.length).toBeLessThanOrEqual(3);
    }
  });

  it('uses hero-card buttons in Microsoft Teams instead of suggested actions', async () => {
    const reply = last(await testBot('msteams').say('hello'));
    expect(reply.suggestedActions).toBeUndefined();
    expect(reply.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.hero');
    expect(buttons(reply)).toEqual(MENU_BUTTONS);
  });
});

describe('a possible warning sign gets a yes/no question', () => {
  it('asks, then reassures on "no"', async () => {
    const bot = testBot();
    const asked = last(await bot.say('I had a fall'));
    expect(buttons(asked)).toEqual([BUTTONS.yes, BUTTONS.no, BUTTONS.notSure]);
    expect(last(await bot.say('no')).text).toBe(RED_FLAG_NOT_CONFIRMED);
  });

  it('asks, then gives urgent advice on "yes"', async () => {
    const bot = testBot();
    await bot.say('I had a fall');
    expect(last(await bot.say('yes')).text).toMatch(/(emergency help now|doctor today)/i);
  });
});
