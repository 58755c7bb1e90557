// Every sentence the assistant says, in one place: wording changes here, and tests import it from here.

/** How answers credit their source (the seed's README asks for these words). */
export const SOURCE_NAME = 'a consumer-health article on lower back spasms';

export const BOT_NAME = 'Back Spasm Helper';

export const DISCLAIMER =
  'I share general information from a consumer-health article. I can’t diagnose you, and this isn’t medical advice.';

/** Button labels. A button sends its label as the user's message, so typing it works the same. */
export const BUTTONS = {
  checkSymptoms: 'Check my symptoms',
  stretches: 'Guided stretches',
  heatOrIce: 'Heat or ice?',
  medication: 'Pain medication',
  prevention: 'Prevention tips',
  doctor: 'When to see a doctor',
  askQuestion: 'Ask a question',
  yes: 'Yes',
  no: 'No',
  notSure: 'Not sure',
  next: 'Next',
  repeat: 'Repeat',
  stop: 'Stop',
  forgetConfirm: 'Yes, delete it',
  forgetCancel: 'No, keep it',
} as const;

/** The buttons shown when someone could use a pointer to what the assistant can do. */
export const MENU_BUTTONS = [BUTTONS.checkSymptoms, BUTTONS.stretches, BUTTONS.heatOrIce, BUTTONS.doctor];

export const WELCOME = [
  `Hi, I’m the ${BOT_NAME}. If your lower back has seized up, I can ask you three quick questions and suggest a short plan, walk you through gentle stretches, or answer questions about remedies, medication, prevention and when to see a doctor.`,
  DISCLAIMER,
  'If you have numbness around your groin or bottom, trouble controlling your bladder or bowels, or weakness in both legs, call your emergency number now.',
].join('\n\n');

export const HELP = [
  'Here’s what I can do:',
  `- **${BUTTONS.checkSymptoms}**: three quick questions, then a short plan that fits you.`,
  `- **${BUTTONS.stretches}**: three gentle stretches, one step at a time.`,
  '- **Ask me anything** about back spasms: heat or ice, ibuprofen, muscle relaxants, massage, stretches, posture, mattresses, lifting, or when to see a doctor.',
  'Say **cancel** to stop what we’re doing, **start over** to begin again, or **forget me** to delete what I’ve stored.',
].join('\n');

export const GREETING = 'Hello! I’m sorry if your back is giving you trouble. What would you like to do?';
export const THANKS = 'You’re welcome. I hope your back eases soon. Anything else I can help with?';
export const GOODBYE = 'Take care of yourself. If the pain gets worse or doesn’t settle in a few days, please see a doctor. You can come back any time.';
export const WHO_ARE_YOU = `I’m the ${BOT_NAME}, a chat assistant for lower back spasms. My answers come from ${SOURCE_NAME}. ${DISCLAIMER}`;

export const OFF_TOPIC =
  'Sorry, that’s outside what I can help with. I only know about lower back spasms: relief, stretches, medication, prevention and when to see a doctor. Try one of these, or ask in your own words:';
export const DID_YOU_MEAN = 'I want to be sure I answer the right thing. Did you mean one of these?';
export const NOTHING_TO_CANCEL = 'There’s nothing to cancel. What would you like to do?';

export const TEXT_ONLY = 'I can read text only, so I can’t look at pictures or files. Could you describe it in a few words?';
export const EMPTY_MESSAGE = 'I didn’t catch anything there. What would you like to know about your back?';
export const TOO_LONG = (limit: number) =>
  `That message is longer than I can read (${limit.toLocaleString('en-US')} characters at most). Could you tell me the main thing in a sentence or two?`;
export const ERROR_APOLOGY = 'Sorry, something went wrong on my side. Please try that again in a moment.';
export const STORAGE_APOLOGY = 'Sorry, I can’t reach my memory just now, so I couldn’t save our conversation. Please try again in a minute.';

/** The citation marker and the visible source line under a knowledge answer. */
export const SOURCE_LINE = (title: string) => `[1] Source: ${SOURCE_NAME} (“${title}”).`;
export const CITATION_ABSTRACT = (title: string) => `“${title}”, from ${SOURCE_NAME}.`;

// --- Urgent advice (red flags) -------------------------------------------------------------------

export const EMERGENCY_NUMBERS = '999 (UK), 911 (US), 112 (EU) or your local emergency number';

export const EMERGENCY_ADVICE = (signs: string[]) =>
  [
    '⚠️ **Please get emergency help now.**',
    `You mentioned ${joinList(signs)}. With back pain, that needs a doctor to check you straight away.`,
    `- Call ${EMERGENCY_NUMBERS}, or go to the nearest emergency department now.`,
    '- Don’t wait to see if it passes, and don’t rely on stretches or home remedies for this.',
    'I can’t assess this for you, but I’m still here if you have other questions.',
  ].join('\n');

export const URGENT_ADVICE = (signs: string[]) =>
  [
    '⚠️ **Please speak to a doctor today.**',
    `You mentioned ${joinList(signs)}. With back pain, that should be checked by a doctor the same day.`,
    '- Call your doctor for an urgent appointment today, or an urgent care service (111 in the UK).',
    `- If you get numbness around your groin or bottom, trouble with your bladder or bowels, or weakness in both legs, call ${EMERGENCY_NUMBERS} at once.`,
    'I’m still here if you have other questions.',
  ].join('\n');

export const RED_FLAG_NOT_CONFIRMED = 'Thank you, that’s reassuring. If it does happen, please get medical help straight away. What would you like to do now?';
export const RED_FLAG_CONFIRM_REPROMPT = 'Please answer yes or no, so I can point you to the right help.';

function joinList(items: string[]): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? 'a warning sign';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

// --- Forget me ------------------------------------------------------------------------------------

export const FORGET_CONFIRM =
  'Do you want me to delete what I’ve stored about you and this conversation (your answers to my questions and where we are in them)? This can’t be undone.';
export const FORGET_DONE = 'Done: I’ve deleted what I had stored about you and this conversation.';
export const FORGET_KEPT = 'OK, I’ve kept everything as it was.';
