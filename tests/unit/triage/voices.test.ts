// Red flags in voices the first rules were not written for: phone-typed and Scots negatives ("havnt", "cannae"),
// Scots and Irish "ma"/"me" for "my", Nigerian Pidgin ("no fit lift", "my body dey hot"), a noun's "'s" ("Mum's here"),
// lay use of clinical words (paraesthesia, retention, pyrexia) and signs said in passing ("and some in my chest").
// Each is checked as the user meets it (screenMessage), with the harmless look-alikes that must stay calm.
import { describe, it, expect } from 'vitest';
import { basicClean } from '../../../src/triage/text';
import { flags, staysCalm } from '../../support/triage';

describe('basicClean: negatives as phones and Scots spell them', () => {
  it.each([
    ['I havnt been', 'i have not been'],
    ['she cudnt stand', 'she could not stand'],
    ['it dosnt help', 'it does not help'],
    ['I cannae feel it', 'i cannot feel it'],
    ['he couldnae walk', 'he could not walk'],
    ['I didnae', 'i did not'],
    ['it isnae right', 'it is not right'],
  ])('%s', (typed, clean) => expect(basicClean(typed)).toBe(clean));

  it('leaves words that only look like them alone', () => {
    expect(basicClean('Donna and Nana')).toBe('donna and nana');
  });
});

describe('regional voices, lay clinical words and signs said in passing: the sign is found', () => {
  const rows: [string, 'emergency' | 'urgent', string][] = [
    ['I cannae pass water the day', 'emergency', 'bladder-bowel'],
    ['hvnt had a wee all day and my back is wrecked', 'emergency', 'bladder-bowel'],
    ['ma legs are baith numb', 'emergency', 'both-legs'],
    ['me bum is numb since the spasm', 'emergency', 'saddle-numbness'],
    ['my foot no fit lift again', 'urgent', 'foot-drop'],
    ['my legs no get strength at all', 'emergency', 'both-legs'],
    ['his body dey hot since yesterday and his back dey pain him, he is here with me', 'urgent', 'fever'],
    ['my urine is not passing well since two days', 'emergency', 'bladder-bowel'],
    ['a keke jam me on the road and now my back is paining', 'emergency', 'serious-injury'],
    ['Dad\'s here, he had bowel cancer and this back pain is new', 'urgent', 'cancer-history'],
    ['my spine\'s got a swelling on it', 'urgent', 'lump-or-shape'],
    ['flipped the jeep on a gravel track, back sore', 'emergency', 'serious-injury'],
    ['pain btwn my shoulder blades', 'urgent', 'between-shoulder-blades'],
    ['my chest is tite, goes thru to my back', 'emergency', 'chest-pain'],
    // lay clinical words, and signs said in passing
    ['paresthesia in my perineum since the weekend', 'emergency', 'saddle-numbness'],
    ['my GP once said I had bladder retention, and it is happening again', 'emergency', 'bladder-bowel'],
    ['I have to press on my tummy to get the urine to start', 'emergency', 'bladder-bowel'],
    ['not been getting erections since the back went', 'emergency', 'sexual-function'],
    ['since the spasm things have stopped working in the bedroom', 'emergency', 'sexual-function'],
    ['numb when I orgasm now', 'emergency', 'sexual-function'],
    ['my legs have gone completely', 'emergency', 'legs-giving-way'],
    ['left thigh and right thigh both burning', 'emergency', 'both-legs'],
    ['my heart feels crushed and my back aches', 'emergency', 'chest-pain'],
    ['sharp pain in my lower back and a little in my chest', 'emergency', 'chest-pain'],
    ['a pyrexial illness with back pain', 'urgent', 'fever'],
    ['my weight has decreased a lot and I am eating normally', 'urgent', 'weight-loss'],
    ['noticeable loss of weight over the winter', 'urgent', 'weight-loss'],
    ['I keep losing weight and my back hurts', 'urgent', 'weight-loss'],
    ['found a hard lump yesterday, the size of a marble', 'urgent', 'lump-or-shape'],
    ['rest brings zero relief', 'urgent', 'night-or-rest-pain'],
    ['the ache is not lessening even after resting', 'urgent', 'night-or-rest-pain'],
    ['most severe at night', 'urgent', 'night-or-rest-pain'],
    ['even when i rest it hurts', 'urgent', 'night-or-rest-pain'],
    ['one sneeze and my back is screaming', 'urgent', 'cough-sneeze-toilet'],
    ['when I cough my back wants to shout', 'urgent', 'cough-sneeze-toilet'],
    ['agony when I take a crap', 'urgent', 'cough-sneeze-toilet'],
    ['on prednisone for 3 yrs now', 'urgent', 'immune-steroids-drugs'],
    ['my pee don block since morning', 'emergency', 'bladder-bowel'],
    ['i no fit piss at all', 'emergency', 'bladder-bowel'],
    ["my gran's had a wee tumble and she's 91", 'emergency', 'serious-injury'],
    ['no feeling in my wee fella since the back went', 'emergency', 'sexual-function'],
    ['my bum cheeks feel like they are asleep all the time', 'emergency', 'saddle-numbness'],
    ['the back pain will not go away at night', 'urgent', 'night-or-rest-pain'],
    ['cannot poo, cannot wee, back is on fire', 'emergency', 'bladder-bowel'],
    // Indian English
    ['urine is coming without my control', 'emergency', 'bladder-bowel'],
    ['urine passing is very less since morning', 'emergency', 'bladder-bowel'],
    ['not able to stand, legs are shivering', 'emergency', 'legs-giving-way'],
    ['he is not able to do sex properly since the back pain', 'emergency', 'sexual-function'],
    ['taking steroid since 2 years for asthma', 'urgent', 'immune-steroids-drugs'],
    // Australian and American slang, dialect double negatives, formal English
    ['me legs have carked it', 'emergency', 'legs-giving-way'],
    ['came a cropper off the roof', 'emergency', 'serious-injury'],
    ['wiped out on my motorbike', 'emergency', 'serious-injury'],
    ['need a slash but nothin comes out', 'emergency', 'bladder-bowel'],
    ['I cannot get a boner since my back went', 'emergency', 'sexual-function'],
    ["can't feel nothing round my bum", 'emergency', 'saddle-numbness'],
    ['my water works are not functioning', 'emergency', 'bladder-bowel'],
  ];
  it.each(rows)('%s', (q, urgency, sign) => flags(q, urgency, sign));
});

describe('look-alikes of the new words stay calm', () => {
  const rows: [string, boolean][] = [
    ['my heart goes out to anyone with back pain', false],
    ['I have heartburn and back ache', false],
    ['the pain in my legs has gone', true],
    ['my legs went dead from sitting too long', true],
    ["there's a lump in my throat when I think about it", false],
    ['a lump of ice on my back helps', false],
    ['the swelling has gone down now', true],
    ['had a swollen knee from football, the back is separate', false],
    ['my body is hot after the bath', false],
    ['I have to press on my back to get relief', false],
    ['my weight has decreased since I started the diet', false],
    ['I had a cough and my back hurts from the chair', false],
    ['I keep tripping over the cat, back spasm though', false],
    ['breast cancer runs in my family but I have never had it', true],
    ['I am not having sex until my back settles', false],
    ['back pain, no pain in my chest', false],
    ['me ma says to try a hot water bottle', false],
    ['the toilet is blocked and my back hurts', false],
    ['pissed off with this back', false],
    ['the kids are asleep so I can finally lie down', false],
    ['a wee bit better today, I need a wee though', false],
    ['I pee less since I drink less', false],
    ['I cannot stand up straight, my legs are fine', false],
    ['need a leak, back is stiff from the car', false],
    ['I did not do nothing to hurt it, it just went', false],
    ['stacked it in the kitchen, back is sore', true],
    ["the cat's been sleeping on my legs and they've gone numb", true],
  ];
  it.each(rows)('%s', (q, ask) => staysCalm(q, ask));
});

describe('a few words before a question name its topic', () => {
  it('lets the question explain them away: "hot and cold, how do I alternate them" asks about packs', () => {
    staysCalm('hot and cold, how do i alternate them');
    staysCalm('Hot and cold... how long do I switch between them?');
  });

  it('still finds the sign when the question does not explain it, or when someone reports it', () => {
    flags('hot and cold sweats, should i worry', 'urgent', 'fever');
    flags('boiling hot and freezing cold, what do i do', 'urgent', 'fever');
    flags("I'm hot and cold, how do I alternate the packs", 'urgent', 'fever');
    flags('wet myself, should i use a heat pack', 'emergency', 'bladder-bowel');
  });
});
