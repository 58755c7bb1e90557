// The router: every message is screened for red flags, then handled as a command, small talk, or a question.
import { TurnContext, StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, Dialog, DialogContext, DialogSet, DialogState, DialogTurnResult, DialogTurnStatus } from './dialogParts';
import { detectIntent, Intent } from '../src/intents';
import { screenMessage } from '../src/triage';
import { ACK, ASK_AWAY, BUTTONS, FEELING_BETTER, FEELING_LOW, GOODBYE, GREETING, HELP, NOTHING_TO_CANCEL, THANKS, WHO_ARE_YOU } from '../src/text';
import { RED_FLAG_CHECK_DIALOG } from './interruptibleDialog';
import { RedFlagCheckDialog } from './redFlagCheckDialog';
import { Responder } from './responder';

export const MAIN_DIALOG = 'main';

/** What the router remembers between turns, kept in its own dialog state (so it is saved with the conversation). */
interface RouterMemory {
  /** The passage the last answer gave: a short follow-up ("how long for?") is read against it. */
  lastPassageId?: string;
}

/** The passage that fast relief comes from: offered as a button when someone says how they feel. */
const FAST_RELIEF_PASSAGE = 'quick-relief';

/** Dialogs the router can start; each registers itself here so the router needs no import of its class. */
export interface GuidedDialogs {
  assessment?: Dialog;
  stretches?: Dialog;
  forget?: Dialog;
}

/** Handles a top-level message before the intents (dialogs/reminders.ts); false lets the router go on. */
export interface MessageHook {
  handle(context: TurnContext, text: string): Promise<boolean>;
}

export class MainDialog extends ComponentDialog {
  constructor(
    private readonly responder: Responder,
    private readonly guided: GuidedDialogs = {},
    private readonly hook?: MessageHook,
  ) {
    super(MAIN_DIALOG);
    this.addDialog(new RedFlagCheckDialog(responder));
    for (const dialog of Object.values(guided)) if (dialog) this.addDialog(dialog);
  }

  /** Runs one turn: continues the guided dialog in progress, or routes the message. */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  protected async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.onContinueDialog(innerDc);
  }

  /** The router never ends: it stays at the bottom of the stack and waits for the next message. */
  protected async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.activeDialog) {
      await innerDc.continueDialog();
    } else {
      await this.route(innerDc);
    }
    return Dialog.EndOfTurn;
  }

  /** The guided dialog an intent starts, if any ("start over" with nothing under way starts the assessment). */
  private startedBy(intent: Intent): Dialog | undefined {
    if (intent === 'assess' || intent === 'start-over') return this.guided.assessment;
    if (intent === 'stretches') return this.guided.stretches;
    if (intent === 'forget') return this.guided.forget;
    return undefined;
  }

  /** The router's own state: the outer context's active dialog is this one. */
  private memory(innerDc: DialogContext): RouterMemory {
    return (innerDc.parent?.activeDialog?.state ?? {}) as RouterMemory;
  }

  private async route(dc: DialogContext): Promise<void> {
    const memory = this.memory(dc);
    const lastPassageId = memory.lastPassageId;
    // Forgotten unless this turn answers again or is small talk, so a follow-up only ever reads the latest answer.
    memory.lastPassageId = undefined;
    const { context } = dc;
    const text = context.activity.text ?? '';
    const screen = screenMessage(text);
    if (screen.outcome === 'red-flag') {
      await this.responder.sendRedFlag(context, screen.signs);
      return;
    }
    if (screen.outcome === 'ask') {
      // What the message asked is answered after a "no" ("I woke up with my back in spasm, what do I do?").
      const pending = this.responder.pendingAnswer(text, lastPassageId);
      await dc.beginDialog(RED_FLAG_CHECK_DIALOG, { sign: screen.sign, question: screen.question, pending });
      return;
    }
    if (await this.hook?.handle(context, text)) return;
    const intent = detectIntent(text);
    const start = intent && this.startedBy(intent);
    if (start) {
      await dc.beginDialog(start.id);
      return;
    }
    const feelingButtons = () => [BUTTONS.checkSymptoms, this.responder.search.passage(FAST_RELIEF_PASSAGE)?.title ?? BUTTONS.heatOrIce, BUTTONS.stretches];
    if (intent === 'ack' || intent === 'thanks' || intent === 'feeling-better') memory.lastPassageId = lastPassageId;
    switch (intent) {
      case 'greeting':
        return this.responder.sendMenu(context, GREETING);
      case 'thanks':
        return this.responder.sendMenu(context, THANKS);
      case 'ack':
        await context.sendActivity(ACK);
        return;
      case 'feeling':
        return this.responder.sendMenu(context, FEELING_LOW, feelingButtons());
      case 'feeling-better':
        return this.responder.sendMenu(context, FEELING_BETTER);
      case 'goodbye':
        await context.sendActivity(GOODBYE);
        return;
      case 'who':
        return this.responder.sendMenu(context, WHO_ARE_YOU);
      case 'help':
        return this.responder.sendMenu(context, HELP);
      case 'ask':
        await context.sendActivity(ASK_AWAY);
        return;
      case 'cancel':
      case 'start-over':
        return this.responder.sendMenu(context, NOTHING_TO_CANCEL);
      default:
        memory.lastPassageId = await this.responder.answer(context, text, lastPassageId);
    }
  }
}
