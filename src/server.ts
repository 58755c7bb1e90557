// The HTTP edge: restify with /api/messages (checked here, then through MessageIntake), /healthz, and the routes other modules add.
import restify, { Request, Response, Server } from 'restify';
import { Activity } from 'botbuilder';
import { activityProblem } from './activityShape';
import { ClientAddressOf, isLoopbackAddress } from './clientAddress';
import { HttpError, readJsonBody, sendJsonError } from './http';
import { Logger } from './log';
import { MessageIntake } from './messages';
import { RateLimiter } from './rateLimit';

/** Bot Framework activities are small; 256 KB leaves room for cards and entities, not for abuse. */
export const MAX_BODY_BYTES = 256 * 1024;

export type HealthChecks = Record<string, { ok: boolean; [key: string]: unknown }>;

export interface Health {
  /** Extra fields for /healthz; a dependency reporting ok: false makes the status "degraded". */
  (): HealthChecks | Promise<HealthChecks>;
}

/** How /api/messages treats callers while authentication is off (no app id): see Config. */
export interface OpenEndpointRules {
  /** Answer clients on other machines too (otherwise 403). */
  allowRemoteClients: boolean;
  /** Post replies to a serviceUrl on another machine too (otherwise 403). */
  allowRemoteServiceUrls: boolean;
}

export interface ServerDeps {
  intake: MessageIntake;
  logger: Logger;
  health: Health;
  clientAddress: ClientAddressOf;
  /** Charged before authentication per client address; see Config.rateLimits.perAddress. */
  perAddress?: RateLimiter;
  /** Set while authentication is off. */
  open?: OpenEndpointRules;
}

export function createServer({ intake, logger, health, clientAddress, perAddress, open }: ServerDeps): Server {
  // restify's own logger would write requests (headers, bodies) past LOG_LEVEL and redaction: it gets a silent one.
  // (restify 12 logs through pino; its type definitions still name bunyan's Logger.)
  const silent = logger.child({}, { level: 'silent' }) as unknown as restify.ServerOptions['log'];
  const server = restify.createServer({ name: 'back-spasm-assistant', handleUncaughtExceptions: false, log: silent });
  server.on('restifyError', (_req, _res, err, callback) => {
    logger.warn({ status: (err as { statusCode?: number }).statusCode, error: err.name }, 'request rejected');
    return callback();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    let body: unknown;
    try {
      body = await readJsonBody(req, MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof HttpError) return sendJsonError(res, error.status, error.message, error.status === 413 ? { connection: 'close' } : {});
      throw error;
    }
    const problem = activityProblem(body);
    if (problem) return sendJsonError(res, 400, problem);
    const activity = body as Activity;

    const address = clientAddress(req);
    const refusal = open ? openEndpointRefusal(open, activity, address, req) : undefined;
    if (refusal) return sendJsonError(res, 403, refusal);
    // Before authentication only the address is known: with authentication on, only failed tokens are charged (the
    // Bot Connector's few addresses carry everyone's valid traffic); with it off, every request from another machine.
    const charged = open ? !isLoopbackAddress(address) : false;
    const byAddress = perAddress && (charged ? perAddress.hit(address) : perAddress.peek(address));
    if (byAddress && !byAddress.allowed) return sendJsonError(res, 429, 'Too many requests from your address; please wait a moment and try again.', { 'retry-after': String(byAddress.retryAfterSeconds) });

    const outcome = await intake.handle(activity, headerOf(req));
    if (outcome.kind === 'done') {
      res.status(outcome.status);
      if (outcome.body === undefined) res.end();
      else res.json(outcome.body);
      return;
    }
    if (outcome.status === 401 && !open) perAddress?.hit(address);
    sendJsonError(res, outcome.status, outcome.message, outcome.retryAfter ? { 'retry-after': String(outcome.retryAfter) } : {});
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const checks = await health();
    const ok = Object.values(checks).every((c) => c.ok);
    res.json(200, { status: ok ? 'ok' : 'degraded', ...checks });
  });

  return server;
}

function headerOf(req: Request): string {
  const header = req.headers.authorization;
  return typeof header === 'string' ? header : '';
}

/**
 * With authentication off anyone reaching /api/messages is believed about who they are, so: other machines only when
 * opened; never channel "webchat" (the local web chat hands its activities to the bot inside this process, and a
 * forged one could act in a visitor's chat); replies only to an Emulator-shaped serviceUrl — a bare origin on this
 * machine, not this server itself — so the bot cannot be made to post to any path or port it is pointed at.
 */
function openEndpointRefusal(open: OpenEndpointRules, activity: Activity, address: string, req: Request): string | undefined {
  if (!open.allowRemoteClients && !isLoopbackAddress(address)) {
    return 'Authentication is off, so this endpoint answers only this machine. Set MicrosoftAppId, or ALLOW_REMOTE_CLIENTS=true.';
  }
  if (activity.channelId === 'webchat') return 'Web chat messages come only from this server’s own page.';
  // With expectReplies nothing is posted to the serviceUrl, so any value is harmless there.
  if (activity.deliveryMode === 'expectReplies') return undefined;
  const url = parsedUrl(activity.serviceUrl);
  const emulatorShaped = url && ['http:', 'https:'].includes(url.protocol) && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (!emulatorShaped || isSelf(url, req)) return 'The serviceUrl must be an origin only (like the Emulator’s http://localhost:port), not this server.';
  if (!open.allowRemoteServiceUrls && !isLoopbackHost(url.hostname)) {
    return 'Authentication is off, so replies go only to this machine (the Emulator). Set MicrosoftAppId, or ALLOW_REMOTE_SERVICE_URLS=true.';
  }
  return undefined;
}

function parsedUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

/** Whether a URL names this machine (localhost or a loopback address). */
export function isLoopbackUrl(raw: string): boolean {
  const url = parsedUrl(raw);
  return url !== undefined && isLoopbackHost(url.hostname);
}

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || isLoopbackAddress(host);
}

/** A serviceUrl naming this server's own port on this machine. */
function isSelf(url: URL, req: Request): boolean {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return isLoopbackHost(url.hostname) && port === String(req.socket.localPort);
}
