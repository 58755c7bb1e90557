// Mentions (src/triage signsMentioned): a message that screens clear but names what a warning sign is about (legs that
// feel wrong, peeing, a temperature, a fall, cancer) names that sign, so the answer can say what it needs; lifting and
// stretching advice, denials, pets, games, remedies and things that are over name none.
import { describe, expect, it } from 'vitest';
import { screenMessage, signsMentioned } from '../../../src/triage';

const mentioned = (q: string): string[] => signsMentioned(q).map((s) => s.id);

describe('a clear message that names what a sign is about names the sign', () => {
  const rows: [string, string][] = [
    ['would a heat pad help, my legs get tired and stiff after work', 'both-legs'],
    ['my thighs get stiff after sitting all day, does stretching help', 'both-legs'],
    ['is it normal to pee a lot when you have a spasm', 'bladder-bowel'],
    ['do I need my bowels checked', 'bladder-bowel'],
    ['shoulder blade aches when I lift the kettle, which stretch', 'between-shoulder-blades'],
    ['my temperature, should I check it with a back spasm', 'fever'],
  ];
  it.each(rows)('%s -> %s', (q, sign) => {
    expect(screenMessage(q).outcome, 'clear, so this is a mention and not a report').toBe('clear');
    expect(mentioned(q)).toContain(sign);
  });
});

describe('advice about legs, feet and lifting, denials, pets, games and remedies name no sign', () => {
  it.each([
    'when lifting a box should I bend at the knees and use my legs',
    'lie on your back with your feet flat on the floor, how long do I hold the bridge',
    'no numbness or anything, just the spasm, what helps',
    'my dog keeps peeing on the rug and I have to bend down to clean it, back is killing me',
    'how many reps of the bum lift exercise',
    'can I do number 2 of those stretches every day',
    'how long should I switch between hot and cold packs',
    'threw my back out reaching for the remote, what now',
    'my thermometer says normal, is it still ok to use a heat pad',
  ])('%s', (q) => expect(mentioned(q)).toEqual([]));
});

describe('the order is the questions\' order: emergency signs first', () => {
  it('legs before cancer', () => {
    expect(mentioned('I had breast cancer years ago, now my legs feel weak and wobbly some days, what exercise is safe')).toEqual(['both-legs', 'cancer-history']);
  });
});
