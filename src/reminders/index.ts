// Reminders: the heat-and-ice timer, the 2-day check-in and plain reminders, scheduled in memory or on Azure Queue Storage.
import { createHash, randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import { Clock } from './clock';
import { MemoryScheduler } from './memoryScheduler';
import { Pack, ScheduleKind, stepsOf } from './schedule';
import { ScheduleRecord, Scheduler } from './types';

export { systemClock, type Clock } from './clock';
export * from './schedule';
export type { Deliver, ScheduledStep, ScheduleRecord, Scheduler } from './types';

export interface RemindersConfig {
  /** Every delay is multiplied by this (1 in production; e.g. 0.001 makes 20 minutes 1.2 s for a demo or a test). */
  timeScale: number;
  /** Most schedules running at once per user. */
  maxPerUser: number;
  /** memory: in this process, lost on restart; queue: Azure Queue Storage plus a Blob per schedule, shared by every instance. */
  store:
    | { kind: 'memory' }
    | { kind: 'queue'; connectionString: string; queueName: string; container: string; leaseSeconds: number; pollMs: number; timeoutMs: number };
}

export async function createScheduler(config: RemindersConfig, clock: Clock, onError: (error: unknown) => void): Promise<Scheduler> {
  if (config.store.kind === 'memory') return new MemoryScheduler(clock, onError);
  // Loaded only when used, like the Blob state store: the Azure SDKs cost start-up time.
  const { QueueScheduler } = await import('./queueScheduler');
  return new QueueScheduler({ ...config.store, clock, instanceId: randomUUID(), onError });
}

/** The id of the schedule a message asks for: the same message (a turn run twice) gives the same id. */
export function scheduleId(user: string, conversationId: string, activityId: string | undefined, kind: ScheduleKind): string {
  if (!activityId) return randomUUID();
  return createHash('sha256').update(JSON.stringify([user, conversationId, activityId, kind])).digest('hex').slice(0, 32);
}

/**
 * A new schedule starting now, with its steps' due times on the scaled clock. `id` should come from the request (see
 * scheduleId), so that a turn run again after a state conflict adds the same schedule, not a second one.
 */
export function newSchedule(
  id: string,
  kind: ScheduleKind,
  details: { first?: Pack; minutes?: number },
  user: string,
  reference: Partial<ConversationReference>,
  now: number,
  msPerMinute: number,
): ScheduleRecord {
  return {
    id,
    user,
    kind,
    ...details,
    startedAt: now,
    steps: stepsOf(kind, details.minutes).map((step) => ({ name: step.name, at: now + step.afterMinutes * msPerMinute })),
    reference,
  };
}
