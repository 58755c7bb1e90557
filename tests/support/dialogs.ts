// Builds the real dialogs over the real knowledge for DialogTestClient tests, and reads replies like a user.
import { Activity, AutoSaveStateMiddleware, ConversationState, MemoryStorage, UserState } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { guidedDialogs } from '../../dialogs';
import { MainDialog, MessageHook } from '../../dialogs/mainDialog';
import { Responder } from '../../dialogs/responder';
import { loadKnowledge, SearchIndex } from '../../src/knowledge';
import { KNOWLEDGE_DIR } from '../../src/paths';
import { buttonsOf, Reply } from './server';

export const search = new SearchIndex(loadKnowledge(KNOWLEDGE_DIR));

/** The text a user sees for a passage: a reply that contains it gave that passage. */
export const answerOf = (id: string): string => search.passage(id)?.answer ?? `no passage ${id}`;
/** The opening a user sees when the article does not cover a topic. */
export const introOf = (id: string): string => search.boundaries.find((b) => b.id === id)?.intro ?? `no boundary ${id}`;

export interface TestBot {
  client: DialogTestClient;
  userState: UserState;
  /** Sends a message; returns every reply of that turn. */
  say(text: string): Promise<Partial<Activity>[]>;
}

/**
 * The main dialog with all guided dialogs, as the bot runs it. Share `storage` to simulate a later conversation;
 * `hook` is what src/app.ts puts before the router (the reminders).
 */
export function testBot(channelId = 'test', storage = new MemoryStorage(), index: SearchIndex = search, hook?: MessageHook): TestBot {
  const userState = new UserState(storage);
  const conversationState = new ConversationState(storage);
  const responder = new Responder(index);
  const dialog = new MainDialog(responder, guidedDialogs(responder, userState), hook);
  const client = new DialogTestClient(channelId, dialog, undefined, [new AutoSaveStateMiddleware(userState)], conversationState);
  return {
    client,
    userState,
    async say(text: string) {
      const first = await client.sendActivity(text);
      const replies: Partial<Activity>[] = first ? [first] : [];
      for (let next = client.getNextReply(); next; next = client.getNextReply()) replies.push(next);
      return replies;
    },
  };
}

export function buttons(reply: Partial<Activity> | undefined): string[] {
  return buttonsOf(reply as Reply | undefined);
}

export function texts(replies: Partial<Activity>[]): string[] {
  return replies.filter((r) => r.type === 'message').map((r) => r.text ?? '');
}

export function last(replies: Partial<Activity>[]): Partial<Activity> {
  return replies.filter((r) => r.type === 'message').at(-1) ?? {};
}

/** The last text a user sees after sending these messages, in order, in one conversation. */
export async function lastReplyTo(...messages: string[]): Promise<string> {
  const bot = testBot();
  let replies: Partial<Activity>[] = [];
  for (const message of messages) replies = await bot.say(message);
  return last(replies).text ?? '';
}
