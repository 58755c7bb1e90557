// "Forget me": deletes the stored state of this user and conversation, and keeps this turn from saving it again.
import { TurnContext } from 'botbuilder';

const FORGOTTEN = Symbol('stateForgotten');

/** Something stored about the user or conversation that "forget me" deletes: BotState, or the reminders' schedules. */
export interface Forgettable {
  delete(context: TurnContext): Promise<void>;
}

export async function forgetState(context: TurnContext, states: readonly Forgettable[]): Promise<void> {
  // Marked first: whatever the rest of the turn changes in memory must not be written back.
  context.turnState.set(FORGOTTEN, true);
  await Promise.all(states.map((state) => state.delete(context)));
}

/** True once forgetState ran in this turn: the bot then skips saving state. */
export function isForgotten(context: TurnContext): boolean {
  return context.turnState.get(FORGOTTEN) === true;
}
