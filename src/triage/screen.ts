// screenMessage: finds red-flag signs in one user message, understanding negation ("no numbness"), clause
// boundaries ("no fever but I wet myself"), hypotheticals ("what if I can't pee?") and typos.
import { basicClean } from './text';
import { repairTypos } from './typos';
import { foldUnicode } from './unicode';
import { HYPOTHETICAL } from './vocabulary';
import { RULES, type Fact, type Rule } from './rules';
import { RED_FLAG_SIGNS, type RedFlagSign, type SignRecord } from './signs';

export type ScreenResult =
  | { outcome: 'clear' }
  | { outcome: 'red-flag'; urgency: 'emergency' | 'urgent'; signs: RedFlagSign[] }
  | { outcome: 'ask'; sign: RedFlagSign; question: string };

// ── Normalisation ──────────────────────────────────────────────────────────────────────────────────────────────

const APOSTROPHE = /'/g;
const DIGIT_LETTER = /(\d)([a-z])/g;
const REPEATS = /([a-z])\1{2,}/g;
const JOINERS = /[-_/*"()[\]<>~+=#]+|°/g;
const PHRASES = /\bmy self\b|\bcan no longer\b|\bno longer able to\b|\bpins n needles\b|\bnites?\b|\bme and my (?:wife|husband|partner|girlfriend|boyfriend|missus|bf|gf|other half)\b|\bmy (?:wife|husband|partner|girlfriend|boyfriend|missus|bf|gf|other half) and i\b|&/g;
// "me and my wife": one subject, so "and my" does not start a new statement there.
const phraseFor = (m: string): string => PHRASE_FOR[m] ?? 'we';
const PHRASE_FOR: Readonly<Record<string, string>> = {
  'my self': 'myself',
  'pins n needles': 'pins and needles',
  nite: 'night',
  nites: 'nights',
  'can no longer': 'cannot',
  'no longer able to': 'unable to',
  '&': ' and ',
};
/** "I cough and the pain shoots": the cough and the pain are one statement, not two. */
const COUGH_AND = /\b(?:i|when i|if i|whenever i|every time i) (cough|sneeze|strain)(?:s|ed)? and\b/g;
const SPACES = /\s+/g;

/** Lower case, spelled-out contractions, no apostrophes, "6kg" -> "6 kg", "bladdder" -> "bladder", typos repaired. */
function normalizeForScreening(text: string): string {
  const s = basicClean(text)
    .replace(APOSTROPHE, '')
    .replace(DIGIT_LETTER, '$1 $2')
    .replace(REPEATS, '$1$1')
    .replace(JOINERS, ' ')
    .replace(PHRASES, phraseFor)
    .replace(COUGH_AND, 'when i $1');
  return repairTypos(s).replace(SPACES, ' ').trim();
}

/**
 * Where one statement ends and the next begins; a negation does not reach past it. Full stops (not decimal points),
 * other sentence marks, "but"-like words, a comma or "and" that starts a new statement ("no fever, I wet myself"),
 * but not a comma in a list ("no numbness, tingling or weakness").
 */
const CLAUSE_BREAK = new RegExp(
  [
    String.raw`(?<!\d)\.|\.(?!\d)|[;!?\n:]+`,
    String.raw`\b(?:but(?! (?:it|that|this|they|the \w+) (?:is |has |have |are )?(?:all )?(?:gone|went away|cleared|settled|passed|better|resolved|stopped)(?: now| again| completely| since)?\s*(?:$|[.,;!?]))|however|although|though|except|yet|whereas|apart from|other than|besides|anyway|plus|also|because(?! of)|cos|coz|so|and then|since then)\b`,
    String.raw`,(?=\s*(?:i|my|it|its|but|and|so|then|now|also|since|because|which|when|he|she|they|we|there|this|that|the pain|no|yes|not|though|although|anyway|plus|what|how|is|are|can|could|should|do|does|did|will|would|have|has|had)\b)`,
    String.raw`\band\b(?=\s+(?:i|my|it|its|now|then|also|the|this|that|there|he|she|they|we|since|when|after|have|has|had|sometimes|every|each|recently|lately|just|still|yes)\b)`,
  ].join('|'),
);

// ── Negation ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Adverbs that may sit inside a symptom phrase: "could not really feel", "not properly able to". */
const ADVERB = String.raw`(?:(?:really|even|properly|quite|always|fully|seem to|be) )?`;

/** After "not", words that make it part of a symptom or not a denial at all ("not sure", "not able to pee"). */
const AFTER_NOT = [
  'sure', 'certain', 'only', 'just', 'quite', 'really sure', // uncertainty or emphasis, not a denial
  'working', 'functioning', 'right', // "my bladder is not working"
  String.raw`${ADVERB}(?:been |being )?able`, // "not been able to pee"
  String.raw`${ADVERB}(?:get|getting|gotten|got) (?:any )?better`, // "does not get better with rest"
  String.raw`(?:improv|eas|help|settl|stop|budg|shift)\w*`, // "resting does not help"
  String.raw`(?:lift|rais)\w*(?: up)?`, // "my big toe will not lift up"
  String.raw`(?:feel|know|tell|sense) (?:when|if) i (?:need|have|want) to`, // "I do not feel when I need to pee"
  String.raw`(?:get|feel|have|notice|sense) (?:the |any )?(?:urge|feeling|sensation|need)\w* (?:\w+ ){0,3}?(?:to )?(?:pee|wee|go|poo)`, // "I don't get the feeling I need to go"
  String.raw`go(?:ne|ing|es)? away`,
  String.raw`go(?: even| at all)?(?=\s*$)`, // "went to the loo and could not go"
  String.raw`work(?:s|ed|ing)?(?! out)`, // "things do not work any more"
  String.raw`(?:mine|my own|belong|empty\w*|(?:quite )?(?:make|made|get) it to the (?:toilet|loo|bathroom|restroom) in time)`, // "my bum feels like it is not mine", "my bladder will not empty"
  String.raw`make (?:it |any )?(?:any )?(?:difference|better)`,
  String.raw`${ADVERB}feel (?:anything|much|a thing|it|my|myself|the)`, // "I could not really feel my bum"
  String.raw`${ADVERB}(?:hold|support|carry|control|tell|know when)`, // "could not hold it in", "legs will not hold me"
  'come', 'start', 'flow', 'peed', 'weed', 'urinated', 'been for a', '(?:had|done) a (?:pee|wee)(?! (?:accident|problem|issue|leak))', // "have not peed"
  // "I did not realise I had peed"
  String.raw`(?:even )?(?:realis|realiz|notic|know|feel|felt)\w*(?: that| it)? (?:i |id |i had |i would |i have |i was )?(?:peed|weed|pooed|pooped|wet|soiled|leaked|messed|peeing|weeing|pooing|leaking)`,
];

/** After "no": the symptom itself ("no feeling", "no control", "no relief") or not a denial ("no idea"). */
const AFTER_NO = [
  'feeling', 'sensation', 'control', 'strength', 'power', 'urge', 'relief', 'let up', 'position', // symptoms
  'better', 'change', 'improvement', 'different', 'difference', // "no better with rest"
  'idea', 'doubt', 'matter', 'longer', 'wonder', // not a denial
];

/** After "without": "lost weight without trying", "wet myself without realising". */
const AFTER_WITHOUT = [
  'trying', 'meaning', String.raw`realis\w*`, String.raw`realiz\w*`, 'noticing', 'knowing', 'feeling it', 'warning',
  'dieting', 'changing', 'reason', 'any reason', 'explanation', 'doing',
];

/** After "never": "it never eases", "never goes away". */
const AFTER_NEVER = [String.raw`(?:eas|improv|settl|stop|let|shift)\w*`, String.raw`go(?:es)? away`, String.raw`get\w* better`, 'better', 'goes'];

const unless = (words: string[]): string => `(?! (?:${words.join('|')})\\b)`;

/** Words that deny what follows them, less the uses above that are part of a symptom. */
const CUE = new RegExp(
  String.raw`\b(?:` +
    [
      `no${unless(AFTER_NO)}`,
      `not${unless(AFTER_NOT)}`,
      `never${unless(AFTER_NEVER)}`,
      `without${unless(AFTER_WITHOUT)}`,
      'none', 'neither', 'nor', String.raw`nothing(?! (?:helps|works|eases|makes|comes|came|(?:will|would|wants to|is going to) (?:come|happen))\b)`, 'free of', 'negative for', 'denies', 'deny',
    ].join('|') +
    String.raw`)\b`,
  'g',
);
/** "I can't walk without my legs giving way": a "without" after a "cannot" affirms. */
const CANNOT_BEFORE = /\b(?:cannot|could not|unable|never|not able)\b/;
/** How many words a negation reaches forward ("I don't think I've had any fever": 6). */
const NEGATION_REACH = 8;
/** After the symptom: "HIV negative", "the lump was benign", "bladder is fine". */
const FINE_AFTER =
  /^\W*(?:(?:is|are|was|were|seems?|seemed|feels?|felt|has been|have been|been|looks?|all|totally|completely|perfectly|absolutely|working|works|now|still|tested|test was|result was|results were)\W+)*(?:fine|ok|okay|normal(?:ly)?|alright|all right|unaffected|not affected|no problem\w*|benign|negative|all clear)\b/;
/** Over now: "the numbness has gone", "I no longer ...". Asked about, never ignored. "my back (has) gone" is how a spasm starts. */
const GONE_AFTER =
  /^\W*(?:\w+\W+){0,3}?(?:(?:but|and|though|is|are|has|have|was|had|it|that|this|they|all|now|since|then|completely|totally|went|seems)\W+)*(?<!\bback )(?:gone|went away|go away|goes away|settled|cleared|resolved|passed|stopped|disappeared|better now|wore off|worn off)\b/;
const GONE_BEFORE = /\bno longer\b/;
/** Tested up to the end of the match, which may start before the question word ("can back pain cause numbness"). */
const HYPOTHETICAL_UP_TO = new RegExp(HYPOTHETICAL);

function countWords(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const isWordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (isWordChar && !inWord) words++;
    inWord = isWordChar;
  }
  return words;
}

/** A negation cue within reach before the match, or inside it ("my groin is not numb"). */
function isNegated(clause: string, start: number, end: number): boolean {
  CUE.lastIndex = 0;
  for (let cue = CUE.exec(clause); cue !== null && cue.index < end; cue = CUE.exec(clause)) {
    const cueEnd = cue.index + cue[0].length;
    if (cueEnd <= start && countWords(clause, cueEnd, start) > NEGATION_REACH) continue;
    if (cue[0] === 'without' && CANNOT_BEFORE.test(clause.slice(0, cue.index))) continue;
    return true;
  }
  return FINE_AFTER.test(clause.slice(end));
}

// ── Matching ───────────────────────────────────────────────────────────────────────────────────────────────────

interface Hit {
  sign: SignRecord;
  /** 'ask' when the rule asks, or its flag was softened (hypothetical, over now, explained by context). */
  effect: 'flag' | 'ask';
  question: string;
  /** An ask that becomes a flag if this fact turns up anywhere in the message. */
  upgradeWith: Fact | undefined;
}

/** The first non-negated match of a rule in a clause, and how sure it is; records the rule's facts. */
function matchRule(rule: Rule, clause: string, facts: Set<Fact>): Hit | undefined {
  rule.match.lastIndex = 0;
  for (let m = rule.match.exec(clause); m !== null; m = rule.match.exec(clause)) {
    if (rule.unless?.test(clause)) return undefined; // tested after a match: most clauses match nothing
    const start = m.index;
    const end = start + m[0].length;
    if (isNegated(clause, start, end)) continue;
    for (const f of rule.facts) facts.add(f);
    const sign = rule.sign;
    if (sign === undefined) return undefined;
    const ask = (question: string): Hit => ({ sign, effect: 'ask', question, upgradeWith: rule.upgradeWith });
    if (rule.effect !== 'flag') return ask(rule.question);
    const before = clause.slice(0, start);
    if (rule.soften?.test(clause) || rule.softenBefore?.test(before)) return ask(rule.question);
    if (HYPOTHETICAL_UP_TO.test(clause.slice(0, end)) || GONE_BEFORE.test(before) || GONE_AFTER.test(clause.slice(end))) {
      return ask(sign.question);
    }
    return { sign, effect: 'flag', question: sign.question, upgradeWith: undefined };
  }
  return undefined;
}

const RANK = new Map(RED_FLAG_SIGNS.map((s, i) => [s.id, i]));
const rank = (sign: RedFlagSign): number => RANK.get(sign.id) ?? 0;
const CLEAR: ScreenResult = Object.freeze({ outcome: 'clear' });

/**
 * Screens one message for red flags. 'red-flag' when a sign is reported (emergency if any is tier 1), 'ask' when
 * a sign is mentioned ambiguously (a yes/no question confirms it), 'clear' otherwise. Over-triage is preferred.
 */
export function screenMessage(text: string): ScreenResult {
  const normalized = normalizeForScreening(foldUnicode(text));
  if (normalized === '') return CLEAR;
  const hits: Hit[] = [];
  const facts = new Set<Fact>();
  for (const clause of normalized.split(CLAUSE_BREAK)) {
    if (clause.trim() === '') continue;
    for (const rule of RULES) {
      const hit = matchRule(rule, clause, facts);
      if (hit !== undefined) hits.push(hit);
    }
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
  if (ask !== undefined) {
    return { outcome: 'ask', sign: { id: ask.sign.id, tier: ask.sign.tier, label: ask.sign.label }, question: ask.question };
  }
  return CLEAR;
}
