// Absolute URLs the server hands out: behind a proxy, none may come from the request's Host or forwarded headers, and
// none may name the address the server listens on; links stay relative, and the only public origin is PUBLIC_BASE_URL.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { Conversation } from '../support/server';
import { useTestApp } from '../support/useTestApp';

const PUBLIC_BASE_URL = 'https://backspasm.example.org';
const SPOOFED = 'attacker.example.net';
/** Origins the server may name besides its own: the citation schema and Azure's Direct Line. */
const EXTERNAL = ['https://schema.org', 'https://directline.botframework.com'];

/** One request with the headers a proxy (or someone pretending to be one) sets. */
function get(base: string, path: string, method = 'GET', body?: string): Promise<{ status: number; headers: string; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        headers: {
          host: SPOOFED,
          'x-forwarded-host': SPOOFED,
          'x-forwarded-proto': 'https',
          forwarded: `host=${SPOOFED};proto=https`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: JSON.stringify(res.headers), body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const absoluteUrls = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'<>)\\]+/g)].map((m) => m[0]);

describe('absolute URLs behind a proxy', () => {
  const server = useTestApp({ PUBLIC_BASE_URL });

  it('never come from Host or X-Forwarded-* and never name the listening address, on any page or API answer', async () => {
    const answers = await Promise.all([
      get(server.base, '/'),
      get(server.base, '/privacy'),
      get(server.base, '/terms'),
      get(server.base, '/app.js'),
      get(server.base, '/healthz'),
      get(server.base, '/api/web/config'),
      get(server.base, '/v3/directline/conversations', 'POST', '{}'),
      get(server.base, '/no-such-page'),
    ]);
    expect(answers.slice(0, 7).map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 201]);
    for (const answer of answers) {
      const text = `${answer.headers}\n${answer.body}`;
      expect(text).not.toContain(SPOOFED);
      expect(text).not.toContain('127.0.0.1');
      const foreign = absoluteUrls(text).filter((url) => !url.startsWith(PUBLIC_BASE_URL) && !EXTERNAL.some((origin) => url.startsWith(origin)));
      expect(foreign).toEqual([]);
    }
  });

  it("keep the bot's replies free of this server's own address", async () => {
    const conversation = new Conversation(server.base);
    const replies = [...(await conversation.say('hi')), ...(await conversation.say('is heat or ice better'))];
    // serviceUrl is the channel's own address, echoed back; everything else in a reply is the server's making.
    const text = JSON.stringify(replies.map(({ serviceUrl: _serviceUrl, ...made }) => made));
    expect(replies.length).toBeGreaterThan(1);
    expect(text).not.toContain(server.base);
    expect(absoluteUrls(text).filter((url) => !EXTERNAL.some((origin) => url.startsWith(origin)))).toEqual([]);
  });
});
