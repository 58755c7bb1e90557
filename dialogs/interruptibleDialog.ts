// The base of every guided dialog: at any prompt, red flags first, then help, cancel and start over (core-bot's CancelAndHelpDialog idea).
import { ComponentDialog, Dialog, DialogContext, DialogTurnResult } from './dialogParts';
import { detectIntent } from '../src/intents';
import { screenMessage } from '../src/triage';
import { Responder } from './responder';
import { MENU_BUTTONS } from '../src/text';

/** What a dialog says when someone asks for help at one of its prompts, or cancels it. */
export interface InterruptionText {
  /** Explains what the pending prompt wants; the prompt is asked again after it. */
  help(dc: DialogContext): string;
  /** Said when the user cancels this dialog. */
  cancelled: string;
}

export abstract class InterruptibleDialog extends ComponentDialog {
  protected constructor(
    id: string,
    protected readonly responder: Responder,
    private readonly interruptionText: InterruptionText,
  ) {
    super(id);
  }

  protected async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  /** Handles what may interrupt any prompt; undefined lets the prompt read the message. */
  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    const text = context.activity.text ?? '';
    const screen = screenMessage(text);
    if (screen.outcome === 'red-flag') {
      // Urgent advice replaces the rest of this dialog: no self-care plan after a red flag.
      await this.responder.sendRedFlag(context, screen.signs);
      return innerDc.cancelAllDialogs();
    }
    if (screen.outcome === 'ask') {
      // The confirmation question goes on top of this dialog; after a "no" this dialog asks its question again.
      return innerDc.parent ? innerDc.parent.beginDialog(RED_FLAG_CHECK_DIALOG, { sign: screen.sign, question: screen.question }) : Dialog.EndOfTurn;
    }
    switch (detectIntent(text)) {
      case 'help':
        await context.sendActivity(this.interruptionText.help(innerDc));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'cancel':
        await this.responder.sendMenu(context, this.interruptionText.cancelled, MENU_BUTTONS);
        return innerDc.cancelAllDialogs();
      case 'start-over':
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(this.initialDialogId);
      case 'forget':
        // "Forget me" goes on top of this dialog: after "keep it" the pending question is asked again.
        if (this.id !== FORGET_DIALOG_ID && innerDc.parent?.findDialog(FORGET_DIALOG_ID)) return innerDc.parent.beginDialog(FORGET_DIALOG_ID);
        return undefined;
      default:
        return undefined;
    }
  }
}

export const RED_FLAG_CHECK_DIALOG = 'redFlagCheck';
/** The id of the "forget me" dialog (dialogs/forgetDialog.ts), which any prompt can hand over to. */
export const FORGET_DIALOG_ID = 'forget';
