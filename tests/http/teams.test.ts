// Microsoft Teams behaviour through the real server: mentions, group chats, install welcome, card buttons.
import { describe, expect, it } from 'vitest';
import { MENU_BUTTONS, SEVERITY_BUTTONS, WELCOME } from '../../src/text';
import { buttonsOf, Conversation } from '../support/server';
import { useTestApp } from '../support/useTestApp';

const server = useTestApp();

const BOT = { id: '28:bot-id', name: 'Back Spasm Helper' };
const mention = { type: 'mention', text: '<at>Back Spasm Helper</at>', mentioned: BOT };

function teams(conversationType: 'personal' | 'channel' | 'groupChat') {
  const c = new Conversation(server.base, { channelId: 'msteams' });
  const send = (extra: Record<string, unknown>) =>
    c.post(c.activity({ recipient: BOT, conversation: { id: c.id, conversationType, isGroup: conversationType !== 'personal' }, ...extra }));
  return { c, send };
}

describe('Microsoft Teams', () => {
  it('answers in a personal chat with hero-card buttons, not suggested actions', async () => {
    const { send } = teams('personal');
    const { replies } = await send({ text: 'is heat or ice better?' });
    expect(replies[0].text).toContain(server.app.search.passage('heat-and-ice')?.answer);
    expect(replies[0].suggestedActions).toBeUndefined();
    expect(replies[0].attachments?.[0].contentType).toBe('application/vnd.microsoft.card.hero');
    expect(buttonsOf(replies[0]).length).toBeGreaterThanOrEqual(2);
  });

  it('stays quiet in a channel unless mentioned', async () => {
    const { send } = teams('channel');
    expect((await send({ text: 'is heat or ice better?' })).replies).toHaveLength(0);
  });

  it('removes the @mention before routing, in channels and group chats', async () => {
    for (const type of ['channel', 'groupChat'] as const) {
      const { send } = teams(type);
      const { replies } = await send({ text: '<at>Back Spasm Helper</at> is heat or ice better?', entities: [mention] });
      expect(replies[0].text, type).toContain(server.app.search.passage('heat-and-ice')?.answer);
    }
    const { send } = teams('groupChat');
    // "@bot hello" is a greeting once the mention is gone, not a question about "back spasm helper".
    const { replies } = await send({ text: '<at>Back Spasm Helper</at> hello', entities: [mention] });
    expect(buttonsOf(replies[0])).toEqual(MENU_BUTTONS);
  });

  it('welcomes on install, with card buttons', async () => {
    const { send } = teams('personal');
    const { replies } = await send({ type: 'installationUpdate', action: 'add', text: undefined });
    expect(replies[0].text).toBe(WELCOME);
    expect(replies[0].attachments?.[0].contentType).toBe('application/vnd.microsoft.card.hero');
    expect(buttonsOf(replies[0])).toEqual(MENU_BUTTONS);
  });

  it('welcomes a user added to the conversation, but not the bot’s own arrival', async () => {
    const { c, send } = teams('personal');
    expect((await send({ type: 'conversationUpdate', text: undefined, membersAdded: [BOT] })).replies).toHaveLength(0);
    expect((await send({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: c.userId }] })).replies[0].text).toBe(WELCOME);
  });

  it('uses cards for every button set: hero cards, an Adaptive Card (schema ≤ 1.5) in rows for the 0–10 scale', async () => {
    const { send } = teams('personal');
    let cards = 0;
    for (const text of ['hello', 'check my symptoms', 'today', '5', 'no']) {
      const { replies } = await send({ text });
      for (const reply of replies) {
        expect(reply.suggestedActions).toBeUndefined();
        for (const attachment of reply.attachments ?? []) {
          if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
            expect(Number(attachment.content.version)).toBeLessThanOrEqual(1.5);
            expect(buttonsOf(reply)).toEqual(SEVERITY_BUTTONS);
          } else {
            expect(attachment.contentType).toBe('application/vnd.microsoft.card.hero');
          }
          cards += 1;
        }
      }
    }
    expect(cards).toBe(5);
  });
});
