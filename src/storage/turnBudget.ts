// When the current turn started, carried to every storage call made for it, so that they share one time budget.
import { AsyncLocalStorage } from 'node:async_hooks';
import { StorageTimeoutError } from './errors';

const turnStart = new AsyncLocalStorage<number>();

/**
 * Runs one turn; storage calls made inside it (however deep) see when it started: when its message arrived, so that
 * time spent queued behind an earlier turn of the conversation counts too (the person has been waiting all along).
 */
export function runTurn<T>(arrivedAt: number, run: () => Promise<T>): Promise<T> {
  return turnStart.run(arrivedAt, run);
}

/**
 * What is left of `budgetMs` for a storage call: counted from the turn's start inside a turn, so that a turn of several
 * slow calls (a store answering just under the deadline each time) still ends within the budget; the whole budget
 * outside a turn (the health probe).
 */
export function remainingBudgetMs(budgetMs: number, now: () => number = Date.now): number {
  const started = turnStart.getStore();
  return started === undefined ? budgetMs : Math.max(0, started + budgetMs - now());
}

/**
 * Runs one storage call within what is left of the budget: `run` gets a signal that is aborted then (so the SDK tears its
 * request down), and the call rejects with StorageTimeoutError then even if something ignores the signal.
 */
export async function withinBudget<T>(budgetMs: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new StorageTimeoutError(budgetMs));
      controller.abort();
    }, remainingBudgetMs(budgetMs));
  });
  try {
    return await Promise.race([run(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
