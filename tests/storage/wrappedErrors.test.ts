// A storage failure that reaches the bot wrapped (botbuilder-dialogs wraps what a dialog's state read throws) still
// gets the storage apology, not the generic one.
import { Storage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App, startApp } from '../../src/app';
import { STORAGE_APOLOGY } from '../../src/text';
import { Conversation, textOf } from '../support/server';

let app: App;
let base: string;

/** The memory store, except that reading a user's state fails as an unreachable store does. */
const userReadsFail = (inner: Storage): Storage => ({
  read: async (keys) => {
    if (keys.some((k) => k.includes('/users/'))) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    return inner.read(keys);
  },
  write: (changes) => inner.write(changes),
  delete: (keys) => inner.delete(keys),
});

beforeAll(async () => {
  app = await startApp({ env: { LOG_LEVEL: 'silent' }, port: 0, wrapStorage: userReadsFail });
  base = `http://127.0.0.1:${app.port}`;
});
afterAll(async () => app?.close());

describe('the user state failing to load inside the assessment dialog', () => {
  it('gets the storage apology', async () => {
    expect(textOf(await new Conversation(base).say('check my symptoms'))).toBe(STORAGE_APOLOGY);
  });
});
