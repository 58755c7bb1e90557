// Azure Blob Storage through botbuilder-azure-blobs' BlobsStorage, made to recover when the service comes back.
import { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { ConfigError } from '../config';

export interface BlobOptions {
  connectionString: string;
  container: string;
  /** One request's time limit; a failed request is tried once more after a short pause. */
  timeoutMs: number;
}

/**
 * BlobsStorage creates its container on first use and caches that promise, failure included: started while the
 * service was down, it would fail for ever. So after any failure other than an eTag conflict the next operation gets a
 * new BlobsStorage, which creates the container again if it has to (also when someone deleted it).
 */
export class ReconnectingBlobsStorage implements Storage {
  private current: BlobsStorage;

  constructor(private readonly options: BlobOptions) {
    this.current = this.connect();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.run((s) => s.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.run((s) => s.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.run((s) => s.delete(keys));
  }

  private async run<T>(operation: (storage: BlobsStorage) => Promise<T>): Promise<T> {
    const storage = this.current;
    try {
      return await operation(storage);
    } catch (error) {
      const conflict = error instanceof Error && /due to eTag conflict/.test(error.message);
      if (!conflict && this.current === storage) this.current = this.connect();
      throw error;
    }
  }

  private connect(): BlobsStorage {
    const { connectionString, container, timeoutMs } = this.options;
    try {
      return new BlobsStorage(connectionString, container, {
        // The SDK's default retries for minutes; a person is waiting for the reply, so fail fast and apologise.
        storagePipelineOptions: { retryOptions: { maxTries: 2, tryTimeoutInMs: timeoutMs, retryDelayInMs: 200, maxRetryDelayInMs: 1000 } },
      });
    } catch {
      // The SDK's message can quote the connection string, key included: say only which setting is wrong.
      throw new ConfigError('BLOB_CONNECTION_STRING', 'is not a valid Azure Storage connection string');
    }
  }
}
