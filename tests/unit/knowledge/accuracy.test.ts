// The question sets of tests/fixtures/questions, routed as the bot routes a message. Prints both parts' accuracy per
// kind (and the tuning misses, never the held-out ones), how far the held-out part is from issue 9's goals, and fails
// if the held-out part falls below the figures last measured (the goals are not met yet: see the README).
import { describe, expect, it } from 'vitest';
import { loadKnowledge, SearchIndex } from '../../../src/knowledge';
import { KNOWLEDGE_DIR } from '../../../src/paths';
import { evaluate, formatMiss, formatReports, Goals, missedGoals } from '../../support/evaluate';
import { loadQuestions } from '../../support/questions';

const index = new SearchIndex(loadKnowledge(KNOWLEDGE_DIR));
const tuning = evaluate(index, loadQuestions('tuning'));
// Held-out figures are only read, never fitted to: no misses of this part are printed.
const heldout = evaluate(index, loadQuestions('heldout'));

describe('question sets, routed like a message', () => {
  it('prints accuracy per kind for the tuning and the held-out part', () => {
    console.log(['', formatReports({ tuning, 'held-out': heldout }), '', 'tuning misses:', ...tuning.misses.map(formatMiss)].join('\n'));
    expect(tuning.byKind.size).toBeGreaterThan(0);
  });

  it('sends every red flag of the tuning part to urgent help with the right urgency', () => {
    expect(tuning.misses.filter((m) => m.item.kind === 'redflag').map((m) => m.item.q)).toEqual([]);
  });

  // Issue 9's goals (answers 97%, declined 95%, red flags 100%, benign 100%, follow-ups 95%) are not met on the held-out
  // part yet. Until they are, it guards against going backwards: these are the figures measured when the set was first
  // read (rounded down); raise them as the engine improves, never lower them, and never fit anything to this part.
  const FLOORS: Goals = { answer: 92, declined: 92, redflag: 94, benign: 96, followup: 95 };

  it('stays at or above the held-out figures last measured, and says how far they are from the goals', () => {
    console.log(['', 'held-out goals not met yet:', ...missedGoals(heldout).map((line) => `  ${line}`)].join('\n'));
    expect(missedGoals(heldout, FLOORS)).toEqual([]);
  });
});
