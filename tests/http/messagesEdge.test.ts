// /api/messages at its edge: wrongly typed fields, who may call it with authentication off, where replies may go,
// and what happens when the Bot Framework's identity endpoints cannot be reached.
import { generateKeyPairSync } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_SEVERITY, ASSESSMENT_WARNING, GREETING } from '../../src/text';
import { freePort } from '../support/azurite';
import { authEnv, jwt, SERVICE_URL } from '../support/openId';
import { Conversation, startChannel, startTestApp, textOf } from '../support/server';
import { useTestApp } from '../support/useTestApp';

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

describe('wrongly typed fields', () => {
  const server = useTestApp();

  it.each([
    ['text', { text: 42 }],
    ['text', { text: { nested: 'hello' } }],
    ['entities', { entities: { type: 'mention' } }],
    ['entities', { entities: [42] }],
    ['attachments', { attachments: 'a picture' }],
    ['membersAdded', { type: 'conversationUpdate', membersAdded: 'everyone' }],
    ['membersAdded', { type: 'conversationUpdate', membersAdded: [{ name: 'no id' }] }],
    ['conversation.isGroup', { conversation: { id: 'c-typed', isGroup: 'yes' } }],
    ['from.name', { from: { id: 'u-typed', name: 7 } }],
    ['locale', { locale: ['en'] }],
  ])('answers "%s" of the wrong type with 400 naming it, and runs no turn', async (field, extra) => {
    const conversation = new Conversation(server.base);
    const { status, text } = await postJson(`${server.base}/api/messages`, conversation.activity(extra));
    expect(status).toBe(400);
    const body = JSON.parse(text) as { error: { message: string }; activities?: unknown };
    expect(body.error.message).toContain(`"${field}"`);
    expect(body.activities).toBeUndefined();
  });
});

describe('with authentication off, the serviceUrl replies are posted to', () => {
  const server = useTestApp();

  it('must be a bare origin on this machine (the Emulator’s shape), not a path, nor this server itself', async () => {
    const channel = await startChannel();
    try {
      const refused = [`${channel.url}/some/path`, `${channel.url}/?x=1`, `http://user:pw@127.0.0.1:${new URL(channel.url).port}`, server.base, `${server.base}/v3/directline`];
      for (const serviceUrl of refused) {
        const conversation = new Conversation(server.base);
        const { status } = await postJson(`${server.base}/api/messages`, conversation.activity({ text: 'hello', serviceUrl, deliveryMode: undefined }));
        expect(status, serviceUrl).toBe(403);
      }
      expect(channel.received).toEqual([]);
      // The Emulator's shape still works.
      const conversation = new Conversation(server.base);
      const { status } = await postJson(`${server.base}/api/messages`, conversation.activity({ text: 'hello', serviceUrl: channel.url, deliveryMode: undefined }));
      expect(status).toBe(200);
      await channel.waitFor(1);
    } finally {
      await channel.close();
    }
  });
});

describe('with authentication off, other machines', () => {
  it('are refused with 403 unless ALLOW_REMOTE_CLIENTS is set', async () => {
    const app = await startTestApp({ TRUST_PROXY: 'loopback' });
    try {
      const base = `http://127.0.0.1:${app.port}`;
      const remote = new Conversation(base, { headers: { 'x-forwarded-for': '203.0.113.5' } });
      expect((await remote.post(remote.activity({ text: 'hello' }))).status).toBe(403);
      expect(textOf(await new Conversation(base).say('hello'))).toBe(GREETING);
    } finally {
      await app.close();
    }
  });

  it('each get a limited budget, so a flood of made-up conversations cannot push out a user mid-assessment', async () => {
    const app = await startTestApp({ TRUST_PROXY: 'loopback', ALLOW_REMOTE_CLIENTS: 'true', RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: '20', STATE_MAX_ENTRIES: '100' });
    try {
      const base = `http://127.0.0.1:${app.port}`;
      const user = new Conversation(base, { headers: { 'x-forwarded-for': '198.51.100.20' } });
      await user.say('check my symptoms');
      expect(textOf(await user.say('today'))).toContain(ASSESSMENT_SEVERITY);

      const statuses = new Set<number>();
      for (let i = 0; i < 200; i += 1) {
        const flood = new Conversation(base, { headers: { 'x-forwarded-for': '203.0.113.5' } });
        const { status } = await flood.post(flood.activity({ text: 'hello' }));
        statuses.add(status);
      }
      expect([...statuses].sort()).toEqual([200, 429]);
      expect(textOf(await user.say('7'))).toContain(ASSESSMENT_WARNING([], []).split('\n')[0]);
    } finally {
      await app.close();
    }
  });
});

describe('when the Bot Framework’s identity endpoints cannot be reached', () => {
  const botFramework = generateKeyPairSync('rsa', { modulusLength: 2048 });

  async function forgedRequests(metadataUrl: string, count: number): Promise<{ status: number; text: string }[]> {
    const app = await startTestApp({ ...authEnv(metadataUrl), IDENTITY_TIMEOUT_MS: '300' });
    try {
      const base = `http://127.0.0.1:${app.port}`;
      const conversation = new Conversation(base, { channelId: 'msteams' });
      const activity = conversation.activity({ text: 'hello', serviceUrl: SERVICE_URL });
      const token = `Bearer ${jwt(botFramework.privateKey, {})}`;
      return await Promise.all(Array.from({ length: count }, () => postJson(`${base}/api/messages`, activity, { authorization: token })));
    } finally {
      await app.close();
    }
  }

  function expectGeneric503(answers: { status: number; text: string }[]): void {
    for (const { status, text } of answers) {
      expect(status).toBe(503);
      const { error } = JSON.parse(text) as { error: { message: string } };
      expect(error.message).toMatch(/try again/i);
      expect(error.message).not.toMatch(/openID|ECONN|fetch|127\.0\.0\.1|status/i);
    }
  }

  it('answers 503 with a generic message when nothing listens there', async () => {
    expectGeneric503(await forgedRequests(`http://127.0.0.1:${await freePort()}/v1/.well-known/openidconfiguration`, 3));
  });

  it('answers 503 when the endpoint never answers, with one shared fetch for requests arriving together', async () => {
    let requests = 0;
    const hung: Server = createServer(() => {
      requests += 1; // and never answers
    });
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = hung.address() as AddressInfo;
      expectGeneric503(await forgedRequests(`http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`, 5));
      expect(requests).toBe(1);
    } finally {
      hung.closeAllConnections();
      await new Promise((resolve) => hung.close(resolve));
    }
  });
});
