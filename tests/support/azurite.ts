// Starts Azurite (Microsoft's Azure Storage emulator, a devDependency): its Blob and Queue services on free loopback ports.
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Azurite's well-known development account (published in Microsoft's docs; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const BIN = (service: 'blob' | 'queue') => join(__dirname, '..', '..', 'node_modules', '.bin', `azurite-${service}`);

export interface Azurite {
  port: number;
  /** The Queue service's port (reminders with STORAGE=blob). */
  queuePort: number;
  connectionString: string;
  /** The app's settings for Blob state in a container of this Azurite. */
  env(container: string): NodeJS.ProcessEnv;
  /** Stops the emulator (what the app sees as "storage unavailable"). */
  stop(): Promise<void>;
  /** Starts it again on the same port; with `persist`, the data written before the stop is still there. */
  restart(): Promise<void>;
  /**
   * Freezes the emulator (SIGSTOP), Blob and Queue or only the one named: the kernel still accepts connections, but
   * nothing answers - the "hung, not refused" store that no error or refusal reveals. thaw() lets it run on (SIGCONT).
   */
  freeze(only?: 'blob' | 'queue'): void;
  thaw(): void;
  /** Stops it for good and removes its files. */
  close(): Promise<void>;
}

export interface AzuriteOptions {
  /** Keep the data on disk (in a temporary folder) so that it survives stop() and restart(). */
  persist?: boolean;
}

export async function startAzurite({ persist = false }: AzuriteOptions = {}): Promise<Azurite> {
  const port = await freePort();
  const queuePort = await freePort();
  const location = persist ? mkdtempSync(join(tmpdir(), 'azurite-')) : undefined;
  const common = [...(location ? ['--location', location] : ['--inMemoryPersistence']), '--disableTelemetry', '--silent', '--skipApiVersionCheck'];
  const services = [
    { bin: BIN('blob'), port, args: [...common, '--blobHost', '127.0.0.1', '--blobPort', String(port)] },
    { bin: BIN('queue'), port: queuePort, args: [...common, '--queueHost', '127.0.0.1', '--queuePort', String(queuePort)] },
  ];
  const launchAll = () => launchTogether(services.map((s) => () => launch(s.bin, s.args, s.port)));
  let children: ChildProcess[] = await launchAll();
  const connectionString =
    `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};` +
    `QueueEndpoint=http://127.0.0.1:${queuePort}/${AZURITE_ACCOUNT};`;
  const stop = async () => {
    for (const child of children) child.kill('SIGCONT');
    await Promise.all(children.map(kill));
    children = [];
  };
  return {
    port,
    queuePort,
    connectionString,
    env: (container) => ({ STORAGE: 'blob', BLOB_CONNECTION_STRING: connectionString, BLOB_CONTAINER: container }),
    stop,
    restart: async () => {
      await stop();
      children = await launchAll();
    },
    // children are in the order of services: Blob, then Queue.
    freeze: (only) => children.forEach((child, i) => (only === undefined || only === ['blob', 'queue'][i]) && child.kill('SIGSTOP')),
    thaw: () => children.forEach((child) => child.kill('SIGCONT')),
    close: async () => {
      await stop();
      if (location) rmSync(location, { recursive: true, force: true });
    },
  };
}

const READY_MS = 45_000;

/** Starts every service; if one fails, stops those that started (no Azurite is left running after a failed test). */
async function launchTogether(starts: (() => Promise<ChildProcess>)[]): Promise<ChildProcess[]> {
  const results = await Promise.allSettled(starts.map((start) => start()));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed === undefined) return results.map((r) => (r as PromiseFulfilledResult<ChildProcess>).value);
  await Promise.all(results.map((r) => (r.status === 'fulfilled' ? kill(r.value) : undefined)));
  throw failed.reason;
}

async function launch(bin: string, args: string[], port: number): Promise<ChildProcess> {
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Azurite starts in 2-5 s; on a loaded 2-core machine it has taken over 20 s. Under vitest's 60 s hook timeout.
  const deadline = Date.now() + READY_MS;
  while (!(await accepts(port))) {
    if (child.exitCode !== null) throw new Error(`Azurite exited with code ${child.exitCode}: ${stderr.trim()}`);
    if (Date.now() > deadline) {
      await kill(child);
      throw new Error(`Azurite did not accept connections on port ${port} within ${READY_MS / 1000} s: ${stderr.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return child;
}

/** SIGTERM lets Azurite write its metadata to disk (for restart); SIGKILL if it has not exited within 5 s. */
async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
