// The ActivityHandler: welcome, Teams mentions, text-only checks, then one turn of the main dialog; state saved after.
import { Activity, ActivityHandler, BotState, ConversationState, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import { DialogState } from '../dialogs/dialogParts';
import { MainDialog } from '../dialogs/mainDialog';
import { Responder } from '../dialogs/responder';
import { Logger } from './log';
import { isForgotten, KeyedQueue, ProcessedActivities, runSavedTurn, runTurn, storageFailure, UserConversations } from './storage';
import { screenMessage } from './triage';
import { EMPTY_MESSAGE, MENU_BUTTONS, STORAGE_APOLOGY, TEXT_ONLY, TOO_LONG, WELCOME } from './text';

/** Conversation types in which the bot only answers when @mentioned (Teams channels and group chats). */
const GROUP_CONVERSATIONS = new Set(['channel', 'groupChat']);

/** Tries of one turn when another instance keeps saving the same conversation first. */
const TURN_ATTEMPTS = 3;

export interface BotOptions {
  maxMessageChars: number;
  logger: Logger;
  /** Lists each conversation under its user, so that "forget me" reaches all of them. */
  conversations: UserConversations;
}

export class BackSpasmBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly welcomed: StatePropertyAccessor<boolean>;
  /** One turn at a time per conversation in this process; across processes, eTag conflicts re-run the turn. */
  private readonly turns = new KeyedQueue();
  private readonly processed: ProcessedActivities;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly dialog: MainDialog,
    private readonly responder: Responder,
    private readonly options: BotOptions,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.welcomed = conversationState.createProperty<boolean>('welcomed');
    this.processed = new ProcessedActivities(conversationState);

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const others = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (others.length > 0) await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onEvent(async (context, next) => {
      // Web Chat sends this when it connects, so the welcome shows before the user types (see public/).
      if (context.activity.name === 'webchat/join') await this.welcome(context);
      await next();
    });
  }

  /**
   * Runs the turn and saves state, one turn at a time per conversation. Replies go out once the state is saved; after an
   * eTag conflict (another instance saved this conversation first) the turn re-runs on the fresh state. When storage
   * cannot be reached, the user gets a short apology instead of the replies whose state was lost.
   */
  async run(context: TurnContext): Promise<void> {
    const { logger } = this.options;
    const key = `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`;
    const arrived = Date.now();
    await this.turns.run(key, async () => {
      try {
        // One storage budget for the whole turn (STORAGE_TIMEOUT_MS): a hung or crawling store gets an apology in time.
        const onConflict = (n: number) => logger.info({ attempt: n }, 'state changed by another turn; running the turn again');
        await runTurn(arrived, () => runSavedTurn(context, (attempt, replies) => this.attempt(attempt, replies), { attempts: TURN_ATTEMPTS, onConflict }));
        logger.debug({ type: context.activity.type, channel: context.activity.channelId, ms: Date.now() - arrived }, 'turn');
      } catch (error) {
        const failure = storageFailure(error);
        if (!failure) throw error;
        logger.warn({ reason: failure.reason, ms: Date.now() - arrived }, 'storage unavailable; apologised');
        await context.sendActivity(STORAGE_APOLOGY);
      }
    });
  }

  /** One attempt at the turn, on its own context; `replies` are those it has sent so far (held until it saved). */
  private async attempt(context: TurnContext, replies: readonly Partial<Activity>[]): Promise<void> {
    // A channel's retry of a turn already saved: not run again (see ProcessedActivities for what it gets).
    const earlier = await this.processed.earlier(context);
    if (earlier) {
      if (earlier.length > 0) await context.sendActivities(earlier);
      return;
    }
    await super.run(context);
    await this.processed.record(context, replies);
    await this.options.conversations.note(context);
    await this.saveState(context);
  }

  protected async saveState(context: TurnContext): Promise<void> {
    // After "forget me" nothing of this turn may be written back.
    if (isForgotten(context)) return;
    const states: BotState[] = [this.conversationState, this.userState];
    await Promise.all(states.map((s) => s.saveChanges(context, false)));
  }

  private async welcome(context: TurnContext): Promise<void> {
    if (await this.welcomed.get(context, false)) return;
    await this.welcomed.set(context, true);
    await this.responder.sendMenu(context, WELCOME, MENU_BUTTONS);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    if (GROUP_CONVERSATIONS.has(activity.conversation?.conversationType ?? '') || activity.conversation?.isGroup) {
      const mentioned = (activity.entities ?? []).some((e) => e.type === 'mention' && e.mentioned?.id === activity.recipient?.id);
      if (!mentioned) return;
    }
    // "@Back Spasm Helper heat or ice?" is routed as "heat or ice?".
    const text = (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '').trim();
    activity.text = text;
    if (!text) {
      const hasAttachments = (activity.attachments ?? []).length > 0;
      await context.sendActivity(hasAttachments ? TEXT_ONLY : EMPTY_MESSAGE);
      return;
    }
    if (text.length > this.options.maxMessageChars) {
      // Even a message too long to read is screened: a red flag buried in it still gets the urgent advice.
      const screen = screenMessage(text);
      if (screen.outcome === 'red-flag') await this.responder.sendRedFlag(context, screen.signs);
      else await context.sendActivity(TOO_LONG(this.options.maxMessageChars));
      return;
    }
    await this.dialog.run(context, this.dialogState);
  }
}
