// Small talk typed with slips ("thnak you", "thank u so mcuh") still gets a kind reply, never a search or the
// off-topic reply; a mistyped topic word ("matress", "posteur") still reaches the search. Through the real dialogs.
import { describe, expect, it } from 'vitest';
import { ACK, GOODBYE, GREETING, THANKS } from '../../src/text';
import { answerOf, lastReplyTo, testBot, texts } from '../support/dialogs';

describe('small talk with slips in it', () => {
  it.each([
    ['thnak you', THANKS],
    ['thank yuo so mcuh', THANKS],
    ['thansk for the hlep', THANKS],
    ['apreciate it', THANKS],
    ['ok thnaks, bye', GOODBYE],
    ['godbye', GOODBYE],
    ['perfrct', ACK],
    ['brillaint', ACK],
    ['helo tehre', GREETING],
  ])('%j', async (message, reply) => {
    expect(await lastReplyTo(message)).toBe(reply);
  });

  it('leaves a real word alone: "grate thanks" is not read as "great thanks"', async () => {
    expect(await lastReplyTo('grate thanks')).not.toBe(THANKS);
  });

  it('reads a mistyped topic word as the topic, not as small talk', async () => {
    expect(texts(await testBot().say('matress')).join('\n')).toContain(answerOf('mattress'));
    expect(texts(await testBot().say('posteur')).join('\n')).toContain(answerOf('posture'));
  });

  it('reads a long message of small-talk words as a question: "lol" 40 times and one word more gets no small-talk reply', async () => {
    // Before small talk was capped at 16 words, the patterns took minutes on this (they almost match it).
    const reply = await lastReplyTo(`${'lol '.repeat(40)}zzz`);
    expect([ACK, THANKS, GOODBYE, GREETING]).not.toContain(reply);
    expect(reply).not.toBe('');
  });
});
