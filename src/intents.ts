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
  | 'ask';

/** Patterns over the whole message (lowercased, punctuation folded). Order matters: first match wins. */
const WHOLE_MESSAGE: [Intent, RegExp][] = [
  ['forget', /^(?:please )?(?:forget (?:me|about me|my data|everything)|delete (?:my|all my) (?:data|info|information|history|details)|erase (?:me|my data)|remove my data)(?: please)?$/],
  ['start-over', /^(?:start (?:over|again)|restart|begin again|from the (?:start|beginning)|reset)(?: please)?$/],
  ['cancel', /^(?:cancel|stop|quit|exit|never ?mind|nevermind|forget it|stop (?:this|that|it)|end)(?: please)?$/],
  ['help', /^(?:help|help me|menu|options|what can you do|what do you do|how does this work|how do (?:i|you) use (?:this|you)|commands|\?)(?: please)?$/],
  ['who', /^(?:who are you|what are you|are you (?:a )?(?:bot|robot|human|real|person|doctor|ai)|who (?:made|built) you|what is this)$/],
  [
    'assess',
    /^(?:(?:please )?(?:check|assess|triage|evaluate|review) (?:my )?(?:symptoms?|back|pain)(?: please)?|check my symptoms|assess my back|symptom check(?:er)?|start (?:the )?(?:assessment|check)|help me (?:figure out|decide|work out) what to do|what should i do(?: now)?|my back (?:has )?(?:just )?(?:seized|locked|gone|went) ?(?:up|out)?|i (?:think i )?(?:hurt|pulled|tweaked|put out) my back)$/,
  ],
  ['stretches', /^(?:(?:show me |guide me through |walk me through |do |start )?(?:the )?(?:guided )?stretch(?:es|ing)?(?: guide)?(?: please)?|guided stretches|stretch with me)$/],
  ['ask', /^(?:i (?:have|ve got) (?:a|another) question|can i ask (?:you )?(?:a|something)(?: question)?|i want to ask (?:you )?(?:a question|something))$/],
  ['greeting', /^(?:hi+|hello+|hey+|hiya|howdy|yo|good (?:morning|afternoon|evening)|greetings)(?: there)?(?: bot)?$/],
  ['thanks', /^(?:thanks?(?: you)?(?: so much| a lot| very much)?|thx|ty|cheers|much appreciated|thats (?:helpful|great)|great thanks|ok thanks|okay thanks)$/],
  ['goodbye', /^(?:bye+|goodbye|good bye|see you|see ya|later|cya|thats all|that is all|im done|i am done|no thanks|no thank you)$/],
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
