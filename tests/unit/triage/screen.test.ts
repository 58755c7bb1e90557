// Red-flag screening as the user meets it: the held-out fixtures, lay wording, typos, negation, and when to ask.
import { describe, it, expect } from 'vitest';
import { screenMessage, RED_FLAG_SIGNS, type ScreenResult } from '../../../src/triage';
import cases from '../../fixtures/triage-cases.json';

interface Case {
  q: string;
  kind: 'redflag' | 'benign';
  expect?: 'emergency' | 'urgent';
  tags: string[];
}

const SIGN_IDS = RED_FLAG_SIGNS.map((s) => s.id);

function describeResult(r: ScreenResult): string {
  if (r.outcome === 'red-flag') return `${r.urgency} [${r.signs.map((s) => s.id).join(', ')}]`;
  if (r.outcome === 'ask') return `ask ${r.sign.id}: ${r.question}`;
  return 'clear';
}

describe('screenMessage on the held-out fixtures (tests/fixtures/triage-cases.json)', () => {
  const all = cases as Case[];
  const redFlags = all.filter((c) => c.kind === 'redflag');
  const benign = all.filter((c) => c.kind === 'benign');

  it('has enough cases, and one for every sign', () => {
    expect(redFlags.length).toBeGreaterThanOrEqual(60);
    expect(benign.length).toBeGreaterThanOrEqual(30);
    const tagged = new Set(redFlags.flatMap((c) => c.tags));
    expect(SIGN_IDS.filter((id) => !tagged.has(id))).toEqual([]);
  });

  it('flags 100% of the red flags, with the right urgency and signs, and 0 benign messages', () => {
    const missed = redFlags
      .map((c) => ({ c, r: screenMessage(c.q) }))
      .filter(({ c, r }) => r.outcome !== 'red-flag' || r.urgency !== c.expect || c.tags.some((t) => SIGN_IDS.includes(t) && !r.signs.some((s) => s.id === t)))
      .map(({ c, r }) => `${c.q} => ${describeResult(r)} (expected ${c.expect} ${c.tags.join(',')})`);
    const falseAlarms = benign
      .map((c) => ({ c, r: screenMessage(c.q) }))
      .filter(({ r }) => r.outcome !== 'clear')
      .map(({ c, r }) => `${c.q} => ${describeResult(r)}`);
    console.log(
      `triage fixtures: red flags caught ${redFlags.length - missed.length}/${redFlags.length}, ` +
        `benign flagged or asked ${falseAlarms.length}/${benign.length}`,
    );
    expect(missed).toEqual([]);
    expect(falseAlarms).toEqual([]);
  });
});

/** [message, expected outcome: 'emergency' | 'urgent' (with a sign id) | 'ask' (with a sign id) | 'clear'] */
type Row = readonly [string, 'emergency' | 'urgent' | 'ask', string] | readonly [string, 'clear'];

function check([q, outcome, sign]: Row): void {
  const r = screenMessage(q);
  const got = describeResult(r);
  if (outcome === 'clear') {
    expect(r.outcome, `${q} => ${got}`).toBe('clear');
  } else if (outcome === 'ask') {
    expect(r.outcome === 'ask' && r.sign.id === sign, `${q} => ${got}, expected ask ${sign}`).toBe(true);
  } else {
    const ok = r.outcome === 'red-flag' && r.urgency === outcome && r.signs.some((s) => s.id === sign);
    expect(ok, `${q} => ${got}, expected ${outcome} ${sign}`).toBe(true);
  }
}

describe('screenMessage: lay wording and typos', () => {
  const rows: Row[] = [
    ['I wet myself', 'emergency', 'bladder-bowel'],
    ["I can't pee", 'emergency', 'bladder-bowel'],
    ['cant wee since yesterday', 'emergency', 'bladder-bowel'],
    ['I try to pee and nothing comes out', 'emergency', 'bladder-bowel'],
    ["I've wet the bed twice this week", 'emergency', 'bladder-bowel'],
    ['I had a little accident in my trousers', 'emergency', 'bladder-bowel'],
    ['my bladdr has stopped working', 'emergency', 'bladder-bowel'],
    ['incontinance since the spasm', 'emergency', 'bladder-bowel'],
    ['numb down there', 'emergency', 'saddle-numbness'],
    ['pins and needles in my bum cheeks', 'emergency', 'saddle-numbness'],
    ["can't feel when I wipe", 'emergency', 'saddle-numbness'],
    ['numbness around my back passage', 'emergency', 'saddle-numbness'],
    ['my inner thigh is numb', 'emergency', 'saddle-numbness'],
    ['tinglling in my genitals', 'emergency', 'saddle-numbness'],
    ["I don't think it's serious but I can't feel my bum", 'emergency', 'saddle-numbness'],
    ['erectile problems since my back went', 'emergency', 'sexual-function'],
    ['both legs are numb', 'emergency', 'both-legs'],
    ['my legs feel numb', 'emergency', 'both-legs'],
    ['I cannot feel my legs', 'emergency', 'both-legs'],
    ['legs giving way', 'emergency', 'legs-giving-way'],
    ['weakness getting worse', 'emergency', 'legs-giving-way'],
    ['tripping over my feet', 'emergency', 'legs-giving-way'],
    ['my foot is dragging when I walk', 'emergency', 'legs-giving-way'],
    ['I was in a crash', 'emergency', 'serious-injury'],
    ['I was hit by a car', 'emergency', 'serious-injury'],
    ['I fell down the stairs', 'emergency', 'serious-injury'],
    ['fell about 2 metres onto concrete', 'emergency', 'serious-injury'],
    ["I'm 67 and tripped over the dog", 'emergency', 'serious-injury'],
    ['fell over in the garden, I am seventy', 'emergency', 'serious-injury'],
    ['I have osteoporosis and slipped on the kitchen floor', 'emergency', 'serious-injury'],
    ['my chest feels tight', 'emergency', 'chest-pain'],
    ['feverish and achy', 'urgent', 'fever'],
    ['high temperature', 'urgent', 'fever'],
    ['temp 38.5', 'urgent', 'fever'],
    ['i have a hi temp', 'urgent', 'fever'],
    ["I've been shivering all night", 'urgent', 'fever'],
    ['lost weight without trying', 'urgent', 'weight-loss'],
    ['my clothes are getting loose and I have not been dieting', 'urgent', 'weight-loss'],
    ['history of cancer', 'urgent', 'cancer-history'],
    ["I've been through chemo", 'urgent', 'cancer-history'],
    ['lump on my back', 'urgent', 'lump-or-shape'],
    ['there is a bump on my spine', 'urgent', 'lump-or-shape'],
    ['my back looks crooked now', 'urgent', 'lump-or-shape'],
    ['worse at night', 'urgent', 'night-or-rest-pain'],
    ['it wakes me up at night', 'urgent', 'night-or-rest-pain'],
    ["doesn't get better with rest", 'urgent', 'night-or-rest-pain'],
    ['it hurts more when I cough', 'urgent', 'cough-sneeze-toilet'],
    ['sneezing is the worst, it sends a jolt through me', 'urgent', 'cough-sneeze-toilet'],
    ['hurts to poo', 'urgent', 'cough-sneeze-toilet'],
    ['pain between my shoulderblades', 'urgent', 'between-shoulder-blades'],
    ['on steroids for years', 'urgent', 'immune-steroids-drugs'],
    ['I take prednisolone every day', 'urgent', 'immune-steroids-drugs'],
    ['I have HIV', 'urgent', 'immune-steroids-drugs'],
    ['I inject heroin', 'urgent', 'immune-steroids-drugs'],
    ['weakend immune system', 'urgent', 'immune-steroids-drugs'],
    ['numb from the waist down', 'emergency', 'both-legs'],
    ['my legs are getting weaker since my back went', 'emergency', 'legs-giving-way'],
    ['someone drove into the back of my car', 'emergency', 'serious-injury'],
    ["I didn't realise I'd peed", 'emergency', 'bladder-bowel'],
    ["I couldn't really feel the toilet paper when I wiped", 'emergency', 'saddle-numbness'],
    ['the sciatica is now in both legs', 'emergency', 'both-legs'],
    ['resting makes no difference', 'urgent', 'night-or-rest-pain'],
    ["haven't had a wee all day", 'emergency', 'bladder-bowel'],
    ['I soiled the bed', 'emergency', 'bladder-bowel'],
    ["can't tell if I need the loo anymore", 'emergency', 'bladder-bowel'],
    ['lost sensation in my groin area', 'emergency', 'saddle-numbness'],
    ['I have sciatica on both sides', 'emergency', 'both-legs'],
    ["my legs won't hold me up", 'emergency', 'legs-giving-way'],
    ['my foot slaps the floor when I walk', 'emergency', 'legs-giving-way'],
    ['came off a ladder at work', 'emergency', 'serious-injury'],
    ['tripped on the stairs', 'emergency', 'serious-injury'],
  ];
  it.each(rows)('%s', (...row) => check(row as unknown as Row));
});

describe('screenMessage: negation and clause boundaries', () => {
  const rows: Row[] = [
    ['no numbness or bladder problems', 'clear'],
    ["I don't have a fever", 'clear'],
    ['not peeing myself, just sore', 'clear'],
    ['never had cancer', 'clear'],
    ['no tingling and no weakness', 'clear'],
    ['without any fever', 'clear'],
    ['I can pee fine', 'clear'],
    ['bladder is fine', 'clear'],
    ['no, none of those', 'clear'],
    ['No numbness, tingling or weakness in my legs', 'clear'],
    ["I haven't had any problems with my bladder or bowels", 'clear'],
    ["I'm not numb down there", 'clear'],
    ["I don't feel anything unusual down there", 'clear'],
    ['NO FEVER', 'clear'],
    ["I'm HIV negative", 'clear'],
    ['the lump was benign', 'clear'],
    ['no fever but I wet myself', 'emergency', 'bladder-bowel'],
    ['no fever, I wet myself last night', 'emergency', 'bladder-bowel'],
    ['no incontinence but numbness in my groin', 'emergency', 'saddle-numbness'],
    ['no fever. numb bum though', 'emergency', 'saddle-numbness'],
    ["no fever but it's gone funny down there", 'emergency', 'saddle-numbness'],
    ["I can't walk without my legs giving way", 'emergency', 'legs-giving-way'],
    ["I don't know why but I can't feel my bum", 'emergency', 'saddle-numbness'],
  ];
  it.each(rows)('%s', (...row) => check(row as unknown as Row));
});

describe('screenMessage: benign messages that sound alarming', () => {
  const rows: Row[] = [
    ['my legs are tired after standing all day', 'clear'],
    ['I wet my hair and the shower helped', 'clear'],
    ['I lifted a box and felt a twinge', 'clear'],
    ['my leg aches a bit', 'clear'],
    ['I fell asleep on the sofa', 'clear'],
    ['the ice pack made my skin numb', 'clear'],
    ['stretching made my hamstrings tingle', 'clear'],
    ['I had a fall from grace at work lol', 'clear'],
    ['the pain fell to a 3', 'clear'],
    ['I have a chest infection', 'clear'],
    ['I had a steroid injection', 'clear'],
    ['I inject insulin', 'clear'],
    ['would losing weight help my back?', 'clear'],
    ["I've lost weight on my diet", 'clear'],
    ['the room temperature is low', 'clear'],
    ['my back gave out when I bent down', 'clear'],
    ['when I sneezed my back went', 'clear'],
    ['the pain shoots into my buttock when I stand up', 'clear'],
    ['it gets better when I rest', 'clear'],
    ['I have a bulging disc', 'clear'],
    ['my hands are tingling', 'clear'],
    ['I had to cancel physio', 'clear'],
    ['I have pain on both sides of my lower back', 'clear'],
    ['came down the stairs and my back went', 'clear'],
    ['I feel numb about the whole situation', 'clear'],
    ["I haven't had a wee accident", 'clear'],
    ['the rest of my body is fine', 'clear'],
    ['I need to lose weight, will that help?', 'clear'],
    ['I fell behind at work because of this', 'clear'],
    ['the pain comes and goes', 'clear'],
    ['what if it does not get better?', 'clear'],
    ['my foot fell asleep', 'clear'],
  ];
  it.each(rows)('%s', (...row) => check(row as unknown as Row));
});

describe("screenMessage: 'ask' when a mention is ambiguous", () => {
  const rows: Row[] = [
    ['my leg is numb', 'ask', 'both-legs'],
    ['numbness in my left leg', 'ask', 'both-legs'],
    ['my legs ache', 'ask', 'both-legs'],
    ["I've had some tingling", 'ask', 'saddle-numbness'],
    ['my bum goes numb when I sit for too long', 'ask', 'saddle-numbness'],
    ['I fell', 'ask', 'serious-injury'],
    ['I slipped on ice', 'ask', 'serious-injury'],
    ['had an accident at work', 'ask', 'serious-injury'],
    ['I have osteoporosis', 'ask', 'serious-injury'],
    ["I don't have osteoporosis and I slipped", 'ask', 'serious-injury'],
    ['bladder problems', 'ask', 'bladder-bowel'],
    ['I nearly wet myself laughing', 'ask', 'bladder-bowel'],
    ['what if I cannot pee?', 'ask', 'bladder-bowel'],
    ['should I worry if I get a fever?', 'ask', 'fever'],
    ['can back pain cause numbness in both legs?', 'ask', 'both-legs'],
    ['my mum had cancer', 'ask', 'cancer-history'],
    ["I'm scared it's cancer", 'ask', 'cancer-history'],
    ['I had a fever last week but it has gone', 'ask', 'fever'],
    ['I take steroids', 'ask', 'immune-steroids-drugs'],
    ['I used to use drugs', 'ask', 'immune-steroids-drugs'],
    ['I can hardly walk', 'ask', 'legs-giving-way'],
    ["I'm walking funny because of the pain", 'ask', 'legs-giving-way'],
    ['upper back pain', 'ask', 'between-shoulder-blades'],
    ["I can't sleep because of the pain", 'ask', 'night-or-rest-pain'],
    ['it hurt when I coughed', 'ask', 'cough-sneeze-toilet'],
    ["I've got the flu", 'ask', 'fever'],
    ['my legs feel weird', 'ask', 'both-legs'],
    ['the weakness in my back is getting worse', 'ask', 'legs-giving-way'],
    ['it never eases', 'ask', 'night-or-rest-pain'],
    ['could this be cauda equina?', 'ask', 'bladder-bowel'],
    ['my legs fell asleep', 'ask', 'both-legs'],
    ["it's like my bottom has gone to sleep and it won't wake up", 'ask', 'saddle-numbness'],
    ['lost my balance on a yoga pose and felt my back twinge', 'ask', 'serious-injury'],
    ['I had a fall last year but this is new', 'ask', 'serious-injury'],
  ];
  it.each(rows)('%s', (...row) => check(row as unknown as Row));
});

describe('screenMessage: result shape', () => {
  it('lists every sign found, tier 1 first, and is an emergency when any is tier 1', () => {
    const r = screenMessage('I have a fever, chest pain and I wet myself');
    expect(r).toEqual({
      outcome: 'red-flag',
      urgency: 'emergency',
      signs: [
        { id: 'bladder-bowel', tier: 1, label: expect.any(String) },
        { id: 'chest-pain', tier: 1, label: expect.any(String) },
        { id: 'fever', tier: 2, label: expect.any(String) },
      ],
    });
  });

  it('is urgent when only tier-2 signs are found', () => {
    const r = screenMessage('fever and it is worse at night');
    expect(r.outcome === 'red-flag' && r.urgency).toBe('urgent');
  });

  it('prefers a confirmed sign over a question', () => {
    expect(screenMessage('my leg is numb and I have a fever').outcome).toBe('red-flag');
  });

  it('handles empty and odd input', () => {
    expect(screenMessage('')).toEqual({ outcome: 'clear' });
    expect(screenMessage('   \n ')).toEqual({ outcome: 'clear' });
    expect(screenMessage('🙂🙂🙂 ??? ...')).toEqual({ outcome: 'clear' });
    expect(screenMessage('x'.repeat(5000)).outcome).toBe('clear');
  });
});
