// The keyed rate limiter: its limit, Retry-After, windows that end, and memory that stays bounded.
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/rateLimit';

function limiter(limit: number, maxKeys?: number) {
  let now = 1_000_000;
  const rl = new RateLimiter({ limit, windowMs: 60_000, maxKeys, now: () => now });
  return { rl, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('allows the limit per key, then refuses with the seconds left in the window', () => {
    const { rl, advance } = limiter(3);
    expect([1, 2, 3].map(() => rl.hit('a').allowed)).toEqual([true, true, true]);
    advance(15_000);
    expect(rl.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(rl.hit('b').allowed).toBe(true);
  });

  it('starts a fresh window once the old one has ended', () => {
    const { rl, advance } = limiter(1);
    rl.hit('a');
    expect(rl.hit('a').allowed).toBe(false);
    advance(60_000);
    expect(rl.hit('a').allowed).toBe(true);
  });

  it('forgets ended windows, so idle keys do not stay in memory', () => {
    const { rl, advance } = limiter(5);
    for (let i = 0; i < 100; i++) rl.hit(`conversation-${i}`);
    expect(rl.size).toBe(100);
    advance(61_000);
    rl.hit('someone-new');
    expect(rl.size).toBe(1);
  });

  it('keeps at most maxKeys windows, dropping the oldest', () => {
    const { rl, advance } = limiter(5, 10);
    for (let i = 0; i < 25; i++) {
      rl.hit(`k${i}`);
      advance(10);
    }
    expect(rl.size).toBe(10);
    // The newest keys are the ones kept: k24 is still counting.
    for (let i = 0; i < 4; i++) rl.hit('k24');
    expect(rl.hit('k24').allowed).toBe(false);
  });

  it('peeks without counting: refuses only once hits have spent the budget', () => {
    const { rl, advance } = limiter(2);
    for (let i = 0; i < 5; i++) expect(rl.peek('a').allowed).toBe(true);
    rl.hit('a');
    rl.hit('a');
    advance(20_000);
    expect(rl.peek('a')).toEqual({ allowed: false, retryAfterSeconds: 40 });
    advance(40_000);
    expect(rl.peek('a').allowed).toBe(true);
  });
});
