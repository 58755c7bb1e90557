// The ids of a conversation's last activities, saved with its state, so that a channel's retry is not answered twice.
import { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';

/** Enough for the retries of the last few messages; a retry comes within seconds, a handful of turns at most. */
const KEEP = 16;

/**
 * The Bot Connector sends an activity again when the bot is slow to answer (a hung store, say), and a client may do the
 * same. The id is recorded in the conversation state that the turn saves, in the same write, so a repeat read after that
 * save is known (on any instance: a copy racing the first loses on the eTag and re-runs on the saved state), and a
 * repeat of a turn that could not be saved runs, since nothing of it was taken.
 */
export class ProcessedActivities {
  private readonly ids: StatePropertyAccessor<string[]>;

  constructor(conversationState: ConversationState) {
    this.ids = conversationState.createProperty<string[]>('processedActivityIds');
  }

  /** True when this activity's turn has been run and saved already. */
  async seen(context: TurnContext): Promise<boolean> {
    const { id } = context.activity;
    return Boolean(id) && (await this.ids.get(context, [])).includes(id as string);
  }

  async record(context: TurnContext): Promise<void> {
    const { id } = context.activity;
    if (!id) return;
    const ids = await this.ids.get(context, []);
    await this.ids.set(context, [...ids, id].slice(-KEEP));
  }
}
