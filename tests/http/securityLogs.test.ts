// Privacy of the logs: the real server as a process (npm start's code under tsx), its output read line by line.
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BUTTONS } from '../../src/text';
import { Conversation } from '../support/server';
import { killServerProcesses, startServerProcess } from '../support/serverProcess';

/** A word nobody would type by chance: it must never reach the logs, whatever the message it was in. */
const MARKER = 'quokkazebra7431';

afterEach(killServerProcesses);

/** Everything a person might tell the assistant, each with the marker in it, through every path that logs. */
async function converse(base: string): Promise<void> {
  const conversation = new Conversation(base);
  await conversation.post(conversation.activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: conversation.userId }] }));
  for (const text of [
    `my back hurts, ${MARKER}`,
    'check my symptoms',
    `it started ${MARKER}`,
    'today',
    '7',
    'no',
    `I can’t control my bladder ${MARKER}`,
    `${MARKER} `.repeat(600),
    'forget me',
    BUTTONS.forgetConfirm,
  ]) {
    await conversation.say(text);
  }
  await conversation.post(conversation.activity({ type: 'somethingNew', text: MARKER }));
  // Rejected requests too: malformed JSON, and an activity botbuilder refuses.
  await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"text": "${MARKER}", oops` });
  await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: MARKER, conversation: 42 }) });
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('logs', () => {
  it('are pino JSON lines, with no message text even at the most detailed level', async () => {
    const server = await startServerProcess({ LOG_LEVEL: 'trace' });
    await converse(server.base);
    await server.stop();
    const { stdout, stderr } = server.output();
    const lines = jsonLines(stdout);
    for (const line of lines) expect(line).toMatchObject({ level: expect.any(Number), time: expect.any(Number), msg: expect.any(String), service: 'back-spasm-assistant' });
    const messages = lines.map((l) => l.msg);
    expect(messages).toContain('listening');
    expect(messages).toContain('turn');
    expect(stdout).not.toContain(MARKER);
    expect(stderr).not.toContain(MARKER);
  });

  it('respect LOG_LEVEL', async () => {
    const server = await startServerProcess({ LOG_LEVEL: 'warn' });
    await converse(server.base);
    await server.stop();
    const { stdout } = server.output();
    expect(jsonLines(stdout).every((line) => Number(line.level) >= 40)).toBe(true);
    expect(stdout).not.toContain('"listening"');
    expect(stdout).not.toContain(MARKER);
  });

  it('carry no message text or token from hostile requests, and nothing at all at LOG_LEVEL=silent', async () => {
    const server = await startServerProcess({ LOG_LEVEL: 'silent' });
    const token = `Bearer secret-${MARKER}`;
    const deep = `{"type":"message","text":"${MARKER}","channelId":"emulator","serviceUrl":"http://127.0.0.1:1","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"deliveryMode":"expectReplies","entities":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const answer = await fetch(`${server.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: token }, body: deep });
    expect(answer.status).toBe(400);

    // The web chat: an activity nested too deep is refused, and polls (which carry the page's token) keep answering.
    const grant = (await (await fetch(`${server.base}/v3/directline/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    const url = `${server.base}/v3/directline/conversations/${grant.conversationId}/activities`;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${grant.token}` };
    const posted = await fetch(url, { method: 'POST', headers, body: `{"type":"event","name":"x","text":"${MARKER}","value":${'['.repeat(10_000)}${']'.repeat(10_000)}}` });
    expect(posted.status).toBe(400);
    expect((await fetch(url, { headers })).status).toBe(200);

    await server.stop();
    const { stdout, stderr } = server.output();
    expect(stdout).toBe('');
    expect(stderr).not.toContain(MARKER);
    expect(stderr).not.toContain(grant.token);
  });

  it('say what failed in a turn by name and status, never the channel’s error text (which can quote the user)', async () => {
    // A channel that refuses every reply with an error quoting the message, as some do.
    const channel = createServer((req, res) => {
      req.resume();
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'BadArgument', message: `Could not deliver a reply to "${MARKER}"` } }));
    });
    await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
    try {
      const server = await startServerProcess({ LOG_LEVEL: 'trace' });
      const conversation = new Conversation(server.base);
      const { port } = channel.address() as AddressInfo;
      const { status } = await conversation.post(conversation.activity({ text: `hello ${MARKER}`, serviceUrl: `http://127.0.0.1:${port}`, deliveryMode: undefined }));
      expect(status).toBeLessThan(500);
      await server.stop();
      const { stdout, stderr } = server.output();
      expect(jsonLines(stdout).map((l) => l.msg)).toContain('turn failed');
      expect(stdout).not.toContain(MARKER);
      expect(stderr).not.toContain(MARKER);
    } finally {
      await new Promise((resolve) => channel.close(resolve));
    }
  });
});
