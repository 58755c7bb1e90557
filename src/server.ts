// The HTTP edge: restify with /api/messages (through the CloudAdapter), /healthz, and the routes other modules add.
import restify, { Request, Response, Server } from 'restify';
import { CloudAdapter } from 'botbuilder';
import { ActivityHandler } from 'botbuilder';
import { HttpError, isRecord, readJsonBody, sendJsonError } from './http';
import { Logger } from './log';

/** Bot Framework activities are small; 256 KB leaves room for cards and entities, not for abuse. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface Health {
  /** Extra fields for /healthz; a dependency reporting ok: false makes the status "degraded". */
  (): Record<string, { ok: boolean; [key: string]: unknown }>;
}

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  health: Health;
}

export function createServer({ adapter, bot, logger, health }: ServerDeps): Server {
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
    const checks = health();
    const ok = Object.values(checks).every((c) => c.ok);
    res.json(200, { status: ok ? 'ok' : 'degraded', ...checks });
  });

  return server;
}
