// Hostile and unexpected input on /api/messages: tokens, activity types, attachments, injected markup, floods.
import { generateKeyPairSync } from 'node:crypto';
import { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import {
  ASSESSMENT_ONSET_RETRY, ASSESSMENT_SEVERITY_RETRY, ASSESSMENT_WARNING_RETRY, BUTTONS, FORGET_RETRY, GREETING, TEXT_ONLY, TOO_LONG,
} from '../../src/text';
import { stateKeys } from '../storage/helpers';
import { authEnv, jwt, SERVICE_URL, startOpenIdEndpoint } from '../support/openId';
import { useTestApp } from '../support/useTestApp';
import { Conversation, Reply, startChannel, startTestApp, textOf } from '../support/server';

// --- Authentication -------------------------------------------------------------------------------------------

describe('with MicrosoftAppId and MicrosoftAppPassword set', () => {
  const botFramework = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let openId: { url: string; server: Server };
  let app: App;
  let base: string;

  beforeAll(async () => {
    openId = await startOpenIdEndpoint(botFramework.publicKey);
    // TRUST_PROXY lets a test play callers at other addresses through X-Forwarded-For.
    app = await startTestApp({ ...authEnv(openId.url), TRUST_PROXY: 'loopback' });
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((resolve) => openId?.server.close(resolve));
  });

  const teams = () => new Conversation(base, { channelId: 'msteams' });
  const teamsActivity = (conversation: Conversation, extra: Record<string, unknown> = {}) =>
    conversation.activity({ text: 'hello', serviceUrl: SERVICE_URL, conversation: { id: conversation.id, conversationType: 'personal' }, ...extra });

  async function post(activity: Record<string, unknown>, authorization?: string, from?: string): Promise<{ status: number; body: string }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization) headers.authorization = authorization;
    if (from) headers['x-forwarded-for'] = from;
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers, body: JSON.stringify(activity) });
    return { status: res.status, body: await res.text() };
  }

  async function storedFor(conversation: Conversation): Promise<string[]> {
    const keys = stateKeys(conversation, 'msteams');
    return Object.keys(await app.storage.read([keys.conversation, keys.user]));
  }

  it.each([
    ['no Authorization header', () => undefined],
    ['a token signed with another key under the Bot Framework key’s id', () => `Bearer ${jwt(attacker.privateKey, {})}`],
    ['a token signed with another key under an unknown key id', () => `Bearer ${jwt(attacker.privateKey, {}, 'made-up')}`],
    ['a genuine signature for another bot', () => `Bearer ${jwt(botFramework.privateKey, { aud: 'another-bot' })}`],
    ['a genuine signature that has expired', () => `Bearer ${jwt(botFramework.privateKey, { exp: Math.floor(Date.now() / 1000) - 3600 })}`],
    ['a token that is not a JWT', () => 'Bearer not-a-token'],
  ])('answers %s with 401, runs no turn and stores nothing', async (_name, authorization) => {
    const channel = await startChannel();
    try {
      const conversation = teams();
      // Replies, had a turn run, would go to this channel (no expectReplies) or come back in the body (expectReplies).
      for (const extra of [{ deliveryMode: undefined, serviceUrl: channel.url }, {}]) {
        const { status, body } = await post(teamsActivity(conversation, extra), authorization());
        expect(status).toBe(401);
        expect(body).not.toContain(GREETING);
      }
      expect(channel.received).toEqual([]);
      expect(await storedFor(conversation)).toEqual([]);
    } finally {
      await channel.close();
    }
  });

  it('runs the turn for a token the Bot Framework signed for this bot', async () => {
    const conversation = teams();
    const { status, body } = await post(teamsActivity(conversation), `Bearer ${jwt(botFramework.privateKey, {})}`);
    expect(status).toBe(200);
    expect((JSON.parse(body) as { activities: Reply[] }).activities.map((a) => a.text)).toContain(GREETING);
    // The conversation's state, and the user's (which lists the conversation, for "forget me").
    expect(await storedFor(conversation)).toHaveLength(2);
  });

  it('lets no token-less flood naming a user lock that user out: budgets are charged only once a token validates', async () => {
    const victim = teams();
    const forged = teamsActivity(victim, { text: 'forged' });
    const statuses = new Set<number>();
    for (let i = 0; i < 125; i += 1) statuses.add((await post(forged, undefined, '203.0.113.66')).status);
    // The flood is refused: 401, then 429 for its address once it has failed too often.
    expect([...statuses].sort()).toEqual([401, 429]);
    const { status, body } = await post(teamsActivity(victim), `Bearer ${jwt(botFramework.privateKey, {})}`);
    expect(status).toBe(200);
    expect((JSON.parse(body) as { activities: Reply[] }).activities.map((a) => a.text)).toContain(GREETING);
  });
});

// --- Input a user (or anyone) can send -----------------------------------------------------------------------

describe('unexpected input', () => {
  const server = useTestApp();

  it.each([
    ['somethingNew', {}],
    ['messageReaction', { reactionsAdded: [{ type: 'like' }] }],
    ['messageUpdate', { text: 'edited' }],
    ['messageDelete', {}],
    ['typing', {}],
    ['endOfConversation', { code: 'userCancelled' }],
    ['event', { name: 'some/unknown-event', value: { x: 1 } }],
    ['installationUpdate', { action: 'remove' }],
    ['conversationUpdate', { membersRemoved: [{ id: 'user' }] }],
    ['handoff', {}],
    ['trace', { name: 'x', value: 'y' }],
  ])('ignores a %s activity: 200, no reply, and the conversation still works', async (type, extra) => {
    const conversation = new Conversation(server.base);
    const { status, replies } = await conversation.post(conversation.activity({ type, text: undefined, ...extra }));
    expect(status).toBe(200);
    expect(replies).toEqual([]);
    expect(textOf(await conversation.say('hello'))).toBe(GREETING);
  });

  describe('pictures and files without text', () => {
    const teamsConversation = () => new Conversation(server.base, { channelId: 'msteams' });
    const personal = (conversation: Conversation, extra: Record<string, unknown>) =>
      conversation.activity({ conversation: { id: conversation.id, conversationType: 'personal' }, ...extra });
    const inlineHtml = { contentType: 'text/html', content: '<div><div><span><img height="142" src="https://smba.trafficmanager.net/amer/v3/attachments/x/views/original" width="300"></span></div></div>' };

    it.each([
      ['a file shared in Teams', { text: '', attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'mri-scan.pdf', contentUrl: 'https://contoso.sharepoint.com/personal/u/Documents/mri-scan.pdf', content: { downloadUrl: 'https://contoso.sharepoint.com/download/mri-scan.pdf', uniqueId: '1150D958-0000-4000-8000-000000000000', fileType: 'pdf' } }] }],
      ['a picture pasted into a Teams chat', { text: ' ', attachments: [{ contentType: 'image/*', contentUrl: 'https://smba.trafficmanager.net/amer/v3/attachments/x/views/original' }, inlineHtml] }],
      ['an Adaptive Card', { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [] } }] }],
    ])('asks for words for %s', async (_name, extra) => {
      const conversation = teamsConversation();
      const { status, replies } = await conversation.post(personal(conversation, extra));
      expect(status).toBe(200);
      expect(replies.map((r) => r.text)).toEqual([TEXT_ONLY]);
    });

    it('reads the text of a Teams message that also carries its HTML copy', async () => {
      const conversation = teamsConversation();
      const { replies } = await conversation.post(personal(conversation, { text: 'hello', attachments: [{ contentType: 'text/html', content: '<p>hello</p>' }] }));
      expect(replies.map((r) => r.text)).toEqual([GREETING]);
    });
  });

  describe('markup in what users type is never sent back', () => {
    const PAYLOADS = [
      '<script>alert("pwned")</script>',
      '[click here](javascript:alert(document.cookie))',
      '<img src=x onerror=alert(document.domain)>',
      '![pixel](https://evil.example/track.png)',
      '<a href="https://evil.example">my doctor</a>',
    ];
    const DANGEROUS = ['<script', 'javascript:', 'onerror', 'evil.example', '<img', '<a '];

    function expectClean(replies: Reply[], payload: string): void {
      const sent = JSON.stringify(replies);
      expect(replies.length).toBeGreaterThan(0);
      expect(sent).not.toContain(payload);
      for (const fragment of DANGEROUS) expect(sent.toLowerCase()).not.toContain(fragment);
    }

    it.each(PAYLOADS)('not at the top level, nor mixed into a question, a red flag or a too-long message: %s', async (payload) => {
      const conversation = new Conversation(server.base);
      for (const text of [payload, `heat or ice? ${payload}`, `${payload} I can’t control my bladder`, `${payload} ${'my back hurts '.repeat(300)}`]) {
        expectClean(await conversation.say(text), payload);
      }
    });

    it.each(PAYLOADS)('not at any question of the assessment, the stretches or "forget me": %s', async (payload) => {
      const conversation = new Conversation(server.base);
      const atPrompt = async (expected: string) => {
        const replies = await conversation.say(payload);
        expectClean(replies, payload);
        expect(textOf(replies)).toContain(expected);
      };
      await conversation.say('check my symptoms');
      await atPrompt(ASSESSMENT_ONSET_RETRY);
      await conversation.say('today');
      await atPrompt(ASSESSMENT_SEVERITY_RETRY);
      await conversation.say('7');
      await atPrompt(ASSESSMENT_WARNING_RETRY);
      await conversation.say('no');
      await conversation.say(BUTTONS.stretches);
      expectClean(await conversation.say(payload), payload);
      await conversation.say('stop');
      await conversation.say('forget me');
      await atPrompt(FORGET_RETRY);
    });
  });

  it.each([
    ['a conversation that is not an object', { conversation: 42 }, 'conversation.id'],
    ['no sender', { from: undefined }, 'from.id'],
    ['no recipient', { recipient: {} }, 'recipient.id'],
    ['no channel', { channelId: '' }, 'channelId'],
    ['no serviceUrl', { serviceUrl: undefined }, 'serviceUrl'],
  ])('answers an activity with %s with 400 naming the field, and runs no turn', async (_name, extra, field) => {
    const conversation = new Conversation(server.base);
    const res = await fetch(`${server.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(conversation.activity({ text: 'hello', ...extra })) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(`"${field}"`);
  });

  it('answers a message of 200,000 characters briefly, without repeating it', async () => {
    const [reply] = await new Conversation(server.base).say('ouch '.repeat(40_000));
    expect(reply.text).toBe(TOO_LONG(server.app.config.maxMessageChars));
  });
});

// --- Floods ----------------------------------------------------------------------------------------------------

describe('rate limits on /api/messages', () => {
  let app: App;
  let base: string;

  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_MESSAGES_PER_MINUTE: '3', RATE_LIMIT_USER_MESSAGES_PER_MINUTE: '5' });
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => app?.close());

  async function expectLimited(conversation: Conversation, text: string): Promise<void> {
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(conversation.activity({ text })) });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await res.json()) as { error: { status: number; message: string }; activities?: unknown };
    expect(body.error.status).toBe(429);
    expect(body.activities).toBeUndefined();
  }

  it('refuses a conversation’s fourth message in a minute with 429 and Retry-After, before its turn runs', async () => {
    const conversation = new Conversation(base, { userId: 'limited-user-1' });
    // Rejected bodies are not counted: the limit applies after the body is validated.
    for (let i = 0; i < 3; i += 1) {
      const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversation: { id: conversation.id } }) });
      expect(res.status).toBe(400);
    }
    for (const text of ['check my symptoms', 'today', '7']) await conversation.say(text);
    const key = stateKeys(conversation).conversation;
    const before = (await app.storage.read([key]))[key];
    await expectLimited(conversation, 'no');
    // The refused "no" did not reach the dialog: the state is the same version, still at the last question.
    expect((await app.storage.read([key]))[key]).toEqual(before);
    // Other people are not affected.
    expect(textOf(await new Conversation(base, { userId: 'limited-user-2' }).say('hello'))).toBe(GREETING);
  });

  it('counts a user’s messages across their conversations', async () => {
    const userId = 'limited-user-3';
    const first = new Conversation(base, { userId });
    for (let i = 0; i < 3; i += 1) await first.say('hello');
    const second = new Conversation(base, { userId });
    for (let i = 0; i < 2; i += 1) await second.say('hello');
    await expectLimited(second, 'hello');
  });
});
