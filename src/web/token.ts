// Azure mode: trades the Direct Line secret for a short-lived token the page can hold; the secret never leaves the server.
import { randomBytes } from 'node:crypto';
import type { Server } from 'restify';
import { ClientAddressOf } from '../clientAddress';
import { HttpError, isRecord } from '../http';
import { Logger } from '../log';
import { RateLimiter } from '../rateLimit';
import { userIdFromRequest } from './browserUser';
import { guarded, rateLimited } from './guard';

export const TOKEN_PATH = '/api/directline/token';

const UPSTREAM_TIMEOUT_MS = 10_000;

export interface TokenDeps {
  secret: string;
  endpoint: string;
  limiters: { requests: RateLimiter; conversations: RateLimiter };
  clientAddress: ClientAddressOf;
  logger: Logger;
}

export function registerTokenRoute(server: Server, { secret, endpoint, limiters, clientAddress, logger }: TokenDeps): void {
  server.post(TOKEN_PATH, guarded(logger, rateLimited([limiters.requests, limiters.conversations], clientAddress, async (req, res) => {
    // Chosen here (a hash of the browser's own key, or random), so nobody can ask for a token in someone else's name.
    const userId = (await userIdFromRequest(req)) ?? `dl_${randomBytes(12).toString('hex')}`;
    const grant = await generateToken(endpoint, secret, userId, logger);
    res.header('Cache-Control', 'no-store');
    res.json(200, { ...grant, userId });
  })));
}

async function generateToken(endpoint: string, secret: string, userId: string, logger: Logger): Promise<{ token: string; conversationId?: string; expires_in: number }> {
  let response: globalThis.Response;
  try {
    response = await fetch(`${endpoint}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
    });
  } catch (error) {
    logger.warn({ error: error instanceof Error ? error.name : 'unknown' }, 'Direct Line token service unreachable');
    throw new HttpError(502, 'The chat service could not be reached. Please try again in a minute.');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok || !isRecord(body) || typeof body.token !== 'string' || !body.token) {
    // The status is enough to diagnose (403: wrong secret, 429: Azure's limit); the upstream body is not repeated.
    logger.warn({ status: response.status }, 'Direct Line token service refused');
    throw new HttpError(502, `The chat service did not give a token (status ${response.status}). Please try again in a minute.`);
  }
  return {
    token: body.token,
    ...(typeof body.conversationId === 'string' ? { conversationId: body.conversationId } : {}),
    expires_in: typeof body.expires_in === 'number' ? body.expires_in : 1800,
  };
}
