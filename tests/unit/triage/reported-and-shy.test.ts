// Signs asked about in the writer's own words ("what does it mean if my ...", a reading with its number), a
// "because of" after a comma, body-part emoji and typed slips; and near-misses that only sound like a sign (a shy
// bladder, a cancer charity's collection, what a remedy might do). Each is checked as the user meets it.
import { describe, it } from 'vitest';
import { flags, staysCalm } from '../../support/triage';

describe('a sign in the writer own question or words is reported', () => {
  it('reads "what does it mean if my ..." as a report of the writer own sign', () => {
    flags('what does it mean if my bum has no feeling when I sit', 'emergency', 'saddle-numbness');
    flags('what does it mean if I keep wetting the bed since my back went', 'emergency', 'bladder-bowel');
  });

  it('still only asks when the question is about someone in general', () => {
    staysCalm('what does it mean if your bladder stops working with a bad back?', true);
  });

  it('reads a question naming a measured reading as a report', () => {
    flags('would 38.7 on the thermometer be a problem with this back spasm', 'urgent', 'fever');
  });

  it('keeps a sign after a comma and "because of"', () => {
    flags('changing the sheets every morning, because of wetting the bed, and my lower back aches', 'emergency', 'bladder-bowel');
  });

  it('reads body-part emoji as the word they stand for', () => {
    flags('🦵🏻🦵🏻 have pins and needles, back in bits', 'emergency', 'both-legs');
    flags('no feeling in my 🍑 since the spasm', 'emergency', 'saddle-numbness');
  });

  it('reads a carer telling of someone dragging their feet as a changed walk', () => {
    flags('dad has started dragging his feet since his back went', 'emergency', 'legs-giving-way');
  });

  it('repairs slips a phone makes in a fall or a leak', () => {
    flags('fel off the stepladder yesterday, back spasming', 'emergency', 'serious-injury');
    flags('tumbled down the stares at work and now my back is in spasm', 'emergency', 'serious-injury');
    flags('keep leeking a bit of wee with this back', 'emergency', 'bladder-bowel');
  });
});

describe('signs told by what happens, or by whose back it is', () => {
  it('reads trying to pee "and nothing" as nothing coming', () => {
    flags('went to wee before bed and nothing, my back has been locked for two days', 'emergency', 'bladder-bowel');
  });

  it('reads pads worn for leaks as leaking', () => {
    flags('bought a pack of nappies for the accidents, my lower back is in bits', 'emergency', 'bladder-bowel');
  });

  it('reads a euphemism for an erection that will not come', () => {
    flags('since the spasm my male part will not wake up in the morning', 'emergency', 'sexual-function');
  });

  it('reads legs that will not lift the writer up as legs giving way', () => {
    flags('my legs would not get me up off the toilet, back spasming', 'emergency', 'legs-giving-way');
  });

  it('reads pain that stays at rest or all night', () => {
    flags('lying in bed the ache is not easing, every night it is worse', 'urgent', 'night-or-rest-pain');
  });

  it('reads pushing on the toilet that hurts the back', () => {
    flags('if I push on the loo I get a spasm in my lower back', 'urgent', 'cough-sneeze-toilet');
  });

  it('reads "cannot ... either leg" as both legs', () => {
    flags('I cannot lift either leg properly and my back is in spasm', 'emergency', 'both-legs');
  });

  it('counts a carer telling of the patient history when the back pain is theirs', () => {
    flags('my aunt had chemo for leukaemia years ago and her back has been agony this week', 'urgent', 'cancer-history');
  });

  it('still only asks about a relative history when the back pain is the writer own', () => {
    staysCalm('my uncle had a tumour once, my own back is in spasm now', true);
  });
});

describe('near-misses stay calm', () => {
  it('does not escalate a shy bladder', () => {
    staysCalm('never been able to pee at a urinal, my back is stiff from the drive');
    staysCalm('I cannot wee when people are waiting outside the cubicle, any tips for a back spasm');
  });

  it('does not read a cancer charity as an illness', () => {
    staysCalm('doing the race for life on Saturday, will my back spasm be ok to walk it');
    staysCalm('I volunteer in a cancer charity shop and lifting boxes set my back off');
  });

  it('asks at most about what a remedy might do', () => {
    staysCalm('would a long soak make my legs numb?', true);
  });
});

describe('a reply that only picks from a list', () => {
  it('is a position, not a poo', () => {
    staysCalm('number 3 plz');
    staysCalm('the first one please');
  });

  it('still screens anything told with the pick', () => {
    flags('number 2 please, and I have wet myself twice today', 'emergency', 'bladder-bowel');
  });
});

describe('signs told by everyday things', () => {
  it('reads rings sliding off as weight lost', () => {
    flags('my wedding ring keeps slipping off and I eat the same as ever, back aching for weeks', 'urgent', 'weight-loss');
  });

  it('reads a knot sticking out of the spine as a lump', () => {
    flags('there is a knot poking out from my backbone and my back hurts', 'urgent', 'lump-or-shape');
  });

  it('reads a car that went into the writer as an accident', () => {
    flags('a van came straight into me on the roundabout yesterday, back in spasm', 'emergency', 'serious-injury');
  });

  it('reads "every cough" that sets the back on fire', () => {
    flags('each sneeze sets my lower back on fire', 'urgent', 'cough-sneeze-toilet');
  });

  it('does not escalate legs tingling after a cold walk (a yes/no question at most)', () => {
    staysCalm('both feet tingling after a brisk walk in the frost, back a bit stiff', true);
  });
});
