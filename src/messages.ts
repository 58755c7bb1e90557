// The one way into a bot turn, for /api/messages and the local web chat alike: authenticate, charge the conversation's
// and the user's budgets (only once the request is authenticated, so nobody can spend someone else's), run the turn.
import {
  Activity, ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, InvokeResponse, ResourceResponse, StatusCodes, TurnContext,
} from 'botbuilder';
import { AuthenticateRequestResult, AuthenticationError } from 'botframework-connector';
import { IdentityUnavailableError } from './identityMetadata';
import { Logger } from './log';
import { RateLimiter } from './rateLimit';

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

/** A channel served inside this process (the local web chat): what the bot sends there is handed over, not posted. */
export interface LocalChannel {
  /** The channel id and serviceUrl its activities carry; only this process hands those to the bot (see server.ts). */
  channelId: string;
  serviceUrl: string;
  /** Stores one activity for the channel's page; throws when its conversation is gone. */
  deliver(activity: Partial<Activity>): ResourceResponse;
}

/**
 * CloudAdapter with its turn runner reachable, so authentication and rate limits can come in between, and with
 * sends to a local channel handed over in-process (a proactive reminder to the local web chat, say).
 */
export class BotAdapter extends CloudAdapter {
  private local?: LocalChannel;

  runTurn(auth: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }

  serveLocally(channel: LocalChannel): void {
    this.local = channel;
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const { local } = this;
    // With expectReplies the replies travel back in the turn's answer, as for any channel.
    const { channelId, serviceUrl, deliveryMode } = context.activity;
    if (!local || channelId !== local.channelId || serviceUrl !== local.serviceUrl || deliveryMode === 'expectReplies') {
      return super.sendActivities(context, activities);
    }
    return activities.map((activity) => local.deliver(activity));
  }
}

/** Per-minute budgets, keyed by channel and conversation id, and by channel and user id. */
export interface MessageLimits {
  perConversation: RateLimiter;
  perUser: RateLimiter;
}

/** What the caller answers: the turn's invoke response (expectReplies carries the replies), or a refusal. */
export type Outcome =
  | { kind: 'done'; status: number; body?: unknown }
  | { kind: 'refused'; status: 401 | 429 | 503 | 500; message: string; retryAfter?: number };

export interface IntakeDeps {
  adapter: BotAdapter;
  auth: BotFrameworkAuthentication;
  bot: ActivityHandler;
  logger: Logger;
  limits?: MessageLimits;
}

export const REFUSALS = {
  401: 'The request is not authorised.',
  429: 'Too many messages in a short time; please wait a moment and try again.',
  503: 'The assistant cannot check who is calling right now. Please try again in a minute.',
  500: 'The message could not be processed.',
} as const;

export class MessageIntake {
  constructor(private readonly deps: IntakeDeps) {}

  /** Hands what the bot sends to `channel` over in-process (see BotAdapter). */
  serveLocally(channel: LocalChannel): void {
    this.deps.adapter.serveLocally(channel);
  }

  /**
   * Runs one activity end to end; `authHeader` is empty for the local web chat (authentication is off then).
   * `onAccepted` runs once the activity is authenticated and within its budgets, just before its turn.
   */
  async handle(activity: Activity, authHeader: string, onAccepted?: (activity: Activity) => void): Promise<Outcome> {
    const { logger } = this.deps;
    let auth: AuthenticateRequestResult;
    try {
      auth = await this.deps.auth.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof AuthenticationError && error.statusCode !== StatusCodes.INTERNAL_SERVER_ERROR) return { kind: 'refused', status: 401, message: REFUSALS[401] };
      // The keys could not be fetched: nothing is known about the caller, and nothing internal is repeated to them.
      const code = error instanceof IdentityUnavailableError ? error.code : error instanceof Error ? error.name : 'unknown';
      logger.warn({ code }, 'could not authenticate: identity service unavailable');
      return { kind: 'refused', status: 503, message: REFUSALS[503] };
    }
    const retryAfter = this.overLimit(activity);
    if (retryAfter > 0) {
      logger.warn({ channel: activity.channelId, retryAfter }, 'message rate limit reached');
      return { kind: 'refused', status: 429, message: REFUSALS[429], retryAfter };
    }
    onAccepted?.(activity);
    try {
      const response = await this.deps.adapter.runTurn(auth, activity, (context) => this.deps.bot.run(context));
      return { kind: 'done', status: response?.status ?? StatusCodes.OK, body: response?.body };
    } catch (error) {
      logger.error({ error: error instanceof Error ? error.name : 'unknown' }, 'message processing failed');
      return { kind: 'refused', status: 500, message: REFUSALS[500] };
    }
  }

  /** Seconds until this activity's conversation and user may send again; 0 when both are within their budgets. */
  private overLimit(activity: Activity): number {
    const { limits } = this.deps;
    if (!limits) return 0;
    const decisions = [
      limits.perConversation.hit(`${activity.channelId}/${activity.conversation.id}`),
      limits.perUser.hit(`${activity.channelId}/${activity.from.id}`),
    ];
    return Math.max(0, ...decisions.map((d) => (d.allowed ? 0 : d.retryAfterSeconds)));
  }
}
