// What every web-channel route shares: per-address rate limits, bearer tokens, and turning failures into JSON errors.
import type { Request, Response } from 'restify';
import { ClientAddressOf } from '../clientAddress';
import { HttpError, sendJsonError } from '../http';
import { Logger } from '../log';
import { RateLimiter } from '../rateLimit';

export type Handler = (req: Request, res: Response) => Promise<void>;

export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/** Runs the handler after charging each limiter once for the client's address; the first refusal answers 429. */
export function rateLimited(limiters: RateLimiter[], clientAddress: ClientAddressOf, handler: Handler): Handler {
  return async (req, res) => {
    const address = clientAddress(req);
    for (const limiter of limiters) {
      const decision = limiter.hit(address);
      if (!decision.allowed) {
        return sendJsonError(res, 429, 'Too many requests from your address. Please wait a moment and try again.', { 'Retry-After': String(decision.retryAfterSeconds) });
      }
    }
    return handler(req, res);
  };
}

/** An HttpError becomes its JSON error; anything else is logged (its name only) and answered 500 if nothing was sent yet. */
export function guarded(logger: Logger, handler: Handler): Handler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof HttpError) {
        if (!res.headersSent) sendJsonError(res, error.status, error.message, error.status === 413 ? { connection: 'close' } : {});
        return;
      }
      logger.error({ error: error instanceof Error ? error.name : 'unknown', route: req.getRoute?.()?.path }, 'web channel request failed');
      if (!res.headersSent) sendJsonError(res, 500, 'Something went wrong on the server.');
    }
  };
}
