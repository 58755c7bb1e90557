// Reads a free message as a person means it: a follow-up to the answer just given, a question the article does not
// answer (a dose, how long it lasts, pregnancy...), a situation ("my back just went"), or a question for the search.
import { SearchIndex, Ranked } from './search';
import { tokenize } from './normalize';
import { Boundary, ContextRules, FollowUpAspect, Passage, Situation } from './types';

export type Reading =
  | { kind: 'answer'; passage: Passage; confidence: number }
  | { kind: 'boundary'; boundary: Boundary }
  | { kind: 'situation'; situation: string; passage: Passage }
  /** A short message after an answer that says nothing we can place: offer that passage's neighbours. */
  | { kind: 'clarify'; passage: Passage }
  | { kind: 'did-you-mean'; candidates: Ranked[] }
  | { kind: 'none' };

/**
 * The message as cue patterns read it: lower case, apostrophes dropped, chat spellings read ("wat" -> "what"),
 * single spaces, and spelling corrected unless `asTyped` (a cue for "pregant" must see it before correction makes it
 * a word we know).
 */
export function foldForCues(index: SearchIndex, text: string, asTyped = false): string {
  const { spellings } = index.context;
  return tokenize(text)
    .map((token) => spellings.get(token) ?? (asTyped ? token : index.normalizer.correct(token)?.word) ?? token)
    .join(' ');
}

function firstBoundary(index: SearchIndex, folded: string, asTyped: string): Boundary | undefined {
  const matches = (text: string) => (b: Boundary) => b.cues.some((cue) => cue.test(text)) && !b.unless.some((cue) => cue.test(text));
  return index.boundaries.find((b) => matches(folded)(b) || matches(asTyped)(b));
}

/** The message less the words a cue matched: what else it asks ("my back went, is heat better?" -> "is heat better?"). */
function besides(folded: string, cue: RegExp): string {
  return folded.replace(cue, ' ').trim();
}

/** Whether the rest of a message asks about a passage of its own, surely enough to win over the cue's reading. */
function asksOwnTopic(index: SearchIndex, rest: string, confidence: number, not?: Passage, midConversation = false): boolean {
  // After an answer the conversation shows an everyday word is about the back ("what about at night" after posture).
  if (!index.isAnchored(rest, midConversation)) return false;
  const outcome = index.search(rest);
  return outcome.kind === 'answer' && outcome.passage.id !== not?.id && outcome.confidence >= confidence;
}

/**
 * The passages next to the last one: those it offers as buttons and those its follow-ups lead to (the items of its
 * list: after recurrence, "the desk bit" is sitting at a desk).
 */
function related(index: SearchIndex, last: Passage): Set<string> {
  const targets = [...(index.context.overrides.get(last.id)?.values() ?? [])].filter((t) => index.passage(t) !== undefined);
  return new Set([...last.followUps, ...targets].filter((id) => id !== last.id));
}

/**
 * A passage next to the last one that the rest of "and at my desk?" names better than the last one itself: the topic
 * moves there ("the yoga one" after the stretches is child's pose; "and the ice?" after heat or ice stays).
 */
function neighbourNamed(index: SearchIndex, rest: string, last: Passage): Passage | undefined {
  if (!index.namesTopic(rest)) return undefined;
  const near = related(index, last);
  const outcome = index.search(rest);
  if (outcome.kind === 'answer' && near.has(outcome.passage.id)) return outcome.passage;
  const ranked = index.rank(rest).filter((r) => r.passage.id === last.id || near.has(r.passage.id));
  const [best, second] = ranked;
  if (!best || best.passage.id === last.id || best.confidence < index.settings.answerThreshold) return undefined;
  return second && best.score - second.score < index.settings.tie ? undefined : best.passage;
}

/** What a short follow-up asks about the passage just given, resolved through context.json. */
function followUp(index: SearchIndex, text: string, folded: string, last: Passage): Reading | undefined {
  for (const aspect of index.context.aspects) {
    const cue = aspect.cues.find((c) => c.test(folded));
    if (!cue) continue;
    const reading = readAspect(index, text, folded, last, aspect, cue);
    // An aspect that only moves to a neighbour ("the desk bit") leaves the message to the others when it names none.
    if (reading !== 'passes') return reading;
  }
  return undefined;
}

/** A clause that tells about the writer ("I've had them for years", "mine's been a week"), not what is asked. */
const TELLS_OF_WRITER = /^(?:(?:so|and|but|well|ok|okay|yeah|yes) )*(?:i|im|ive|id|my|mine|mines|we|weve|its been)\b/;

/**
 * The clause of a message its follow-up words stand in, when the others only tell about the writer: "I've had them
 * for years, will it ever stop" asks in its last clause. A clause that names a thing ("and massage, does it work?")
 * is part of what is asked, so the whole message counts.
 */
function cueClause(index: SearchIndex, text: string, folded: string, cue: RegExp): string {
  const clauses = text.split(/[,.;:!?\n]+/).map((clause) => foldForCues(index, clause)).filter((clause) => clause !== '');
  const asking = clauses.find((clause) => cue.test(clause));
  const othersTell = clauses.every((clause) => clause === asking || TELLS_OF_WRITER.test(clause));
  return clauses.length > 1 && asking !== undefined && othersTell ? asking : folded;
}

function readAspect(index: SearchIndex, text: string, folded: string, last: Passage, aspect: FollowUpAspect, cue: RegExp): Reading | 'passes' | undefined {
  const rest = besides(cueClause(index, text, folded, cue), cue);
  // What the rest asks besides the follow-up words decides: "is it safe with my warfarin" asks about other medicines,
  // "what about lifting my toddler" and "can I do them before football" about an activity, and a short message that
  // names a topic of its own clearly ("and ibuprofen?") is a new question.
  const asked = aspect.loose || aspect.bound ? folded : rest;
  if (firstBoundary(index, asked, asked)) return undefined;
  // Only a rest that names a topic asks a question of its own: "is it safe with a bad back" still asks about the last answer.
  if (!aspect.bound && index.namesTopic(rest) && asksOwnTopic(index, rest, index.settings.followUpOwnTopic, last, true)) {
    return aspect.ofRest ? answerOf(index, rest) : undefined;
  }
  const neighbour = aspect.switches ? neighbourNamed(index, rest, last) : undefined;
  if (neighbour) return { kind: 'answer', passage: neighbour, confidence: 1 };
  if (aspect.passes) return 'passes';
  const target = index.context.overrides.get(last.id)?.get(aspect.id) ?? aspect.default;
  if (target.startsWith('boundary:')) {
    const boundary = index.boundaries.find((b) => b.id === target.slice('boundary:'.length));
    return boundary && { kind: 'boundary', boundary };
  }
  const id = target === '@same' ? last.id : target === '@first-follow-up' ? (last.followUps[0] ?? last.id) : target;
  const passage = index.passage(id);
  return passage && { kind: 'answer', passage, confidence: 1 };
}

/** The search's answer for a text that asks its own topic surely (checked by asksOwnTopic). */
function answerOf(index: SearchIndex, text: string): Reading | undefined {
  const outcome = index.search(text);
  return outcome.kind === 'answer' ? { kind: 'answer', passage: outcome.passage, confidence: outcome.confidence } : undefined;
}

const distinctiveWords = new WeakMap<SearchIndex, Map<string, Set<string>>>();

/** Per passage, the stems of its title, answer and keywords that few other passages have. */
function distinctive(index: SearchIndex): Map<string, Set<string>> {
  let byPassage = distinctiveWords.get(index);
  if (byPassage) return byPassage;
  const own = new Map(index.passages.map((p) => [p.id, new Set(index.normalizer.stems([p.title, p.answer, ...p.keywords].join(' ')))]));
  const count = new Map<string, number>();
  for (const stems of own.values()) for (const stem of stems) count.set(stem, (count.get(stem) ?? 0) + 1);
  byPassage = new Map([...own].map(([id, stems]) => [id, new Set([...stems].filter((stem) => (count.get(stem) ?? 0) <= index.settings.distinctiveInAtMost))]));
  distinctiveWords.set(index, byPassage);
  return byPassage;
}

/** A short message that uses the last answer's own words ("where do my arms go" after child's pose) is about it. */
function echoesLast(index: SearchIndex, text: string, last: Passage): boolean {
  const own = distinctive(index).get(last.id);
  return own !== undefined && index.normalizer.terms(text).some((term) => own.has(term.stem));
}

/** Words that point back at the answer just given. */
const POINTS_BACK = /\b(?:it|that|this|them|those|they|these|one)\b/;

/** Pointing back, also at several things the answer gave ("both", "all of them", "mine"). */
const POINTS_BACK_WIDE = /\b(?:it|that|this|them|those|they|these|one|both|all|mine|either|each)\b/;

/** A word that starts a question of its own ("how not to put my back out"). */
const QUESTION_WORD = /\b(?:how|why|what|when|where|which|should|is|are|does|do|can|could|will|would|am)\b/;

/** Words before a situation that make it something to prevent, not what is happening ("stop my back seizing up"). */
const PREVENTED = /\b(?:stop|stops|stopping|prevent\w*|avoid\w*|keep\w* (?:\w+ ){0,2}from|without|never|not|dont|doesnt|wont)(?: \w+){0,2} $/;

/** A clause that opens as a question ("what exactly is that", "so does that sound like a spasm"). */
const QUESTION_START = /^(?:(?:so|and|but|ok|okay|then|also|hello|hi|dear|please|sorry) )*(?:how|why|what|whats|when|where|which|(?:should|is|are|does|do|can|could|will|would|am) (?:i|you|it|that|this|they|he|she|we|there|my|the|a|an|these|those|spasms?))\b/;

/**
 * Words before a situation that only greet, groan, say how the writer feels or wish it over ("hi, my back's in bits",
 * "im so fed up, what actually works", "i just want it to stop, what helps"): the situation is read without them.
 */
const SITUATION_LEAD =
  /^(?:(?:hi+|hello+|hey+|hiya|heya|yo|morning|evening|good (?:morning|afternoon|evening|day)|dear \w+|sir|madam|maam|ma|ok|okay|so|right|well|um+|erm+|hmm+|please|pls|kindly|kind|sorry|omg|oh god|ugh+|urgh+|argh+|ow+|ouch|bro|mate|dude|guys|(?:im|i am|i m|i feel|feeling) (?:so |really |very |a bit |quite |just |totally )*(?:scared|frightened|terrified|worried|fed up|desperate|panicking|stressed|upset|in tears|crying|exhausted|done|over it)|(?:i )?(?:just |really |only )?(?:want|need) (?:it|this|the pain|the spasm) to (?:stop|end|go away|ease off)) )+/;

/** Swearing that only gives force ("what the hell am I supposed to do", "f***ing back has gone"): read without it. */
const EXPLETIVES = /\b(?:the (?:hell|heck|fuck|frick|flip)|on earth|tf|wtf|fucking|fuckin|f ing|f in|effing|frigging|freaking|flipping|bloody|sodding|damn|damned|sh t|shit|s t)\b ?/g;

/** The message as the situation cues read it: without what only greets, groans or swears. */
function situational(folded: string): string {
  const plain = folded.replace(EXPLETIVES, '').replace(/ {2,}/g, ' ').trim();
  return plain.replace(SITUATION_LEAD, '') || plain;
}

function prevented(folded: string, cue: RegExp): boolean {
  const match = cue.exec(folded);
  return match !== null && PREVENTED.test(folded.slice(0, match.index));
}

/**
 * A question of its own beside the situation and its call for help ("my back has gone into a spasm, what exactly is
 * that please"), answered surely by another passage: the question wins over relief.
 */
function asksBeside(index: SearchIndex, situation: Situation, text: string, cue: RegExp, passage: Passage): boolean {
  // Only a clause of its own that starts as a question counts: "it went when I sneezed" tells how, it asks nothing.
  const withoutNeeds = (words: string) => situation.needs.reduce((rest, need) => besides(rest, need), words);
  const clauses = text.split(/[,.;:!?\n]+/).map((clause) => situational(foldForCues(index, clause)));
  const asking = clauses.filter((clause) => !cue.test(clause) && QUESTION_START.test(withoutNeeds(clause)));
  if (asking.length === 0) return false;
  // A question that points back ("what exactly is that", "could that be connected") asks about the story told; one
  // that does not ("he's stuck on the edge of the bed, how do I help him") asks only what it says, and the story's
  // words (the bed, bending) name passages it does not ask about.
  const pointsBack = asking.some((clause) => POINTS_BACK.test(clause));
  const question = pointsBack ? besides(situational(foldForCues(index, text)), cue) : asking.join(' ');
  return asksOwnTopic(index, withoutNeeds(question), index.settings.situationQuestionConfidence, passage);
}

/** Words that may come before a follow-up's own words ("ok so how long..."). */
const FOLLOW_UP_OPENER_WORDS = 1;

/** Words that only take the answer in before a follow-up ("right ok so what's the cure then"): they are not counted. */
const TAKING_IN = /\b(?:ok|okay|k|right|alright|so|yes|yep|yeah|ya|and|but|well|cool|fine|then|hmm+|ah+|oh|i see)\b/g;

/** Whether a message starts with what a follow-up asks ("how long till...", "what do you mean..."), not only "and". */
function opensAsFollowUp(index: SearchIndex, folded: string): boolean {
  const startsWithin = (cue: RegExp) => {
    const match = cue.exec(folded);
    const opener = folded.slice(0, match?.index).replace(TAKING_IN, ' ').trim().replace(/ {2,}/g, ' ');
    return match !== null && wordCount(opener) <= FOLLOW_UP_OPENER_WORDS;
  };
  return index.context.aspects.some((a) => !a.loose && a.cues.some(startsWithin));
}

/** A clause that asks someone to do something ("can u make me some slides", "pls translate..."). */
const REQUEST_START = /^(?:(?:so|and|but|ok|okay|anyway|also|pls|please) )*(?:(?:can|could|would|will) (?:you|u) |(?:pls|please) |(?:tell|give|show|find|make|write|translate|recommend|suggest) )/;

/** A clause that asks by naming what it wants ("any good netflix shows", "got any apps for dog walkers"). */
const ANY_START = /^(?:(?:so|and|but|ok|okay|anyway|also) )*(?:(?:got|know|recommend) )?any (?:good |decent |nice |cheap )?/;

/** Words any question may ask with, whatever it is about ("what would you suggest", "what are the main things"). */
const ASKING_WORDS = /\b(?:suggest\w*|recommend\w*|advi[cs]e|tips?|ideas?|true|right|wrong|linked|related|connected|main|things?|else|normal|usual|common|serious|worried|worry|better|worse|best|worst|us|there|here|undressed|examine\w*|sure|idea)\b/g;

/** A clause that is "how" and one word ("how high", "how far"): it asks how much of what was told. */
const HOW_MUCH_OF_IT = /^(?:(?:so|and|but|ok|okay) )*how \w+$/;

/** "so" or "and" joining a question to the story before it ("cant carry the shopping so whats the best..."). */
const JOINED_QUESTION = / (?:so|and|but) (?=(?:how|what|whats|which|where|who|can you|can u|could you) )/;

/**
 * The clauses a message asks in, besides its first: "my back spasm made me miss my flight, how do I get a refund" tells
 * its setting first and asks last. Clauses end at punctuation, at "anyway", where "so" or "and" joins a question, and at
 * "while", which tells the setting of a request ("recommend a podcast while I lie flat with my back").
 */
function askingClauses(index: SearchIndex, text: string): string[] {
  const clauses = text
    .split(/[,.;:!?\n]+|\b(?:anyway|while|whilst)\b/i)
    .flatMap((clause) => foldForCues(index, clause).split(JOINED_QUESTION))
    .filter((clause) => clause !== '');
  return (clauses.length > 1 ? clauses : []).filter((clause) => QUESTION_START.test(clause) || REQUEST_START.test(clause) || ANY_START.test(clause));
}

/**
 * What one asking clause asks about: the back (it points back at the setting, asks a boundary's question or names a
 * word the passages know), something else (only words the passages do not know), or nothing of its own ("and how much").
 */
function clauseAsks(index: SearchIndex, clause: string): 'back' | 'elsewhere' | 'nothing' {
  // A clause that asks a question the article does not answer ("will I be able to dance") is that boundary's, and "how
  // far", "how hard" alone ask how much of what was just told.
  if (firstBoundary(index, clause, clause) || HOW_MUCH_OF_IT.test(clause)) return 'back';
  // Its opening words are the asking ("when do you plant garlic" asks about garlic, not about timing).
  const asked = clause.replace(QUESTION_START, ' ').replace(REQUEST_START, ' ').replace(ANY_START, ' ').replace(ASKING_WORDS, ' ');
  const { anchored, known, unknown } = index.profile(asked);
  if (anchored || known >= unknown) return 'back';
  // "Are those linked", "will that do any harm": a clause that points back and asks one new word asks about the setting
  // itself; "how do I export it to a spreadsheet" points back at something and asks about something else.
  if (POINTS_BACK_WIDE.test(clause) && unknown < index.settings.pointingElsewhereUnknownAtLeast) return 'back';
  return unknown >= index.settings.elsewhereUnknownAtLeast ? 'elsewhere' : 'nothing';
}

/**
 * Whether a message mentions the back only as its setting and asks about something else: a clause of its own asks
 * about something the passages know no word of and none asks about the back ("hurt my back moving house, which
 * removal firm is good"; "...does the council collect it and how much").
 */
function asksElsewhere(index: SearchIndex, text: string): boolean {
  // A clause said twice asks the same thing twice: each is read once (a long message may repeat one many times).
  const asks = [...new Set(askingClauses(index, text))].map((clause) => clauseAsks(index, clause));
  return asks.includes('elsewhere') && !asks.includes('back');
}

function wordCount(folded: string): number {
  return folded === '' ? 0 : folded.split(' ').length;
}

/** Words that open a sentence asking for something without a question word ("tell me how", "explain the bridge"). */
const IMPERATIVE_START = /^(?:(?:so|and|but|ok|okay|please|pls|can you|could you) )*(?:tell|explain|show|give|list|describe)\b/;

/** Whether a sentence asks something: a question mark, or it opens as a question or a request does. */
function asksInSentence(index: SearchIndex, sentence: string): boolean {
  const folded = foldForCues(index, sentence);
  return sentence.includes('?') || QUESTION_START.test(folded) || IMPERATIVE_START.test(folded);
}

/**
 * The sentences of a message that ask, when it also tells a story in sentences of its own ("Our bed is ancient and
 * sags. I wake up stiff. Should we get a new mattress?"); undefined when every sentence asks, or none does.
 */
function askingSentences(index: SearchIndex, text: string): string | undefined {
  const sentences = text.split(/(?<=[.?!])\s+|\n+/).map((s) => s.trim()).filter((s) => s !== '');
  if (sentences.length < 2) return undefined;
  const asking = sentences.filter((s) => asksInSentence(index, s));
  return asking.length > 0 && asking.length < sentences.length ? asking.join(' ') : undefined;
}

/**
 * The search for a message, read from the sentences that ask when they name a passage surely by themselves: the story
 * around a question ("she was stuck on the sofa for two days") names passages the question does not ask about.
 */
function searchAsked(index: SearchIndex, text: string): ReturnType<SearchIndex['search']> {
  const asking = askingSentences(index, text);
  if (asking !== undefined && index.namesTopic(asking)) {
    const outcome = index.search(asking);
    if (outcome.kind === 'answer' && outcome.confidence >= index.settings.askingSentenceConfidence) return outcome;
  }
  return index.search(text);
}

/**
 * A boundary the message only tells as its setting, in a story sentence ("I can't afford more time off work"), while
 * its asking sentences ask about a passage surely: the question is answered. Who is asking (pregnant, a child...) and
 * what else they take or drink bear on any answer, so only a setting topic (the boundary's 'setting') yields.
 */
function settingOnly(index: SearchIndex, text: string, boundary: Boundary | undefined): Boundary | undefined {
  if (!boundary?.setting) return boundary;
  const asking = askingSentences(index, text);
  if (asking === undefined || firstBoundary(index, foldForCues(index, asking), foldForCues(index, asking, true))) return boundary;
  const outcome = index.search(asking);
  return outcome.kind === 'answer' && outcome.confidence >= index.settings.askingSentenceConfidence ? undefined : boundary;
}

/**
 * The reading of one message (already screened for red flags and small talk by the caller).
 * @param lastPassageId the passage the previous answer gave, if any: short questions are read against it.
 */
export function understand(index: SearchIndex, text: string, lastPassageId?: string): Reading {
  const folded = foldForCues(index, text);
  const settings = index.settings;
  const last = lastPassageId === undefined ? undefined : index.passage(lastPassageId);
  const words = wordCount(folded);
  // Short, or a little longer but pointing back at the answer ("is it ok to do that every day") or opening as a
  // follow-up does ("what do you mean the kind you can see", "a few days meaning 2 or 3?").
  const short = words <= settings.followUpMaxWords || (words <= 2 * settings.followUpMaxWords && (POINTS_BACK.test(folded) || (last !== undefined && opensAsFollowUp(index, folded))));
  // "Where do my arms go?" after child's pose is about the pose, not another part of the body.
  const echo = last !== undefined && short && echoesLast(index, text, last);
  // A cue that points at the answer itself ("should I tense my tummy" after a stretch) keeps a body part on it too.
  const onLast = echo || (last !== undefined && short && index.context.aspects.some((a) => a.bound && a.cues.some((c) => c.test(folded))));
  const elsewhere = (group: ContextRules['elsewhere'][number]) =>
    !onLast && group.cues.some((c) => c.test(folded)) && !group.unless.some((c) => c.test(folded));
  if (index.context.elsewhere.some((group) => group.beforeBoundaries && elsewhere(group))) return { kind: 'none' };
  // "Off work with my back, how do I word the email to my manager": the back and work are only its setting.
  if (!short && asksElsewhere(index, text)) return { kind: 'none' };
  const boundary = settingOnly(index, text, firstBoundary(index, folded, foldForCues(index, text, true)));
  if (last && short && !boundary?.asker) {
    const reading = followUp(index, text, folded, last);
    if (reading) return reading;
  }
  if (boundary) return { kind: 'boundary', boundary };

  const told = situational(folded);
  for (const situation of index.context.situations) {
    const cue = situation.cues.find((c) => c.test(told));
    const passage = index.passage(situation.passage);
    if (!cue || !passage || prevented(told, cue) || asksBeside(index, situation, text, cue, passage)) continue;
    // "My back went, is heat or ice better?" asks about heat and ice; "my back went, what do I do?" needs relief now,
    // and so does "my back just went" with nothing else asked.
    const needsRelief = situation.needs.length === 0 || situation.needs.some((need) => need.test(told));
    const rest = besides(told, cue);
    // Without a question mark or a question word the rest tells how it happened ("threw my back out picking up the
    // laundry"), not what else is asked, however long it is and however much it sounds like a topic.
    const asks = text.includes('?');
    const nothingElse = !QUESTION_WORD.test(rest) && (!asks || wordCount(rest) <= settings.situationMaxOtherWords);
    if (needsRelief || (nothingElse && (!asks || !asksOwnTopic(index, rest, settings.situationTopicConfidence)))) {
      return { kind: 'situation', situation: situation.id, passage };
    }
  }

  if (index.context.elsewhere.some((group) => !group.beforeBoundaries && elsewhere(group))) return { kind: 'none' };

  const outcome = searchAsked(index, text);

  // Its own words keep a short follow-up on the last answer unless another passage is clearly asked for.
  const elsewhereSurely = outcome.kind === 'answer' && outcome.confidence >= settings.followUpOwnTopic;
  if (last && echo && !elsewhereSurely) return { kind: 'answer', passage: last, confidence: 1 };
  if (outcome.kind === 'answer') return { kind: 'answer', passage: outcome.passage, confidence: outcome.confidence };
  // A short message that points back at the answer and names nothing else asks about it ("do I have to do both").
  if (last && short && POINTS_BACK_WIDE.test(folded) && !index.namesTopic(folded)) return { kind: 'answer', passage: last, confidence: 1 };
  if (last && short) return { kind: 'clarify', passage: last };
  return outcome;
}
