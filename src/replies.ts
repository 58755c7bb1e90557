// Builds the activities the assistant sends: answers with their citation, buttons that fit the channel.
import { Activity, Attachment, CardAction, CardFactory, Entity, MessageFactory } from 'botbuilder';
import { Passage } from './knowledge';
import { CITATION_ABSTRACT, CITATION_KEYWORD, PLAN_SOURCE_LINE, SOURCE_LINE } from './text';

/**
 * Channels whose clients do not render suggested actions reliably: buttons go on a hero card instead.
 * Microsoft Teams shows suggested actions only in some chats, so it always gets cards.
 */
const CARD_BUTTON_CHANNELS = new Set(['msteams']);

export function buttonsAsCards(channelId: string | undefined): boolean {
  return channelId !== undefined && CARD_BUTTON_CHANNELS.has(channelId);
}

/** Teams shows at most six buttons on a hero card; longer rows (the 0–10 pain scale) go on an Adaptive Card in rows. */
const TEAMS_MAX_CARD_BUTTONS = 6;

/** A message with buttons: suggested actions where the channel shows them, a card where it does not. */
export function withButtons(text: string, buttons: readonly string[], channelId: string | undefined): Partial<Activity> {
  if (buttons.length === 0) return MessageFactory.text(text);
  if (buttonsAsCards(channelId)) {
    const activity = MessageFactory.attachment(buttons.length > TEAMS_MAX_CARD_BUTTONS ? buttonRowsCard(buttons) : CardFactory.heroCard('', undefined, imBacks(buttons)));
    activity.text = text;
    return activity;
  }
  return MessageFactory.suggestedActions([...buttons], text);
}

const imBacks = (buttons: readonly string[]): CardAction[] => buttons.map((title) => ({ type: 'imBack', title, value: title }));

/** Buttons in rows of up to six; each sends its title as the user's message, as an imBack does (Teams' msteams data). */
function buttonRowsCard(buttons: readonly string[]): Attachment {
  const rows: string[][] = [];
  for (let i = 0; i < buttons.length; i += TEAMS_MAX_CARD_BUTTONS) rows.push(buttons.slice(i, i + TEAMS_MAX_CARD_BUTTONS));
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.2',
    body: rows.map((row) => ({
      type: 'ActionSet',
      actions: row.map((title) => ({ type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: title } } })),
    })),
  });
}

/**
 * How a channel shows citations. Web Chat (4.18) draws badges and pop-ups from `[n]: cite:n "Title"` link definitions
 * beside the citation entity; Teams draws them from the entity alone (it would show the definitions as text); other
 * channels (the Emulator) get one visible source line.
 */
type CitationStyle = 'webchat' | 'teams' | 'source-line';

/** Web Chat's channels: the local Direct Line and Azure's Web Chat say "webchat", a page on Azure's Direct Line "directline". */
const WEB_CHAT_CHANNELS = new Set(['webchat', 'directline']);

export function isWebChat(channelId: string | undefined): boolean {
  return channelId !== undefined && WEB_CHAT_CHANNELS.has(channelId);
}

function citationStyle(channelId: string | undefined): CitationStyle {
  if (isWebChat(channelId)) return 'webchat';
  return channelId === 'msteams' ? 'teams' : 'source-line';
}

/** Teams' limits on a citation (bot messages with AI-generated content); longer values are cut with an ellipsis. */
export const CITATION_LIMITS = { citations: 20, name: 80, abstract: 160, keywords: 3, keywordLength: 28 } as const;

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * The citation entity Teams documents for answers grounded in a document, without the "AI-generated" label: the
 * answer is the article's facts rewritten by people, not generated. Web Chat reads the same entity; its pop-up shows
 * `text` (the whole passage), which Teams would want as an Adaptive Card, so Teams does not get it.
 */
export function citationEntity(passages: readonly Passage[], channelId: string | undefined): Entity {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: passages.slice(0, CITATION_LIMITS.citations).map((passage, index) => ({
      '@type': 'Claim',
      position: index + 1,
      appearance: {
        '@type': 'DigitalDocument',
        name: cut(passage.title, CITATION_LIMITS.name),
        abstract: cut(CITATION_ABSTRACT(passage.title), CITATION_LIMITS.abstract),
        keywords: [cut(CITATION_KEYWORD, CITATION_LIMITS.keywordLength)],
        ...(citationStyle(channelId) === 'webchat' ? { text: passage.answer } : {}),
      },
    })),
  };
}

/** The text with its citations as the channel shows them: link definitions, nothing (Teams) or the source line. */
function withCitations(body: string, passages: readonly Passage[], sourceLine: string, channelId: string | undefined): string {
  switch (citationStyle(channelId)) {
    case 'webchat':
      // Double quotes end a Markdown link title, so a title's own quotes become curly ones.
      return `${body}\n\n${passages.map((p, i) => `[${i + 1}]: cite:${i + 1} "${p.title.replace(/"/g, '”')}"`).join('\n')}`;
    case 'teams':
      return body;
    default:
      return `${body}\n\n${sourceLine}`;
  }
}

/** A message citing `passages` as [1], [2]…: text, citation entity and Markdown, for the channel. */
export function citedActivity(body: string, passages: readonly Passage[], sourceLine: string, buttons: readonly string[], channelId: string | undefined): Partial<Activity> {
  const activity = withButtons(withCitations(body, passages, sourceLine, channelId), buttons, channelId);
  activity.entities = [citationEntity(passages, channelId)];
  activity.textFormat = 'markdown';
  return activity;
}

/** A knowledge answer: the passage, its [1] citation, and follow-up buttons. */
export function answerActivity(passage: Passage, followUps: readonly string[], channelId: string | undefined): Partial<Activity> {
  return citedActivity(`${passage.answer} [1]`, [passage], SOURCE_LINE(passage.title), followUps, channelId);
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
  // A blank line after the heading, so Markdown starts the numbered list there.
  return citedActivity([heading, '', ...body, '', footer].join('\n'), cited, `${PLAN_SOURCE_LINE} ${sources}`, buttons, channelId);
}
