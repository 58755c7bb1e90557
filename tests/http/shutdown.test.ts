// Shutting down on SIGTERM, as a platform stopping the server does: requests in flight are finished (and their
// connections closed), new connections are refused, and the process exits 0. The real process and a real signal.
import { connect, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GREETING } from '../../src/text';
import { killServerProcesses, startServerProcess } from '../support/serverProcess';

afterEach(killServerProcesses);

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One kept-alive HTTP/1.1 connection written by hand, so that a request can be half sent when the signal arrives.
 * `Expect: 100-continue` makes the server say when it has read the request's head: from then on it is in flight.
 */
class RawConnection {
  private received = '';
  private readonly socket: Socket;
  private waiters: (() => void)[] = [];

  constructor(port: number) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.on('data', (chunk: Buffer) => {
      this.received += chunk.toString('utf8');
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.socket.on('close', () => this.waiters.splice(0).forEach((wake) => wake()));
  }

  /** Sends a request's head and the first half of its body, and waits until the server has read the head. */
  async sendHalf(method: string, path: string, body: string, headers: Record<string, string> = {}): Promise<string> {
    const head = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, 'Expect: 100-continue',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
    this.socket.write(`${head}\r\n\r\n`);
    await this.until(() => this.received.includes('100 Continue\r\n\r\n'));
    this.received = '';
    const half = Math.floor(body.length / 2);
    this.socket.write(body.slice(0, half));
    return body.slice(half);
  }

  /** Sends the rest and reads the whole answer (its length from Content-Length). */
  async finish(rest: string): Promise<RawResponse> {
    this.socket.write(rest);
    let parsed: RawResponse | undefined;
    await this.until(() => (parsed = parse(this.received)) !== undefined);
    return parsed as RawResponse;
  }

  private async until(done: () => boolean): Promise<void> {
    while (!done()) {
      if (this.socket.destroyed) throw new Error(`the connection closed; received: ${this.received.slice(0, 200)}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
}

function parse(text: string): RawResponse | undefined {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  const body = text.slice(end + 4);
  if (Buffer.byteLength(body) < Number(headers['content-length'] ?? 0)) return undefined;
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

/** How a new TCP connection to the port ends: 'connected', or the error code. */
function newConnection(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

describe('SIGTERM', () => {
  it('finishes requests in flight with Connection: close, refuses new connections, and exits 0', async () => {
    const server = await startServerProcess({ LOG_LEVEL: 'info' });
    const grant = (await (await fetch(`${server.base}/v3/directline/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };

    const emulator = new RawConnection(server.port);
    const message = JSON.stringify({
      type: 'message', text: 'hello', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies',
      conversation: { id: 'shutdown-conversation' }, from: { id: 'shutdown-user' }, recipient: { id: 'bot' },
    });
    const messageRest = await emulator.sendHalf('POST', '/api/messages', message);
    const page = new RawConnection(server.port);
    const pageRest = await page.sendHalf('POST', `/v3/directline/conversations/${grant.conversationId}/activities`, JSON.stringify({ type: 'message', text: 'hello' }), {
      Authorization: `Bearer ${grant.token}`,
    });

    server.child.kill('SIGTERM');
    while (!server.output().stdout.includes('"shutting down"')) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await newConnection(server.port)).toBe('ECONNREFUSED');

    const answer = await emulator.finish(messageRest);
    expect(answer.status).toBe(200);
    expect(answer.headers.connection).toBe('close');
    expect((JSON.parse(answer.body) as { activities: { text?: string }[] }).activities.map((a) => a.text)).toContain(GREETING);

    const posted = await page.finish(pageRest);
    expect(posted.status).toBe(200);
    expect(posted.headers.connection).toBe('close');
    expect(JSON.parse(posted.body)).toEqual({ id: expect.stringContaining(grant.conversationId) });

    expect(await server.exited).toBe(0);
    expect(server.output().stderr).toBe('');
  });
});
