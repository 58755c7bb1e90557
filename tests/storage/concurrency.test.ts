// Rapid double-sends on one instance (in-memory state): turns of a conversation run one at a time, the dialog stays whole.
import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../src/storage';
import { ASSESSMENT_ONSET, ASSESSMENT_SEVERITY, ASSESSMENT_SEVERITY_RETRY, ERROR_APOLOGY } from '../../src/text';
import { useTestApp } from '../support/useTestApp';
import { Conversation, textOf } from '../support/server';
import { ASSESSMENT, expectOnePlanAndNoApology, isSevereRecentPlan, sayAll } from './helpers';

describe('KeyedQueue', () => {
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('runs the tasks of one key one at a time, in arrival order, and of different keys together', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([queue.run('a', task('a1')), queue.run('a', task('a2')), queue.run('b', task('b1'))]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('a1 end')).toBeLessThan(log.indexOf('a2 start'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
    expect(queue.busy).toBe(0);
  });

  it('goes on with the next task when one fails', async () => {
    const queue = new KeyedQueue();
    const failing = queue.run('a', async () => {
      throw new Error('boom');
    });
    const next = queue.run('a', async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});

describe('a rapid double-send to one instance', () => {
  const server = useTestApp();

  it('answers "no" sent twice at the last question with one plan, and the dialog goes on', async () => {
    const conversation = new Conversation(server.base);
    await sayAll(ASSESSMENT.slice(0, 3), () => conversation);
    const both = await Promise.all([conversation.post(conversation.activity({ text: 'no' })), conversation.post(conversation.activity({ text: 'no' }))]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    const texts = both.map((r) => textOf(r.replies));
    expectOnePlanAndNoApology(texts);
    const again = textOf(await conversation.say('check my symptoms'));
    expect(again).toContain(ASSESSMENT_ONSET);
    expect(again).toContain('you rated the pain 7/10');
  });

  it('reads the same answer sent twice as two answers, in order', async () => {
    const conversation = new Conversation(server.base);
    await conversation.say('check my symptoms');
    const both = await Promise.all([conversation.post(conversation.activity({ text: 'today' })), conversation.post(conversation.activity({ text: 'today' }))]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    // The first answers the onset question; the second arrives at the severity question and is asked for a number.
    expect(both.map((r) => textOf(r.replies)).sort()).toEqual([ASSESSMENT_SEVERITY, ASSESSMENT_SEVERITY_RETRY].sort());
    expect(isSevereRecentPlan(await sayAll(['7', 'no'], () => conversation))).toBe(true);
  });

  it('answers ten messages sent at once, each with a reply and none with an error', async () => {
    const conversation = new Conversation(server.base);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => conversation.post(conversation.activity({ text: i % 2 ? 'hello' : 'heat or ice?' }))));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    for (const { replies } of results) {
      expect(replies.length).toBeGreaterThan(0);
      expect(textOf(replies)).not.toContain(ERROR_APOLOGY);
    }
  });
});
