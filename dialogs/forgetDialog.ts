// "Forget me": asks first, then deletes what is stored about the user and their conversations.
import { Dialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from './dialogParts';
import { isWebChat } from '../src/replies';
import { Forgettable, forgetState } from '../src/storage';
import { BUTTONS, FORGET_CONFIRM, FORGET_DONE, FORGET_HELP, FORGET_KEPT, FORGET_RETRY } from '../src/text';
import { FORGET_DIALOG_ID, InterruptibleDialog } from './interruptibleDialog';
import { ask, ParsingPrompt } from './prompts';
import { Responder } from './responder';
import { parseYesNo } from './yesNo';

export const FORGET_DIALOG = FORGET_DIALOG_ID;

/** The event public/app.js listens for. */
export const FORGET_USER_EVENT = 'webchat/forget-user';

const PROMPT = 'forgetPrompt';
const STEPS = 'forgetSteps';

/** "delete" only on a clear yes: anything unsure keeps the data. */
export function parseForgetAnswer(text: string): 'delete' | 'keep' | undefined {
  const folded = text.toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^(?:delete|delete it|delete everything|erase|erase it|forget it all)$/.test(folded)) return 'delete';
  if (/^(?:keep|keep it|keep everything|dont|don t|do not)$/.test(folded)) return 'keep';
  const answer = parseYesNo(text);
  if (answer === undefined) return undefined;
  return answer === 'yes' ? 'delete' : 'keep';
}

export class ForgetDialog extends InterruptibleDialog {
  /**
   * @param states the user's and the conversation's state (and the user's reminders), deleted together.
   */
  constructor(
    responder: Responder,
    private readonly states: readonly Forgettable[],
  ) {
    super(FORGET_DIALOG, responder, { help: () => FORGET_HELP, cancelled: FORGET_KEPT });
    this.addDialog(new ParsingPrompt(PROMPT, (t) => ({ ok: parseForgetAnswer(t) !== undefined }), responder));
    this.addDialog(new WaterfallDialog(STEPS, [this.confirmStep.bind(this), this.actStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.prompt(PROMPT, ask(step.context, FORGET_CONFIRM, FORGET_RETRY, [BUTTONS.forgetConfirm, BUTTONS.forgetCancel]));
  }

  private async actStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (parseForgetAnswer(String(step.result)) !== 'delete') {
      await this.responder.sendMenu(step.context, FORGET_KEPT);
      return step.endDialog();
    }
    // The dialog stack is part of what is deleted (a guided dialog underneath ends too); the bot then skips
    // saving this turn, so it stays deleted.
    await forgetState(step.context, this.states);
    // The web page keeps a key that names this user in later conversations: this event tells it to drop the key.
    if (isWebChat(step.context.activity.channelId)) await step.context.sendActivity({ type: 'event', name: FORGET_USER_EVENT });
    await this.responder.sendMenu(step.context, FORGET_DONE);
    await step.parent?.cancelAllDialogs();
    return Dialog.EndOfTurn;
  }
}
