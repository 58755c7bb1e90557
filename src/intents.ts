// Recognises the short conversational messages (hello, thanks, help, cancel...) that are not questions.
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { isEnglishWord } from './knowledge/englishWords';
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

/** Saying what one will try, naming it or not ("I shall try the warm bath"), and asking nothing more. */
const WILL_TRY = '(?:ill|i will|i shall|im going to|i ll|going to|gonna) (?:try|give|do|have)(?: (?!how|what|when|why|where|which|is|are|can|could|should|do|does|but|or)\\w+){0,4}(?: a (?:go|try|shot|whirl))?';

/** Saying one is leaving: off to bed or to lie down, signing off, leaving the bot be, until next time. */
const LEAVING = '(?:(?:im|i am|i m|ill|i will|i shall|i) )?(?:off|heading|going|gonna|going to go|gonna go|going to|off to|heading off|heading off to|heading off for)(?: to)? (?:bed|sleep|lie down|lay down|a lie down|for a lie down|a nap|for a nap|rest|for a rest)(?: now)?|(?:ill|i will|i shall) (?:leave|let) you (?:be|go|to it|alone|in peace)|(?:signing|logging|clocking) off|gtg|g2g|got2go|(?:until|till|til) (?:next time|later|tomorrow)|(?:thats|that is) me (?:done|off|finished)';

// Small talk comes in many wordings ("thanks, that helped", "ok cool", "lol"): phrases that combine, whole message only.
const POLITE = '(?:x+|xx|mate|bot|buddy|pal|love|hun|doc|doctor|dude|man|bro|fam|babe|dear|again|a bunch|a ton|heaps|kindly|very kindly|most kindly|big time|lol|haha+|:\\)|so much|so so much|a lot|very much|v much|vm|muchly|loads|a million|so very much|ever so much|omg|bestie|legend|sir|madam|my friend|friend|!+)';
const OPENERS = 'ok|okay|oh|ah|aw|got it|gotcha|understood|noted|nice one|great|brilliant|lovely|perfect|cool|awesome|amazing|wow|right|well|fab|super|nice|good|excellent|yes|yeah|yep|alright|lol|haha|honestly|tbh';
const THANKS_WORDS = 'thanks?|thank you|thankyou|thank u|thanku|thnku|tnx|thanx|thnx|thnks|thx|thanq|thank q|tq|tqvm|tanks|tanx|thankies|ty|tysm|tyvm|tysvm|thx? ?(?:so|v|very) ?much|th?a?nk(?:s|x|z)?(?: (?:you|u|ya|yu|ye))?|cheers|ta|gracias|merci|danke|grazie|obrigad[oa]|arigato|dank je|tack|takk|dziekuje|spasibo|shukran|asante|many thanks|much appreciated|appreciate (?:it|that|you|the help)|i appreciate (?:it|that|you|the help)|much obliged|obliged|bless you|bless|god bless|legend|(?:so |very |much )?appreciated|(?:thats|that is|how|very|so|ever so) (?:really |so |very |ever so )?kind(?: of you)?';
const PRAISE = '(?:you are|youre|you re|ur|u r|u are) (?:such )?(?:a star|great|the best|a legend|brilliant|amazing|a lifesaver|a life saver|so kind|very kind|kind|a gem|an angel|awesome|a diamond|a treasure|a saint)';
const HELPED = `(?:that|this|it|you|thats|its)(?: really| has| have| was| is| so| very| been| actually| most| ever so| such| a| big| great)* (?:helped|helps|helpful|useful|great|brilliant|perfect|handy|help)|(?:very|really|super|so|most|extremely|incredibly|ever so|so very) (?:helpful|useful|kind)|helpful|useful|that helped(?: a lot)?|${PRAISE}`;
const THANKS_TAIL = `(?:(?:thats|all|im|me) )?sorted|for (?:the|your|all the|all your|that|this) (?:help|info|information|advice|tips|answer|answers)|for (?:the |your )?(?:kind |quick |helpful |great )(?:help|advice|reply|replies|answers?)|for (?:listening|your time|explaining|your patience|the chat)|${WILL_TRY}|for (?:that|this|helping|everything)|(?:${HELPED})|will try(?: that| it)?|(?:feeling|feel|its|it is|im) (?:a bit |a little |a lot |much |loads |already )*(?:better|easier|easing)(?: already| now)?`;
const BYE_WORDS = `bye+|goodbye|au revoir|hasta luego|tschuss|sayonara|bfn|ttfn|peace out|catch you later|catch ya later|catch ya|gn|nn|cheerio|ta ?ra|laters|adios|ciao|toodles|good bye|bye bye|see you|see ya|see you later|later|cya|ttyl|talk later|speak later|thats all|that is all|thats it|thats everything|nothing else|im all set|all sorted|im done|i am done|no thanks|no thank you|good ?night|night|nighty|nite|gotta go|got to go|have to go|i have to go|must go|gotta run|got to run|have to run|must run|gotta dash|must dash|im off|take care|all good now|${LEAVING}`;
const GREETING_WORDS = 'hi+|hello+|helo|hey+|heya|hiya|howdy|yo+|sup|wassup|whats up|how are you|how r u|how are u|hows it going|how is it going|how you doing|you alright|u alright|are you there|you there|u there|anyone there|is anyone there|hola|bonjour|salut|namaste|hej|hallo|good (?:morning|afternoon|evening|eve|day)|morning|evening|greetings|alright (?:mate|there|pal|love|hun|bud|bro)|(?:i )?hope (?:you are|youre|you re|your|ur) (?:well|ok|okay|good|doing well)|is this (?:the )?(?:\\w+ ){0,3}(?:helper|bot|chatbot|chat|service|assistant)|(?:its )?me again|im back|back again|gday|g day';
const ACKS = 'ok|okay|okey|k|kk|okie|okie dokie|okey dokey|okay dokey|oki ?doki|okey ?doke|okie ?doke|righto|right o|roger|roger that|alright|all right|right|got it|got that|got you|gotcha|i see|cool|great|nice|good|fine|sure|perfect|brilliant|lovely|awesome|lo+l|lol(?:ol)*|lmf?ao+|rofl|haha+|ha+|hehe+|hmm+|mm+|yep|yeah|yes|yup|noted|understood|makes sense|that makes sense|fair enough|fair|yeah fair|right you are|right then|right oh|will do|sounds good|good to know|interesting|wow|oh|ah|ahh|oh ok|fab|great stuff|no worries|np|nice one|good stuff|ace|sweet|magic|smashing|sound|brill|grand|lush|champion|i will|ill do that|(?:ill|i will|im going to|going to|gonna|will) (?:try|give)(?: that| it| those| them| this)?(?: a (?:go|try|shot|whirl))?(?: now)?|will try(?: that| it)?|alrighty|aight|ight|bet|word|copy that|ok ok|oki|ok+|kk+|mkay|ya|yea|yeah ok|yh|ye|okay then|ok then|k then|kk then|ok cool|ok great|sounds like a plan|fair play|cool beans|nice|good good|that works|works for me|(?:that )?tracks|fair (?:dos|dues|doos)|i (?:understand|get it|see now|understand now)|very (?:good|well)|righty(?: ho| oh| o)?|right ho|(?:ah|oh|ahh|ohh) (?:right|i see)|sure thing|roger|aye|oke|kay|mhm+|uh huh|clear|all clear|crystal clear|(?:thats|that is|all) (?:clear|fine|good)|no problem|no probs|ok fine|fine then|alright then|duly noted|message received|point taken';
const FEEL_PREFIX = '(?:i am|im|i m|the pain is|pain is|the pains|pains|this back is|this back|the back is|feel|i feel|i feel so|feeling|i am feeling|im feeling|its|it is|this is|that is|thats|my back is|my back feels|it feels|feels|getting|i|i just|i really|i honestly)';
const INTENSIFIERS = '(?:so|really|very|a bit|a little|quite|pretty|just|totally|completely|super|bit|little|a lot|lot|much|kind of|kinda|getting|feeling|now|still|literally|actually|honestly|genuinely|absolutely|proper|well|sat here|lying here)';
const FEELINGS = 'agony|unbearable|painful|excruciating|agonising|agonizing|scared|frightened|terrified|worried|anxious|nervous|stressed|panicking|frustrated|fed up|upset|miserable|awful|terrible|horrible|rubbish|crap|shit|down|low|sad|depressed|exhausted|tired|knackered|annoyed|sick(?: and tired)?|in tears|crying|desperate|at my wits end|losing my mind|struggling|not coping|cant cope|so done|over it|worse|in pain|in agony|sore|stiff|lonely|helpless|useless|driving me (?:mad|crazy|nuts|insane|round the bend|up the wall|round the twist|potty|bonkers)|worry|worrying|devastated|heartbroken|defeated|broken|crushed|overwhelmed|drained|shattered|wiped out|cheesed off|pissed off|hacked off|grumpy|cranky|irritable|angry|furious|embarrassed|ashamed|pathetic|vulnerable|alone|sick of it|sick to death of (?:it|this)|at breaking point|dreading (?:it|tonight|tomorrow|work|the night)|losing hope|lost hope|hopeless|at the end of my rope|unreal|gutted|sorry for myself|a joke|like an? (?:old|(?:\\d+|hundred) year old) (?:man|woman|lady|granny|grandad|grandma|grandpa|person|codger)|like (?:an? )?(?:old|ancient) (?:man|woman|lady|granny|grandad|grandma|grandpa|person)|freaking out|freakin out|freaked out|bricking it|in bits|going mad|at the end of my tether|at my wits end|losing it|sobbing|crying(?: my eyes out)?|cant take (?:it|this|much more|any ?more)|had enough|the worst|hell|torture|a nightmare|hate (?:this|it|my back|my life|everything)';
/** What a feeling is about: "fed up with this back", "tired of this pain", "low about it all". */
const FEEL_OBJECT = '(?:it|this|that|it all|all this|all of (?:it|this)|everything|the pain|this pain|the spasms?|this spasm|these spasms|my back|this back|(?:my|this|the) (?:stupid|poor|bloody|flipping|rubbish|damn|dumb) back|being in pain|hurting)';
const FEEL_TAIL = `(?:now|rn|atm|today|tonight|right now|so much|so so much|thanks|thank you|though|tho|again|honestly|tbh|lol|x+|mate|(?:about|with|of|because of|from) ${FEEL_OBJECT}|a bit|a little|thanks to you|since yesterday|since this morning|(?:and )?i (?:just )?(?:want|wanna|could|feel like i want) to (?:cry|scream|sob|give up)|(?:i )?had (?:plans|things planned|stuff planned|stuff on)(?: for)?(?: this weekend| today| tonight| tomorrow| this week)?|(?:my |the )?backs? (?:has |s )?been (?:rubbish|awful|terrible|horrible|crap|shit|hell|a nightmare|a pain|playing up)(?: all (?:week|day|night|month))?|(?:that )?(?:it|its|it is|this|itll|it will) (?:is )?(?:never|not) (?:ever )?(?:going to|gonna|ever|will) (?:get better|go away|end|stop|ease|heal|improve))`;
const GROANS = 'ugh+|urgh+|argh+|ouch+|ow+|owww+|oof|sigh|this sucks|it sucks|that sucks|life sucks|why me|help me|:\\(|ffs|fml|fmlll|smh|omg|omfg|oh god|oh my god|bloody hell|for gods sake|kill me(?: now)?|nooo+';

/** One feeling told: "im so fed up", "backs been rubbish all week"; a message may tell two ("feeling low, backs been awful"), not more: repeated, the clause's own repetitions would backtrack without end. */
const FEEL_CLAUSE = `(?:${FEEL_PREFIX} )?(?:${INTENSIFIERS} )*(?:${FEELINGS})(?: ${FEEL_TAIL})*`;

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
  // A bare "stretching" asks about stretches (the overview answers it); "stretches" is also the Teams command's text.
  ['stretches', /^(?:(?:(?:show me|guide me through|walk me through|take me through|do|start|lets do) (?:the )?(?:guided )?stretch(?:es|ing)?(?: guide)?|(?:the )?guided stretch(?:es|ing)?(?: guide)?|stretches|stretch with me)(?: please)?)$/],
  ['ask', /^(?:i (?:have|ve got) (?:a|another) question|can i ask (?:you )?(?:a|something)(?: question)?|i want to ask (?:you )?(?:a question|something))$/],
  ['greeting', new RegExp(`^(?:${GREETING_WORDS})(?: (?:${GREETING_WORDS}|there|bot|again|everyone|all|you|to you|${POLITE}))*$`)],
  // "Thanks, that helped, bye" and "thank you kindly, I shall try the bath, goodnight" are goodbyes: leaving is what is new.
  ['goodbye', new RegExp(`^(?:(?:${OPENERS}|${THANKS_WORDS}|${THANKS_TAIL}|${POLITE}) )*(?:${BYE_WORDS})(?: (?:${BYE_WORDS}|${THANKS_WORDS}|${POLITE}|for now|then|now|to bed|to sleep|to work|for the night|for today|for tonight|tonight|all|everyone|folks|guys|yall))*$`)],
  ['thanks', new RegExp(`^(?:(?:${OPENERS}) )*(?:${THANKS_WORDS})(?: (?:${THANKS_TAIL}|${POLITE}|${BYE_WORDS}|${THANKS_WORDS}))*$|^(?:(?:${OPENERS}) )*(?:${HELPED})(?: (?:${THANKS_WORDS}|${THANKS_TAIL}|${POLITE}))*$`)],
  ['feeling-better', new RegExp(`^(?:(?:${OPENERS}) )*(?:${FEEL_PREFIX} )?(?:${INTENSIFIERS} )*(?:better|much better|loads better|bit better|little better|improving|easing|easier|less sore|not as bad|on the mend|okay now|ok now|fine now|good now)(?: ${FEEL_TAIL})*$`)],
  ['feeling', new RegExp(`^(?:(?:${OPENERS}|${GROANS}) )*${FEEL_CLAUSE}(?: (?:and |but )?${FEEL_CLAUSE})?$|^(?:${GROANS})(?: (?:${GROANS}|my (?:poor |stupid |bloody |flipping )?back|this|this back|it|${FEEL_TAIL}))*$`)],
  ['ack', new RegExp(`^(?:${ACKS})(?: (?:${ACKS}|${POLITE}))*$`)],
];

/**
 * The longest message read as small talk or a command (the longest small talk in the question sets has 10 words). The
 * patterns' alternatives overlap ("lol" is an opener, an ack and a polite tail), so a message they almost match costs
 * time that grows with every word: "lol" 14 times and a word that is not small talk took 0.2 s, 30 times minutes. A word
 * said again at once is read once ("lol lol lol", "bye bye"), which also keeps that worst case short.
 */
const INTENT_MAX_WORDS = 16;

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

/** A message of emoji alone says something too: a thumbs up is an ok, praying hands are thanks, a sob is a feeling. */
const EMOJI_ONLY: [Intent, RegExp][] = [
  ['thanks', /^(?:[\u{1F64F}\u{2764}\u{1F496}\u{1F497}\u{1F49C}\u{1F499}\u{1F49A}\u{1F618}\u{1F970}\u{1F917}]\p{M}*\s*)+$/u],
  ['ack', /^(?:[\u{1F44D}\u{1F44C}\u{1F642}\u{1F60A}\u{1F600}\u{1F603}\u{1F604}\u{1F601}\u{2705}\u{1F197}\u{1F44F}\u{1F602}\u{1F923}\u{1F606}\u{1F609}\u{270C}\u{1F918}\u{1F4AF}]\p{M}*[\u{1F3FB}-\u{1F3FF}]?\s*)+$/u],
  ['feeling', /^(?:[\u{1F622}\u{1F62D}\u{1F629}\u{1F62B}\u{1F616}\u{1F61E}\u{1F614}\u{1F623}\u{1F630}\u{1F631}\u{1F628}\u{1F61F}\u{1F641}\u{2639}\u{1F625}\u{1F62A}\u{1F635}\u{1F915}\u{1F92F}\u{1F62C}\u{1F624}\u{1F620}\u{1F621}\u{1F972}\u{1F97A}\u{1F613}\u{1F625}\u{1F616}]\p{M}*\s*)+$/u],
];

/** Chat spellings of whole words, read as the words ("catch u later", "gr8 thx"). */
const CHAT_WORDS = new Map([
  ['u', 'you'],
  ['ya', 'you'],
  ['ur', 'your'],
  ['r', 'are'],
  ['l8r', 'later'],
  ['gr8', 'great'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['thru', 'through'],
  ['n', 'and'],
]);

/** The same message as typed with feeling: letters drawn out ("thank youuu", "sooo") once, chat spellings as words. */
function plainly(folded: string): string {
  return folded
    .replace(/([a-z])\1{2,}/g, '$1')
    .split(' ')
    .map((word) => CHAT_WORDS.get(word) ?? word)
    .join(' ');
}

function wholeMessageIntent(folded: string): Intent | undefined {
  return WHOLE_MESSAGE.find(([, pattern]) => pattern.test(folded))?.[0];
}

/** The words small talk is made of, taken from its patterns, so a slip in any of them can be read ("thnak you"). */
const SMALL_TALK_WORDS = [...new Set(WHOLE_MESSAGE.flatMap(([, pattern]) => pattern.source.match(/[a-z]{3,}/g) ?? []))];
/** Slips are read only in short messages: small talk is short, and a longer one is a question worth searching. */
const SLIP_MAX_WORDS = 6;
/** At most this many ways to read the slips of one message are tried. */
const SLIP_READINGS_MAX = 32;

/**
 * The small-talk words a word not in English may be a slip for: those one edit away (a letter missed, added, changed,
 * or two swapped); a three-letter word only with two letters swapped ("yuo"). A real word ("grate", "by") is what was
 * meant. Two edits would read "matress" as "matters": a topic word mistyped must reach the search.
 */
function slipsFor(word: string): string[] {
  if (word.length < 3 || /\d/.test(word) || SMALL_TALK_WORDS.includes(word) || isEnglishWord(word)) return [word];
  const letters = (w: string) => [...w].sort().join('');
  const slips = SMALL_TALK_WORDS.filter(
    (candidate) =>
      Math.abs(candidate.length - word.length) <= 1 &&
      (word.length > 3 || letters(candidate) === letters(word)) &&
      DamerauLevenshteinDistance(word, candidate, { transposition_cost: 1, restricted: true }) === 1,
  );
  return slips.length > 0 ? slips : [word];
}

/** Small talk typed with slips ("thnak you", "thank u so mcuh", "apreciate it"): the first reading of the slips that is. */
function intentDespiteSlips(folded: string): Intent | undefined {
  const words = folded.split(' ');
  if (words.length > SLIP_MAX_WORDS) return undefined;
  let readings = [''];
  for (const options of words.map(slipsFor)) {
    readings = readings.flatMap((start) => options.map((word) => (start ? `${start} ${word}` : word))).slice(0, SLIP_READINGS_MAX);
  }
  if (readings.length === 1 && readings[0] === folded) return undefined;
  for (const reading of readings) {
    const intent = wholeMessageIntent(reading);
    if (intent) return intent;
  }
  return undefined;
}

/** Typed with alarm: shouted in capitals, with doubled marks, or with an emoji. */
function cried(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return (letters.length > 1 && letters === letters.toUpperCase()) || /[?!]{2,}/.test(text) || /\p{Extended_Pictographic}/u.test(text);
}

export function detectIntent(text: string): Intent | undefined {
  const folded = foldMessage(text);
  if (!folded) return EMOJI_ONLY.find(([, pattern]) => pattern.test(text.trim().replace(/\uFE0F/g, '')))?.[0];
  const fromButton = BUTTON_INTENTS.get(folded);
  if (fromButton) return fromButton;
  // Small talk and commands are short; a long message is a question for the search, and never reaches the patterns.
  if (folded.split(' ').length > INTENT_MAX_WORDS) return undefined;
  const once = folded.replace(/\b(\w+)(?: \1\b)+/g, '$1');
  const intent = wholeMessageIntent(once) ?? wholeMessageIntent(plainly(once)) ?? intentDespiteSlips(plainly(once));
  // "Stretches?" asks what they are: the search answers it, the guide starts on a request.
  if (intent === 'stretches' && text.includes('?')) return undefined;
  // "HELP", "help!!" or "help 😭" is a cry for help with the back, not a question about the bot: relief answers it.
  return intent === 'help' && cried(text) ? undefined : intent;
}
