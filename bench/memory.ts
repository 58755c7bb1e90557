// Memory: our server's RSS (and heap) right after start, after many distinct conversations on the in-memory
// store, and after those conversations have expired. Garbage is collected before each reading (memoryProbe.ts).
import autocannon from 'autocannon';
import { httpRequest, messageActivity, post, replyTexts, RunningServer, startServer } from './servers';
import { Turn } from './turns';

export interface MemoryReading {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export interface MemoryResult {
  conversations: number;
  /** The idle expiry the server ran with, in minutes (STATE_TTL_MINUTES). */
  ttlMinutes: number;
  start: MemoryReading;
  afterLoad: MemoryReading;
  afterExpiry: MemoryReading;
  /** State entries the store held (from /healthz), when it says. */
  entries: { afterLoad?: number; afterExpiry?: number };
  /** ms from the end of the load to the reading after expiry. */
  expiryWaitMs: number;
  errors: number;
  wrong: number;
}

export interface MemoryOptions {
  conversations: number;
  /** The idle expiry to run the server with; fractions keep the bench short, if the server takes them. */
  ttlMinutes: number;
  /** Extra environment for the server, e.g. the storage settings. */
  env: Record<string, string>;
}

/** The store sweeps every min(TTL, 1 minute) (src/storage/memoryStorage.ts): expiry is done at most this long after. */
const expiryDeadlineMs = (ttlMinutes: number) => ttlMinutes * 60_000 + Math.min(ttlMinutes * 60_000, 60_000) + 5_000;
/** The per-conversation and per-user rate-limit windows last a minute (src/app.ts): what they hold is stale after it. */
const RATE_WINDOW_MS = 60_000;
const reading = ({ rss, heapUsed, heapTotal, external }: MemoryReading): MemoryReading => ({ rss, heapUsed, heapTotal, external });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startWithTtl(turn: Turn, ttlMinutes: number, env: Record<string, string>): Promise<{ server: RunningServer; ttlMinutes: number }> {
  const start = (ttl: number) => startServer('ours', { probe: true, text: turn.text, ready: turn.ok, env: { ...env, STATE_TTL_MINUTES: String(ttl) } });
  try {
    return { server: await start(ttlMinutes), ttlMinutes };
  } catch (error) {
    // A server that takes whole minutes only: measure with one minute (a longer wait), and say so.
    if (!Number.isInteger(ttlMinutes) && error instanceof Error && error.message.includes('STATE_TTL_MINUTES')) {
      process.stderr.write(`bench: the server refuses STATE_TTL_MINUTES=${ttlMinutes}; measuring expiry with 1 minute (about two minutes of waiting, overlapped with the other sections)\n`);
      return { server: await start(1), ttlMinutes: 1 };
    }
    throw error;
  }
}

/** The number of state entries /healthz reports for the in-memory store, if it does. */
async function storedEntries(server: RunningServer): Promise<number | undefined> {
  const res = await httpRequest(server.port, 'GET', '/healthz');
  const entries = (JSON.parse(res.body) as { storage?: { entries?: unknown } }).storage?.entries;
  return typeof entries === 'number' ? entries : undefined;
}

/**
 * Starts the server, reads its memory, sends one message in each of `conversations` new conversations (from as
 * many users) and reads again. The server is then left idle; `finish` waits for the store to be empty (or for the
 * time the sweep must have run by), sends one more message, reads a third time and stops the server. The other
 * sections can run meanwhile.
 */
export async function startMemoryRun(turn: Turn, options: MemoryOptions): Promise<{ finish: () => Promise<MemoryResult> }> {
  const { conversations, env } = options;
  const { server, ttlMinutes } = await startWithTtl(turn, options.ttlMinutes, env);
  try {
    const start = reading(await server.memory());
    let count = 0;
    let wrong = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${server.port}/api/messages`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections: 10,
      amount: conversations,
      timeout: 10,
      requests: [
        {
          setupRequest: (request) => ({ ...request, body: JSON.stringify(messageActivity(turn.text, `bench-memory-${process.pid}-${++count}`)) }),
          onResponse: (status, body) => {
            if (status === 200 && !turn.ok(replyTexts(body))) wrong += 1;
          },
        },
      ],
    });
    const loaded = Date.now();
    const afterLoad = reading(await server.memory());
    const entriesAfterLoad = await storedEntries(server);

    const finish = async (): Promise<MemoryResult> => {
      try {
        // Until the store is empty and the rate-limit windows of the load have ended (or the sweep must have run).
        const minWait = Math.max(ttlMinutes * 60_000, RATE_WINDOW_MS + 1_000);
        const deadline = Math.max(expiryDeadlineMs(ttlMinutes), minWait);
        if (Date.now() - loaded < minWait) await sleep(minWait - (Date.now() - loaded));
        let entries = await storedEntries(server);
        while (entries !== 0 && Date.now() - loaded < deadline) {
          await sleep(250);
          entries = await storedEntries(server);
        }
        // One more message, as the next user would send: what sweeps only when touched (a rate limiter's windows) is swept now.
        await post(server.port, '/api/messages', JSON.stringify(messageActivity(turn.text, `bench-memory-${process.pid}-after`)));
        return {
          conversations,
          ttlMinutes,
          start,
          afterLoad,
          afterExpiry: reading(await server.memory()),
          entries: { afterLoad: entriesAfterLoad, afterExpiry: entries },
          expiryWaitMs: Date.now() - loaded,
          errors: result.errors + result.timeouts + result.non2xx,
          wrong,
        };
      } finally {
        await server.stop();
      }
    };
    return { finish };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
