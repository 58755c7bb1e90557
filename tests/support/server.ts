// Test helpers: start the real server on a free port, and talk to it over HTTP like a channel would.
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { App, startApp } from '../../src/app';

export interface Reply {
  type: string;
  text?: string;
  suggestedActions?: { actions: { title: string; value: string }[] };
  attachments?: { contentType: string; content: { buttons?: { title: string; value: string }[]; [k: string]: unknown } }[];
  entities?: { type: string; citation?: { appearance: { name: string; abstract: string } }[] }[];
  [key: string]: unknown;
}

export async function startTestApp(env: NodeJS.ProcessEnv = {}): Promise<App> {
  return startApp({ env: { LOG_LEVEL: 'silent', ...env }, port: 0 });
}

let counter = 0;

/** A conversation with the bot through `deliveryMode: expectReplies`: each send returns the bot's replies. */
export class Conversation {
  readonly id: string;
  readonly userId: string;

  constructor(
    private readonly baseUrl: string,
    options: { id?: string; userId?: string; channelId?: string; /** Sent with every request, e.g. X-Forwarded-For. */ headers?: Record<string, string> } = {},
    private readonly channelId = options.channelId ?? 'emulator',
    private readonly headers = options.headers ?? {},
  ) {
    counter += 1;
    this.id = options.id ?? `conv-${process.pid}-${counter}-${Date.now()}`;
    this.userId = options.userId ?? `user-${counter}`;
  }

  activity(extra: Record<string, unknown>): Record<string, unknown> {
    return {
      type: 'message',
      channelId: this.channelId,
      serviceUrl: 'http://127.0.0.1:1', // never called with expectReplies
      conversation: { id: this.id },
      from: { id: this.userId, name: 'User' },
      recipient: { id: 'bot', name: 'Back Spasm Helper' },
      deliveryMode: 'expectReplies',
      id: `act-${Math.random().toString(36).slice(2)}`,
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      ...extra,
    };
  }

  async post(activity: Record<string, unknown>): Promise<{ status: number; replies: Reply[] }> {
    const res = await fetch(`${this.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...this.headers }, body: JSON.stringify(activity) });
    const text = await res.text();
    const body = text ? (JSON.parse(text) as { activities?: Reply[] }) : {};
    return { status: res.status, replies: (body.activities ?? []).filter((a) => a.type === 'message') };
  }

  /** Sends a message and returns the bot's message replies (typing indicators left out). */
  async say(text: string): Promise<Reply[]> {
    const { status, replies } = await this.post(this.activity({ text }));
    if (status !== 200) throw new Error(`POST /api/messages answered ${status}`);
    return replies;
  }
}

/** The buttons a user sees: suggested actions, hero-card buttons, and the imBack rows of an Adaptive Card (Teams' 0–10 scale). */
export function buttonsOf(reply: Pick<Reply, 'suggestedActions' | 'attachments'> | undefined): string[] {
  if (!reply) return [];
  const suggested = reply.suggestedActions?.actions.map((a) => a.title) ?? [];
  const card = (reply.attachments ?? []).flatMap((a) => [
    ...(a.content.buttons?.map((b) => b.title) ?? []),
    ...((a.content.body as { type: string; actions?: { title: string; data?: { msteams?: { type: string } } }[] }[] | undefined) ?? [])
      .flatMap((item) => item.actions ?? [])
      .filter((action) => action.data?.msteams?.type === 'imBack')
      .map((action) => action.title),
  ]);
  return [...suggested, ...card];
}

export function textOf(replies: Reply[]): string {
  return replies.map((r) => r.text ?? '').join('\n');
}

/** A small HTTP server playing the channel (as the Bot Framework Emulator does): records what the bot posts. */
export async function startChannel(): Promise<{ url: string; received: { path: string; body: Reply }[]; close(): Promise<void>; waitFor(n: number): Promise<void> }> {
  const received: { path: string; body: Reply }[] = [];
  const waiters: (() => void)[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Reply });
      waiters.splice(0).forEach((w) => w());
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    waitFor: async (n: number) => {
      const deadline = Date.now() + 10_000;
      while (received.filter((r) => r.body.type === 'message').length < n) {
        if (Date.now() > deadline) throw new Error(`only ${received.length} activities arrived`);
        await Promise.race([new Promise<void>((resolve) => waiters.push(resolve)), new Promise<void>((resolve) => setTimeout(resolve, 250))]);
      }
    },
  };
}
