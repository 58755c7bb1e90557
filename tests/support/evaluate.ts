// Routes each question of tests/fixtures/questions as the bot routes a message (red-flag screen, small talk, then
// the reading of the message) and scores it per kind. Shared by the accuracy test and `npm run calibrate`.
import { detectIntent, type Intent } from '../../src/intents';
import { SearchIndex, understand } from '../../src/knowledge';
import { screenMessage } from '../../src/triage';
import { type Kind, type Question } from './questions';

export type Got =
  | { route: 'red-flag'; urgency: 'emergency' | 'urgent' }
  | { route: 'ask' }
  | { route: 'smalltalk'; label: string }
  | { route: 'command'; intent: Intent }
  | { route: 'situation'; id: string; passage: string }
  | { route: 'boundary'; topic: string }
  | { route: 'answer' | 'clarify'; id: string }
  | { route: 'did-you-mean'; ids: string[] }
  | { route: 'none' };

/** Small talk intents by the question set's labels. */
const SMALLTALK_LABEL: Partial<Record<Intent, string>> = {
  greeting: 'greeting',
  thanks: 'thanks',
  goodbye: 'bye',
  ack: 'ack',
  feeling: 'feeling',
  'feeling-better': 'feeling',
};

export function route(index: SearchIndex, q: string, after?: string): Got {
  const screen = screenMessage(q);
  if (screen.outcome === 'red-flag') return { route: 'red-flag', urgency: screen.urgency };
  if (screen.outcome === 'ask') return { route: 'ask' };
  const intent = detectIntent(q);
  if (intent) {
    const label = SMALLTALK_LABEL[intent];
    return label ? { route: 'smalltalk', label } : { route: 'command', intent };
  }
  const reading = understand(index, q, after);
  switch (reading.kind) {
    case 'answer':
    case 'clarify':
      return { route: reading.kind, id: reading.passage.id };
    case 'boundary':
      return { route: 'boundary', topic: reading.boundary.id };
    case 'situation':
      return { route: 'situation', id: reading.situation, passage: reading.passage.id };
    case 'did-you-mean':
      return { route: 'did-you-mean', ids: reading.candidates.map((c) => c.passage.id) };
    case 'none':
      return { route: 'none' };
  }
}

const list = (expect: Question['expect']): string[] => (Array.isArray(expect) ? expect : expect === null ? [] : [expect]);

/** Right first time, as the issue counts it: a "Did you mean" is a miss. */
export function isRight(item: Question, got: Got): boolean {
  switch (item.kind) {
    case 'answer':
      // Fast relief for a back that has just gone is the quick-relief passage, shown first, with the check offered.
      return (got.route === 'answer' && list(item.expect).includes(got.id)) || (got.route === 'situation' && list(item.expect).includes(got.passage));
    case 'boundary':
      return got.route === 'boundary' && got.topic === item.expect;
    case 'offtopic':
      return got.route === 'none';
    case 'smalltalk':
      return got.route === 'smalltalk' && got.label === item.expect;
    case 'situation':
      // Both situations get the same reply (fast relief and the offer of the check).
      return got.route === 'situation';
    case 'followup': {
      const expect = list(item.expect);
      if (expect[0]?.startsWith('boundary:')) return got.route === 'boundary' && `boundary:${got.topic}` === expect[0];
      return got.route === 'answer' && expect.includes(got.id);
    }
    case 'redflag':
      // An urgent sign may be over-triaged to an emergency, never the reverse.
      return got.route === 'red-flag' && (item.expect === 'urgent' || got.urgency === 'emergency');
    case 'benign':
      return got.route !== 'red-flag';
  }
}

/** Off-topic and boundary questions declined (a boundary answer or the off-topic reply): no passage passed off as the answer. */
export function isDeclined(got: Got): boolean {
  return got.route === 'boundary' || got.route === 'none';
}

export interface Score {
  ok: number;
  total: number;
  pct: number;
}

const score = (ok: number, total: number): Score => ({ ok, total, pct: total ? (100 * ok) / total : 100 });

export interface Report {
  byKind: Map<Kind, Score>;
  /** Off-topic and boundary items declined. */
  declined: Score;
  misses: { item: Question; got: Got }[];
}

export function evaluate(index: SearchIndex, items: readonly Question[]): Report {
  const results = items.map((item) => {
    const got = route(index, item.q, item.after);
    return { item, got, ok: isRight(item, got) };
  });
  const byKind = new Map<Kind, Score>();
  for (const kind of new Set(items.map((i) => i.kind))) {
    const subset = results.filter((r) => r.item.kind === kind);
    byKind.set(kind, score(subset.filter((r) => r.ok).length, subset.length));
  }
  const declinable = results.filter((r) => r.item.kind === 'offtopic' || r.item.kind === 'boundary');
  return {
    byKind,
    declined: score(declinable.filter((r) => isDeclined(r.got)).length, declinable.length),
    misses: results.filter((r) => !r.ok).map(({ item, got }) => ({ item, got })),
  };
}

/** The goals on the held-out part; each is a share in percent of the items of its kind. */
export type Goals = Record<'answer' | 'declined' | 'redflag' | 'benign' | 'followup', number>;
export const GOALS: Goals = { answer: 97, declined: 95, redflag: 100, benign: 100, followup: 95 };

/** Which goals a report misses, as "name: figure < goal" lines. */
export function missedGoals(report: Report, goals: Goals = GOALS): string[] {
  const figures: [string, Score | undefined][] = [
    ['answer', report.byKind.get('answer')],
    ['declined', report.declined],
    ['redflag', report.byKind.get('redflag')],
    ['benign', report.byKind.get('benign')],
    ['followup', report.byKind.get('followup')],
  ];
  return figures.filter(([name, s]) => s !== undefined && s.pct < goals[name as keyof Goals]).map(([name, s]) => `${name}: ${s?.pct.toFixed(1)}% < ${goals[name as keyof Goals]}%`);
}

/** One line per kind, both parts side by side. */
export function formatReports(parts: Record<string, Report>): string {
  const names = Object.keys(parts);
  const kinds = [...new Set(Object.values(parts).flatMap((r) => [...r.byKind.keys()]))];
  const cell = (s: Score | undefined) => (s ? `${s.ok}/${s.total} = ${s.pct.toFixed(1)}%` : '-').padEnd(20);
  const rows = [
    `${'kind'.padEnd(12)}${names.map((n) => n.padEnd(20)).join('')}`,
    ...kinds.map((k) => `${k.padEnd(12)}${names.map((n) => cell(parts[n].byKind.get(k))).join('')}`),
    `${'declined*'.padEnd(12)}${names.map((n) => cell(parts[n].declined)).join('')}`,
    '* off-topic and boundary questions answered with a boundary or off-topic reply, no passage passed off',
  ];
  return rows.join('\n');
}

export function formatMiss({ item, got }: { item: Question; got: Got }): string {
  const context = item.after ? ` after ${item.after}` : '';
  return `  MISS [${item.kind}] ${JSON.stringify(item.q)}${context} expected ${JSON.stringify(item.expect)}, got ${JSON.stringify(got)}`;
}
