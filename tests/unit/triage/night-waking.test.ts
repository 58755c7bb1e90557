// Waking in the night says pain at night only in a message about pain: with back pain or a spasm anywhere in the
// message it is flagged; alone, or explained by someone else (a snorer, a baby), it is asked about.
import { describe, it } from 'vitest';
import { flags, staysCalm } from '../../support/triage';

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
