// The tuning and held-out question sets: sound labels, no message twice, the split as the script makes it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../../src/paths';
import { KINDS, loadQuestions, validateQuestions, type Question } from '../support/questions';

const passageIds = loadKnowledge(KNOWLEDGE_DIR).passages.map((p) => p.id);
const tuning = loadQuestions('tuning');
const heldout = loadQuestions('heldout');
const oldFixtures = ['dev-questions.json', 'triage-cases.json'].flatMap(
  (name) => JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', name), 'utf8')) as { q: string }[],
);

const count = (items: Question[], kind: string): number => items.filter((i) => i.kind === kind).length;

describe('question sets (tests/fixtures/questions)', () => {
  it('has at least 600 items of the known kinds, every kind in both parts', () => {
    console.log(['', 'kind        tuning  heldout', ...KINDS.map((k) => `${k.padEnd(10)} ${String(count(tuning, k)).padStart(7)} ${String(count(heldout, k)).padStart(8)}`)].join('\n'));
    const known = [...tuning, ...heldout].filter((i) => (KINDS as readonly string[]).includes(i.kind));
    expect(known.length).toBeGreaterThanOrEqual(600);
    expect(KINDS.filter((k) => count(tuning, k) === 0 || count(heldout, k) === 0)).toEqual([]);
  });

  it('labels every item with a real passage, topic or label, and has no message twice across both parts', () => {
    expect(validateQuestions([...tuning, ...heldout], passageIds)).toEqual([]);
  });

  it('reports a passage id that does not exist, a bad topic, a bad context and a repeated message', () => {
    const bad: Question[] = [
      { q: 'heat or ice?', kind: 'answer', expect: 'heat-and-cold', tags: [] },
      { q: 'how long will it last', kind: 'boundary', expect: 'recovery', tags: [] },
      { q: 'why?', kind: 'followup', after: 'no-such-passage', expect: 'heat-and-ice', tags: [] },
      { q: 'how much?', kind: 'followup', after: 'nsaids', expect: 'boundary:price', tags: [] },
      { q: 'Heat or  ice?', kind: 'answer', expect: ['heat-and-ice', 'ice-only'], tags: [] },
    ];
    const problems = validateQuestions(bad, passageIds);
    expect(problems.some((p) => p.includes('"heat-and-cold"'))).toBe(true);
    expect(problems.some((p) => p.includes('"recovery"'))).toBe(true);
    expect(problems.some((p) => p.includes('"no-such-passage"'))).toBe(true);
    expect(problems.some((p) => p.includes('boundary:price'))).toBe(true);
    expect(problems.some((p) => p.includes('ice-only'))).toBe(true);
    expect(problems.some((p) => p.startsWith('duplicate'))).toBe(true);
  });

  it('asks for every passage in both parts', () => {
    const asked = (items: Question[]): Set<string> => new Set(items.filter((i) => i.kind === 'answer').flatMap((i) => i.expect as string | string[]));
    expect(passageIds.filter((id) => !asked(tuning).has(id))).toEqual([]);
    expect(passageIds.filter((id) => !asked(heldout).has(id))).toEqual([]);
  });

  it('keeps every old fixture (already tuned on) in tuning and none in held-out; the issue examples are held out', () => {
    const tuned = new Set(tuning.map((i) => i.q));
    const held = new Set(heldout.map((i) => i.q));
    expect(oldFixtures.filter((o) => !tuned.has(o.q)).map((o) => o.q)).toEqual([]);
    expect(oldFixtures.filter((o) => held.has(o.q)).map((o) => o.q)).toEqual([]);
    expect(tuning.filter((i) => i.tags.includes('issue-example')).map((i) => i.q)).toEqual([]);
    expect(heldout.filter((i) => i.tags.includes('issue-example')).length).toBeGreaterThanOrEqual(10);
  });

  it('holds out exactly what scripts/split-questions.mjs makes, so nobody edits the held-out part by hand', () => {
    const out = execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'split-questions.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/^split ok/);
  });
});
