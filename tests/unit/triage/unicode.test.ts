// Red flags written with invisible, fullwidth, look-alike or emoji characters: folded to plain text, then flagged.
import { describe, expect, it } from 'vitest';
import { screenMessage } from '../../../src/triage';
import { foldUnicode } from '../../../src/triage/unicode';
import cases from '../../fixtures/triage-cases.json';

interface Case {
  q: string;
  kind: 'redflag' | 'benign';
  expect?: 'emergency' | 'urgent';
  tags: string[];
}

const hidden = (cases as Case[]).filter((c) => c.tags.includes('hidden-characters'));

describe('foldUnicode', () => {
  it.each([
    ['a zero-width space', 'I w\u200bet myself', 'I wet myself'],
    ['a soft hyphen', 'blad\u00adder', 'bladder'],
    ['a zero-width joiner', 'I w\u200det myself', 'I wet myself'],
    ['a NUL', 'I w\u0000et myself', 'I wet myself'],
    ['a byte-order mark and a left-to-right mark', '\ufeffI wet\u200e myself', 'I wet myself'],
    ['fullwidth letters', '\uff49 \uff57\uff45\uff54 \uff4d\uff59\uff53\uff45\uff4c\uff46', 'i wet myself'],
    ['Cyrillic а, е and о', 'n\u043e c\u043entr\u043el \u043ever my bl\u0430dd\u0435r', 'no control over my bladder'],
    ['Greek ο and ε', 'I w\u03b5t mys\u03b5lf n\u03bfw', 'I wet myself now'],
    ['an emoji between words', 'I wet \u{1F62D} myself', 'I wet   myself'],
    ['an emoji glued to a word, with a skin tone and a variation selector', 'I wet\u{1F44D}\u{1F3FD}\ufe0f myself', 'I wet   myself'],
    ['marks stacked on letters', 'I we\u0334t\u0334 myself', 'I wet myself'],
  ])('reads %s as plain text', (_what, input, folded) => {
    expect(foldUnicode(input)).toBe(folded);
  });

  it('keeps what the screener reads: line breaks, apostrophes (also ´ and `), accents dropped, digits and punctuation', () => {
    expect(foldUnicode('No fever.\nBut I can\u00b4t pee, can`t walk; café 7/10!')).toBe('No fever.\nBut I can\u2019t pee, can`t walk; cafe 7/10!');
  });
});

describe('screenMessage on hidden-character messages (the hidden-characters cases in tests/fixtures/triage-cases.json)', () => {
  it('has the cases the attack used', () => {
    expect(hidden.filter((c) => c.kind === 'redflag').length).toBeGreaterThanOrEqual(8);
  });

  it.each(hidden.map((c) => [JSON.stringify(c.q), c] as const))('%s', (_q, c) => {
    const result = screenMessage(c.q);
    if (c.kind === 'benign') expect(result.outcome).toBe('clear');
    else expect(result).toMatchObject({ outcome: 'red-flag', urgency: c.expect });
  });
});
