// Azure mode: POST /api/directline/token trades DIRECT_LINE_SECRET for a token, against a local stand-in for Azure's token service.
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { ConfigError } from '../../src/config';
import { startTestApp } from '../support/server';

const SECRET = 'test-direct-line-secret-6f1c0d';

interface Seen {
  method: string;
  path: string;
  authorization?: string;
  contentType?: string;
  body: unknown;
}

/** Plays https://directline.botframework.com's token endpoint: records each request, answers what `reply` says. */
let reply: { status: number; body: unknown } = { status: 200, body: {} };
const seen: Seen[] = [];
let standIn: Server;
let endpoint: string;
let app: App;
let base: string;

beforeAll(async () => {
  standIn = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, contentType: req.headers['content-type'], body: text ? JSON.parse(text) : undefined });
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
  app = await startTestApp({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: endpoint });
  base = `http://127.0.0.1:${app.port}`;
});

afterAll(async () => {
  await app?.close();
  await new Promise<void>((resolve) => standIn?.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
  reply = { status: 200, body: { conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 } };
});

async function getToken(): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await fetch(`${base}/api/directline/token`, { method: 'POST' });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('POST /api/directline/token', () => {
  it('asks Azure for a token with the secret and a user id chosen by the server, and hands the page only the token', async () => {
    const res = await getToken();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = JSON.parse(res.text) as { token: string; conversationId: string; expires_in: number; userId: string };
    expect(body).toEqual({ token: 'azure-token-1', conversationId: 'azure-conv-1', expires_in: 3600, userId: expect.stringMatching(/^dl_[0-9a-f]{24}$/) });
    expect(res.text).not.toContain(SECRET);

    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({
      method: 'POST',
      path: '/v3/directline/tokens/generate',
      authorization: `Bearer ${SECRET}`,
      contentType: 'application/json',
      body: { user: { id: body.userId } },
    });
  });

  it('gives every page its own user id', async () => {
    const first = JSON.parse((await getToken()).text) as { userId: string };
    const second = JSON.parse((await getToken()).text) as { userId: string };
    expect(first.userId).not.toBe(second.userId);
  });

  it('answers 502 with a short message when Azure refuses, without repeating Azure’s answer or the secret', async () => {
    reply = { status: 403, body: { error: { code: 'BadArgument', message: `secret ${SECRET} is not valid` } } };
    const res = await getToken();
    expect(res.status).toBe(502);
    const body = JSON.parse(res.text) as { error: { status: number; message: string } };
    expect(body.error.status).toBe(502);
    expect(body.error.message).toMatch(/403/);
    expect(res.text).not.toContain(SECRET);
    expect(res.text).not.toContain('BadArgument');
  });

  it('answers 502 when Azure’s answer has no token', async () => {
    reply = { status: 200, body: { conversationId: 'x' } };
    expect((await getToken()).status).toBe(502);
  });

  it('limits new tokens per address (WEB_CONVERSATIONS_PER_MINUTE) with 429 and Retry-After', async () => {
    const limited = await startTestApp({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: endpoint, WEB_CONVERSATIONS_PER_MINUTE: '1' });
    try {
      const url = `http://127.0.0.1:${limited.port}/api/directline/token`;
      expect((await fetch(url, { method: 'POST' })).status).toBe(200);
      const refused = await fetch(url, { method: 'POST' });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(seen).toHaveLength(1);
    } finally {
      await limited.close();
    }
  });
});

describe('the page’s settings and headers in Azure mode', () => {
  it('tells the page to use Azure’s Direct Line through the token route', async () => {
    const res = await fetch(`${base}/api/web/config`);
    expect(await res.json()).toEqual({ mode: 'azure', tokenUrl: '/api/directline/token', domain: `${endpoint}/v3/directline` });
  });

  it('lets the page connect to the Direct Line service (REST and WebSocket) and nowhere else', async () => {
    const res = await fetch(`${base}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const connect = csp.split('; ').find((d) => d.startsWith('connect-src'));
    expect(connect).toBe(`connect-src 'self' ${endpoint} ${endpoint.replace('http', 'ws')}`);
  });
});

describe('Azure mode settings', () => {
  it('answers 502 when the token service cannot be reached', async () => {
    const unreachable = await startTestApp({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: 'http://127.0.0.1:9' });
    try {
      const res = await fetch(`http://127.0.0.1:${unreachable.port}/api/directline/token`, { method: 'POST' });
      expect(res.status).toBe(502);
      expect(await res.text()).not.toContain(SECRET);
    } finally {
      await unreachable.close();
    }
  });

  it('refuses to start with a DIRECT_LINE_ENDPOINT that is not https (or http to this machine)', async () => {
    for (const value of ['http://directline.example.org', 'not a url', 'https://directline.botframework.com/v3/directline']) {
      await expect(startTestApp({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: value })).rejects.toThrow(ConfigError);
    }
    await expect(startTestApp({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: 'http://example.org' })).rejects.toThrow(/DIRECT_LINE_ENDPOINT/);
  });
});
