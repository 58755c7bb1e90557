// The storage budget of a turn: shared by every storage call made for it, however deep, and whole outside a turn.
import { describe, expect, it } from 'vitest';
import { remainingBudgetMs, runTurn } from '../../src/storage/turnBudget';

describe('remainingBudgetMs', () => {
  it('is the whole budget outside a turn', () => {
    expect(remainingBudgetMs(5000, () => 1_000_000)).toBe(5000);
  });

  it('inside a turn, counts from its arrival, through awaits, and never goes below 0', async () => {
    let now = 1000;
    const clock = () => now;
    const seen = await runTurn(now, async () => {
      const first = remainingBudgetMs(5000, clock);
      now += 3000; // a first storage call that took 3 s
      await new Promise((resolve) => setImmediate(resolve));
      const second = remainingBudgetMs(5000, clock);
      now += 4000;
      return [first, second, remainingBudgetMs(5000, clock)];
    });
    expect(seen).toEqual([5000, 2000, 0]);
  });

  it('keeps two turns running at once apart', async () => {
    let now = 0;
    const clock = () => now;
    const later = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return remainingBudgetMs(5000, clock);
    };
    const early = runTurn(now, later);
    now = 1000;
    const late = runTurn(now, later);
    now = 1500;
    expect(await Promise.all([early, late])).toEqual([3500, 4500]);
  });
});
