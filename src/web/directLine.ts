// A local Direct Line 3.0 (polling) at /v3/directline, so Web Chat works with no Azure: the page's side, and the bot's replies.
//
// Page -> POST .../conversations/:id/activities -> stored, then a loopback POST to /api/messages (channelId "webchat",
// serviceUrl pointing back here) -> the bot replies to .../v3/conversations/:id/activities[/:replyToId] -> stored ->
// the page polls .../conversations/:id/activities?watermark=N. Only while the bot's authentication is off: the bot's
// replies carry no credentials then, and the reply routes accept callers on this machine only.
import type { Request, Response, Server } from 'restify';
import { HttpError, isRecord, readJsonBody, sendJsonError } from '../http';
import { Logger } from '../log';
import { RateLimiter } from '../rateLimit';
import { MAX_BODY_BYTES } from '../server';
import { BOT_NAME } from '../text';
import { userIdFromRequest } from './browserUser';
import { DirectLineStore } from './directLineStore';
import { bearerToken, guarded, Handler, rateLimited } from './guard';

export const DIRECT_LINE_PATH = '/v3/directline';

/** The bot's id in the activities this endpoint forwards (Azure uses the bot's handle). */
export const LOCAL_BOT_ID = 'back-spasm-helper';

/** Web Chat's own request timeout is 20 s; a turn slower than that has failed for the user anyway. */
const FORWARD_TIMEOUT_MS = 20_000;

/** Activity types a page may send. Typing is accepted and dropped, as Azure's polling API does. */
const PAGE_TYPES = new Set(['message', 'event', 'typing']);

/** Fields a page's activity may carry to the bot; id, from, recipient, conversation and serviceUrl are set here. */
const PAGE_FIELDS = ['type', 'text', 'textFormat', 'locale', 'name', 'value', 'channelData', 'attachments', 'entities'] as const;

export interface DirectLineDeps {
  store: DirectLineStore;
  limiters: { requests: RateLimiter; conversations: RateLimiter };
  /** Base URL of this server as seen from itself, e.g. http://127.0.0.1:3978 (known only once it listens). */
  selfUrl: () => string;
  logger: Logger;
}

export function registerDirectLine(server: Server, deps: DirectLineDeps): void {
  const { store, limiters, logger } = deps;
  const page = (handler: Handler, newConversation = false) =>
    guarded(logger, rateLimited(newConversation ? [limiters.requests, limiters.conversations] : [limiters.requests], noStore(handler)));
  const bot = (handler: Handler) => guarded(logger, fromThisMachine(handler));

  server.post(`${DIRECT_LINE_PATH}/conversations`, page(async (req, res) => {
    const grant = store.create(await userIdFromRequest(req));
    if (!grant) return sendJsonError(res, 503, 'The chat is busy right now. Please try again in a minute.', { 'Retry-After': '60' });
    res.json(201, { conversationId: grant.conversationId, token: grant.token, expires_in: grant.expiresIn, streamUrl: '' });
  }, true));

  // Web Chat calls this to reconnect; the answer has the same shape as a new conversation.
  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId`, page(async (req, res) => {
    const { conversationId, access } = authorize(store, req);
    res.json(200, { conversationId, token: bearerToken(req), expires_in: access.expiresIn, streamUrl: '' });
  }));

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, page(async (req, res) => {
    const grant = store.refresh(bearerToken(req));
    if (!grant) throw new HttpError(403, 'The token is not valid or has expired.');
    res.json(200, { conversationId: grant.conversationId, token: grant.token, expires_in: grant.expiresIn });
  }));

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, page(async (req, res) => {
    const { conversationId } = authorize(store, req);
    res.json(200, store.since(conversationId, watermarkOf(req)));
  }));

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, page(async (req, res) => {
    const { conversationId, access } = authorize(store, req);
    const body = await readJsonBody(req, MAX_BODY_BYTES);
    const fields = pageActivity(body);
    if (fields.type === 'typing') return void res.json(200, { id: '' });

    // The id is the one this conversation was given; only the display name comes from the page.
    const name = fieldOf(body, 'from', 'name');
    const from = { id: access.userId, ...(typeof name === 'string' ? { name } : {}), role: 'user' };
    const stored = store.append(conversationId, {
      ...fields,
      type: String(fields.type),
      channelId: 'webchat',
      conversation: { id: conversationId },
      from,
      recipient: { id: LOCAL_BOT_ID, name: BOT_NAME, role: 'bot' },
    });
    if (!stored) throw new HttpError(404, 'This conversation has ended.');

    const outcome = await forwardToBot(`${deps.selfUrl()}/api/messages`, { ...stored, serviceUrl: `${deps.selfUrl()}${DIRECT_LINE_PATH}` });
    if (outcome.status === 429) return sendJsonError(res, 429, 'You are sending messages too quickly. Please wait a moment.', { 'Retry-After': outcome.retryAfter ?? '5' });
    if (outcome.status >= 400 && outcome.status < 500) throw new HttpError(400, 'The assistant could not accept that message.');
    if (outcome.status >= 500 || outcome.status === 0) {
      logger.warn({ status: outcome.status }, 'the bot did not take a web chat activity');
      throw new HttpError(502, 'The assistant could not be reached. Please try again.');
    }
    res.json(200, { id: stored.id });
  }));

  // The bot's side: botbuilder's connector client posts replies to {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}].
  const botReply = bot(async (req, res) => {
    const conversationId = req.params.conversationId as string;
    if (!store.has(conversationId)) throw new HttpError(404, 'No such conversation (it may have expired).');
    const body = await readJsonBody(req, MAX_BODY_BYTES);
    if (!isRecord(body) || typeof body.type !== 'string' || !body.type) throw new HttpError(400, 'The body must be an activity with a "type".');
    const { serviceUrl: _serviceUrl, id: _id, timestamp: _timestamp, ...activity } = body;
    const replyToId = req.params.replyToId as string | undefined;
    const stored = store.append(conversationId, {
      ...activity,
      type: body.type,
      conversation: { id: conversationId },
      from: isRecord(activity.from) ? activity.from : { id: LOCAL_BOT_ID, name: BOT_NAME, role: 'bot' },
      ...(replyToId ? { replyToId } : {}),
    });
    if (!stored) throw new HttpError(404, 'No such conversation (it may have expired).');
    res.json(200, { id: stored.id });
  });
  server.post(`${DIRECT_LINE_PATH}/v3/conversations/:conversationId/activities`, botReply);
  server.post(`${DIRECT_LINE_PATH}/v3/conversations/:conversationId/activities/:replyToId`, botReply);
}

/** With the bot's authentication on, the local endpoint would accept unauthenticated replies: it answers 503 instead. */
export function registerDirectLineDisabled(server: Server): void {
  const disabled: Handler = async (_req, res) =>
    sendJsonError(
      res,
      503,
      'The local Direct Line endpoint works only while the bot runs without authentication (MicrosoftAppId empty). ' +
        'With MicrosoftAppId set, enable the Direct Line channel on the Azure Bot and set DIRECT_LINE_SECRET, so the page uses Azure\u2019s Direct Line.',
    );
  for (const path of [DIRECT_LINE_PATH, `${DIRECT_LINE_PATH}/*`]) {
    server.get(path, disabled);
    server.post(path, disabled);
  }
}

function authorize(store: DirectLineStore, req: Request) {
  const conversationId = req.params.conversationId as string;
  const access = store.access(conversationId, bearerToken(req));
  if (access.ok) return { conversationId, access };
  if (access.reason === 'unknown-conversation') throw new HttpError(404, 'No such conversation (it may have expired).');
  throw new HttpError(403, 'The token is not valid for this conversation, or has expired.');
}

function watermarkOf(req: Request): number {
  const raw = new URL(req.url ?? '/', 'http://local').searchParams.get('watermark') ?? '';
  if (raw === '') return 0;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new HttpError(400, 'The watermark must be a whole number from an earlier answer.');
  return value;
}

/** Keeps the fields a page may send, checking their shapes; anything else in the body is ignored. */
function pageActivity(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw new HttpError(400, 'The body must be a JSON object (an activity).');
  if (typeof body.type !== 'string' || !PAGE_TYPES.has(body.type)) throw new HttpError(400, `The activity's "type" must be one of: ${[...PAGE_TYPES].join(', ')}.`);
  const shapes: Record<string, (value: unknown) => boolean> = {
    text: (v) => typeof v === 'string',
    textFormat: (v) => typeof v === 'string',
    locale: (v) => typeof v === 'string',
    name: (v) => typeof v === 'string',
    channelData: isRecord,
    attachments: Array.isArray,
    entities: Array.isArray,
  };
  const activity: Record<string, unknown> = {};
  for (const field of PAGE_FIELDS) {
    if (body[field] === undefined) continue;
    if (shapes[field] && !shapes[field](body[field])) throw new HttpError(400, `The activity's "${field}" has the wrong type.`);
    activity[field] = body[field];
  }
  return activity;
}

function fieldOf(body: unknown, field: string, inner: string): unknown {
  return isRecord(body) && isRecord(body[field]) ? body[field][inner] : undefined;
}

/** Posts the activity to the bot the way a channel does; status 0 means it could not be reached at all. */
async function forwardToBot(url: string, activity: object): Promise<{ status: number; retryAfter?: string }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(FORWARD_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return { status: response.status, retryAfter: response.headers.get('retry-after') ?? undefined };
  } catch {
    return { status: 0 };
  }
}

/** The bot's reply routes take requests from this machine only, and not through a proxy (which would also look local). */
function fromThisMachine(handler: Handler): Handler {
  return async (req, res) => {
    const address = req.socket.remoteAddress ?? '';
    const local = address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
    if (!local || req.headers['x-forwarded-for'] || req.headers.forwarded) throw new HttpError(403, 'Only the bot on this server may post replies here.');
    return handler(req, res);
  };
}

/** Tokens travel in these answers: no caching anywhere. */
function noStore(handler: Handler): Handler {
  return async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    return handler(req, res);
  };
}
