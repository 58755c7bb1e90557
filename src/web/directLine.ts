// A local Direct Line 3.0 (polling) at /v3/directline, so Web Chat works with no Azure: the page's side, and the bot's replies.
//
// Page -> POST .../conversations/:id/activities -> checked, charged against the conversation's budget, stored, and handed
// to the bot inside this process (channelId "webchat", expectReplies) -> the replies are stored -> the page polls
// .../conversations/:id/activities?watermark=N. Only while the bot's authentication is off. Nothing reaches the bot over
// HTTP, so /api/messages can refuse every "webchat" activity from outside (see server.ts).
import type { Request, Response, Server } from 'restify';
import type { Activity } from 'botbuilder';
import { ClientAddressOf } from '../clientAddress';
import { activityProblem } from '../activityShape';
import { HttpError, isRecord, readJsonBody, sendJsonError } from '../http';
import { Logger } from '../log';
import { MessageIntake } from '../messages';
import { RateLimiter } from '../rateLimit';
import { MAX_BODY_BYTES } from '../server';
import { BOT_NAME } from '../text';
import { userIdFromRequest } from './browserUser';
import { Appended, DirectLineStore, NewActivity } from './directLineStore';
import { bearerToken, guarded, Handler, rateLimited } from './guard';

export const DIRECT_LINE_PATH = '/v3/directline';

/** The bot's id in the activities this endpoint hands over (Azure uses the bot's handle). */
export const LOCAL_BOT_ID = 'back-spasm-helper';

/**
 * Marks this process's own conversations; never contacted: a turn's replies come back in its answer, and what the
 * bot sends later (a reminder) is handed over by BotAdapter, for channel "webchat" only, which /api/messages refuses
 * from outside.
 */
const SERVICE_URL = `http://127.0.0.1${DIRECT_LINE_PATH}`;

/** Activity types a page may send. Typing is accepted and dropped, as Azure's polling API does. */
const PAGE_TYPES = new Set(['message', 'event', 'typing']);

/** Fields a page's activity may carry to the bot; id, from, recipient, conversation and serviceUrl are set here. */
const PAGE_FIELDS = ['type', 'text', 'textFormat', 'locale', 'name', 'value', 'channelData', 'attachments', 'entities'] as const;

/**
 * Everything but the text, serialised: Web Chat sends a few hundred bytes (channelData's client ids, an attachment's
 * name and blob URL). The text has its own cap, MAX_MESSAGE_CHARS.
 */
const MAX_PAGE_EXTRAS_CHARS = 8 * 1024;

export interface DirectLineDeps {
  store: DirectLineStore;
  limiters: { requests: RateLimiter; conversations: RateLimiter };
  clientAddress: ClientAddressOf;
  intake: MessageIntake;
  /** The longest text kept for the page (the bot still reads, and screens, all of a longer one). */
  maxMessageChars: number;
  logger: Logger;
}

export function registerDirectLine(server: Server, deps: DirectLineDeps): void {
  const { store, limiters, logger, clientAddress } = deps;
  const page = (handler: Handler, newConversation = false) =>
    guarded(logger, rateLimited(newConversation ? [limiters.requests, limiters.conversations] : [limiters.requests], clientAddress, noStore(handler)));

  server.post(`${DIRECT_LINE_PATH}/conversations`, page(async (req, res) => {
    const grant = store.create(clientAddress(req), await userIdFromRequest(req));
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
    const { activities, watermark } = store.since(conversationId, watermarkOf(req));
    // Kept as JSON text, so the page is written as stored.
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(`{"activities":[${activities.join(',')}],"watermark":${JSON.stringify(watermark)}}`);
  }));

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, page(async (req, res) => {
    const { conversationId, access } = authorize(store, req);
    const body = await readJsonBody(req, MAX_BODY_BYTES);
    const fields = pageActivity(body);
    if (fields.type === 'typing') return void res.json(200, { id: '' });

    // The id is the one this conversation was given; only the display name comes from the page.
    const name = fieldOf(body, 'from', 'name');
    const from = { id: access.userId, ...(typeof name === 'string' ? { name: name.slice(0, 100) } : {}), role: 'user' };
    const activity = {
      ...fields,
      type: String(fields.type),
      channelId: 'webchat',
      conversation: { id: conversationId },
      from,
      recipient: { id: LOCAL_BOT_ID, name: BOT_NAME, role: 'bot' },
    };
    let userActivityId = '';
    // Stored only once the bot takes it (authenticated, within the conversation's and user's budgets), before its turn
    // runs, so the page lists it before the replies. A longer text than the bot reads is kept cut (the bot gets all of it).
    const outcome = await deps.intake.handle({ ...activity, serviceUrl: SERVICE_URL } as Activity, '', (accepted) => {
      const appended = store.append(conversationId, { ...activity, ...(typeof fields.text === 'string' ? { text: cut(fields.text, deps.maxMessageChars) } : {}) });
      if (!appended.ok) throw new HttpError(404, 'This conversation has ended.');
      userActivityId = appended.id;
      accepted.id = appended.id;
    });
    if (outcome.kind === 'refused') {
      if (outcome.status === 429) return sendJsonError(res, 429, 'You are sending messages too quickly. Please wait a moment.', { 'Retry-After': String(outcome.retryAfter ?? 5) });
      logger.warn({ status: outcome.status }, 'the bot did not take a web chat activity');
      throw new HttpError(502, 'The assistant could not be reached. Please try again.');
    }
    res.json(200, { id: userActivityId });
  }));

  // The bot's sends to the page (replies as they are sent, typing indicators while a turn runs, a reminder later) are
  // handed over in-process and kept for the page's next poll.
  deps.intake.serveLocally({
    channelId: 'webchat',
    serviceUrl: SERVICE_URL,
    deliver: (activity) => {
      const kept = keepFromBot(store, activity.conversation?.id ?? '', activity as Record<string, unknown>);
      if (!kept.ok && kept.reason === 'gone') throw new HttpError(404, 'This conversation has ended.');
      return { id: kept.ok ? kept.id : '' };
    },
  });
}

/** Stores one of the bot's activities for the page. */
function keepFromBot(store: DirectLineStore, conversationId: string, activity: Record<string, unknown>): Appended {
  const { serviceUrl: _serviceUrl, id: _id, timestamp: _timestamp, ...rest } = activity;
  const from = isRecord(rest.from) ? rest.from : { id: LOCAL_BOT_ID, name: BOT_NAME, role: 'bot' };
  return store.append(conversationId, { ...rest, from, type: String(activity.type), conversation: { id: conversationId } } as NewActivity);
}

/** With the bot's authentication on, the local endpoint would hand the bot activities nobody signed: it answers 503 instead. */
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

/** Keeps the fields a page may send, checking their shapes and size; anything else in the body is ignored. */
function pageActivity(body: unknown): Record<string, unknown> {
  if (!isRecord(body)) throw new HttpError(400, 'The body must be a JSON object (an activity).');
  if (typeof body.type !== 'string' || !PAGE_TYPES.has(body.type)) throw new HttpError(400, `The activity's "type" must be one of: ${[...PAGE_TYPES].join(', ')}.`);
  const activity: Record<string, unknown> = {};
  for (const field of PAGE_FIELDS) {
    if (body[field] !== undefined) activity[field] = body[field];
  }
  // The same field types /api/messages insists on (the placeholders stand for what is set here).
  const problem = activityProblem({ ...activity, channelId: 'webchat', serviceUrl: SERVICE_URL, conversation: { id: '-' }, from: { id: '-' }, recipient: { id: '-' } });
  if (problem) throw new HttpError(400, problem);
  if (JSON.stringify({ ...activity, text: undefined }).length > MAX_PAGE_EXTRAS_CHARS) {
    throw new HttpError(413, `The activity is too large: apart from its text it may take ${MAX_PAGE_EXTRAS_CHARS} characters of JSON.`);
  }
  return activity;
}

function fieldOf(body: unknown, field: string, inner: string): unknown {
  return isRecord(body) && isRecord(body[field]) ? body[field][inner] : undefined;
}

/** The text as the page keeps it: at most `max` characters (the bot has read all of it). */
function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}\u2026`;
}

/** The replies in a turn's expectReplies answer. */
/** Tokens travel in these answers: no caching anywhere. */
function noStore(handler: Handler): Handler {
  return async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    return handler(req, res);
  };
}
