// Instances on Blob + Queue (Azurite): kill one mid-schedule, restart another, and every reminder still arrives once; stop and forget me anywhere.
import { ChildProcess, spawn } from 'node:child_process';
import { BlobServiceClient } from '@azure/storage-blob';
import { QueueServiceClient } from '@azure/storage-queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths';
import { startApp } from '../../src/app';
import {
  BUTTONS, FORGET_CONFIRM, FORGET_DONE, NOTHING_RUNNING, TIMER_BREAK_OVER, TIMER_DONE, TIMER_PACK_OFF, TIMER_STARTED, TIMER_STOPPED,
} from '../../src/text';
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

/** Blob state and Queue reminders in Azurite; by default 20 schedule minutes take 2.4 real seconds. */
function settings(queue: string, timeScale = '0.002'): NodeJS.ProcessEnv {
  return {
    ...azurite.env(`${queue}-state`),
    LOG_LEVEL: 'silent',
    REMINDER_TIME_SCALE: timeScale,
    REMINDER_POLL_SECONDS: '0.1',
    REMINDER_LEASE_SECONDS: '2',
    REMINDER_QUEUE: queue,
    REMINDER_CONTAINER: `${queue}-reminders`,
  };
}

/** Waits until every message of the queue has been taken and deleted: nothing is left that could still be sent. */
async function queueEmptied(queueName: string): Promise<void> {
  const queue = QueueServiceClient.fromConnectionString(azurite.connectionString).getQueueClient(queueName);
  const deadline = Date.now() + 20_000;
  while ((await queue.getProperties()).approximateMessagesCount !== 0) {
    if (Date.now() > deadline) throw new Error('the queue never emptied');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits until `count` steps of the schedules in `container` are marked sent. Killed between a send and that mark, an
 * instance leaves the step to be sent again (the one duplicate window, said in the README): the kills below come
 * after it, mid-schedule.
 */
async function stepsMarkedSent(container: string, count: number): Promise<void> {
  const client = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(container);
  const deadline = Date.now() + 20_000;
  for (;;) {
    let sent = 0;
    for await (const item of client.listBlobsFlat()) {
      const body = await client.getBlockBlobClient(item.name).downloadToBuffer().catch(() => undefined);
      const record = body ? (JSON.parse(body.toString('utf8')) as { steps?: { sent?: boolean }[] }) : undefined;
      sent += record?.steps?.filter((step) => step.sent).length ?? 0;
    }
    if (sent >= count) return;
    if (Date.now() > deadline) throw new Error(`never ${count} steps marked sent`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts `npm start`'s entry point in its own process. */
async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const env = { ...process.env, ...settings(QUEUE), PORT: String(port) };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: PROJECT_ROOT, env, stdio: 'ignore' });
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
    await stepsMarkedSent(`${QUEUE}-reminders`, 1);
    await killHard(a.child);
    await conversation.waitForMessages(3);
    await stepsMarkedSent(`${QUEUE}-reminders`, 2);
    await killHard(b.child);
    const c = await startServer();
    await conversation.waitForMessages(4);

    await queueEmptied(QUEUE);
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

  it('shares the schedule between instances: one answers "how long left?", “stop” or “forget me” on the other cancels it', async () => {
    // Slower time here (the first step after 4.8 s), so that "stop" and "forget me" surely come before any step is due.
    const env = settings('shared', '0.004');
    const [a, b] = await Promise.all([startApp({ env, port: 0 }), startApp({ env, port: 0 })]);
    try {
      const onA = new EmulatorConversation(`http://127.0.0.1:${a.port}`, channel);
      const onB = new EmulatorConversation(`http://127.0.0.1:${b.port}`, channel, { id: onA.id, userId: onA.userId });
      expect(textOf(await onA.say('remind me in 20 minutes'))).toBe(TIMER_STARTED('heat', 20));
      expect(textOf(await onB.say('how long left?'))).toMatch(/^About \d+ minutes? until you take the warm pack off\.$/);
      expect(textOf(await onB.say('stop the timer'))).toBe(TIMER_STOPPED);

      const other = new EmulatorConversation(`http://127.0.0.1:${a.port}`, channel);
      await other.say('remind me in 30 minutes');
      await other.say('time my ice pack');
      const onBOther = new EmulatorConversation(`http://127.0.0.1:${b.port}`, channel, { id: other.id, userId: other.userId });
      expect(textOf(await onBOther.say('forget me'))).toBe(FORGET_CONFIRM);
      expect(textOf(await onBOther.say(BUTTONS.forgetConfirm))).toBe(FORGET_DONE);

      // Every step's message came due and was dropped unsent.
      await queueEmptied('shared');
      expect(textOf(await onA.say('how long left?'))).toBe(NOTHING_RUNNING);
      expect(textOf(await other.say('how long left?'))).toBe(NOTHING_RUNNING);
      expect(onA.messages().filter((m) => m.text?.startsWith('⏰') || m.text?.startsWith('✅'))).toEqual([]);
      expect(other.messages().filter((m) => m.text?.startsWith('⏰') || m.text?.startsWith('✅'))).toEqual([]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);
});
