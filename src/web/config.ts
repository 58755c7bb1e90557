// The web channel's settings, read from the environment given to startApp; every name here is in .env.example.
import { ConfigError, intSetting } from '../config';

export const AZURE_DIRECT_LINE = 'https://directline.botframework.com';

export interface WebConfig {
  /** Set: the page gets tokens from Azure's Direct Line channel. Unset: it talks to the local /v3/directline. */
  azure?: {
    secret: string;
    /** Origin of the Direct Line service (a regional one, or a stand-in in tests), without a trailing slash. */
    endpoint: string;
  };
  /** A local conversation nobody has polled or written to for this long is deleted. */
  idleMs: number;
  /** Most local conversations kept at once; past it, the least recently used one of the address holding most goes. */
  maxConversations: number;
  /** Most local conversations one client address holds; its least recently used goes to make room. */
  conversationsPerAddress: number;
  /** Megabytes (of activities' JSON) the local Direct Line keeps in all; least recently used conversations go past it. */
  maxMemoryMb: number;
  /** Requests per client address per minute, over /v3/directline and /api/directline/token together. */
  requestsPerMinute: number;
  /** New conversations (local ones and Azure tokens) per client address per minute. */
  conversationsPerMinute: number;
}

export function loadWebConfig(env: NodeJS.ProcessEnv): WebConfig {
  const secret = env.DIRECT_LINE_SECRET?.trim() ?? '';
  return {
    azure: secret ? { secret, endpoint: endpointSetting(env) } : undefined,
    idleMs: minutesSetting(env, 'DIRECT_LINE_IDLE_MINUTES', 30) * 60_000,
    maxConversations: intSetting(env, 'DIRECT_LINE_MAX_CONVERSATIONS', 10_000, 1, 1_000_000),
    conversationsPerAddress: intSetting(env, 'DIRECT_LINE_CONVERSATIONS_PER_ADDRESS', 100, 1, 1_000_000),
    maxMemoryMb: intSetting(env, 'DIRECT_LINE_MAX_MEMORY_MB', 64, 1, 100_000),
    requestsPerMinute: intSetting(env, 'WEB_REQUESTS_PER_MINUTE', 30_000, 1, 10_000_000),
    conversationsPerMinute: intSetting(env, 'WEB_CONVERSATIONS_PER_MINUTE', 600, 1, 1_000_000),
  };
}

/** Minutes, fractions allowed (0.05 is three seconds, which tests use), up to a week. */
function minutesSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 7 * 24 * 60) throw new ConfigError(name, `"${raw}" is not a number of minutes above 0 and at most 10080 (a week)`);
  return value;
}

/** https only, except plain http to this machine (a local stand-in for Azure). */
function endpointSetting(env: NodeJS.ProcessEnv): string {
  const raw = env.DIRECT_LINE_ENDPOINT?.trim() || AZURE_DIRECT_LINE;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DIRECT_LINE_ENDPOINT', `"${raw}" is not a URL`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new ConfigError('DIRECT_LINE_ENDPOINT', `"${raw}" must be an https URL (plain http only for 127.0.0.1 or localhost)`);
  }
  if (url.pathname !== '/' || url.search || url.hash) throw new ConfigError('DIRECT_LINE_ENDPOINT', `"${raw}" must be an origin only, like ${AZURE_DIRECT_LINE}`);
  return url.origin;
}
