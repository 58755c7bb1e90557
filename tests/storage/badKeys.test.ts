// Ids that cannot become a storage key (a lone surrogate): the caller's error (400), never a storage outage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createStateStore, StorageKeyError } from '../../src/storage';
import { Azurite, startAzurite } from '../support/azurite';
import { Conversation, startTestApp, textOf } from '../support/server';

let azurite: Azurite;
let app: App;
let base: string;

beforeAll(async () => {
  azurite = await startAzurite();
  app = await startTestApp(azurite.env('bad-keys'));
  base = `http://127.0.0.1:${app.port}`;
});
afterAll(async () => {
  await app?.close();
  await azurite?.close();
});

interface Health {
  status: string;
  storage: { ok: boolean; error?: string };
}

/**
 * /healthz, read again while its probe only timed out: on a saturated machine (2 cores shared with other runs) the
 * probe's one read can take longer than the 2 s /healthz waits. A bad key must never show as any other storage error.
 */
async function healthAfterLoad(): Promise<Health> {
  let health = (await (await fetch(`${base}/healthz`)).json()) as Health;
  for (let retry = 0; retry < 3 && health.storage.error === 'TIMEOUT'; retry += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    health = (await (await fetch(`${base}/healthz`)).json()) as Health;
  }
  return health;
}

/** Posts the activity as raw JSON, so that the \\ud800 escape reaches the server as written (a lone surrogate). */
async function postRaw(json: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
  return { status: res.status, body: await res.text() };
}

describe('an id holding a lone surrogate', () => {
  it.each(['conversation', 'from'])('in %s.id is a 400 naming the field, the store stays healthy, and others are answered', async (field) => {
    const conversation = new Conversation(base);
    const json = JSON.stringify(conversation.activity({ text: 'hello' })).replace(`"${field}":{"id":"`, `"${field}":{"id":"x\\ud800`);
    expect(json).toContain('\\ud800');
    const { status, body } = await postRaw(json);
    expect(status).toBe(400);
    expect(body).toContain(`${field}.id`);
    expect(await healthAfterLoad()).toMatchObject({ status: 'ok', storage: { ok: true } });
    expect(textOf(await conversation.say('heat or ice?'))).not.toBe('');
  });

  it('is fine as a pair (an emoji in an id is a well-formed id)', async () => {
    const conversation = new Conversation(base, { id: `emoji-\u{1F600}-${Date.now()}` });
    expect(textOf(await conversation.say('heat or ice?'))).not.toBe('');
  });
});

describe('the Blob store given a key it cannot encode', () => {
  it('refuses it as bad input (StorageKeyError) without counting it as an outage', async () => {
    const store = await createStateStore(loadConfig(azurite.env('bad-keys-store')).storage);
    await expect(store.storage.read(['emulator/conversations/x\ud800/'])).rejects.toBeInstanceOf(StorageKeyError);
    await expect(store.storage.write({ 'emulator/users/x\udc00/': { n: 1 } })).rejects.toBeInstanceOf(StorageKeyError);
    expect(await store.health()).toMatchObject({ ok: true });
  });
});
