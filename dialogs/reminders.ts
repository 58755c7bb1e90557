// The reminders' side of the conversation: start the heat and ice timer or the check-in, "how long left?", "stop", and
// the messages each step sends later (proactively, through the adapter; see src/app.ts).
import { Activity, TurnContext } from 'botbuilder';
import { withButtons } from '../src/replies';
import {
  CheckInAnswer, Clock, minutesUntil, newSchedule, Pack, parseReminderRequest, ScheduleKind, scheduleId, ScheduleRecord, Scheduler,
} from '../src/reminders';
import { HEAT_ICE_MINUTES } from '../src/reminders/schedule';
import {
  BUTTONS, CHECK_IN_ALREADY, CHECK_IN_BETTER, CHECK_IN_BUTTONS, CHECK_IN_QUESTION, CHECK_IN_SEE_DOCTOR, CHECK_IN_SET, MENU_BUTTONS,
  NOTHING_RUNNING, REMINDER_DUE, REMINDER_LIMIT, REMINDER_SET, REMINDERS_FULL, REMINDERS_UNAVAILABLE, TIME_LEFT_LINE, TIMER_ALREADY_RUNNING,
  TIMER_BREAK_OVER, TIMER_BUTTONS, TIMER_DONE, TIMER_PACK_OFF, TIMER_STARTED, TIMER_STOPPED,
} from '../src/text';
import { RED_FLAG_SIGNS } from '../src/triage';

/** Buttons added after a knowledge answer: the heat-and-ice passage offers its timer. */
export const PASSAGE_ACTIONS: Readonly<Record<string, readonly string[]>> = { 'heat-and-ice': [BUTTONS.heatIceTimer] };

export interface RemindersOptions {
  clock: Clock;
  /** REMINDER_TIME_SCALE: real milliseconds per minute of the schedule is 60,000 times this. */
  timeScale: number;
  maxPerUser: number;
  /** Whether a later message can reach this conversation (authentication off: only a serviceUrl on this machine). */
  canReach(activity: Partial<Activity>): boolean;
}

/** Whose schedules: one user of one channel. */
function userOf(context: TurnContext): string {
  return `${context.activity.channelId}/${context.activity.from?.id ?? ''}`;
}

export class Reminders {
  private readonly msPerMinute: number;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly options: RemindersOptions,
  ) {
    this.msPerMinute = 60_000 * options.timeScale;
  }

  /** What "forget me" deletes besides the bot's state: every schedule of the user, so nothing more is sent. */
  readonly forgettable = {
    delete: async (context: TurnContext): Promise<void> => {
      await this.scheduler.remove(userOf(context));
    },
  };

  /** Handles a top-level message about reminders; false when the message is not one (the router goes on). */
  async handle(context: TurnContext, text: string): Promise<boolean> {
    const request = parseReminderRequest(text);
    if (!request) return false;
    const user = userOf(context);
    switch (request.kind) {
      case 'stop-if-running':
        // A bare "stop" stops the reminders only when some are running; otherwise it means what it always did.
        if ((await this.scheduler.remove(user)) === 0) return false;
        await this.say(context, TIMER_STOPPED, MENU_BUTTONS);
        return true;
      case 'stop':
        await this.say(context, (await this.scheduler.remove(user)) > 0 ? TIMER_STOPPED : NOTHING_RUNNING, MENU_BUTTONS);
        return true;
      case 'time-left': {
        const running = await this.scheduler.list(user);
        // A bare "how long?" with nothing running asks about something else (the answer just given, or how long a
        // spasm lasts): the router reads it as a question.
        if (request.bare && running.length === 0) return false;
        await this.sayTimeLeft(context, running);
        return true;
      }
      case 'out-of-range':
        await this.say(context, REMINDER_LIMIT, [BUTTONS.heatIceTimer]);
        return true;
      case 'check-in-answer':
        await this.answerCheckIn(context, request.answer);
        return true;
      case 'start-heat-ice':
        await this.start(context, 'heat-ice', { first: request.first });
        return true;
      case 'start-reminder':
        await this.start(context, 'reminder', { minutes: request.minutes });
        return true;
      case 'check-in':
        await this.start(context, 'check-in', {});
        return true;
    }
  }

  /** The message of step `index` of a schedule, as the channel should show it. */
  stepActivity(record: ScheduleRecord, index: number, channelId: string | undefined): Partial<Activity> {
    const first = record.first ?? 'heat';
    const [text, buttons]: [string, readonly string[]] = (() => {
      switch (record.steps[index].name) {
        case 'pack-off':
          return [TIMER_PACK_OFF(first, HEAT_ICE_MINUTES), TIMER_BUTTONS];
        case 'break-over':
          return [TIMER_BREAK_OVER(first, HEAT_ICE_MINUTES), TIMER_BUTTONS];
        case 'cycle-done':
          return [TIMER_DONE(first), [BUTTONS.heatIceTimer]];
        case 'check-in':
          return [CHECK_IN_QUESTION, CHECK_IN_BUTTONS];
        case 'reminder':
          return [REMINDER_DUE(record.minutes ?? 0), []];
      }
    })();
    return withButtons(text, buttons, channelId);
  }

  private async start(context: TurnContext, kind: ScheduleKind, details: { first?: Pack; minutes?: number }): Promise<void> {
    if (!this.options.canReach(context.activity)) return this.say(context, REMINDERS_UNAVAILABLE, MENU_BUTTONS);
    const user = userOf(context);
    const { activity } = context;
    const id = scheduleId(user, activity.conversation?.id ?? '', activity.id, kind);
    const running = await this.scheduler.list(user);
    // The same message's turn run again (after a state conflict): the schedule exists, and the confirmation stands.
    if (running.some((r) => r.id === id)) return this.confirm(context, kind, details);
    const same = running.filter((r) => r.kind === kind);
    if (kind === 'heat-ice' && same.length > 0) return this.sayTimeLeft(context, same, TIMER_ALREADY_RUNNING);
    if (kind === 'check-in' && same.length > 0) return this.say(context, CHECK_IN_ALREADY, [BUTTONS.timeLeft]);
    if (running.length >= this.options.maxPerUser) return this.say(context, REMINDERS_FULL(this.options.maxPerUser), [BUTTONS.stopTimer]);

    const reference = TurnContext.getConversationReference(activity);
    await this.scheduler.add(newSchedule(id, kind, details, user, reference, this.options.clock.now(), this.msPerMinute));
    await this.confirm(context, kind, details);
  }

  private async confirm(context: TurnContext, kind: ScheduleKind, details: { first?: Pack; minutes?: number }): Promise<void> {
    if (kind === 'heat-ice') await this.say(context, TIMER_STARTED(details.first ?? 'heat', HEAT_ICE_MINUTES), TIMER_BUTTONS);
    else if (kind === 'check-in') await this.say(context, CHECK_IN_SET, [BUTTONS.timeLeft]);
    else await this.say(context, REMINDER_SET(details.minutes ?? 0), TIMER_BUTTONS);
  }

  private async sayTimeLeft(context: TurnContext, running: readonly ScheduleRecord[], before?: string): Promise<void> {
    const now = this.options.clock.now();
    const lines = running.flatMap((record) => {
      const next = record.steps.find((s) => !s.sent);
      return next ? [TIME_LEFT_LINE[next.name](record.first ?? 'heat', minutesUntil(next.at, now, this.msPerMinute))] : [];
    });
    if (lines.length === 0) return this.say(context, NOTHING_RUNNING, [BUTTONS.heatIceTimer, BUTTONS.checkIn]);
    await this.say(context, [...(before ? [before] : []), ...lines].join('\n\n'), TIMER_BUTTONS);
  }

  private async answerCheckIn(context: TurnContext, answer: CheckInAnswer): Promise<void> {
    if (answer === 'better') return this.say(context, CHECK_IN_BETTER, MENU_BUTTONS);
    const emergency = RED_FLAG_SIGNS.filter((s) => s.tier === 1).map((s) => s.label);
    const urgent = RED_FLAG_SIGNS.filter((s) => s.tier === 2).map((s) => s.label);
    await this.say(context, CHECK_IN_SEE_DOCTOR(emergency, urgent, answer === 'worse'), [BUTTONS.doctor]);
  }

  private async say(context: TurnContext, text: string, buttons: readonly string[]): Promise<void> {
    await context.sendActivity(withButtons(text, buttons, context.activity.channelId));
  }
}
