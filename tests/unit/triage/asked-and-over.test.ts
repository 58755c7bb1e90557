// Signs told inside a question ("is it normal that ...?"), signs a later clause says are over ("it passed when I got
// up"), clauses with no subject of their own, and everyday words that only sound alarming. Each is checked as the
// user meets it (screenMessage): urgent advice of the right urgency naming the sign, or no escalation.
import { describe, it } from 'vitest';
import { flags, staysCalm } from '../../support/triage';

type Row = readonly [string, 'emergency' | 'urgent', string];
/** One test per message: it gets urgent advice of this urgency naming this sign. */
const eachFlags = (rows: readonly Row[]): void => it.each(rows)('%s', (q, urgency, sign) => flags(q, urgency, sign));

describe('a sign inside a yes/no question is reported, not only asked about', () => {
  eachFlags([
    ['is it normal that my groin has gone numb?', 'emergency', 'saddle-numbness'],
    ['is it normal to have lost a stone this month without dieting?', 'urgent', 'weight-loss'],
    ['is it usual to soil yourself with a bad back?', 'emergency', 'bladder-bowel'],
    ['is it bad if my knees keep buckling?', 'emergency', 'legs-giving-way'],
  ]);

  it('escalates a question about people in general when the writer then says they have it', () => {
    flags('can a bad back stop you feeling your bum? mine has', 'emergency', 'saddle-numbness');
    flags('do spasms ever make people wet themselves? because I did', 'emergency', 'bladder-bowel');
  });

  it('keeps a true what-if, or a question about people in general, to a yes/no question at most', () => {
    staysCalm('what if I can not pee?', true);
    staysCalm('is it bad if I get a fever?', true);
    staysCalm('can back spasms cause chest pain?', true);
  });
});

describe('a later clause saying the sign is over turns the alarm into a question', () => {
  it('asks, rather than escalates, when the writer says it passed', () => {
    staysCalm('my groin tingled for a second, it passed as soon as I got up', true);
  });

  it('still escalates when it came back', () => {
    flags('my groin went numb, it came back again this morning', 'emergency', 'saddle-numbness');
  });
});

describe('wordings of the signs the screen now reads', () => {
  eachFlags([
    ['my right foot is odd, will not lift at the front when I walk', 'urgent', 'foot-drop'],
    ['atishoo and the back goes into agony', 'urgent', 'cough-sneeze-toilet'],
    ["nothing's happening downstairs since the back went, if you know what I mean", 'emergency', 'sexual-function'],
    ['the ache sits under my bra strap, right across', 'urgent', 'between-shoulder-blades'],
    ['sore between both shoulder bones', 'urgent', 'between-shoulder-blades'],
    ['fell from the third floor scaffolding at work', 'emergency', 'serious-injury'],
    ['the pain wakes her up every night, she is sat beside me', 'urgent', 'night-or-rest-pain'],
    ['at night time the pain is more', 'urgent', 'night-or-rest-pain'],
    ['restin dosnt make any diffrence', 'urgent', 'night-or-rest-pain'],
    ['my mum, 88, slid off her chair onto the floor', 'emergency', 'serious-injury'],
    ['had a bowel mishap at the shops', 'emergency', 'bladder-bowel'],
    ['only a couple of drips come when I go', 'emergency', 'bladder-bowel'],
    ['legs a bit unsteady and I have fallen three times this week', 'emergency', 'legs-giving-way'],
    ['buying pads because of the leaks since my back went', 'emergency', 'bladder-bowel'],
    ['come bedtime it is dreadful', 'urgent', 'night-or-rest-pain'],
    ['the ache is in the centre of my upper back', 'urgent', 'between-shoulder-blades'],
  ]);
});

describe('a sign given as the setting of a practical question is reported', () => {
  eachFlags([
    ["can I put a heat pad on if I'm getting pains in my chest?", 'emergency', 'chest-pain'],
    ['could I rub cream on the swelling on my lower back?', 'urgent', 'lump-or-shape'],
    ['my back is leaning to the right more and more', 'urgent', 'lump-or-shape'],
    ["I've been sweating into my pyjamas every night", 'urgent', 'fever'],
    ['dropped quite a bit without dieting and my back aches', 'urgent', 'weight-loss'],
    ['it never stops, even sitting still', 'urgent', 'night-or-rest-pain'],
  ]);

  it('still reads where to put a remedy as a question, and a movement as no change of shape', () => {
    staysCalm('can I put a heat pad between my shoulder blades?', true);
    staysCalm('it hurts when I lean to the left');
    staysCalm('had a cancer scare in the spring, all fine', true);
  });
});

describe('everyday words that only sound alarming stay calm', () => {
  it.each([
    'hot or cold - which is better?',
    'slipped on the ice but did not go down',
    'flopped onto the couch and my back twinged',
    'is a hot bath ok? I get shivery in there',
    'the vet found a lump on my dog, on his spine',
    'the heating downstairs stopped working and my back is cold',
    'my calves feel heavy after a long drive',
    'sneezing fits from hay fever, back stiff',
    'our cat is losing weight and my back hurts',
    'I wear pads for my period and my back aches',
    'would a pulled muscle strain explain the spasms?',
    'I think I strained my back lifting boxes and now it spasms',
    'sweating buckets at the gym, could that bring the cramps on',
  ])('%s', (q) => staysCalm(q));

  it('still reads straining on the toilet, and sweating buckets with nothing to explain it, as signs', () => {
    flags('if I strain on the loo the pain is unreal', 'urgent', 'cough-sneeze-toilet');
    flags('sweating buckets all the time and my back is killing me', 'urgent', 'fever');
  });

  it('asks, rather than escalates, about a temperature said to be fine now', () => {
    staysCalm('i had a temperature last month, fine now', true);
  });

  it('still treats a slip as worth asking about, and serious in someone older', () => {
    staysCalm('slipped on the ice this morning', true);
    flags("I'm 79 and slipped on the ice", 'emergency', 'serious-injury');
  });
});
