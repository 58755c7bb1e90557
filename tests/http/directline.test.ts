// The local Direct Line (/v3/directline) on the real server: Microsoft's Direct Line client end to end, then the raw protocol.
import { Activity, DirectLine, Message } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable';
import type { AjaxCreationMethod, AjaxRequest } from 'rxjs/observable/dom/AjaxObservable';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/http';
import { BOT_NAME, EMERGENCY_NUMBERS, WELCOME } from '../../src/text';
import { startTestApp } from '../support/server';
import { useTestApp } from '../support/useTestApp';

const PATH = '/v3/directline';

const server = useTestApp();

// --- Microsoft's client ------------------------------------------------------------------------------

/**
 * botframework-directlinejs calls rxjs 5's ajax, which needs the browser's XMLHttpRequest. Its constructor takes the
 * `ajax` service as an option (its own tests replace it the same way), so Node's fetch stands in: same requests,
 * same answers, and errors carrying `status` and `xhr.getResponseHeader` as the client reads them.
 */
function fetchAjax(request: AjaxRequest): Observable<unknown> {
  return new Observable((subscriber) => {
    const controller = new AbortController();
    const timer = request.timeout ? setTimeout(() => controller.abort(), request.timeout) : undefined;
    fetch(request.url ?? '', {
      method: request.method ?? 'GET',
      headers: request.headers as Record<string, string>,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: controller.signal,
    })
      .then(async (res) => {
        const text = await res.text();
        const result = { status: res.status, response: text ? JSON.parse(text) : null, xhr: { getResponseHeader: (name: string) => res.headers.get(name) } };
        if (res.ok) {
          subscriber.next(result);
          subscriber.complete();
        } else {
          subscriber.error(result);
        }
      })
      .catch((error: unknown) => subscriber.error({ status: 0, error, xhr: { getResponseHeader: () => null } }))
      .finally(() => clearTimeout(timer));
    return () => controller.abort();
  });
}

type DirectLineOptions = ConstructorParameters<typeof DirectLine>[0];

/** Node 20 has no WebSocket; the client only looks the service up (polling never uses it). */
const NoWebSocket = class {
  constructor() {
    throw new Error('This test uses polling only.');
  }
} as unknown as DirectLineOptions['WebSocket'];

function connect(): { directLine: DirectLine; received: Activity[] } {
  const directLine = new DirectLine({
    domain: `${server.base}${PATH}`,
    webSocket: false,
    pollingInterval: 200,
    ajax: fetchAjax as unknown as AjaxCreationMethod,
    WebSocket: NoWebSocket,
  });
  const received: Activity[] = [];
  // end() makes the stream fail with "conversation ended": expected once a test is done with it.
  directLine.activity$.subscribe({ next: (activity) => received.push(activity), error: () => undefined });
  return { directLine, received };
}

function post(directLine: DirectLine, activity: Activity): Promise<string> {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
}

/** Waits until `find` returns something (the bot answers asynchronously); fails with `what` after 10 s. */
async function eventually<T>(what: string, find: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const botMessages = (activities: Activity[]) => activities.filter((a): a is Message => a.type === 'message' && a.from.role === 'bot');

describe('Microsoft’s Direct Line client against the local endpoint', () => {
  it('gets the welcome after the webchat/join event, and an answer with its source line', async () => {
    const { directLine, received } = connect();
    try {
      await post(directLine, { type: 'event', name: 'webchat/join', value: {}, from: { id: 'page-user' } });
      const welcome = await eventually('the welcome', () => botMessages(received).find((a) => a.text === WELCOME));
      expect(welcome.from.name).toBe(BOT_NAME);

      const id = await post(directLine, { type: 'message', text: 'is heat or ice better?', from: { id: 'page-user' } });
      expect(id).toMatch(/\|\d{7}$/);
      const passage = server.app.search.passage('heat-and-ice');
      expect(passage).toBeDefined();
      const answer = await eventually('the answer', () => botMessages(received).find((a) => a.text?.includes(`[1]: cite:1 "${passage?.title}"`)));
      expect(answer.text).toContain(passage?.answer);
      expect((answer as Message & { replyToId?: string }).replyToId).toBe(id);
      // The page sees its own message too, under the user id the server chose (not the one the page claimed).
      const own = received.find((a) => a.id === id);
      expect(own?.from.id).toMatch(/^dl_/);
      expect(own?.from.role).toBe('user');
    } finally {
      directLine.end();
    }
  });
});

// --- The raw protocol ----------------------------------------------------------------------------------

interface Grant {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl?: string;
}

interface ActivitySet {
  activities: { id: string; type: string; text?: string; name?: string; from: { id: string; role?: string }; replyToId?: string }[];
  watermark: string;
}

async function call(url: string, init: RequestInit & { token?: string } = {}): Promise<{ status: number; headers: Headers; body: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const res = await fetch(url, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

async function start(at = server.base): Promise<Grant> {
  const res = await call(`${at}${PATH}/conversations`, { method: 'POST' });
  expect(res.status).toBe(201);
  return res.body as Grant;
}

async function send(grant: Grant, activity: Record<string, unknown>, at = server.base) {
  return call(`${at}${PATH}/conversations/${grant.conversationId}/activities`, { method: 'POST', token: grant.token, body: JSON.stringify(activity) });
}

async function activities(grant: Grant, watermark = '', token = grant.token, at = server.base): Promise<ActivitySet> {
  const res = await call(`${at}${PATH}/conversations/${grant.conversationId}/activities?watermark=${watermark}`, { token });
  expect(res.status).toBe(200);
  return res.body as ActivitySet;
}

/** Polls like the page does until the bot has sent `count` messages after `watermark`. */
async function waitForBot(grant: Grant, watermark: string, count = 1): Promise<ActivitySet> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const set = await activities(grant, watermark);
    if (set.activities.filter((a) => a.type === 'message' && a.from.role === 'bot').length >= count) return set;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${count} bot message(s)`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function errorOf(body: unknown): { status: number; message: string } {
  return (body as { error: { status: number; message: string } }).error;
}

describe('the local Direct Line protocol', () => {
  it('starts a conversation with a random token, and reconnects with the same shape', async () => {
    const a = await start();
    const b = await start();
    expect(a.conversationId).not.toBe(b.conversationId);
    expect(a.token).not.toBe(b.token);
    expect(a.token.length).toBeGreaterThanOrEqual(40);
    expect(a.expires_in).toBe(1800);
    expect(a.streamUrl).toBe('');

    const again = await call(`${server.base}${PATH}/conversations/${a.conversationId}?watermark=`, { token: a.token });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ conversationId: a.conversationId, token: a.token, streamUrl: '' });
    expect(again.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 403 to a wrong or missing token and 404 to an unknown conversation', async () => {
    const grant = await start();
    const url = `${server.base}${PATH}/conversations/${grant.conversationId}/activities`;
    for (const token of ['not-a-token', undefined]) {
      const res = await call(url, { token });
      expect(res.status).toBe(403);
      expect(errorOf(res.body).message).toMatch(/token/);
    }
    const unknown = await call(`${server.base}${PATH}/conversations/no-such-conversation/activities`, { token: grant.token });
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown.body).status).toBe(404);
  });

  it('numbers activities with watermarks: each poll returns only what is new', async () => {
    const grant = await start();
    const empty = await activities(grant);
    expect(empty).toEqual({ activities: [], watermark: '0' });

    expect((await send(grant, { type: 'event', name: 'webchat/join' })).status).toBe(200);
    const first = await waitForBot(grant, '');
    expect(first.activities.map((a) => a.type)).toEqual(['event', 'message']);
    expect(first.activities[1].text).toBe(WELCOME);
    expect(first.watermark).toBe('2');

    const nothingNew = await activities(grant, first.watermark);
    expect(nothingNew).toEqual({ activities: [], watermark: '2' });

    const sent = await send(grant, { type: 'message', text: 'is heat or ice better?' });
    const { id } = sent.body as { id: string };
    const second = await waitForBot(grant, first.watermark);
    expect(second.activities[0]).toMatchObject({ id, type: 'message', text: 'is heat or ice better?' });
    expect(second.activities[1].replyToId).toBe(id);
    expect(Number(second.watermark)).toBeGreaterThanOrEqual(4);

    const ids = [...first.activities, ...second.activities].map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Asking again from the start returns everything, in order.
    expect((await activities(grant, '0')).activities.map((a) => a.id)).toEqual(ids);
  });

  it('refreshes a token: the new one works, the conversation stays the same', async () => {
    const grant = await start();
    const res = await call(`${server.base}${PATH}/tokens/refresh`, { method: 'POST', token: grant.token });
    expect(res.status).toBe(200);
    const refreshed = res.body as Grant;
    expect(refreshed.conversationId).toBe(grant.conversationId);
    expect(refreshed.token).not.toBe(grant.token);
    expect(refreshed.expires_in).toBe(1800);
    await activities(grant, '', refreshed.token);

    const bad = await call(`${server.base}${PATH}/tokens/refresh`, { method: 'POST', token: 'made-up' });
    expect(bad.status).toBe(403);
  });

  it('keeps the three newest tokens of a conversation: a refresh storm cannot pile them up', async () => {
    const grant = await start();
    let latest = grant.token;
    for (let i = 0; i < 3; i += 1) {
      const res = await call(`${server.base}${PATH}/tokens/refresh`, { method: 'POST', token: latest });
      latest = (res.body as Grant).token;
    }
    expect((await call(`${server.base}${PATH}/conversations/${grant.conversationId}/activities`, { token: grant.token })).status).toBe(403);
    await activities(grant, '', latest);
  });

  it('keeps conversations apart: neither sees the other’s activities, nor accepts the other’s token', async () => {
    const a = await start();
    const b = await start();
    await send(a, { type: 'message', text: 'hello from A' });
    await send(b, { type: 'message', text: 'hello from B' });
    const seenByA = await waitForBot(a, '');
    const seenByB = await waitForBot(b, '');
    expect(seenByA.activities.map((x) => x.text)).toContain('hello from A');
    expect(seenByA.activities.map((x) => x.text)).not.toContain('hello from B');
    expect(seenByB.activities.map((x) => x.text)).not.toContain('hello from A');
    expect(seenByA.activities[0].from.id).not.toBe(seenByB.activities[0].from.id);

    const crossed = await call(`${server.base}${PATH}/conversations/${a.conversationId}/activities`, { token: b.token });
    expect(crossed.status).toBe(403);
  });

  it('sends the user id the server chose, whatever the page claims', async () => {
    const grant = await start();
    await send(grant, { type: 'message', text: 'hi', from: { id: 'someone-else', name: 'Sam' } });
    const { activities: list } = await waitForBot(grant, '');
    expect(list[0].from).toEqual({ id: expect.stringMatching(/^dl_/), name: 'Sam', role: 'user' });
  });

  it('refuses bad activities with 4xx JSON: not JSON, no type, an unknown type, too large (413)', async () => {
    const grant = await start();
    const url = `${server.base}${PATH}/conversations/${grant.conversationId}/activities`;
    const cases: [string, number][] = [
      ['{not json', 400],
      ['[]', 400],
      ['{"text":"no type"}', 400],
      ['{"type":"conversationUpdate"}', 400],
      ['{"type":"message","text":42}', 400],
      [JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }), 413],
    ];
    for (const [body, status] of cases) {
      const res = await call(url, { method: 'POST', token: grant.token, body });
      expect(res.status, body.slice(0, 40)).toBe(status);
      expect(errorOf(res.body).status).toBe(status);
    }
  });

  it('has no route on which anyone but the bot itself can add a reply to a conversation', async () => {
    const grant = await start();
    for (const path of [`/v3/conversations/${grant.conversationId}/activities`, `/v3/conversations/${grant.conversationId}/activities/x`]) {
      const res = await call(`${server.base}${PATH}${path}`, { method: 'POST', body: JSON.stringify({ type: 'message', text: 'pretending to be the bot' }) });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
    expect((await activities(grant)).activities).toEqual([]);
  });
});

describe('limits', () => {
  it('deletes conversations idle for longer than DIRECT_LINE_IDLE_MINUTES', async () => {
    const short = await startTestApp({ DIRECT_LINE_IDLE_MINUTES: '0.01' });
    try {
      const at = `http://127.0.0.1:${short.port}`;
      const grant = await start(at);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const res = await call(`${at}${PATH}/conversations/${grant.conversationId}/activities`, { token: grant.token });
      expect(res.status).toBe(404);
    } finally {
      await short.close();
    }
  });

  it('answers 429 with Retry-After past the per-address limits', async () => {
    const limited = await startTestApp({ WEB_REQUESTS_PER_MINUTE: '6', WEB_CONVERSATIONS_PER_MINUTE: '2' });
    try {
      const at = `http://127.0.0.1:${limited.port}`;
      const grant = await start(at);
      await start(at);
      const third = await call(`${at}${PATH}/conversations`, { method: 'POST' });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(errorOf(third.body).message).toMatch(/too many/i);

      // Polls count against the request limit (6 a minute here; 3 requests are spent).
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await call(`${at}${PATH}/conversations/${grant.conversationId}/activities`, { token: grant.token })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('settings', () => {
  it('refuses to start with a bad web or edge setting, naming it', async () => {
    const bad: [string, string][] = [
      ['DIRECT_LINE_IDLE_MINUTES', 'soon'],
      ['DIRECT_LINE_IDLE_MINUTES', '0'],
      ['DIRECT_LINE_MAX_CONVERSATIONS', '1.5'],
      ['WEB_REQUESTS_PER_MINUTE', '0'],
      ['WEB_CONVERSATIONS_PER_MINUTE', '-3'],
      ['DIRECT_LINE_CONVERSATIONS_PER_ADDRESS', '0'],
      ['DIRECT_LINE_MAX_MEMORY_MB', 'lots'],
      ['TRUST_PROXY', 'everyone'],
      ['ALLOW_REMOTE_CLIENTS', 'maybe'],
      ['RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE', '0'],
      ['IDENTITY_TIMEOUT_MS', '10'],
    ];
    for (const [name, value] of bad) {
      await expect(startTestApp({ [name]: value }), `${name}=${value}`).rejects.toThrow(new RegExp(`Setting ${name}: "${value}"`));
    }
  });
});

describe('with the bot’s authentication on', () => {
  it('answers 503 JSON pointing to DIRECT_LINE_SECRET, and tells the page the chat is unavailable', async () => {
    const secured = await startTestApp({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-used-here' });
    try {
      const at = `http://127.0.0.1:${secured.port}`;
      for (const [method, path] of [['POST', '/conversations'], ['GET', '/conversations/x/activities'], ['POST', '/v3/conversations/x/activities/y']]) {
        const res = await call(`${at}${PATH}${path}`, { method });
        expect(res.status, `${method} ${path}`).toBe(503);
        expect(errorOf(res.body).message).toContain('DIRECT_LINE_SECRET');
      }
      const config = await call(`${at}/api/web/config`);
      expect(config.body).toMatchObject({ mode: 'unavailable' });
    } finally {
      await secured.close();
    }
  });
});

// --- Hostile pages: memory, storage order, poll pages, conversation caps ----------------------------------------

/** Pages every activity after `watermark` like Web Chat does, as long as the watermark moves on. */
async function allActivities(grant: Grant, at: string): Promise<{ pages: ActivitySet[]; chars: number }> {
  const pages: ActivitySet[] = [];
  let watermark = '';
  let chars = 0;
  for (;;) {
    const res = await fetch(`${at}${PATH}/conversations/${grant.conversationId}/activities?watermark=${watermark}`, { headers: { authorization: `Bearer ${grant.token}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    const page = JSON.parse(text) as ActivitySet;
    if (page.activities.length === 0) return { pages, chars };
    pages.push(page);
    chars += text.length;
    watermark = page.watermark;
  }
}

describe('what one page can make the server keep', () => {
  const open = useTestApp({ RATE_LIMIT_MESSAGES_PER_MINUTE: '1000', RATE_LIMIT_USER_MESSAGES_PER_MINUTE: '1000' });

  it('refuses an event carrying 200 KB with 413 and keeps none of it', async () => {
    const grant = await start(open.base);
    const res = await send(grant, { type: 'event', name: 'something', value: { blob: 'x'.repeat(200 * 1024) } }, open.base);
    expect(res.status).toBe(413);
    expect(errorOf(res.body).status).toBe(413);
    expect((await activities(grant, '', grant.token, open.base)).activities).toEqual([]);
  });

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} with 400, and polls keep working`, async () => {
    const grant = await start(open.base);
    const deep = `{"type":"event","name":"x","value":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const res = await call(`${open.base}${PATH}/conversations/${grant.conversationId}/activities`, { method: 'POST', token: grant.token, body: deep });
    expect(res.status).toBe(400);
    expect((await activities(grant, '', grant.token, open.base)).activities).toEqual([]);
  });

  it('keeps at most MAX_MESSAGE_CHARS of a long text for the page, while the bot reads and screens all of it', async () => {
    const grant = await start(open.base);
    const max = open.app.config.maxMessageChars;
    const res = await send(grant, { type: 'message', text: `${'my back has been sore for days and '.repeat(100)} and now I wet myself` }, open.base);
    expect(res.status).toBe(200);
    const { activities: list } = await activities(grant, '', grant.token, open.base);
    const mine = list.find((a) => a.from.role === 'user');
    expect(mine?.text?.length).toBeLessThanOrEqual(max + 1);
    expect(list.find((a) => a.from.role === 'bot')?.text).toContain(EMERGENCY_NUMBERS);
  });

  it('answers a poll with one page at a time; the watermark leads to the rest', async () => {
    const grant = await start(open.base);
    for (let i = 0; i < 120; i += 1) expect((await send(grant, { type: 'event', name: `e${i}` }, open.base)).status).toBe(200);
    const { pages } = await allActivities(grant, open.base);
    expect(pages.length).toBeGreaterThan(1);
    expect(Math.max(...pages.map((p) => p.activities.length))).toBeLessThanOrEqual(50);
    expect(pages.flatMap((p) => p.activities.map((a) => a.name))).toEqual(Array.from({ length: 120 }, (_, i) => `e${i}`));
  });

  it('keeps a conversation’s activities within its memory cap, dropping the oldest', async () => {
    const grant = await start(open.base);
    const value = 'v'.repeat(7 * 1024);
    for (let i = 0; i < 100; i += 1) expect((await send(grant, { type: 'event', name: `e${i}`, value }, open.base)).status).toBe(200);
    const { pages, chars } = await allActivities(grant, open.base);
    expect(chars).toBeLessThan(600 * 1024);
    const names = pages.flatMap((p) => p.activities.map((a) => a.name));
    expect(names.at(-1)).toBe('e99');
    expect(names).not.toContain('e0');
  });
});

describe('the local web chat and the bot', () => {
  const open = useTestApp({ RATE_LIMIT_MESSAGES_PER_MINUTE: '2' });

  it('stores nothing of a message the bot refuses as too many (429)', async () => {
    const grant = await start(open.base);
    expect((await send(grant, { type: 'message', text: 'heat or ice?' }, open.base)).status).toBe(200);
    expect((await send(grant, { type: 'message', text: 'what stretches help?' }, open.base)).status).toBe(200);
    const third = await send(grant, { type: 'message', text: 'one more' }, open.base);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBeTruthy();
    const userTexts = (await activities(grant, '', grant.token, open.base)).activities.filter((a) => a.from.role === 'user').map((a) => a.text);
    expect(userTexts).toEqual(['heat or ice?', 'what stretches help?']);
  });

  it('refuses a "webchat" activity posted to /api/messages from outside, so nobody can act in a visitor’s chat', async () => {
    const grant = await start(open.base);
    const forged = {
      type: 'message', text: 'forget me', channelId: 'webchat', serviceUrl: `${open.base}${PATH}`,
      conversation: { id: grant.conversationId }, from: { id: 'dl_someone' }, recipient: { id: 'back-spasm-helper' },
    };
    for (const extra of [{}, { deliveryMode: 'expectReplies' }]) {
      const res = await call(`${open.base}/api/messages`, { method: 'POST', body: JSON.stringify({ ...forged, ...extra }) });
      expect(res.status).toBe(403);
    }
    expect((await activities(grant, '', grant.token, open.base)).activities).toEqual([]);
  });
});

describe('memory of the local web chat in all (DIRECT_LINE_MAX_MEMORY_MB)', () => {
  const small = useTestApp({ DIRECT_LINE_MAX_MEMORY_MB: '1', RATE_LIMIT_MESSAGES_PER_MINUTE: '1000', RATE_LIMIT_USER_MESSAGES_PER_MINUTE: '1000' });

  it('drops the least recently used conversations once the total is reached', async () => {
    const value = 'v'.repeat(7 * 1024);
    const grants: Grant[] = [];
    for (let c = 0; c < 4; c += 1) {
      const grant = await start(small.base);
      grants.push(grant);
      for (let i = 0; i < 60; i += 1) expect((await send(grant, { type: 'event', name: `e${i}`, value }, small.base)).status).toBe(200);
    }
    const first = await call(`${small.base}${PATH}/conversations/${grants[0].conversationId}/activities`, { token: grants[0].token });
    expect(first.status).toBe(404);
    expect((await activities(grants[3], '', grants[3].token, small.base)).activities.length).toBeGreaterThan(0);
  });
});

// --- Client addresses: per-address conversation caps, and TRUST_PROXY -------------------------------------------

async function startFrom(at: string, address?: string): Promise<{ status: number; grant: Grant }> {
  const res = await call(`${at}${PATH}/conversations`, { method: 'POST', headers: address ? { 'x-forwarded-for': address } : {} });
  return { status: res.status, grant: res.body as Grant };
}

describe('conversations per client address', () => {
  const capped = useTestApp({ TRUST_PROXY: 'loopback', DIRECT_LINE_CONVERSATIONS_PER_ADDRESS: '3', DIRECT_LINE_MAX_CONVERSATIONS: '5' });

  it('lets one address hold only its share: its own oldest go, and a new visitor always gets a conversation', async () => {
    const flood: Grant[] = [];
    for (let i = 0; i < 10; i += 1) {
      const { status, grant } = await startFrom(capped.base, '203.0.113.1');
      expect(status).toBe(201);
      flood.push(grant);
    }
    for (let i = 0; i < 3; i += 1) expect((await startFrom(capped.base, '203.0.113.2')).status).toBe(201);
    expect((await call(`${capped.base}${PATH}/conversations/${flood[0].conversationId}/activities`, { token: flood[0].token })).status).toBe(404);

    const visitor = await startFrom(capped.base, '198.51.100.7');
    expect(visitor.status).toBe(201);
    expect((await send(visitor.grant, { type: 'event', name: 'webchat/join' }, capped.base)).status).toBe(200);
    // More of the flood takes the flood's own conversations, not the visitor's.
    for (let i = 0; i < 5; i += 1) expect((await startFrom(capped.base, '203.0.113.1')).status).toBe(201);
    const { activities: list } = await activities(visitor.grant, '', visitor.grant.token, capped.base);
    expect(list.find((a) => a.from.role === 'bot')?.text).toContain(WELCOME.split('\n')[0]);
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    ['behind a trusted proxy, three clients get three budgets', { TRUST_PROXY: 'loopback' }, [201, 201, 201, 201, 201, 201]],
    ['with no proxy trusted, X-Forwarded-For is ignored: one budget', {}, [201, 201, 429, 429, 429, 429]],
  ])('%s', async (_name, env, expected) => {
    const app = await startTestApp({ ...env, WEB_CONVERSATIONS_PER_MINUTE: '2' });
    try {
      const at = `http://127.0.0.1:${app.port}`;
      const statuses: number[] = [];
      for (const address of ['203.0.113.10', '203.0.113.11', '203.0.113.12']) {
        for (let i = 0; i < 2; i += 1) statuses.push((await startFrom(at, address)).status);
      }
      expect(statuses).toEqual(expected);
    } finally {
      await app.close();
    }
  });
});
