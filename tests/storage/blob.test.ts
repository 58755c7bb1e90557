// Azure Blob state on Azurite: the container, eTag conflicts, and two app instances sharing one container (scale-out).
import { Writable } from 'node:stream';
import { Storage, StoreItems } from 'botbuilder';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App, startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createStateStore, StorageConflictError } from '../../src/storage';
import { ASSESSMENT_ONSET, ASSESSMENT_SEVERITY } from '../../src/text';
import { Azurite, startAzurite } from '../support/azurite';
import { Conversation, textOf } from '../support/server';
import { ASSESSMENT, expectOnePlanAndNoApology, isSevereRecentPlan, sayAll, stateKeys } from './helpers';

let azurite: Azurite;

beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => azurite?.close());

describe('the Blob store', () => {
  it('creates its container when missing, and reports healthy', async () => {
    const store = await createStateStore(loadConfig(azurite.env('created-on-first-use')).storage);
    expect(await store.health()).toEqual({ kind: 'blob', container: 'created-on-first-use', ok: true });
    await store.storage.write({ 'test/item': { n: 1 } });
    expect((await store.storage.read(['test/item']))['test/item']).toMatchObject({ n: 1, eTag: expect.any(String) });
  });

  it('refuses a write from a stale read with StorageConflictError', async () => {
    const { storage } = await createStateStore(loadConfig(azurite.env('conflicts')).storage);
    await storage.write({ item: { n: 1 } });
    const [first, second] = [(await storage.read(['item'])).item, (await storage.read(['item'])).item];
    // botbuilder's BotState marks what it saves with eTag "*"; the guard puts back the eTag that was read.
    first.eTag = '*';
    second.eTag = '*';
    first.n = 2;
    await storage.write({ item: first });
    second.n = 3;
    await expect(storage.write({ item: second })).rejects.toBeInstanceOf(StorageConflictError);
    expect((await storage.read(['item'])).item.n).toBe(2);
  });
});

/** Two instances of the app on two ports, sharing nothing but one Blob container (as behind a load balancer). */
describe('scale-out: two instances, one container', () => {
  const logs: string[] = [];
  /** Until released, each instance's read of a conversation waits for the other's (so both read the same version). */
  const gate = { armed: false, waiting: [] as (() => void)[] };
  let apps: App[];
  let bases: string[];

  const gated = (inner: Storage): Storage => ({
    read: async (keys: string[]): Promise<StoreItems> => {
      const items = await inner.read(keys);
      if (gate.armed && keys.some((k) => k.includes('/conversations/'))) {
        await new Promise<void>((resolve) => {
          gate.waiting.push(resolve);
          if (gate.waiting.length === 2) {
            gate.armed = false;
            gate.waiting.splice(0).forEach((release) => release());
          }
        });
      }
      return items;
    },
    write: (changes) => inner.write(changes),
    delete: (keys) => inner.delete(keys),
  });

  beforeAll(async () => {
    const env = azurite.env('scale-out');
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          logs.push(chunk.toString());
          done();
        },
      }),
    );
    apps = await Promise.all([0, 1].map(() => startApp({ env, port: 0, logger, wrapStorage: gated })));
    bases = apps.map((a) => `http://127.0.0.1:${a.port}`);
  });
  afterAll(async () => Promise.all((apps ?? []).map((a) => a.close())));

  /** The same conversation as seen through each instance. */
  const through = (id: string) => bases.map((base) => new Conversation(base, { id, userId: `user-${id}` }));

  it('takes one assessment whose turns alternate between the instances to the right plan', async () => {
    const [a, b] = through('alternating');
    const replies = [];
    for (const [i, message] of ASSESSMENT.entries()) replies.push(textOf(await (i % 2 ? b : a).say(message)));
    expect(replies[0]).toContain(ASSESSMENT_ONSET);
    expect(replies[1]).toContain(ASSESSMENT_SEVERITY);
    expect(replies[2]).toMatch(/^Last question/);
    expect(isSevereRecentPlan(replies[3])).toBe(true);
    // The user state written by the second instance is read by the first.
    expect(textOf(await a.say('check my symptoms'))).toContain('you rated the pain 7/10');
  });

  it('answers one message sent to both instances at once with one plan: the later save conflicts and its turn re-runs', async () => {
    const [a, b] = through('double-send');
    await sayAll(ASSESSMENT.slice(0, 3), (i) => (i % 2 ? b : a));
    const retriesBefore = logs.filter((l) => l.includes('running the turn again')).length;
    gate.armed = true;
    const both = await Promise.all([a.post(a.activity({ text: 'no' })), b.post(b.activity({ text: 'no' }))]);
    expect(gate.armed).toBe(false);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    const texts = both.map((r) => textOf(r.replies));
    // Both instances built the plan from the same state; only the first save counts, the other turn ran again on the
    // saved state, where "no" is no longer an answer to a question.
    expectOnePlanAndNoApology(texts);
    // At least one turn ran again. Sometimes two re-runs (seen in 2 of ~10 runs): the conversation and the user state are
    // two blobs saved side by side, so either an instance re-read the user state between the other's two writes and
    // conflicted once more, or each instance won one blob and both re-ran (the one whose conversation was saved finds its
    // activity recorded there and sends its saved replies: ProcessedActivities). A turn gets 3 attempts; what the user
    // sees is the same either way: one plan, no apology.
    const reruns = logs.filter((l) => l.includes('running the turn again')).length - retriesBefore;
    expect(reruns).toBeGreaterThanOrEqual(1);
    expect(reruns).toBeLessThanOrEqual(2);
    const next = textOf(await b.say('check my symptoms'));
    expect(next).toContain(ASSESSMENT_ONSET);
    expect(next).toContain('you rated the pain 7/10');
  });

  it('keeps state in the shared container, readable by either instance', async () => {
    const [a] = through('stored');
    await a.say('check my symptoms');
    for (const app of apps) {
      const key = stateKeys(a).conversation;
      expect((await app.storage.read([key]))[key]).toMatchObject({ dialogState: expect.any(Object), eTag: expect.any(String) });
    }
  });
});
