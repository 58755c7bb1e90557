// Loads knowledge/red-flags.json from disk once, at start-up, and checks its shape, so a bad edit fails at start
// with a message naming the sign and field, not later with a missing question mid-conversation. It is live data:
// editing the file changes the signs without a rebuild.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../paths';

/** One red-flag sign; `label` is in plain words ("loss of bladder or bowel control, or trouble peeing"). */
export interface RedFlagSign {
  id: string;
  tier: 1 | 2;
  label: string;
}

/** A sign with the yes/no question that confirms it. */
export interface SignRecord extends RedFlagSign {
  question: string;
  /** A short form for prose lists ("numbness around your groin or bottom"). */
  brief: string;
  /** In the one-line list of emergencies (the welcome, the urgent advice). */
  summary: boolean;
  /** Patterns that flag this sign, kept with the sign in the data (more patterns live in rules.ts). */
  phrases: string[];
}

/** A sharper yes/no question for one kind of ambiguity; a "yes" confirms `sign`. */
export interface Clarification {
  sign: string;
  question: string;
}

const FILE = 'knowledge/red-flags.json';

function fail(where: string, problem: string): never {
  throw new Error(`${FILE}: ${where}: ${problem}`);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(where, 'must be a non-empty string');
  return value;
}

function question(value: unknown, where: string): string {
  const q = text(value, where);
  if (!q.endsWith('?')) fail(where, 'must be a question ending with "?"');
  return q;
}

/** Optional patterns; each must compile, so a bad one names its sign at start-up. */
function phrases(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(where, 'must be a list of patterns');
  return value.map((p: unknown, i) => {
    const source = text(p, `${where}[${i}]`);
    try {
      new RegExp(source);
    } catch (error) {
      fail(`${where}[${i}]`, `is not a valid regular expression (${(error as Error).message})`);
    }
    return source;
  });
}

function readData(): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(KNOWLEDGE_DIR, 'red-flags.json'), 'utf8'));
  } catch (error) {
    fail('the file', `cannot be read as JSON (${(error as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('the file', 'must be an object with "signs" and "clarify"');
  return raw as Record<string, unknown>;
}

function loadSigns(raw: unknown): SignRecord[] {
  if (!Array.isArray(raw) || raw.length === 0) fail('signs', 'must be a non-empty array');
  const seen = new Set<string>();
  const signs = raw.map((entry: unknown, i): SignRecord => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const id = text(e.id, `signs[${i}].id`);
    const where = `sign "${id}"`;
    if (seen.has(id)) fail(where, 'duplicate id');
    seen.add(id);
    if (e.tier !== 1 && e.tier !== 2) fail(`${where}.tier`, 'must be 1 or 2');
    text(e.source, `${where}.source`);
    if (e.summary !== undefined && typeof e.summary !== 'boolean') fail(`${where}.summary`, 'must be true or false');
    return Object.freeze({
      id,
      tier: e.tier,
      label: text(e.label, `${where}.label`),
      question: question(e.question, `${where}.question`),
      brief: text(e.brief, `${where}.brief`),
      summary: e.summary === true,
      phrases: phrases(e.phrases, `${where}.phrases`),
    });
  });
  // Tier 1 first (a stable sort keeps the file's order within a tier).
  return signs.sort((a, b) => a.tier - b.tier);
}

function loadClarifications(raw: unknown, signs: ReadonlyMap<string, SignRecord>): Map<string, Clarification> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('clarify', 'must be an object');
  const out = new Map<string, Clarification>();
  for (const [key, entry] of Object.entries(raw)) {
    const e = (entry ?? {}) as Record<string, unknown>;
    const sign = text(e.sign, `clarify "${key}".sign`);
    if (!signs.has(sign)) fail(`clarify "${key}".sign`, `unknown sign "${sign}"`);
    out.set(key, Object.freeze({ sign, question: question(e.question, `clarify "${key}".question`) }));
  }
  return out;
}

const data = readData();
const records = loadSigns(data.signs);

/** Every sign by id. */
export const SIGN_BY_ID: ReadonlyMap<string, SignRecord> = new Map(records.map((s) => [s.id, s]));

/** Clarifying questions by key. */
export const CLARIFY: ReadonlyMap<string, Clarification> = loadClarifications(data.clarify, SIGN_BY_ID);

/** Every sign, tier 1 then tier 2, as shown to the user (id, tier, label). */
export const RED_FLAG_SIGNS: readonly RedFlagSign[] = Object.freeze(
  records.map((s) => Object.freeze({ id: s.id, tier: s.tier, label: s.label })),
);

/** The signs as records, tier 1 first: their phrases become rules, their briefs the prose lists. */
export const SIGN_RECORDS: readonly SignRecord[] = Object.freeze(records);
