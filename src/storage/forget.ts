// "Forget me": deletes the stored state of this user and conversation, and keeps this turn from saving it again.
import { BotState, TurnContext } from 'botbuilder';

const FORGOTTEN = Symbol('stateForgotten');

export async function forgetState(context: TurnContext, states: readonly BotState[]): Promise<void> {
  // Marked first: whatever the rest of the turn changes in memory must not be written back.
  context.turnState.set(FORGOTTEN, true);
  await Promise.all(states.map((state) => state.delete(context)));
}

/** True once forgetState ran in this turn: the bot then skips saving state. */
export function isForgotten(context: TurnContext): boolean {
  return context.turnState.get(FORGOTTEN) === true;
}
