// Turns free text into weighted search terms: lexicon, tokens, stop words, spelling correction, stems.
import Fuse from 'fuse.js';
import { foldUnicode } from '../triage/unicode';
import { isEnglishWord, loadEnglishWords } from './englishWords';
import { LexiconEntry } from './types';
// Import natural's parts, not the package: the whole package loads ~1,300 modules and reads ./.env.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { words as STOP_WORDS } from 'natural/lib/natural/util/stopwords';

/** A search term: the stem, and how sure we are that the user meant it (1 = typed as is). */
export interface Term {
  stem: string;
  weight: number;
  /** Put there by a topical lexicon entry (a lay word or brand name we know): a sign the message is about the back. */
  fromLexicon?: boolean;
  /** Put there by a generic lexicon entry: a question frame ("what should I do" -> relief), not a topic named. */
  frame?: boolean;
  /** Put there by an everyday lexicon entry ("at night" -> sleep): a topic named, but no sign of the back. */
  everyday?: boolean;
}

/**
 * Words that carry no topic in a chat message. natural's list covers grammar words; people in pain
 * also write filler ("please", "really", "hi") that must not count as an unknown topic word.
 */
const CHAT_FILLER = [
  'please', 'thanks', 'thank', 'hi', 'hello', 'hey', 'really', 'just', 'bit', 'lot', 'lots', 'any', 'anything',
  'something', 'thing', 'things', 'know', 'tell', 'want', 'need', 'okay', 'ok', 'yes', 'no', 'not', 'dont', 'cant',
  'im', 'ive', 'id', 'ill', 'its', 'can', 'will', 'shall', 'may', 'also', 'even', 'quite', 'pretty',
  'anyone', 'someone', 'does', 'say', 'says', 'good', 'best', 'better', 'idea', 'ideas', 'tips', 'tip', 'advice',
  'question', 'questions', 'info', 'information', 'mean', 'means', 'actually', 'totally', 'right', 'now',
  'today', 'currently', 'still', 'keep', 'keeps', 'going', 'go', 'u', 'ur', 'pls', 'plz', 'help', 'sure', 'think',
  'wondering', 'wonder', 'guess', 'maybe', 'perhaps', 'supposed', 'ought', 'whats', 'hows', 'lol', 'um', 'uh',
  // Time fillers and chat contractions, "one" for a thing already named ("the kneeling one"), "use" (every remedy is
  // used: "should I use a hot water bottle" asks about the bottle), "bad" ("a bad back" is any back trouble) and
  // "normal" ("is it normal to..." asks about what follows).
  'anymore', 'already', 'gonna', 'wanna', 'gotta', 'one', 'ones', 'somehow', 'use', 'using', 'used', 'bad', 'normal', 'goes',
  'doesnt', 'didnt', 'isnt', 'wont', 'wouldnt', 'arent', 'havent', 'hasnt',
  // Discourse words natural's list lacks: they join or soften a sentence and name no topic.
  'though', 'although', 'despite', 'either', 'neither', 'anyway', 'anyways', 'probably', 'possibly', 'sometimes',
  'yet', 'rather', 'yeah', 'yep', 'nope', 'guys', 'mate', 'folks', 'whenever', 'wherever', 'however', 'therefore',
  'thus', 'hence', 'etc', 'lately', 'recently', 'instead', 'otherwise', 'besides', 'tho', 'altho', 'aged',
  // Possessive pronouns stand for a thing already named ("what could be causing mine").
  'mine', 'yours', 'hers', 'ours', 'theirs',
  // "What's it called" asks for a name; the thing named is the topic ("the kneeling stretch").
  'called',
  // The people around the asker tell who helps or who told them, not what is asked ("get my partner to massage it").
  'partner', 'husband', 'wife', 'hubby', 'boyfriend', 'girlfriend', 'mum', 'mom', 'dad', 'sister', 'brother', 'friend',
  'neighbour', 'neighbor',
  // Contractions with their apostrophe dropped ("you've" -> "youve"), which the list has only in full.
  'youve', 'youre', 'youd', 'youll', 'weve', 'theyve', 'theyre', 'theyd', 'theyll', 'thats', 'theres', 'heres', 'hes',
  'shes', 'shouldnt', 'couldnt', 'wasnt', 'werent', 'mustnt', 'neednt', 'aint', 'lets', 'wheres', 'whos',
];

/**
 * Hedges dropped before the lexicon is read, so that a phrase it knows is found with one inside it ("what will the
 * doc actually do", "put my back right out" is not one: "right" is not a hedge).
 */
const HEDGES = new Set(['actually', 'basically', 'literally', 'honestly', 'really', 'just', 'even', 'exactly', 'definitely', 'kinda', 'sorta', 'ever', 'normally', 'usually', 'typically', 'generally', 'medically', 'precisely']);
/** Filler phrases, dropped the same way: "what causes it in the first place" asks what causes it. */
const FILLER_PHRASES = [
  'in the first place', 'to be honest', 'by the way', 'if that makes sense', 'or something', 'or anything', 'or whatever',
  'at the moment', 'at the minute', 'these days', 'any more', 'from now on', 'going forward', 'moving forward',
].map((p) => p.split(' '));

/**
 * Words that check a claim, dropped the same way: "is it true you should switch hot and cold", "my mum says rest,
 * my brother says move, who's right", "does the mattress matter or is that a myth" ask about the claim, and the
 * checking words name no topic (without them the claim reads as a message about something else).
 */
const CLAIM_CHECKS = [
  'is it true', 'is that true', 'is this true', 'true or false', 'is that a myth', 'is it a myth', 'is this a myth',
  'a myth', 'an old wives tale', 'old wives tale', 'old wives tales', 'whos right', 'who is right', 'whose right',
  'which of them is right', 'who do i believe', 'who should i believe', 'who do i listen to', 'who should i listen to',
  'is that rubbish', 'is that nonsense',
].map((p) => p.split(' '));
const DROPPED_PHRASES = [...FILLER_PHRASES, ...CLAIM_CHECKS];

/**
 * Articles, dropped the same way: a lexicon phrase is found with or without them ("see doctor", "after first one"),
 * as people writing in a hurry or in a second language often leave them out. They are stop words anyway.
 */
const ARTICLES = new Set(['a', 'an', 'the']);

/** The first of `phrases` whose words stand in `tokens` from position `i`. */
function phraseAt<T extends readonly string[]>(tokens: readonly string[], i: number, phrases: readonly T[]): T | undefined {
  return phrases.find((words) => words.every((w, k) => tokens[i + k] === w));
}

function withoutHedges(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const phrase = phraseAt(tokens, i, DROPPED_PHRASES);
    if (phrase) i += phrase.length - 1;
    else if (!HEDGES.has(tokens[i]) && !ARTICLES.has(tokens[i])) out.push(tokens[i]);
  }
  return out;
}

/**
 * Irregular verb forms Porter leaves alone ("seen" is not "see"), read as their base form by every stem, in the
 * knowledge and the lexicon as in a message, so "got seen by a GP" and "felt it go" find the words the passages use.
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  seen: 'see', saw: 'see', went: 'go', gone: 'go', brought: 'bring', felt: 'feel', told: 'tell', took: 'take',
  taken: 'take', gave: 'give', given: 'give', got: 'get', gotten: 'get', made: 'make', did: 'do', done: 'do',
  slept: 'sleep', woke: 'wake', woken: 'wake', sat: 'sit', stood: 'stand', bent: 'bend', threw: 'throw',
  thrown: 'throw', drank: 'drink', drunk: 'drink', bought: 'buy', kept: 'keep', began: 'begin', begun: 'begin',
  knelt: 'kneel', held: 'hold', caught: 'catch', ran: 'run', swam: 'swim', wore: 'wear', worn: 'wear',
  lay: 'lie', lain: 'lie', laid: 'lie', rang: 'ring', rung: 'ring', paid: 'pay', thought: 'think', found: 'find',
};

/**
 * Words natural lists as stop words that tell what is asked here: "why" -> causes, "when" -> timing,
 * "come back" / "again" / "another" -> recurrence. They stay search terms.
 */
const TELLING_QUESTION_WORDS = new Set(['why', 'when', 'again', 'come', 'another']);
const STOP = new Set([...STOP_WORDS, ...CHAT_FILLER].filter((w) => !TELLING_QUESTION_WORDS.has(w) && !/^\d$/.test(w)));
/** Past forms Porter cannot tell from the word list: "went", "threw", "put" (a back put out is in the past). */
const PAST_IRREGULAR = new Set([...Object.keys(IRREGULAR).filter((w) => !['seen', 'gone', 'taken', 'given', 'done', 'begun', 'lain'].includes(w)), 'put']);
/** How far back a past verb may be from "again" and still be what "again" tells of ("locked my back up again"). */
const AGAIN_REACH = 4;

function isPast(token: string): boolean {
  return PAST_IRREGULAR.has(token) || (token.length > 4 && token.endsWith('ed'));
}

/**
 * "Again" after a verb in the past tells what happened ("locked up again, what causes this?"): the question is the
 * rest of the message, not whether it will come back. "Will it happen again" keeps it: it asks about recurrence.
 */
function withoutNarratedAgain(tokens: string[]): string[] {
  return tokens.filter((token, i) => token !== 'again' || !tokens.slice(Math.max(0, i - AGAIN_REACH), i).some(isPast));
}

/** Words that make "when" ask about a time ("when should I", "when to", "when I should"). */
const WHEN_ASKS = new Set(['should', 'shall', 'do', 'does', 'is', 'are', 'will', 'would', 'can', 'could', 'to', 'must', 'might', 'need', 'needs', 'ought', 'am', 'has', 'have', 'whats', 'its']);
/** Words that may open a clause before its question word ("so when", "ok but when"). */
const CLAUSE_OPENERS = new Set(['so', 'and', 'but', 'ok', 'okay', 'then', 'also', 'well', 'right', 'or', 'hi', 'hello', 'please']);

/**
 * "When" asks about timing ("when should I see a doctor") at the start of a clause or before a modal; mid-clause before
 * a subject it only joins what happens ("what goes on when your back spasms", "it hurts when I sit") and says nothing of
 * when to act, so it is dropped there. A "when" the lexicon put there ("at what point") stays.
 */
function withoutConjunctionWhen(marked: Marked[]): Marked[] {
  let start = 0;
  while (start < marked.length && CLAUSE_OPENERS.has(marked[start].token)) start += 1;
  return marked.filter((m, i) => {
    if (m.token !== 'when' || m.frame || m.fromLexicon || m.everyday || i <= start) return true;
    return WHEN_ASKS.has(marked[i + 1]?.token ?? '') || WHEN_ASKS.has(marked[i + 2]?.token ?? '');
  });
}

/** Words that ask for a kind of something, and what a kind of spasm is named by. */
const KIND_WORDS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts', 'category', 'categories', 'variety', 'varieties']);
const SPASM_WORDS = new Set(['spasm', 'spasms', 'back', 'lower', 'muscle', 'cramp', 'cramps', 'one', 'ones', 'thing', 'pain']);

/**
 * "What kind of questions will the GP ask", "what sort of exercises": the thing after "of" is the topic, and the kind
 * word only points at it; only a kind of spasm ("which type of spasm is mine") asks about the kinds of spasm.
 */
function withoutKindOf(tokens: string[]): string[] {
  return tokens.filter((token, i) => !(KIND_WORDS.has(token) && tokens[i + 1] === 'of' && tokens[i + 2] !== undefined && !SPASM_WORDS.has(tokens[i + 2])));
}

/** Whom one tells: a person ("her", "everyone") or one's own someone ("my boss", "our school"). */
const TOLD_PERSON = new Set(['her', 'him', 'them', 'us', 'everyone', 'anyone', 'someone', 'people']);
const TOLD_OWN = new Set(['my', 'our', 'his', 'your', 'their']);

/**
 * "Tell" with a person after it informs them ("how do I tell my boss", "how do I tell her"); only without one does it
 * ask how to recognise something ("how can I tell if it's a spasm", "how do I tell my back is in spasm").
 */
function withTellingSomeone(tokens: string[]): string[] {
  return tokens.map((token, i) => {
    const next = tokens[i + 1] ?? '';
    const someone = TOLD_PERSON.has(next) || (TOLD_OWN.has(next) && tokens[i + 2] !== undefined && !SPASM_WORDS.has(tokens[i + 2]));
    return token === 'tell' && someone ? 'inform' : token;
  });
}

/** Verbs that ask to keep something from happening: "stop it", "avoid a repeat", "never again". */
const PREVENTING = new Set(['stop', 'stopping', 'avoid', 'avoiding', 'prevent', 'preventing', 'never']);
/**
 * A negation that asks the same after "so" ("so my back doesn't go again", and in a second language "so the spasm not
 * come again"), not in a complaint ("it doesn't go away").
 */
const PURPOSE_NEGATION = new Set(['doesnt', 'dont', 'wont', 'isnt', 'not']);
/** Words for a next time, also one that keeps happening ("so it doesn't keep seizing"). */
const NEXT_TIME = new Set(['again', 'repeat', 'future', 'keep', 'keeps']);
/** How far a next-time word may follow the verb and still be what it keeps from happening. */
const PREVENT_REACH = 8;

function asksToPrevent(tokens: string[], i: number): boolean {
  return PREVENTING.has(tokens[i]) || (PURPOSE_NEGATION.has(tokens[i]) && tokens.slice(Math.max(0, i - 4), i).includes('so'));
}

/**
 * A next time after a word that asks to keep it from happening ("stop my back doing this again in future", "how can I
 * avoid a repeat", "so it doesn't go into spasm again") asks how to prevent it, not whether it will come back.
 */
function withPreventedAgain(tokens: string[]): string[] {
  let preventing = -Infinity;
  return tokens.map((token, i) => {
    if (asksToPrevent(tokens, i)) preventing = i;
    return NEXT_TIME.has(token) && i - preventing <= PREVENT_REACH ? 'prevention' : token;
  });
}

/** Verbs that say a remedy does good: "why does heat help", "how come ibuprofen works on a muscle". */
const DOES_GOOD = new Set(['help', 'helps', 'helped', 'helping', 'work', 'works', 'worked', 'ease', 'eases']);

/**
 * "Why does walking help", "how come ibuprofen works on a muscle" ask how that remedy works, which its own passage
 * says, not what causes spasms: a "why" (or "how come") in a clause that says something does good is dropped.
 */
function withoutWhyItHelps(tokens: string[]): string[] {
  // "Work out why" is "find out why", no remedy working.
  if (!tokens.some((t, i) => DOES_GOOD.has(t) && tokens[i + 1] !== 'out')) return tokens;
  return tokens.filter((token, i) => !(token === 'why' || (token === 'how' && tokens[i + 1] === 'come') || (token === 'come' && tokens[i - 1] === 'how')));
}

/** Words around a number that make it an age ("I'm 68", "aged 70", "74 years old"). */
const AGE_BEFORE = new Set(['im', 'am', 'aged', 'age', 'turned', 'turning']);
const AGE_AFTER = new Set(['years', 'year', 'yrs', 'yr', 'yo']);

const isNumber = (token: string | undefined) => token !== undefined && /^\d+$/.test(token);

/**
 * An age tells who asks (or how old a thing is), not a topic: it is no unknown word and no topic word ("I'm 68, what
 * brought it on", "our mattress is 15 years old": "years" is not "every year").
 */
function withoutAges(tokens: string[]): string[] {
  return tokens.filter((token, i) => {
    if (isNumber(token)) return !(AGE_BEFORE.has(tokens[i - 1] ?? '') || AGE_AFTER.has(tokens[i + 1] ?? ''));
    if (AGE_AFTER.has(token)) return !(isNumber(tokens[i - 1]) && tokens[i + 1] === 'old');
    return !(token === 'old' && AGE_AFTER.has(tokens[i - 1] ?? '') && isNumber(tokens[i - 2]));
  });
}

/** Verbs that go on with what is already done: "or keep going with", "or carry on with", "or stick with". */
const CONTINUING = new Set(['keep', 'carry', 'stick', 'continue', 'persevere', 'soldier', 'plod']);
const WAITING = new Set(['wait', 'waiting']);

/**
 * Whether the words after an "or" go on with what the asker already does ("keep going with", "stick with"). "Go to the
 * docs or keep waiting" still asks whether to wait: waiting is the other half of that question.
 */
export function carriesOn(alternative: readonly string[]): boolean {
  const opening = alternative.slice(0, 3);
  return opening.some((t) => CONTINUING.has(t)) && !opening.some((t) => WAITING.has(t));
}

/**
 * "Should I book the GP or keep going with the hot water bottle", "ask for relaxants or stick with ibuprofen": the
 * alternative that goes on with what the asker already does is not what they ask about, so the rest of the clause
 * from its "or" is dropped and the new step decides.
 */
function withoutCarryingOn(tokens: string[]): string[] {
  for (let i = 1; i < tokens.length; i += 1) {
    if (tokens[i] === 'or' && carriesOn(tokens.slice(i + 1))) return tokens.slice(0, i);
  }
  return tokens;
}

/** Words that set a thing aside: "besides", "apart from", "other than", "except for", "aside from". */
const EXCLUDING: readonly (readonly string[])[] = [['besides'], ['apart', 'from'], ['aside', 'from'], ['other', 'than'], ['except', 'for']];
/** Words that end what is set aside: the question goes on after them ("apart from ibuprofen what else can I take"). */
const RESUMES = new Set(['what', 'whats', 'how', 'which', 'is', 'are', 'can', 'could', 'should', 'would', 'will', 'do', 'does', 'anything', 'else', 'that', 'to', 'for', 'i']);
/** Words before "other than" that make it "different from" ("could it be something other than a spasm"). */
const ALTERNATIVE = new Set(['something', 'anything', 'nothing', 'different', 'else']);
/** Words after them that set a time or a case aside, which says when the trouble is ("fine apart from when I sit"). */
const CONDITION = new Set(['when', 'whenever', 'if', 'while', 'after', 'before', 'during', 'at', 'in', 'on', 'first']);
/** How many words a thing set aside may have ("besides the hot water bottle"). */
const EXCLUDED_MAX_WORDS = 4;

/**
 * "What helps besides painkillers", "apart from heat what else can I do": the thing set aside is what the asker already
 * knows or has tried, not what they ask about, so it is dropped with its excluding words and the rest decides.
 */
function withoutExcluded(tokens: string[]): string[] {
  for (let i = 0; i < tokens.length; i += 1) {
    const excluding = phraseAt(tokens, i, EXCLUDING);
    if (!excluding || ALTERNATIVE.has(tokens[i - 1] ?? '') || CONDITION.has(tokens[i + excluding.length] ?? '')) continue;
    let end = i + excluding.length;
    const last = Math.min(tokens.length, end + EXCLUDED_MAX_WORDS);
    while (end < last && !RESUMES.has(tokens[end])) end += 1;
    // Nothing set aside ("besides, it hurts" ends its clause at the comma): the words are kept as they are.
    if (end === i + excluding.length) continue;
    return [...tokens.slice(0, i), ...withoutExcluded(tokens.slice(end))];
  }
  return tokens;
}

/** Adverbs in -ly that mean something else than their adjective: "can hardly stand" is not "hard", "barely" not "bare". */
const NOT_MANNER = new Set(['hardly', 'barely', 'scarcely', 'nearly', 'fairly', 'rarely', 'merely', 'lately', 'shortly', 'mostly', 'largely', 'highly', 'simply', 'early', 'likely', 'mainly', 'dearly', 'sorely']);

/** Words too short to correct safely: a 3-letter typo is as likely another word as ours. */
const MIN_CORRECTABLE = 4;
/** Fuse's Bitap threshold for a typo: about one slip in a short word, two in a long one. */
const TYPO_THRESHOLD = 0.34;
/** A bound on remembered corrections, so odd input cannot grow memory. */
const CORRECTION_CACHE_MAX = 5_000;

/** A grammar word, also in an irregular form: "seen" carries no more topic than "see" does. */
function isStop(token: string): boolean {
  return STOP.has(token) || STOP.has(IRREGULAR[token] ?? '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How many slips a typo of this length may have: one in a short word, two from seven letters on ("posteur",
 * "ibuprofin"). Safe because a real English word is never corrected at all.
 */
function allowedEdits(word: string): number {
  return word.length >= 7 ? 2 : 1;
}

/** The word with each run of a repeated letter made one ("massage" -> "masage"). */
function undoubled(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

function countSpaces(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/**
 * A message's clauses: a lexicon phrase never runs across a comma or a full stop ("doctor or not, spasm still bad" says
 * nothing of "not a spasm", "a long-running one. what now" nothing of "the long run").
 */
export function clauses(text: string): string[] {
  return text.split(/[,.;:!?\n]+/);
}

/** Lowercase, unify apostrophes, and split contractions so "can't" and "cant" read alike. */
export function tokenize(text: string): string[] {
  // Fullwidth, look-alike and invisible characters read as the plain letters (as the red-flag screen reads them).
  return foldUnicode(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** Stems already computed: Porter is pure, and a query stems each of its words several times. Bounded like the corrections. */
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_MAX = 20_000;

export function stem(word: string): string {
  let stemmed = STEM_CACHE.get(word);
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(IRREGULAR[word] ?? word);
    if (STEM_CACHE.size >= STEM_CACHE_MAX) STEM_CACHE.clear();
    STEM_CACHE.set(word, stemmed);
  }
  return stemmed;
}

/** A token after the lexicon: whether a topical entry put it there, or a generic one (a question frame). */
interface Marked {
  token: string;
  fromLexicon: boolean;
  frame: boolean;
  everyday?: boolean;
}

export class Normalizer {
  private readonly lexiconPattern: RegExp | undefined;
  private readonly lexiconMap = new Map<string, LexiconEntry>();
  private readonly vocabulary: Set<string>;
  /** Stems of the vocabulary: "exercising" is known through "exercise" without any correction. */
  private readonly knownStems = new Set<string>();
  /** Correction targets by first letter: typos rarely change the first letter. */
  private readonly targetsByInitial = new Map<string, string[]>();
  /**
   * Small Fuse indexes, one per first letter and word length, over the targets whose length is within the edit
   * distance a typo may have: built on first use, so each lookup searches a few dozen words, not hundreds.
   */
  private readonly fuzzyByShape = new Map<string, Fuse<string> | null>();
  private readonly corrections = new Map<string, { word: string; confidence: number } | null>();

  /**
   * @param lexicon lay words and brand names to replace with the article's terms
   * @param vocabularyText every text the knowledge holds; its words are what spelling correction aims at
   * @param spellings chat spellings read as the word meant before anything else ("wat" -> "what", "bak" -> "back")
   */
  constructor(
    lexicon: LexiconEntry[],
    vocabularyText: string[],
    private readonly spellings: ReadonlyMap<string, string> = new Map(),
  ) {
    loadEnglishWords();
    const variants: string[] = [];
    for (const entry of lexicon) {
      for (const variant of entry.variants) {
        // Keyed by stems, so that "cramping" finds the variant "cramp" and "heating pads" finds "heating pad".
        const key = withoutHedges(tokenize(variant)).map(stem).join(' ');
        if (key) {
          this.lexiconMap.set(key, entry);
          variants.push(key);
        }
      }
    }
    // Longest first, so that "hot water bottle" wins over "water".
    variants.sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);
    if (variants.length > 0) {
      this.lexiconPattern = new RegExp(`(?<![a-z0-9])(?:${variants.map(escapeRegExp).join('|')})(?![a-z0-9])`, 'g');
    }

    this.vocabulary = new Set<string>();
    for (const text of [...vocabularyText, ...lexicon.flatMap((e) => [e.term, ...e.variants])]) {
      for (const token of tokenize(text)) if (!STOP.has(token)) this.vocabulary.add(token);
    }
    for (const word of this.vocabulary) this.knownStems.add(stem(word));
    // Stop words are targets too, so that "waht" becomes "what" (and is then dropped) rather than another word.
    for (const word of [...this.vocabulary, ...STOP]) {
      if (/\d/.test(word)) continue;
      if (word.length < MIN_CORRECTABLE - 1) continue;
      const list = this.targetsByInitial.get(word[0]) ?? [];
      list.push(word);
      this.targetsByInitial.set(word[0], list);
    }
  }

  /** Replaces lay words and brand names with the article's terms ("advil" -> "ibuprofen nsaid"). */
  applyLexicon(tokens: string[]): string[] {
    return this.applyLexiconMarked(tokens).map((t) => t.token);
  }

  /** The same, saying which tokens the lexicon put there: those show the message is about the back. */
  private applyLexiconMarked(tokens: string[]): Marked[] {
    const out: Marked[] = tokens.map((token) => ({ token, fromLexicon: false, frame: false }));
    if (!this.lexiconPattern || tokens.length === 0) return out;
    const stems = tokens.map(stem).join(' ');
    const result: Marked[] = [];
    let next = 0;
    // Offsets in the joined stems -> token positions (one space between tokens), counted on from the match before:
    // counting from the start for every match made a long clause cost its length times its matches.
    let counted = 0;
    let start = 0;
    for (const match of stems.matchAll(this.lexiconPattern)) {
      start += countSpaces(stems, counted, match.index ?? 0);
      counted = match.index ?? 0;
      result.push(...out.slice(next, start));
      const entry = this.lexiconMap.get(match[0]);
      const frame = entry?.generic === true;
      const everyday = entry?.everyday === true;
      for (const token of tokenize(entry?.term ?? match[0])) result.push({ token, fromLexicon: entry !== undefined && !frame && !everyday, frame, everyday });
      next = start + match[0].split(' ').length;
    }
    result.push(...out.slice(next));
    return result;
  }

  private fuzzyFor(word: string, allowed: number): Fuse<string> | null {
    const key = `${word[0]}:${word.length}`;
    let fuse = this.fuzzyByShape.get(key);
    if (fuse === undefined) {
      const targets = (this.targetsByInitial.get(word[0]) ?? []).filter((t) => Math.abs(t.length - word.length) <= allowed);
      fuse = targets.length > 0 ? new Fuse(targets, { includeScore: true, threshold: TYPO_THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 }) : null;
      this.fuzzyByShape.set(key, fuse);
    }
    return fuse;
  }

  private isKnown(word: string): boolean {
    return this.vocabulary.has(word) || this.knownStems.has(stem(word));
  }

  /**
   * Two words typed as one on a phone ("lowerback", "heatpad", "musclerelaxers"): split where both halves are words
   * the knowledge uses, at the most even such point. A word we know, or a real English word, is left whole.
   */
  private split(token: string): string[] {
    if (token.length < 6 || this.isKnown(token) || STOP.has(token) || this.spellings.has(token) || /\d/.test(token)) return [token];
    let best: string[] | undefined;
    for (let i = 3; i <= token.length - 3; i += 1) {
      const [head, tail] = [token.slice(0, i), token.slice(i)];
      const even = Math.min(head.length, tail.length);
      if (this.isKnown(head) && this.isKnown(tail) && (!best || even > Math.min(best[0].length, best[1].length))) best = [head, tail];
    }
    return best && !isEnglishWord(token) ? best : [token];
  }

  /**
   * The adjective of an adverb we do not know whose adjective we do ("quickly" -> "quick", "heavily" -> "heavy",
   * "gently" -> "gentle"): Porter leaves "quickli" apart from "quick".
   */
  private adjectiveOf(word: string): string | undefined {
    if (word.length < 6 || !word.endsWith('ly') || NOT_MANNER.has(word)) return undefined;
    const stemOf = word.slice(0, -2);
    const candidates = [stemOf, `${stemOf.slice(0, -1)}y`, `${stemOf}e`, `${stemOf.slice(0, -1)}e`];
    return candidates.find((c) => c.length >= 3 && this.vocabulary.has(c));
  }

  /** True when the word means nothing topical (grammar words, chat filler). */
  isStopWord(word: string): boolean {
    return STOP.has(word);
  }

  /** The knowledge's word closest to a word we do not know, if one is close enough. */
  correct(word: string): { word: string; confidence: number } | null {
    if (this.isKnown(word) || STOP.has(word)) return { word, confidence: 1 };
    const base = this.adjectiveOf(word);
    if (base) return { word: base, confidence: 1 };
    if (word.length < MIN_CORRECTABLE || /\d/.test(word)) return null;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    if (isEnglishWord(word)) {
      // A real word we do not know ("waking", "dose") is what the user meant: it stays an unknown word.
      this.corrections.set(word, null);
      return null;
    }
    const allowed = allowedEdits(word);
    const fuse = this.fuzzyFor(word, allowed);
    let found: { word: string; confidence: number } | null = null;
    if (fuse) {
      // Fuse ranks the candidates; an edit-distance check keeps only true slips ("acne" is not "acute"). Of
      // equally close ones, a doubled letter typed once or twice is the likelier slip ("masage" is "massage", not "manage").
      let bestRank = Infinity;
      for (const hit of fuse.search(word, { limit: 5 })) {
        const distance = DamerauLevenshteinDistance(word, hit.item, { transposition_cost: 1, restricted: true });
        if (distance > allowed) continue;
        const rank = distance - (undoubled(hit.item) === undoubled(word) ? 0.5 : 0);
        if (rank >= bestRank) continue;
        bestRank = rank;
        found = { word: hit.item, confidence: Math.max(0, 1 - (hit.score ?? 1)) };
      }
    }
    if (this.corrections.size >= CORRECTION_CACHE_MAX) this.corrections.clear();
    this.corrections.set(word, found);
    return found;
  }

  /**
   * The query's search terms. Words we do not know and cannot correct stay as terms of weight 1 with an
   * "?" prefix, so that the scorer can count them against the match (they are what makes a question off-topic).
   */
  terms(text: string): Term[] {
    // Spelling first, so that the lexicon sees "hot water bottle" in "hot watter bottle".
    const confidence = new Map<string, number>();
    const spell = (clause: string): string[] => {
      const typed = withoutAges(withoutHedges(tokenize(clause).flatMap((word) => this.split(word))));
      const spelled = typed.map((word) => {
        const token = this.spellings.get(word) ?? word;
        const fix = this.correct(token);
        if (!fix) return token;
        confidence.set(fix.word, Math.min(confidence.get(fix.word) ?? 1, fix.confidence));
        return fix.word;
      });
      return withoutExcluded(withoutCarryingOn(withoutWhyItHelps(spelled)));
    };
    // Each clause spelled, then its shapes read in order: "again" that tells what happened, a next time to prevent, "what
    // kind of X", telling someone; then the lexicon, and a "when" that only joins what happens.
    const read = (clause: string) => withTellingSomeone(withoutKindOf(withPreventedAgain(withoutNarratedAgain(spell(clause)))));
    const marked = clauses(text).flatMap((clause) => withoutConjunctionWhen(this.applyLexiconMarked(read(clause))));
    const seen = new Map<string, Term>();
    for (const { token, fromLexicon, frame, everyday } of marked) {
      if (isStop(token)) continue;
      const known = this.isKnown(token);
      const term: Term = known ? { stem: stem(token), weight: confidence.get(token) ?? 1, fromLexicon, frame, everyday } : { stem: `?${token}`, weight: 1 };
      const previous = seen.get(term.stem);
      if (!previous || previous.weight < term.weight) seen.set(term.stem, term);
    }
    return [...seen.values()];
  }

  /** Stems of a knowledge text (no correction: the knowledge is spelled right). */
  stems(text: string): string[] {
    const out: string[] = [];
    for (const token of clauses(text).flatMap((clause) => this.applyLexicon(withoutHedges(tokenize(clause))))) {
      if (!isStop(token)) out.push(stem(token));
    }
    return out;
  }
}
