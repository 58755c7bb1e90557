// The real server as a process (npm start's code, src/index.ts, under tsx): for logs, signals and shutdown.
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './azurite';

const ROOT = join(__dirname, '..', '..');

export interface ServerProcess {
  base: string;
  port: number;
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): { stdout: string; stderr: string };
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<number | null>;
}

const running: ChildProcess[] = [];

/** Kills whatever startServerProcess started and is still running (for afterEach). */
export function killServerProcesses(): void {
  running.splice(0).forEach((child) => child.kill('SIGKILL'));
}

/** Starts the server with exactly `env` (plus PATH, HOME and a free PORT) and waits until /healthz answers 200. */
export async function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while ((await fetch(`${base}/healthz`).catch(() => undefined))?.status !== 200) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base,
    port,
    child,
    output: () => ({ stdout, stderr }),
    exited,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
