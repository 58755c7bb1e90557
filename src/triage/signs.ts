// Loads knowledge/red-flags.json once at module load and checks its shape, so a bad edit fails at start-up
// with a message naming the field, not later with a missing question mid-conversation.
import data from '../../knowledge/red-flags.json';

/** One red-flag sign; `label` is in plain words ("loss of bladder or bowel control, or trouble peeing"). */
export interface RedFlagSign {
  id: string;
  tier: 1 | 2;
  label: string;
}

/** A sign with the yes/no question that confirms it. */
export interface SignRecord extends RedFlagSign {
  question: string;
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
    return Object.freeze({ id, tier: e.tier, label: text(e.label, `${where}.label`), question: question(e.question, `${where}.question`) });
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

const records = loadSigns((data as { signs?: unknown }).signs);

/** Every sign by id. */
export const SIGN_BY_ID: ReadonlyMap<string, SignRecord> = new Map(records.map((s) => [s.id, s]));

/** Clarifying questions by key. */
export const CLARIFY: ReadonlyMap<string, Clarification> = loadClarifications((data as { clarify?: unknown }).clarify, SIGN_BY_ID);

/** Every sign, tier 1 then tier 2, as shown to the user (id, tier, label). */
export const RED_FLAG_SIGNS: readonly RedFlagSign[] = Object.freeze(
  records.map((s) => Object.freeze({ id: s.id, tier: s.tier, label: s.label })),
);
