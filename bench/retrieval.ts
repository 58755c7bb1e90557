// Retrieval: µs per query over the dev question set, our SearchIndex against a naive fuse.js search over the
// article's raw paragraphs, interleaved pass by pass; and each one's top-1 accuracy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { KnowledgeBase, loadKnowledge, Passage, SearchIndex, tokenize } from '../src/knowledge';
import { stem } from '../src/knowledge/normalize';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/paths';
import { percentile } from './stats';

/** The source article, beside the repository (../shared/seed), as in the workspace and in CI. */
export const ARTICLE = join(PROJECT_ROOT, '..', 'shared', 'seed', 'lower-back-spasms-article.txt');
const DEV_QUESTIONS = join(PROJECT_ROOT, 'tests', 'fixtures', 'dev-questions.json');

interface DevQuestion {
  q: string;
  kind: 'answer' | 'offtopic';
  expect?: string;
}

export interface Timing {
  p50: number;
  p99: number;
  samples: number;
}

export interface RetrievalResult {
  questions: number;
  answerable: number;
  ours: { warm: Timing; firstSight: Timing; top1: number };
  naive: { warm: Timing; firstSight: Timing; top1: number; paragraphs: number };
  /** Which passage each article paragraph stands for, by shared stems (how the naive search is scored). */
  /** Paragraph number (from 1, split at blank lines) -> the passages it is scored as containing. No article text is copied. */
  paragraphMap: { paragraph: number; passages: string[] }[];
}

export interface RetrievalOptions {
  /** Rounds over the question set with one warm index (corrections cached, as in a long-running server). */
  warmRounds: number;
  /** Rounds whose passes each build a fresh index, so every query is seen for the first time (no cached corrections). */
  firstSightRounds: number;
  /** Our passes per round (the naive search makes one). */
  oursPassesPerRound: number;
}

/** The article split at blank lines, as it comes: headings, captions and bullet lists included. */
function articleParagraphs(): string[] {
  let text: string;
  try {
    text = readFileSync(ARTICLE, 'utf8');
  } catch {
    throw new Error(`The retrieval baseline needs the source article at ${ARTICLE} (the workspace's shared/seed folder).`);
  }
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * The naive search's paragraph "contains the fact" of a passage when that passage's answer shares the most
 * distinct stems with it (stop words left out). Ties count for every passage tied, which favours the baseline.
 */
function mapParagraphs(paragraphs: string[], passages: Passage[], isStopWord: (w: string) => boolean): string[][] {
  const stems = (text: string) => new Set(tokenize(text).filter((t) => !isStopWord(t)).map(stem));
  const answers = passages.map((p) => ({ id: p.id, stems: stems(p.answer) }));
  return paragraphs.map((paragraph) => {
    const own = stems(paragraph);
    let best = 0;
    let ids: string[] = [];
    for (const answer of answers) {
      let shared = 0;
      for (const s of own) if (answer.stems.has(s)) shared += 1;
      if (shared > best) [best, ids] = [shared, [answer.id]];
      else if (shared === best && shared > 0) ids.push(answer.id);
    }
    return ids;
  });
}

function ourTop(index: SearchIndex, q: string): string | undefined {
  const outcome = index.search(q);
  if (outcome.kind === 'answer') return outcome.passage.id;
  if (outcome.kind === 'did-you-mean') return outcome.candidates[0].passage.id;
  return undefined;
}

const micros = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e3;

function timing(samples: number[]): Timing {
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), samples: samples.length };
}

export function measureRetrieval({ warmRounds, firstSightRounds, oursPassesPerRound }: RetrievalOptions): RetrievalResult {
  const questions = JSON.parse(readFileSync(DEV_QUESTIONS, 'utf8')) as DevQuestion[];
  const kb: KnowledgeBase = loadKnowledge(KNOWLEDGE_DIR);
  const paragraphs = articleParagraphs();
  // Fuse's defaults, except ignoreLocation: by default only the first ~60 characters of a paragraph can match.
  const fuse = new Fuse(paragraphs, { includeScore: true, ignoreLocation: true });
  const naiveTop = (q: string) => fuse.search(q, { limit: 1 })[0]?.refIndex;

  const warm = new SearchIndex(kb);
  const paragraphPassages = mapParagraphs(paragraphs, kb.passages, (w) => warm.normalizer.isStopWord(w));

  // Accuracy, on the questions that have an expected passage (off-topic ones are timed, not scored here).
  const answerable = questions.filter((q) => q.kind === 'answer' && q.expect);
  const ourHits = answerable.filter((q) => ourTop(warm, q.q) === q.expect).length;
  const naiveHits = answerable.filter((q) => {
    const top = naiveTop(q.q);
    return top !== undefined && q.expect !== undefined && paragraphPassages[top].includes(q.expect);
  }).length;

  const samples = { warm: { ours: [] as number[], naive: [] as number[] }, firstSight: { ours: [] as number[], naive: [] as number[] } };
  const timeAll = (search: (q: string) => unknown, into: number[]) => {
    for (const { q } of questions) {
      const start = process.hrtime.bigint();
      search(q);
      into.push(micros(start));
    }
  };
  // Passes over the whole set, ours then the naive one or the other way round, the order alternating from round to
  // round. (Alternating query by query lets the naive search's garbage and cache misses land in our timings: our
  // p50 came out 1.7× higher.) Ours is ~50× cheaper, so it gets several passes per round for a steadier p99.
  const round = (index: () => SearchIndex, into: { ours: number[]; naive: number[] }, oursFirst: boolean) => {
    const ours = () => {
      for (let i = 0; i < oursPassesPerRound; i += 1) {
        const searchIndex = index();
        timeAll((q) => searchIndex.search(q), into.ours);
      }
    };
    const naive = () => timeAll((q) => fuse.search(q, { limit: 1 }), into.naive);
    if (oursFirst) {
      ours();
      naive();
    } else {
      naive();
      ours();
    }
  };

  // Warm-up: let the JIT compile both before anything is recorded.
  round(() => warm, { ours: [], naive: [] }, true);
  // First-sight rounds (a fresh index for each pass, built before the pass) between the warm ones.
  for (let i = 0; i < Math.max(warmRounds, firstSightRounds); i += 1) {
    if (i < firstSightRounds) round(() => new SearchIndex(kb), samples.firstSight, i % 2 === 1);
    if (i < warmRounds) round(() => warm, samples.warm, i % 2 === 0);
  }

  return {
    questions: questions.length,
    answerable: answerable.length,
    ours: { warm: timing(samples.warm.ours), firstSight: timing(samples.firstSight.ours), top1: ourHits / answerable.length },
    naive: { warm: timing(samples.warm.naive), firstSight: timing(samples.firstSight.naive), top1: naiveHits / answerable.length, paragraphs: paragraphs.length },
    paragraphMap: paragraphs.map((_p, i) => ({ paragraph: i + 1, passages: paragraphPassages[i] })),
  };
}
