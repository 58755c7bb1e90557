// Asks a yes/no question when a message hints at a warning sign without saying it clearly (over-triage is safer).
import { TurnContext } from 'botbuilder';
import { WaterfallDialog, WaterfallStepContext, DialogTurnResult, Dialog } from './dialogParts';
import { RedFlagSign } from '../src/triage';
import { BUTTONS, MENU_BUTTONS, RED_FLAG_CONFIRM_REPROMPT, RED_FLAG_NOT_CONFIRMED, RED_FLAG_NOT_CONFIRMED_ANSWER, RED_FLAG_NOT_CONFIRMED_RESUME } from '../src/text';
import { InterruptibleDialog, RED_FLAG_CHECK_DIALOG } from './interruptibleDialog';
import { ParsingPrompt, ask } from './prompts';
import { PendingAnswer, Responder } from './responder';
import { parseYesNo } from './yesNo';

export interface RedFlagCheckOptions {
  sign: RedFlagSign;
  question: string;
  /** What the message that raised the question asked, answered after a "no" (top level only). */
  pending?: PendingAnswer;
}

const PROMPT = 'redFlagCheckPrompt';

export class RedFlagCheckDialog extends InterruptibleDialog {
  constructor(responder: Responder) {
    super(RED_FLAG_CHECK_DIALOG, responder, {
      help: () => 'I’m asking because what you said could be a warning sign. Please answer yes, no or not sure.',
      cancelled: 'OK. If that symptom does happen, please get medical help straight away.',
    });
    this.addDialog(new ParsingPrompt(PROMPT, (t) => ({ ok: parseYesNo(t) !== undefined }), responder));
    this.addDialog(new WaterfallDialog('redFlagCheckSteps', [this.askStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = 'redFlagCheckSteps';
  }

  private async askStep(step: WaterfallStepContext<RedFlagCheckOptions>): Promise<DialogTurnResult> {
    const { question } = step.options;
    return step.prompt(PROMPT, ask(step.context, question, `${RED_FLAG_CONFIRM_REPROMPT} ${question}`, [BUTTONS.yes, BUTTONS.no, BUTTONS.notSure]));
  }

  /** After a "no": the reassurance, then what the first message asked if it asked something, else the menu. */
  private async reassureAndAnswer(context: TurnContext, pending: PendingAnswer | undefined): Promise<void> {
    if (pending !== undefined && (await this.responder.sendPending(context, pending, RED_FLAG_NOT_CONFIRMED_ANSWER))) return;
    await this.responder.sendMenu(context, RED_FLAG_NOT_CONFIRMED, MENU_BUTTONS);
  }

  private async answerStep(step: WaterfallStepContext<RedFlagCheckOptions>): Promise<DialogTurnResult> {
    const answer = parseYesNo(String(step.result));
    if (answer === 'no') {
      // With a guided dialog underneath, it asks its question again when this ends; otherwise offer the menu.
      const underneath = (step.parent?.stack.length ?? 0) > 1;
      if (underneath) await step.context.sendActivity(RED_FLAG_NOT_CONFIRMED_RESUME);
      else await this.reassureAndAnswer(step.context, step.options.pending);
      return step.endDialog();
    }
    // "Yes" and "not sure" both get the urgent advice, and no guided dialog goes on after it.
    await this.responder.sendRedFlag(step.context, [step.options.sign]);
    await step.parent?.cancelAllDialogs();
    return Dialog.EndOfTurn;
  }
}
