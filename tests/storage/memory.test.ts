// The embedded store: MemoryStorage's eTag rules, idle expiry, the cap on entries, and optimistic concurrency for BotState.
import { ConversationState, TestAdapter, TurnContext } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { BoundedMemoryStorage, GuardedStorage, StorageConflictError } from '../../src/storage';

const MINUTE = 60_000;
let clock = 0;
const stores: BoundedMemoryStorage[] = [];

function store(options: { ttlMs?: number; maxEntries?: number } = {}): BoundedMemoryStorage {
  const memory = new BoundedMemoryStorage({ ttlMs: options.ttlMs ?? 60 * MINUTE, maxEntries: options.maxEntries ?? 100, now: () => clock });
  stores.push(memory);
  return memory;
}

afterEach(() => {
  stores.splice(0).forEach((s) => s.close());
  clock = 0;
});

describe('eTags, as botbuilder’s MemoryStorage', () => {
  it('gives every write a new eTag and hands out copies', async () => {
    const memory = store();
    await memory.write({ a: { n: 1 } });
    const first = (await memory.read(['a'])).a;
    expect(first).toMatchObject({ n: 1, eTag: expect.any(String) });
    first.n = 99;
    expect((await memory.read(['a'])).a.n).toBe(1);
    await memory.write({ a: { n: 2, eTag: first.eTag } });
    expect((await memory.read(['a'])).a.eTag).not.toBe(first.eTag);
  });

  it('refuses a write with a stale eTag, and writes nothing of that batch', async () => {
    const memory = store();
    await memory.write({ a: { n: 1 } });
    const stale = (await memory.read(['a'])).a;
    await memory.write({ a: { n: 2, eTag: stale.eTag } });
    await expect(memory.write({ b: { n: 1 }, a: { n: 3, eTag: stale.eTag } })).rejects.toBeInstanceOf(StorageConflictError);
    expect(await memory.read(['a', 'b'])).toEqual({ a: { n: 2, eTag: expect.any(String) } });
  });

  it('overwrites with eTag "*" or none, and creates with any eTag', async () => {
    const memory = store();
    await memory.write({ a: { n: 1 } });
    await memory.write({ a: { n: 2, eTag: '*' } });
    await memory.write({ a: { n: 3 } });
    await memory.write({ b: { n: 1, eTag: 'whatever' } });
    expect((await memory.read(['a', 'b'])).a.n).toBe(3);
    expect((await memory.read(['b'])).b.n).toBe(1);
  });

  it('deletes, and ignores keys it does not have', async () => {
    const memory = store();
    await memory.write({ a: { n: 1 } });
    await memory.delete(['a', 'missing']);
    expect(await memory.read(['a'])).toEqual({});
  });
});

describe('bounds', () => {
  it('forgets an entry left idle for the time to live, and keeps one that is read', async () => {
    const memory = store({ ttlMs: 10 * MINUTE });
    await memory.write({ idle: { n: 1 }, busy: { n: 1 } });
    clock += 6 * MINUTE;
    await memory.read(['busy']);
    clock += 6 * MINUTE;
    expect(Object.keys(await memory.read(['idle', 'busy']))).toEqual(['busy']);
  });

  it('sweeps expired entries out of memory without being asked for them', async () => {
    const memory = store({ ttlMs: 10 * MINUTE });
    await memory.write({ a: { n: 1 }, b: { n: 1 } });
    clock += 5 * MINUTE;
    await memory.write({ c: { n: 1 } });
    clock += 6 * MINUTE;
    expect(memory.sweep()).toBe(2);
    expect(memory.size).toBe(1);
  });

  it('drops the least recently used entries past the cap', async () => {
    const memory = store({ maxEntries: 3 });
    await memory.write({ a: { n: 1 } });
    clock += 1;
    await memory.write({ b: { n: 1 } });
    clock += 1;
    await memory.write({ c: { n: 1 } });
    clock += 1;
    await memory.read(['a']);
    await memory.write({ d: { n: 1 } });
    expect(memory.size).toBe(3);
    expect(Object.keys(await memory.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
  });

  it('stays at the cap under many conversations', async () => {
    const memory = store({ maxEntries: 100 });
    for (let i = 0; i < 1000; i += 1) await memory.write({ [`conversation-${i}`]: { n: i } });
    expect(memory.size).toBe(100);
    expect(Object.keys(await memory.read(['conversation-999', 'conversation-0']))).toEqual(['conversation-999']);
  });
});

describe('BotState over the guarded store', () => {
  const activity = { type: 'message', channelId: 'test', conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' }, from: { id: 'u1', name: 'User' }, recipient: { id: 'bot', name: 'Bot' } };
  const context = () => new TurnContext(new TestAdapter(), activity);

  it('makes the second of two turns read from the same version fail to save, instead of overwriting the first', async () => {
    const state = new ConversationState(new GuardedStorage(store()));
    const step = state.createProperty<number>('step');
    const [first, second] = [context(), context()];
    await step.set(first, 1);
    await state.saveChanges(first);
    const [a, b] = [context(), context()];
    expect([await step.get(a), await step.get(b)]).toEqual([1, 1]);
    await step.set(a, 2);
    await step.set(b, 2);
    await state.saveChanges(a);
    await expect(state.saveChanges(b)).rejects.toBeInstanceOf(StorageConflictError);
    // Re-read, the second turn sees the first one's step and can go on from there.
    await state.load(b, true);
    expect(await step.get(b)).toBe(2);
    await step.set(b, 3);
    await state.saveChanges(b);
    expect(await step.get(second)).toBe(3);
  });
});
