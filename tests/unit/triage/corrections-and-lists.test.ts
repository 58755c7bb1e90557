// Red flags in the shapes of rf-fresh8: a what-if about a sign that is already there, a list under a heading that
// names what is wrong, a correction ("actually no, ..."), a task that cannot be done before the sign, a short clause
// that goes with the scene before it, the second leg joining the first, a cancer that comes back; and the look-alikes
// that must stay calm (a snorer that wakes, a pet's bladder, the fear of a sign, a pure what-if).
import { describe, it } from 'vitest';
import { flags, staysCalm } from '../../support/triage';

describe('rf-fresh8 shapes: the sign is found', () => {
  const rows: [string, 'emergency' | 'urgent', string][] = [
    // a what-if whose own words say the sign is there already
    ['what if I still cannot pee by teatime, nothing since breakfast', 'emergency', 'bladder-bowel'],
    ['what happens if my knees buckle again on the stairs', 'emergency', 'legs-giving-way'],
    ['what if this ache is from the temperature I have had for two days', 'urgent', 'fever'],
    ['what if the swelling near my spine is the reason it hurts', 'urgent', 'lump-or-shape'],
    ['what if my back gets worse whenever i cough', 'urgent', 'cough-sneeze-toilet'],
    ['worried my leukaemia is coming back now my back aches', 'urgent', 'cancer-history'],
    // a list under a heading that says what is wrong with each item
    ['what is sore: my neck, the centre of my chest, my lower back', 'emergency', 'chest-pain'],
    ['stuff that makes it worse: a sneeze, sitting on the toilet', 'urgent', 'cough-sneeze-toilet'],
    // a correction, a task that could not be done, a short clause that goes with the scene before it
    ['oh no, both of my legs have pins and needles', 'emergency', 'both-legs'],
    ['could not walk the dog, sweating and feverish all morning', 'urgent', 'fever'],
    ['was stuck on the toilet ages, because I had no control', 'emergency', 'bladder-bowel'],
    ['could not get up off the sofa, because I had no control of my bowels', 'emergency', 'bladder-bowel'],
    // the second leg joins the first
    ['my right calf went numb on monday and now the left one has as well', 'emergency', 'both-legs'],
    ['first the left thigh was weak, now the right side too', 'emergency', 'both-legs'],
    // a comma before a new statement ends a denial; pain worse when keeping still; spelling as it sounds
    ['not dieting, the weight keeps falling off me', 'urgent', 'weight-loss'],
    ['it is worst when i keep still', 'urgent', 'night-or-rest-pain'],
    ['my back is not better when i rest', 'urgent', 'night-or-rest-pain'],
    ['coffing sets my back off something rotten', 'urgent', 'cough-sneeze-toilet'],
    ['in our flat i am the one who injects, and my back is sore since monday', 'urgent', 'immune-steroids-drugs'],
    ['we were in the pile up on the A1 and my back has not been right', 'emergency', 'serious-injury'],
    // second part: the toilet named elsewhere in the message, lost function, this lump, up at night, blowing the nose
    ['only a dribble came out, I was perched on the loo for twenty minutes', 'emergency', 'bladder-bowel'],
    ['he has lost his erections since the disc went, he is next to me', 'emergency', 'sexual-function'],
    ['what if these lumps by my spine are growing', 'urgent', 'lump-or-shape'],
    ['awake most of the night in agony with my back', 'urgent', 'night-or-rest-pain'],
    ['blowing my nose sends a jolt through my lower back', 'urgent', 'cough-sneeze-toilet'],
    ['tingling round my back pasage', 'emergency', 'saddle-numbness'],
  ];
  it.each(rows)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});

describe('rf-fresh8 look-alikes: not escalated', () => {
  it.each([
    ['the neighbours dog wakes me at night barking, back a bit stiff'],
    ['our old cat has lost control of her bladder, back hurts from cleaning up'],
    ['what if my legs go weak one day, should I know what to do'],
    ['my left shin was numb but the other one is fine'],
    ['nothing came out of the tube of deep heat, back still sore'],
    ['backside went numb during the train journey to leeds, lower back stiff'],
  ])('%s', (q) => staysCalm(q, true));

  it('a fear of a sign is asked about, not flagged', () => staysCalm('terrified of losing control of my bowels with this back', true));
});
