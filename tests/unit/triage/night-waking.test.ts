// Waking in the night says pain at night only in a message about pain: with back pain or a spasm anywhere in the
// message it is flagged; alone, or explained by someone else (a snorer, a baby), it is asked about. Waking up with
// the pain tells how it was on waking: asked about, unless it was in the night.
import { describe, expect, it } from 'vitest';
import { screenMessage } from '../../../src/triage';
import { describeResult, flags, staysCalm } from '../../support/triage';

describe('waking in the night', () => {
  it.each([
    'my lower back is in spasm, and I wake up every night',
    'sore back for a week. I keep waking in the night',
    'woke at 3 every night this week, the ache is there in the day too',
  ])('is pain at night in a message about pain: %j', (q) => flags(q, 'urgent', 'night-or-rest-pain'));

  it.each([
    'any tips for better sleep, I wake up at 4am every night',
    'I wake up every night at 2 and cannot get back to sleep',
    'my partner snores and wakes me every night, and my back is stiff',
  ])('is asked about when nothing in the message says pain, or someone else wakes them: %j', (q) => staysCalm(q, true));
});

describe('waking up with the pain', () => {
  it.each([
    'woke up with my lower back in spasm, what should I do',
    'I woke up in pain today, can I still go for a walk',
  ])('tells how it was on waking, so it is asked about, not escalated: %j', (q) => {
    const r = screenMessage(q);
    expect(r.outcome === 'ask' && r.sign.id === 'night-or-rest-pain', `${q} => ${describeResult(r)}`).toBe(true);
  });

  it.each([
    'the spasm woke me up at 4am and I could not get back to sleep',
    'every night this week I wake up with the pain around 2 am',
    'last night I woke up in agony and had to get up',
  ])('in the night, or woken by it, is pain at night: %j', (q) => flags(q, 'urgent', 'night-or-rest-pain'));
});
