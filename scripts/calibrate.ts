// npm run calibrate: sweeps every scoring constant of SearchSettings on the tuning questions only, one at a time
// and repeatedly, keeping a value only when it scores better there; prints the chosen values and then, read only,
// the held-out result. Never fitted to the held-out part.
import { DEFAULT_SEARCH_SETTINGS, loadKnowledge, SearchIndex, type SearchSettings } from '../src/knowledge';
import { KNOWLEDGE_DIR } from '../src/paths';
import { evaluate, formatReports, type Report } from '../tests/support/evaluate';
import { loadQuestions } from '../tests/support/questions';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const tuning = loadQuestions('tuning');

/** The tuning objective: every item counts once, and a wrongly declined or answered off-topic question counts too. */
function objective(report: Report): number {
  let ok = report.declined.ok;
  for (const s of report.byKind.values()) ok += s.ok;
  return ok;
}

type Numeric = Exclude<keyof SearchSettings, 'fieldWeights' | 'maxChoices' | 'followUpMaxWords' | 'situationMaxOtherWords' | 'distinctiveInAtMost'>;
const RANGES: Record<Numeric, number[]> = {
  answerThreshold: [0.15, 0.2, 0.25, 0.3, 0.35, 0.4],
  unanchoredThreshold: [0.35, 0.45, 0.55, 0.65, 0.75],
  ambiguityMargin: [0, 0.01, 0.02, 0.05, 0.08],
  sureThreshold: [0.3, 0.4, 0.5, 0.6, 0.7],
  tie: [0, 0.005, 0.015, 0.03],
  coverageShare: [0.4, 0.5, 0.6, 0.7, 0.8],
  titleBonus: [0, 0.05, 0.1, 0.15, 0.2],
  unknownShareAnchored: [0.1, 0.2, 0.3, 0.5, 0.8],
  unknownShareUnanchored: [1, 1.5, 2, 3],
  senseUnknownAtLeast: [1, 2, 3, Infinity],
  elsewhereUnknownAtLeast: [1, 2, 3, Infinity],
  pointingElsewhereUnknownAtLeast: [1, 2, 3, Infinity],
  frameShare: [0.5, 0.6, 0.7, 0.85, 1],
  anchorMinWeight: [0.6, 0.75, 0.9],
  followUpOwnTopic: [0.3, 0.4, 0.5, 0.6, 0.7],
  situationTopicConfidence: [0.2, 0.3, 0.4, 0.5, 0.6],
  situationQuestionConfidence: [0.3, 0.4, 0.5, 0.6, 0.7, 2],
  askingSentenceConfidence: [0.3, 0.45, 0.6, 0.75, 2],
  topicWordShare: [0.2, 0.35, 0.5, 0.65],
  comparisonNamedShare: [0.3, 0.5, 0.7, 1, Infinity],
};
const WORDS = [5, 6, 7, 8, 10];
const FIELD_SETS = [DEFAULT_SEARCH_SETTINGS.fieldWeights, { title: 1, keywords: 1, questions: 0.85, answer: 0.45 }, { title: 1, keywords: 0.9, questions: 1, answer: 0.45 }];

const run = (settings: SearchSettings): number => objective(evaluate(new SearchIndex(knowledge, settings), tuning));

let best = { ...DEFAULT_SEARCH_SETTINGS };
let bestScore = run(best);
const start = bestScore;
for (let pass = 1; pass <= 2; pass += 1) {
  let improved = false;
  const tryOne = (candidate: SearchSettings) => {
    const s = run(candidate);
    if (s > bestScore) {
      best = candidate;
      bestScore = s;
      improved = true;
    }
  };
  for (const key of Object.keys(RANGES) as Numeric[]) for (const value of RANGES[key]) tryOne({ ...best, [key]: value });
  for (const value of WORDS) tryOne({ ...best, followUpMaxWords: value });
  for (const value of [2, 3, 4, 6]) tryOne({ ...best, situationMaxOtherWords: value });
  for (const value of [1, 2, 3, 4, 5]) tryOne({ ...best, distinctiveInAtMost: value });
  for (const fieldWeights of FIELD_SETS) tryOne({ ...best, fieldWeights });
  if (!improved) break;
}

console.log(`tuning objective: ${start} with the current settings, ${bestScore} with the chosen ones`);
console.log('chosen settings (put them in DEFAULT_SEARCH_SETTINGS, src/knowledge/search.ts):');
console.log(JSON.stringify(best, null, 2));
const index = new SearchIndex(knowledge, best);
console.log(formatReports({ tuning: evaluate(index, tuning), 'held-out': evaluate(index, loadQuestions('heldout')) }));
