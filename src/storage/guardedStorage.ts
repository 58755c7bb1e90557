// Wraps the real store: optimistic concurrency for bot state, failures sorted into "conflict" and "unavailable", and health.
import { Storage, StoreItem, StoreItems } from 'botbuilder';
import { isConflict, StorageConflictError, StorageKeyError, StorageUnavailableError } from './errors';

export interface StorageHealth {
  ok: boolean;
  /** Why the last operation failed (an error code, never a message), while it is failing. */
  error?: string;
  /** When it started failing (ISO), while it is failing. */
  since?: string;
}

/**
 * botbuilder's BotState writes every change with eTag "*" (last writer wins), so two instances could both save a turn
 * taken from the same state. This store remembers the eTag of every item it hands out and writes the item back with
 * that eTag instead, so the second save fails with StorageConflictError and the turn can be re-run on fresh state.
 * BotState writes the very object it read (no copy), which is what makes the lookup by identity work. A brand-new item
 * (read as absent) is written unconditionally: BlobsStorage cannot express "create only if absent".
 */
export class GuardedStorage implements Storage {
  private readonly readETags = new WeakMap<object, string>();
  private state: { ok: boolean; at: number; error?: string; since?: number } = { ok: true, at: 0 };
  private probing?: Promise<void>;

  constructor(
    readonly inner: Storage,
    private readonly now: () => number = Date.now,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.guard('read', () => this.inner.read(keys));
    for (const item of Object.values(items) as StoreItem[]) {
      if (item && typeof item === 'object' && typeof item.eTag === 'string' && item.eTag !== '*') this.readETags.set(item, item.eTag);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const written = Object.values(changes) as StoreItem[];
    const conditional: StoreItems = {};
    for (const [key, item] of Object.entries(changes) as [string, StoreItem][]) {
      const readETag = item && typeof item === 'object' ? this.readETags.get(item) : undefined;
      conditional[key] = readETag && (item.eTag === '*' || item.eTag === undefined) ? { ...item, eTag: readETag } : item;
    }
    await this.guard('write', () => this.inner.write(conditional));
    // The store does not say which eTag it gave the new version: a second save in the same turn is unconditional.
    for (const item of written) if (item && typeof item === 'object') this.readETags.delete(item);
  }

  async delete(keys: string[]): Promise<void> {
    await this.guard('delete', () => this.inner.delete(keys));
  }

  /**
   * The store's health from the latest operation, probing it (one read) when that is older than `freshMs`. A probe
   * still running after `deadlineMs` is reported as a timeout, so /healthz answers even while the store hangs.
   */
  async health(freshMs: number, deadlineMs: number): Promise<StorageHealth> {
    if (this.now() - this.state.at >= freshMs) {
      // Concurrent health checks share one probe.
      this.probing ??= this.read(['healthz-probe']).then(
        () => undefined,
        () => undefined,
      ).finally(() => (this.probing = undefined));
      let timer: NodeJS.Timeout | undefined;
      const answered = await Promise.race([
        this.probing.then(() => true),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), deadlineMs))),
      ]);
      clearTimeout(timer);
      if (!answered) return { ok: false, error: 'TIMEOUT', since: new Date(this.state.ok ? this.now() : (this.state.since ?? this.now())).toISOString() };
    }
    const { ok, error, since } = this.state;
    return ok ? { ok } : { ok, error, since: since === undefined ? undefined : new Date(since).toISOString() };
  }

  private async guard<T>(operation: 'read' | 'write' | 'delete', run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      this.state = { ok: true, at: this.now() };
      return result;
    } catch (error) {
      if (isConflict(error)) {
        // A conflict is an answer from a working store.
        this.state = { ok: true, at: this.now() };
        throw error instanceof StorageConflictError ? error : new StorageConflictError(conflictKey(error));
      }
      // The caller's bad key says nothing about the store.
      if (error instanceof StorageKeyError) throw error;
      const failure = new StorageUnavailableError(operation, error);
      this.state = { ok: false, at: this.now(), error: failure.reason, since: this.state.ok ? this.now() : this.state.since };
      throw failure;
    }
  }
}

function conflictKey(error: unknown): string {
  const match = error instanceof Error ? /writing "([^"]*)"/.exec(error.message) : null;
  return match?.[1] ?? 'unknown';
}
