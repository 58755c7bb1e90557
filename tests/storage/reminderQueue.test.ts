// The Azure Queue scheduler against Azurite: steps in order, exactly once across instances, one dying mid-delivery, cancel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createScheduler, newSchedule, ScheduleRecord, Scheduler, systemClock } from '../../src/reminders';
import { Azurite, startAzurite } from '../support/azurite';

/** 20 schedule minutes = 1.2 real seconds (the queue counts whole seconds, so the steps fall 1-2 s apart). */
const SCALE = 0.001;
const MS_PER_MINUTE = 60_000 * SCALE;

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => azurite?.close());

let count = 0;
async function scheduler(name: string): Promise<Scheduler> {
  const env = { ...azurite.env('unused'), REMINDER_QUEUE: name, REMINDER_CONTAINER: name, REMINDER_LEASE_SECONDS: '2', REMINDER_POLL_SECONDS: '0.1' };
  return createScheduler(loadConfig(env).reminders, systemClock, () => undefined);
}

function timer(user: string): ScheduleRecord {
  count += 1;
  return newSchedule(`s${count}-${Date.now()}`, 'heat-ice', { first: 'heat' }, user, { conversation: { id: `c${count}`, isGroup: false, conversationType: '', name: '' } }, Date.now(), MS_PER_MINUTE);
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 25_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('reminders on Azure Queue Storage (Azurite)', () => {
  it('two instances share the queue: every step is sent once, in order, and the finished schedule is deleted', async () => {
    const [a, b] = [await scheduler('share'), await scheduler('share')];
    const sent: string[] = [];
    a.start(async (record, index) => void sent.push(`${record.id}:${record.steps[index].name}`));
    b.start(async (record, index) => void sent.push(`${record.id}:${record.steps[index].name}`));
    try {
      const records = [timer('u1'), timer('u2')];
      for (const record of records) await a.add(record);
      expect((await b.list('u1')).map((r) => r.id)).toEqual([records[0].id]);
      await until(() => sent.length >= 6, 'six steps');
      for (const record of records) {
        expect(sent.filter((s) => s.startsWith(record.id))).toEqual(['pack-off', 'break-over', 'cycle-done'].map((step) => `${record.id}:${step}`));
      }
      await until(async () => (await a.list('u1')).length === 0 && (await a.list('u2')).length === 0, 'the schedules to be deleted');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('an instance that dies mid-delivery loses nothing: another sends the step after the lease', async () => {
    const dying = await scheduler('dying');
    let taken!: () => void;
    const tookOne = new Promise<void>((resolve) => (taken = resolve));
    // It takes the first step and never finishes sending it (as if the process died there).
    dying.start(() => {
      taken();
      return new Promise<void>(() => undefined);
    });
    const record = timer('u3');
    await dying.add(record);
    await tookOne;
    void dying.close();

    const survivor = await scheduler('dying');
    const sent: string[] = [];
    survivor.start(async (r, index) => void sent.push(r.steps[index].name));
    try {
      await until(() => sent.length >= 3, 'the three steps from the survivor');
      expect(sent).toEqual(['pack-off', 'break-over', 'cycle-done']);
    } finally {
      await survivor.close();
    }
  });

  it('sends nothing of a removed schedule ("stop", "forget me")', async () => {
    const instance = await scheduler('removed');
    const sent: string[] = [];
    instance.start(async (r, index) => void sent.push(r.steps[index].name));
    try {
      await instance.add(timer('u4'));
      await instance.add(timer('u4'));
      expect(await instance.list('u4')).toHaveLength(2);
      expect(await instance.remove('u4')).toBe(2);
      expect(await instance.list('u4')).toEqual([]);
      const other = timer('u5');
      await instance.add(other);
      await until(() => sent.length >= 3, 'the other user’s steps');
      // The removed schedules' messages came due before the other's last step and were dropped unsent.
      expect(sent).toEqual(['pack-off', 'break-over', 'cycle-done']);
    } finally {
      await instance.close();
    }
  });
});
