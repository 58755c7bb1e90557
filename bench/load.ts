// `npm run load -- --conversations 200 --storage memory|blob [--instances 2]`: starts the server (and Azurite for blob),
// takes N conversations at once through the whole assessment over HTTP, checks every plan, and prints the figures.
// Exits 1 on any error or wrong plan. The server runs with its default rate limits: they must let this load through.
// `--hostile` runs them beside attackers and a frozen store instead (bench/hostile.ts).
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { buildPlan } from '../src/plan';
import { ASSESSMENT_ONSET, ASSESSMENT_SEVERITY, ERROR_APOLOGY, ONSET_BUTTONS, PLAN_HEADINGS, PLAN_LINES, STORAGE_APOLOGY } from '../src/text';
import { OnsetClass } from '../src/triage';
import { Azurite, startAzurite } from '../tests/support/azurite';
import { runHostile } from './hostile';
import { ensureBuilt, messageActivity, post, replyTexts, RunningServer, startServer } from './servers';
import { fmt, percentile } from './stats';

/** The class each onset button stands for, in ONSET_BUTTONS' order (written out, so the load checks the parser too). */
const ONSET_CLASSES: OnsetClass[] = ['recent', 'days', 'week-plus', 'recurring'];

interface Options {
  conversations: number;
  storage: 'memory' | 'blob';
  instances: number;
  warmup: number;
  hostile: boolean;
}

interface Outcome {
  latenciesMs: number[];
  errors: string[];
  wrongPlan?: string;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      conversations: { type: 'string', default: '200' },
      storage: { type: 'string', default: 'memory' },
      instances: { type: 'string', default: '1' },
      warmup: { type: 'string', default: '10' },
      hostile: { type: 'boolean', default: false },
    },
  });
  const conversations = Number(values.conversations);
  const instances = Number(values.instances);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(conversations) || conversations < 1) throw new Error('--conversations takes a whole number from 1');
  if (values.storage !== 'memory' && values.storage !== 'blob') throw new Error('--storage takes memory or blob');
  if (!Number.isInteger(instances) || instances < 1) throw new Error('--instances takes a whole number from 1');
  if (instances > 1 && values.storage === 'memory') throw new Error('--instances above 1 needs --storage blob (memory state is not shared)');
  if (!Number.isInteger(warmup) || warmup < 0) throw new Error('--warmup takes a whole number from 0');
  return { conversations, storage: values.storage, instances, warmup, hostile: values.hostile === true };
}

/** Conversation i: onset and severity vary with i, so every branch of the plan is taken. */
function script(i: number): { messages: string[]; onset: OnsetClass; severity: number } {
  const severity = i % 11;
  const onsetIndex = Math.floor(i / 11) % ONSET_BUTTONS.length;
  return { messages: ['check my symptoms', ONSET_BUTTONS[onsetIndex], String(severity), 'no'], onset: ONSET_CLASSES[onsetIndex], severity };
}

/** What is wrong with the plan, or undefined: the heading and exactly the lines buildPlan chose, in its order. */
function checkPlan(text: string, onset: OnsetClass, severity: number): string | undefined {
  if (!text.includes(PLAN_HEADINGS[onset](severity))) return `no heading for ${onset} ${severity}/10`;
  const expected = buildPlan(onset, severity).map((item) => PLAN_LINES[item.line]);
  const present = Object.values(PLAN_LINES).filter((line) => text.includes(line));
  const inOrder = [...present].sort((a, b) => text.indexOf(a) - text.indexOf(b));
  if (JSON.stringify(inOrder) !== JSON.stringify(expected)) return `lines for ${onset} ${severity}/10 differ`;
  return undefined;
}

/** What each of the four replies must say; the last is checked as a plan. */
const EXPECTED_PROMPTS = [ASSESSMENT_ONSET, ASSESSMENT_SEVERITY, 'Last question'];

async function converse(i: number, servers: RunningServer[], runId: string): Promise<Outcome> {
  const { messages, onset, severity } = script(i);
  const conversationId = `load-${runId}-${i}`;
  const outcome: Outcome = { latenciesMs: [], errors: [] };
  for (const [turn, text] of messages.entries()) {
    // With several instances, turns go round them, as a load balancer without affinity would send them.
    const server = servers[(i + turn) % servers.length];
    const started = performance.now();
    let res: { status: number; body: string };
    try {
      res = await post(server.port, '/api/messages', JSON.stringify(messageActivity(text, conversationId)));
    } catch (error) {
      outcome.errors.push(`turn ${turn + 1}: ${(error as Error).message}`);
      return outcome;
    }
    outcome.latenciesMs.push(performance.now() - started);
    if (res.status !== 200) {
      outcome.errors.push(`turn ${turn + 1}: HTTP ${res.status}`);
      return outcome;
    }
    const reply = replyTexts(res.body).join('\n');
    if (reply.includes(ERROR_APOLOGY) || reply.includes(STORAGE_APOLOGY)) {
      outcome.errors.push(`turn ${turn + 1}: apologised`);
      return outcome;
    }
    if (turn < EXPECTED_PROMPTS.length && !reply.includes(EXPECTED_PROMPTS[turn])) {
      outcome.errors.push(`turn ${turn + 1}: unexpected reply "${reply.slice(0, 80)}"`);
      return outcome;
    }
    if (turn === messages.length - 1) outcome.wrongPlan = checkPlan(reply, onset, severity);
  }
  return outcome;
}

async function main(): Promise<void> {
  const opts = options();
  process.stderr.write(`load: ${ensureBuilt()}\n`);
  if (opts.hostile) {
    process.exitCode = await runHostile(opts.conversations, (i) => {
      const { messages, onset, severity } = script(i);
      const check = (turn: number, reply: string) =>
        turn < EXPECTED_PROMPTS.length ? (reply.includes(EXPECTED_PROMPTS[turn]) ? undefined : `unexpected reply "${reply.slice(0, 80)}"`) : checkPlan(reply, onset, severity);
      return { messages, check };
    });
    return;
  }
  let azurite: Azurite | undefined;
  const servers: RunningServer[] = [];
  try {
    const env: Record<string, string> = {
      // Empty means "the default": the load must pass the limits a deployment gets out of the box.
      RATE_LIMIT_MESSAGES_PER_MINUTE: '',
      RATE_LIMIT_USER_MESSAGES_PER_MINUTE: '',
      STORAGE: opts.storage,
    };
    if (opts.storage === 'blob') {
      azurite = await startAzurite();
      Object.assign(env, { BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: `load-${Date.now()}` });
    }
    for (let n = 0; n < opts.instances; n += 1) servers.push(await startServer('ours', { env }));

    const runId = `${process.pid}-${Date.now()}`;
    // A few conversations first, so the figures are of a warm server (JIT, connection pools, the Blob container).
    await Promise.all(Array.from({ length: opts.warmup }, (_, i) => converse(i, servers, `warmup-${runId}`)));

    const started = performance.now();
    const outcomes = await Promise.all(Array.from({ length: opts.conversations }, (_, i) => converse(i, servers, runId)));
    const seconds = (performance.now() - started) / 1000;

    const latencies = outcomes.flatMap((o) => o.latenciesMs);
    const errors = outcomes.flatMap((o, i) => o.errors.map((e) => `conversation ${i}: ${e}`));
    const wrongPlans = outcomes.flatMap((o, i) => (o.wrongPlan ? [`conversation ${i}: ${o.wrongPlan}`] : []));
    const serverErrors = servers.flatMap((s) => s.output().split('\n').filter((line) => /"level":(50|60)/.test(line)));
    const rows: [string, string][] = [
      ['storage', opts.storage === 'blob' ? `blob (Azurite), ${opts.instances === 1 ? 'one instance' : `${opts.instances} instances, turns going round them`}` : 'memory'],
      ['conversations at once', String(opts.conversations)],
      ['requests', String(latencies.length)],
      ['errors', String(errors.length)],
      ['wrong plans', String(wrongPlans.length)],
      ['server errors logged', String(serverErrors.length)],
      ['wall time', `${fmt(seconds)} s`],
      ['throughput', `${fmt(latencies.length / seconds)} req/s`],
      ['latency p50', `${fmt(percentile(latencies, 50))} ms`],
      ['latency p99', `${fmt(percentile(latencies, 99))} ms`],
      ['latency max', `${fmt(Math.max(...latencies))} ms`],
    ];
    const width = Math.max(...rows.map(([name]) => name.length));
    process.stdout.write(`${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n`);
    for (const line of [...errors, ...wrongPlans, ...serverErrors].slice(0, 20)) process.stdout.write(`  ${line}\n`);
    process.exitCode = errors.length + wrongPlans.length + serverErrors.length > 0 ? 1 : 0;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await azurite?.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`load: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
