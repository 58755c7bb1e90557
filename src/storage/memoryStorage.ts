// The embedded state store: botbuilder's MemoryStorage semantics, bounded by idle expiry and a cap on entries.
import { Storage, StoreItems } from 'botbuilder';
import { StorageConflictError } from './errors';

export interface BoundedMemoryOptions {
  /** An entry not read or written for this long is gone. */
  ttlMs: number;
  /** Most entries kept; writing past it drops the least recently used. */
  maxEntries: number;
  /** How often expired entries are swept out (they are never returned once expired, swept or not). */
  sweepEveryMs?: number;
  /** Clock, replaceable in tests. */
  now?: () => number;
}

interface Entry {
  /** Stored as JSON, like MemoryStorage: every read hands out a fresh copy, and what cannot be serialised fails here, not in production. */
  json: string;
  eTag: string;
  touched: number;
}

export class BoundedMemoryStorage implements Storage {
  /** Kept in least-recently-used order (an entry is re-inserted when touched), so the oldest come first. */
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout;
  private nextETag = 1;

  constructor(private readonly options: BoundedMemoryOptions) {
    this.now = options.now ?? Date.now;
    this.timer = setInterval(() => this.sweep(), options.sweepEveryMs ?? Math.min(options.ttlMs, 60_000));
    // The sweep alone must never keep the process alive.
    this.timer.unref();
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.live(key);
      if (!entry) continue;
      this.touch(key, entry);
      items[key] = { ...JSON.parse(entry.json), eTag: entry.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const keys = Object.keys(changes);
    // Check every eTag before writing any, so a conflicting batch leaves the store as it was.
    for (const key of keys) {
      const eTag: unknown = changes[key]?.eTag;
      const current = this.live(key);
      if (current && typeof eTag === 'string' && eTag !== '*' && eTag !== '' && eTag !== current.eTag) throw new StorageConflictError(key);
    }
    for (const key of keys) {
      const { eTag: _ignored, ...value } = changes[key] as Record<string, unknown>;
      this.touch(key, { json: JSON.stringify(value), eTag: String(this.nextETag++), touched: 0 });
    }
    while (this.entries.size > this.options.maxEntries) this.dropOldest();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  /** Removes expired entries; the oldest come first, so it stops at the first live one. */
  sweep(): number {
    const cutoff = this.now() - this.options.ttlMs;
    let removed = 0;
    for (const [key, entry] of this.entries) {
      if (entry.touched > cutoff) break;
      this.entries.delete(key);
      removed += 1;
    }
    return removed;
  }

  get size(): number {
    return this.entries.size;
  }

  close(): void {
    clearInterval(this.timer);
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.touched <= this.now() - this.options.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private touch(key: string, entry: Entry): void {
    entry.touched = this.now();
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  private dropOldest(): void {
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }
}
