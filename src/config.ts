// Reads and checks the environment once at start-up; every setting the server uses is named here and in .env.example.
import type { RemindersConfig } from './reminders';

export interface Config {
  port: number;
  /** Bot Framework identity; an empty app id means no authentication (the Emulator and local web chat). */
  auth: {
    MicrosoftAppType: string;
    MicrosoftAppId: string;
    MicrosoftAppPassword: string;
    MicrosoftAppTenantId: string;
  };
  logLevel: string;
  /** The longest message the assistant reads; longer ones get a kind "please shorten it". */
  maxMessageChars: number;
  /** How long a turn may take before the user sees a typing indicator (where the channel shows one). */
  typingDelayMs: number;
  /**
   * With authentication off, replies are posted only to a serviceUrl on this machine (the Emulator, the local web
   * chat), so an open server cannot be made to send requests elsewhere; true lifts that (an Emulator behind a tunnel).
   */
  allowRemoteServiceUrls: boolean;
  /** With authentication off, /api/messages answers clients on this machine only unless this is true. */
  allowRemoteClients: boolean;
  /** Where conversation and user state live (see src/storage). */
  storage: StorageConfig;
  /**
   * Messages allowed per minute on /api/messages, per conversation and per user once the request is authenticated
   * (Azure's Bot Connector sends everyone's traffic from a few addresses, so valid traffic is never counted per address).
   */
  rateLimits: {
    perConversation: number;
    perUser: number;
    /**
     * Per client address, checked before authentication: with an app id, requests whose token fails (a token-less
     * flood); without one, every request from another machine.
     */
    perAddress: number;
  };
  /** How long fetching the Bot Framework's signing keys may take before a request is answered 503. */
  identityTimeoutMs: number;
  /** Bot Framework endpoint overrides (sovereign clouds, private deployments); empty for the public cloud. */
  botFrameworkEndpoints: Partial<Record<BotFrameworkEndpoint, string>>;
  /** The heat and ice timer and the check-in: in memory, or on Azure Queue Storage with STORAGE=blob. */
  reminders: RemindersConfig;
}

export type StorageConfig =
  | {
      kind: 'memory';
      /** Idle conversations and users are forgotten after this many minutes. */
      ttlMinutes: number;
      /** Most entries kept; the least recently used go first. */
      maxEntries: number;
    }
  | {
      kind: 'blob';
      /** Never logged or shown: it holds the account key. */
      connectionString: string;
      container: string;
      /** How long one storage request may take before it counts as failed. */
      timeoutMs: number;
    };

/** botbuilder's own settings for non-public clouds; with any of them set, all of them must be (botbuilder then uses exactly these). */
const BOT_FRAMEWORK_ENDPOINTS = [
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'ToBotFromChannelTokenIssuer',
  'OAuthUrl',
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromEmulatorOpenIdMetadataUrl',
] as const;
export type BotFrameworkEndpoint = (typeof BOT_FRAMEWORK_ENDPOINTS)[number];

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Setting ${variable}: ${problem}. See .env.example for what it takes.`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];

export function booleanSetting(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `"${env[name]}" is not true or false`);
}

export function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(name, `"${raw}" is not a whole number from ${min} to ${max}`);
  return value;
}

/** A setting that may have decimals, e.g. STATE_TTL_MINUTES=0.5 for a 30-second expiry in a test or benchmark. */
function numberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new ConfigError(name, `"${raw}" is not a number from ${min} to ${max}`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const appType = env.MicrosoftAppType?.trim() || 'MultiTenant';
  if (!APP_TYPES.includes(appType)) throw new ConfigError('MicrosoftAppType', `"${appType}" is not one of ${APP_TYPES.join(', ')}`);
  const appId = env.MicrosoftAppId?.trim() ?? '';
  const password = env.MicrosoftAppPassword?.trim() ?? '';
  if (appId && !password && appType !== 'UserAssignedMSI') throw new ConfigError('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `"${logLevel}" is not one of ${LOG_LEVELS.join(', ')}`);
  return {
    port: intSetting(env, 'PORT', 3978, 0, 65535),
    auth: {
      MicrosoftAppType: appType,
      MicrosoftAppId: appId,
      MicrosoftAppPassword: password,
      MicrosoftAppTenantId: env.MicrosoftAppTenantId?.trim() ?? '',
    },
    logLevel,
    maxMessageChars: intSetting(env, 'MAX_MESSAGE_CHARS', 2000, 100, 100_000),
    typingDelayMs: intSetting(env, 'TYPING_DELAY_MS', 400, 0, 10_000),
    allowRemoteServiceUrls: booleanSetting(env, 'ALLOW_REMOTE_SERVICE_URLS', false),
    allowRemoteClients: booleanSetting(env, 'ALLOW_REMOTE_CLIENTS', false),
    storage: storageConfig(env),
    rateLimits: {
      perConversation: intSetting(env, 'RATE_LIMIT_MESSAGES_PER_MINUTE', 60, 1, 100_000),
      perUser: intSetting(env, 'RATE_LIMIT_USER_MESSAGES_PER_MINUTE', 120, 1, 100_000),
      perAddress: intSetting(env, 'RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE', 120, 1, 100_000),
    },
    identityTimeoutMs: intSetting(env, 'IDENTITY_TIMEOUT_MS', 5000, 100, 60_000),
    botFrameworkEndpoints: botFrameworkEndpoints(env),
    reminders: remindersConfig(env),
  };
}

/** With Blob state, reminders go on Azure Queue Storage (same account unless QUEUE_CONNECTION_STRING says otherwise). */
function remindersConfig(env: NodeJS.ProcessEnv): RemindersConfig {
  const common = {
    timeScale: numberSetting(env, 'REMINDER_TIME_SCALE', 1, 0.00001, 1),
    maxPerUser: intSetting(env, 'REMINDER_MAX_PER_USER', 3, 1, 20),
  };
  if ((env.STORAGE?.trim().toLowerCase() || 'memory') !== 'blob') return { ...common, store: { kind: 'memory' } };
  const connectionString = env.QUEUE_CONNECTION_STRING?.trim() || env.BLOB_CONNECTION_STRING?.trim() || '';
  // Only the shape is checked; the value is never echoed (it holds the account key). A string that lists its own
  // endpoints (Azurite, private endpoints) must list the queue's; with only an account name the SDK derives it.
  const endpoints = /(?:Blob|Queue|Table|File)Endpoint=/i.test(connectionString);
  const queue = endpoints ? /QueueEndpoint=/i.test(connectionString) : /AccountName=|UseDevelopmentStorage=true/i.test(connectionString);
  if (!queue) throw new ConfigError('QUEUE_CONNECTION_STRING', 'is required when STORAGE=blob and BLOB_CONNECTION_STRING has no QueueEndpoint');
  return {
    ...common,
    store: {
      kind: 'queue',
      connectionString,
      queueName: storageName(env, 'REMINDER_QUEUE', 'bot-reminders', 'queue'),
      container: storageName(env, 'REMINDER_CONTAINER', 'bot-reminders'),
      leaseSeconds: intSetting(env, 'REMINDER_LEASE_SECONDS', 60, 1, 3600),
      pollMs: Math.round(numberSetting(env, 'REMINDER_POLL_SECONDS', 5, 0.05, 300) * 1000),
      // What a turn waits for the queue and the schedules' blobs: the state store's budget, shared with it.
      timeoutMs: intSetting(env, 'STORAGE_TIMEOUT_MS', 5000, 100, 120_000),
    },
  };
}

const STORAGE_KINDS: StorageConfig['kind'][] = ['memory', 'blob'];
/** Azure's rule for container names: 3-63 lowercase letters, digits and single hyphens, starting with a letter or digit. */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9]))*$/;

function storageConfig(env: NodeJS.ProcessEnv): StorageConfig {
  const kind = env.STORAGE?.trim().toLowerCase() || 'memory';
  if (!STORAGE_KINDS.some((k) => k === kind)) throw new ConfigError('STORAGE', `"${kind}" is not one of ${STORAGE_KINDS.join(', ')}`);
  if (kind === 'memory') {
    return {
      kind,
      ttlMinutes: numberSetting(env, 'STATE_TTL_MINUTES', 60, 0.01, 60 * 24 * 30),
      maxEntries: intSetting(env, 'STATE_MAX_ENTRIES', 20_000, 100, 10_000_000),
    };
  }
  const connectionString = env.BLOB_CONNECTION_STRING?.trim() ?? '';
  if (!connectionString) throw new ConfigError('BLOB_CONNECTION_STRING', 'is required when STORAGE=blob');
  // Only the shape is checked here; the value itself is never echoed, since it holds the account key.
  if (!/AccountName=|BlobEndpoint=|UseDevelopmentStorage=true/i.test(connectionString)) {
    throw new ConfigError('BLOB_CONNECTION_STRING', 'does not look like an Azure Storage connection string (no AccountName= or BlobEndpoint=)');
  }
  const container = storageName(env, 'BLOB_CONTAINER', 'bot-state');
  return { kind: 'blob', connectionString, container, timeoutMs: intSetting(env, 'STORAGE_TIMEOUT_MS', 5000, 100, 120_000) };
}

/** A container or queue name: Azure's rules are the same for both. */
function storageName(env: NodeJS.ProcessEnv, name: string, fallback: string, what: 'container' | 'queue' = 'container'): string {
  const value = env[name]?.trim() || fallback;
  if (!CONTAINER_NAME.test(value)) throw new ConfigError(name, `"${value}" is not a valid ${what} name (3-63 lowercase letters, digits and single hyphens)`);
  return value;
}

function botFrameworkEndpoints(env: NodeJS.ProcessEnv): Partial<Record<BotFrameworkEndpoint, string>> {
  const set = BOT_FRAMEWORK_ENDPOINTS.filter((name) => env[name]?.trim());
  if (set.length === 0) return {};
  const missing = BOT_FRAMEWORK_ENDPOINTS.filter((name) => !set.includes(name));
  if (missing.length > 0) throw new ConfigError(missing[0], `is required when any of ${BOT_FRAMEWORK_ENDPOINTS.join(', ')} is set`);
  return Object.fromEntries(set.map((name) => [name, env[name]?.trim() ?? '']));
}
