// The servers the HTTP benchmarks measure, each in its own process: ours (src/index.ts), the echo bot (bench/echoBot.ts)
// and the echo bot with dialogs and state (bench/dialogEchoBot.ts). tsc compiles them with the project's build settings
// (bench/tsconfig.build.json) into the bench's own folder, node_modules/.cache/bench-dist, so that a build or clean of
// dist/ running at the same time cannot pull files from under a run.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../src/paths';
import { freePort } from '../tests/support/azurite';

export { freePort };

export type ServerKind = 'ours' | 'echo' | 'dialogEcho';

const OUT_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'bench-dist');
const ENTRY: Record<ServerKind, string> = {
  ours: join(OUT_DIR, 'src/index.js'),
  echo: join(OUT_DIR, 'bench/echoBot.js'),
  dialogEcho: join(OUT_DIR, 'bench/dialogEchoBot.js'),
};
const PROBE = join(OUT_DIR, 'bench/memoryProbe.js');
const SOURCES = ['src', 'dialogs', 'bench'];
const READY_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 5;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Compiles with the project's build settings when an output is missing or older than a source; says what it did. */
export function ensureBuilt(): string {
  const outputs = [...Object.values(ENTRY), PROBE];
  const oldestOutput = Math.min(...outputs.map(mtime));
  const configs = ['tsconfig.json', 'tsconfig.build.json', join('bench', 'tsconfig.build.json')];
  const newestInput = Math.max(...SOURCES.map((d) => newestSource(join(PROJECT_ROOT, d))), ...configs.map((f) => mtime(join(PROJECT_ROOT, f))));
  if (oldestOutput > newestInput) return 'compiled output up to date';
  process.stderr.write(`bench: compiling into ${OUT_DIR}…\n`);
  const tsc = join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', join('bench', 'tsconfig.build.json')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const missing = outputs.filter((p) => mtime(p) <= newestInput);
  if (missing.length > 0) throw new Error(`tsc did not produce ${missing.join(', ')}:\n${build.stdout}${build.stderr}`);
  // tsc emits even when it finds type errors; say so, since the figures are then for a tree that does not type-check.
  if (build.status !== 0) {
    process.stderr.write(`bench: WARNING tsc reported errors; benchmarking the JavaScript it emitted anyway:\n${build.stdout}${build.stderr}\n`);
    return 'compiled (with type errors)';
  }
  return 'compiled';
}


/** One request to 127.0.0.1 without keep-alive; resolves with the status and body, rejects on network errors. */
export function httpRequest(port: number, method: 'GET' | 'POST', path: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
    const req = request({ host: '127.0.0.1', port, path, method, agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export const post = (port: number, path: string, body: string) => httpRequest(port, 'POST', path, body);

let conversationCounter = 0;

/** A message activity as a channel sends it with `deliveryMode: expectReplies` (the replies come back in the body). */
export function messageActivity(text: string, conversationId: string, userId = `user-${conversationId}`): Record<string, unknown> {
  conversationCounter += 1;
  return {
    type: 'message',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    conversation: { id: conversationId },
    from: { id: userId, name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
    deliveryMode: 'expectReplies',
    id: `act-${conversationCounter}`,
    locale: 'en-US',
    text,
  };
}

/** The text of the message replies in an expectReplies response body ([] when it is not one). */
export function replyTexts(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { activities?: { type?: string; text?: string }[] };
    return (parsed.activities ?? []).filter((a) => a.type === 'message').map((a) => a.text ?? '');
  } catch {
    return [];
  }
}

/** What memoryProbe.ts reports, after collecting garbage. */
export interface ProcessMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  gc: boolean;
}
const MEMORY_LINE = 'BENCH_MEMORY ';

/** Servers still running: killed if the bench exits early, so none outlives it. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface RunningServer {
  kind: ServerKind;
  port: number;
  pid: number;
  /** ms from spawn() to the first 200 with a message reply on /api/messages. */
  readyMs: number;
  /** The last lines the process wrote, for error messages. */
  output(): string;
  /** Collects garbage in the server and returns its memory (needs `probe: true`). */
  memory(): Promise<ProcessMemory>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** Extra environment for the server (on top of a no-auth, no-.env baseline). */
  env?: Record<string, string>;
  /** Preload bench/memoryProbe and expose gc, so that memory() works. */
  probe?: boolean;
  /** The message used to poll for readiness; its reply must pass `ready`. */
  text?: string;
  ready?: (replies: string[]) => boolean;
  /** Called with every line the server writes (output() keeps only the last few). */
  onLine?: (line: string) => void;
}

/**
 * Spawns a server on a free loopback port and polls /api/messages until a message gets its reply.
 * The time to that reply is the cold start: node's start, the imports, the app's set-up, and the first turn.
 */
export async function startServer(kind: ServerKind, options: SpawnOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const nodeArgs = options.probe ? ['--expose-gc', '-r', PROBE] : [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Set (even empty) so that a developer's .env, which dotenv never lets override, cannot turn auth on.
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: 'MultiTenant',
    MicrosoftAppTenantId: '',
    DIRECT_LINE_SECRET: '',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    // Each load connection keeps to one conversation at hundreds of messages a second: lift the per-conversation
    // and per-user limits to their maximum, so the limiter is still run on every message but never refuses one.
    RATE_LIMIT_MESSAGES_PER_MINUTE: '100000',
    RATE_LIMIT_USER_MESSAGES_PER_MINUTE: '100000',
    ...options.env,
    PORT: String(port),
  };
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ENTRY[kind]], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const lines: string[] = [];
  const memoryWaiters: ((json: string) => void)[] = [];
  const collect = (line: string) => {
    if (line.startsWith(MEMORY_LINE)) return memoryWaiters.shift()?.(line.slice(MEMORY_LINE.length));
    options.onLine?.(line);
    lines.push(line);
    if (lines.length > 40) lines.shift();
  };
  for (const stream of [child.stdout, child.stderr]) if (stream) createInterface({ input: stream }).on('line', collect);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      running.delete(child);
      resolve();
    }),
  );
  const output = () => lines.join('\n');

  const text = options.text ?? 'hello';
  const ready = options.ready ?? ((replies: string[]) => replies.length > 0);
  let attempt = 0;
  for (;;) {
    if (exited) throw new Error(`The ${kind} server exited before answering:\n${output()}`);
    if (performance.now() - started > READY_TIMEOUT_MS) {
      child.kill('SIGKILL');
      throw new Error(`The ${kind} server did not answer within ${READY_TIMEOUT_MS} ms:\n${output()}`);
    }
    attempt += 1;
    const res = await post(port, '/api/messages', JSON.stringify(messageActivity(text, `ready-${process.pid}-${port}-${attempt}`))).catch((error: NodeJS.ErrnoException) => {
      // Not listening yet.
      if (error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET') return undefined;
      child.kill('SIGKILL');
      throw error;
    });
    if (res) {
      if (res.status === 200 && ready(replyTexts(res.body))) break;
      child.kill('SIGKILL');
      throw new Error(`The ${kind} server answered ${res.status} with an unexpected reply: ${JSON.stringify(replyTexts(res.body)).slice(0, 400)}\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  const readyMs = performance.now() - started;

  return {
    kind,
    port,
    pid: child.pid ?? 0,
    readyMs,
    output,
    memory: () =>
      new Promise((resolve, reject) => {
        if (!options.probe) return reject(new Error('memory() needs a server started with probe: true'));
        const timer = setTimeout(() => reject(new Error(`No memory report from the ${kind} server:\n${output()}`)), 10_000);
        memoryWaiters.push((json) => {
          clearTimeout(timer);
          resolve(JSON.parse(json) as ProcessMemory);
        });
        child.kill('SIGUSR2');
      }),
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
