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
});
