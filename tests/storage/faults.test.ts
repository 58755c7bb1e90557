// Storage outages: Azurite stopped mid-conversation and started again, and an app started while storage is down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { ASSESSMENT_ONSET, STORAGE_APOLOGY } from '../../src/text';
import { Azurite, startAzurite } from '../support/azurite';
import { Conversation, startTestApp, textOf } from '../support/server';
import { ASSESSMENT, isSevereRecentPlan, sayAll } from './helpers';

interface Healthz {
  status: string;
  storage: { ok: boolean; kind: string; error?: string; since?: string };
}

let azurite: Azurite;
const apps: App[] = [];

beforeAll(async () => {
  // On disk, so that what was saved before the outage is still there after it.
  azurite = await startAzurite({ persist: true });
});
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  await azurite?.close();
});

async function healthz(base: string): Promise<{ http: number; body: Healthz }> {
  const res = await fetch(`${base}/healthz`);
  return { http: res.status, body: (await res.json()) as Healthz };
}

async function start(container: string): Promise<string> {
  const app = await startTestApp(azurite.env(container));
  apps.push(app);
  return `http://127.0.0.1:${app.port}`;
}

describe('Azurite stopped in the middle of an assessment', () => {
  it('apologises briefly with a 200, reports the storage degraded, and carries on where it was once storage is back', async () => {
    const base = await start('outage');
    const conversation = new Conversation(base);
    await sayAll(ASSESSMENT.slice(0, 2), () => conversation);

    await azurite.stop();
    const during = await conversation.post(conversation.activity({ text: '7' }));
    expect(during.status).toBe(200);
    expect(during.replies.map((r) => r.text)).toEqual([STORAGE_APOLOGY]);
    expect(STORAGE_APOLOGY.length).toBeLessThan(150);

    const degraded = await healthz(base);
    expect(degraded.http).toBe(200);
    expect(degraded.body.status).toBe('degraded');
    expect(degraded.body.storage).toMatchObject({ ok: false, kind: 'blob', error: expect.any(String), since: expect.any(String) });
    // The server is up and answers other people too, with the same apology.
    expect(textOf(await new Conversation(base).say('hello'))).toBe(STORAGE_APOLOGY);

    await azurite.restart();
    // The answer that could not be saved is simply sent again, and the assessment goes on from the severity question.
    expect(textOf(await conversation.say('7'))).toMatch(/^Last question/);
    expect(isSevereRecentPlan(textOf(await conversation.say('no')))).toBe(true);
    const recovered = await healthz(base);
    expect(recovered.body.status).toBe('ok');
    expect(recovered.body.storage.ok).toBe(true);
  });
});

describe('an app started while storage is down', () => {
  it('starts anyway, reports degraded, and creates its container and works once storage comes up', async () => {
    await azurite.stop();
    let base: string;
    try {
      base = await start('created-late');
      expect((await healthz(base)).body.storage).toMatchObject({ ok: false });
      expect(textOf(await new Conversation(base).say('check my symptoms'))).toBe(STORAGE_APOLOGY);
    } finally {
      await azurite.restart();
    }
    // Health is probed again once the last outcome is a second old.
    await expect.poll(async () => (await healthz(base)).body.status, { timeout: 5000, interval: 200 }).toBe('ok');
    expect(textOf(await new Conversation(base).say('check my symptoms'))).toContain(ASSESSMENT_ONSET);
  });
});
