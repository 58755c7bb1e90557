// Urgent advice that stands out: the advice as text (every channel shows it), and an alert card with tap-to-call buttons.
import { Activity, CardFactory, MessageFactory } from 'botbuilder';
import { URGENT_CARD } from './text';

export type Urgency = 'emergency' | 'same-day';

/** The numbers the advice names, in its order; a tel: link dials them on a phone. */
const EMERGENCY_NUMBERS = [
  { number: '999', region: 'UK' },
  { number: '911', region: 'US' },
  { number: '112', region: 'EU' },
];

/** A map search finds urgent care near wherever the person is, in any country. */
export const FIND_URGENT_CARE_URL = 'https://www.google.com/maps/search/?api=1&query=urgent%20care%20near%20me';

/**
 * The advice with an Adaptive Card (1.2: Web Chat, Teams and the Emulator all render it) in the "attention" style.
 * The text keeps every number, so channels without cards lose nothing.
 */
export function urgentActivity(text: string, urgency: Urgency): Partial<Activity> {
  const emergency = urgency === 'emergency';
  const calls = EMERGENCY_NUMBERS.map(({ number, region }) => ({ type: 'Action.OpenUrl', title: URGENT_CARD.call(number, region), url: `tel:${number}` }));
  const findCare = { type: 'Action.OpenUrl', title: URGENT_CARD.findCare, url: FIND_URGENT_CARE_URL };
  const card = CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.2',
    speak: emergency ? URGENT_CARD.emergencyTitle : URGENT_CARD.sameDayTitle,
    body: [
      {
        type: 'Container',
        style: 'attention',
        bleed: true,
        items: [
          { type: 'TextBlock', text: emergency ? URGENT_CARD.emergencyTitle : URGENT_CARD.sameDayTitle, weight: 'Bolder', size: 'Medium', wrap: true },
          { type: 'TextBlock', text: emergency ? URGENT_CARD.emergencyBody : URGENT_CARD.sameDayBody, wrap: true },
        ],
      },
      // Same-day advice leads with finding care; an emergency leads with the calls.
      { type: 'ActionSet', actions: emergency ? [...calls, findCare] : [findCare, ...calls] },
    ],
  });
  const activity = MessageFactory.attachment(card);
  activity.text = text;
  activity.textFormat = 'markdown';
  // Teams' notification and the screen reader's summary of the card.
  activity.summary = emergency ? URGENT_CARD.emergencyTitle : URGENT_CARD.sameDayTitle;
  return activity;
}
