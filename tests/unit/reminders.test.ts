// Reading reminder requests, the article's schedule, and the reminder settings.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { CHECK_IN_MINUTES, minutesUntil, parseReminderRequest, stepsOf } from '../../src/reminders';

describe('reminder requests', () => {
  it.each([
    ['Start a heat and ice timer', { kind: 'start-heat-ice', first: 'heat' }],
    ['start the timer', { kind: 'start-heat-ice', first: 'heat' }],
    ['time my ice pack', { kind: 'start-heat-ice', first: 'ice' }],
    ['Time my hot water bottle please', { kind: 'start-heat-ice', first: 'heat' }],
    ['ice timer', { kind: 'start-heat-ice', first: 'ice' }],
    ['remind me in 20 minutes', { kind: 'start-heat-ice', first: 'heat' }],
    ['Remind me in twenty mins.', { kind: 'start-heat-ice', first: 'heat' }],
    ['remind me in 5 minutes', { kind: 'start-reminder', minutes: 5 }],
    ['set a timer for 2 hours', { kind: 'start-reminder', minutes: 120 }],
    ['remind me in 1.5 hours', { kind: 'start-reminder', minutes: 90 }],
    ['remind me in 2 days', { kind: 'start-reminder', minutes: 2880 }],
    ['remind me in 900 hours', { kind: 'out-of-range' }],
    ['remind me in -5 minutes', { kind: 'out-of-range' }],
    ['remind me in minus 5 minutes', { kind: 'out-of-range' }],
    ['remind me in 0 minutes', { kind: 'out-of-range' }],
    ['remind me in 3 years', { kind: 'out-of-range' }],
    ['Check on me in 2 days', { kind: 'check-in' }],
    ['check in on me', { kind: 'check-in' }],
    ['How long left?', { kind: 'time-left', bare: false }],
    ['how much time is left', { kind: 'time-left', bare: false }],
    ['how long?', { kind: 'time-left', bare: true }],
    ['How much time', { kind: 'time-left', bare: true }],
    ['stop the timer', { kind: 'stop' }],
    ['cancel my reminders', { kind: 'stop' }],
    ['cancel the check-in', { kind: 'stop' }],
    ['stop', { kind: 'stop-if-running' }],
    ['Cancel!', { kind: 'stop-if-running' }],
    ['It’s worse', { kind: 'check-in-answer', answer: 'worse' }],
    ['getting worse', { kind: 'check-in-answer', answer: 'worse' }],
    ['About the same', { kind: 'check-in-answer', answer: 'same' }],
    ['not better', { kind: 'check-in-answer', answer: 'same' }],
    ['It’s better', { kind: 'check-in-answer', answer: 'better' }],
  ])('reads “%s”', (text, expected) => {
    expect(parseReminderRequest(text)).toEqual(expected);
  });

  it.each(['timer', 'heat or ice?', 'how long should I use ice', 'is it better to use heat', 'my back is worse when I sit', 'stop the pain', 'remind me'])(
    'leaves “%s” to the rest of the bot',
    (text) => {
      expect(parseReminderRequest(text)).toBeUndefined();
    },
  );
});

describe('the schedule', () => {
  it('follows the article: 20 minutes on, a 20-minute break, 20 minutes with the other pack', () => {
    expect(stepsOf('heat-ice')).toEqual([
      { name: 'pack-off', afterMinutes: 20 },
      { name: 'break-over', afterMinutes: 40 },
      { name: 'cycle-done', afterMinutes: 60 },
    ]);
    expect(stepsOf('check-in')).toEqual([{ name: 'check-in', afterMinutes: CHECK_IN_MINUTES }]);
    expect(CHECK_IN_MINUTES).toBe(2 * 24 * 60);
  });

  it('counts whole minutes left, rounded up, and at least 1 for a step due but not yet sent', () => {
    expect(minutesUntil(60_000 * 20, 0, 60_000)).toBe(20);
    expect(minutesUntil(60_000 * 20, 1, 60_000)).toBe(20);
    expect(minutesUntil(0, 60_000, 60_000)).toBe(1);
  });
});

describe('reminder settings', () => {
  const BLOB_AND_QUEUE =
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;';

  it('keeps reminders in memory by default, at real time, three per user', () => {
    expect(loadConfig({}).reminders).toEqual({ timeScale: 1, maxPerUser: 3, store: { kind: 'memory' } });
  });

  it('puts them on Azure Queue Storage with STORAGE=blob', () => {
    expect(loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: BLOB_AND_QUEUE, REMINDER_TIME_SCALE: '0.01' }).reminders).toEqual({
      timeScale: 0.01,
      maxPerUser: 3,
      store: { kind: 'queue', connectionString: BLOB_AND_QUEUE, queueName: 'bot-reminders', container: 'bot-reminders', leaseSeconds: 60, pollMs: 5000, timeoutMs: 5000 },
    });
    const account = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net';
    expect(loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: account }).reminders.store).toMatchObject({ kind: 'queue', connectionString: account });
  });

  it.each([
    [{ REMINDER_TIME_SCALE: '2' }, 'REMINDER_TIME_SCALE'],
    [{ REMINDER_MAX_PER_USER: '0' }, 'REMINDER_MAX_PER_USER'],
    [{ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'AccountName=a;BlobEndpoint=http://127.0.0.1:1/a;' }, 'QUEUE_CONNECTION_STRING'],
    [{ STORAGE: 'blob', BLOB_CONNECTION_STRING: BLOB_AND_QUEUE, REMINDER_QUEUE: 'Bad_Name' }, 'REMINDER_QUEUE'],
    [{ STORAGE: 'blob', BLOB_CONNECTION_STRING: BLOB_AND_QUEUE, REMINDER_LEASE_SECONDS: '0' }, 'REMINDER_LEASE_SECONDS'],
  ])('rejects %o, naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Setting ${name}: `));
  });
});
