// Loads knowledge/ from disk and validates it, so a bad edit stops the server with a message that says where.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadBoundaries, loadContext } from './loadContext';
import { KnowledgeBase, LexiconEntry, Passage } from './types';

/** A knowledge file that cannot be used: names the file, the passage id and the field. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly passageId: string | undefined,
    readonly field: string | undefined,
    problem: string,
  ) {
    super(`Knowledge file ${file}${passageId ? `, passage "${passageId}"` : ''}${field ? `, field "${field}"` : ''}: ${problem}`);
    this.name = 'KnowledgeError';
  }
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ANSWER_WORDS = 100;
const MAX_TITLE_CHARS = 40;
const MIN_QUESTIONS = 4;

const LIST_ITEM = /^(?:[-*] |\d+\. )/;

/**
 * Answers put a closing sentence right under a list; Markdown would fold it into the last item.
 * A blank line after each list keeps it a paragraph of its own, in every channel that renders Markdown.
 */
export function endListsWithBlankLine(text: string): string {
  const lines = text.split('\n');
  return lines.map((line, i) => (i > 0 && line.trim() !== '' && !LIST_ITEM.test(line) && LIST_ITEM.test(lines[i - 1]) ? `\n${line}` : line)).join('\n');
}

export function readJson(path: string, shownAs: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KnowledgeError(shownAs, undefined, undefined, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new KnowledgeError(shownAs, undefined, undefined, `is not valid JSON (${(error as Error).message})`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireString(file: string, id: string | undefined, record: Record<string, unknown>, field: string): string {
  const value = record[field];
  if (typeof value !== 'string' || value.trim() === '') throw new KnowledgeError(file, id, field, 'must be a non-empty string');
  return value.trim();
}

export function requireStrings(file: string, id: string | undefined, record: Record<string, unknown>, field: string, min: number): string[] {
  const value = record[field];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    throw new KnowledgeError(file, id, field, 'must be a list of non-empty strings');
  }
  if (value.length < min) throw new KnowledgeError(file, id, field, `needs at least ${min} entries (has ${value.length})`);
  return (value as string[]).map((v) => v.trim());
}

function parsePassage(file: string, section: string, raw: unknown, index: number): Passage {
  if (!isRecord(raw)) throw new KnowledgeError(file, `#${index + 1}`, undefined, 'must be an object');
  const id = requireString(file, `#${index + 1}`, raw, 'id');
  if (!ID_PATTERN.test(id)) throw new KnowledgeError(file, id, 'id', 'must be kebab-case (a-z, 0-9 and dashes)');
  const title = requireString(file, id, raw, 'title');
  if (title.length > MAX_TITLE_CHARS) throw new KnowledgeError(file, id, 'title', `is ${title.length} characters; keep it to ${MAX_TITLE_CHARS} (it is a button label)`);
  const answer = requireString(file, id, raw, 'answer');
  const words = answer.split(/\s+/).length;
  if (words > MAX_ANSWER_WORDS) throw new KnowledgeError(file, id, 'answer', `has ${words} words; keep it chat-sized (at most ${MAX_ANSWER_WORDS})`);
  return {
    id,
    section,
    title,
    answer: endListsWithBlankLine(answer),
    questions: requireStrings(file, id, raw, 'questions', MIN_QUESTIONS),
    keywords: requireStrings(file, id, raw, 'keywords', 1),
    followUps: requireStrings(file, id, raw, 'followUps', 0),
  };
}

function parseLexicon(file: string, raw: unknown): LexiconEntry[] {
  if (!isRecord(raw) || !Array.isArray(raw.entries)) throw new KnowledgeError(file, undefined, 'entries', 'must be a list');
  return raw.entries.map((entry: unknown, index: number) => {
    const where = `entry #${index + 1}`;
    if (!isRecord(entry)) throw new KnowledgeError(file, where, undefined, 'must be an object');
    for (const flag of ['generic', 'everyday'] as const) {
      if (entry[flag] !== undefined && typeof entry[flag] !== 'boolean') throw new KnowledgeError(file, where, flag, 'must be true or false');
    }
    return {
      term: requireString(file, where, entry, 'term').toLowerCase(),
      variants: requireStrings(file, where, entry, 'variants', 1).map((v) => v.toLowerCase()),
      generic: entry.generic === true,
      everyday: entry.everyday === true,
    };
  });
}

/**
 * Reads knowledge/passages/*.json (one file per section), knowledge/lexicon.json, boundaries.json and context.json.
 * Throws KnowledgeError on the first problem found.
 */
export function loadKnowledge(dir: string): KnowledgeBase {
  const passageDir = join(dir, 'passages');
  let files: string[];
  try {
    files = readdirSync(passageDir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    throw new KnowledgeError(relative(process.cwd(), passageDir) || passageDir, undefined, undefined, 'folder not found');
  }
  if (files.length === 0) throw new KnowledgeError(passageDir, undefined, undefined, 'holds no .json passage files');

  const passages: Passage[] = [];
  const origin = new Map<string, string>();
  for (const name of files) {
    const shownAs = `knowledge/passages/${name}`;
    const raw = readJson(join(passageDir, name), shownAs);
    if (!isRecord(raw)) throw new KnowledgeError(shownAs, undefined, undefined, 'must be an object with "section" and "passages"');
    const section = requireString(shownAs, undefined, raw, 'section');
    if (!Array.isArray(raw.passages)) throw new KnowledgeError(shownAs, undefined, 'passages', 'must be a list');
    raw.passages.forEach((item: unknown, index: number) => {
      const passage = parsePassage(shownAs, section, item, index);
      const other = origin.get(passage.id);
      if (other) throw new KnowledgeError(shownAs, passage.id, 'id', `is also used in ${other}`);
      origin.set(passage.id, shownAs);
      passages.push(passage);
    });
  }
  for (const passage of passages) {
    for (const follow of passage.followUps) {
      if (!origin.has(follow)) throw new KnowledgeError(origin.get(passage.id) ?? '', passage.id, 'followUps', `names "${follow}", which no passage has as id`);
      if (follow === passage.id) throw new KnowledgeError(origin.get(passage.id) ?? '', passage.id, 'followUps', 'names the passage itself');
    }
  }
  const lexiconFile = 'knowledge/lexicon.json';
  const rawLexicon = readJson(join(dir, 'lexicon.json'), lexiconFile);
  const lexicon = parseLexicon(lexiconFile, rawLexicon);
  const domainWords = requireStrings(lexiconFile, undefined, rawLexicon as Record<string, unknown>, 'domainWords', 1).map((w) => w.toLowerCase());
  // Optional: a lexicon without it treats every domain word as showing the back.
  const rawSense = (rawLexicon as Record<string, unknown>).senseWords;
  const senseWords = rawSense === undefined ? [] : requireStrings(lexiconFile, undefined, rawLexicon as Record<string, unknown>, 'senseWords', 1).map((w) => w.toLowerCase());
  const passageIds = new Set(origin.keys());
  const boundaries = loadBoundaries(dir, passageIds);
  const context = loadContext(dir, passageIds, new Set(boundaries.map((b) => b.id)));
  return { passages, lexicon, domainWords, senseWords, boundaries, context };
}
