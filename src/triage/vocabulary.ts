// Word lists shared by the red-flag rules (rules.ts), as regular-expression sources over normalised text
// (lower case, contractions spelled out, no apostrophes, hyphens as spaces, typos repaired).

/** Any alternation of sources, wrapped in a non-capturing group. */
export function anyOf(...sources: string[]): string {
  return `(?:${sources.join('|')})`;
}

/** `a` and `b` within `words` words of each other, in either order. */
export function near(a: string, b: string, words: number): string {
  const gap = String.raw`(?:\W+\w+){0,${words}}?\W+`;
  return `(?:(?:${a})${gap}(?:${b})|(?:${b})${gap}(?:${a}))`;
}

/** Compiles a rule source once, at module load, bounded to whole words. */
export function compile(source: string): RegExp {
  return new RegExp(String.raw`\b(?:${source})\b`, 'g');
}

/** Loss of feeling, said plainly. "cannot feel" and "no feeling" are symptoms, so the negation cues skip them. */
export const NUMB_DEFINITE = anyOf(
  String.raw`numb\w*`,
  String.raw`tingl\w*`,
  'pins and needles',
  String.raw`an?a?esthe\w*`,
  String.raw`(?:no|zero|lost(?: the| all| my)?|losing(?: the| all)?|loss of|reduced|altered|less|lack of|strange|weird|odd|funny|different) (?:feeling|sensation)`,
  String.raw`(?:cannot|unable to|not able to|could not) (?:really |properly |quite |fully |even |always )?feel`,
  String.raw`(?:do|did) not (?:really )?feel (?:anything|a thing|much)(?! (?:unusual|wrong|strange|different|weird|odd|like that|else|abnormal|of the sort|pain|better|worse|difference|improvement))`,
  String.raw`dead(?! (?:sore|painful|stiff|tight|bad|uncomfortable|tired|heavy|hard|easy|achy|good|worried))`,
  String.raw`(?:fizz|prickl|buzz)\w*`,
  String.raw`(?:feels?|feeling|felt|gone|went|going|goes) (?:kind of |a bit |all |really )?(?:numb|dead)`,
  String.raw`(?:fell|falls|falling|gone|go|goes|going|went) (?:to sleep|asleep)`,
  String.raw`not (?:mine|my own|part of me)|(?:do|does|did) not (?:feel like they |feel like it )?belong to me|belong\w* to someone else`,
);

/** A vague change of feeling: "it's gone funny down there" (a red flag there; in the legs, worth asking). */
export const FEELS_ODD = String.raw`(?:feels?|feeling|felt|gone|went|going|goes) (?:kind of |a bit |all |really |so )?(?:strange|odd|weird|funny|different)`;

/** Any change of feeling. */
export const NUMB = anyOf(NUMB_DEFINITE, FEELS_ODD);

/** The "saddle" area: genitals, buttocks, inner thighs, anus, in clinical and lay words. */
export const SADDLE_PLACE = anyOf(
  'down (?:there|below)',
  'between (?:my |the )?legs',
  'groin',
  'crotch',
  'saddle',
  String.raw`genital\w*`,
  'privates?',
  'private (?:parts?|area|region|bits)',
  '(?:lady|man|my|girl|boy|private|intimate) (?:bits|parts|area|region)',
  'nuts',
  'willy',
  'dick',
  'cock',
  'fanny',
  'vag',
  'junk',
  'undercarriage',
  String.raw`(?:bum|butt|arse|ass) ?holes?`,
  'ass',
  String.raw`perine\w*`,
  'taint',
  'anus',
  'anal',
  'back passage',
  'rectum',
  'rectal',
  String.raw`vagina\w*`,
  'vulva',
  'labia',
  'penis',
  'scrotum',
  String.raw`testic\w*`,
  'balls',
  'bums?',
  'butt',
  String.raw`buttock\w*`,
  'bottom(?! of)',
  'backside',
  'arse',
  'inner thighs?',
  String.raw`when i wipe\w*`,
  'wiping',
  'toilet (?:paper|roll|tissue)',
  'sit bones?',
  'nether regions?',
);

/** Pain, hurt and its lay intensifiers. */
export const PAIN = String.raw`(?:pain\w*|hurt\w*|ache\w*|aching|sore\w*|agony|agonis\w*|agoniz\w*|kill\w*|excruciat\w*|unbearable|sharp|shoot\w*|stab\w*|jolt\w*|twinge\w*|spasm\w*|worse|murder|throb\w*|sting\w*|burn\w*|electric\w*|intense|ouch|feel it|scream\w*|knife|knives|daggers?|lightning|bolt)`;

/** Both legs named outright. */
export const BOTH_LEGS = anyOf(
  'both (?:of )?(?:my |the |your )?(?:legs|feet|thighs|calves|lower legs|buttocks and legs)',
  '(?:down|into|in|through) both (?:sides|legs)',
  'both sides (?:of|down|into) (?:my |the )?(?:legs|thighs|buttocks)',
  String.raw`bilateral\w*`,
  'each leg',
  'either leg',
  '(?:left and right|right and left) (?:legs?|sides)',
  '(?:legs|feet) on both sides',
);

/** Plural legs: "my legs", "my feet" (one leg is not a red flag; both are). */
export const LEGS = '(?:legs|feet|thighs|calves|lower limbs|shins|waist down|hips down|below (?:the|my) waist)';

/** One leg or part of it. */
export const ONE_LEG = '(?:leg|foot|thigh|calf|shin|toes?|ankle|hamstrings?)';

/** Numbness or weakness (for legs). */
export const NUMB_OR_WEAK = anyOf(
  NUMB_DEFINITE,
  String.raw`weak\w*`,
  'no (?:strength|power)',
  '(?:like )?(?:jelly|rubber|noodles|cooked spaghetti)',
  String.raw`paraly[sz]\w*`,
  '(?:cannot|unable to|not able to|could not) (?:move|lift|use)',
  'useless',
  'floppy',
);

/** Vague leg words: worth a question, not an alarm ("my legs feel weird", "wobbly", "heavy"). */
export const LEGS_FEEL_ODD = anyOf(FEELS_ODD, 'wobbly', 'shaky', 'heavy', 'heaviness');

/** Ice, cold, stretching and creams explain numb skin or a tingle away. */
export const HARMLESS_NUMBNESS = String.raw`\b(?:ice|icepack|cold pack|frozen|freezing|stretch\w*|cream|gel|spray|patch|anaesthetic|dentist|massage|tens|crossed|asleep|went to sleep|goes to sleep|go to sleep)\b`;

/** Numbness explained by sitting a long time (on a hard seat, a bike, a long drive). */
export const FROM_SITTING = String.raw`\b(?:(?:from|after) (?:sitting|being sat|a long drive|cycling|a bike ride|riding)|sit(?:ting)? (?:for )?(?:too |very |so )?long|sat (?:for )?(?:too |so )?(?:long|ages|hours|a while)|sit for (?:ages|hours|a while)|(?:fell|falls|falling|went|goes|going|gone) (?:to sleep|asleep))\b`;

/** Places other than the saddle area or legs: numbness there is not one of our red flags. */
export const OTHER_PLACE = String.raw`\b(?:hands?|fingers?|thumbs?|arms?|wrists?|elbows?|face|lips?|tongue|cheeks?|jaw|skin|shoulders?|neck|head|back|spine|hips?|legs?|foot|feet|thighs?|calf|calves|knees?|shins?|toes?|ankles?|hamstrings?)\b`;

/** The spine and back, for lumps and changes of shape. */
export const BACK_PLACE = String.raw`(?:back|spine|spinal|vertebra\w*|backbone|tailbone|coccyx|lumbar|shoulder blades?)`;

/** Steroid medicines; the route (tablets vs an injection or cream) decides whether it is "long-term steroid use". */
export const STEROID = String.raw`(?:steroid\w*|corticosteroid\w*|prednisolone|prednisone|dexamethasone|hydrocortisone|methylprednisolone|cortisone)`;

/** Steroids that are not long-term tablets. */
export const LOCAL_STEROID = String.raw`\b(?:injection\w*|injected|jabs?|shots?|cream|ointment|inhalers?|nasal|spray|eye drops|epidural|gel|drops)\b`;

/** Cancer and its treatments. */
export const CANCER = String.raw`(?:cancer\w*|tumou?r\w*|lymphoma|leuk(?:a)?emia|myeloma|melanoma|sarcoma|carcinoma|malignan\w*|metasta\w*|oncolog\w*|chemo\w*|radiotherapy|radiation (?:therapy|treatment)|mastectomy|in remission|the big c)`;

/** Someone other than the user: their cancer is family history, not the user's. */
export const SOMEONE_ELSE = String.raw`\b(?:mum|mom|mother|dad|father|sister|brother|wife|husband|partner|friend|aunt|auntie|uncle|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|cousin|son|daughter|family|relatives?|colleague|neighbou?r|boss|dog|cat|someone|somebody|people|he|she|they|his|her|their)\b`;

/** Fear, questions and tests: "I'm scared it's cancer" asks, it does not report. */
export const WORRY = String.raw`\b(?:worr\w*|scared|afraid|fear\w*|frighten\w*|terrified|panick\w*|concern\w*|anxious|could (?:it|this|that) be|might (?:it |this )?be|is (?:it|this|that)|think (?:it|this|i) (?:is|might|could|may|have)|risk|chance|sign|signs|symptom|cause|causes|check\w*|test\w*|screen\w*|scan\w*|rule\w* out|what if|prevent\w*)\b`;

/** Falls that mean nothing: idioms, autumn, sleep, a slipped disc. */
export const NOT_A_FALL = String.raw`\b(?:fell asleep|fall\w* asleep|fall\w* in love|fell in love|fall\w* for|fell for|fall\w* behind|fell behind|fall\w* apart|fell apart|fall\w* through|fell through|from grace|fall\w* out|fell out|off the wagon|into place|fall\w* back on|fell back on|fall\w* short|fell short|(?:in|last|this|next|the) fall|fall (?:season|term|semester|colou?rs|leaves)|fall\w* ill|fell ill|fell pregnant|slipped (?:a |my )?dis[ck]|slipped dis[ck]|slip of the tongue|let (?:it )?slip|slipped my mind|tripped (?:the |a )?(?:switch|breaker|fuse|alarm)|(?:pain|it|spasms?|numbness|temperature|fever|score|number) (?:\w+ )?(?:fell|falls|fallen)|(?:worried|afraid|scared|frightened|fear) (?:\w+ )?(?:of )?falling|fall prevention|night ?fall|water ?fall|rain ?fall|down ?fall|pit ?fall|wind ?fall|free ?fall|fall guy)\b`;

/** Asking about a sign rather than reporting it: "what if I can't pee?". */
export const HYPOTHETICAL = String.raw`\b(?:what if|what happens if|what does it mean if|should i (?:\w+ ){0,3}?if|(?:is it|would it be|would that be|is that) (?:\w+ )?(?:bad|serious|dangerous|worrying|an emergency|normal|a concern|a problem|a worry) (?:if|to)|when should i|warning signs?|red flags?|look out for|watch out for|in case|(?<!\b(?:tell|know|sure|notice|sense|feel|see) )if i (?:ever|get|got|start|develop|notice|had|have|was|were)|if (?:it|the pain|that|this) (?:gets|becomes|starts|spreads)|could (?:i|it|this) (?:get|cause|lead|give)|can (?:it|this|a spasm|spasms|back pain) (?:cause|give|lead)|does (?:it|this|back pain|a spasm) cause)\b`;
