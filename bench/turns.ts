// Turn throughput and latency over HTTP on loopback: autocannon against our server and the echo bot, runs alternated.
import autocannon from 'autocannon';
import { messageActivity, post, replyTexts, RunningServer, ServerKind } from './servers';
import { percentile } from './stats';

/** One message of a conversation and what a right reply to it contains. */
export interface Turn {
  text: string;
  ok: (replies: string[]) => boolean;
}

export interface LoadRun {
  server: ServerKind;
  /** Completed requests (turns) per second. */
  perSecond: number;
  /** Milliseconds per request, from the load generator's clock (float, unlike autocannon's whole-ms histogram). */
  p50: number;
  p99: number;
  completed: number;
  /** Network errors, timeouts and non-2xx answers. */
  errors: number;
  /** 200s whose replies were not the expected ones (e.g. state lost between the turns of a conversation). */
  wrong: number;
}

export interface LoadOptions {
  connections: number;
  durationS: number;
}

let conversations = 0;
const newConversationId = (label: string) => `bench-${label}-${process.pid}-${++conversations}`;

/**
 * Loads one server with conversations of the given turns, each connection sending them in order.
 * One turn: each connection keeps one conversation (steady users asking questions).
 * Several turns: each connection starts a new conversation each time it begins the sequence again.
 */
export async function loadRun(server: RunningServer, turns: Turn[], { connections, durationS }: LoadOptions): Promise<LoadRun> {
  const latencies: number[] = [];
  let wrong = 0;
  const check = (turn: Turn) => (status: number, body: string) => {
    if (status === 200 && !turn.ok(replyTexts(body))) wrong += 1;
  };
  const common = {
    url: `http://127.0.0.1:${server.port}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: durationS,
    timeout: 10,
  };
  const instance =
    turns.length === 1
      ? autocannon({
          ...common,
          requests: [{ onResponse: check(turns[0]) }],
          setupClient: (client) => client.setBody(JSON.stringify(messageActivity(turns[0].text, newConversationId(server.kind)))),
        })
      : autocannon({
          ...common,
          requests: turns.map((turn, index) => ({
            setupRequest: (request, context) => {
              if (index === 0) context.conversation = newConversationId(server.kind);
              return { ...request, body: JSON.stringify(messageActivity(turn.text, String(context.conversation))) };
            },
            onResponse: check(turn),
          })),
        });
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  return {
    server: server.kind,
    perSecond: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    completed: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    wrong,
  };
}

/** Sends the turns once, in order, in one new conversation; throws when a reply is not the expected one. */
export async function checkConversation(server: RunningServer, turns: Turn[]): Promise<void> {
  const conversation = newConversationId(`check-${server.kind}`);
  for (const turn of turns) {
    const res = await post(server.port, '/api/messages', JSON.stringify(messageActivity(turn.text, conversation)));
    const replies = replyTexts(res.body);
    if (res.status !== 200 || !turn.ok(replies)) {
      throw new Error(`The ${server.kind} server answered "${turn.text}" with ${res.status}: ${JSON.stringify(replies).slice(0, 400)}`);
    }
  }
}

export type Comparison = Record<ServerKind, LoadRun[]>;

/**
 * Warms the servers up, then measures `rounds` rounds of one run each, rotating which goes first, so that the
 * machine's drift falls on all alike.
 */
export async function compare(
  servers: Record<ServerKind, RunningServer>,
  turns: Record<ServerKind, Turn[]>,
  options: LoadOptions & { rounds: number; warmupS: number },
): Promise<Comparison> {
  const kinds = Object.keys(servers) as ServerKind[];
  for (const kind of kinds) await loadRun(servers[kind], turns[kind], { ...options, durationS: options.warmupS });
  const out = Object.fromEntries(kinds.map((k) => [k, [] as LoadRun[]])) as Comparison;
  for (let round = 0; round < options.rounds; round += 1) {
    const order = [...kinds.slice(round % kinds.length), ...kinds.slice(0, round % kinds.length)];
    for (const kind of order) out[kind].push(await loadRun(servers[kind], turns[kind], options));
  }
  return out;
}
