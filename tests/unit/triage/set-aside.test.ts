// Signs that nobody has now (benign-fresh shapes): long past, in a game, film, book or dream, a thing that fell, a pet's,
// someone else's fall when they are fine, a remedy's hot and cold. They are asked about, never escalated; the same
// words about the writer, or about a sign that came back, are still flagged.
import { describe, it } from 'vitest';
import { flags, staysCalm } from '../../support/triage';

type Flagged = [string, 'emergency' | 'urgent', string];

describe('a sign told as long past is asked about, unless it goes on or came back', () => {
  const calm: string[] = [
    'broke my leg skiing when i was 19, totally different thing, now my lower back has locked up',
    'I passed out with a temperature back in 2015, why does my back go into spasm when I hoover',
    'used to wet the bed as a child, is a heat pad safe overnight for my back',
  ];
  it.each(calm)('%s', (q) => staysCalm(q, true));
  const flagged: Flagged[] = [
    ['came off a ladder years ago and my back has never been right since', 'emergency', 'serious-injury'],
    ['i used to soil myself as a kid and its started again this week with my back', 'emergency', 'bladder-bowel'],
    ['had bowel cancer years ago, now a new ache low in my back', 'urgent', 'cancer-history'],
  ];
  it.each(flagged)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});

describe('a sign over now, said in a tail with no subject, is asked about; "it is back" confirms it', () => {
  it.each(['had a high temperature over the weekend, all gone now, back still tight', 'numb feet from new boots, fine at home now'])('%s', (q) => staysCalm(q, true));
  const flagged: Flagged[] = [
    ['the shivers stopped on tuesday but they came back last night and my back aches', 'urgent', 'fever'],
    ['my wife had a temperature which went, but now i have got one too and my back is sore', 'urgent', 'fever'],
  ];
  it.each(flagged)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});

describe('a fall or crash in a game, a film, a book or a dream is asked about at most', () => {
  const calm: string[] = [
    'my avatar in gta got run over by a bus again lol, back stiff from the console',
    'in the show last night the actor fell from a balcony and I jumped, back twinged',
    'dreamed I couldnt feel my legs, they were totally normal when I got up, back is just tight',
    'wrecked my car on gran turismo, sat gaming too long and my back aches',
    'feels like a lorry hit me but i only did some gardening',
  ];
  it.each(calm)('%s', (q) => staysCalm(q, true));
  const flagged: Flagged[] = [
    ['was playing on the playstation and when I got up my legs buckled under me', 'emergency', 'legs-giving-way'],
    ['some guy in a van crashed into my car outside the cinema, back in agony', 'emergency', 'serious-injury'],
    ['dreamt about the loo and woke up having wet myself, my back has been bad all week', 'emergency', 'bladder-bowel'],
    ['a van ran into me on my bike, felt like the end of the world, back has been bad since', 'emergency', 'serious-injury'],
  ];
  it.each(flagged)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});

describe('a thing that fell is no fall of anyone', () => {
  it.each(['the big mirror fell off the wall and smashed, I bent to sweep it up and my back went', 'all the tins tumbled out of the cupboard, back twinged picking them up'])('%s', (q) => staysCalm(q, true));
  const flagged: Flagged[] = [
    ['the loft ladder collapsed and I fell from the loft onto the landing, back is killing', 'emergency', 'serious-injury'],
    ['the stepladder wobbled and I fell off the top of it onto the patio', 'emergency', 'serious-injury'],
  ];
  it.each(flagged)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});

describe("someone else's fall is asked about when they are fine, not when they are not", () => {
  const calm: string[] = [
    'my grandson fell off the climbing frame, not a scratch on him, but I wrenched my back picking him up',
    'my nephew came off his bike and walked away laughing without a mark, I hurt my back lifting the bike',
    'my sister has been losing weight, the GP has given her the all clear, I have a back spasm from the garden',
  ];
  it.each(calm)('%s', (q) => staysCalm(q, true));
  const flagged: Flagged[] = [
    ['my husband fell off the shed roof, he reckons hes fine but his back is agony, hes next to me', 'emergency', 'serious-injury'],
    ['my daughter fell off her horse, she is ok but cannot feel her legs, she is here with me', 'emergency', 'serious-injury'],
    ['my son and me both fell off the quad bike, he is fine, my back is in bits', 'emergency', 'serious-injury'],
    ['grandad fell on the stairs, hes ok but now his legs keep giving way, hes with me', 'emergency', 'legs-giving-way'],
  ];
  it.each(flagged)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});

describe("a pet's body is nobody's sign, whatever it is called", () => {
  it.each(['our old spaniel has lost weight since her op, I put my back out lifting her into the car', 'one of the goats has a swelling on his back, my own back hurts from the feed sacks'])('%s', (q) => staysCalm(q, true));
  const flagged: Flagged[] = [
    ['the dog is fine but I have found a lump on my own spine', 'urgent', 'lump-or-shape'],
    ['our terrier tripped me on the stairs and I cannot feel my legs', 'emergency', 'both-legs'],
  ];
  it.each(flagged)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});

describe('hot and cold as a remedy, and "X or no X", are read for what they say', () => {
  it.each(['warm then cold then warm, how many minutes each time', 'hot to cold, how often should i swap'])('%s', (q) => staysCalm(q, true));
  const flagged: Flagged[] = [
    ['i keep going hot then cold in bed and my back is bad', 'urgent', 'fever'],
    ['rest or no rest, both my legs are going numb', 'emergency', 'both-legs'],
  ];
  it.each(flagged)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});
