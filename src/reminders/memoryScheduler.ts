// Reminders kept in this process: a timer per step. Lost on restart, and seen by this instance only (README: Reminders).
import { Clock } from './clock';
import { Deliver, ScheduleRecord, Scheduler } from './types';
import type { ScheduleKind } from './schedule';

interface Running {
  record: ScheduleRecord;
  timers: unknown[];
  /** Steps of one schedule go out one after another, even when two fall due together. */
  chain: Promise<void>;
}

export class MemoryScheduler implements Scheduler {
  private readonly byUser = new Map<string, Map<string, Running>>();
  private deliver?: Deliver;

  constructor(
    private readonly clock: Clock,
    private readonly onError: (error: unknown) => void,
  ) {}

  async add(record: ScheduleRecord): Promise<void> {
    if (this.byUser.get(record.user)?.has(record.id)) return;
    const running: Running = { record, timers: [], chain: Promise.resolve() };
    running.timers = record.steps.map((step, index) => this.clock.setTimeout(() => this.fire(running, index), Math.max(0, step.at - this.clock.now())));
    const mine = this.byUser.get(record.user) ?? new Map<string, Running>();
    mine.set(record.id, running);
    this.byUser.set(record.user, mine);
  }

  async list(user: string): Promise<ScheduleRecord[]> {
    return [...(this.byUser.get(user)?.values() ?? [])].map((r) => r.record);
  }

  async remove(user: string, kinds?: readonly ScheduleKind[]): Promise<number> {
    const mine = this.byUser.get(user);
    if (!mine) return 0;
    let removed = 0;
    for (const [id, running] of mine) {
      if (kinds && !kinds.includes(running.record.kind)) continue;
      this.stop(running);
      mine.delete(id);
      removed += 1;
    }
    if (mine.size === 0) this.byUser.delete(user);
    return removed;
  }

  start(deliver: Deliver): void {
    this.deliver = deliver;
  }

  async close(): Promise<void> {
    for (const mine of this.byUser.values()) for (const running of mine.values()) this.stop(running);
    this.byUser.clear();
  }

  private drop(record: ScheduleRecord): void {
    const mine = this.byUser.get(record.user);
    mine?.delete(record.id);
    if (mine?.size === 0) this.byUser.delete(record.user);
  }

  private stop(running: Running): void {
    for (const timer of running.timers) this.clock.clearTimeout(timer);
  }

  private fire(running: Running, index: number): void {
    running.chain = running.chain.then(async () => {
      const { record } = running;
      // Removed since ("stop", "forget me"): nothing more is sent.
      if (this.byUser.get(record.user)?.get(record.id) !== running || !this.deliver) return;
      try {
        await this.deliver(record, index);
      } catch (error) {
        this.onError(error);
      }
      record.steps[index].sent = true;
      if (record.steps.every((s) => s.sent)) this.drop(record);
    });
  }
}
