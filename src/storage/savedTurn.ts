// Runs a turn so that its replies go out only once its state is saved, re-running it on fresh state after an eTag conflict.
import { Activity, ActivityTypes, ResourceResponse, TurnContext } from 'botbuilder';
import { isConflict } from './errors';

export interface SavedTurnOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Called before each re-run, with the number of the attempt that conflicted. */
  onConflict?: (attempt: number) => void;
}

/**
 * `attempt` runs the handlers and saves state on the context it is given. Every attempt gets a fresh TurnContext over
 * the same activity (its own state cache and `responded` flag), and its replies are held back: they are sent on the
 * real context only after the attempt has saved. So a turn re-run after a conflict never sends a reply twice, and a turn
 * whose state could not be saved sends nothing of its own (the caller apologises instead). With expectReplies the
 * adapter would buffer replies anyway, but not those of a failed attempt apart from the rest; on Teams and the Emulator
 * replies are posted at once, so holding them is the only way to take them back.
 */
export async function runSavedTurn(
  context: TurnContext,
  attempt: (context: TurnContext, held: readonly Partial<Activity>[]) => Promise<void>,
  options: SavedTurnOptions,
): Promise<void> {
  for (let number = 1; ; number += 1) {
    const { attemptContext, held } = holdingContext(context);
    try {
      // `held` shows the attempt its replies so far (to save them with its state).
      await attempt(attemptContext, held);
    } catch (error) {
      if (isConflict(error) && number < options.attempts) {
        options.onConflict?.(number);
        continue;
      }
      throw error;
    }
    if (held.length > 0) await context.sendActivities(held);
    return;
  }
}

function holdingContext(context: TurnContext): { attemptContext: TurnContext; held: Partial<Activity>[] } {
  const attemptContext = new TurnContext(context.adapter, context.activity);
  // What the adapter put there (identity, connector client, locale) stays readable; the state caches start empty.
  for (const [key, value] of context.turnState) attemptContext.turnState.set(key, value);
  const held: Partial<Activity>[] = [];
  attemptContext.onSendActivities(async (_context, activities) => {
    held.push(...activities);
    // Prompts check `responded` to decide whether to re-prompt: it must read as it would had the reply gone out.
    if (activities.some((a) => a.type !== ActivityTypes.Trace)) attemptContext.responded = true;
    return activities.map((): ResourceResponse => ({ id: '' }));
  });
  return { attemptContext, held };
}
