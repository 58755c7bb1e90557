// The router: every message is screened for red flags, then handled as a command, small talk, or a question.
import { TurnContext, StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, Dialog, DialogContext, DialogSet, DialogState, DialogTurnResult, DialogTurnStatus } from './dialogParts';
import { detectIntent, Intent } from '../src/intents';
import { screenMessage } from '../src/triage';
import { ASK_AWAY, GOODBYE, GREETING, HELP, NOTHING_TO_CANCEL, THANKS, WHO_ARE_YOU } from '../src/text';
import { RED_FLAG_CHECK_DIALOG } from './interruptibleDialog';
import { RedFlagCheckDialog } from './redFlagCheckDialog';
import { Responder } from './responder';

export const MAIN_DIALOG = 'main';

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

  private async route(dc: DialogContext): Promise<void> {
    const { context } = dc;
    const text = context.activity.text ?? '';
    const screen = screenMessage(text);
    if (screen.outcome === 'red-flag') {
      await this.responder.sendRedFlag(context, screen.signs);
      return;
    }
    if (screen.outcome === 'ask') {
      await dc.beginDialog(RED_FLAG_CHECK_DIALOG, { sign: screen.sign, question: screen.question });
      return;
    }
    if (await this.hook?.handle(context, text)) return;
    const intent = detectIntent(text);
    const start = intent && this.startedBy(intent);
    if (start) {
      await dc.beginDialog(start.id);
      return;
    }
    switch (intent) {
      case 'greeting':
        return this.responder.sendMenu(context, GREETING);
      case 'thanks':
        return this.responder.sendMenu(context, THANKS);
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
        return this.responder.answer(context, text);
    }
  }
}
