// The dev question set, routed as the bot routes a message: red-flag screen first, then the search.
// Prints top-1 accuracy per kind and tag; fails below 95% answers, 100% red flags, 95% off-topic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge, SearchIndex } from '../../../src/knowledge';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../../../src/paths';
import { screenMessage } from '../../../src/triage';

interface Case {
  q: string;
  kind: 'answer' | 'offtopic' | 'redflag' | 'benign';
  expect?: string;
  tags?: string[];
}

const load = (name: string): Case[] => JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures', name), 'utf8')) as Case[];
const cases = [...load('dev-questions.json'), ...load('triage-cases.json')];
const index = new SearchIndex(loadKnowledge(KNOWLEDGE_DIR));

type Outcome = { route: 'red-flag'; urgency: string } | { route: 'ask' } | { route: 'answer' | 'did-you-mean'; top: string } | { route: 'none' };

function route(q: string): Outcome {
  const screen = screenMessage(q);
  if (screen.outcome === 'red-flag') return { route: 'red-flag', urgency: screen.urgency };
  if (screen.outcome === 'ask') return { route: 'ask' };
  const result = index.search(q);
  if (result.kind === 'answer') return { route: 'answer', top: result.passage.id };
  if (result.kind === 'did-you-mean') return { route: 'did-you-mean', top: result.candidates[0].passage.id };
  return { route: 'none' };
}

function correct(c: Case, o: Outcome): boolean {
  switch (c.kind) {
    case 'answer':
      return (o.route === 'answer' || o.route === 'did-you-mean') && o.top === c.expect;
    case 'offtopic':
      return o.route === 'none';
    case 'redflag':
      // Emergency signs must be sent to the emergency number; an urgent sign may be over-triaged, never under.
      return o.route === 'red-flag' && (c.expect === 'urgent' || o.urgency === 'emergency');
    case 'benign':
      return o.route !== 'red-flag';
  }
}

const results = cases.map((c) => ({ c, o: route(c.q), ok: false })).map((r) => ({ ...r, ok: correct(r.c, r.o) }));

function rate(kind: Case['kind'], tag?: string): { ok: number; total: number; pct: number } {
  const subset = results.filter((r) => r.c.kind === kind && (!tag || r.c.tags?.includes(tag)));
  const ok = subset.filter((r) => r.ok).length;
  return { ok, total: subset.length, pct: subset.length ? (100 * ok) / subset.length : 100 };
}

describe('dev question set, routed like a message', () => {
  it('prints accuracy per kind and tag', () => {
    const lines: string[] = [];
    for (const kind of ['answer', 'offtopic', 'redflag', 'benign'] as const) {
      const r = rate(kind);
      lines.push(`${kind.padEnd(9)} ${r.ok}/${r.total} = ${r.pct.toFixed(1)}%`);
      const tags = new Set(results.filter((x) => x.c.kind === kind).flatMap((x) => x.c.tags ?? []));
      for (const tag of [...tags].sort()) {
        const t = rate(kind, tag);
        lines.push(`  ${tag.padEnd(12)} ${t.ok}/${t.total} = ${t.pct.toFixed(1)}%`);
      }
    }
    const direct = results.filter((r) => r.c.kind === 'answer' && r.o.route === 'answer' && r.ok).length;
    lines.push(`answers given directly: ${direct}; as the first "did you mean" choice: ${rate('answer').ok - direct}`);
    const misses = results.filter((r) => !r.ok).map((r) => `  MISS [${r.c.kind}] ${JSON.stringify(r.c.q)} expected ${r.c.expect ?? r.c.kind}, got ${JSON.stringify(r.o)}`);
    console.log(['', ...lines, ...misses].join('\n'));
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it('covers every passage with at least one question', () => {
    const asked = new Set(cases.filter((c) => c.kind === 'answer').map((c) => c.expect));
    expect(index.passages.map((p) => p.id).filter((id) => !asked.has(id))).toEqual([]);
  });

  it('answers at least 95% of the questions with the right passage', () => {
    expect(rate('answer').total).toBeGreaterThanOrEqual(130);
    expect(rate('answer').pct).toBeGreaterThanOrEqual(95);
  });

  it('sends every red flag to urgent help', () => {
    expect(rate('redflag').total).toBeGreaterThanOrEqual(40);
    expect(results.filter((r) => r.c.kind === 'redflag' && !r.ok).map((r) => r.c.q)).toEqual([]);
  });

  it('recognises at least 95% of off-topic questions as off-topic', () => {
    expect(rate('offtopic').total).toBeGreaterThanOrEqual(30);
    expect(rate('offtopic').pct).toBeGreaterThanOrEqual(95);
  });

  it('does not raise an alarm for at least 95% of benign messages that sound alarming', () => {
    expect(rate('benign').total).toBeGreaterThanOrEqual(20);
    expect(rate('benign').pct).toBeGreaterThanOrEqual(95);
  });
});
