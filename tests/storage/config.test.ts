// The storage, rate-limit and Bot Framework endpoint settings: defaults, and clear errors naming the setting.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

const DEV =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;';

describe('storage settings', () => {
  it('keeps bounded state in memory by default, with generous message limits', () => {
    const config = loadConfig({});
    expect(config.storage).toEqual({ kind: 'memory', ttlMinutes: 60, maxEntries: 20_000 });
    expect(config.rateLimits).toEqual({ perConversation: 60, perUser: 120, perAddress: 120 });
    expect(config.botFrameworkEndpoints).toEqual({});
  });

  it('takes a fraction of a minute as the idle expiry (for tests and benchmarks)', () => {
    expect(loadConfig({ STATE_TTL_MINUTES: '0.05' }).storage).toMatchObject({ ttlMinutes: 0.05 });
  });

  it('reads the Blob settings, with a default container', () => {
    expect(loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: DEV }).storage).toEqual({
      kind: 'blob',
      connectionString: DEV,
      container: 'bot-state',
      timeoutMs: 5000,
    });
    expect(loadConfig({ STORAGE: 'Blob', BLOB_CONNECTION_STRING: DEV, BLOB_CONTAINER: 'my-bot-2' }).storage).toMatchObject({ container: 'my-bot-2' });
  });

  it.each([
    [{ STORAGE: 'redis' }, 'STORAGE', /"redis" is not one of memory, blob/],
    [{ STORAGE: 'blob' }, 'BLOB_CONNECTION_STRING', /required when STORAGE=blob/],
    [{ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'https://example.blob.core.windows.net' }, 'BLOB_CONNECTION_STRING', /does not look like/],
    [{ STORAGE: 'blob', BLOB_CONNECTION_STRING: DEV, BLOB_CONTAINER: 'Bot_State' }, 'BLOB_CONTAINER', /not a valid container name/],
    [{ STORAGE: 'blob', BLOB_CONNECTION_STRING: DEV, BLOB_CONTAINER: 'a--b' }, 'BLOB_CONTAINER', /not a valid container name/],
    [{ STORAGE: 'blob', BLOB_CONNECTION_STRING: DEV, STORAGE_TIMEOUT_MS: '10' }, 'STORAGE_TIMEOUT_MS', /100 to 120000/],
    [{ STATE_TTL_MINUTES: '0' }, 'STATE_TTL_MINUTES', /not a number from 0.01/],
    [{ STATE_MAX_ENTRIES: 'lots' }, 'STATE_MAX_ENTRIES', /whole number/],
    [{ RATE_LIMIT_MESSAGES_PER_MINUTE: '-1' }, 'RATE_LIMIT_MESSAGES_PER_MINUTE', /whole number/],
    [{ RATE_LIMIT_USER_MESSAGES_PER_MINUTE: '1.5' }, 'RATE_LIMIT_USER_MESSAGES_PER_MINUTE', /whole number/],
    [{ ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1/openid' }, 'ToChannelFromBotLoginUrl', /required when any of/],
  ])('rejects %o, naming %s', (env, name, problem) => {
    const attempt = () => loadConfig(env);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^Setting ${name}: `));
    expect(attempt).toThrow(problem);
  });

  it('never repeats the connection string (it holds the account key) in an error', () => {
    const secret = 'DefaultEndpointsProtocol=https;AccountKey=c2VjcmV0;EndpointSuffix=core.windows.net';
    expect(() => loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: secret })).toThrow(/^(?!.*c2VjcmV0)/);
  });
});
