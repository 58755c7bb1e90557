// Real server processes on Blob + Queue (Azurite): kill one mid-schedule, restart another, and every reminder still arrives once.
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { QueueServiceClient } from '@azure/storage-queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths';
import { NOTHING_RUNNING, TIMER_BREAK_OVER, TIMER_DONE, TIMER_PACK_OFF, TIMER_STARTED } from '../../src/text';
import { Azurite, freePort, startAzurite } from '../support/azurite';
import { Channel, EmulatorConversation } from '../support/emulator';
import { startChannel, textOf } from '../support/server';

const QUEUE = 'instances';

let azurite: Azurite;
let channel: Channel;
const children: ChildProcess[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
  channel = await startChannel();
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await channel?.close();
  await azurite?.close();
});

/** Starts `npm start`'s entry point in its own process; 20 schedule minutes take 2.4 real seconds. */
async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const env = {
    ...process.env,
    ...azurite.env('instances-state'),
    LOG_LEVEL: 'silent',
    PORT: String(port),
    REMINDER_TIME_SCALE: '0.002',
    REMINDER_POLL_SECONDS: '0.1',
    REMINDER_LEASE_SECONDS: '2',
    REMINDER_QUEUE: QUEUE,
    REMINDER_CONTAINER: 'instances-reminders',
  };
  const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['src/index.ts'], { cwd: PROJECT_ROOT, env, stdio: 'ignore' });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return { url, child };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('the server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  return exited;
}

describe('reminders across server processes (STORAGE=blob)', () => {
  it('delivers every step exactly once, in order, when the instance that took the request is killed and the other is replaced', async () => {
    const [a, b] = await Promise.all([startServer(), startServer()]);
    const conversation = new EmulatorConversation(a.url, channel);
    expect(textOf(await conversation.say('start a heat and ice timer'))).toBe(TIMER_STARTED('heat', 20));

    await conversation.waitForMessages(2);
    await killHard(a.child);
    await conversation.waitForMessages(3);
    await killHard(b.child);
    const c = await startServer();
    await conversation.waitForMessages(4);

    // Every message taken and deleted: nothing is left that could be sent again.
    const queue = QueueServiceClient.fromConnectionString(azurite.connectionString).getQueueClient(QUEUE);
    const deadline = Date.now() + 20_000;
    while ((await queue.getProperties()).approximateMessagesCount !== 0) {
      if (Date.now() > deadline) throw new Error('the queue never emptied');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const onC = new EmulatorConversation(c.url, channel, { id: conversation.id, userId: conversation.userId });
    expect(textOf(await onC.say('how long left?'))).toBe(NOTHING_RUNNING);
    expect(onC.messages().map((m) => m.text)).toEqual([
      TIMER_STARTED('heat', 20),
      TIMER_PACK_OFF('heat', 20),
      TIMER_BREAK_OVER('heat', 20),
      TIMER_DONE('heat'),
      NOTHING_RUNNING,
    ]);
  }, 120_000);
});
