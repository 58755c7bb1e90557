// parseSeverity: a 0-10 pain score from "7", "seven", "7/10", "8ish", "6-7" or words ("pretty bad").
import { basicClean, numberWordsToDigits } from './text';
import { UNCLEAR, OUT_OF_RANGE, type Parsed } from './parsed';

/** A number, optionally "out of" a scale: "7", "7.5", "7/10", "3 out of 5", "70%". */
const SCORE = /(\d+(?:[.,]\d+)?)(?:\s*(?:\/|out of|outta|of)\s*(\d+))?(\s*%)?/g;
/** Numbers that are not scores: durations, weights, times, ages. */
const NOT_A_SCORE = /^\s*(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|kg|kilos?|lbs?|stone|am|pm|times?|tablets?|pills?|mg)\b/;
/** "on a scale of 1 to 10": the scale's own numbers are not the answer. */
const SCALE = /\b(?:on |in )?(?:a |the )?scale (?:of |from )?[01] ?(?:to|-|\/) ?10\b|\b(?:from )?[01] ?(?:to|-) ?10 scale\b/g;
/** "-3" or "minus 3", but not the dash of a range such as "6-7". */
const MINUS = /(?:-|\u2212|minus\s*)\s*\d/g;

/** Word answers, most specific first ("not too bad" before "bad", "really bad" before "bad"). */
const WORDS: readonly (readonly [RegExp, number])[] = [
  [/\b(?:no pain|pain free|painless|not at all|nothing|none|zero|does not hurt|not hurting|gone)\b/, 0],
  [/\b(?:worst (?:pain )?(?:ever|of my life|i have (?:ever )?had|imaginable|possible)|worst|unbearable|excruciating|off the (?:scale|charts?)|cannot (?:bear|take) it|agonis\w*|agoniz\w*|screaming)\b/, 10],
  [/\b(?:agony|horrendous|horrific|crippling|debilitating)\b/, 9],
  [/\b(?:not (?:too|that|so|very) bad|not terrible|manageable|bearable|tolerable|uncomfortable|annoying|sore)\b/, 4],
  [/\b(?:not bad)\b/, 3],
  [/\b(?:pretty|quite|fairly|rather|kind of|kinda|somewhat) (?:bad|painful)|really sore|very sore|bad ?ish\b/, 7],
  [/\b(?:severe|really bad|very bad|so bad|super bad|terrible|awful|horrible|dreadful|extreme|intense|really painful|very painful|killing me)\b/, 8],
  [/\b(?:very mild|barely|hardly|tiny bit|very slight)\b/, 1],
  [/\b(?:a little|a bit|little bit|slight\w*|minor|niggl\w*|twinge)\b/, 2],
  [/\b(?:mild|mildish)\b/, 3],
  [/\b(?:moderate|medium|middling|average|so so|in the middle|halfway|middle)\b/, 5],
  [/\b(?:bad|painful|hurts)\b/, 6],
];

/** Reads a pain score 0-10. Several numbers (a range "6-7", "7 but 9 when I move") give the highest. */
export function parseSeverity(text: string): Parsed<number> {
  const s = numberWordsToDigits(basicClean(text).replace(/'/g, '')).replace(SCALE, ' ').replace(/\s+/g, ' ').trim();
  MINUS.lastIndex = 0;
  for (let m = MINUS.exec(s); m !== null; m = MINUS.exec(s)) {
    const before = s.slice(0, m.index).trimEnd();
    if (!/\d$/.test(before)) return OUT_OF_RANGE; // a minus sign, not a range
  }
  let best = -1;
  let outOfRange = false;
  SCORE.lastIndex = 0;
  for (let m = SCORE.exec(s); m !== null; m = SCORE.exec(s)) {
    if (NOT_A_SCORE.test(s.slice(m.index + m[0].length))) continue;
    const n = Number(m[1].replace(',', '.'));
    const scale = m[3] !== undefined ? 100 : m[2] !== undefined ? Number(m[2]) : 10;
    if (scale <= 0 || n > scale) {
      outOfRange = true;
      continue;
    }
    const score = Math.round((n / scale) * 10);
    if (score > best) best = score;
  }
  if (best >= 0) return { ok: true, value: best };
  if (outOfRange) return OUT_OF_RANGE;
  for (const [re, value] of WORDS) if (re.test(s)) return { ok: true, value };
  return UNCLEAR;
}
