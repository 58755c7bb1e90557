// Long messages (up to 2,000 characters) are screened as their parts are: the word counts and negation cues that
// are remembered per clause (src/triage/negation.ts) give the same answers as counting afresh, whatever was asked
// before. How long it takes is measured by `npm run bench -- long`, never asserted here.
import { describe, expect, it } from 'vitest';
import { screenMessage } from '../../../src/triage';
import { countWords, isNegated } from '../../../src/triage/negation';

/** Counting afresh: runs of letters and digits in the slice, a word cut at its start included. */
const wordsIn = (text: string, from: number, to: number): number => (text.slice(from, to).match(/[a-z0-9]+/g) ?? []).length;

describe('countWords over a range', () => {
  it('counts every range of a text as counting its slice afresh would', () => {
    for (const text of ['', 'ok', 'my left foot, then the 2nd toe... numb-ish', '  leading and trailing  ']) {
      for (let from = 0; from <= text.length; from += 1) {
        for (let to = from; to <= text.length; to += 1) expect(countWords(text, from, to), `${JSON.stringify(text)} [${from}, ${to})`).toBe(wordsIn(text, from, to));
      }
    }
  });

  it('gives each text its own counts when several are asked about in turn', () => {
    const texts = Array.from({ length: 12 }, (_, i) => `${'word '.repeat(i)}end`);
    for (let round = 0; round < 2; round += 1) for (const text of texts) expect(countWords(text)).toBe(wordsIn(text, 0, text.length));
  });
});

describe('isNegated, clause after clause', () => {
  const denied = 'there is no tingling in my calves at all';
  const said = 'there is tingling in my calves at all hours';
  const at = (clause: string) => [clause.indexOf('tingling'), clause.indexOf('tingling') + 'tingling'.length] as const;

  it('reads each clause by its own cues when clauses alternate', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(isNegated(denied, ...at(denied))).toBe(true);
      expect(isNegated(said, ...at(said))).toBe(false);
    }
  });

  it('lets a denial reach only so many words forward, however long the clause', () => {
    const far = `no ${'very '.repeat(12)}tingling`;
    expect(isNegated(far, far.indexOf('tingling'), far.length)).toBe(false);
  });
});

describe('a long message is screened as its parts are', () => {
  const denial = 'my feet are fine and there is no tingling anywhere';
  const long = (part: string, separator: string) => Array.from({ length: Math.floor(2000 / (part.length + separator.length)) }, () => part).join(separator);

  it('stays clear for one denial said over and over, run on or in sentences', () => {
    for (const separator of [' ', '. ', ', ', '\n']) expect(screenMessage(long(denial, separator)).outcome).toBe('clear');
  });

  it('still finds a sign said once at the end of 2,000 characters', () => {
    const text = `${long(denial, '. ').slice(0, 1900)}. oh and i wet myself this morning without noticing`;
    expect(screenMessage(text)).toMatchObject({ outcome: 'red-flag', urgency: 'emergency' });
  });
});
