// /api/messages through the real server on a free port: answers, the Emulator's protocol, welcome, bad input.
import { describe, expect, it } from 'vitest';
import { BUTTONS, DISCLAIMER, GREETING, MENU_BUTTONS, OFF_TOPIC, SOURCE_LINE, TEXT_ONLY, TOO_LONG, WELCOME } from '../../src/text';
import { buttonsOf, Conversation, startChannel, startTestApp, textOf } from '../support/server';
import { useTestApp } from '../support/useTestApp';

const server = useTestApp();

describe('GET /healthz', () => {
  it('answers 200 JSON once the knowledge index is built', async () => {
    const res = await fetch(`${server.base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/json/);
    const body = (await res.json()) as { status: string; knowledge: { ok: boolean; passages: number } };
    expect(body.status).toBe('ok');
    expect(body.knowledge.passages).toBeGreaterThan(20);
  });
});

describe('POST /api/messages with deliveryMode expectReplies', () => {
  it('returns the answer in the response body, with its citation and follow-up buttons', async () => {
    const conversation = new Conversation(server.base);
    const [reply] = await conversation.say('is heat or ice better for a back spasm?');
    const passage = server.app.search.passage('heat-and-ice');
    expect(passage).toBeDefined();
    expect(reply.text).toContain(passage?.answer);
    expect(reply.text).toContain(SOURCE_LINE(passage?.title ?? ''));
    const citation = reply.entities?.find((e) => e.type === 'https://schema.org/Message')?.citation?.[0];
    expect(citation?.appearance.name).toBe(passage?.title);
    expect(citation?.appearance.abstract).toContain('consumer-health article');
    const buttons = buttonsOf(reply);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    expect(buttons.length).toBeLessThanOrEqual(3);
  });

  it('answers a follow-up button with that passage', async () => {
    const conversation = new Conversation(server.base);
    const [first] = await conversation.say('how do I stop a back spasm fast');
    const follow = buttonsOf(first)[0];
    const [second] = await conversation.say(follow);
    expect(second.text).toContain(`(“${follow}”)`);
  });

  it('says what it can help with, as buttons, for an off-topic question, with no citation', async () => {
    const [reply] = await new Conversation(server.base).say('what is the capital of France?');
    expect(reply.text).toBe(OFF_TOPIC);
    expect(buttonsOf(reply)).toEqual(expect.arrayContaining(MENU_BUTTONS));
    expect(reply.entities ?? []).toEqual([]);
  });

  it('gives emergency advice, not a stretch, for a red flag', async () => {
    const replies = await new Conversation(server.base).say('my back is spasming and I can’t control my bladder');
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toMatch(/emergency help now/i);
    expect(replies[0].text).toMatch(/999.*911.*112/);
    expect(replies[0].entities ?? []).toEqual([]);
  });

  it('handles small talk kindly', async () => {
    const conversation = new Conversation(server.base);
    expect((await conversation.say('hello'))[0].text).toBe(GREETING);
    expect(textOf(await conversation.say('thanks!'))).toMatch(/welcome/i);
    expect(textOf(await conversation.say('who are you?'))).toContain(DISCLAIMER);
    expect(textOf(await conversation.say('help'))).toContain(BUTTONS.checkSymptoms);
    expect(textOf(await conversation.say('bye'))).toMatch(/take care/i);
  });

  it('asks for words when it gets only an image', async () => {
    const conversation = new Conversation(server.base);
    const { replies } = await conversation.post(conversation.activity({ text: undefined, attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/x.png' }] }));
    expect(replies[0].text).toBe(TEXT_ONLY);
  });

  it('asks kindly for a shorter message, without echoing it back', async () => {
    const long = 'my back hurts '.repeat(400);
    const [reply] = await new Conversation(server.base).say(long);
    expect(reply.text).toBe(TOO_LONG(server.app.config.maxMessageChars));
  });
});

describe('conversationUpdate', () => {
  it('welcomes a user who joins, once, with the disclaimer and buttons', async () => {
    const conversation = new Conversation(server.base);
    const join = conversation.activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: conversation.userId }] });
    const { status, replies } = await conversation.post(join);
    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toBe(WELCOME);
    expect(replies[0].text).toContain(DISCLAIMER);
    expect(buttonsOf(replies[0])).toEqual(MENU_BUTTONS);
    const again = await conversation.post({ ...join, id: 'again' });
    expect(again.replies).toHaveLength(0);
  });

  it('does not welcome the bot itself', async () => {
    const conversation = new Conversation(server.base);
    const { replies } = await conversation.post(conversation.activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'bot' }] }));
    expect(replies).toHaveLength(0);
  });
});

describe('the Bot Framework Emulator’s way: replies posted to the serviceUrl', () => {
  it('posts the reply to /v3/conversations/{id}/activities/{replyToId}', async () => {
    const channel = await startChannel();
    try {
      const conversation = new Conversation(server.base);
      const activity = conversation.activity({ text: 'what mattress is best for my back', serviceUrl: channel.url, deliveryMode: undefined, id: 'incoming-1' });
      const res = await fetch(`${server.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      expect(res.status).toBe(200);
      await channel.waitFor(1);
      const reply = channel.received.find((r) => r.body.type === 'message');
      expect(reply?.path).toBe(`/v3/conversations/${encodeURIComponent(conversation.id)}/activities/incoming-1`);
      expect(reply?.body.text).toContain(server.app.search.passage('mattress')?.answer);
      // The citation entity survives botbuilder's serializer on its way to the channel.
      const citation = reply?.body.entities?.find((e) => e.type === 'https://schema.org/Message')?.citation?.[0];
      expect(citation?.appearance.name).toBe(server.app.search.passage('mattress')?.title);
    } finally {
      await channel.close();
    }
  });
});

describe('with authentication off', () => {
  it('refuses to post replies to another machine (403), but answers over expectReplies', async () => {
    const conversation = new Conversation(server.base);
    const remote = conversation.activity({ text: 'heat or ice?', serviceUrl: 'https://example.org/', deliveryMode: undefined });
    const res = await fetch(`${server.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(remote) });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/MicrosoftAppId/);
    const { status, replies } = await conversation.post(conversation.activity({ text: 'heat or ice?', serviceUrl: 'https://example.org/' }));
    expect(status).toBe(200);
    expect(replies[0].text).toContain(server.app.search.passage('heat-and-ice')?.answer);
  });
});

describe('typing indicator', () => {
  // With TYPING_DELAY_MS=0 every turn outlasts the delay; turns here are too fast for the order to be fixed.
  it('sends the channel a typing indicator when a turn outlasts the delay (botbuilder’s ShowTypingMiddleware)', async () => {
    const typingApp = await startTestApp({ TYPING_DELAY_MS: '0' });
    const channel = await startChannel();
    try {
      const conversation = new Conversation(`http://127.0.0.1:${typingApp.port}`);
      const activity = conversation.activity({ text: 'heat or ice?', serviceUrl: channel.url, deliveryMode: undefined });
      await fetch(`http://127.0.0.1:${typingApp.port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      await channel.waitFor(1);
      const deadline = Date.now() + 5_000;
      while (!channel.received.some((r) => r.body.type === 'typing') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const typing = channel.received.find((r) => r.body.type === 'typing');
      expect(typing?.path).toContain(`/v3/conversations/${encodeURIComponent(conversation.id)}/activities`);
    } finally {
      await channel.close();
      await typingApp.close();
    }
  });
});

describe('bad requests', () => {
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${server.base}/api/messages`, { method: 'POST', headers, body });

  it.each([
    ['a body that is not JSON', '{"type": "message", oops'],
    ['an empty body', ''],
    ['a JSON array', '[1,2,3]'],
    ['an activity without a type', '{}'],
    ['a type that is not a string', '{"type": 42}'],
  ])('answers %s with 400 and a JSON error', async (_name, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { status: number; message: string } };
    expect(json.error.status).toBe(400);
    expect(json.error.message.length).toBeGreaterThan(5);
  });

  it('answers a body over 256 KB with 413', async () => {
    const res = await post(JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }));
    expect(res.status).toBe(413);
  });

  it('stays healthy and keeps answering after bad requests', async () => {
    await post('not json');
    await post('{}');
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
    const [reply] = await new Conversation(server.base).say('ibuprofen');
    expect(reply.text).toContain(server.app.search.passage('nsaids')?.answer);
  });
});
