// Negation, hypotheticals and signs that are over now: shared by the phrase rules (screen.ts) and the concept layer
// (concepts.ts), so "no numbness", "what if I can't pee?" and "it went after 10 minutes" read the same in both.
import { ALREADY_SO, HYPOTHETICAL } from './vocabulary';


/** Adverbs that may sit inside a symptom phrase: "could not really feel", "not properly able to". */
const ADVERB = String.raw`(?:(?:really|even|properly|quite|always|fully|seem to|be) )?`;

/** After "not", words that make it part of a symptom or not a denial at all ("not sure", "not able to pee"). */
const AFTER_NOT = [
  'sure', 'certain', 'only', 'just', 'quite', 'really sure', // uncertainty or emphasis, not a denial
  String.raw`(?:so |too |very |that )?(?:good|great|well)`, // "my english not so good, ...": a state denied, nothing after it
  'working', 'functioning', 'right', // "my bladder is not working"
  String.raw`${ADVERB}(?:been |being )?able`, // "not been able to pee"
  String.raw`${ADVERB}(?:get|getting|gotten|got) (?:any )?better`, // "does not get better with rest"
  String.raw`better(?= (?:\w+ ){0,2}?(?:when|with|if|after|while) (?:i |i am )?(?:rest\w*|lie|lying|laying|sit|sitting|still|in bed))`, // "it is not better when I rest"
  String.raw`(?:improv|eas|help|settl|stop|budg|shift|reduc|reliev|lessen|subsid|decreas)\w*`, // "resting does not help"
  String.raw`(?:lift|rais)\w*(?: up)?`, // "my big toe will not lift up"
  String.raw`(?:feel|know|tell|sense)(?: it)?(?: any ?more| now| these days)? (?:when|if) i (?:need|have|want)`, // "I do not feel (it any more) when I need to pee"
  String.raw`(?:slept|sleep\w*)`, // "has not slept, the pain wakes him": no sleep is part of the complaint
  String.raw`(?:get|feel|have|notice|sense) (?:the |any )?(?:urge|feeling|sensation|need)\w* (?:\w+ ){0,3}?(?:to )?(?:pee|wee|go|poo)`, // "I don't get the feeling I need to go"
  String.raw`go(?:ne|ing|es)? away`,
  String.raw`there(?<=\bfe\w* like (?:\w+ ){0,6}not there)`, // "feels like sitting on a cushion that is not there"
  String.raw`(?:going|easing|stopping)(?=\s*(?:$|[,;.])| (?:whole|all|the whole|every|day|night|at all)\b)`, // "the pain is not going (whole night)": it stays
  String.raw`go(?: even| at all)?(?=\s*$)`, // "went to the loo and could not go"
  String.raw`work(?:s|ed|ing)?(?! out)`, // "things do not work any more"
  String.raw`(?:mine|my own|belong|empty\w*|(?:quite )?(?:make|made|get) it to the (?:toilet|loo|bathroom|restroom) in time)`, // "my bum feels like it is not mine", "my bladder will not empty"
  String.raw`make (?:it |any )?(?:any )?(?:difference|better)`,
  String.raw`${ADVERB}feel (?:anything|much|a thing|it|my|myself|the)`, // "I could not really feel my bum"
  String.raw`${ADVERB}(?:hold|support|carry|control|tell|know when)`, // "could not hold it in", "legs will not hold me"
  'come', 'start', 'flow', 'peed', 'weed', 'urinated', 'been for a', '(?:had|done) a (?:pee|wee)(?! (?:accident|problem|issue|leak))', // "have not peed"
  // "I did not realise I had peed"
  String.raw`(?:even )?(?:realis|realiz|notic|know|feel|felt)\w*(?: that| it)? (?:i |id |i had |i would |i have |i was )?(?:gone(?! to| out| back| up| down| away| off| into| for| over| on)|peed|weed|pooed|pooped|wet|soiled|leaked|messed|peeing|weeing|pooing|leaking)`,
];

/** After "no": the symptom itself ("no feeling", "no control", "no relief") or not a denial ("no idea"). */
const AFTER_NO = [
  'feeling', 'feel', 'sensation', 'control', 'strength', 'power', 'urge', 'relief', 'let up', 'position', // symptoms
  'better', 'change', 'improvement', 'different', 'difference', // "no better with rest"
  'idea', 'doubt', 'matter', 'longer', 'wonder', // not a denial
];

/** After "without": "lost weight without trying", "wet myself without realising". */
const AFTER_WITHOUT = [
  'trying', 'meaning', String.raw`realis\w*`, String.raw`realiz\w*`, 'noticing', 'knowing', 'feeling it', 'warning',
  'dieting', 'changing', 'reason', 'any reason', 'explanation', 'doing',
  String.raw`i (?:want|wish|know|feel|notice)\w*`, // non-native "it comes out without I want"
];

/** After "never": "it never eases", "never goes away". */
const AFTER_NEVER = [String.raw`(?:eas|improv|settl|stop|let|shift)\w*`, String.raw`go(?:es)? away`, String.raw`get\w* better`, 'better', 'goes'];

const unless = (words: string[]): string => `(?! (?:${words.join('|')})\\b)`;

/** Words that deny what follows them, less the uses above that are part of a symptom. */
// "Sat to pee and nothing": the nothing is what came, not a denial.
const CUE = new RegExp(
  String.raw`\b(?:` +
    [
      `no(?!\\s*[,.!;])${unless(AFTER_NO)}`, // "actually no, my right leg is numb too": an answer word, not a denial
      `not${unless(AFTER_NOT)}`,
      `never${unless(AFTER_NEVER)}`,
      `without${unless(AFTER_WITHOUT)}`,
      'none', 'neither', 'nor', String.raw`(?<!\b(?:pee|wee|go|push|tried|try)(?: \w+){0,3} (?:and|but) )nothing(?! (?:helps|works|eases|makes|comes|came|(?:will|would|wants to|wanted to|is going to|was going to) (?:come|happen))\b)`, 'free of', 'negative for', 'denies', 'deny',
    ].join('|') +
    String.raw`)\b`,
  'g',
);
/** "I can't walk without my legs giving way": a "without" after a "cannot" affirms. */
const CANNOT_BEFORE = /\b(?:cannot|could not|unable|never|not able)\b/;
/**
 * "Could not go to work, shivering with a high temp": a task that cannot be done is the whole of what "not" denies, so
 * its reach ends at the comma. Not verbs of having or noticing ("I do not feel numbness, tingling or weakness").
 */
const TASK_AFTER_NOT = /^ (?:\w+ )?(?:get (?:off|up|out|on|in|into|down)|go|walk|drive|work|sleep|lift|carry|reach|stand|climb|finish|move|bend|play|cook|dress|wash|shower|pick|run|turn|leave|sit|manage|cope)\b[^,]*,/;
/** "Heat or no heat, ...", "pills or not, ...": whatever is done, so what follows is not denied. */
const OR_BEFORE = /\b(\w+) or $/;
function isRegardless(clause: string, cueStart: number, cueEnd: number): boolean {
  const or = OR_BEFORE.exec(clause.slice(0, cueStart));
  if (or === null) return false;
  const after = clause.slice(cueEnd);
  const rest = after.startsWith(` ${or[1]}`) ? after.slice(or[1].length + 1) : after;
  return /^\s*(?:,|$)/.test(rest);
}
/** How many words a negation reaches forward ("I don't think I've had any fever": 6). */
const NEGATION_REACH = 8;
/** After the symptom: "HIV negative", "the lump was benign", "bladder is fine". */
const FINE_AFTER =
  /^\W*(?:(?:is|are|was|were|seems?|seemed|feels?|felt|has been|have been|been|looks?|all|totally|completely|perfectly|absolutely|working|works|now|still|tested|test was|result was|results were)\W+)*(?:fine|ok|okay|normal(?:ly)?|alright|all right|unaffected|not affected|no problem\w*|benign|negative|all clear)\b/;
/** Over now: "the numbness has gone", "it went after 10 minutes", "fully recovered". Asked about, never ignored. */
// Also fine "since", fine "at night now", "warmed up now", and a sign that "goes when I move" (it stops then).
const RESOLVED = String.raw`(?:gone|went away|go away|goes away|(?:settled|cleared|healed)(?: up)?|resolved|passed|stopped|disappeared|better now|(?:fine|ok|okay|alright|all good|back to normal|warmed up)(?: \w+){0,2}? (?:now|since|ever since)|wore off|worn off|recovered|healed)\b|went(?=\s*(?:$|[.,;!?]|(?:after|within|in \d|once|by|overnight|again|now|quickly|soon)\b))|goes(?= (?:when|once|as soon as) i\b)`;
/** "my back (has) gone", "since the disc went" is how a spasm starts, so "back" or "disc" never precedes it. */
const GONE_AFTER = new RegExp(
  String.raw`\bbut (?:it|that|thats|this|they|its|he|she|hes|shes) (?:is |are |has |have |had |s )?(?:all |now |since |completely |totally )?(?:${RESOLVED}|(?:fine|ok|okay|alright|unhurt)\b)|^\W*(?:\w+\W+){0,3}?(?:(?:but|and|though|is|are|has|have|was|had|it|that|this|they|all|now|since|then|completely|totally|fully|went|seems)\W+)*(?<!\b(?:back|disc|disk|spine|neck|hip|i|we|you) )(?:${RESOLVED})`,
);
const GONE_BEFORE = /\bno longer\b/;
/** Tested up to the end of the match, which may start before the question word ("can back pain cause numbness"). */
const HYPOTHETICAL_UP_TO = new RegExp(HYPOTHETICAL);
/** "What if my legs give way again?": a what-if about a sign that is already there asks what it means, so reports it. */
const WHAT_IF_ALREADY = new RegExp(String.raw`\bwhat (?:happens )?if\b.*${ALREADY_SO}`);
const isAskedAbout = (clause: string, upTo: string): boolean => HYPOTHETICAL_UP_TO.test(upTo) && !WHAT_IF_ALREADY.test(clause);

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** starts[i]: how many words (runs of letters and digits) start in text[0, i). */
function wordStarts(text: string): Int32Array {
  const starts = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const starting = isWordChar(text.charCodeAt(i)) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)));
    starts[i + 1] = starts[i] + (starting ? 1 : 0);
  }
  return starts;
}

/**
 * The word starts of the texts counted last. A long clause is asked about many ranges (every negation cue before every
 * match, every pair of a concept's part and trouble): counting each range afresh made a 2,000-character message take
 * hundreds of milliseconds. A few texts are kept because a clause, the one before it and the two together alternate.
 */
const STARTS_KEPT = 8;
const startsOf = new Map<string, Int32Array>();
function wordStartsOf(text: string): Int32Array {
  let starts = startsOf.get(text);
  if (starts === undefined) {
    if (startsOf.size >= STARTS_KEPT) startsOf.clear();
    starts = wordStarts(text);
    startsOf.set(text, starts);
  }
  return starts;
}

/** Words (runs of letters and digits) in text[from, to), a word cut at `from` included; the whole text by default. */
export function countWords(text: string, from = 0, to = text.length): number {
  if (from >= to) return 0;
  const starts = wordStartsOf(text);
  return (isWordChar(text.charCodeAt(from)) ? 1 : 0) + starts[to] - starts[from + 1];
}

/**
 * A question about people in general, not a report: "does coughing make a spasm worse?", "can back spasms cause
 * chest pain?". A clause that opens with a question verb and says nothing of the writer or someone present.
 */
// "Is it normal to lose half a stone without trying?" is how people report a sign and ask what it means, so it is read
// as a report: over-triage beats a missed sign.
// A reading with its number ("would a temperature of 39 matter?") is someone's own measurement, so a report too.
const GENERAL_QUESTION = /^\W*(?:does|do|can|could|will|would|might|may|is|are)\b(?! not\b)(?! (?:it|this|that) (?:\w+ )?(?:normal|usual)\b)(?!.*\b(?:i|my|me|mine|myself|he|she|his|her|him|\d+(?:[.,]\d+)?)\b)/;

/** How to use a remedy, not a report: "can I put a heat pad between my shoulder blades?". */
// Not when a sign is the setting ("can I use a heat pad if my chest feels tight?") or a finding the remedy would touch
// ("can I massage over a lump on my spine?"): those report it.
const REMEDY_QUESTION = /^\W*(?:can|could|should|shall|do|may) i (?:\w+ )?(?:put|use|apply|place|try|stretch|massage|rub|roll|ice|heat)\b(?!.*\b(?:(?:if|when|while|since|because|as) (?:my|i am|i have|im)|lumps?|swelling|bumps?|growth|cyst)\b)/;

/** A span of the clause that belongs to the symptom itself ("cannot feel", "no morning wood", "not holding me"). */
export type Owned = readonly (readonly [number, number])[];

const inside = (at: number, owned: Owned): boolean => owned.some(([from, to]) => at >= from && at < to);

interface Cue {
  word: string;
  index: number;
  end: number;
  /** Denies nothing, whatever follows: "cannot walk without ...", "heat or no heat, ...". */
  deniesNothing: boolean;
}

/**
 * The negation cues of the clause asked about last, in order, each read once. Every match in a clause is checked
 * against the cues before it: finding and reading them afresh for each match made a long clause cost its length
 * times its matches.
 */
let cuesOf: { clause: string; cues: readonly Cue[] } = { clause: '', cues: [] };
function negationCues(clause: string): readonly Cue[] {
  if (cuesOf.clause !== clause) {
    const cues = [...clause.matchAll(CUE)].map((m) => {
      const [word, index, end] = [m[0], m.index, m.index + m[0].length];
      const deniesNothing = (word === 'without' && CANNOT_BEFORE.test(clause.slice(0, index))) || isRegardless(clause, index, end);
      return { word, index, end, deniesNothing };
    });
    cuesOf = { clause, cues };
  }
  return cuesOf.cues;
}

/** A negation cue within reach before the match, or inside it ("my groin is not numb"), but not in an owned span. */
export function isNegated(clause: string, start: number, end: number, owned: Owned = []): boolean {
  for (const cue of negationCues(clause)) {
    if (cue.index >= end) break;
    if (inside(cue.index, owned)) continue;
    if (cue.end <= start && countWords(clause, cue.end, start) > NEGATION_REACH) continue;
    if (cue.deniesNothing) continue;
    if (cue.word === 'not' && TASK_AFTER_NOT.test(clause.slice(cue.end, end))) continue;
    return true;
  }
  return FINE_AFTER.test(clause.slice(end));
}

/** Said to be fine right after it is named: "sneezing is fine, it's bending that hurts". */
export function saysFine(clause: string, at: number): boolean {
  return FINE_AFTER.test(clause.slice(at));
}

/** A whole clause saying something is over now ("it went away when I stood up"). */
export function isOverNow(clause: string): boolean {
  return GONE_AFTER.test(clause);
}

/** Asked about rather than reported, or over now: a flag there becomes a yes/no question. */
export function isSoftened(clause: string, start: number, end: number): boolean {
  const upTo = clause.slice(0, end);
  return isAskedAbout(clause, upTo) || GENERAL_QUESTION.test(upTo) || REMEDY_QUESTION.test(upTo) || GONE_BEFORE.test(clause.slice(0, start)) || GONE_AFTER.test(clause.slice(end));
}
