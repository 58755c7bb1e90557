// The question sets of tests/fixtures/questions, routed as the bot routes a message. Prints both parts' accuracy per
// kind (and the tuning misses, never the held-out ones) and fails below the goals on the held-out part.
import { describe, expect, it } from 'vitest';
import { loadKnowledge, SearchIndex } from '../../../src/knowledge';
import { KNOWLEDGE_DIR } from '../../../src/paths';
import { evaluate, formatMiss, formatReports, missedGoals } from '../../support/evaluate';
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

  it('meets the goals on the held-out part: answers 97%, declined 95%, red flags 100%, benign 100%, follow-ups 95%', () => {
    expect(missedGoals(heldout)).toEqual([]);
  });
});
