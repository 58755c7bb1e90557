// The replies that every dialog can give: urgent advice, knowledge answers, the menu. One place, so all dialogs say the same.
import { TurnContext } from 'botbuilder';
import { Passage, SearchIndex } from '../src/knowledge';
import { answerActivity, withButtons } from '../src/replies';
import { BUTTONS, DID_YOU_MEAN, EMERGENCY_ADVICE, MENU_BUTTONS, OFF_TOPIC, URGENT_ADVICE } from '../src/text';
import { RedFlagSign } from '../src/triage';
import { urgentActivity } from '../src/urgentCard';

/** A knowledge answer at a prompt must be surer than one at the top level: a wrong guess there derails the prompt. */
export const PROMPT_ANSWER_MIN_CONFIDENCE = 0.45;

export class Responder {
  /**
   * @param actions buttons offered before the follow-ups after some passages, by passage id (the heat-and-ice
   * timer; see dialogs/reminders.ts).
   */
  constructor(
    readonly search: SearchIndex,
    private readonly actions: Readonly<Record<string, readonly string[]>> = {},
  ) {}

  /** Urgent advice for red-flag signs: emergency if any sign is tier 1, else same-day. */
  async sendRedFlag(context: TurnContext, signs: readonly RedFlagSign[]): Promise<void> {
    const labels = signs.map((s) => s.label);
    const emergency = signs.some((s) => s.tier === 1);
    await context.sendActivity(emergency ? urgentActivity(EMERGENCY_ADVICE(labels), 'emergency') : urgentActivity(URGENT_ADVICE(labels), 'same-day'));
  }

  async sendMenu(context: TurnContext, text: string, buttons: readonly string[] = MENU_BUTTONS): Promise<void> {
    await context.sendActivity(withButtons(text, buttons, context.activity.channelId));
  }

  async sendPassage(context: TurnContext, passage: Passage, withFollowUps = true): Promise<void> {
    await context.sendActivity(answerActivity(passage, withFollowUps ? this.followUpTitles(passage) : [], context.activity.channelId));
  }

  /** Follow-up buttons: the titles of the passages this one points to (a title typed back finds its passage). */
  followUpTitles(passage: Passage): string[] {
    const titles = passage.followUps.map((id) => this.search.passage(id)?.title).filter((t): t is string => t !== undefined);
    return [...(this.actions[passage.id] ?? []), ...titles].slice(0, 3);
  }

  /** Answers a free question: the passage, a "did you mean" choice, or what the assistant can help with. */
  async answer(context: TurnContext, text: string): Promise<void> {
    const outcome = this.search.search(text);
    if (outcome.kind === 'answer') {
      await this.sendPassage(context, outcome.passage);
    } else if (outcome.kind === 'did-you-mean') {
      await this.sendMenu(context, DID_YOU_MEAN, outcome.candidates.map((c) => c.passage.title));
    } else {
      await this.sendMenu(context, OFF_TOPIC, [...MENU_BUTTONS, BUTTONS.medication, BUTTONS.prevention]);
    }
  }

  /** At a prompt: answers only a clear knowledge question, and says whether it did. */
  async answerIfClearQuestion(context: TurnContext, text: string): Promise<boolean> {
    const outcome = this.search.search(text);
    if (outcome.kind !== 'answer' || outcome.confidence < PROMPT_ANSWER_MIN_CONFIDENCE) return false;
    await this.sendPassage(context, outcome.passage, false);
    return true;
  }
}
