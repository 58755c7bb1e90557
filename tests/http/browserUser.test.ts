// The web page's stable user (a browser key kept in localStorage) and typing indicators, through the local Direct Line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_LAST_TIME, ASSESSMENT_SEVERITY } from '../../src/text';
import { Azurite, startAzurite } from '../support/azurite';
import { useTestApp } from '../support/useTestApp';

const DIRECT_LINE = '/v3/directline';
const server = useTestApp({ TYPING_DELAY_MS: '0' });

interface Polled {
  activities: { type: string; text?: string; from: { id: string; role?: string } }[];
  watermark: string;
}

/** A page's side of one conversation: start (with the browser's key, if any), send, and poll until the bot says `text`. */
async function pageConversation(userKey?: string, origin = server.base) {
  const started = await fetch(`${origin}${DIRECT_LINE}/conversations`, {
    method: 'POST',
    ...(userKey ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userKey }) } : {}),
  });
  expect(started.status).toBe(201);
  const { conversationId, token } = (await started.json()) as { conversationId: string; token: string };
  const base = `${origin}${DIRECT_LINE}/conversations/${conversationId}/activities`;
  const auth = { authorization: `Bearer ${token}` };
  let seen: Polled['activities'] = [];
  return {
    async say(text: string): Promise<void> {
      const res = await fetch(base, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text }) });
      expect(res.status).toBe(200);
    },
    /** Polls until the bot has sent an activity that `matches` (a message containing the text, by default). */
    async waitFor(text: string, matches = (a: Polled['activities'][number]) => a.text?.includes(text) === true): Promise<Polled['activities']> {
      const deadline = Date.now() + 10_000;
      while (!seen.some((a) => a.from.role === 'bot' && matches(a))) {
        if (Date.now() > deadline) throw new Error(`the bot never sent “${text}”`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        seen = ((await (await fetch(`${base}?watermark=`, { headers: auth })).json()) as Polled).activities;
      }
      return seen;
    },
  };
}

/** What the assessment says when it remembers a rating of 7. */
const REMEMBERED = ASSESSMENT_LAST_TIME(7, 'then').split(') ')[1];
const KEY = 'k'.repeat(11) + 'Q2xpZW50S2V5MTIzNDU2Nzg5';

describe('the browser’s own user id', () => {
  it('is the same in every conversation opened with the same key, so the bot remembers the last rating', async () => {
    const first = await pageConversation(KEY);
    for (const [text, reply] of [['check my symptoms', 'when did this start'], ['today', ASSESSMENT_SEVERITY], ['7', 'Last question'], ['no', 'Your plan']]) {
      await first.say(text);
      await first.waitFor(reply);
    }
    const second = await pageConversation(KEY);
    await second.say('check my symptoms');
    const seen = await second.waitFor(REMEMBERED);
    const userIds = new Set(seen.filter((a) => a.from.role === 'user').map((a) => a.from.id));
    expect(userIds.size).toBe(1);
    expect([...userIds][0]).not.toContain(KEY);
  });

  it('is new for a conversation started without a key, and a malformed key is refused with 400', async () => {
    const stranger = await pageConversation();
    await stranger.say('check my symptoms');
    const seen = await stranger.waitFor('when did this start');
    expect(seen.some((a) => a.text?.includes(REMEMBERED))).toBe(false);

    for (const userKey of ['short', 'has spaces in it and is long enough', 42]) {
      const res = await fetch(`${server.base}${DIRECT_LINE}/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userKey }) });
      expect(res.status).toBe(400);
    }
  });
});

describe('typing indicators', () => {
  // A turn on the memory store ends before a timer can fire; on Blob storage (Azurite) it waits on real I/O, as in production.
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => azurite?.close());
  const blobApp = useTestApp(() => ({ ...azurite.env('typing'), TYPING_DELAY_MS: '0' }));

  it('from the bot reach the page through the local Direct Line while a turn runs (Web Chat shows them as “typing…”)', async () => {
    const page = await pageConversation(undefined, blobApp.base);
    await page.say('is heat or ice better?');
    const seen = await page.waitFor('cite:1');
    const typing = seen.findIndex((a) => a.type === 'typing');
    expect(typing).toBeGreaterThan(-1);
    expect(seen[typing].from.role).toBe('bot');
    // Sent while the turn ran, so it comes before the answer it announces.
    expect(typing).toBeLessThan(seen.findIndex((a) => a.text?.includes('cite:1') === true));
  });
});
