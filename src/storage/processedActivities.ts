// The ids of a conversation's last activities, saved with its state, so that a channel's retry is not processed twice.
import { Activity, ActivityTypes, ConversationState, DeliveryModes, StatePropertyAccessor, TurnContext } from 'botbuilder';

/** Enough for the retries of the last few messages; a retry comes within seconds, a handful of turns at most. */
const KEEP = 16;

/** What botbuilder fills in from the conversation when a reply is sent (again): kept out of the saved copy, which every conversation carries. */
const ADDRESS_FIELDS = new Set(['id', 'timestamp', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient', 'replyToId', 'locale']);

interface LastReplies {
  id: string;
  replies: Partial<Activity>[];
}

/**
 * The Bot Connector sends an activity again when the bot is slow to answer (a hung store, say), and a client may do the
 * same. The id is recorded in the conversation state that the turn saves, in the same write, so a repeat read after that
 * save is known (on any instance: a copy racing the first loses on the eTag and re-runs on the saved state), and a
 * repeat of a turn that could not be saved runs, since nothing of it was taken.
 *
 * What a repeat gets back: on channels that post replies to the serviceUrl nothing, since the first copy's replies were
 * posted already; with expectReplies the replies travel in the HTTP response, which the client may have lost (it timed
 * out, or the store saved the turn after it was given up on), so the replies of the last activity are kept and sent again.
 */
export class ProcessedActivities {
  private readonly ids: StatePropertyAccessor<string[]>;
  private readonly last: StatePropertyAccessor<LastReplies | undefined>;

  constructor(conversationState: ConversationState) {
    this.ids = conversationState.createProperty<string[]>('processedActivityIds');
    this.last = conversationState.createProperty<LastReplies | undefined>('lastReplies');
  }

  /** undefined when this activity has not been processed; else what to send again ([] for nothing). */
  async earlier(context: TurnContext): Promise<Partial<Activity>[] | undefined> {
    const { id } = context.activity;
    if (!id || !(await this.ids.get(context, [])).includes(id)) return undefined;
    const last = await this.last.get(context);
    return expectsReplies(context) && last?.id === id ? last.replies : [];
  }

  async record(context: TurnContext, replies: readonly Partial<Activity>[]): Promise<void> {
    const { id } = context.activity;
    if (!id) return;
    const ids = await this.ids.get(context, []);
    await this.ids.set(context, [...ids, id].slice(-KEEP));
    const saved = replies.filter((r) => r.type !== ActivityTypes.Trace).map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !ADDRESS_FIELDS.has(k))));
    await this.last.set(context, expectsReplies(context) ? { id, replies: saved } : undefined);
  }
}

function expectsReplies(context: TurnContext): boolean {
  return context.activity.deliveryMode === DeliveryModes.ExpectReplies;
}
