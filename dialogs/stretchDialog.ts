// The stretch guide: child's pose, hip lifts and cat-cow, one at a time, with Next / Repeat / Stop.
import { DialogTurnResult, WaterfallDialog, WaterfallStepContext } from './dialogParts';
import { Passage } from '../src/knowledge';
import { stretchActivity } from '../src/stretchCard';
import {
  MENU_BUTTONS, STRETCH_BUTTONS, STRETCH_DONE, STRETCH_HELP, STRETCH_INTRO, STRETCH_LAST_HINT, STRETCH_PROMPT,
  STRETCH_RETRY, STRETCH_STOPPED,
} from '../src/text';
import { InterruptibleDialog } from './interruptibleDialog';
import { ask, ParsingPrompt } from './prompts';
import { Responder } from './responder';

export const STRETCH_DIALOG = 'stretches';
/** The guide's order: gentlest first. */
export const STRETCH_PASSAGES = ['stretch-childs-pose', 'stretch-glute-bridge', 'stretch-cat-cow'];

const PROMPT = 'stretchPrompt';
const STEPS = 'stretchSteps';

type Choice = 'next' | 'repeat' | 'stop';
/** Which stretch to show; absent on the first one, which gets the introduction. */
interface StretchStep {
  index?: number;
}

export function parseStretchChoice(text: string): Choice | undefined {
  const folded = text.toLowerCase().replace(/[^a-z ]+/g, ' ').trim();
  if (/^(?:next|next one|next stretch|continue|go on|done|ok|okay|ready|got it|finished|move on|yes)$/.test(folded)) return 'next';
  if (/^(?:repeat|again|repeat (?:it|that|this)|one more time|do it again|once more)$/.test(folded)) return 'repeat';
  if (/^(?:stop|finish|end|enough|that s enough|im done|i m done|no|quit)$/.test(folded)) return 'stop';
  return undefined;
}

export class StretchDialog extends InterruptibleDialog {
  private readonly stretches: Passage[];

  constructor(responder: Responder) {
    super(STRETCH_DIALOG, responder, { help: () => STRETCH_HELP, cancelled: STRETCH_STOPPED });
    this.stretches = STRETCH_PASSAGES.map((id) => {
      const passage = responder.search.passage(id);
      if (!passage) throw new Error(`The stretch guide needs passage "${id}", which the knowledge does not have`);
      return passage;
    });
    this.addDialog(new ParsingPrompt(PROMPT, (t) => ({ ok: parseStretchChoice(t) !== undefined }), responder));
    this.addDialog(new WaterfallDialog<StretchStep>(STEPS, [this.showStep.bind(this), this.choiceStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async showStep(step: WaterfallStepContext<StretchStep>): Promise<DialogTurnResult> {
    const index = step.options.index ?? 0;
    const passage = this.stretches[index];
    const total = this.stretches.length;
    if (step.options.index === undefined) await step.context.sendActivity(STRETCH_INTRO);
    await step.context.sendActivity(stretchActivity(index, total, passage, step.context.activity.channelId));
    const last = index === total - 1;
    return step.prompt(PROMPT, ask(step.context, last ? STRETCH_LAST_HINT : STRETCH_PROMPT, STRETCH_RETRY, STRETCH_BUTTONS));
  }

  private async choiceStep(step: WaterfallStepContext<StretchStep>): Promise<DialogTurnResult> {
    const index = step.options.index ?? 0;
    const choice = parseStretchChoice(String(step.result));
    if (choice === 'repeat') return step.replaceDialog(STEPS, { index });
    if (choice === 'next' && index + 1 < this.stretches.length) return step.replaceDialog(STEPS, { index: index + 1 });
    await this.responder.sendMenu(step.context, choice === 'next' ? STRETCH_DONE : STRETCH_STOPPED, MENU_BUTTONS);
    return step.endDialog();
  }
}
