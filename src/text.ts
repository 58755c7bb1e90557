// Every sentence the assistant says, in one place: wording changes here, and tests import it from here.
import { SIGN_RECORDS } from './triage';

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
  heatIceTimer: 'Start a heat and ice timer',
  checkIn: 'Check on me in 2 days',
  timeLeft: 'How long left?',
  stopTimer: 'Stop the timer',
  better: 'It’s better',
  same: 'About the same',
  worse: 'It’s worse',
} as const;

/** The buttons shown when someone could use a pointer to what the assistant can do. */
export const MENU_BUTTONS = [BUTTONS.checkSymptoms, BUTTONS.stretches, BUTTONS.heatOrIce, BUTTONS.doctor];

/** "a, b, or c": the lists of signs in prose. */
function joinOr(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' or ') : `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
}

/** The emergencies named in one line (welcome, urgent advice), from knowledge/red-flags.json ("summary": true). */
const EMERGENCY_SUMMARY = joinOr(SIGN_RECORDS.filter((s) => s.summary).map((s) => s.brief));
/** Every tier-1 sign in short form, from knowledge/red-flags.json. */
const EMERGENCY_GROUP = joinOr(SIGN_RECORDS.filter((s) => s.tier === 1).map((s) => s.brief));

/** The welcome's emergency line; the web page (public/index.html) shows the same words while the chat loads. */
export const EMERGENCY_LINE = `If you have ${EMERGENCY_SUMMARY}, call your emergency number now.`;

export const WELCOME = [
  `Hi, I’m the ${BOT_NAME}. If your lower back has seized up, I can ask you three quick questions and suggest a short plan, walk you through gentle stretches, or answer questions about remedies, medication, prevention and when to see a doctor.`,
  DISCLAIMER,
  EMERGENCY_LINE,
].join('\n\n');

export const HELP = [
  'Here’s what I can do:',
  `- **${BUTTONS.checkSymptoms}**: three quick questions, then a short plan that fits you.`,
  `- **${BUTTONS.stretches}**: three gentle stretches, one step at a time.`,
  `- **${BUTTONS.heatIceTimer}**: I’ll tell you when to take each pack off and when to switch. I can also check on you in 2 days.`,
  '- **Ask me anything** about back spasms: heat or ice, ibuprofen, muscle relaxants, massage, stretches, posture, mattresses, lifting, or when to see a doctor.',
  '',
  'Say **cancel** to stop what we’re doing, **start over** to begin again, or **forget me** to delete what I’ve stored.',
].join('\n');

export const GREETING = 'Hello! I’m sorry if your back is giving you trouble. What would you like to do?';
export const THANKS = 'You’re welcome. I hope your back eases soon. Anything else I can help with?';
export const GOODBYE = 'Take care of yourself. If the pain gets worse or doesn’t settle in a few days, please see a doctor. You can come back any time.';
export const WHO_ARE_YOU = `I’m the ${BOT_NAME}, a chat assistant for lower back spasms. My answers come from ${SOURCE_NAME}. ${DISCLAIMER}`;

export const OFF_TOPIC =
  'Sorry, that’s outside what I can help with. I only know about lower back spasms: relief, stretches, medication, prevention and when to see a doctor. Try one of these, or ask in your own words:';
export const DID_YOU_MEAN = 'I want to be sure I answer the right thing. Did you mean one of these?';
export const ASK_AWAY =
  'Go ahead and type your question in your own words. For example: “Can I take ibuprofen?”, “How long should I use ice?” or “What mattress is best for my back?”';
export const NOTHING_TO_CANCEL = 'There’s nothing to cancel. What would you like to do?';

export const TEXT_ONLY = 'I can read text only, so I can’t look at pictures or files. Could you describe it in a few words?';
export const EMPTY_MESSAGE = 'I didn’t catch anything there. What would you like to know about your back?';
export const TOO_LONG = (limit: number) =>
  `That message is longer than I can read (${limit.toLocaleString('en-US')} characters at most). Could you tell me the main thing in a sentence or two?`;
export const ERROR_APOLOGY = 'Sorry, something went wrong on my side. Please try that again in a moment.';
export const STORAGE_APOLOGY = 'Sorry, I can’t reach my memory just now, so I couldn’t save our conversation. Please try again in a minute.';

/** The visible source line under a knowledge answer, where the channel has no citation UI of its own (the Emulator). */
export const SOURCE_LINE = (title: string) => `[1] Source: ${SOURCE_NAME} (“${title}”).`;
export const CITATION_ABSTRACT = (title: string) => `“${title}”, from ${SOURCE_NAME}.`;
/** The citation's keyword in Teams (at most 28 characters). */
export const CITATION_KEYWORD = 'Lower back spasms';

// --- Urgent advice (red flags) -------------------------------------------------------------------

export const EMERGENCY_NUMBERS = '999 (UK), 911 (US), 112 (EU) or your local emergency number';

export const EMERGENCY_ADVICE = (signs: string[]) =>
  [
    '⚠️ **Please get emergency help now.**',
    `You mentioned ${joinList(signs)}. With back pain, that needs a doctor to check you straight away.`,
    `- Call ${EMERGENCY_NUMBERS}, or go to the nearest emergency department now.`,
    '- Don’t wait to see if it passes, and don’t rely on stretches or home remedies for this.',
    '',
    'I can’t assess this for you, but I’m still here if you have other questions.',
  ].join('\n');

export const URGENT_ADVICE = (signs: string[]) =>
  [
    '⚠️ **Please speak to a doctor today.**',
    `You mentioned ${joinList(signs)}. With back pain, that should be checked by a doctor the same day.`,
    '- Call your doctor for an urgent appointment today, or an urgent care service (111 in the UK).',
    `- If you get ${EMERGENCY_SUMMARY}, call ${EMERGENCY_NUMBERS} at once.`,
    '',
    'I’m still here if you have other questions.',
  ].join('\n');

/**
 * After an answer to a message that names what a warning sign is about ("my legs ache", "peeing a lot") without
 * reporting the sign: what that sign needs, most urgent first, two at most. Nothing is assumed about the user.
 */
export const SAFETY_NOTE = (signs: readonly { label: string; tier: number }[]) =>
  [
    '⚠️ **One more thing, to be safe:**',
    ...signs
      .slice(0, 2)
      .map((s) =>
        s.tier === 1
          ? `- With back pain, ${s.label} needs a doctor straight away. If you have that, call ${EMERGENCY_NUMBERS}, or go to the nearest emergency department.`
          : `- With back pain, ${s.label} should be checked by a doctor the same day. If that applies to you, call your doctor today, or an urgent care service (111 in the UK).`,
      ),
  ].join('\n');

export const RED_FLAG_NOT_CONFIRMED = 'Thank you, that’s reassuring. If it does happen, please get medical help straight away. What would you like to do now?';
export const RED_FLAG_NOT_CONFIRMED_ANSWER = 'Thank you, that’s reassuring. If it does happen, please get medical help straight away. Now, to what you asked:';
export const RED_FLAG_NOT_CONFIRMED_RESUME = 'Thank you, that’s reassuring. If it does happen, please get medical help straight away. Let’s carry on.';
export const RED_FLAG_CONFIRM_REPROMPT = 'Please answer yes or no, so I can point you to the right help.';

function joinList(items: string[]): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? 'a warning sign';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

// --- Forget me ------------------------------------------------------------------------------------

export const FORGET_CONFIRM =
  'Do you want me to delete what I’ve stored about you and this conversation (your answers to my questions, where we are in them, and any timer or check-in you asked for)? This can’t be undone.';
export const FORGET_DONE = 'Done: I’ve deleted what I had stored about you and this conversation.';
export const FORGET_KEPT = 'OK, I’ve kept everything as it was.';

// --- Guided assessment ------------------------------------------------------------------------------

export const ONSET_BUTTONS = ['Just now / today', 'In the last few days', 'Over a week ago', 'It keeps coming back'] as const;

export const ASSESSMENT_INTRO = 'Let’s work out what might help. I’ll ask three quick questions.';
export const ASSESSMENT_LAST_TIME = (severity: number, when: string) =>
  `Last time (${when}) you rated the pain ${severity}/10. Let’s see how it is now.`;
export const ASSESSMENT_ONSET = 'First: when did this start? Tap one, or tell me in your own words.';
export const ASSESSMENT_ONSET_RETRY =
  'Sorry, I didn’t catch when it started. Tap one of these, or say something like “this morning”, “3 days ago” or “on and off for months”.';
export const ASSESSMENT_ONSET_HELP =
  'I’m asking when the pain started, because the advice differs for a new spasm, one that has lasted over a week, and one that keeps coming back.';
export const ASSESSMENT_SEVERITY =
  'How bad is the pain right now, from 0 to 10? 0 means no pain at all, 10 means the worst pain you can imagine.';
export const ASSESSMENT_SEVERITY_RETRY =
  'Please give me a number from 0 to 10: 0 is no pain, 10 is the worst pain you can imagine. For example “6”, or words like “mild” or “severe”.';
export const ASSESSMENT_SEVERITY_HELP =
  'I’m asking how strong the pain is, as a number from 0 (none) to 10 (the worst you can imagine), so the plan fits how you feel.';
/** The warning signs as two lists (emergency, same day); the assessment and the check-in both show them. */
export const RED_FLAG_LISTS = (emergencySigns: string[], urgentSigns: string[]) =>
  // Blank lines end each list, so Markdown renderers do not fold the next heading into the last item.
  [
    ['**Call an emergency number now if you have:**', ...emergencySigns.map((s) => `- ${s}`)].join('\n'),
    ['**See a doctor today if you have:**', ...urgentSigns.map((s) => `- ${s}`)].join('\n'),
  ].join('\n\n');
export const ASSESSMENT_WARNING = (emergencySigns: string[], urgentSigns: string[]) =>
  ['Last question, and an important one. Do you have **any** of these?', RED_FLAG_LISTS(emergencySigns, urgentSigns)].join('\n\n');
export const ASSESSMENT_WARNING_RETRY = 'Please answer Yes, No or Not sure: do you have any of the warning signs I listed?';
export const ASSESSMENT_WARNING_HELP =
  'These signs can mean something more serious than a muscle spasm, so I always ask. If any of them apply, or you’re not sure, I’ll tell you where to get help.';
export const ASSESSMENT_WARNING_YES = [
  '⚠️ **Please get medical help now, not a self-care plan.**',
  `- If it’s one of the first group (${EMERGENCY_GROUP}), call ${EMERGENCY_NUMBERS}, or go to an emergency department now.`,
  '- If it’s one of the second group, call your doctor for an appointment today, or an urgent care service (111 in the UK).',
  '',
  'If you’re not sure, it’s safest to get checked. I’m still here if you have other questions.',
].join('\n');
export const ASSESSMENT_CANCELLED = 'OK, I’ve stopped the check. What would you like to do instead?';

// --- The plan -----------------------------------------------------------------------------------------

export const PLAN_BUTTONS = [BUTTONS.heatIceTimer, BUTTONS.checkIn, BUTTONS.stretches, BUTTONS.prevention, BUTTONS.askQuestion] as const;
/** The buttons under a plan: the heat and ice timer only when the plan suggests heat and ice. */
export const planButtons = (withHeatAndIce: boolean): string[] => PLAN_BUTTONS.filter((b) => withHeatAndIce || b !== BUTTONS.heatIceTimer);

export const PLAN_HEADINGS = {
  recent: (severity: number) => `**Your plan** (started recently, pain ${severity}/10)`,
  days: (severity: number) => `**Your plan** (started in the last few days, pain ${severity}/10)`,
  'week-plus': (severity: number) => `**Your plan** (over a week now, pain ${severity}/10)`,
  recurring: (severity: number) => `**Your plan** (it keeps coming back, pain ${severity}/10)`,
} as const;

/** One plan line per passage; the plan builder picks which, and each line cites its passage. */
export const PLAN_LINES: Record<string, string> = {
  'pressure-and-massage': 'Press firmly on the sore spot for 30–60 seconds, then rub around it in small circles. Skip any spot where you feel a pulse.',
  'heat-and-ice': 'Try heat and ice in turns: 20 minutes on, then a 20-minute break. Wrap each pack in a towel first.',
  nsaids: 'An over-the-counter anti-inflammatory (an NSAID such as ibuprofen) can take the edge off the pain and inflammation.',
  'movement-and-walking': 'Keep moving gently: get up and walk a little, and try the guided stretches when you can.',
  hydration: 'Drink enough water and top up your electrolytes: being dehydrated makes spasms more likely.',
  'when-to-see-doctor': 'If it gets worse, or still hasn’t eased after a few days, book a visit to a doctor.',
  'muscle-relaxants': 'As the pain is severe, speak to a doctor soon. They can prescribe muscle relaxants, which are used for 72 hours at most.',
  'see-doctor-now': 'It has lasted more than a week, so please book a doctor’s appointment now to look for the cause.',
  'long-term-treatment': 'For spasms that return, combining several treatments often works best, along with more exercise and less sitting.',
  'avoid-opioids': 'Family doctors’ guidance (AAFP) is to avoid prescription painkillers, especially opioids, unless other remedies haven’t worked.',
  prevention: 'Protect your back: good posture, sitting well during long hours at a desk, a medium-firm mattress, and lifting with your legs.',
  'underlying-condition': 'Spasms that keep coming back can have an underlying cause: ask a doctor to look into it.',
};

export const PLAN_FOOTER = 'Tap a button for the details, or ask me anything.';
/** The plan's one source line where the channel has no citation UI: `Sources: … [1] “Title” · [2] “Title”`. */
export const PLAN_SOURCE_LINE = `Sources: ${SOURCE_NAME} (the numbers point to its sections).`;

// --- Guided stretches ---------------------------------------------------------------------------------

export const STRETCH_INTRO = 'Let’s do three gentle stretches, one at a time. Move slowly, and stop if a stretch makes the pain sharply worse.';
// A blank line after the heading, so it never runs into the first sentence.
export const STRETCH_STEP = (index: number, total: number, title: string, steps: string) => `**Stretch ${index} of ${total}: ${title}**\n\n${steps}`;
export const STRETCH_BUTTONS = [BUTTONS.next, BUTTONS.repeat, BUTTONS.stop] as const;
export const STRETCH_PROMPT = 'Tap Next when you’re ready for the next stretch, Repeat to do this one again, or Stop to finish.';
export const STRETCH_RETRY = 'Say Next for the next stretch, Repeat to do this one again, or Stop to finish.';
export const STRETCH_HELP = 'I’m guiding you through three stretches. Say Next to move on, Repeat to do this one again, or Stop to finish.';
export const STRETCH_DONE = 'Well done, that’s all three stretches. You can repeat them a few times a day. What next?';
export const STRETCH_STOPPED = 'OK, we’ll stop the stretches here. What would you like to do next?';
export const STRETCH_LAST_HINT = 'That’s the last one. Tap Next to finish, Repeat to do it again, or Stop.';

// --- Forget me (the confirmation prompt) ------------------------------------------------------------

export const FORGET_RETRY = `Please tap “${BUTTONS.forgetConfirm}” to delete what I’ve stored, or “${BUTTONS.forgetCancel}” to keep it.`;
export const FORGET_HELP =
  'I’m checking before I delete what I’ve stored about you and this conversation: your answers to my questions (like how bad the pain was), where we are in them, and any timer or check-in you asked for. Nothing else is kept.';

// --- Reminders: the heat and ice timer, the check-in (dialogs/reminders.ts) ---------------------------

const PACK_NAMES = { heat: 'warm pack', ice: 'cold pack' } as const;
type PackName = keyof typeof PACK_NAMES;
const other = (pack: PackName): PackName => (pack === 'heat' ? 'ice' : 'heat');

export const TIMER_BUTTONS = [BUTTONS.timeLeft, BUTTONS.stopTimer] as const;
export const TIMER_STARTED = (first: PackName, minutes: number) =>
  [
    `⏱️ **Heat and ice timer started.** Put the ${PACK_NAMES[first]} on now, wrapped in a towel or cloth.`,
    `I’ll message you when to take it off (in ${minutes} minutes), when your ${minutes}-minute break is over, and when to take the ${PACK_NAMES[other(first)]} off.`,
    'Ask “how long left?” at any time, or say “stop the timer” to end it.',
  ].join('\n\n');
export const TIMER_PACK_OFF = (first: PackName, minutes: number) =>
  `⏰ ${minutes} minutes are up: please take the ${PACK_NAMES[first]} off now. Rest for ${minutes} minutes; I’ll tell you when the break is over.`;
export const TIMER_BREAK_OVER = (first: PackName, minutes: number) =>
  `⏰ Your ${minutes}-minute break is over. Time to switch: put the ${PACK_NAMES[other(first)]} on now, wrapped in a towel or cloth, for ${minutes} minutes.`;
export const TIMER_DONE = (first: PackName) =>
  `✅ Please take the ${PACK_NAMES[other(first)]} off now. That’s one full round of heat and ice. If you’d like another round, tap the button.`;
export const TIMER_ALREADY_RUNNING = 'Your heat and ice timer is already running.';
export const TIMER_STOPPED = 'OK, I’ve stopped your timer and reminders. I won’t send any more of them.';
export const NOTHING_RUNNING = 'There’s no timer or reminder running right now.';

export const REMINDER_SET = (minutes: number) => `⏱️ OK, I’ll remind you in ${describeMinutes(minutes)}. Say “stop the timer” to cancel it.`;
export const REMINDER_DUE = (minutes: number) => `⏰ Here’s the reminder you asked for ${describeMinutes(minutes)} ago.`;
export const REMINDER_LIMIT =
  'I can set a reminder from 1 minute up to 2 days ahead. For heat or ice, 20 minutes at a time works well: tap the button to start that timer.';
export const REMINDERS_FULL = (max: number) =>
  `You already have ${max} reminders running, which is as many as I keep for one person. Say “stop the timer” to clear them, then try again.`;
export const REMINDERS_UNAVAILABLE = 'I can’t set reminders in this chat, sorry: I have no way to message you here later.';

/** "How long left?": one line per running schedule; `minutes` is whole minutes, rounded up. */
export const TIME_LEFT_LINE = {
  'pack-off': (first: PackName, minutes: number) => `About ${describeMinutes(minutes)} until you take the ${PACK_NAMES[first]} off.`,
  'break-over': (_first: PackName, minutes: number) => `About ${describeMinutes(minutes)} left of your break.`,
  'cycle-done': (first: PackName, minutes: number) => `About ${describeMinutes(minutes)} until you take the ${PACK_NAMES[other(first)]} off.`,
  'check-in': (_first: PackName, minutes: number) => `I’ll check on you in about ${describeMinutes(minutes)}.`,
  reminder: (_first: PackName, minutes: number) => `Your reminder is due in about ${describeMinutes(minutes)}.`,
} as const;

export const CHECK_IN_SET =
  'OK, I’ll check on you in 2 days. If your back gets worse before then, or you notice any warning signs, please don’t wait: see a doctor.';
export const CHECK_IN_ALREADY = 'I’m already due to check on you. Say “how long left?” to see when.';
export const CHECK_IN_BUTTONS = [BUTTONS.better, BUTTONS.same, BUTTONS.worse] as const;
export const CHECK_IN_QUESTION = 'Hi, it’s the Back Spasm Helper. Two days ago you asked me to check on you. How is your back now?';
export const CHECK_IN_BETTER =
  'I’m glad it’s easing. Keep moving gently. If it gets worse again, or doesn’t clear up, please see a doctor.';
export const CHECK_IN_SEE_DOCTOR = (emergencySigns: string[], urgentSigns: string[], worse: boolean) =>
  [
    `**It’s time to see a doctor.** ${worse ? 'Your back is getting worse' : 'Your back hasn’t got better after a few days'}, so please book an appointment with a doctor, who can look for the cause.`,
    'Get help sooner if you have any of these:',
    RED_FLAG_LISTS(emergencySigns, urgentSigns),
  ].join('\n\n');

function describeMinutes(minutes: number): string {
  if (minutes % (24 * 60) === 0 && minutes >= 24 * 60) return plural(minutes / (24 * 60), 'day');
  if (minutes % 60 === 0 && minutes >= 60) return plural(minutes / 60, 'hour');
  if (minutes > 120) return `${plural(Math.floor(minutes / 60), 'hour')} ${plural(minutes % 60, 'minute')}`;
  return plural(minutes, 'minute');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

// --- Cards: urgent help, pain rating, stretch pictures and the hold timer -------------------------------

/** The alert card under urgent advice: tap-to-call buttons and a map search for care nearby. */
export const URGENT_CARD = {
  emergencyTitle: '⚠️ Call an emergency number now',
  sameDayTitle: '⚠️ See a doctor today',
  sameDayBody: `If it gets worse, or you notice any of the emergency signs, call ${EMERGENCY_NUMBERS}.`,
  emergencyBody: 'Tap a number to call it, or go to the nearest emergency department.',
  call: (number: string, region: string) => `Call ${number} (${region})`,
  findCare: 'Find urgent care',
} as const;

/** The pain rating buttons: 0 to 10, each sending its number (typed answers work as well). */
export const SEVERITY_BUTTONS = Array.from({ length: 11 }, (_, n) => String(n));

/** Alt text of the stretch drawings (public/stretch-*.svg), by passage id. */
export const STRETCH_PICTURES: Record<string, string> = {
  'stretch-childs-pose': 'Drawing of child’s pose: kneeling, chest lowered onto the thighs, arms stretched forward on the floor.',
  'stretch-glute-bridge': 'Drawing of a hip lift: lying on the back, knees bent, feet flat, hips raised a little off the floor.',
  'stretch-cat-cow': 'Drawing of cat-cow: on hands and knees, back rounded up like a cat, then arched down.',
};

/** The web page's hold timer (it counts down in the browser): its button and what it says. */
export const HOLD_TIMER = {
  button: (seconds: number) => `Start ${seconds} s`,
  running: 'Hold the stretch and breathe slowly.',
  done: 'Time’s up. Come out of the stretch slowly.',
} as const;

// --- Small talk, situations, follow-ups and questions the article does not answer (issue 9) ----------------

export const ACK = 'Glad that’s useful. Is there anything else you’d like to know about your back?';
export const FEELING_LOW =
  'I’m sorry, a back spasm can be really painful and worrying. The good news is that spasms can be treated. Would you like something that may ease it now, or shall I ask three quick questions and suggest a plan?';
export const FEELING_BETTER = 'I’m glad it’s easing. Gentle movement and good habits can help keep it that way. Anything else I can help with?';
/** Said before the fast-relief passage when someone's back has just gone, with the offer of the check. */
export const SITUATION_INTRO =
  'I’m sorry, that sounds really painful. Here’s what may ease it right now. When you’re ready, I can also ask three quick questions and suggest a plan: tap “Check my symptoms”.';
export const CLARIFY_FOLLOW_UP = (title: string) =>
  `I’m not sure what you’d like to know. Do you mean more about “${title}”, or one of these?`;
