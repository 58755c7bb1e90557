// A hung store (Azurite frozen with SIGSTOP: connections accepted, nothing answered) and channel retries of one activity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { ASSESSMENT_SEVERITY, BUTTONS, STORAGE_APOLOGY } from '../../src/text';
import { Azurite, startAzurite } from '../support/azurite';
import { Conversation, startChannel, startTestApp, textOf } from '../support/server';
import { isSevereRecentPlan } from './helpers';

interface Healthz {
  status: string;
  storage: { ok: boolean; error?: string };
}

let azurite: Azurite;
let app: App;
let base: string;

beforeAll(async () => {
  azurite = await startAzurite();
  // Shorter than the default 5 s so the test waits less, yet long enough that a slow turn on a busy machine is not
  // taken for a hung store.
  app = await startTestApp({ ...azurite.env('hung'), STORAGE_TIMEOUT_MS: '3000' });
  base = `http://127.0.0.1:${app.port}`;
});
afterAll(async () => {
  azurite?.thaw();
  await app?.close();
  await azurite?.close();
});

async function healthz(): Promise<Healthz> {
  return (await (await fetch(`${base}/healthz`)).json()) as Healthz;
}

describe('a store that accepts connections and never answers', () => {
  it('gets the apology instead of a hung turn, /healthz still answers "degraded", and the assessment goes on once it is back', async () => {
    const conversation = new Conversation(base);
    await conversation.say('check my symptoms');
    expect(textOf(await conversation.say('today'))).toBe(ASSESSMENT_SEVERITY);

    azurite.freeze();
    try {
      const during = await conversation.post(conversation.activity({ text: '7' }));
      expect(during.status).toBe(200);
      expect(during.replies.map((r) => r.text)).toEqual([STORAGE_APOLOGY]);
      // Another user too, and the health check, while the store is still frozen.
      expect(textOf(await new Conversation(base).say('hello'))).toBe(STORAGE_APOLOGY);
      expect(await healthz()).toMatchObject({ status: 'degraded', storage: { ok: false, error: 'TIMEOUT' } });
    } finally {
      azurite.thaw();
    }

    await expect.poll(async () => (await healthz()).status, { timeout: 10_000, interval: 200 }).toBe('ok');
    expect(textOf(await conversation.say('7'))).toMatch(/^Last question/);
    expect(isSevereRecentPlan(textOf(await conversation.say('no')))).toBe(true);
  });
});

describe('the reminders\' queue frozen while the state store answers', () => {
  it('gets the apology for a timer instead of a hung turn', async () => {
    const conversation = new Conversation(base);
    azurite.freeze('queue');
    try {
      expect(textOf(await conversation.say(BUTTONS.heatIceTimer))).toBe(STORAGE_APOLOGY);
    } finally {
      azurite.thaw();
    }
  });
});

describe('a channel sending one activity again (same id), as the Bot Connector does when a reply is slow', () => {
  // Processed twice, "7" would answer the last question too (and get "please answer yes or no"); "no" after the plan
  // would get the menu. Getting the same reply again shows the repeat was not processed.
  it('with expectReplies, gives the repeat the same reply without processing it again', async () => {
    const conversation = new Conversation(base);
    await conversation.say('check my symptoms');
    await conversation.say('today');
    const seven = conversation.activity({ text: '7' });
    const first = await conversation.post(seven);
    expect(textOf(first.replies)).toMatch(/^Last question/);
    const repeat = await conversation.post(seven);
    expect(repeat.status).toBe(200);
    expect(textOf(repeat.replies)).toBe(textOf(first.replies));
    expect(isSevereRecentPlan(textOf(await conversation.say('no')))).toBe(true);
  });

  it('with expectReplies, processes two copies arriving together once: both get the one plan', async () => {
    const conversation = new Conversation(base);
    for (const text of ['check my symptoms', 'today', '7']) await conversation.say(text);
    const no = conversation.activity({ text: 'no' });
    const both = await Promise.all([conversation.post(no), conversation.post(no)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    const [a, b] = both.map((r) => textOf(r.replies));
    expect(isSevereRecentPlan(a)).toBe(true);
    expect(b).toBe(a);
  });

  it('posting replies to the channel, posts nothing for the repeat (the first copy\'s replies are there already)', async () => {
    const channel = await startChannel();
    try {
      const conversation = new Conversation(base);
      const hello = conversation.activity({ text: 'heat or ice?', serviceUrl: channel.url, deliveryMode: undefined });
      for (let copy = 0; copy < 2; copy += 1) {
        const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(hello) });
        expect(res.status).toBe(200);
      }
      // A message sent after both: once its reply is there, every reply to the two copies is too.
      const after = conversation.activity({ text: 'thanks', serviceUrl: channel.url, deliveryMode: undefined });
      await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(after) });
      await expect.poll(() => channel.received.some((r) => r.path.endsWith(`/${String(after.id)}`)), { timeout: 10_000 }).toBe(true);
      const toHello = channel.received.filter((r) => r.body.type === 'message' && r.path.endsWith(`/${String(hello.id)}`));
      expect(toHello).toHaveLength(1);
    } finally {
      await channel.close();
    }
  });

  it('runs a repeat whose first copy could not be saved (the store was down): that answer was never taken', async () => {
    const conversation = new Conversation(base);
    for (const text of ['check my symptoms', 'today']) await conversation.say(text);
    const seven = conversation.activity({ text: '7' });
    azurite.freeze();
    try {
      expect(textOf((await conversation.post(seven)).replies)).toBe(STORAGE_APOLOGY);
    } finally {
      azurite.thaw();
    }
    await expect.poll(async () => (await healthz()).status, { timeout: 10_000, interval: 200 }).toBe('ok');
    expect(textOf((await conversation.post(seven)).replies)).toMatch(/^Last question/);
  });
});
