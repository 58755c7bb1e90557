// The HTTP edge: restify with /api/messages (through the CloudAdapter), /healthz, and the routes other modules add.
import restify, { Request, Response, Server } from 'restify';
import { Activity, CloudAdapter, ConfigurationBotFrameworkAuthentication, StatusCodes } from 'botbuilder';
import { ActivityHandler } from 'botbuilder';
import { AuthenticateRequestResult, AuthenticationError } from 'botframework-connector';
import { HttpError, isRecord, readJsonBody, sendJsonError } from './http';
import { Logger } from './log';
import { RateLimiter } from './rateLimit';

/** Bot Framework activities are small; 256 KB leaves room for cards and entities, not for abuse. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * botbuilder's Bot Framework authentication, with one fix: a token whose signature, audience or issuer jsonwebtoken
 * rejects (a forged token carrying the published key id, say) escapes botbuilder's checks as a plain error, which the
 * adapter answers with 500 and the library's message. Every token the checks reject is a 401 here.
 */
export class BotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof Error && JWT_ERRORS.has(error.name)) throw new AuthenticationError('Unauthorized. The token is not valid.', StatusCodes.UNAUTHORIZED);
      throw error;
    }
  }
}

/** The errors jsonwebtoken's verify throws for a token that is not acceptable. */
const JWT_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

export type HealthChecks = Record<string, { ok: boolean; [key: string]: unknown }>;

export interface Health {
  /** Extra fields for /healthz; a dependency reporting ok: false makes the status "degraded". */
  (): HealthChecks | Promise<HealthChecks>;
}

/** Per-minute budgets on /api/messages, keyed by channel and conversation id, and by channel and user id. */
export interface MessageLimits {
  perConversation: RateLimiter;
  perUser: RateLimiter;
}

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  health: Health;
  limits?: MessageLimits;
  /** Refuse activities whose replies would be posted to another machine (authentication off; see Config). */
  loopbackServiceUrlsOnly?: boolean;
}

export function createServer({ adapter, bot, logger, health, limits, loopbackServiceUrlsOnly = false }: ServerDeps): Server {
  const server = restify.createServer({ name: 'back-spasm-assistant', handleUncaughtExceptions: false });
  // restify's default logs nothing; errors from our handlers are logged below, without request bodies.
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
    if (!isRecord(body)) return sendJsonError(res, 400, 'The body must be a JSON object (a Bot Framework activity).');
    if (typeof body.type !== 'string' || body.type.trim() === '') return sendJsonError(res, 400, 'The activity has no "type".');
    // Every channel sends these; without them a turn cannot be keyed, limited or answered (botbuilder would crash on it).
    const missing = REQUIRED_FIELDS.find((path) => !hasText(body, path));
    if (missing) return sendJsonError(res, 400, `The activity has no "${missing}".`);
    // With expectReplies nothing is posted to the serviceUrl, so any value is harmless there.
    if (loopbackServiceUrlsOnly && body.deliveryMode !== 'expectReplies' && !isLoopbackUrl(String(body.serviceUrl))) {
      return sendJsonError(res, 403, 'Authentication is off, so replies go only to this machine (the Emulator or the local web chat). Set MicrosoftAppId, or ALLOW_REMOTE_SERVICE_URLS=true.');
    }
    // Before the turn (and before authentication, which may call out): a flood costs a map lookup, not a turn.
    const retryAfter = limits ? overLimit(limits, body) : 0;
    if (retryAfter > 0) {
      logger.warn({ channel: body.channelId, retryAfter }, 'message rate limit reached');
      return sendJsonError(res, 429, 'Too many messages in a short time; please wait a moment and try again.', { 'retry-after': String(retryAfter) });
    }
    req.body = body;
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      // botbuilder validates the activity's fields before authenticating: a malformed activity is the caller's error.
      if (error instanceof Error && error.name === 'ZodError') {
        if (!res.headersSent) sendJsonError(res, 400, 'The activity is not well formed.');
        return;
      }
      logger.error({ error: error instanceof Error ? error.name : 'unknown' }, 'message processing failed');
      if (!res.headersSent) sendJsonError(res, 500, 'The message could not be processed.');
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const checks = await health();
    const ok = Object.values(checks).every((c) => c.ok);
    res.json(200, { status: ok ? 'ok' : 'degraded', ...checks });
  });

  return server;
}

/** Seconds until this activity's conversation and user may send again; 0 when both are within their budgets. */
function overLimit(limits: MessageLimits, activity: Record<string, unknown>): number {
  // Called once REQUIRED_FIELDS are known to be there.
  const idOf = (field: unknown) => String((field as Record<string, unknown>).id);
  const channel = String(activity.channelId);
  const decisions = [
    limits.perConversation.hit(`${channel}/${idOf(activity.conversation)}`),
    limits.perUser.hit(`${channel}/${idOf(activity.from)}`),
  ];
  return Math.max(0, ...decisions.map((d) => (d.allowed ? 0 : d.retryAfterSeconds)));
}

export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
}

const REQUIRED_FIELDS = ['channelId', 'serviceUrl', 'conversation.id', 'from.id', 'recipient.id'];

function hasText(activity: Record<string, unknown>, path: string): boolean {
  const [first, second] = path.split('.');
  const value = second === undefined ? activity[first] : isRecord(activity[first]) ? (activity[first] as Record<string, unknown>)[second] : undefined;
  return typeof value === 'string' && value.trim() !== '';
}
