// Composition: config -> knowledge -> storage -> adapter -> bot -> server. index.ts starts it; tests start it on a free port.
import './regexpTier';
import './connectorEntities';
import { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthenticationOptions, ConversationState, ShowTypingMiddleware, Storage, UserState } from 'botbuilder';
import { Server } from 'restify';
import { guidedDialogs } from '../dialogs';
import { MainDialog } from '../dialogs/mainDialog';
import { PASSAGE_ACTIONS, Reminders } from '../dialogs/reminders';
import { Responder } from '../dialogs/responder';
import { BackSpasmBot } from './bot';
import { clientAddressSetting } from './clientAddress';
import { Config, loadConfig } from './config';
import { drainable } from './drain';
import { boundIdentityFetches } from './identityMetadata';
import { loadKnowledge, SearchIndex } from './knowledge';
import { createLogger, Logger } from './log';
import { KNOWLEDGE_DIR } from './paths';
import { RateLimiter } from './rateLimit';
import { BotAdapter, BotFrameworkAuthentication, MessageIntake } from './messages';
import { Clock, createScheduler, systemClock } from './reminders';
import { createServer, isLoopbackUrl } from './server';
import { createStateStore, StateStoreOptions, UserConversations } from './storage';
import { ERROR_APOLOGY } from './text';
import { warmUp } from './warmUp';
import { registerWeb } from './web';

export interface App {
  server: Server;
  config: Config;
  logger: Logger;
  search: SearchIndex;
  storage: Storage;
  /** The port it listens on (useful when started on port 0). */
  port: number;
  close(): Promise<void>;
}

export interface AppOptions {
  env?: NodeJS.ProcessEnv;
  /** Overrides the configured port, e.g. 0 for a free one in tests. */
  port?: number;
  logger?: Logger;
  /** Wraps the configured store (tests use it to make two instances' turns interleave). */
  wrapStorage?: StateStoreOptions['wrap'];
  /** The reminders' clock (tests move it on instead of waiting 20 minutes). */
  clock?: Clock;
}

export async function startApp(options: AppOptions = {}): Promise<App> {
  const config = loadConfig(options.env ?? process.env);
  const clientAddress = clientAddressSetting(options.env ?? process.env);
  const logger = options.logger ?? createLogger(config.logLevel);
  const started = Date.now();

  const knowledge = loadKnowledge(KNOWLEDGE_DIR);
  const search = new SearchIndex(knowledge);
  const warmUpMs = warmUp(search);

  const store = await createStateStore(config.storage, { wrap: options.wrapStorage });
  const { storage } = store;
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const conversations = new UserConversations(userState, conversationState, storage);
  // Creates the Blob container if it is missing; an unreachable store is logged and reported by /healthz, not fatal.
  const storageAtStart = await store.health();
  if (!storageAtStart.ok) logger.warn({ storage: storageAtStart }, 'state storage unavailable at start-up');

  boundIdentityFetches(config.identityTimeoutMs);
  const auth = new BotFrameworkAuthentication({ ...config.auth, ...config.botFrameworkEndpoints } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new BotAdapter(auth);
  const typing = new ShowTypingMiddleware(config.typingDelayMs, 2000);
  // With expectReplies the replies travel in the HTTP response: a typing indicator would be POSTed to the serviceUrl,
  // which need not exist, and its failure would reach onTurnError and add an apology to a turn that went fine.
  adapter.use(async (context, next) => (context.activity.deliveryMode === 'expectReplies' ? next() : typing.onTurn(context, next)));
  adapter.onTurnError = async (context, error) => {
    // Never the message, nor the error's text (a channel's error can quote what the user wrote): what failed, and where.
    logger.error({ error: error.name, ...errorCodes(error), channel: context.activity.channelId }, 'turn failed');
    try {
      await context.sendActivity(ERROR_APOLOGY);
    } catch (sendError) {
      logger.warn({ error: sendError instanceof Error ? sendError.name : 'unknown' }, 'could not send the apology');
    }
  };

  const loopbackServiceUrlsOnly = config.auth.MicrosoftAppId === '' && !config.allowRemoteServiceUrls;
  const clock = options.clock ?? systemClock;
  // A failed step (channel unreachable, queue or Blob down) is retried or dropped by the scheduler; only its cause is logged.
  const scheduler = await createScheduler(config.reminders, clock, (error) =>
    logger.warn({ error: error instanceof Error ? error.name : 'unknown', code: (error as { code?: unknown }).code }, 'reminder step failed'),
  );
  const reminders = new Reminders(scheduler, {
    clock,
    timeScale: config.reminders.timeScale,
    maxPerUser: config.reminders.maxPerUser,
    // A reminder is posted like a reply: with authentication off, only to a serviceUrl on this machine.
    canReach: (activity) => !loopbackServiceUrlsOnly || isLoopbackUrl(String(activity.serviceUrl)),
  });
  // Proactive delivery: the stored conversation reference, through the adapter with the app's own credentials
  // (none for the Emulator and the local web chat; the app id and secret for Teams and Azure's Direct Line).
  scheduler.start((record, index) =>
    adapter.continueConversationAsync(config.auth.MicrosoftAppId, record.reference, async (context) => {
      await context.sendActivity(reminders.stepActivity(record, index, context.activity.channelId));
    }),
  );

  const responder = new Responder(search, PASSAGE_ACTIONS);
  const mainDialog = new MainDialog(responder, guidedDialogs(responder, userState, conversationState, [conversations, reminders.forgettable]), reminders);
  const bot = new BackSpasmBot(conversationState, userState, mainDialog, responder, { maxMessageChars: config.maxMessageChars, logger, conversations });
  const minute = 60_000;

  const intake = new MessageIntake({
    adapter,
    auth,
    bot,
    logger,
    limits: {
      perConversation: new RateLimiter({ limit: config.rateLimits.perConversation, windowMs: minute }),
      perUser: new RateLimiter({ limit: config.rateLimits.perUser, windowMs: minute }),
    },
  });
  const authenticated = config.auth.MicrosoftAppId !== '';
  const server = createServer({
    intake,
    logger,
    clientAddress,
    health: async () => ({ knowledge: { ok: true, passages: knowledge.passages.length }, storage: await store.health() }),
    perAddress: new RateLimiter({ limit: config.rateLimits.perAddress, windowMs: minute }),
    open: authenticated ? undefined : { allowRemoteClients: config.allowRemoteClients, allowRemoteServiceUrls: config.allowRemoteServiceUrls },
  });
  registerWeb(server, { env: options.env ?? process.env, logger, botAuthenticated: authenticated, intake, clientAddress, maxMessageChars: config.maxMessageChars });
  const drain = drainable(server.server);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? config.port, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, passages: knowledge.passages.length, storage: config.storage.kind, ms: Date.now() - started, warmUpMs, auth: config.auth.MicrosoftAppId ? 'on' : 'off' }, 'listening');

  return {
    server,
    config,
    logger,
    search,
    storage,
    port,
    close: async () => {
      await drain();
      store.close();
      await scheduler.close();
    },
  };
}

/** The machine-readable parts of an error (botbuilder's RestError has code and statusCode), never its message. */
function errorCodes(error: Error): { code?: unknown; status?: unknown } {
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  return { code, status: statusCode };
}
