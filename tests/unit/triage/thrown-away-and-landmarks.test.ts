// Signs told by what was done about them or by a landmark (rf-fresh9 shapes): soiled underwear thrown away, not
// knowing whether one has finished, a part "sleeping", legs that are someone else's, rubbing the chest, a watch on
// its last hole, a shape that has changed, where the bra does up; and the clause and negation reads they needed.
import { describe, it } from 'vitest';
import { flags, staysCalm } from '../../support/triage';

describe('signs told by what was done about them, or by a landmark, are flagged', () => {
  const rows: [string, 'emergency' | 'urgent', string][] = [
    ['ive chucked out three pairs of boxers this week, no idea when it happened, back has been awful', 'emergency', 'bladder-bowel'],
    ['after a wee I do not know if I have emptied, since the spasms began', 'emergency', 'bladder-bowel'],
    ['the back end keeps having mishaps since my disc went', 'emergency', 'bladder-bowel'],
    ['on the toilet seat it feels like sitting on a pillow of air', 'emergency', 'saddle-numbness'],
    ['where we sit down is numb on him since sunday, his back is wrecked', 'emergency', 'saddle-numbness'],
    ['my willy is just sleeping lately, since the back injury', 'emergency', 'sexual-function'],
    ['my legs feel like somebody elses since the spasm', 'emergency', 'both-legs'],
    ['her legs would not bear my weight, I mean her weight, when she stood', 'emergency', 'legs-giving-way'],
    ['mum keeps pressing her chest and says her back is agony', 'emergency', 'chest-pain'],
    ['my belt is on the tightest hole and I eat the same as ever, back sore', 'urgent', 'weight-loss'],
    ['a knobbly bone low on my back pokes out further than it did', 'urgent', 'lump-or-shape'],
    ['the ache is right where her bra fastens', 'urgent', 'between-shoulder-blades'],
    ['been using drugs, injecting mostly, back is killing', 'urgent', 'immune-steroids-drugs'],
    ['im not great at english, the area where you sit, no feeling there since monday', 'emergency', 'saddle-numbness'],
  ];
  it.each(rows)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});

describe('the same words about something harmless stay calm', () => {
  const rows: string[] = [
    'I bin my old pyjamas every winter, anyway my back is stiff from shovelling snow',
    'my watch strap broke so I bought a new one, back spasm from the gym',
    'the shape of my sofa cushions has changed and now my back aches after sitting',
  ];
  it.each(rows)('%s', (q) => staysCalm(q, true));
});
