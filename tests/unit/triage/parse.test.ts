// Onset and severity answers as users type them, and the exact button titles.
import { describe, it, expect } from 'vitest';
import { parseOnset, parseSeverity, type OnsetClass } from '../../../src/triage';

describe('parseOnset', () => {
  const rows: [string, OnsetClass][] = [
    ['Just now / today', 'recent'],
    ['In the last few days', 'days'],
    ['Over a week ago', 'week-plus'],
    ['It keeps coming back', 'recurring'],
    ['just now', 'recent'],
    ['today', 'recent'],
    ['this morning', 'recent'],
    ['an hour ago', 'recent'],
    ['last night', 'recent'],
    ['half an hour ago', 'recent'],
    ['5 mins ago', 'recent'],
    ['I woke up with it', 'recent'],
    ['yesterday', 'days'],
    ['2 days ago', 'days'],
    ['three days', 'days'],
    ['a few days', 'days'],
    ['a couple of days ago', 'days'],
    ['since monday', 'days'],
    ['since Tues', 'days'],
    ['Sunday', 'days'],
    ['over the weekend', 'days'],
    ['about 36 hours', 'days'],
    ['two or three days', 'days'],
    ['a week ago', 'week-plus'],
    ['two weeks', 'week-plus'],
    ['10 days', 'week-plus'],
    ['twenty-one days ago', 'week-plus'],
    ['a month', 'week-plus'],
    ['since last month', 'week-plus'],
    ['last week', 'week-plus'],
    ['a fortnight ago', 'week-plus'],
    ['since March', 'week-plus'],
    ['3 weeks ago but worse since yesterday', 'week-plus'],
    ['on and off for months', 'recurring'],
    ['it keeps coming back', 'recurring'],
    ['happens every few weeks', 'recurring'],
    ['again', 'recurring'],
    ['recurring', 'recurring'],
    ['comes and goes', 'recurring'],
    ["it's back again since yesterday", 'recurring'],
  ];
  it.each(rows)('%s -> %s', (text, value) => {
    expect(parseOnset(text)).toEqual({ ok: true, value });
  });

  it.each(['banana', "I don't know", 'not sure', '', 'I sat down and it started'])('%s is unclear', (text) => {
    expect(parseOnset(text)).toEqual({ ok: false, reason: 'unclear' });
  });
});

describe('parseSeverity', () => {
  const rows: [string, number][] = [
    ['7', 7],
    ['seven', 7],
    ['7/10', 7],
    ['7 out of 10', 7],
    ['about 6', 6],
    ['a 6 maybe', 6],
    ['8ish', 8],
    ['6-7', 7],
    ['6 - 7', 7],
    ['six or seven', 7],
    ['10!!!', 10],
    ['0', 0],
    ['zero', 0],
    ['7.5', 8],
    ['3 out of 5', 6],
    ['on a scale of 1 to 10 it is an 8', 8],
    ["I've had it for 3 days, it's a 6", 6],
    ['about a 4 but 8 when I move', 8],
    ['none', 0],
    ['no pain', 0],
    ['mild', 3],
    ['a little', 2],
    ['moderate', 5],
    ['medium', 5],
    ['bad', 6],
    ['pretty bad', 7],
    ['quite bad', 7],
    ['not too bad', 4],
    ['severe', 8],
    ['really bad', 8],
    ['terrible', 8],
    ['agony', 9],
    ['unbearable', 10],
    ['worst pain ever', 10],
    ['excruciating', 10],
  ];
  it.each(rows)('%s -> %i', (text, value) => {
    expect(parseSeverity(text)).toEqual({ ok: true, value });
  });

  it.each(['11', '-3', '100', 'minus 2', "it's like 12 out of 10", 'a million'])('%s is out of range', (text) => {
    expect(parseSeverity(text)).toEqual({ ok: false, reason: 'out-of-range' });
  });

  it.each(['asdf', '', 'dunno'])('%s is unclear', (text) => {
    expect(parseSeverity(text)).toEqual({ ok: false, reason: 'unclear' });
  });
});
