// `npm run load -- --hostile`: honest conversations on Blob state (Azurite) while attackers post oversized web chat
// activities and token-less floods, and the store freezes (SIGSTOP) for 30 s. Loopback only, bounded in count and time.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { ERROR_APOLOGY, STORAGE_APOLOGY } from '../src/text';
import { startAzurite } from '../tests/support/azurite';
import { messageActivity, replyTexts, RunningServer, startServer } from './servers';
import { fmt, percentile } from './stats';

/** The deadline the server is given (the default), and what an honest turn may take at most: it plus 1 s. */
const STORAGE_TIMEOUT_MS = 5000;
const TURN_BOUND_MS = STORAGE_TIMEOUT_MS + 1000;
const FREEZE_AT_MS = 5_000;
const FREEZE_MS = 30_000;
/** Attackers stop here; honest conversations must be done by HARD_END_MS (else their missing turns count as lost). */
const ATTACK_END_MS = FREEZE_AT_MS + FREEZE_MS + 5_000;
const HARD_END_MS = 120_000;
/** A request still unanswered after this is given up on (and sent again with the same id, as a channel would). */
const CLIENT_TIMEOUT_MS = STORAGE_TIMEOUT_MS + 10_000;
/** Every this many honest sends, a second copy of the same activity follows 50 ms later (a channel's retry). */
const DUPLICATE_EVERY = 7;

export interface Script {
  messages: string[];
  /** What is wrong with the reply to message `turn` (the last one is the plan), or undefined. */
  check(turn: number, reply: string): string | undefined;
}

interface Response {
  status: number;
  body: string;
  ms: number;
}

function send(port: number, method: 'GET' | 'POST', path: string, body?: string, headers: Record<string, string> = {}): Promise<Response> {
  const started = performance.now();
  return new Promise((resolve) => {
    const all = body === undefined ? headers : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers };
    const req = request({ host: '127.0.0.1', port, path, method, agent: false, headers: all, signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
      res.on('error', () => resolve({ status: 0, body: '', ms: performance.now() - started }));
    });
    // Status 0: no answer (refused, reset, or given up on at CLIENT_TIMEOUT_MS).
    req.on('error', () => resolve({ status: 0, body: '', ms: performance.now() - started }));
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Honest {
  completed: number;
  lost: string[];
  doubled: string[];
  sends: number;
  duplicates: number;
  apologies: number;
  latenciesMs: number[];
}

/** One person: each message until it is answered (after an apology, the same activity again a second later). */
async function honestConversation(port: number, id: string, script: Script, clock: () => number, stats: Honest): Promise<void> {
  const lose = (why: string) => void stats.lost.push(`${id}: ${why}`);
  for (const [turn, text] of script.messages.entries()) {
    const activity = JSON.stringify(messageActivity(text, id));
    for (;;) {
      if (clock() > HARD_END_MS) return lose(`turn ${turn + 1} not answered by the end`);
      stats.sends += 1;
      const copies = stats.sends % DUPLICATE_EVERY === 0 ? 2 : 1;
      stats.duplicates += copies - 1;
      const results = await Promise.all(
        Array.from({ length: copies }, async (_, copy) => {
          await sleep(copy * 50);
          return send(port, 'POST', '/api/messages', activity);
        }),
      );
      // What the person waited for: the first answer among the copies (a copy queues behind the first one).
      stats.latenciesMs.push(Math.min(...results.map((r) => r.ms)));
      const failed = results.find((r) => r.status !== 200 && r.status !== 0);
      if (failed) return lose(`turn ${turn + 1}: HTTP ${failed.status}`);
      const texts = results.filter((r) => r.status === 200).map((r) => replyTexts(r.body).join('\n'));
      const answers = [...new Set(texts.filter((t) => t !== '' && t !== STORAGE_APOLOGY && t !== ERROR_APOLOGY))];
      if (answers.length > 1) stats.doubled.push(`${id}: turn ${turn + 1} answered differently by two copies`);
      if (answers.length === 0) {
        if (texts.some((t) => t === STORAGE_APOLOGY || t === ERROR_APOLOGY)) stats.apologies += 1;
        await sleep(1000);
        continue;
      }
      const wrong = script.check(turn, answers[0]);
      if (wrong) return lose(`turn ${turn + 1}: ${wrong}`);
      break;
    }
    // Reading and typing the next answer.
    await sleep(500 + ((id.length * 97 + turn * 389) % 1000));
  }
  stats.completed += 1;
}

interface Attack {
  name: string;
  sent: number;
  statuses: Map<number, number>;
}

/** Runs `fire` from `workers` loops until ATTACK_END_MS or `max` requests, counting statuses. */
async function attack(name: string, workers: number, max: number, clock: () => number, fire: (n: number) => Promise<Response>): Promise<Attack> {
  const result: Attack = { name, sent: 0, statuses: new Map() };
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (clock() < ATTACK_END_MS && result.sent < max) {
        result.sent += 1;
        const { status } = await fire(result.sent);
        result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return result;
}

/** 250 KB `event` activities into a few local web chat conversations (the memory attack of issue 10). */
async function oversizedWeb(port: number, clock: () => number): Promise<Attack> {
  const grants: { conversationId: string; token: string }[] = [];
  for (let i = 0; i < 4; i += 1) {
    const res = await send(port, 'POST', '/v3/directline/conversations');
    if (res.status === 201) grants.push(JSON.parse(res.body) as { conversationId: string; token: string });
  }
  const value = 'x'.repeat(250 * 1024);
  return attack('oversized web activities (250 KB events)', 4, 4000, clock, (n) => {
    const grant = grants[n % grants.length];
    if (!grant) return Promise.resolve({ status: -1, body: '', ms: 0 });
    const body = JSON.stringify({ type: 'event', name: 'flood', value, from: { id: 'attacker' } });
    return send(port, 'POST', `/v3/directline/conversations/${grant.conversationId}/activities`, body, { authorization: `Bearer ${grant.token}` });
  });
}

/** /api/messages without a token from made-up users, and Direct Line polls without one. */
async function tokenless(port: number, clock: () => number, runId: string): Promise<Attack[]> {
  return Promise.all([
    attack('token-less /api/messages, made-up ids', 8, 40_000, clock, (n) =>
      send(port, 'POST', '/api/messages', JSON.stringify(messageActivity('hello', `flood-${runId}-${n}`, `flood-user-${n}`)))),
    attack('token-less Direct Line polls', 4, 40_000, clock, () => send(port, 'GET', '/v3/directline/conversations/none/activities')),
  ]);
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

export async function runHostile(conversations: number, scriptFor: (i: number) => Script): Promise<number> {
  const azurite = await startAzurite();
  let server: RunningServer | undefined;
  // The server logs each storage apology with the time from the message reaching the bot: the store's share, without
  // the time a request spent reaching it (connection, body) on a busy machine.
  const apologyMs: number[] = [];
  let serverErrors = 0;
  const onLine = (line: string) => {
    if (/"level":(50|60)/.test(line)) serverErrors += 1;
    if (line.includes('storage unavailable; apologised')) apologyMs.push(Number(/"ms":(\d+)/.exec(line)?.[1]));
  };
  try {
    server = await startServer('ours', {
      onLine,
      env: {
        STORAGE: 'blob',
        BLOB_CONNECTION_STRING: azurite.connectionString,
        BLOB_CONTAINER: `hostile-${Date.now()}`,
        STORAGE_TIMEOUT_MS: String(STORAGE_TIMEOUT_MS),
        // The limits a deployment gets out of the box.
        RATE_LIMIT_MESSAGES_PER_MINUTE: '',
        RATE_LIMIT_USER_MESSAGES_PER_MINUTE: '',
      },
    });
    const { port, pid } = server;
    const runId = `${process.pid}-${Date.now()}`;
    const rss = { before: rssMb(pid), peak: 0, after: Number.NaN };
    const sampler = setInterval(() => (rss.peak = Math.max(rss.peak, rssMb(pid))), 250);

    // This process's own event-loop delay inflates what it measures; it is printed beside the figures.
    const lag = monitorEventLoopDelay({ resolution: 20 });
    lag.enable();
    const started = performance.now();
    const clock = () => performance.now() - started;
    const healthz: Response[] = [];
    const freeze = (async () => {
      await sleep(FREEZE_AT_MS);
      azurite.freeze();
      try {
        while (clock() < FREEZE_AT_MS + FREEZE_MS) {
          healthz.push(await send(port, 'GET', '/healthz'));
          await sleep(2000);
        }
      } finally {
        azurite.thaw();
      }
    })();
    const honest: Honest = { completed: 0, lost: [], doubled: [], sends: 0, duplicates: 0, apologies: 0, latenciesMs: [] };
    const [web, flood] = await Promise.all([
      oversizedWeb(port, clock),
      tokenless(port, clock, runId),
      // Honest people arrive over the first 10 s, so some are mid-assessment when the store freezes.
      Promise.all(
        Array.from({ length: conversations }, async (_, i) => {
          await sleep((i * 10_000) / conversations);
          await honestConversation(port, `honest-${runId}-${i}`, scriptFor(i), clock, honest);
        }),
      ),
      freeze,
    ]);
    await sleep(2000);
    clearInterval(sampler);
    lag.disable();
    rss.after = rssMb(pid);
    const seconds = clock() / 1000;

    const maxTurn = Math.max(...honest.latenciesMs);
    const degraded = healthz.filter((h) => h.status === 200 && (JSON.parse(h.body) as { status?: string }).status === 'degraded').length;
    const lastErrors = server.output().split('\n').filter((line) => /"level":(50|60)/.test(line));
    const rows: [string, string][] = [
      ['honest conversations', `${conversations} (Blob on Azurite, one instance, STORAGE_TIMEOUT_MS=${STORAGE_TIMEOUT_MS})`],
      ['completed with the right plan', String(honest.completed)],
      ['lost honest answers', String(honest.lost.length)],
      ['doubled honest answers', String(honest.doubled.length)],
      ['honest sends (retries included)', `${honest.sends}, of which ${honest.duplicates} followed by a same-id copy`],
      ['apologies received (then retried)', String(honest.apologies)],
      ['honest turn p50 / p99 / max', `${fmt(percentile(honest.latenciesMs, 50))} / ${fmt(percentile(honest.latenciesMs, 99))} / ${fmt(maxTurn)} ms (bound ${TURN_BOUND_MS} ms)`],
      ['storage apologies; server-side p99 / max from arrival', `${apologyMs.length}; ${fmt(percentile(apologyMs, 99))} / ${fmt(Math.max(...apologyMs))} ms`],
      ['honest turns over the bound', `${honest.latenciesMs.filter((ms) => ms > TURN_BOUND_MS).length} of ${honest.latenciesMs.length}`],
      ['load generator event-loop delay max', `${fmt(lag.max / 1e6)} ms (its own lag, included in the turn times)`],
      ['store frozen', `${FREEZE_MS / 1000} s from ${FREEZE_AT_MS / 1000} s (SIGSTOP)`],
      ['/healthz while frozen', `${healthz.length} answered, ${degraded} "degraded", max ${fmt(Math.max(...healthz.map((h) => h.ms)))} ms`],
      ...[web, ...flood].map((a): [string, string] => [a.name, `${a.sent} sent; ${[...a.statuses].sort(([x], [y]) => x - y).map(([s, n]) => `${s === 0 ? 'no answer' : s}: ${n}`).join(', ')}`]),
      ['server RSS before / peak / after', `${fmt(rss.before)} / ${fmt(rss.peak)} / ${fmt(rss.after)} MB`],
      ['server errors logged', String(serverErrors)],
      ['wall time', `${fmt(seconds)} s`],
    ];
    const width = Math.max(...rows.map(([name]) => name.length));
    process.stdout.write(`${rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n')}\n`);
    for (const line of [...honest.lost, ...honest.doubled, ...lastErrors].slice(0, 20)) process.stdout.write(`  ${line}\n`);
    return honest.lost.length + honest.doubled.length > 0 || maxTurn > TURN_BOUND_MS ? 1 : 0;
  } finally {
    await server?.stop();
    await azurite.close();
  }
}
