// Recognises the short conversational messages (hello, thanks, help, cancel...) that are not questions.
import { BUTTONS } from './text';

export type Intent =
  | 'greeting'
  | 'thanks'
  | 'goodbye'
  | 'who'
  | 'help'
  | 'cancel'
  | 'start-over'
  | 'forget'
  | 'assess'
  | 'stretches'
  | 'ask'
  | 'ack'
  | 'feeling'
  | 'feeling-better';

// Small talk comes in many wordings ("thanks, that helped", "ok cool", "lol"): phrases that combine, whole message only.
const POLITE = '(?:x+|xx|mate|bot|buddy|pal|love|again|lol|haha+|:\\)|so much|a lot|very much|muchly|loads|a million|!+)';
const OPENERS = 'ok|okay|oh|ah|aw|got it|gotcha|understood|noted|nice one|great|brilliant|lovely|perfect|cool|awesome|amazing|wow|right|well|fab|super|nice|good|excellent|yes|yeah|yep|alright';
const THANKS_WORDS = 'thanks?|thank you|thankyou|thank u|thanx|thnx|thx|ty|tysm|tyvm|cheers|ta|many thanks|much appreciated|appreciate (?:it|that|you|the help)|i appreciate (?:it|that|you|the help)';
const HELPED = '(?:that|this|it|you|thats|its)(?: really| has| have| was| is| so| very| been| actually)* (?:helped|helps|helpful|useful|great|brilliant|perfect|handy)|(?:very|really|super|so) (?:helpful|useful)|helpful|useful|that helped(?: a lot)?';
const THANKS_TAIL = `for (?:the|your|all the|all your|that|this) (?:help|info|information|advice|tips|answer|answers)|for (?:that|this|helping|everything)|(?:${HELPED})|(?:ill|i will|im going to|i ll|going to|gonna) (?:try|give)(?: that| it| those| them| this)?(?: a (?:go|try))?(?: now)?|will try(?: that| it)?|(?:you are|youre|ur) (?:a star|great|the best|a legend|brilliant|amazing)|(?:feeling|feel|its|it is|im) (?:a bit |a little |a lot |much |loads |already )*(?:better|easier|easing)(?: already| now)?`;
const BYE_WORDS = 'bye+|goodbye|cheerio|ta ?ra|laters|adios|ciao|toodles|good bye|bye bye|see you|see ya|see you later|later|cya|ttyl|talk later|speak later|thats all|that is all|thats it|im done|i am done|no thanks|no thank you|good ?night|night|nite|gotta go|got to go|have to go|i have to go|must go|gotta run|got to run|have to run|must run|gotta dash|must dash|im off|take care|all good now';
const GREETING_WORDS = 'hi+|hello+|helo|hey+|heya|hiya|howdy|yo|hallo|good (?:morning|afternoon|evening|day)|morning|evening|greetings';
const ACKS = 'ok|okay|okey|k|kk|okie|okie dokie|okey dokey|okay dokey|righto|right o|roger|roger that|alright|all right|right|got it|gotcha|i see|cool|great|nice|good|fine|sure|perfect|brilliant|lovely|awesome|lol|haha+|ha+|hehe+|hmm+|mm+|yep|yeah|yes|yup|noted|understood|makes sense|that makes sense|fair enough|will do|sounds good|good to know|interesting|wow|oh|ah|ahh|oh ok|fab|great stuff|no worries|np|nice one|good stuff|ace|sweet|magic|smashing|sound|brill|grand|lush|champion|i will|ill do that|(?:ill|i will|im going to|going to|gonna) (?:try|give)(?: that| it| those| them| this)?(?: a (?:go|try))?(?: now)?|will try(?: that| it)?|okay then|ok then|ok cool|ok great';
const FEEL_PREFIX = '(?:i am|im|i m|i feel|i feel so|feeling|i am feeling|im feeling|its|it is|this is|that is|thats|my back is|my back feels|it feels|feels|getting)';
const INTENSIFIERS = '(?:so|really|very|a bit|a little|quite|pretty|just|totally|completely|super|bit|little|a lot|lot|much|kind of|kinda|getting|feeling|now|still)';
const FEELINGS = 'agony|unbearable|scared|frightened|terrified|worried|anxious|nervous|stressed|panicking|frustrated|fed up|upset|miserable|awful|terrible|horrible|rubbish|crap|shit|down|low|sad|depressed|exhausted|tired|knackered|annoyed|sick of (?:it|this)|in tears|crying|desperate|at my wits end|losing my mind|struggling|not coping|cant cope|so done|over it|worse|in pain|in agony|sore|stiff|lonely|helpless|useless|driving me (?:mad|crazy|nuts|insane|round the bend)';
const FEEL_TAIL = '(?:now|today|tonight|right now|thanks|thank you|though|again|honestly|tbh|lol|x+|mate|about (?:it|this|my back)|with (?:it|this|the pain|my back)|of (?:it|this|the pain)|because of (?:it|this|my back)|a bit|a little|thanks to you|since yesterday|since this morning)';
const GROANS = 'ugh+|urgh+|argh+|ouch+|ow+|owww+|oof|sigh|this sucks|it sucks|that sucks|life sucks|why me|help me|:\\(|ffs|omg';

/** Patterns over the whole message (lowercased, punctuation folded). Order matters: first match wins. */
const WHOLE_MESSAGE: [Intent, RegExp][] = [
  ['forget', /^(?:please )?(?:forget (?:me|about me|my data|everything)|delete (?:my|all my) (?:data|info|information|history|details)|erase (?:me|my data)|remove my data)(?: please)?$/],
  ['start-over', /^(?:start (?:over|again)|restart|begin again|from the (?:start|beginning)|reset)(?: please)?$/],
  ['cancel', /^(?:cancel|stop|quit|exit|never ?mind|nevermind|forget it|stop (?:this|that|it)|end)(?: please)?$/],
  ['help', /^(?:help|menu|options|what can you do|what do you do|how does this work|how do (?:i|you) use (?:this|you)|commands|\?)(?: please)?$/],
  ['who', /^(?:who are you|what are you|are you (?:a )?(?:bot|robot|human|real|person|doctor|ai)|who (?:made|built) you|what is this)$/],
  [
    'assess',
    /^(?:(?:please )?(?:check|assess|triage|evaluate|review) (?:my )?(?:symptoms?|back|pain)(?: please)?|check my symptoms|assess my back|symptom check(?:er)?|start (?:the )?(?:assessment|check)|help me (?:figure out|decide|work out) what to do|help me (?:figure out|decide|work out) what to do)$/,
  ],
  ['stretches', /^(?:(?:show me |guide me through |walk me through |do |start )?(?:the )?(?:guided )?stretch(?:es|ing)?(?: guide)?(?: please)?|guided stretches|stretch with me)$/],
  ['ask', /^(?:i (?:have|ve got) (?:a|another) question|can i ask (?:you )?(?:a|something)(?: question)?|i want to ask (?:you )?(?:a question|something))$/],
  ['greeting', new RegExp(`^(?:(?:${GREETING_WORDS})(?: there| bot| again| everyone| all)?(?: ${POLITE})*)+$`)],
  ['goodbye', new RegExp(`^(?:(?:${OPENERS}|${THANKS_WORDS}) )*(?:${BYE_WORDS})(?: (?:${BYE_WORDS}|${THANKS_WORDS}|${POLITE}|for now|then|now))*$`)],
  ['thanks', new RegExp(`^(?:(?:${OPENERS}) )*(?:${THANKS_WORDS})(?: (?:${THANKS_TAIL}|${POLITE}|${BYE_WORDS}))*$|^(?:(?:${OPENERS}) )*(?:${HELPED})(?: (?:${THANKS_WORDS}|${THANKS_TAIL}|${POLITE}))*$`)],
  ['feeling-better', new RegExp(`^(?:(?:${OPENERS}) )*(?:${FEEL_PREFIX} )?(?:${INTENSIFIERS} )*(?:better|much better|loads better|bit better|little better|improving|easing|easier|less sore|not as bad|on the mend|okay now|ok now|fine now|good now)(?: ${FEEL_TAIL})*$`)],
  ['feeling', new RegExp(`^(?:(?:${OPENERS}) )*(?:${FEEL_PREFIX} )?(?:${INTENSIFIERS} )*(?:${FEELINGS})(?: ${FEEL_TAIL})*$|^(?:${GROANS})(?: (?:${GROANS}))*$`)],
  ['ack', new RegExp(`^(?:${ACKS})(?: (?:${ACKS}|${POLITE}))*$`)],
];

/** Lowercase, drop punctuation and emoji, fold spaces: "Thanks!! 🙏" -> "thanks". */
export function foldMessage(text: string): string {
  if (text.trim() === '?') return '?';
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BUTTON_INTENTS = new Map<string, Intent>([
  [foldMessage(BUTTONS.checkSymptoms), 'assess'],
  [foldMessage(BUTTONS.stretches), 'stretches'],
  [foldMessage(BUTTONS.askQuestion), 'ask'],
]);

export function detectIntent(text: string): Intent | undefined {
  const folded = foldMessage(text);
  if (!folded) return undefined;
  const fromButton = BUTTON_INTENTS.get(folded);
  if (fromButton) return fromButton;
  for (const [intent, pattern] of WHOLE_MESSAGE) if (pattern.test(folded)) return intent;
  return undefined;
}
