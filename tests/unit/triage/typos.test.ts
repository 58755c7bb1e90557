// Typo repair: misspelt red-flag words are read as meant, and real English words are never rewritten.
import { describe, it, expect } from 'vitest';
import { repairWord, repairTypos } from '../../../src/triage/typos';
import lexicon from 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';

describe('repairWord', () => {
  it.each([
    ['bladdr', 'bladder'],
    ['numbnes', 'numbness'],
    ['feaver', 'fever'],
    ['temprature', 'temperature'],
    ['steriods', 'steroids'],
    ['osteoperosis', 'osteoporosis'],
    ['tinglling', 'tingling'],
    ['incontinance', 'incontinence'],
    ['myslef', 'myself'],
    ['cancr', 'cancer'],
  ])('%s -> %s', (typo, word) => {
    expect(repairWord(typo)).toBe(word);
  });

  it('leaves short words, other words and the keywords alone', () => {
    expect(repairTypos('i fell off a ladder and had to cancel, i groan')).toBe('i fell off a ladder and had to cancel, i groan');
  });

  it('never rewrites a dictionary word (REAL_WORDS covers every near miss)', () => {
    const rewritten = Object.keys(lexicon)
      .map((w) => w.toLowerCase())
      .filter((w) => /^[a-z]+$/.test(w) && repairWord(w) !== w);
    expect(rewritten).toEqual([]);
  });
});
