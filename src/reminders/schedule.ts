// What a reminder schedule is, and the heat-and-ice cycle's steps as the article gives them. No botbuilder, no timers.

/** The article: a warm pack, then a cold one, 20 minutes each, with a 20-minute break between them. */
export const HEAT_ICE_MINUTES = 20;
/** The article gives a few days before a doctor should look at a spasm that is worsening or lingering: the check-in comes after 2. */
export const CHECK_IN_MINUTES = 2 * 24 * 60;
/** The shortest and longest single reminder the bot sets ("remind me in 900 hours" gets a kind limit). */
export const MIN_REMINDER_MINUTES = 1;
export const MAX_REMINDER_MINUTES = CHECK_IN_MINUTES;

export type Pack = 'heat' | 'ice';
export type ScheduleKind = 'heat-ice' | 'check-in' | 'reminder';

/** One message the schedule sends, and how many minutes after the start. */
export type StepName = 'pack-off' | 'break-over' | 'cycle-done' | 'check-in' | 'reminder';
export interface Step {
  name: StepName;
  afterMinutes: number;
}

export function otherPack(pack: Pack): Pack {
  return pack === 'heat' ? 'ice' : 'heat';
}

/** The steps of a schedule: the heat-and-ice cycle has three, a check-in or a plain reminder one. */
export function stepsOf(kind: ScheduleKind, minutes = HEAT_ICE_MINUTES): Step[] {
  switch (kind) {
    case 'heat-ice':
      return [
        { name: 'pack-off', afterMinutes: HEAT_ICE_MINUTES },
        { name: 'break-over', afterMinutes: 2 * HEAT_ICE_MINUTES },
        { name: 'cycle-done', afterMinutes: 3 * HEAT_ICE_MINUTES },
      ];
    case 'check-in':
      return [{ name: 'check-in', afterMinutes: CHECK_IN_MINUTES }];
    case 'reminder':
      return [{ name: 'reminder', afterMinutes: minutes }];
  }
}

/** What a message asks of the reminders, read from the whole message (folded: lowercase, no punctuation). */
export type ReminderRequest =
  | { kind: 'start-heat-ice'; first: Pack }
  | { kind: 'start-reminder'; minutes: number }
  | { kind: 'out-of-range' }
  | { kind: 'check-in' }
  /** `bare`: only "how long?" / "how much time?", which may as well ask about the answer just given (see dialogs/reminders.ts). */
  | { kind: 'time-left'; bare: boolean }
  | { kind: 'stop' }
  | { kind: 'stop-if-running' }
  | { kind: 'check-in-answer'; answer: CheckInAnswer };

export type CheckInAnswer = 'better' | 'same' | 'worse';

const HEAT_ICE =
  /^(?:please )?(?:start|set|begin|run)? ?(?:a |an |the |my )?(?:heat and ice|heat ice|hot and cold|ice and heat|ice|heat|ice pack|heat pack|hot pack|cold pack|hot water bottle)? ?(?:timer|reminders?)(?: please)?$|^(?:please )?time (?:my|the|a) (?:ice pack|ice|heat pack|heat|hot pack|cold pack|hot water bottle|heating pad|packs?)(?: please)?$/;
const REMIND_IN = /^(?:please )?(?:remind me|set (?:a )?(?:timer|reminder)|timer|tell me|ping me)(?: (?:for|in|after))? (minus |-)?(\d+(?:\.\d+)?|an?|one|two|five|ten|fifteen|twenty|thirty|forty|sixty) ?(minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|months?|years?)(?: please)?$/;
const CHECK_IN = /^(?:please )?(?:check (?:on|in on|in with) me|check in)(?: (?:in|after) (?:2|two) days)?(?: please)?$|^(?:ask|remind) me (?:how i am|how my back is)(?: in (?:2|two) days)?$/;
const TIME_LEFT = /^(?:how (?:long|much time|many minutes)(?: is)?(?: (?:left|to go|remaining))?(?: on (?:the|my) timer)?|time left|how long until (?:the )?(?:next|break|switch)|whens? (?:the )?next (?:reminder|step)|when is (?:the )?next (?:reminder|step))$/;
/** "How long?" with nothing about a timer: a question about the timer only while one runs. */
const BARE_TIME_LEFT = /^how (?:long|much time|many minutes)(?: is)?$/;
const STOP = /^(?:please )?(?:stop|cancel|end|turn off|delete)(?: (?:the|my|all|all my|all the))? ?(?:heat and ice |heat |ice )?(?:timers?|reminders?|check ?ins?)(?: please)?$/;
const BARE_STOP = /^(?:please )?(?:stop|cancel|stop it|enough)(?: please)?$/;
const CHECK_IN_ANSWERS: [CheckInAnswer, RegExp][] = [
  ['worse', /^(?:its |it is |my back is |its getting |it s )?(?:worse|getting worse|much worse|a lot worse|worse than before)$/],
  ['same', /^(?:its |it is |my back is )?(?:about the same|the same|same|no better|not better|not any better|no change|hasnt changed|not really better|still the same|no different)$/],
  ['better', /^(?:its |it is |my back is |its getting |it s )?(?:better|much better|a lot better|a bit better|getting better|improving|all better)$/],
];

const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40, sixty: 60 };

/** Reads a whole message as a reminder request (a leading minus is kept, so "in -5 minutes" gets the limit). */
export function parseReminderRequest(message: string): ReminderRequest | undefined {
  const folded = message
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9.\- ]+/g, ' ')
    .replace(/([a-z])-(?=[a-z])/g, '$1 ')
    .replace(/\s+/g, ' ')
    .replace(/[.]$/, '')
    .trim();
  if (TIME_LEFT.test(folded)) return { kind: 'time-left', bare: BARE_TIME_LEFT.test(folded) };
  if (STOP.test(folded)) return { kind: 'stop' };
  if (BARE_STOP.test(folded)) return { kind: 'stop-if-running' };
  if (CHECK_IN.test(folded)) return { kind: 'check-in' };
  for (const [answer, pattern] of CHECK_IN_ANSWERS) if (pattern.test(folded)) return { kind: 'check-in-answer', answer };
  const remind = REMIND_IN.exec(folded);
  if (remind) {
    const [, minus, amount, unit] = remind;
    const minutes = (WORD_NUMBERS[amount] ?? Number(amount)) * unitMinutes(unit);
    if (minus || !Number.isFinite(minutes) || minutes < MIN_REMINDER_MINUTES || minutes > MAX_REMINDER_MINUTES) return { kind: 'out-of-range' };
    // 20 minutes is the article's time for a pack: that request starts the whole heat-and-ice cycle.
    return minutes === HEAT_ICE_MINUTES ? { kind: 'start-heat-ice', first: 'heat' } : { kind: 'start-reminder', minutes: Math.round(minutes) };
  }
  if (HEAT_ICE.test(folded) && folded !== 'timer' && folded !== 'reminder' && folded !== 'reminders') {
    return { kind: 'start-heat-ice', first: /\b(?:ice|cold)\b/.test(folded) && !/\bheat and ice\b|\bhot and cold\b/.test(folded) ? 'ice' : 'heat' };
  }
  return undefined;
}

function unitMinutes(unit: string): number {
  if (/^m(?:in)?/.test(unit) && !unit.startsWith('mo')) return 1;
  if (unit.startsWith('h')) return 60;
  if (unit.startsWith('d')) return 24 * 60;
  if (unit.startsWith('w')) return 7 * 24 * 60;
  if (unit.startsWith('mo')) return 30 * 24 * 60;
  return 365 * 24 * 60;
}

/** Whole minutes from `now` until `at` (both in ms on the schedule's scaled time), rounded up; 1 for a step due but not yet sent. */
export function minutesUntil(at: number, now: number, msPerMinute: number): number {
  return Math.max(1, Math.ceil((at - now) / msPerMinute));
}
