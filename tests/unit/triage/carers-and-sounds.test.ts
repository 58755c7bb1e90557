// Shapes the rf-fresh10 batch showed, in fresh wording: a patient told as "he's got a bad back" makes the carer's
// message theirs; a commode, potty or bedpan is a toilet; no warning before an accident, hours without a wee, a
// gait "like she's drunk", shoulder blades called "wings", no position that eases the pain, what a sneeze does to the
// writer ("puts me on the floor"); and the near-misses that stay clear: nearly falling, a twitch under the skin.
import { describe, it, expect } from 'vitest';
import { screenMessage } from '../../../src/triage';
import { describeResult, flags } from '../../support/triage';

describe('rf-fresh10 shapes flag the sign', () => {
  const rows: [string, 'emergency' | 'urgent', string][] = [
    ['grandpa had bowel cancer a few years back and she says he has got a sore back since the weekend', 'urgent', 'cancer-history'],
    ['my aunt sat on the bedpan all evening and nothing wanted to come out, her back is in spasm', 'emergency', 'bladder-bowel'],
    ['he has been on the commode for ages and says nothing was going to come out, he is desperate', 'emergency', 'bladder-bowel'],
    ['the spasm is bad and I keep wetting my pants without feeling it coming', 'emergency', 'bladder-bowel'],
    ['she has not needed a pee since breakfast and it is nearly bedtime, back still locked', 'emergency', 'bladder-bowel'],
    ['my son walks like he is tipsy since the spasm started and he does not drink', 'emergency', 'legs-giving-way'],
    ['it aches right between my wings, not low down at all', 'urgent', 'between-shoulder-blades'],
    ['not one position eases it, back or front or side, it is the same', 'urgent', 'night-or-rest-pain'],
    ['a cough sends me to the floor with my lower back', 'urgent', 'cough-sneeze-toilet'],
  ];
  it.each(rows)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});

describe('rf-fresh10 near-misses stay clear', () => {
  const rows: string[] = [
    'I almost slipped on the wet steps carrying the shopping and my back twinged',
    'there is a little twitch under the skin of my lower back, it flickers now and then',
    'when I cough I sit on the floor with my legs crossed, the back is just stiff',
  ];
  it.each(rows)('%s', (q) => {
    const r = screenMessage(q);
    expect(r.outcome, `${q} => ${describeResult(r)}`).toBe('clear');
  });
});
