// Bounded, shared fetches of the Bot Framework's signing keys. botframework-connector fetches its OpenID metadata with
// no time limit, and again for every request while it has no keys: a metadata endpoint that never answered held each
// request for minutes, and an unreachable one turned forged tokens into 500s with internal text.
import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata';
import { isRecord } from './http';

/** The signing keys could not be fetched; requests needing them are answered 503 (see BotFrameworkAuthentication). */
export class IdentityUnavailableError extends Error {
  constructor(
    /** What went wrong, for logs: "timeout", "unreachable", "status 404" or "bad-response". */
    readonly code: string,
  ) {
    super('The Bot Framework identity service could not be reached.');
    this.name = 'IdentityUnavailableError';
  }
}

/** The parts of botframework-connector's OpenIdMetadata that are replaced here (private there). */
interface MetadataInternals {
  url: string;
  keys?: unknown[];
  lastUpdated: number;
  refreshCache(): Promise<void>;
}

let timeoutMs = 5000;
/** One fetch at a time per metadata URL: concurrent requests wait for the same answer. */
const inFlight = new WeakMap<MetadataInternals, Promise<void>>();

/**
 * Replaces OpenIdMetadata's fetch with one that gives up after `ms` and is shared by concurrent callers. The class is
 * process-wide (botframework-connector caches one instance per URL), so the newest setting applies to every app.
 */
export function boundIdentityFetches(ms: number): void {
  timeoutMs = ms;
  const prototype = OpenIdMetadata.prototype as unknown as MetadataInternals;
  prototype.refreshCache = function (this: MetadataInternals) {
    let pending = inFlight.get(this);
    if (!pending) {
      pending = refresh(this).finally(() => inFlight.delete(this));
      inFlight.set(this, pending);
    }
    return pending;
  };
}

async function refresh(metadata: MetadataInternals): Promise<void> {
  const signal = AbortSignal.timeout(timeoutMs);
  const config = await getJson(metadata.url, signal);
  if (!isRecord(config) || typeof config.jwks_uri !== 'string') throw new IdentityUnavailableError('bad-response');
  const keys = await getJson(config.jwks_uri, signal);
  if (!isRecord(keys) || !Array.isArray(keys.keys)) throw new IdentityUnavailableError('bad-response');
  metadata.keys = keys.keys;
  metadata.lastUpdated = Date.now();
}

async function getJson(url: string, signal: AbortSignal): Promise<unknown> {
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) {
      await response.body?.cancel();
      throw new IdentityUnavailableError(`status ${response.status}`);
    }
    return await response.json();
  } catch (error) {
    if (error instanceof IdentityUnavailableError) throw error;
    if (signal.aborted) throw new IdentityUnavailableError('timeout');
    throw new IdentityUnavailableError(error instanceof SyntaxError ? 'bad-response' : 'unreachable');
  }
}
