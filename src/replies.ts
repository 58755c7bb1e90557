// Builds the activities the assistant sends: answers with their citation, buttons that fit the channel.
import { Activity, CardAction, CardFactory, Entity, MessageFactory } from 'botbuilder';
import { Passage } from './knowledge';
import { CITATION_ABSTRACT, PLAN_SOURCE_LINE, SOURCE_LINE, SOURCE_NAME } from './text';

/**
 * Channels whose clients do not render suggested actions reliably: buttons go on a hero card instead.
 * Microsoft Teams shows suggested actions only in some chats, so it always gets cards.
 */
const CARD_BUTTON_CHANNELS = new Set(['msteams']);

export function buttonsAsCards(channelId: string | undefined): boolean {
  return channelId !== undefined && CARD_BUTTON_CHANNELS.has(channelId);
}

/** A message with buttons: suggested actions where the channel shows them, a hero card where it does not. */
export function withButtons(text: string, buttons: readonly string[], channelId: string | undefined): Partial<Activity> {
  if (buttons.length === 0) return MessageFactory.text(text);
  if (buttonsAsCards(channelId)) {
    const actions: CardAction[] = buttons.map((title) => ({ type: 'imBack', title, value: title }));
    const activity = MessageFactory.attachment(CardFactory.heroCard('', undefined, actions));
    activity.text = text;
    return activity;
  }
  return MessageFactory.suggestedActions([...buttons], text);
}

/**
 * The citation entity Teams documents for answers grounded in a document, without the "AI-generated"
 * label: the answer is the article's facts rewritten by people, not generated.
 */
export function citationEntity(passages: readonly Passage[]): Entity {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: passages.map((passage, index) => ({
      '@type': 'Claim',
      position: index + 1,
      appearance: {
        '@type': 'DigitalDocument',
        name: passage.title,
        abstract: CITATION_ABSTRACT(passage.title),
        keywords: [SOURCE_NAME],
      },
    })),
  };
}

/** A knowledge answer: the passage, its [1] citation and a visible source line, and follow-up buttons. */
export function answerActivity(passage: Passage, followUps: readonly string[], channelId: string | undefined): Partial<Activity> {
  const text = `${passage.answer} [1]\n\n${SOURCE_LINE(passage.title)}`;
  const activity = withButtons(text, followUps, channelId);
  activity.entities = [citationEntity([passage])];
  activity.textFormat = 'markdown';
  return activity;
}

/**
 * A message of numbered lines, each citing its passage with [n]; passages cited twice share a number.
 * Used for the personal plan.
 */
export function citedListActivity(
  heading: string,
  lines: readonly { text: string; passage: Passage }[],
  footer: string,
  buttons: readonly string[],
  channelId: string | undefined,
): Partial<Activity> {
  const cited: Passage[] = [];
  const body = lines.map(({ text, passage }, index) => {
    let position = cited.indexOf(passage) + 1;
    if (position === 0) position = cited.push(passage);
    return `${index + 1}. ${text} [${position}]`;
  });
  const sources = cited.map((p, i) => `[${i + 1}] “${p.title}”`).join(' · ');
  const text = [heading, ...body, '', footer, '', `${PLAN_SOURCE_LINE} ${sources}`].join('\n');
  const activity = withButtons(text, buttons, channelId);
  activity.entities = [citationEntity(cited)];
  activity.textFormat = 'markdown';
  return activity;
}
