// Azure Blob Storage as bot state: one JSON blob per key, eTags for concurrency, and a client-side deadline on every call.
import { text } from 'node:stream/consumers';
import { ContainerClient } from '@azure/storage-blob';
import { Storage, StoreItem, StoreItems } from 'botbuilder';
import { ConfigError } from '../config';
import { StorageConflictError, StorageKeyError, StorageTimeoutError } from './errors';
import { withinBudget } from './turnBudget';

export interface BlobOptions {
  connectionString: string;
  container: string;
  /** How long the storage calls of one turn (reads, writes and deletes, retries included) may take in all. */
  timeoutMs: number;
}

/**
 * Written against the Azure SDK directly rather than botbuilder-azure-blobs' BlobsStorage, which passes no abort signal:
 * the SDK sends its own `tryTimeoutInMs` only as a hint to the server, so a store that accepts connections and never
 * answers held a turn (and /healthz) for minutes. Here every call carries an AbortSignal that tears the request down
 * at the deadline, and a timer settles the call then even if something ignores the signal.
 *
 * Blob names are those BlobsStorage used (empty path segments dropped, then URI-encoded, at most 1024 characters), so
 * state written by earlier versions is still found.
 */
export class BlobStateStorage implements Storage {
  private readonly container: ContainerClient;
  /** Creates the container on first use; forgotten after a failure, so that a store that was down (or a deleted container) is retried. */
  private ready?: Promise<unknown>;

  constructor(private readonly options: BlobOptions) {
    try {
      this.container = new ContainerClient(options.connectionString, options.container, {
        // The SDK's default retries for minutes; a person is waiting for the reply, so fail fast and apologise.
        retryOptions: { maxTries: 2, tryTimeoutInMs: options.timeoutMs, retryDelayInMs: 200, maxRetryDelayInMs: 1000 },
      });
    } catch {
      // The SDK's message can quote the connection string, key included: say only which setting is wrong.
      throw new ConfigError('BLOB_CONNECTION_STRING', 'is not a valid Azure Storage connection string');
    }
  }

  read(keys: string[]): Promise<StoreItems> {
    const names = keys.map(blobName);
    return this.call(async (abortSignal) => {
      const items: StoreItems = {};
      await Promise.all(
        keys.map(async (key, i) => {
          try {
            const blob = await this.container.getBlobClient(names[i]).download(0, undefined, { abortSignal });
            if (!blob.readableStreamBody) return;
            items[key] = { ...(JSON.parse(await text(blob.readableStreamBody)) as StoreItem), eTag: blob.etag };
          } catch (error) {
            if (statusOf(error) !== 404 || codeOf(error) === 'ContainerNotFound') throw error;
          }
        }),
      );
      return items;
    });
  }

  write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes).map(([key, item]) => ({ key, name: blobName(key), item: item as StoreItem }));
    return this.call(async (abortSignal) => {
      await Promise.all(
        entries.map(async ({ key, name, item }) => {
          const { eTag, ...value } = item;
          const json = JSON.stringify(value);
          try {
            await this.container.getBlockBlobClient(name).upload(json, Buffer.byteLength(json), {
              abortSignal,
              conditions: typeof eTag === 'string' && eTag !== '*' && eTag !== '' ? { ifMatch: eTag } : {},
              blobHTTPHeaders: { blobContentType: 'application/json' },
            });
          } catch (error) {
            if (statusOf(error) === 412) throw new StorageConflictError(key);
            throw error;
          }
        }),
      );
    });
  }

  delete(keys: string[]): Promise<void> {
    const names = keys.map(blobName);
    return this.call(async (abortSignal) => {
      await Promise.all(names.map((name) => this.container.deleteBlob(name, { abortSignal }).catch(ignoreNotFound)));
    });
  }

  /**
   * Runs one storage call within the deadline (what is left of the turn's budget, see turnBudget.ts): the container
   * first (once), then the call, both under one signal.
   */
  private async call<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    try {
      return await withinBudget(this.options.timeoutMs, async (signal) => {
        // Shared by the calls waiting for it, so under a signal of its own: one caller's deadline must not fail the others.
        // Its deadline can fall before a later caller's own: that caller then fails with a timeout too, not an AbortError.
        this.ready ??= this.container.createIfNotExists({ abortSignal: AbortSignal.timeout(this.options.timeoutMs) }).catch((error: unknown) => {
          throw error instanceof Error && error.name === 'AbortError' ? new StorageTimeoutError(this.options.timeoutMs) : error;
        });
        await this.ready;
        return run(signal);
      });
    } catch (error) {
      if (!(error instanceof StorageConflictError)) this.ready = undefined;
      throw error;
    }
  }
}

/** BlobsStorage's naming (see the class comment); a key that cannot be URI-encoded (a lone surrogate) is bad input. */
function blobName(key: string): string {
  const joined = key.split('/').reduce((acc, part, index) => (part ? [acc, part].join(index < 255 ? '/' : '') : acc));
  try {
    return encodeURIComponent(joined).slice(0, 1024);
  } catch {
    throw new StorageKeyError();
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function ignoreNotFound(error: unknown): void {
  if (statusOf(error) !== 404 || codeOf(error) === 'ContainerNotFound') throw error;
}
