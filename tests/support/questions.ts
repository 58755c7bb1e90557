// The question set of issue 9 (tests/fixtures/questions): its item format, a loader per part, and a validator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths';

export const QUESTIONS_DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'questions');

/** Topics the article is silent on; a `boundary` item names one, a follow-up writes it as `boundary:<topic>`. */
export const BOUNDARY_TOPICS = ['dose', 'duration', 'activity', 'pregnancy', 'breastfeeding', 'child', 'older', 'interactions', 'alcohol', 'diagnosis', 'product'] as const;
export const SMALLTALK = ['thanks', 'ack', 'bye', 'greeting', 'feeling'] as const;
export const SITUATIONS = ['back-went', 'vague-help'] as const;
export const KINDS = ['answer', 'boundary', 'offtopic', 'smalltalk', 'situation', 'followup', 'redflag', 'benign'] as const;

export type Kind = (typeof KINDS)[number];
export type BoundaryTopic = (typeof BOUNDARY_TOPICS)[number];

export interface Question {
  q: string;
  kind: Kind;
  /**
   * answer: passage id, or the ids that all answer it; boundary: a topic; offtopic: null; smalltalk and situation:
   * one of their labels; followup: passage id(s) or "boundary:<topic>"; redflag: "emergency" | "urgent"; benign: "none".
   */
  expect: string | string[] | null;
  /** followup only: the passage the bot has just given. */
  after?: string;
  tags: string[];
}

export type Part = 'tuning' | 'heldout';

export function loadQuestions(part: Part): Question[] {
  return JSON.parse(readFileSync(join(QUESTIONS_DIR, `${part}.json`), 'utf8')) as Question[];
}

/** Lower case with runs of white space made one, so "Hot bath" and "hot  bath" count as the same message. */
const normal = (q: string): string => q.toLowerCase().replace(/\s+/g, ' ').trim();

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);

/**
 * Every problem in a list of items, as "what: message" lines; [] when it is all sound. A follow-up is the same
 * message only in the same context, so its identity is (after, q); any other message must be unique.
 */
export function validateQuestions(items: readonly Question[], passageIds: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const passages = (value: unknown): boolean => {
    const list = Array.isArray(value) ? value : [value];
    return list.length > 0 && list.every((id) => isOneOf(passageIds, id));
  };
  for (const item of items) {
    const where = JSON.stringify(item.q);
    if (typeof item.q !== 'string' || !item.q.trim()) problems.push(`empty message: ${JSON.stringify(item)}`);
    if (!Array.isArray(item.tags) || item.tags.some((t) => typeof t !== 'string')) problems.push(`tags not a list of words: ${where}`);
    const key = item.kind === 'followup' ? `${item.after} > ${normal(item.q)}` : normal(item.q);
    if (seen.has(key)) problems.push(`duplicate: ${where}`);
    seen.add(key);
    const e = item.expect;
    const ok = ((): boolean => {
      switch (item.kind) {
        case 'answer':
          return passages(e);
        case 'boundary':
          return isOneOf(BOUNDARY_TOPICS, e);
        case 'offtopic':
          return e === null;
        case 'smalltalk':
          return isOneOf(SMALLTALK, e);
        case 'situation':
          return isOneOf(SITUATIONS, e);
        case 'followup':
          if (!isOneOf(passageIds, item.after)) problems.push(`unknown "after" passage ${JSON.stringify(item.after)}: ${where}`);
          return typeof e === 'string' && e.startsWith('boundary:') ? isOneOf(BOUNDARY_TOPICS, e.slice('boundary:'.length)) : passages(e);
        case 'redflag':
          return e === 'emergency' || e === 'urgent';
        case 'benign':
          return e === 'none';
        default:
          problems.push(`unknown kind ${JSON.stringify(item.kind)}: ${where}`);
          return true;
      }
    })();
    if (!ok) problems.push(`bad expect ${JSON.stringify(e)} for kind ${item.kind}: ${where}`);
    if (item.kind !== 'followup' && item.after !== undefined) problems.push(`"after" on a ${item.kind} item: ${where}`);
  }
  return problems;
}
