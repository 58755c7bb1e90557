// A serious accident told by what did it (injury-fresh shapes): a vehicle, rider or big animal as the subject that
// strikes the writer, or after "by"; something heavy that came down on, pinned or trapped them; a fall told by where
// it went (through a floor, over an edge, to the floor below, all the way down) or by its height in feet or metres;
// and how a carer tells an older person's fall or a knock with weak bones. The same words about near misses, things,
// animals, programmes and a pain that "hit" stay calm.
import { describe, it } from 'vitest';
import { flags, staysCalm } from '../../support/triage';

describe('struck by something moving, crushed, or a fall told by where it went or how far, is an emergency', () => {
  const rows: string[] = [
    // A vehicle, rider or animal as the subject, or after "by".
    'the minibus pulled out and slammed into the side of me on my bike, back in spasm since',
    'a delivery driver backed straight into me at the depot last week and my back has not settled',
    'a motorcyclist on the wrong side clipped me, my lower back keeps locking',
    'got sent flying by a lad on an e scooter outside the station',
    'the ram butted me into the fence while I was feeding them, back sore ever since',
    'a tractor reversing in the yard knocked into me, back has been awful',
    'the van behind us could not stop and we got a right jolt, my back has seized',
    'some idiot in a pickup rammed our car on the dual carriageway, my back went into spasm that night',
    // Something heavy came down on the writer, or pinned them.
    'half the garden wall collapsed on top of me when I was weeding',
    'a roll cage at work tipped over onto me, back spasms now',
    'I was stuck wedged under the car for ten minutes when the axle stand gave way',
    // Where the fall went, or how far.
    'stepped onto the loft boards and went straight through the plasterboard into the hall',
    'I lost my grip on the climbing frame and dropped to the deck below',
    'we were larking about and he went over the railings at the top of the stairwell',
    'slipped at the top of the escalator and tumbled all the way to the bottom',
    'the attic hatch gave and I fell through to the hallway',
    'was up on the shed clearing leaves, maybe 3 metres, and slipped off',
  ];
  it.each(rows)('%s', (q) => flags(q, 'emergency', 'serious-injury'));
});

describe('an older person or weak bones with a fall or knock, told in a carer\'s words, is an emergency', () => {
  const rows: string[] = [
    'my father is 83, the grandkids bowled him over in the hallway and he is holding his back',
    'we found nana on the floor of the kitchen this morning, she is 90, and her back is bad',
    'mum, whos 79, went down in the car park. now her back',
    'grandpa is in his 80s and missed the seat when sitting at lunch, back pain since',
    'I have brittle bones and banged into the wardrobe door hard last night, back is agony',
    'my aunt is 76 and her wheelchair toppled over on the ramp, her back really hurts',
  ];
  it.each(rows)('%s', (q) => flags(q, 'emergency', 'serious-injury'));
});

describe('the same words about a near miss, a thing, an animal, a programme or a pain stay calm', () => {
  const rows: [string, boolean][] = [
    ['a lorry almost hit me on the bypass but swerved in time, my back is tense from the fright', false],
    ['the cyclist missed me by inches, anyway what stretches help', false],
    ['my boss dumped a load of work on me and then dropped another lot on me, back knotted', false],
    ['I get through a lot of ice packs in a week', false],
    ['the spasm hit me as I got off the bus', false],
    ['our pony slipped in the field while I was leading her, I was fine, back sore from the yard work', true],
    ['listened to a podcast about a builder who fell through a roof, what helps a spasm', true],
    ['it fell on me to care for grandad and lifting him set my back off', false],
    ['the pain went through the roof after hoovering', false],
    ['our trip fell through to be honest, so I have time for the stretches', false],
    ['the swelling went down, and the spasm is easing', false],
    ['I am 6 foot tall and my desk is too low, back aches', false],
    ['my stepladder tipped over in the garage, nobody was on it, back stiff from clearing up', true],
  ];
  it.each(rows)('%s', (q, ask) => staysCalm(q, ask));
});
