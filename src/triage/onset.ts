// parseOnset: when the spasm started, from a button title or free text ("2 days ago", "on and off for months").
import { basicClean, numberWordsToDigits } from './text';
import { UNCLEAR, type Parsed } from './parsed';

/** just now/today · last few days · over a week ago · keeps coming back. */
export type OnsetClass = 'recent' | 'days' | 'week-plus' | 'recurring';

const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
/** Short day names only after "since"/"on"/"last": alone, "sat", "sun" and "wed" are other words. */
const SHORT_DAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?`;

/** Coming back is the answer even when a time is given too ("it's back again since yesterday"). */
const RECURRING = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`again`,
      String.raw`recurr\w*`,
      String.raw`keeps? (?:on )?(?:coming|happening|returning|recurring)(?: back)?`,
      String.raw`(?:it|pain|spasms?|this|they|these) (?:\w+ )?(?:comes?|came|keeps? coming|has come) back`,
      String.raw`comes? and goes?|came and went|coming and going`,
      String.raw`on and off|off and on|on off`,
      String.raw`every (?:few |couple of |other |\d+ )?(?:days?|weeks?|months?|years?|winter|summer|spring|autumn|so often)`,
      String.raw`happens? (?:a lot|often|regularly|all the time|every|now and then)`,
      String.raw`chronic\w*|for years|years of|(?:many|several|\d+) years (?:on|now)`,
      String.raw`flare ?ups?|flares? up|flared up|flaring`,
      String.raw`used to get|always (?:get|getting|had|have)|get (?:them|it|these|this) (?:a lot|often|regularly|all the time|every)`,
      String.raw`frequent\w*|regular\w*|from time to time|now and (?:again|then)|once in a while|periodic\w*|occasional\w*|repeated\w*|recurrent`,
      String.raw`not the first time|had (?:it|this|them|these) before|(?:another|one more|one of my) (?:one|spasm|episode|attack|flare)|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:time|one|episode)`,
    ].join('|') +
    String.raw`)\b`,
);

/** "3 days", "2-3 weeks", "36 hours"; the larger number of a range counts. */
const DURATION = /\b(\d+(?:\.\d+)?)(?:\s*(?:-|to|or)\s*(\d+(?:\.\d+)?))?\s*(minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|fortnights?|months?|mths?|years?|yrs?)\b/g;

const CLASS_WORDS: readonly (readonly [OnsetClass, RegExp])[] = [
  ['week-plus', new RegExp(String.raw`\b(?:weeks|months|years|fortnight|last (?:week|month|year)|(?:since|in|during|over) (?:the )?(?:${MONTH}|christmas|easter|new year|the summer|the spring|the autumn|the winter|last (?:week|month|year))|ages|(?:a )?long time|for ever|forever|as long as i (?:can )?remember|for a while|a while (?:ago|now|back)|(?:over|more than|longer than) a week)\b`)],
  ['days', new RegExp(String.raw`\b(?:yesterday|the other day|(?:few|couple of|couple|several) (?:days|nights)|(?:since|on|last|this past) ${SHORT_DAY}|${DAY}|(?:over|at|during|on|since|this|last) (?:the )?weekend|this week|earlier (?:in )?(?:this|the) week|a day ago|day before)\b`)],
  ['recent', new RegExp(String.raw`\b(?:just now|right now|now|just (?:started|happened|began|this minute|a moment ago|then|did it)|today|tonight|this (?:morning|afternoon|evening|am|pm)|earlier(?: today| on)?|last night|overnight|(?:few|couple of) (?:minutes|mins|hours|hrs)|half an hour|moments? ago|this minute|since (?:i woke|waking|i got up|breakfast|lunch)|(?:woke|waking|woken) up (?:with|to) (?:it|this|the)|when i (?:woke|got) up)\b`)],
];

const RANK: Readonly<Record<OnsetClass, number>> = { recent: 0, days: 1, 'week-plus': 2, recurring: 3 };

function classifyDuration(amount: number, unit: string): OnsetClass {
  if (unit.startsWith('min')) return amount < 24 * 60 ? 'recent' : 'days';
  if (unit.startsWith('h')) return amount < 24 ? 'recent' : amount < 24 * 7 ? 'days' : 'week-plus';
  if (unit.startsWith('d') || unit.startsWith('n')) return amount < 1 ? 'recent' : amount < 7 ? 'days' : 'week-plus';
  return 'week-plus';
}

const ARTICLE_UNIT = /\b(?:an?|one|single)\s+(?=(?:minute|min|hour|hr|day|night|week|fortnight|month|year)s?\b)/g;
const FEW = /\b(?:a\s+)?(?:couple(?:\s+of)?|few|several)\s+(?=(?:minutes|mins|hours|hrs|days|nights|weeks|months|years)\b)/g;

/** Normalises: number words to digits, "an hour" -> "1 hour", "a few days" -> "3 days". */
function prepare(text: string): string {
  return numberWordsToDigits(basicClean(text).replace(/'/g, ''))
    .replace(ARTICLE_UNIT, '1 ')
    .replace(FEW, (m) => (m.includes('couple') ? '2 ' : m.includes('several') ? '4 ' : '3 '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Classifies when the spasm started. When several times are given ("3 weeks ago, worse since yesterday") the
 * earliest counts, since the question is when it began. Returns 'unclear' when no time can be read.
 */
export function parseOnset(text: string): Parsed<OnsetClass> {
  const s = prepare(text);
  if (RECURRING.test(s)) return { ok: true, value: 'recurring' };
  let best: OnsetClass | undefined;
  const consider = (c: OnsetClass): void => {
    if (best === undefined || RANK[c] > RANK[best]) best = c;
  };
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(s); m !== null; m = DURATION.exec(s)) {
    consider(classifyDuration(Math.max(Number(m[1]), Number(m[2] ?? 0)), m[3]));
  }
  for (const [c, re] of CLASS_WORDS) if (re.test(s)) consider(c);
  return best === undefined ? UNCLEAR : { ok: true, value: best };
}
