// The web channel: the page, the settings it asks for, and its Direct Line (local, or Azure's through a token).
import type { Server } from 'restify';
import { ClientAddressOf } from '../clientAddress';
import { Logger } from '../log';
import { MessageIntake } from '../messages';
import { RateLimiter } from '../rateLimit';
import { loadWebConfig } from './config';
import { DIRECT_LINE_PATH, registerDirectLine, registerDirectLineDisabled } from './directLine';
import { DirectLineStore } from './directLineStore';
import { registerStatic } from './static';
import { registerTokenRoute, TOKEN_PATH } from './token';

export const WEB_CONFIG_PATH = '/api/web/config';

/** What the page is told at load: which Direct Line to use. */
export type PageConfig =
  | { mode: 'local'; domain: string }
  | { mode: 'azure'; tokenUrl: string; domain: string }
  | { mode: 'unavailable'; message: string };

export interface WebOptions {
  /** The environment given to startApp; the web settings are read from it (see config.ts). */
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Whether the bot checks Bot Framework credentials (MicrosoftAppId set): the local Direct Line cannot work then. */
  botAuthenticated: boolean;
  /** Where the local Direct Line hands the page's activities to the bot. */
  intake: MessageIntake;
  clientAddress: ClientAddressOf;
  /** MAX_MESSAGE_CHARS: the longest text the local Direct Line keeps for the page. */
  maxMessageChars: number;
}

/** Adds the web channel's routes; call it after createServer and before listen. Throws ConfigError on bad settings. */
export function registerWeb(server: Server, { env, logger, botAuthenticated, intake, clientAddress, maxMessageChars }: WebOptions): void {
  const config = loadWebConfig(env);
  const minute = 60_000;
  const limiters = {
    requests: new RateLimiter({ limit: config.requestsPerMinute, windowMs: minute }),
    conversations: new RateLimiter({ limit: config.conversationsPerMinute, windowMs: minute }),
  };

  const pageConfig: PageConfig = config.azure
    ? { mode: 'azure', tokenUrl: TOKEN_PATH, domain: `${config.azure.endpoint}${DIRECT_LINE_PATH}` }
    : botAuthenticated
      ? { mode: 'unavailable', message: 'The web chat is not set up on this server yet (it needs DIRECT_LINE_SECRET).' }
      : { mode: 'local', domain: DIRECT_LINE_PATH };
  server.get(WEB_CONFIG_PATH, (_req, res, next) => {
    res.header('Cache-Control', 'no-store');
    res.json(200, pageConfig);
    next();
  });

  registerStatic(server, { logger, connectOrigins: config.azure ? [config.azure.endpoint, config.azure.endpoint.replace(/^http/, 'ws')] : [] });
  if (config.azure) registerTokenRoute(server, { secret: config.azure.secret, endpoint: config.azure.endpoint, limiters, clientAddress, logger });

  if (botAuthenticated) {
    registerDirectLineDisabled(server);
    return;
  }
  const store = new DirectLineStore({
    idleMs: config.idleMs,
    maxConversations: config.maxConversations,
    maxPerAddress: config.conversationsPerAddress,
    maxTotalBytes: config.maxMemoryMb * 1024 * 1024,
  });
  registerDirectLine(server, { store, limiters, clientAddress, intake, maxMessageChars, logger });
}
