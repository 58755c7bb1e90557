// Clauses whose signs are nobody's to escalate now: a sign told as long past, one that happened in a game, a film, a
// book or a dream, a thing (not a person) that fell, and someone else's sign when the message says they are fine.
// A sign found there is asked about (its yes/no question), never dropped: the screen (screen.ts) only softens it.
import { OTHER_PEOPLE } from './vocabulary';

/** Which of a clause's signs are set aside; undefined when the clause is read as usual. */
export type AsideFilter = (signId: string) => boolean;
/** A sign that is a history by its nature (having had cancer, years on steroids): a long past is the sign itself. */
const HISTORY_SIGNS: ReadonlySet<string> = new Set(['cancer-history', 'immune-steroids-drugs']);
const ALL: AsideFilter = () => true;
const NOT_HISTORY: AsideFilter = (id) => !HISTORY_SIGNS.has(id);
const FALLS: AsideFilter = (id) => id === 'serious-injury';

// ── Long past ─────────────────────────────────────────────────────────────────────────────────────────────────
/** A time long gone: "years ago", "as a kid", "when I was 16", "back in 2019", "in my twenties". */
const LONG_AGO = /\b(?:(?:\d+|a few|a couple of|several|many|some|ten|twenty|\w+ty) )?(?:years|decades?) ago|as a (?:kid|child|teen|teenager|boy|girl|baby|toddler|youngster|student|lad|lass)|when i was (?:a )?(?:kid|child|teen|teenager|boy|girl|little|young|younger|small|at school|in school|\d+)|back in (?:the day|(?:19|20)\d\d)|in my (?:teens|twenties|thirties|youth|childhood|school days)\b/;
/** It did not stay in the past: "ever since", "never been right", "again", "still", "it's come back". */
// "It's been bad since" is ongoing; "all fine since" is not.
const ONGOING = /\b(?:ever since|since then|still|again|never been (?:right|the same)|came back|come back|coming back|returned|keeps? (?:coming|happening)|on and off)\b|(?<!\b(?:fine|ok|okay|good|alright|normal|better|well)(?: ever)? )\bsince\s*$/;
const longAgo = (clause: string, next: string): boolean => LONG_AGO.test(clause) && !ONGOING.test(clause) && !ONGOING.test(next);

// ── Games, screens, books and dreams ───────────────────────────────────────────────────────────────────────────
/** Where a made-up story happens: a game (and the common names people type), a screen, a book. */
const STORY_PLACE = String.raw`(?:(?:video )?games?|gaming|xbox|playstation|ps[2-5]|nintendo|console|fortnite|minecraft|roblox|gta|mario ?kart|forza|fifa|call of duty|rdr2?|red dead|gran turismo|need for speed|film|movie|show|series|episode|programme|tv|telly|netflix|youtube|tiktok|cartoon|anime|book|novel|story|soap)`;
/** Someone who only exists in it: "my character", "my guy" in a game, "the stuntman", "some guy" on the screen. */
const STORY_PERSON = String.raw`(?:(?:main |my |the |a |this |his |her )?(?:character|avatar|stunt ?(?:man|woman|double)|actor|actress)|(?:my|the) (?:guy|player|driver|sim|kart)|some (?:guy|bloke|man|woman|girl|lady|dude|kid|fella))`;
/** Nothing done to the writer just after the story person ("some guy knocked me over" is real). */
const NOT_ME = String.raw`(?!(?:\W+\w+){0,5}?\W+(?:me|myself)\b)`;
/** The sign told as what happens in the story: a story person as subject with a story place named, or "on mario kart" after it. */
const IN_A_STORY = new RegExp(
  String.raw`\b${STORY_PERSON}\b${NOT_ME}(?=.*\b(?:${STORY_PLACE}|irl|in real life)\b)|\b(?:${STORY_PLACE}|watching|reading)\b.*\b${STORY_PERSON}\b${NOT_ME}|\b(?:crash\w*|wreck\w*|smash\w*|rolled|flipped|pile ?up|accident|fell|fall\w*|hit by a \w+) (?:\w+ ){0,2}?(?:on|in|playing) (?:a |the |my )?${STORY_PLACE}\b(?! (?:room|hall|shop|store|area|centre|center|stand|cabinet|unit))`,
);
/** What a programme, video or article was about: "watched a documentary about a climber who fell" (not about the writer). */
const STORY_ABOUT = new RegExp(String.raw`\b(?:watch\w*|saw|seen|read|reading|heard|listen\w*) (?:\w+ ){0,3}?(?:${STORY_PLACE}|documentary|doc|podcast|article|clip|video|vid|reel|report) (?:about|on|of)\b(?!.*\b(?:i|me|my|myself)\b)`);
/** A clause that is the content of a dream: "dreamt I fell off a cliff", "had a nightmare I couldn't move my legs". */
const DREAMT = /^\W*(?:\w+ ){0,3}?(?:dreamt|dreamed|dream|dreaming|nightmare)\b/;
/** Feels like being hit by a bus: a simile for how bad it feels, not an accident ("I was hit by a car, like, literally" is one). */
const AS_IF_HIT = /\b(?:(?:feel\w*|felt)(?: \w+){0,2}? (?:like|as if|as though)|like being|as if i)\b(?: \w+){0,4}? (?:(?:hit|run over|knocked (?:down|over)|mown down|struck) by|(?:bus|lorry|truck|train|car|van|tank|steamroller|tractor) (?:hit|ran over|ran into|went over|flattened) me)\b/;

// ── Things that fell ──────────────────────────────────────────────────────────────────────────────────────────
/** People, so "the toddler fell" is a person's fall and "the ladder fell" is not. */
const PERSON = String.raw`(?:${OTHER_PEOPLE}|i|we|you|me|man|men|woman|women|lady|guy|bloke|kids?|child|children|toddler|baby|boy|girl|lad|lass|mate|patient|client|resident|grandson|granddaughter|grandchild|nephew|niece|fella|missus|hubby|other half|stepdad|stepmum|carer|nurse|teacher|player|old (?:man|boy|girl|dear))`;
const FALL_VERB = String.raw`(?:fell|falls|falling|fallen|toppled|tipped|tumbled|dropped|landed|collapsed)`;
/** A thing before a fall verb: "the christmas tree fell", "all my books fell" (a determiner, then no person). */
const NOT_A_THING = String.raw`(?:${PERSON}|and|or|but|then|so|just|also|had|has|have|was|were|is|are|it|that|which|who|nearly|almost|never|not|both|all|then|off|on|in|out|down|up|over|from|of|to|with)`;
const THING_BEFORE = new RegExp(String.raw`\b(?:the|a|an|my|our|his|her|their|some|all the|all my) (?:(?!${NOT_A_THING}\b)\w+ ){0,2}?(?!${NOT_A_THING}\b)[a-z]+ $`);
const FALL = new RegExp(String.raw`\b${FALL_VERB}\b`, 'g');
/**
 * Every fall in the clause is a thing's ("the ladder fell over in the garage"), and the writer is not in it ("the
 * shelf fell on me" is an injury).
 */
function onlyThingsFell(clause: string): boolean {
  if (/\b(?:me|myself)\b/.test(clause)) return false;
  const falls = [...clause.matchAll(FALL)];
  return falls.length > 0 && falls.every((m) => THING_BEFORE.test(clause.slice(0, m.index)));
}

// ── Someone else who is fine ───────────────────────────────────────────────────────────────────────────────────
/** A clause about someone else: it opens with them ("my daughter", "the toddler", "he's"). */
const OTHER_SUBJECT = new RegExp(String.raw`^\W*(?:(?:and|but|so|then|now|also) )?(?:(?:my|our|the|his|her|their|a|one of (?:my|our|the)) (?:\w+ )?)?(?!i\b|we\b|you\b|me\b)${PERSON}\b|^\W*(?:hes|shes|theyre|they are|he is|she is)\b`);
/** Unhurt, told of them: "not a mark on her", "walked away without a scratch", "he's fine", "all sorted". */
const UNHURT = /\b(?<!\b(?:not|no|never|hardly|barely|says?|said|reckons?|insists?|claims?|thinks?) (?:\w+ )?)(?:fine|ok|okay|alright|all right|unhurt|unharmed|unscathed|all good|sorted|not a (?:mark|scratch|bruise)|without a (?:mark|scratch|bruise)|no (?:harm|damage|injur\w*)|nothing broken|walked away|checked (?:him|her|them) over)\b/;
/** Seen to and settled: "he's seen the doctor, all sorted", "given the all clear". Any sign of theirs, not only a fall. */
const SEEN_TO = /\b(?:all sorted|sorted (?:now|out)|(?:given )?the all clear|all clear|nothing (?:to worry about|wrong|serious))\b/;
/** A claim of being fine that comes from them, not a finding: "she says she's fine" keeps the sign. */
const ONLY_SAYS = /\b(?:he|she|they|hes|shes) (?:says?|said|reckons?|insists?|claims?|thinks?)\b/;
/** Of the one just named, as the whole clause: "he's fine", "not a mark on her", "she's all good". */
// Or a finding about them: "the GP has given her the all clear", "the hospital checked him over".
const OF_THEM = /^\W*(?:(?:and|but|so) )?(?:hes|shes|he is|she is|he|she|they|they are|not a|without a|no|nothing|(?:the |her |his |their )?(?:gp|doctor|doc|dr|hospital|nurse|paramedics?|consultant|a and e))\b/;
/** More is said of them after it ("she's ok but can't feel her legs"): they are not fine after all. */
const MORE_OF_THEM = /^\W*(?:cannot|could not|can not|is not|not|(?:he|she|they|his|her|their)\b)/;
/** The writer was in it too: "we were both in the crash". */
const NOT_ONLY_THEM = /\b(?:both|we|us|me|myself|together)\b/;
/**
 * Unhurt says their fall hurt nobody, so only a fall is set aside ("she's ok" after her legs gave way keeps the
 * legs); seen to and settled sets aside any sign of theirs.
 */
function theirsAndFine(clause: string, next: string): AsideFilter | undefined {
  if (ONLY_SAYS.test(clause) || MORE_OF_THEM.test(next)) return undefined;
  if (SEEN_TO.test(clause)) return ALL;
  return UNHURT.test(clause) ? FALLS : undefined;
}
const otherUnhurt = (clause: string, next: string): AsideFilter | undefined =>
  OTHER_SUBJECT.test(clause) && !NOT_ONLY_THEM.test(clause) ? theirsAndFine(clause, next) : undefined;

/** The signs of this clause that are set aside, if any. `next` is the clause after it ('' at the end). */
export function setAside(clause: string, next: string): AsideFilter | undefined {
  if (IN_A_STORY.test(clause) || STORY_ABOUT.test(clause) || DREAMT.test(clause)) return ALL;
  if (longAgo(clause, next)) return NOT_HISTORY;
  if (AS_IF_HIT.test(clause) || onlyThingsFell(clause)) return FALLS;
  return otherUnhurt(clause, next);
}

/**
 * A clause saying the person just named is fine ("my son fell off the trampoline, he's fine"): which signs of the
 * clause before it, about someone else, are set aside; the one after it must not say more about them.
 */
export const saysOtherFine = (clause: string, previous: string, next: string): AsideFilter | undefined =>
  OTHER_SUBJECT.test(previous) && !NOT_ONLY_THEM.test(previous) && OF_THEM.test(clause) ? theirsAndFine(clause, next) : undefined;

/** "It's come back", "they've started again", "now I've got one": a sign told as over is here again, or the writer's too. */
export const RETURNS = /\b(?:(?:start\w*|come|came|coming|flar\w*(?: up)?) (?:back|again)|back again|returned|returning|(?:it|they|that) (?:is |are )?back(?=\s*(?:$|now|tonight|today|again|and|with))|now i (?:have|have got|got|am getting) (?:one|it|them|that|the same))\b/;
