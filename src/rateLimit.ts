// A keyed fixed-window rate limiter, bounded in memory: used per conversation on /api/messages, per address elsewhere.

export interface RateLimitOptions {
  /** Requests allowed per key in one window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** Most keys remembered at once; the oldest windows are dropped first. */
  maxKeys?: number;
  /** Clock, replaceable in tests. */
  now?: () => number;
}

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the key may try again (for the Retry-After header); 0 when allowed. */
  retryAfterSeconds: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  hit(key: string): RateDecision {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.options.windowMs) {
      if (window) this.windows.delete(key);
      this.dropExpired(now);
      window = { start: now, count: 0 };
      if (this.windows.size >= this.maxKeys) this.dropOldest();
      // Re-inserting keeps the map in window-start order, so the oldest is always first.
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.options.limit) return { allowed: true, retryAfterSeconds: 0 };
    return this.refusal(window.start, now);
  }

  /** The decision hit() would give, without counting this request (for budgets charged only by failures). */
  peek(key: string): RateDecision {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.options.windowMs || window.count < this.options.limit) return { allowed: true, retryAfterSeconds: 0 };
    return this.refusal(window.start, now);
  }

  private refusal(windowStart: number, now: number): RateDecision {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + this.options.windowMs - now) / 1000)) };
  }

  get size(): number {
    return this.windows.size;
  }

  /** Forgets windows that have ended: the map is in window-start order, so they are at the front. */
  private dropExpired(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start < this.options.windowMs) break;
      this.windows.delete(key);
    }
  }

  private dropOldest(): void {
    const oldest = this.windows.keys().next();
    if (!oldest.done) this.windows.delete(oldest.value);
  }
}
