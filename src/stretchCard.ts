// One stretch as the guide shows it: heading, numbered steps citing the passage, our drawing, and (web page) a hold timer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Activity, Attachment, CardFactory } from 'botbuilder';
import { Passage } from './knowledge';
import { PUBLIC_DIR } from './paths';
import { citedActivity, isWebChat } from './replies';
import { HOLD_TIMER, SOURCE_LINE, STRETCH_PICTURES, STRETCH_STEP } from './text';

/**
 * Seconds to hold each pose, as its passage says (child's pose: "30 seconds" to a minute; hip lifts: "5 seconds").
 * A unit test checks each number is in the passage. Cat-cow is counted in breaths, so it has no timer.
 */
export const HOLD_SECONDS: Record<string, number> = { 'stretch-childs-pose': 30, 'stretch-glute-bridge': 5 };

/** Teams shows no SVG images; the other channels (Web Chat, the Emulator) do. */
const NO_SVG_CHANNELS = new Set(['msteams']);

/** A passage's "- " lines as a numbered list, with a blank line before it so Markdown starts the list. */
export function numberedSteps(answer: string): string {
  let step = 0;
  return answer
    .split('\n')
    .map((line) => (line.startsWith('- ') ? `${(step += 1)}. ${line.slice(2)}` : line))
    .join('\n')
    .replace(/\n(?=1\. )/, '\n\n');
}

const pictures = new Map<string, string>();

/** The pose's drawing (public/<passage id>.svg) as a data: URL, so it travels inside the activity to any channel. */
function pictureUrl(passageId: string): string | undefined {
  if (!STRETCH_PICTURES[passageId]) return undefined;
  if (!pictures.has(passageId)) pictures.set(passageId, `data:image/svg+xml;base64,${readFileSync(join(PUBLIC_DIR, `${passageId}.svg`)).toString('base64')}`);
  return pictures.get(passageId);
}

export function stretchActivity(index: number, total: number, passage: Passage, channelId: string | undefined): Partial<Activity> {
  const text = `${STRETCH_STEP(index + 1, total, passage.title, numberedSteps(passage.answer))} [1]`;
  const activity = citedActivity(text, [passage], SOURCE_LINE(passage.title), [], channelId);
  const card = pictureCard(passage.id, channelId);
  if (card) activity.attachments = [card];
  return activity;
}

/** The drawing, and on the web page a button starting the hold timer there (public/app.js counts down; nothing is sent). */
function pictureCard(passageId: string, channelId: string | undefined): Attachment | undefined {
  const url = channelId && NO_SVG_CHANNELS.has(channelId) ? undefined : pictureUrl(passageId);
  if (!url) return undefined;
  const seconds = HOLD_SECONDS[passageId];
  const timer =
    seconds && isWebChat(channelId)
      ? [{ type: 'postBack', title: HOLD_TIMER.button(seconds), value: { holdTimer: { seconds, running: HOLD_TIMER.running, done: HOLD_TIMER.done } } }]
      : [];
  return CardFactory.heroCard('', [{ url, alt: STRETCH_PICTURES[passageId] }], timer);
}
