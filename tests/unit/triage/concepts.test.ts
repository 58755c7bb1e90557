// The concept layer (src/triage/concepts.ts) as the user meets it through screenMessage: a body part or function and
// a trouble with it, in words no phrase rule was written for, found in one clause; denials, questions and harmless
// causes kept clear of alarms.
import { describe, it, expect } from 'vitest';
import { screenMessage } from '../../../src/triage';
import { matchConcepts } from '../../../src/triage/concepts';
import { flags, staysCalm } from '../../support/triage';

describe('concept layer: a part and a trouble in one clause flag the sign', () => {
  const rows: [string, 'emergency' | 'urgent', string][] = [
    ['me waterworks have given up on me since saturday', 'emergency', 'bladder-bowel'],
    ['the number twos come out on their own now', 'emergency', 'bladder-bowel'],
    ['found my knickers soaked this morning and never felt a thing', 'emergency', 'bladder-bowel'],
    ['my bits have gone all muffled since the spasm', 'emergency', 'saddle-numbness'],
    ['where i sit is like cotton wool', 'emergency', 'saddle-numbness'],
    ['my todger has stopped working since my back went', 'emergency', 'sexual-function'],
    ['both legs are killing me, right down to the ankles', 'emergency', 'both-legs'],
    ['my legs are like lead and i can barely feel them', 'emergency', 'both-legs'],
    ['my knees crumpled on the stairs', 'emergency', 'legs-giving-way'],
    ['i have stumbled four times today', 'emergency', 'legs-giving-way'],
    ['a van ploughed into us at the lights', 'emergency', 'serious-injury'],
    ['took a tumble off the garage roof', 'emergency', 'serious-injury'],
    ['there is a weight pressing on my chest and my back aches', 'emergency', 'chest-pain'],
    ['my temps sky high and my back is sore', 'urgent', 'fever'],
    ['my weight keeps melting off and i eat loads', 'urgent', 'weight-loss'],
    ['there is a bulge by my spine', 'urgent', 'lump-or-shape'],
    ['it ramps up at bedtime every night', 'urgent', 'night-or-rest-pain'],
    ['each sneeze feels like a knife', 'urgent', 'cough-sneeze-toilet'],
    ['the ache sits between her shoulder blades', 'urgent', 'between-shoulder-blades'],
    ['my shoe scuffs the pavement with every step', 'urgent', 'foot-drop'],
    ['my bits have gone numb and the heat pad does nothing for it', 'emergency', 'saddle-numbness'],
  ];
  it.each(rows)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});

describe('concept layer: negation, questions and over-now signs are respected', () => {
  const rows: [string, boolean][] = [
    ['my waterworks are fine', false],
    ['no numbness in my bits at all', false],
    ['my legs have not given way once', false],
    ["I don't have a temperature", false],
    ['the pain is not between my shoulder blades', false],
    ['does sneezing make back pain worse?', true],
    ['can a spasm make your legs go numb?', true],
    ['my bum went numb on a long bike ride but it went after ten minutes', true],
    ['can I rub some gel between my shoulder blades?', true],
    ['my feet tingle when I crouch for ages in the garden', true],
    ['both legs like jelly after the gym this morning', true],
    ["I haven't been having any bladder problems", false],
  ];
  it.each(rows)('%s', (q, ask) => staysCalm(q, ask));
});

describe('concept layer: shared words that are no red flag stay clear', () => {
  const rows = [
    'hot or cold for a spasm?',
    'how do I fold over my knees in that stretch',
    'I twisted to grab the remote and my back went',
    'came down the stairs too fast and tweaked my back',
    'I have pain on both sides of my lower back',
    'my foot hangs off the edge of the bed when I sleep',
    'the hot water bottle leaked on the sofa',
    'my partner and I cannot get comfortable in bed',
    'the hot water bottle on my bum made it tingle',
    'my sock keeps slipping off my foot',
  ];
  it.each(rows)('%s', (q) => staysCalm(q));
});

describe('concept layer: someone else', () => {
  it('counts the sign of someone who is with the writer, and asks about one who is not', () => {
    flags('my dad had bowel cancer, he is here with me and his back is agony', 'urgent', 'cancer-history');
    expect(screenMessage('my dad had bowel cancer years ago, my back is sore').outcome).toBe('ask');
  });

  it('reads a clause that refers back ("it", "they") with the one before it, and respects "is fine" there', () => {
    flags('went to the loo twice, it just would not start', 'emergency', 'bladder-bowel');
    staysCalm('coughing is fine, it is bending over that hurts');
    staysCalm('my daughter came off her bike but she is fine', true);
  });

  it('finds nothing in a clause with a part but no trouble, or a trouble but no part', () => {
    expect(matchConcepts('my waterworks and my back')).toEqual([]);
    expect(matchConcepts('it has packed in completely')).toEqual([]);
  });
});
