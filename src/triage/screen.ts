// screenMessage: finds red-flag signs in one user message, understanding negation ("no numbness"), clause
// boundaries ("no fever but I wet myself"), hypotheticals ("what if I can't pee?") and typos.
import { basicClean } from './text';
import { repairTypos } from './typos';
import { foldUnicode } from './unicode';
import { countWords, isNegated, isOverNow, isSoftened } from './negation';
import { RULES, type Fact, type Rule } from './rules';
import { matchConcepts, matchMentions, matchSecondNet, type ConceptHit } from './concepts';
import { PRESENT_PROXY, BODY_OR_KIN, SCOTS_WEE, OTHER_PEOPLE } from './vocabulary';
import { RED_FLAG_SIGNS, type RedFlagSign, type SignRecord } from './signs';
import { setAside, saysOtherFine, RETURNS, type AsideFilter } from './aside';

export type ScreenResult =
  | { outcome: 'clear' }
  | { outcome: 'red-flag'; urgency: 'emergency' | 'urgent'; signs: RedFlagSign[] }
  | { outcome: 'ask'; sign: RedFlagSign; question: string };

// ── Normalisation ──────────────────────────────────────────────────────────────────────────────────────────────

const APOSTROPHE = /'/g;
const DIGIT_LETTER = /(\d)([a-z])/g;
const REPEATS = /([a-z])\1{2,}/g;
const JOINERS = /[-_/*"()[\]<>~+=#]+|°/g;
const PHRASES = /\bi am the (?:one|person) (?:who|that)\b|\bcnt\b|\bmy self\b|\bcan no longer\b|\bno longer able to\b|\bpins n needles\b|\bnites?\b|\bnite ?time\b|\bnothings\b|\bme and my (?:wife|husband|partner|girlfriend|boyfriend|missus|bf|gf|other half)\b|\bmy (?:wife|husband|partner|girlfriend|boyfriend|missus|bf|gf|other half) and i\b|&/g;
// "me and my wife": one subject, so "and my" does not start a new statement there.
const phraseFor = (m: string): string => PHRASE_FOR[m] ?? 'we';
const PHRASE_FOR: Readonly<Record<string, string>> = {
  'i am the one who': 'i', 'i am the one that': 'i', 'i am the person who': 'i', 'i am the person that': 'i', // "I'm the one who injects": I inject
  cnt: 'cannot',
  'my self': 'myself',
  'pins n needles': 'pins and needles',
  nite: 'night',
  nites: 'nights',
  nitetime: 'night time',
  'nite time': 'night time',
  'can no longer': 'cannot',
  'no longer able to': 'unable to',
  '&': ' and ',
  nothings: 'nothing is',
};
/**
 * Phone spellings, Scots "wee" for "little" ("a wee cough", "my wee fella"), Scots and Irish possessives ("ma legs", "me back") and Nigerian Pidgin negatives ("no fit lift",
 * "no get power"), spelled the way the patterns expect.
 */
const LOOSE_WORDS = new RegExp(
  String.raw`\b(?:(?:every|evry|each) tim|thru|tite|nothin|baith|oot|evry|wen|bak|btwn|betwn|b w|cogh|coff|kils|lowr|lumpp|leeking|leeked|loosing|cauging|caughing|coffing|cofing|fel(?= (?:down|off|over|from|out|on|in)\b)|(?<=\b(?:down|up|on|off|from|of) (?:the|my|our|some) )stares|(?:ma|me) (?=${BODY_OR_KIN}\b)|wee (?=${SCOTS_WEE}\b)|no (?:fit|get|dey|wan|go)(?= \w)|d\*+ck|c\*+ck|p\*+nis|a\*+se|sh\*+t|p\*+ss)\b`,
  'g',
);
const LOOSE_FOR: Readonly<Record<string, string>> = {
  thru: 'through', tite: 'tight', nothin: 'nothing', baith: 'both', oot: 'out', evry: 'every', wen: 'when', bak: 'back', btwn: 'between', betwn: 'between',
  'b w': 'between', cogh: 'cough', coff: 'cough', kils: 'kills', lowr: 'lower', lumpp: 'lump', leeking: 'leaking', leeked: 'leaked', loosing: 'losing', cauging: 'coughing', caughing: 'coughing', coffing: 'coughing', cofing: 'coughing', fel: 'fell', stares: 'stairs', 'every tim': 'every time', 'evry tim': 'every time', 'each tim': 'each time', 'ma ': 'my ', 'me ': 'my ', 'wee ': 'little ', 'no fit': 'cannot', 'no get': 'has no', 'no dey': 'is not', 'no wan': 'will not',
  'no go': 'will not go', 'd*ck': 'dick', 'c*ck': 'cock', 'p*nis': 'penis', 'a*se': 'arse', 'sh*t': 'shit', 'p*ss': 'piss',
};
const looseWord = (m: string): string => LOOSE_FOR[m.replace(/\*+/, '*')] ?? m;
/** After a "cannot", "either foot" is neither of them: "can't feel the floor under either foot" is both feet. */
const EITHER_AFTER_NOT = /(\b(?:cannot|could not|unable to|not able to|not)\b(?: \w+){0,6}? )either (?:(foot|feet)|legs?)\b/g;
const eitherBoth = (_m: string, before: string, foot?: string): string => `${before}both ${foot === undefined ? 'legs' : 'feet'}`;
/** Slang for a pee ("take a leak", "need a slash"): a leak there is the pee, not a loss of control. */
const PEE_SLANG = /\b(take|taking|took|have|having|had|need|needing|go for|going for|went for) a (?:leak|slash)\b/g;
/** Dialect double negatives: "can't feel nothing" means "can't feel anything", not a denial. */
const DOUBLE_NEGATIVE = /\b((?:cannot|could not|do not|did not|does not|will not|would not|am not|is not|are not) (?:\w+ )?)nothing\b/g;
/** "back's", "Mum's": a noun's "'s" is "is" ("mum's here", "back's got a lump"); pronouns keep their own forms. */
const NOUN_IS = /\b(?!(?:he|she|it|that|there|what|who|let|where|here|how|everyone|everything|nothing|something)')([a-z]{2,})'s\b/g;

/** "I cough and the pain shoots", "I sneezed. My back nearly sent me through the ceiling": one statement, not two. */
// "a cough and my back screams" too, but not "I had a cough and my back hurts" (an illness, not a trigger).
const COUGH_AND = /\b(?:i|when i|if i|whenever i|every time i|(?<!\b(?:had|have|has|got|with|caught|get|getting|having) )(?:a|one|the|every|each|any)(?: (?:little|small|tiny|wee|big|single))?) (cough|sneeze|strain)(?:s|d|ed)?(?: and\b|[.!]+(?= (?:my|the|it|its)\b))/g;
/** The sound of a sneeze is a sneeze: "achoo and my back screams". */
const SNEEZE_SOUND = /\b(?:a+ ?choo+|atishoo+|a tishoo+)\b/g;
const SPACES = /\s+/g;

/**
 * A list under a heading that says what is wrong with each item ("what hurts: back, middle of my chest, left arm",
 * "what makes it worse: coughing, sneezing"): each item is said with the heading's words, so it reads as a statement.
 */
const HEADED_LIST = /\b(?:what|things?|stuff|everything|bits?|places?)(?: that)? ((?:is |are )?(?:hurts?|hurting|aches?|aching|sore|numb|tingl\w*)|makes? (?:it|the pain|my back) (?:worse|hurt))(?: is| are| so far)?\s*:\s*([^.!?\n:]+)/g;
const LIST_ITEM = /\s*(?:,|\band\b)\s*/;
const saidOfEach = (_m: string, said: string, items: string): string =>
  items.split(LIST_ITEM).filter((item) => item.trim() !== '').map((item) => `${item.trim()} ${said.replace(/^(?:is|are) /, '')}`).join(', ');

/**
 * The message as the screen reads it, kept for the last message: a question is screened, then read again for the
 * signs it mentions (`signsMentioned`, for the answer's safety note), in the same turn.
 */
let lastRead = { text: '', normalized: '' };
function readForScreening(text: string): string {
  if (lastRead.text !== text) lastRead = { text, normalized: normalizeForScreening(foldUnicode(text)) };
  return lastRead.normalized;
}

/** Lower case, spelled-out contractions, no apostrophes, "6kg" -> "6 kg", "bladdder" -> "bladder", typos repaired. */
function normalizeForScreening(text: string): string {
  const s = basicClean(text)
    .replace(HEADED_LIST, saidOfEach)
    .replace(NOUN_IS, '$1 is')
    .replace(LOOSE_WORDS, looseWord)
    .replace(PEE_SLANG, '$1 a pee')
    .replace(EITHER_AFTER_NOT, eitherBoth)
    .replace(DOUBLE_NEGATIVE, '$1anything')
    .replace(APOSTROPHE, '')
    .replace(DIGIT_LETTER, '$1 $2')
    .replace(REPEATS, '$1$1')
    .replace(JOINERS, ' ')
    .replace(PHRASES, phraseFor)
    .replace(SNEEZE_SOUND, 'i sneeze')
    .replace(COUGH_AND, 'when i $1');
  return repairTypos(s).replace(SPACES, ' ').trim();
}

/**
 * Where one statement ends and the next begins; a negation does not reach past it. Full stops (not decimal points),
 * other sentence marks, "but"-like words, a comma or "and" that starts a new statement ("no fever, I wet myself"),
 * but not a comma in a list ("no numbness, tingling or weakness"), nor one before a "no feeling" that names no place of its
 * own (the symptom of the clause before: "feels like sitting on nothing, no feeling, back bad", "the place where you
 * sit, no feeling there"), nor one before "because of".
 */
const CLAUSE_BREAK = new RegExp(
  [
    String.raw`(?<!\d)\.|\.(?!\d)|[;!?\n:]+`,
    String.raw`\b(?:but(?! (?:i )?(?:did not|never) (?:actually |quite |even )?(?:fall|go down|hit the (?:floor|ground|deck)))(?! (?:it|that|thats|its|this|they|he|she|hes|shes|the \w+) (?:is |has |have |are )?(?:all |completely |totally |fully |long )?(?:fine|ok|okay|alright|unhurt|gone|went away|went|(?:cleared|settled|healed) up|cleared|settled|passed|better|resolved|stopped|wore off|recovered)(?=\s*(?:$|[.,;!?]|(?:now|again|completely|since|after|within|once|by|overnight|quickly|soon)\b)))|however|although|though|except|yet|whereas|apart from|other than|besides|anyway|plus|also|because(?! of)|cos|coz|so(?=\s+(?:i|my|it|its|the|this|that|we|he|she|they|now|then|there|what|anyway|yeah)\b)|and then|since then)\b`,
    String.raw`,(?=\s*(?:i|my|it|its|but|and|so|then|now|also|since|because(?! of)|which|when|he|she|his|her|their|our|your|they|we|there|this|that|the pain|the \w+ (?:has|have|is|are|was|were|keeps|kept|just|still)|no(?! (?:feeling|sensation)\b(?! (?:in|of|on|around|down|from|at|below|under)\b))|yes|not|though|although|anyway|plus|what|how|is|are|can|could|should|do|does|did|will|would|have|has|had|more|rather|instead|mostly|mainly|actually|just)\b)`,
    String.raw`\band\b(?!\s+(?:it is |it s |its )?still\b)(?=\s+(?:i|my|it|its|now|then|also|the|this|that|there|he|she|they|we|since|when|after|have|has|had|sometimes|every|each|recently|lately|just|still|yes|woke|wake|waking)\b)`,
    // "had a temp last month, long gone now": a tail saying it is over, with no subject of its own, is a clause.
    String.raw`,(?=\s*(?:long |all |totally |completely |fully )?(?:gone|(?:fine|warmed up)(?: \w+){0,2}? (?:now|since))\b)`,
  ].join('|'),
);

// ── Matching ───────────────────────────────────────────────────────────────────────────────────────────────────

interface Hit {
  sign: SignRecord;
  /** 'ask' when the rule asks, or its flag was softened (hypothetical, over now, explained by context). */
  effect: 'flag' | 'ask';
  question: string;
  /** An ask that becomes a flag if this fact turns up anywhere in the message. */
  upgradeWith: Fact | undefined;
  /** A flag turned into a question only because it was asked about: a reply such as "mine are" confirms it. */
  asked: boolean;
}

/** The first non-negated match of a rule in a clause, and how sure it is; records the rule's facts. */
function matchRule(rule: Rule, clause: string, facts: Set<Fact>, present: boolean, context: string): Hit | undefined {
  let explainedAway: boolean | undefined;
  rule.match.lastIndex = 0;
  for (let m = rule.match.exec(clause); m !== null; m = rule.match.exec(clause)) {
    // Tested after a match, since most clauses match nothing, and once, since it reads the context, not the match.
    explainedAway ??= rule.unless?.test(context) === true;
    if (explainedAway) return undefined;
    const start = m.index;
    const end = start + m[0].length;
    if (isNegated(clause, start, end)) continue;
    for (const f of rule.facts) facts.add(f);
    const sign = rule.sign;
    if (sign === undefined) return undefined;
    const ask = (question: string, asked = false): Hit => ({ sign, effect: 'ask', question, upgradeWith: rule.upgradeWith, asked });
    const explained = rule.soften?.test(clause) === true;
    // An ask explained by its clause ("the baby wakes me every night") stays a question whatever else the message says.
    if (rule.effect !== 'flag') return explained ? { ...ask(rule.question), upgradeWith: undefined } : ask(rule.question);
    const before = clause.slice(0, start);
    if (explained || rule.softenBefore?.test(before)) return ask(rule.question);
    if (!present && rule.forOther?.test(before)) return ask(rule.question);
    if (isSoftened(clause, start, end)) return ask(sign.question, true);
    return { sign, effect: 'flag', question: sign.question, upgradeWith: undefined, asked: false };
  }
  return undefined;
}

const RANK = new Map(RED_FLAG_SIGNS.map((s, i) => [s.id, i]));
const rank = (sign: RedFlagSign): number => RANK.get(sign.id) ?? 0;
/** A clause whose subject is the thing just named: "... and it just won't come". */
// A clause with no subject of its own ("my foot seems lazy, doesn't quite come up") refers back too.
// Also a part placed by the one before ("my balls and the skin behind them ..."), a feeling of it ("... and I didn't feel
// it") and a need of it ("can I take X with viagra, I've needed it since ...").
const REFERS_BACK =
  /^\s*(?:it|its|they|them|both|nothing|still|(?:does|do|did|will|would|is|are|was|were|has|have|can|could) not|cannot|keeps?|kept|the (?:\w+ ){1,2}?(?:behind|around|round|under|near|between|below|above|next to) (?:it|them)|i (?:\w+ ){0,2}?(?:feel|felt|need\w*|take|took|taking|use|used|using) (?:it|them)\b)\b/;
/**
 * A short clause of what happened with no body part, then one that names the part: "I am not able to stand, my legs
 * are shivering". The two are read together as well as apart, so the trouble finds its part.
 */
const NAMES_PART = /^\s*(?:my|his|her|their|both|the|me) (?:\w+ )?(?:legs?|knees?|feet|foot|bum|bottom|bladder|bowels?|chest)\b/;
const readsOn = (previous: string, clause: string): boolean => previous !== '' && countWords(previous) <= 6 && NAMES_PART.test(clause);
/**
 * A few words of the writer's own after the clause that set the scene ("couldn't get off the loo, because I had no
 * control"): the trouble belongs to the place just named, so the two are read together as well as apart.
 */
const OWN_SHORT = /^\s*i (?:had|have|got|felt|feel|could not|cannot|can not|did not|do not|was|am)\b/;
const saysOn = (previous: string, clause: string): boolean => previous !== '' && countWords(clause) <= 5 && OWN_SHORT.test(clause);
/**
 * A clause of a few words with no one in it and no verb, before a question ("hot and cold, how do I alternate them"),
 * names the question's topic: the question may explain its words away (a rule's or concept's `unless`), while
 * finding and softening a sign still read the clause alone.
 */
const REPORTS = /\b(?:i|im|me|my|mine|he|she|we|they|his|her|their|our|you|your|been|feel\w*|felt|got|get\w*|have|has|had|am|is|are|was|were|keep\w*|going|gone|went|started?|woke|can|could|cannot)\b/;
const QUESTION_NEXT = /^\s*(?:how|what|which|when|where|why|should|shall|can|could|do|does|is|are|will|would)\b/;
/** Words that only join the things named ("hot then cold then hot"): a fragment's size is its things. */
const JOINING = /\b(?:and|or|then|n|vs|versus|to)\b/g;
const isTopicFragment = (clause: string, next: string | undefined): boolean =>
  next !== undefined && QUESTION_NEXT.test(next) && countWords(clause.replace(JOINING, ' ')) <= 4 && !REPORTS.test(clause);

/** A pet's body ("my dog's back legs are stiff"): not the writer's, nor anyone's to escalate. */
// Also a pet and then its own body ("my dog had a lump removed from his back", "my dog can't control his bladder").
const PET = String.raw`\b(?:cats?|dogs?|pupp(?:y|ies)|pups?|kittens?|kitty|horses?|pon(?:y|ies)|rabbits?|bunn(?:y|ies)|hamsters?|guinea pigs?|gerbils?|ferrets?|chickens?|hens?|goats?|sheep|lambs?|cows?|donkeys?|parrots?|budgies?|tortoises?|labs?|labradors?|spaniels?|collies?|terriers?|greyhounds?|whippets?|pets?)`;
const ANIMAL_BODY = new RegExp(
  String.raw`${PET}(?: is)? (?:(?:back|hind|front|rear) )?(?:legs?|paws?|hips?|tail|spine)\b|${PET}\b(?:\W+\w+){0,8}?\W+(?:(?:his|its) (?:back|spine|legs?|hips?)|(?:his|her|its) (?:bladder|bowels?|waterworks))\b`,
);
/**
 * A clause about a pet with no one else in it ("my dog is losing weight", "our rabbit can't use her back legs"): not a
 * sign of anyone's. "He" and "her" there are the pet, unless the pet acts on them ("the dog knocked her over").
 */
const PET_SUBJECT = new RegExp(
  String.raw`^\s*(?:one of )?(?:my |our |the |his |her )?(?:old |young |little |new |poor )?${PET}\b(?!.*\b(?:i|im|me|myself|my|mine|${OTHER_PEOPLE.replace(/\|?\b(?:dog|cat|he|she|his|her|they|their)\b/g, '')})\b)(?!.*\b(?:knock\w*|pull\w*|push\w*|dragg?\w*|trip\w*|kick\w*|bit|bite\w*|jump\w* on) (?:him|her|them)\b)`,
);
const conceptHit = (c: ConceptHit): Hit => ({ sign: c.sign, effect: c.effect, question: c.sign.question, upgradeWith: undefined, asked: c.asked });

/**
 * A clause that refers to a place just named ("I sweat buckets in there" after "is the sauna good"): that clause's
 * `unless` reads the one before it too, so what explains a word away there still does.
 */
// Also a clause that happens "after" it ("is a cold bath ok, I was shivering after"): the thing before is its cause.
const PLACE_BACK = /\b(?:in|out of) (?:there|it|them)\b|\b(?:after|afterwards|from) (?:it|that|them)\b|\b(?:after|afterwards)\s*$/;

/**
 * The hits of one clause: phrase rules, then the concept layer (wordings no rule was written for). A reading joined
 * with the clause before it keeps what set that clause's signs aside (`previousAside`: "fell off a horse when I was 16,
 * I'm 45 now" is still long ago).
 */
function screenClause(clause: string, previous: string, next: string | undefined, facts: Set<Fact>, present: boolean, previousAside?: AsideFilter): Hit[] {
  const hits: Hit[] = [];
  const context = isTopicFragment(clause, next) ? `${clause} ${next}` : PLACE_BACK.test(clause) ? `${previous} ${clause}` : clause;
  for (const rule of RULES) {
    const hit = matchRule(rule, clause, facts, present, context);
    if (hit !== undefined) hits.push(hit);
  }
  // A clause that refers back ("I sit on the loo for ages and it just won't come") is read with the one before it.
  const joined = (c: ConceptHit): Hit => conceptHit(previousAside?.(c.sign.id) === true && c.effect === 'flag' ? { ...c, effect: 'ask', asked: true } : c);
  const refersBack = REFERS_BACK.test(clause);
  const reading = refersBack ? `${previous} ${clause}` : clause;
  for (const c of matchConcepts(reading, context === clause ? reading : context)) hits.push(refersBack ? joined(c) : conceptHit(c));
  if (readsOn(previous, clause)) for (const c of matchConcepts(`${previous} ${clause}`)) hits.push(joined(c));
  if (saysOn(previous, clause)) for (const c of matchConcepts(`${previous}, ${clause}`)) hits.push(joined(c));
  return hits;
}

/** "it went away when I stood up", "that's passed now": a short clause saying what came before is over. */
const OVER_NOW_SUBJECT = /^\s*(?:but |and |though )?(?:it|its|that|thats|this|they|which|the \w+)\b(?!.*\b(?:came back|comes back|come back|coming back|returned|again|still|worse)\b)/;
/**
 * A tail with no subject says it of the clause before ("had a temp last month, long gone now"); what follows its
 * comma is another matter ("all gone now, back still tight").
 */
const OVER_NOW_TAIL = /^\s*(?:long |all |totally |completely |fully )?(?:gone|fine|warmed up)\b(?![^,]*\b(?:came back|comes back|come back|coming back|returned|again|still|worse)\b)/;
const isOverNowClause = (clause: string): boolean =>
  countWords(clause) <= 10 && (OVER_NOW_SUBJECT.test(clause) || OVER_NOW_TAIL.test(clause)) && isOverNow(clause);

/** A short reply that says the writer has what they just asked about: "mine is", "because I did", "I have". */
const CONFIRMS = /^\s*(?:because |cos |coz |and |well )?(?:i (?:did|do|have|am|have got|got)(?: (?:it|that|this|them|one|some))?|mine (?:is|are|does|do|did|has|have|has been|have been)(?: \w+)?|(?:that|this) is (?:me|what i have|happening to me))(?: (?:too|now|already|right now))?\s*$/;

/** Questions from `from` on that were only asked about become flags again: the writer has just said they have it. */
function confirmFrom(hits: Hit[], from: number): void {
  for (let i = from; i < hits.length; i++) if (hits[i].asked) hits[i] = { ...hits[i], effect: 'flag', asked: false };
}

/**
 * Flags found from `from` on (of the signs `which` picks) become questions: the sign was real, but the writer says it
 * is over, long past, in a story or someone else's who is fine. "It's come back" confirms them again.
 */
function softenFrom(hits: Hit[], from: number, which: AsideFilter = () => true): void {
  for (let i = from; i < hits.length; i++) if (hits[i].effect === 'flag' && which(hits[i].sign.id)) hits[i] = { ...hits[i], effect: 'ask', asked: true };
}

/** "It hasn't come back": a return denied is none. */
const DENIED = /\b(?:not|never|no)\b/;
const comesBack = (clause: string): boolean => RETURNS.test(clause) && !DENIED.test(clause);

/** Someone else's sign counts as theirs to report when they are with the writer. */
const PRESENT_RE = new RegExp(PRESENT_PROXY);
/**
 * A carer writing about the patient's own back ("now his back is in spasm") with no back of the writer's: the
 * message is about them, so their history (a tumour, steroids) is the patient's sign, not a relative's.
 */
const THEIR_BACK = new RegExp(
  String.raw`\b(?:(?:his|her|their) (?:lower |upper |bad |poor )?back\b(?:\W+\w+){0,4}?\W+(?:pain\w*|hurt\w*|spasm\w*|ach\w*|sore|agony|bad|gone|went|locked|seiz\w*|cramp\w*|killing)` +
    // "he's got a bad back", "she has back pain": the patient's back told with the patient as subject.
    String.raw`|(?:he|she|they)(?:'s|s|'ve)? (?:(?:is|has|have|had) )?(?:got )?(?:a |an )?(?:bad|sore|painful|dodgy|stiff|awful|terrible)? ?back (?:pain|spasms?|ache|trouble|problems?)?)\b`,
);
const MY_BACK = /\bmy (?:lower |upper |bad |poor )?back\b/;
const writesForPatient = (text: string): boolean => THEIR_BACK.test(text) && !MY_BACK.test(text);
const CLEAR: ScreenResult = Object.freeze({ outcome: 'clear' });
/**
 * A whole message that only picks from a list the bot has shown ("number 2 pls", "option 3", "the second one"): a
 * position, not "a number two" (a poo). Anything more than the pick is screened as usual.
 */
const POSITION = String.raw`(?:\d|one|two|three|four|five|six|1st|2nd|3rd|[4-6]th|first|second|third|fourth|fifth|sixth|last)`;
const LIST_PICK = new RegExp(
  String.raw`^(?:(?:number|num|no|nr|option|choice|item)\s*${POSITION}|(?:the )?${POSITION}(?: one| option| link| answer)?)(?: (?:one|please|pls|plz|thanks|thank you|thx|ta|then|i think|i guess|mate))*$`,
);

/**
 * Screens one message for red flags. 'red-flag' when a sign is reported (emergency if any is tier 1), 'ask' when
 * a sign is mentioned ambiguously (a yes/no question confirms it), 'clear' otherwise. Over-triage is preferred.
 */
export function screenMessage(text: string): ScreenResult {
  const normalized = readForScreening(text);
  if (normalized === '' || LIST_PICK.test(normalized)) return CLEAR;
  const hits: Hit[] = [];
  const facts = new Set<Fact>();
  const present = PRESENT_RE.test(normalized) || writesForPatient(normalized);
  let previous = '';
  let previousFrom = 0;
  let previousAside: AsideFilter | undefined;
  const clauses = normalized.split(CLAUSE_BREAK).filter((clause) => clause.trim() !== '');
  for (const [i, clause] of clauses.entries()) {
    if (aboutAPet(clause)) continue;
    const next = clauses[i + 1] ?? '';
    // "my bum went numb for a minute, it went away when I stood up": the sign before is over now, so it is asked about;
    // so is someone else's when the next clause says they are fine ("my son fell off the trampoline, he's fine").
    if (isOverNowClause(clause)) softenFrom(hits, previousFrom);
    const theirs = saysOtherFine(clause, previous, next);
    if (theirs !== undefined) softenFrom(hits, previousFrom, theirs);
    // "can spasms cause numbness in your groin? mine is numb": the reply confirms what the question only asked about;
    // "the night sweats stopped but they've started again" confirms what was told as over.
    if (CONFIRMS.test(clause) || comesBack(clause)) confirmFrom(hits, previousFrom);
    previousFrom = hits.length;
    hits.push(...screenClause(clause, previous, clauses[i + 1], facts, present, previousAside));
    previousAside = setAside(clause, next);
    if (previousAside !== undefined) softenFrom(hits, previousFrom, previousAside);
    previous = clause;
  }
  const flagged = new Set<string>();
  let ask: Hit | undefined;
  for (const hit of hits) {
    if (hit.effect === 'flag' || (hit.upgradeWith !== undefined && facts.has(hit.upgradeWith))) flagged.add(hit.sign.id);
    else if (ask === undefined || rank(hit.sign) < rank(ask.sign)) ask = hit;
  }
  if (flagged.size > 0) {
    const signs = RED_FLAG_SIGNS.filter((s) => flagged.has(s.id)).map((s) => ({ id: s.id, tier: s.tier, label: s.label }));
    return { outcome: 'red-flag', urgency: signs.some((s) => s.tier === 1) ? 'emergency' : 'urgent', signs };
  }
  ask ??= secondNet(normalized);
  if (ask !== undefined) {
    return { outcome: 'ask', sign: { id: ask.sign.id, tier: ask.sign.tier, label: ask.sign.label }, question: ask.question };
  }
  return CLEAR;
}

/** Where a sentence ends: full stops (not decimal points), question and exclamation marks, new lines. */
const SENTENCE_END = /(?<!\d)\.|\.(?!\d)|[!?\n;]+/;
const aboutAPet = (clause: string): boolean => ANIMAL_BODY.test(clause) || PET_SUBJECT.test(clause);

/**
 * The second net, for a message in which the phrase rules and concepts found nothing: the highest-ranked sign whose
 * domain and a word of change share a sentence (concepts.ts `matchSecondNet`), to be asked about. A sentence about a
 * pet, or with a clause saying something is over now ("he's fine now"), is left out.
 */
function secondNet(normalized: string): Hit | undefined {
  let ask: Hit | undefined;
  for (const clauses of widerSentences(normalized)) {
    for (const c of matchSecondNet(clauses)) if (ask === undefined || rank(c.sign) < rank(ask.sign)) ask = conceptHit(c);
  }
  return ask;
}

/** The sentences the wider readings look at, as clauses: not a pet's, and none with a clause saying something is over. */
function widerSentences(normalized: string): string[][] {
  return normalized
    .split(SENTENCE_END)
    .map((sentence) => sentence.split(CLAUSE_BREAK).filter((clause) => clause.trim() !== '' && !aboutAPet(clause)))
    .filter((clauses) => !clauses.some(isOverNowClause));
}

/**
 * The warning signs whose part of the body a message names without reporting the sign ("is walking ok, my legs
 * ache", "I fell asleep on the sofa" is no fall): the reply to it says which of them needs a doctor. In the order of
 * red-flags.json, as the yes/no questions rank them; a sentence about a pet or with something over now names none.
 */
export function signsMentioned(text: string): RedFlagSign[] {
  const normalized = readForScreening(text);
  const found = new Set(widerSentences(normalized).flatMap((clauses) => matchMentions(clauses).map((sign) => sign.id)));
  return RED_FLAG_SIGNS.filter((s) => found.has(s.id)).map((s) => ({ id: s.id, tier: s.tier, label: s.label }));
}
