// The guided assessment: onset -> severity -> warning signs -> a personal plan (exactly three questions).
import { StatePropertyAccessor, UserState } from 'botbuilder';
import { DialogTurnResult, WaterfallDialog, WaterfallStepContext } from './dialogParts';
import { buildPlan } from '../src/plan';
import { citedListActivity } from '../src/replies';
import {
  ASSESSMENT_CANCELLED, ASSESSMENT_INTRO, ASSESSMENT_LAST_TIME, ASSESSMENT_ONSET, ASSESSMENT_ONSET_HELP, ASSESSMENT_ONSET_RETRY,
  ASSESSMENT_SEVERITY, ASSESSMENT_SEVERITY_HELP, ASSESSMENT_SEVERITY_RETRY, ASSESSMENT_WARNING, ASSESSMENT_WARNING_HELP,
  ASSESSMENT_WARNING_RETRY, ASSESSMENT_WARNING_YES, BUTTONS, ONSET_BUTTONS, PLAN_FOOTER, PLAN_HEADINGS, PLAN_LINES, planButtons,
  SEVERITY_BUTTONS,
} from '../src/text';
import { OnsetClass, parseOnset, parseSeverity, RED_FLAG_SIGNS } from '../src/triage';
import { urgentActivity } from '../src/urgentCard';
import { InterruptibleDialog } from './interruptibleDialog';
import { ask, ParsingPrompt } from './prompts';
import { Responder } from './responder';
import { parseYesNo } from './yesNo';

export const ASSESSMENT_DIALOG = 'assessment';

/** What the assessment keeps about the user, so a later conversation can refer back to it. */
export interface LastAssessment {
  onset: OnsetClass;
  severity: number;
  /** ISO date-time of the plan. */
  at: string;
}

const ONSET_PROMPT = 'onsetPrompt';
const SEVERITY_PROMPT = 'severityPrompt';
const WARNING_PROMPT = 'warningPrompt';
const STEPS = 'assessmentSteps';

interface Answers {
  onset?: OnsetClass;
  severity?: number;
}

export class AssessmentDialog extends InterruptibleDialog {
  private readonly lastAssessment: StatePropertyAccessor<LastAssessment | undefined>;

  constructor(responder: Responder, userState: UserState) {
    super(ASSESSMENT_DIALOG, responder, {
      help: (dc) => {
        const prompt = dc.activeDialog?.id;
        if (prompt === ONSET_PROMPT) return ASSESSMENT_ONSET_HELP;
        if (prompt === SEVERITY_PROMPT) return ASSESSMENT_SEVERITY_HELP;
        return ASSESSMENT_WARNING_HELP;
      },
      cancelled: ASSESSMENT_CANCELLED,
    });
    this.lastAssessment = userState.createProperty<LastAssessment | undefined>('lastAssessment');
    this.addDialog(new ParsingPrompt(ONSET_PROMPT, parseOnset, responder));
    this.addDialog(new ParsingPrompt(SEVERITY_PROMPT, parseSeverity, responder));
    this.addDialog(new ParsingPrompt(WARNING_PROMPT, (t) => ({ ok: parseYesNo(t) !== undefined }), responder));
    this.addDialog(
      new WaterfallDialog<Answers>(STEPS, [
        this.onsetStep.bind(this),
        this.severityStep.bind(this),
        this.warningStep.bind(this),
        this.planStep.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  private async onsetStep(step: WaterfallStepContext<Answers>): Promise<DialogTurnResult> {
    const last = await this.lastAssessment.get(step.context);
    const intro = last ? `${ASSESSMENT_INTRO} ${ASSESSMENT_LAST_TIME(last.severity, formatDay(last.at))}` : ASSESSMENT_INTRO;
    return step.prompt(ONSET_PROMPT, ask(step.context, `${intro}\n\n${ASSESSMENT_ONSET}`, ASSESSMENT_ONSET_RETRY, ONSET_BUTTONS));
  }

  private async severityStep(step: WaterfallStepContext<Answers>): Promise<DialogTurnResult> {
    const onset = parseOnset(String(step.result));
    if (onset.ok) (step.values as Answers).onset = onset.value;
    return step.prompt(SEVERITY_PROMPT, ask(step.context, ASSESSMENT_SEVERITY, ASSESSMENT_SEVERITY_RETRY, SEVERITY_BUTTONS));
  }

  private async warningStep(step: WaterfallStepContext<Answers>): Promise<DialogTurnResult> {
    const severity = parseSeverity(String(step.result));
    if (severity.ok) (step.values as Answers).severity = severity.value;
    const emergency = RED_FLAG_SIGNS.filter((s) => s.tier === 1).map((s) => s.label);
    const urgent = RED_FLAG_SIGNS.filter((s) => s.tier === 2).map((s) => s.label);
    return step.prompt(
      WARNING_PROMPT,
      ask(step.context, ASSESSMENT_WARNING(emergency, urgent), ASSESSMENT_WARNING_RETRY, [BUTTONS.yes, BUTTONS.no, BUTTONS.notSure]),
    );
  }

  private async planStep(step: WaterfallStepContext<Answers>): Promise<DialogTurnResult> {
    if (parseYesNo(String(step.result)) !== 'no') {
      // "Yes" or "not sure": urgent advice instead of a self-care plan, and the assessment ends here.
      await step.context.sendActivity(urgentActivity(ASSESSMENT_WARNING_YES, 'emergency'));
      return step.endDialog();
    }
    const { onset, severity } = step.values as Required<Answers>;
    const lines = buildPlan(onset, severity).map((item) => {
      const passage = this.responder.search.passage(item.passageId);
      if (!passage) throw new Error(`The plan cites passage "${item.passageId}", which the knowledge does not have`);
      return { text: PLAN_LINES[item.line], passage };
    });
    const buttons = planButtons(lines.some((l) => l.passage.id === 'heat-and-ice'));
    await step.context.sendActivity(citedListActivity(PLAN_HEADINGS[onset](severity), lines, PLAN_FOOTER, buttons, step.context.activity.channelId));
    await this.lastAssessment.set(step.context, { onset, severity, at: new Date().toISOString() });
    return step.endDialog({ onset, severity });
  }
}

/** "24 November", in words a person reads easily. */
function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'before' : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });
}
