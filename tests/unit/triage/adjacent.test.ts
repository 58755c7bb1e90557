// Signs spread over two clauses ("Both my legs. They've gone numb"; "can't stand up, my knees are shaking"), signs told
// by what they do to a day ("didn't make it to the toilet in time"), and the harmless look-alikes beside them: a
// cough one has, a twinge on rolling over in bed, a joke about man flu, leg cramps, a pet's legs; and Australian
// slang for the bottom.
import { describe, it, expect } from 'vitest';
import { basicClean } from '../../../src/triage/text';
import { flags, staysCalm } from '../../support/triage';

describe('basicClean: "they\'ve" and "we\'ve" are spelled out', () => {
  it.each([
    ["they've gone numb", 'they have gone numb'],
    ['theyve gone numb', 'they have gone numb'],
    ["we've tried heat", 'we have tried heat'],
  ])('%s', (typed, clean) => expect(basicClean(typed)).toBe(clean));
});

describe('a sign read across two adjacent clauses', () => {
  it('joins a clause that refers back ("they", "both") to the body part before it', () => {
    flags("My legs. They've both gone numb since the back went", 'emergency', 'both-legs');
    flags('both legs. both feel like lead weights', 'emergency', 'both-legs');
  });

  it('joins a short clause of what happened to the next one that names the part', () => {
    flags('he cannot even stand, his legs are trembling', 'emergency', 'legs-giving-way');
  });

  it('reads "I coughed. My back..." as one statement, as "I coughed and my back..." is', () => {
    flags('I coughed. My back was agony', 'urgent', 'cough-sneeze-toilet');
    staysCalm('I sneezed, the spasm came back', true);
  });

  it('does not join a back ache to a cough one merely has', () => {
    staysCalm('I had a cough, my back hurts from gardening', true);
  });
});

describe('signs told by their effect on the day', () => {
  it.each([
    ['never got the urge to go, just found my pants wet', 'bladder-bowel'],
    ["couldn't get to the toilet in time this morning and my back is awful", 'bladder-bowel'],
    ["she doesn't feel the need to go any more, she is here with me", 'bladder-bowel'],
    ['sat on the loo half an hour and nothing came out, back aching', 'bladder-bowel'],
    ['my incontinence pads are soaked through', 'bladder-bowel'],
    ['neither of my legs will move properly since this morning', 'both-legs'],
    ['my wife is here, she was clutching her chest a minute ago and her back hurts', 'chest-pain'],
  ])('%s', (q, sign) => flags(q, 'emergency', sign));

  it('finds night pain said as "hurts more in bed"', () => {
    flags('it aches more in bed than when i am up and about', 'urgent', 'night-or-rest-pain');
  });
});

describe('harmless look-alikes', () => {
  it('a cough one has is asked about, not flagged, unless it sets the pain off', () => {
    staysCalm('got a bit of a cough this week, back spasm from the garden', true);
    flags('every time i cough my back spasms', 'urgent', 'cough-sneeze-toilet');
  });

  it('a twinge that wakes one on rolling over is asked about, not flagged', () => {
    staysCalm('the ache wakes me when i turn over in bed', true);
    flags('the pain wakes me every night', 'urgent', 'night-or-rest-pain');
  });

  it('man flu, a flu jab or a question about words asks nothing', () => {
    staysCalm('my boyfriend has man flu and keeps moaning about his back');
    staysCalm('can i have the flu jab with a bad back');
    staysCalm('what is the difference between a cold and flu');
  });
});

describe('off-topic legs ask nothing', () => {
  it.each([
    'calf cramps wake me up some nights',
    'cramp in my legs after football',
    "my dog's hind legs are weak, he's 14",
    'the puppy is back legs keep slipping on the floor',
  ])('%s', (q) => staysCalm(q));

  it('cramp with numbness is not explained away, and a person\'s legs beside a pet are still found', () => {
    flags('cramp and numbness in my legs', 'emergency', 'both-legs');
    flags('walked the dog, now both my legs are numb', 'emergency', 'both-legs');
  });
});

describe('Australian slang for the bottom', () => {
  it('finds a numb "clacker" or "date", not a date night', () => {
    flags('me clacker has gone numb since me back went', 'emergency', 'saddle-numbness');
    flags("my date's all tingly and numb, back's rooted", 'emergency', 'saddle-numbness');
    staysCalm('my date night was ruined, my back went numb with cold from the ice pack');
  });
});
