// A stored reminder schedule and what every scheduler (memory, Azure Queue) offers the bot.
import type { ConversationReference } from 'botbuilder';
import type { Pack, ScheduleKind, StepName } from './schedule';

export interface ScheduledStep {
  name: StepName;
  /** When it is due (ms since the epoch, on the schedule's clock, REMINDER_TIME_SCALE applied). */
  at: number;
  /** Set once the message went out: the idempotency marker, so a step is never sent twice. */
  sent?: boolean;
  /** Queue only: which instance took the step and when, so another knows whether it died mid-delivery. */
  claimedBy?: string;
  claimedAt?: number;
}

export interface ScheduleRecord {
  id: string;
  /** "<channel>/<user id>": whose schedule it is (the per-user cap, "stop", "forget me"). */
  user: string;
  kind: ScheduleKind;
  /** Heat and ice: the pack put on first. */
  first?: Pack;
  /** A plain reminder: after how many minutes. */
  minutes?: number;
  startedAt: number;
  steps: ScheduledStep[];
  /** Where the reminders go: the conversation the request came from. */
  reference: Partial<ConversationReference>;
}

/** Sends step `index` of a schedule (through the adapter); throws when the channel could not be reached. */
export type Deliver = (record: ScheduleRecord, index: number) => Promise<void>;

export interface Scheduler {
  /** Saves the schedule and arranges each step; a schedule with an id already there is left as it is. */
  add(record: ScheduleRecord): Promise<void>;
  /** The user's schedules still running. */
  list(user: string): Promise<ScheduleRecord[]>;
  /** Deletes the user's schedules (of the given kinds, or all); nothing more of them is sent. Returns how many. */
  remove(user: string, kinds?: readonly ScheduleKind[]): Promise<number>;
  /** Starts sending due steps through `deliver`. */
  start(deliver: Deliver): void;
  close(): Promise<void>;
}
