// State storage: the store the settings ask for (bounded memory, or Azure Blob Storage), with its health and shutdown.
import { Storage } from 'botbuilder';
import { StorageConfig } from '../config';
import { GuardedStorage, StorageHealth } from './guardedStorage';
import { BoundedMemoryStorage } from './memoryStorage';

export { storageFailure, StorageConflictError, StorageKeyError, StorageUnavailableError } from './errors';
export { forgetState, isForgotten, UserConversations, type Forgettable } from './forget';
export { GuardedStorage } from './guardedStorage';
export { BoundedMemoryStorage } from './memoryStorage';
export { ProcessedActivities } from './processedActivities';
export { runSavedTurn } from './savedTurn';
export { runTurn } from './turnBudget';
export { KeyedQueue } from './turnQueue';

/** A health check within this long of the last storage operation reuses its outcome instead of probing. */
const HEALTH_FRESH_MS = 1000;
/** /healthz waits this long at most for its probe, so it answers while the store hangs (well inside a load balancer's usual 5 s). */
const HEALTH_PROBE_MS = 2000;

export interface StorageStatus extends StorageHealth {
  kind: StorageConfig['kind'];
  [detail: string]: unknown;
}

export interface StateStore {
  /** What ConversationState and UserState use. */
  storage: GuardedStorage;
  health(): Promise<StorageStatus>;
  close(): void;
}

export interface StateStoreOptions {
  /** Wraps the real store inside the guard (tests use it to control how two instances interleave). */
  wrap?: (storage: Storage) => Storage;
}

export async function createStateStore(config: StorageConfig, { wrap = (s) => s }: StateStoreOptions = {}): Promise<StateStore> {
  if (config.kind === 'memory') {
    const memory = new BoundedMemoryStorage({ ttlMs: config.ttlMinutes * 60_000, maxEntries: config.maxEntries });
    const storage = new GuardedStorage(wrap(memory));
    return {
      storage,
      health: async () => ({ kind: config.kind, ...(await storage.health(HEALTH_FRESH_MS, HEALTH_PROBE_MS)), entries: memory.size }),
      close: () => memory.close(),
    };
  }
  // Loaded only when used: the Azure SDK adds 50-70 ms to every start-up.
  const { BlobStateStorage } = await import('./blobStorage');
  const storage = new GuardedStorage(wrap(new BlobStateStorage(config)));
  return {
    storage,
    // The container's name helps an operator; the connection string (with its key) is never shown.
    health: async () => ({ kind: config.kind, container: config.container, ...(await storage.health(HEALTH_FRESH_MS, HEALTH_PROBE_MS)) }),
    close: () => undefined,
  };
}
