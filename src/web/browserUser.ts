// The user id a browser keeps across conversations: derived from a random key the page holds in localStorage, so
// state such as "last time you rated the pain 7/10" follows the person, and no page can choose another person's id.
import { createHash } from 'node:crypto';
import type { Request } from 'restify';
import { HttpError, isRecord, readJsonBody } from '../http';

/** What the page sends: at least 128 bits of randomness, URL-safe (app.js makes 32 random bytes). */
const USER_KEY = /^[A-Za-z0-9_-]{22,86}$/;
const BODY_LIMIT = 1024;

/**
 * The user id for a request's optional body `{ "userKey": "..." }`; undefined when there is no body (a new id is
 * made then). A key that is not long, random-looking text is refused with 400.
 */
export async function userIdFromRequest(req: Request): Promise<string | undefined> {
  const length = Number(req.headers['content-length'] ?? 0);
  if (!length && !req.headers['transfer-encoding']) return undefined;
  const body = await readJsonBody(req, BODY_LIMIT);
  if (!isRecord(body) || body.userKey === undefined) return undefined;
  if (typeof body.userKey !== 'string' || !USER_KEY.test(body.userKey)) throw new HttpError(400, 'The "userKey" must be 22 to 86 URL-safe characters.');
  // Hashed, so the id seen by the bot and stored with its state never reveals the key that claims it.
  return `dl_${createHash('sha256').update(body.userKey).digest('base64url').slice(0, 24)}`;
}
