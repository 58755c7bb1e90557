// What the storage tests share: the assessment as a user answers it, and where a conversation's state is stored.
import { expect } from 'vitest';
import { ERROR_APOLOGY, PLAN_HEADINGS, PLAN_LINES, STORAGE_APOLOGY } from '../../src/text';
import { Conversation, textOf } from '../support/server';

/** The whole assessment in four messages, ending in the plan for a new spasm at 7/10 (the "see a doctor soon" branch). */
export const ASSESSMENT = ['check my symptoms', 'today', '7', 'no'] as const;

/** True when the text is that plan: its heading and its "speak to a doctor soon" line. */
export function isSevereRecentPlan(text: string): boolean {
  return text.includes(PLAN_HEADINGS.recent(7)) && text.includes(PLAN_LINES['muscle-relaxants']);
}

/** The keys botbuilder's ConversationState and UserState use for this conversation and its user. */
export function stateKeys(conversation: Conversation, channelId = 'emulator'): { conversation: string; user: string } {
  return { conversation: `${channelId}/conversations/${conversation.id}/`, user: `${channelId}/users/${conversation.userId}/` };
}

/** Sends each message in turn (to the conversation given for it) and returns the text of the last replies. */
export async function sayAll(messages: readonly string[], to: (index: number) => Conversation): Promise<string> {
  let last = '';
  for (const [index, message] of messages.entries()) last = textOf(await to(index).say(message));
  return last;
}

/** A double-send of the last answer: exactly one reply is the plan, and neither is empty or an apology. */
export function expectOnePlanAndNoApology(texts: string[]): void {
  expect(texts.filter(isSevereRecentPlan)).toHaveLength(1);
  for (const text of texts) {
    expect(text).not.toBe('');
    expect(text).not.toContain(ERROR_APOLOGY);
    expect(text).not.toContain(STORAGE_APOLOGY);
  }
}
