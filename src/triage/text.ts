// Text clean-up shared by the red-flag screener and the onset/severity parsers.

const APOSTROPHES = /[\u2018\u2019\u201b\u2032\u00b4`]/g;

/** Contractions with or without the apostrophe ("can't", "cant", "dont"), so patterns see one spelling. */
const CONTRACTION =
  /\b(?:can'?t|can not|won'?t|ain'?t|(?:do|does|did|is|are|was|were|have|has|had|could|would|should|must|need)n'?t|i'?m|i'?ve|it's|you're|you've|they're|they'?ve|we've|we're|i'll)\b/g;

const EXPANSIONS: Readonly<Record<string, string>> = {
  cant: 'cannot',
  'can not': 'cannot',
  wont: 'will not',
  aint: 'is not',
  im: 'i am',
  ive: 'i have',
  its: 'it is',
  youre: 'you are',
  youve: 'you have',
  theyre: 'they are',
  theyve: 'they have',
  weve: 'we have',
  were: 'we are',
  ill: 'i will',
};

function expand(match: string): string {
  // Forms such as "it's", "we're", "we've" and "i'll" only match with their apostrophe, so "its", "were" and "ill" stay words.
  const key = match.replace("'", '');
  return EXPANSIONS[key] ?? `${key.slice(0, -2)} not`;
}

/**
 * Negatives as typed on phones ("havnt", "cudnt", "dosnt") and in Scots ("cannae", "didnae", "couldnae"): the same
 * "not" as the standard spelling, so negation and "cannot pee" read them alike.
 */
const LOOSE_NEGATIVE = /\b(?:havnt|hvnt|hav not|dnt|cudnt|cdnt|wudnt|wdnt|shudnt|dosnt|dosent|doesent|isent|wasent|didint|(?:can|could|would|should|did|does|do|is|was|has|have|had|will|are|were|must|din|wid|wis|hav|hiv)(?:nae|na))\b/g;
const LOOSE_FOR: Readonly<Record<string, string>> = {
  havnt: 'have not', hvnt: 'have not', 'hav not': 'have not', dnt: 'do not', cudnt: 'could not', cdnt: 'could not',
  wudnt: 'would not', wdnt: 'would not', shudnt: 'should not', dosnt: 'does not', dosent: 'does not', doesent: 'does not',
  isent: 'is not', wasent: 'was not', didint: 'did not', cannae: 'cannot', canna: 'cannot',
  dinnae: 'do not', dinna: 'do not', willnae: 'will not', widnae: 'would not', wisnae: 'was not', havnae: 'have not', hivnae: 'have not',
};
const looseNegative = (m: string): string => LOOSE_FOR[m] ?? `${m.replace(/na[e]?$/, '')} not`;

/** Lower case, straight apostrophes, contractions spelled out ("I can't" -> "i cannot", "dont" -> "do not"). */
export function basicClean(text: string): string {
  return text.toLowerCase().replace(APOSTROPHES, "'").replace(CONTRACTION, expand).replace(LOOSE_NEGATIVE, looseNegative);
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, nought: 0, nil: 0, none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, million: 1_000_000,
};

/** Alternation of the number words. */
const NUMBER_WORD_SOURCE = Object.keys(NUMBER_WORDS).join('|');

const COMPOUND_NUMBER = new RegExp(
  String.raw`\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+(one|two|three|four|five|six|seven|eight|nine)\b|\b(${NUMBER_WORD_SOURCE})\b`,
  'g',
);

/** "twenty-one days" -> "21 days", "seven" -> "7"; "none" stays a word (it is also a negation). */
export function numberWordsToDigits(text: string): string {
  return text.replace(COMPOUND_NUMBER, (m: string, tens?: string, unit?: string, single?: string) => {
    if (tens !== undefined && unit !== undefined) return String(NUMBER_WORDS[tens] + NUMBER_WORDS[unit]);
    return single === 'none' ? m : String(NUMBER_WORDS[single ?? m]);
  });
}
