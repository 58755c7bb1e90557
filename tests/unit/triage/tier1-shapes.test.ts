// Tier-1 signs in shapes the tier1-fresh batch showed the screen missing: what was soiled (a nightie, underclothes),
// going to the toilet as "easing oneself", a clause placed by the part before it ("the skin around them") or that
// says it was not felt, sex told through the bedroom, the partner, oneself or the pills now needed, numbness told as a
// simile, legs that need something to stay up, and chest pressure told as an elephant. Wordings are this file's own.
import { describe, it, expect } from 'vitest';
import { flags, staysCalm } from '../../support/triage';
import { screenMessage } from '../../../src/triage';

describe('tier-1 signs told in these shapes are escalated', () => {
  const rows: [string, string][] = [
    ['woke up and I had had an accident in my nightdress without knowing, back still locked', 'bladder-bowel'],
    ['I have messed my underclothes twice this week and never felt it coming', 'bladder-bowel'],
    ['since the spasm I cannot ease myself, nothing will pass', 'bladder-bowel'],
    ['my father dribbles when he stands up now, since he hurt his back', 'bladder-bowel'],
    ['the poo is out before I even know I have to go', 'bladder-bowel'],
    ['my sitting bit has gone numb since my back went', 'saddle-numbness'],
    ['my testicles feel dead since the back spasm', 'saddle-numbness'],
    ['my privates and the skin around them feel dead since the spasm', 'saddle-numbness'],
    ['my back went on friday, I sat on the cold tiles and I did not feel it at all on my bum', 'saddle-numbness'],
    ['since the back went my member is not rising at all', 'sexual-function'],
    ['sorry to be blunt, since my back went nothing has been working in the bedroom and we have had trouble in the bedroom ever since', 'sexual-function'],
    ['when I touch myself now I feel nothing, ever since my back spasm', 'sexual-function'],
    ['not getting morning glory any more since the back went', 'sexual-function'],
    ['since my back went I have to use cialis or nothing happens', 'sexual-function'],
    ['tried to make love last night and felt literally nothing, my back has been awful', 'sexual-function'],
    ['both calves feel like ants are crawling under the skin, back in spasm', 'both-legs'],
    ['from the hips down both my legs feel wrapped in bubble wrap since the spasm', 'both-legs'],
    ['my knees stopped holding me up on the stairs, back in bits', 'legs-giving-way'],
    ['I had to hold onto the fridge to stay upright, my back went this morning', 'legs-giving-way'],
    ['my water goes out without I wish it, since this back pain', 'bladder-bowel'],
    ['since the back pain the organ is not getting hardness', 'sexual-function'],
    ['since my back went I feel nothing when he touches me', 'sexual-function'],
    ['his pecker has been asleep ever since the back went', 'sexual-function'],
    ['my legs are losing all their strength since the spasm', 'both-legs'],
    ['how do you manage the bus when your legs will not hold you, my back is bad', 'legs-giving-way'],
    ['since the spasm I am struggling to keep it up at all, never had that before', 'sexual-function'],
    ['my knees felt odd yesterday and this morning they just gave way on the path', 'legs-giving-way'],
    ['like an elephant standing on me since my back went', 'chest-pain'],
    ['a crushing pain between my breasts and my back aches', 'chest-pain'],
  ];
  it.each(rows)('%s', (q, sign) => flags(q, 'emergency', sign));
});

describe('look-alikes are asked about at most', () => {
  it('a young child wetting the bed is asked about, not escalated', () => staysCalm('the toddler wet the bed again and changing the sheets set my back off', true));
  it('feet numb with cold at a game is asked about, not escalated', () => staysCalm('both my feet went numb with cold at the rugby, my back is stiff', true));
  it('a heart said to be broken in jest is no chest pain', () => staysCalm('my heart is well and truly broken, this back pain is ruining my holiday lol', true));
  it('legs like jelly after a class is no sign', () => staysCalm('legs like jelly after yoga class yesterday, lower back a bit tight', true));
  it('the writer wetting themselves beside a baby is still the sign', () => {
    const r = screenMessage('I wet myself while carrying the baby upstairs, my back is in agony');
    expect(r.outcome).toBe('red-flag');
  });
  it('a routine not kept up is no sexual sign', () => staysCalm('I do the back stretches but cannot keep it up every day', true));
  it('legs aching from heavy chores are asked about at most', () => staysCalm('both my legs ache from gardening all week and my back is stiff', true));
  it('needing nothing for erections is no sign', () => staysCalm('is it safe to take naproxen if I use viagra now and then', true));
});
