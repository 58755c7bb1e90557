// "Forget me": deletes the stored state of the user, this conversation and the user's other conversations (and what
// else is registered, such as reminders), and keeps this turn from saving it again.
import { ConversationState, Storage, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';

const FORGOTTEN = Symbol('stateForgotten');

/** Conversations remembered per user; past it the oldest drops off the list (and would outlive a "forget me"). */
const MAX_CONVERSATIONS_PER_USER = 100;

/** Something stored about the user or conversation that "forget me" deletes: BotState, or the reminders' schedules. */
export interface Forgettable {
  delete(context: TurnContext): Promise<void>;
}

/**
 * Deletes each in the order given, one after the other: UserConversations reads its list from the user's state, so it
 * comes before that state is deleted.
 */
export async function forgetState(context: TurnContext, states: readonly Forgettable[]): Promise<void> {
  // Marked first: whatever the rest of the turn changes in memory must not be written back.
  context.turnState.set(FORGOTTEN, true);
  for (const state of states) await state.delete(context);
}

/** True once forgetState ran in this turn: the bot then skips saving state. */
export function isForgotten(context: TurnContext): boolean {
  return context.turnState.get(FORGOTTEN) === true;
}

/**
 * Conversation state is keyed by conversation, not by user, so nothing in the store says which conversations are whose:
 * the user's state keeps the list of their conversations' keys. Only one-to-one conversations are listed: a Teams group
 * chat or channel is shared with other people.
 */
export class UserConversations implements Forgettable {
  private readonly keys: StatePropertyAccessor<string[]>;

  constructor(
    userState: UserState,
    private readonly conversationState: ConversationState,
    private readonly storage: Storage,
  ) {
    this.keys = userState.createProperty<string[]>('conversationKeys');
  }

  /** Lists this conversation under its user (once); saved with the turn's user state. */
  async note(context: TurnContext): Promise<void> {
    const { conversation } = context.activity;
    if (conversation?.isGroup || (conversation?.conversationType && conversation.conversationType !== 'personal')) return;
    const key = this.conversationState.getStorageKey(context);
    const keys = await this.keys.get(context, []);
    if (!key || keys.includes(key)) return;
    await this.keys.set(context, [...keys, key].slice(-MAX_CONVERSATIONS_PER_USER));
  }

  /** Deletes the state of every conversation listed under the user (this one included, if listed). */
  async delete(context: TurnContext): Promise<void> {
    const keys = await this.keys.get(context, []);
    if (keys.length > 0) await this.storage.delete(keys);
  }
}
