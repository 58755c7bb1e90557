// The second net (src/triage/concepts.ts matchSecondNet, run by screenMessage when nothing else is found): a sign's
// domain word and a word of change anywhere in one sentence get the sign's yes/no question, never a self-care answer;
// denials, pets, jokes, things that are over and questions about people in general stay clear.
import { describe, it, expect } from 'vitest';
import { screenMessage } from '../../../src/triage';
import { matchSecondNet } from '../../../src/triage/concepts';
import { describeResult, flags } from '../../support/triage';

const asks = (q: string, sign: string): void => {
  const r = screenMessage(q);
  expect(r.outcome === 'ask' && r.sign.id === sign, `${q} => ${describeResult(r)}`).toBe(true);
};

describe('second net: a domain and a change in one sentence, far apart, ask the sign', () => {
  const rows: [string, string][] = [
    ['the loo trips have been a total lottery this week and honestly the whole thing has gone a bit strange', 'bladder-bowel'],
    ['we tried on the weekend and the old fella just stayed sleeping, the spasm has been bad', 'sexual-function'],
    ['both my shins and the tops of my feet have a weird electric feeling, back is in bits', 'both-legs'],
    ['woke up with the duvet drenched again and my temp feels off, back still spasming', 'fever'],
  ];
  it.each(rows)('%s', asks);
});

describe('second net: a sign the first layers flag stays a flag, never only a question', () => {
  const rows: [string, 'emergency' | 'urgent', string][] = [
    ['since tuesday when I wipe after the toilet everything down below is kind of fuzzy, like after the dentist', 'emergency', 'saddle-numbness'],
    ['walking to the bus was slow today and honestly my knees felt like they were made of jelly', 'emergency', 'legs-giving-way'],
    ['my trousers are hanging off me lately and I am not dieting at all, lower back aches', 'urgent', 'weight-loss'],
    ['my shoes on the left side keep dragging over the kerb when I cross the road', 'urgent', 'foot-drop'],
  ];
  it.each(rows)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});

describe('second net: denied, explained away, over or about someone else stays clear', () => {
  const rows: string[] = [
    'my bladder is totally normal, it is only the back that has gone weird',
    'the puppy keeps having accidents on the rug and bending to clean it set my back off',
    'the baby wee went everywhere during the nappy change and my back went as I leaned over, lol',
    'I get sweaty at the gym and feel a bit rough after, does that make spasms worse',
  ];
  it.each(rows)('%s', (q) => {
    const r = screenMessage(q);
    expect(r.outcome, `${q} => ${describeResult(r)}`).toBe('clear');
  });
});

describe('second net: only whole clauses of one sentence, each read for its own denial', () => {
  it('finds the domain in one clause and the change in another', () => {
    expect(matchSecondNet(['the waterworks since saturday', 'honestly it is all different now']).map((h) => h.sign.id)).toEqual(['bladder-bowel']);
  });
  it('does not count a domain word its own clause denies', () => {
    expect(matchSecondNet(['no problem with the waterworks', 'but my mood has changed'])).toEqual([]);
  });
  it('asks, never flags', () => {
    expect(matchSecondNet(['my knees', 'they have been weak and wobbly']).every((h) => h.effect === 'ask')).toBe(true);
  });
});
