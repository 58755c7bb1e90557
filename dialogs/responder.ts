// The replies that every dialog can give: urgent advice, knowledge answers, the menu. One place, so all dialogs say the same.
import { TurnContext } from 'botbuilder';
import { Boundary, Passage, Reading, SearchIndex, understand } from '../src/knowledge';
import { answerActivity, citedListActivity, withButtons } from '../src/replies';
import { BUTTONS, CLARIFY_FOLLOW_UP, DID_YOU_MEAN, EMERGENCY_ADVICE, MENU_BUTTONS, OFF_TOPIC, SAFETY_NOTE, SITUATION_INTRO, URGENT_ADVICE } from '../src/text';
import { RedFlagSign, signsMentioned } from '../src/triage';
import { urgentActivity } from '../src/urgentCard';

/** A knowledge answer at a prompt must be surer than one at the top level: a wrong guess there derails the prompt. */
export const PROMPT_ANSWER_MIN_CONFIDENCE = 0.45;

/**
 * What a message asked, kept while a yes/no warning-sign question is answered first: ids only, never the message.
 * A "Did you mean" choice or nothing understood keeps nothing (the menu is offered instead).
 */
export type PendingAnswer =
  | { kind: 'answer' | 'clarify'; passageId: string }
  | { kind: 'situation'; situation: string; passageId: string }
  | { kind: 'boundary'; boundaryId: string };

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

  /** A line after an answer, for the warning signs whose part of the body the message named (none: nothing sent). */
  private async sendSafetyNote(context: TurnContext, signs: readonly RedFlagSign[]): Promise<void> {
    if (signs.length > 0) await context.sendActivity(SAFETY_NOTE(signs));
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

  /** What the article does not cover, what it does say about it (cited), and who to ask; its passages as buttons. */
  async sendBoundary(context: TurnContext, boundary: Boundary): Promise<void> {
    const lines = boundary.says.flatMap((fact) => {
      const passage = this.search.passage(fact.passage);
      return passage ? [{ text: fact.text, passage }] : [];
    });
    const buttons = [...new Set(lines.map((l) => l.passage.title))].slice(0, 3);
    await context.sendActivity(citedListActivity(boundary.intro, lines, boundary.ask, buttons, context.activity.channelId));
  }

  /**
   * Answers a free message, read against the passage given last: a passage, a boundary answer, fast relief for
   * a back that has just gone, a "did you mean" choice, or what the assistant can help with.
   * @returns the passage this reply is about, for reading the next message against it.
   */
  async answer(context: TurnContext, text: string, lastPassageId?: string): Promise<string | undefined> {
    const reading = understand(this.search, text, lastPassageId);
    const about = await this.sendReading(context, reading);
    // A message read as outside back spasms ("cramp in my foot every night") gets no note: it is not about the back.
    if (reading.kind !== 'none') await this.sendSafetyNote(context, signsMentioned(text));
    return about;
  }

  private async sendReading(context: TurnContext, reading: Reading): Promise<string | undefined> {
    switch (reading.kind) {
      case 'answer':
        await this.sendPassage(context, reading.passage);
        return reading.passage.id;
      case 'boundary':
        await this.sendBoundary(context, reading.boundary);
        return undefined;
      case 'situation':
        await context.sendActivity(SITUATION_INTRO);
        await context.sendActivity(answerActivity(reading.passage, [BUTTONS.checkSymptoms, ...this.followUpTitles(reading.passage).slice(0, 2)], context.activity.channelId));
        return reading.passage.id;
      case 'clarify':
        await this.sendMenu(context, CLARIFY_FOLLOW_UP(reading.passage.title), [reading.passage.title, ...this.followUpTitles(reading.passage).slice(0, 2)]);
        return reading.passage.id;
      case 'did-you-mean':
        await this.sendMenu(context, DID_YOU_MEAN, reading.candidates.map((c) => c.passage.title));
        return undefined;
      case 'none':
        await this.sendMenu(context, OFF_TOPIC, [...MENU_BUTTONS, BUTTONS.medication, BUTTONS.prevention]);
        return undefined;
    }
  }

  /** What `answer` would reply to this message, as ids to keep in dialog state; undefined when it would offer the menu. */
  pendingAnswer(text: string, lastPassageId?: string): PendingAnswer | undefined {
    const reading = understand(this.search, text, lastPassageId);
    switch (reading.kind) {
      case 'answer':
      case 'clarify':
        return { kind: reading.kind, passageId: reading.passage.id };
      case 'situation':
        return { kind: 'situation', situation: reading.situation, passageId: reading.passage.id };
      case 'boundary':
        return { kind: 'boundary', boundaryId: reading.boundary.id };
      default:
        return undefined;
    }
  }

  /**
   * Sends `intro`, then the reply kept by `pendingAnswer`; sends nothing and returns false when the knowledge no longer
   * has what it names (a new version was deployed in between).
   */
  async sendPending(context: TurnContext, pending: PendingAnswer, intro: string): Promise<boolean> {
    const reading = this.readingOf(pending);
    if (reading === undefined) return false;
    await context.sendActivity(intro);
    await this.sendReading(context, reading);
    return true;
  }

  private readingOf(pending: PendingAnswer): Reading | undefined {
    if (pending.kind === 'boundary') {
      const boundary = this.search.boundaries.find((b) => b.id === pending.boundaryId);
      return boundary && { kind: 'boundary', boundary };
    }
    const passage = this.search.passage(pending.passageId);
    if (passage === undefined) return undefined;
    if (pending.kind === 'situation') return { kind: 'situation', situation: pending.situation, passage };
    return pending.kind === 'answer' ? { kind: 'answer', passage, confidence: 1 } : { kind: 'clarify', passage };
  }

  /** At a prompt: answers only a clear knowledge question, and says whether it did. */
  async answerIfClearQuestion(context: TurnContext, text: string): Promise<boolean> {
    const outcome = this.search.search(text);
    if (outcome.kind !== 'answer' || outcome.confidence < PROMPT_ANSWER_MIN_CONFIDENCE) return false;
    await this.sendPassage(context, outcome.passage, false);
    return true;
  }
}
