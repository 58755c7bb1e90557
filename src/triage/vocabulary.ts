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
  String.raw`par(?:a|ae|e)sthe\w*|hyp(?:o|a)e?sthe\w*|dys(?:a|ae)?sthe\w*`, // lay use of the clinical words
  String.raw`(?:no|zero|lost(?: the| all| my)?|losing(?: the| all)?|loss of|reduced|altered|less|lack of|strange|weird|odd|funny|different) (?:feeling|sensation)`,
  String.raw`no feel(?= at all| there| anywhere|\s*$)`, // non-native: "no feel at all"
  String.raw`(?:stops?|stopped|stopping) (?:you|me|him|her|them|people) (?:from )?feeling`, // "can a bad back stop you feeling your bum?"
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

/** Numbness or tingling told by what it is like: "full of ants", "wrapped in cling film". */
export const NUMB_SIMILE = String.raw`(?:full of|like|with) ants|ants (?:crawling|marching|running)|(?:wrapped|covered|wrapping) in (?:cling ?film|clingfilm|cotton wool|bubble wrap|plastic|foam)`;

/** The "saddle" area: genitals, buttocks, inner thighs, anus, in clinical and lay words. */
export const SADDLE_PLACE = anyOf(
  'down (?:there|below)',
  'between (?:my |the )?legs',
  'groin',
  'crotch',
  'saddle',
  // Australian slang for the bottom: "my clacker", "me date" (not a date night or someone one goes out with).
  'clacker',
  String.raw`(?:my|his|her) date(?! (?:night|tonight|with|was|is (?:here|late|over|off|cancelled)|and i|said|says|asked))`,
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
  'nethers?',
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
  '(?:left|right) (?:leg|foot|side|thigh|calf|buttock) and (?:my |the )?(?:left|right) (?:leg|foot|side|thigh|calf|buttock)',
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
export const LEGS_FEEL_ODD = anyOf(FEELS_ODD, 'wobbly', 'shaky', 'heavy', 'heaviness', String.raw`trembl\w*`, String.raw`shiver\w*`, 'shaking');

/** Ice, cold, stretching and creams explain numb skin or a tingle away. */
export const HARMLESS_NUMBNESS = String.raw`\b(?:ice|icepack|cold pack|(?:heat|heating|hot) (?:pad|pack|bag)s?|hot water bottle|wheat bag|frozen|freezing|stretch\w*|cream|gel|spray|patch|anaesthetic|dentist|massage|tens|crossed|asleep|went to sleep|goes to sleep|go to sleep)\b`;

/** Numbness explained by sitting a long time (on a hard seat, a bike, a long drive). */
// Also what is done sitting ("from binge watching netflix", "from the cinema seats").
export const FROM_SITTING = String.raw`\b(?:(?:from|after) (?:sitting|being sat|a long drive|cycling|a bike ride|riding)|(?:from|after) (?:the |a |my |all (?:the )?)?(?:(?:binge ?)?watching|gaming|studying|revising|cinema|theatre|theater|stadium|(?:\w+ )?seats?|pews?)|sit(?:ting)? (?:for )?(?:too |very |so )?long|sat (?:for )?(?:too |so )?(?:long|ages|hours|a while)|sit for (?:ages|hours|a while)|(?:fell|falls|falling|went|goes|going|gone) (?:to sleep|asleep))\b`;

/** Places other than the saddle area or legs: numbness there is not one of our red flags. */
export const OTHER_PLACE = String.raw`\b(?:hands?|fingers?|thumbs?|arms?|wrists?|elbows?|face|lips?|tongue|cheeks?|jaw|skin|shoulders?|neck|head|back|spine|hips?|legs?|foot|feet|thighs?|calf|calves|knees?|shins?|toes?|ankles?|hamstrings?)\b`;

/** The spine and back, for lumps and changes of shape. */
export const BACK_PLACE = String.raw`(?:back|spine|spinal|vertebra\w*|backbone|tailbone|coccyx|lumbar|shoulder blades?)`;

/** Steroid medicines; the route (tablets vs an injection or cream) decides whether it is "long-term steroid use". */
export const STEROID = String.raw`(?:steroid\w*|corticosteroid\w*|prednisolone|prednisone|pred|dexamethasone|hydrocortisone|methylprednisolone|cortisone)`;

/** Steroids that are not long-term tablets. */
export const LOCAL_STEROID = String.raw`\b(?:injection\w*|injected|jabs?|shots?|cream|ointment|inhalers?|nasal|spray|eye drops|epidural|gel|drops)\b`;

/** Cancer and its treatments. */
export const CANCER = String.raw`(?:cancer\w*|tumou?r\w*|lymphoma|leuk(?:a)?emia|myeloma|melanoma|sarcoma|carcinoma|malignan\w*|metasta\w*|oncolog\w*|chemo\w*|radiotherapy|radiation (?:therapy|treatment)|mastectomy|in remission|the big c)`;

/** People other than the user, as an alternation (a clause about them, a pet's "he" and "her" left out). */
export const OTHER_PEOPLE = String.raw`mum|mom|mother|dad|father|sister|brother|wife|husband|partner|friend|aunt|auntie|uncle|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|cousin|son|daughter|family|relatives?|colleague|neighbou?r|boss|dog|cat|someone|somebody|people|he|she|they|his|her|their`;
/** Someone other than the user: their cancer is family history, not the user's. */
export const SOMEONE_ELSE = String.raw`\b(?:${OTHER_PEOPLE})\b`;

/** Body parts and kin, after a Scots or Irish "ma" / "me" that means "my" ("ma back's gubbed", "me legs are grand"). */
export const BODY_OR_KIN = String.raw`(?:back|backs|legs?|feet|foot|bum|arse|bottom|backside|chest|bladder|bowels?|waterworks|knees?|hips?|toes?|thighs?|bits|nethers?|privates|spine|shoulders?|belly|tummy|stomach|weight|temperature|walking|husband|wife|partner|da|dad|ma|mam|mammy|granny|nan|son|daughter|man|fella|missus|baith|both|two)`;

/** Nouns after a Scots "wee" that means "little", not a pee ("a wee cough", "a wee fall", "my wee fella"). */
export const SCOTS_WEE = String.raw`(?:bit|while|one|ones|lad|lass|boy|girl|fella|fellow|man|chap|soldier|cough|sneeze|tingle|lump|bump|fall|tumble|twinge|walk|rest|nap|sleep|dram|spot|patch|bruise|thing|ache|pain|sore|trip|slip|stumble|numb\w*|tingl\w*)`;

/** The person the message is about is with the writer ("she's here with me"): their signs need help now too. */
export const PRESENT_PROXY = String.raw`\b(?:here with me|with me (?:now|here|right now)|next to me|beside me|(?:sat|sitting|lying|laying) (?:right )?here|i am with (?:him|her|them)|(?:he|she|they|hes|shes|theyre|is|are) (?:\w+ )?(?:here|with me))\b`;

/** Fear, questions and tests: "I'm scared it's cancer" asks, it does not report. */
export const WORRY = String.raw`\b(?:does (?:that|this|it) mean|worr\w*|scared|afraid|fear\w*|frighten\w*|terrified|panick\w*|concern\w*|anxious|could (?:it|this|that) be|might (?:it |this )?be|is (?:it|this|that)|think (?:it|this|i) (?:is|might|could|may|have)|risk|chance|sign|signs|symptom|cause|causes|check\w*|test\w*|screen\w*|scan\w*|rule\w* out|what if|prevent\w*)\b`;

/** Falls that mean nothing: idioms, autumn, sleep, a slipped disc. */
export const NOT_A_FALL = String.raw`\b(?:fell asleep|fall\w* asleep|fall\w* in love|fell in love|fall\w* for|fell for|fall\w* behind|fell behind|fall\w* apart|fell apart|(?:fall\w*|fell) through(?! (?:a|the|an|my|some|into|onto|on to|to(?! be\b))\b)|from grace|fall\w* out|fell out|off the wagon|into place|fall\w* back on|fell back on|fall\w* short|fell short|(?:nearly|almost|near enough) (?:fell|fall\w*|went over|slipped|toppled)|(?:in|last|this|next|the) fall|fall (?:season|term|semester|colou?rs|leaves)|fall\w* ill|fell ill|fell pregnant|slipped (?:a |my )?dis[ck]|slipped dis[ck]|slip of the tongue|let (?:it )?slip|slipped my mind|tripped (?:the |a )?(?:switch|breaker|fuse|alarm)|(?:pain|it|spasms?|numbness|temperature|fever|score|number) (?:\w+ )?(?:fell|falls|fallen)|(?:worried|afraid|scared|frightened|fear) (?:\w+ )?(?:of )?falling|(?:sat|sitting|plonked|dropped|flopped|fell|fallen|collapsed|landed) (?:\w+ ){0,2}?(?:on|onto|into) (?:the |a |my )?(?:sofa|couch|settee|bed|armchair|cushions?|bean ?bag|mattress|pillows?)|(?:did not|never|without) (?:actually |quite |even )?(?:fall|falling|go down|going down|hit the (?:floor|ground|deck))|caught myself|fall prevention|night ?fall|water ?fall|rain ?fall|down ?fall|pit ?fall|wind ?fall|free ?fall|fall guy)\b`;

/** Asking about a sign rather than reporting it: "what if I can't pee?". */
// "Will it make my legs weak?" asks what a remedy might do, not what has happened.
// "What does it mean if my legs give way" asks what one's own present sign means, so it is a report; "... if your legs" stays a question.
export const HYPOTHETICAL = String.raw`\b(?:what if|what happens if|what does it mean if(?! (?:i|my|he|she|his|her)\b)|should i (?:\w+ ){0,3}?if|(?:is it|would it be|would that be|is that) (?:\w+ )?(?:bad|serious|dangerous|worrying|an emergency|a concern|a problem|a worry) (?:if|to)(?!(?: \w+){1,4} (?:keep|keeps|kept|still|already|again|have been|has been|every day)\b)|(?:will|would|could|might) (?:it|this|that|(?:the|a|an) (?:\w+ ){0,2}?\w+) make (?:my|me)\b|when should i|(?:scared|afraid|worried|terrified|frightened|fearful|petrified) (?:of|about) (?:\w+ )?(?:losing|getting|having|going|becoming|wetting|developing|ending up)|warning signs?|red flags?|look out for|watch out for|in case|(?<!\b(?:tell|know|sure|notice|sense|feel|see) )if i (?:ever|get|got|start|develop|notice|had|have|was|were)|if (?:it|the pain|that|this) (?:gets|becomes|starts|spreads)|could (?:i|it|this) (?:get|cause|lead|give)|can (?:it|this|a spasm|spasms|back pain) (?:cause|give|lead)|does (?:it|this|back pain|a spasm) cause)\b`;

/**
 * Inside a "what if" about oneself, words that say the sign is already there: it goes on ("still", "again", "any more",
 * "keeps"), has lasted ("for 3 days", "in 14 hours", "I have had"), or is named as the cause or identity of something
 * ("what if my back pain is because of the fever", "... is why it spasms"), or is a pattern seen ("gets worse when I
 * cough"). Such a question reports the sign.
 */
export const ALREADY_SO = String.raw`\b(?:still|again|any ?more|already|keeps?|kept|every (?:day|night|time|morning)|(?:i|we) (?:have |ve )?(?:had|been|taken|got)|(?:for|in|over) (?:the (?:last|past) )?(?:\d+|a few|several|two|three|four|five|six|seven) (?:minutes|hours|days|weeks|months|years)|(?:is|are) (?:\w+ )?(?:because of|due to|linked|connected|related|caused by|from|why|the cause|the reason|a sign|a spasm|the cancer|coming back)|(?:gets?|is|goes) worse (?:when|whenever|every time|each time) i|(?:this|these|that) (?:\w+ )?(?:lumps?|bumps?|swelling|numbness|tingling|weakness|temperature|fever|leaking))\b`;

/** Something lying on the legs explains their numbness ("the cat's been sleeping on my legs"). */
export const LAIN_ON = String.raw`\b(?:cats?|dogs?|pets?|baby|kids?|child|toddler|someone|partner|laptop|he|she|they) (?:is |was |were |are |has |have |had )?(?:been )?(?:sleeping|sitting|sat|lying|laying|lay|asleep) on (?:my |both my |his |her )?(?:legs|lap|feet|thighs)\b`;

/** Hard use explains tired, aching or weak legs. */
export const EXERTION = String.raw`\b(?:after|from) (?:the |a |my |being on my feet|all )?(?:long |big |hard |short |heavy |cold |brisk |wet |windy |early |late )?(?:\d+ ?(?:k|km|mile|miles) )?(?:gym|run\w*|workout|exercis\w*|leg day|squats|hike|hiking|walk\w*|cycl\w*|training|football|sport|standing|work|new shoes|heels|danc\w*|partying|climb\w*|swim\w*|marathon|match|game|spin(?:ning)?(?: class)?|(?:\w+ )?class|pilates|yoga|zumba|crossfit|boot ?camp|circuits|hiit|decorat\w*|garden\w*|diy|housework|digging|moving (?:house|flat))\b|\bstanding all day\b`; // classes and heavy chores tire legs too
/** Pain as the reason for a change ("walking funny because of the pain"). */
export const BECAUSE_OF_PAIN = String.raw`\b(?:because of|due to|from|with) (?:the |my )?(?:pain|spasm\w*|back)|to avoid|so it does not hurt|(?:pain|spasm\w*) (?:makes|is making) me\b`;
/** Heat and cold as a remedy ("alternating hot and cold packs", "a hot bath") are not a temperature. */
export const HEAT_OR_COLD_REMEDY = String.raw`\b(?:water|bottle|bath|baths|shower|room|oven|outside|weather|house|heat pack|wheat bag|heating pad|heating|sauna|tea|coffee|pool|thermostat|air|office|freezer|fridge|packs?|compress\w*|alternat\w*|switch\w*|swap\w*|contrast|therapy|treatments?|ice|heat|pads?|towel|flannel|gel|spray|cream)\b|shivers? (?:down|up) (?:my )?(?:spine|back)|\bhot (?:and|or|vs|versus|n|then|to) cold(?: (?:and|then|to) hot)?\W+(?:which|what is better|is better|better|best|how (?:long|many|often)|(?:mins?|minutes|each|first|order)\b)`;
/** Weight lost on purpose (a diet, the gym, new medicine), or only talked of. */
export const WEIGHT_ON_PURPOSE = String.raw`(?<!\b(?:without|not|no|never|any|not on|not on a|never on a|not been on|not been on a|not doing|not doing a|no) (?:\w+ )?)\b(?:diet\w*|slimming|on purpose|intentional\w*|deliberate\w*|(?:trying|tried|want\w*|need\w*|should|going|plan\w*|hop\w*|aim\w*|try) to (?:lose|shed|drop)|(?:would|will|does|could|can|might) (?:losing|weight)|if i (?:lose|lost)|gym|exercis\w*|weight ?watchers|fasting|calorie\w*|ozempic|wegovy|mounjaro|baby|pregnan\w*)\b`;

/** Nearly, or from laughing or a fright: "nearly wet myself" is no loss of control. */
export const ALMOST_WET = String.raw`\b(?:nearly|almost|practically|virtually|about to|could have|laugh\w*|scared|fright\w*|terrified|shock\w*)\b`;
/** Seen, not lived: "a car crash on tv". */
export const ON_SCREEN = String.raw`\b(?:tv|telly|television|film|movie|news|video|game|watch\w*|saw|seen|heard about|read about)\b`;

// ── Word classes of the concept layer (concepts.ts) ───────────────────────────────────────────────────────────────
// Each sign is a body part or function (a "part") and what is wrong with it (a "trouble"), in the many ways people
// say either. A trouble may carry its own negation ("cannot feel", "not holding me"): that "not" is the symptom.

/** Peeing, pooing and their organs, in plain, old-fashioned and polite words. */
export const TOILET_FUNCTION = anyOf(
  'pee', 'peeing', 'wee', 'weeing', String.raw`piss\w*`, String.raw`urin\w*`, 'my water', String.raw`pass\w* (?:his |her |my |their )?water`, '(?:his|her|their) water', 'water ?works',
  String.raw`bladder\w*`, 'bowels?', String.raw`(?<!dog )poo(?:s|ing|ed)?`, String.raw`poop\w*`, 'number (?:one|two|1|2)s?',
  'toilet', 'loo', 'commode', 'potty', 'bedpan', 'bathroom', 'restroom', 'down below', 'down there', 'back passage', 'back end', 'stream', 'pipi', '(?:small|big|little) (?:toilet|business)', 'wee wee', 'tinkle', 'widdle', 'piddle',
);

/** Losing control of it, or it will not start: the trouble that makes a toilet word a red flag. */
export const TOILET_TROUBLE = anyOf(
  String.raw`(?:lost|losing|lose|loss of|no|little|poor|less) (?:all |the |any |of )?control`,
  String.raw`(?:cannot|could not|unable to|not able to|struggl\w* to|hard to) (?:\w+ )?(?:control|hold|feel|tell|start|empty|do|pass|manage|go(?! to| and| up| down| out| on| back| for| in| near))`,
  String.raw`(?:cannot|could not) (?:make|get) (?:it|anything|something) (?:to )?(?:come|start|out|go)`,
  String.raw`(?:have|has|had|did) not (?:(?:been|gone) (?:to|for)|managed)`, 'without (?:any |my |his |her |their )?control', 'packed in', String.raw`pack\w* up`, String.raw`(?:nothing|not much|very little|hardly anything)(?: much)? (?:comes?|came|coming) out|nothing (?:much )?happens`, String.raw`(?:and )?(?:zilch|nada|nowt|zip|sweet fa)`, 'given up', 'gave up', 'stopped working', 'not working', String.raw`not function\w*`,
  String.raw`(?:does|do|did|will|would) not (?:work|come|start|flow|empty|happen)`, 'caught short',
  String.raw`(?:not|nothing) (?:is )?(?:coming|come|comes|came|happening)(?: out)?`, String.raw`not (?:passing|flowing|draining)`,
  String.raw`(?:on (?:its|their) own|by (?:itself|themselves)|without (?:me )?(?:knowing|noticing|realis\w*|realiz\w*|feeling|warning))`,
  String.raw`emptied (?:itself|themselves)`, String.raw`accidents?`, String.raw`mishaps?`, String.raw`(?:a )?mind of (?:its|their) own`, String.raw`leak\w*`, String.raw`dribbl\w*`, String.raw`trickl\w*`,
  String.raw`only (?:a )?(?:little|bit|trickle|dribble|few (?:drops|drips))(?: \w+)?`, String.raw`(?:a )?few (?:drops|drips)`,
);

/** Clothes and furniture that show wetting or soiling. */
export const WET_PLACE = String.raw`(?:myself|herself|himself|themselves|themself|yourself|undies|pants|knickers|underwear|underclothes|undergarments|smalls|trousers|pyjamas|pajamas|nighties?|nightdress|nightgown|nightshirt|jeans|shorts|sheets|nappy|pads?|sofa|couch|chair|mattress|carpet|the bed|my bed)`;
/** Wet, soiled, damp. */
export const WET = String.raw`(?:wet|wetted|damp|soaked|soiled|dirty|stained|messed|peed|pooed|pooped|pissed)`;
/** Sweat, drinks and baths wet things too. */
export const WET_FOR_OTHER_REASONS = String.raw`\b(?:sweat\w*|drench\w*|rain\w*|shower\w*|bath\w*|spill\w*|bottle|drink\w*|tea|coffee|ice|pack|washing|laundry|dog|cat|baby|kids?|toddler|little ones?|grand ?kids?)\b`;
/** Pipes and packs leak too. */
export const LEAKS_FOR_OTHER_REASONS = String.raw`\b(?:pipes?|plumb\w*|cistern|taps?|flush\w*|seals?|roof|tanks?|boiler|radiator|bottle|packs?|bags?|cars?|oil|gas|memory|news|story|photos?)\b`;
/** A habit of small leaks: "I keep having little leaks". */
export const LEAK_HABIT = String.raw`(?:pads?|nappy|nappies|little|small|few|tiny|keep|keeps|having|getting|get|had|been|when (?:i|he|she|they) (?:stands?|coughs?|sneezes?|laughs?|moves?|bends?|gets? up))`;

/** The saddle area, with the places people sit on and lay words for the genitals. */
export const SADDLE_AREA = anyOf(
  SADDLE_PLACE, 'where (?:i|you|we|one) sits?(?: down)?', 'what i sit on', 'the (?:bit|part|area) i sit on', String.raw`(?:toilet )?seat (?:under|beneath) me`,
  'the (?:toilet |loo )?seat', 'my seat', 'my bits', 'trouser department', 'nether regions?', 'bum cheeks', 'cheeks',
  '(?:my|her|his|the) sitting (?:area|bit|part|end)', '(?:my|his|me) (?:balls|bollocks|testicles|testes|ball ?sack)', 'testicles?', // "her sitting area", "my balls" (not a tennis ball)
);

/** Loss or change of feeling, including similes ("like a block of wood", "muted", "like nothing is there"). */
export const NUMB_WIDE = anyOf(
  NUMB, NUMB_SIMILE, 'fuzzy', 'muted', 'muffled', 'blunted', 'wooden', 'block of wood', 'cotton wool', 'rubbery',
  String.raw`(?:do|did|does) not (?:even )?feel (?:it|that|a thing) at all`, // "pinched my bottom and I didn't feel it at all"
  String.raw`(?:feels?|felt) like nothing`, String.raw`(?:feels?|felt|feeling) (?:like|as if) (?:i am |i was )?sitting on (?:(?:a |an )?\w+ of )?(?:nothing|air|thin air)`, String.raw`nothing (?:is )?(?:there|touching)`, 'not there', 'no (?:sensation|feeling)', 'without (?:any )?(?:feeling|sensation)', 'frozen', 'injected', 'numbed', 'dentist', String.raw`novocaine?|lidocaine`,
  '(?:someone|somebody) else', 'a stranger', String.raw`(?:do|did|does) not (?:really )?feel (?:my|the|it|them)`, '(?:sleeping|asleep) all (?:day|the time)', String.raw`(?:feels?|felt|feeling) (?:\w+ ){0,3}?asleep|(?:are|is) (?:asleep|sleeping)`,
);

/** A cause of numbness that explains it away, unless it is only a simile ("like at the dentist"). */
export const HARMLESS_CAUSE = String.raw`(?<!\b(?:like|as if|as though|not|no|never|without|any)\b(?:\W+\w+){0,6}\W+)\b(?:ice|icepack|cold pack|frozen|freezing|stretch\w*|cream|gel|spray|patch|anaesthetic|dentist|massage|tens|(?:heat|heating|hot) (?:pad|pack|bag)s?|hot water bottle|wheat bag)\b(?!(?:\W+\w+){0,3}?\W+(?:not|no|nothing|never)\b)`;

/** Sitting explains a numb bottom, above all when it came back once up ("fine once I stood up"). */
/** Cold weather numbs feet for a while: "both feet numb with cold at the match" is asked about, not escalated. */
export const NUMB_WITH_COLD = String.raw`\b(?:numb|dead) (?:with|from) (?:the )?cold\b`;
/** A long journey sat still: "legs heavy after a long flight". */
export const FROM_TRAVEL = String.raw`\b(?:from|after|on|during) (?:a |the |my |that )?(?:long )?(?:(?:car|coach|bus|train|plane|road) )?(?:drive|journey|flight|ride|trip)\b`;
export const SAT_TOO_LONG = String.raw`${FROM_SITTING}|${FROM_TRAVEL}|\b(?:(?:from|after|on|during) (?:a |the |my )?(?:long )?(?:bike|cycle|horse) ?rides?|bleachers|(?:kneel|crouch|squat)\w* (?:for )?(?:too |so )?(?:long|ages|a while|hours)|when i (?:kneel|crouch|squat)|(?:an hour|hours|ages|a while|all day) (?:on|in) (?:the |a |my )?(?:bike|saddle|chair|seat|car|train|plane|toilet|loo)|(?:once|when|after|as soon as) i (?:stood|stand|got up|get up|moved|move|walked))\b`;

/** Sex, erections and the genitals. */
export const SEX_PART = anyOf(
  String.raw`sex\w*`, 'intercourse', String.raw`intima\w*`, String.raw`(?:make|making|made) love`, 'bedroom', String.raw`erect\w*`, 'hard ?ons?',
  String.raw`when i\W+(?:\w+\W+){0,3}?(?:finish|finished|climax|climaxed|orgasm|come|came|cum)(?=\s*(?:$|[.,;!?]))`, // "when I, you know, finish"
  String.raw`when we (?:are|were|get|got) (?:together|close)`, // "when me and my partner are together" (read as "when we are ...")
  'morning (?:wood|glory)', '(?:that|the trouser) department', '(?:man|lady|male|female|private|intimate) (?:parts?|bits|area|region)', 'privates', String.raw`genital\w*`, 'willy', 'penis', 'dick', 'cock', 'pecker', 'todger', 'manhood', 'member', '(?:wee|little|old) (?:fella|fellow|man|chap|soldier)', 'trouser department', 'down there', 'down below',
  String.raw`touch\w* myself|(?:play\w*|pleasur\w*) (?:with )?myself|masturbat\w*`, // alone, not only with a partner
  String.raw`(?:he|she|they|partner|husband|wife) touch\w* me`, '(?:my|the) organ', // "when he touches me"; Indian English "the organ"
);

/** What goes wrong with sex: it stops working, nothing happens, no feeling. */
export const SEX_TROUBLE = anyOf(
  String.raw`(?:does|do|did|will|would) not work\w*`, String.raw`not (?:been |really |quite )?work\w*`, String.raw`nothing (?:\w+ )?works?`, String.raw`(?:cannot|could not|unable to) perform`, 'stopped working', 'packed in', 'given up',
  String.raw`nothing (?:is )?happen\w*`, String.raw`(?:cannot|could not|unable to|not able to|struggl\w* to) (?:\w+ )?(?:get|make|keep|achieve|stay|maintain|finish|climax|come|cum|orgasm|feel)\w*`,
  String.raw`(?:felt|feel|feeling) (?:absolutely |literally |just |totally )?nothing`, NUMB_DEFINITE, String.raw`no (?:life|action|response|reaction)`, String.raw`(?:gone|went|feels?|felt) (?:\w+ )?(?:dead|numb|different|weird|strange)`,
  String.raw`(?:will|would|does|do|did|is) not (?:stand\w*|ris\w*|get up|stay up)(?: up)?`, String.raw`(?:will|would) not (?:get|stay) up`, String.raw`(?:cannot|could not|unable to|not able to) (?:do|have|perform) (?:sex |intercourse |it )?(?:properly|normally|like before)`, 'limp', 'floppy', 'no (?:morning )?(?:wood|glory|erections?)', 'not the same',
  String.raw`unresponsive|(?:not|no longer|stopped) (?:\w+ )?respond\w*|lifeless`,
  String.raw`(?<=\b(?:parts?|bits|penis|willy|dick|cock|pecker|todger|manhood|member|organ|fella|fellow|soldier) (?:(?:is|are|has been|just|always|kind of) )*)(?:sleeping|asleep|dead)|no stand\w*(?: up)?`, // "my man part is sleeping, no stand up" // "a bit unresponsive downstairs"
  String.raw`(?:not|no longer|never|stopped|will not|does not|do not) (?:\w+ )?(?:wak\w*|waken\w*|stirr?\w*) up`, // "not waking up anymore"
  String.raw`(?:is |are )?(?:not|no longer|never) (?:getting|becoming|going|staying) (?:strong|hard\w*|stiff\w*|firm\w*|up|erect\w*)`, // "my penis is not getting strong"
  String.raw`(?:am |is )?(?:not|no longer|never) (?:getting |get |as )?wet(?: any ?more| like before| enough)?|dry(?:ness)? down there`, // "not wet any more when we make love"
);
/** "Can't keep it up at all" is the idiom for erections; a routine, a pace or a pose kept up is not. */
export const CANNOT_KEEP_IT_UP = String.raw`(?:cannot|could not|unable to|not able to|struggl\w* to) (?:\w+ )?(?:get it up|keep it up(?= at all| any ?more| like before| in bed| for long enough))`;
export const KEPT_UP_OTHERWISE = String.raw`\b(?:stretch\w*|exercis\w*|routine|pace|walk\w*|work|job|run\w*|gym|plank|hold|pose|position|physio|diet|chat|conversation|grades?)\b`;
/** Legs named as "they" in a later clause: "legs a bit shaky, today I went down when they buckled". */
export const THEY_GAVE_WAY = String.raw`\b(?:they|both) (?:just |both |completely |suddenly |all of a sudden )?(?:buckl\w*|gave way|giv(?:e|es|ing) way|fold(?:ed)? under (?:me|him|her)|went from under (?:me|him|her))`;
/** Pills for erections, and needing them now: "I've needed viagra since my back went". */
export const ED_PILLS = String.raw`(?:viagra|sildenafil|cialis|tadalafil|(?:little )?blue pills?)`;
export const NEEDS_PILLS = String.raw`(?:need\w*|(?:have|has|had|started) to (?:take|use)|start\w* (?:taking|using)|(?:cannot|could not) (?:\w+ )?without (?:it|them))`;
/** Needing something or someone to stay on one's feet: "had to lean on the fryer to stay up", "one of the lads had to catch me". */
export const HELD_UP = String.raw`(?:lean\w*|hold\w*|held|grab\w*|cling\w*) (?:on ?to |on |onto )?(?:\w+ ){0,3}?to (?:stay|keep (?:me|myself)) (?:up|upright|standing|on my feet)|(?:had|has|have) to (?:catch|hold) (?:me|him|her) up|(?:had|has|have) to catch (?:me|him|her)\b`;
/** The classic picture of chest pressure, said without the chest: "like an elephant sat on me". */
export const ELEPHANT = String.raw`elephant (?:is |was )?(?:sat|sitting|standing|stood|stepping|stepped) on (?:me|my)`;
/** "Downstairs" as a euphemism for the genitals, and the house words that make it the floor below. */
export const DOWNSTAIRS = 'downstairs';
export const HOUSE = String.raw`\b(?:boiler|heating|lights?|telly|tv|toilet|loo|bathroom|shower|wifi|radiator|kettle|oven|fridge|washing|door|room|kitchen|lounge|neighbou?rs?|flat|stairs|lift|phone|signal|clock|plumbing|sink|tap)\b`;
/** A partner named near "could not finish" or "felt nothing". */
export const PARTNER = String.raw`(?:gf|bf|girlfriend|boyfriend|wife|husband|partner|missus|hubby|fiance\w*|other half)`;
export const CLIMAX_TROUBLE = String.raw`(?:(?:cannot|could not|unable to|not able to) (?:\w+ )?(?:finish|climax|come|cum|orgasm|get hard|get it up|perform)|(?:felt|feel) (?:absolutely |literally |just )?nothing|(?:no|zero|lost all|lost) (?:feeling|sensation)|(?:gone|go|goes|going|went) (?:\w+ )?limp)`;
/** Pain or awkwardness stops sex: not a change in sexual function. */
export const SEX_LIMITED_BY_PAIN = String.raw`\b(?:comfortable|comfy|position\w*|too (?:sore|painful|much pain)|hurts? too much|too much pain)\b`;

/** Both legs, counted ("my two legs") or by their sides. */
export const TWO_LEGS = anyOf(BOTH_LEGS, '(?:two|2) (?:legs?|feet)', 'legs both', '(?:both|me|my) pins(?! and needles)');
/** Both sides, when the legs are named: "from my bum to my ankles on both sides". */
export const BOTH_SIDES = '(?:on|down|in) both sides|left and right|right and left|left n right';
export const LEG_WORDS = String.raw`\b(?:legs?|ankles?|feet|foot|thighs?|calf|calves|knees?|shins?|toes)\b`;
/** Legs that feel like wood or lead: numb or heavy as a simile. */
export const DEAD_LEGS = anyOf(NUMB_OR_WEAK, NUMB_SIMILE, String.raw`(?:losing|lost|lose|no) (?:all |their |the |any |my |of )*(?:power|strength)`, String.raw`(?:been |fallen |gone )?asleep`, String.raw`like (?:two )?(?:lumps of wood|logs|dead weights?|lead|concrete|wood)`, 'dead weights?', 'wooden', 'cannot feel (?:them|it)', String.raw`(?:belong\w* to )?(?:someone|somebody) else\w*|not (?:my own|mine)`);
/** The pain or numbness has reached the other side ("now it is down the left too"). */
export const OTHER_SIDE = String.raw`(?:the other (?:leg|side|one)|(?:the )?(?:left|right) (?:leg|side)|(?:down|in|into|to) the (?:left|right))`;
export const TOO = String.raw`(?:too|as well|aswell|also)`;
export const LEG_CONTEXT = String.raw`\b(?:legs?|sciatica|down|thighs?|calf|calves|foot|feet|buttocks?)\b`;

/** Legs or knees, one or both. */
export const LEG_OR_KNEES = String.raw`(?:legs?|knees|feet|pins(?! and needles))`;
/** Giving way, in lay words. */
export const GIVE_WAY = anyOf(
  String.raw`giv(?:e|es|ing) (?:way|out)`, 'gave (?:way|out)', String.raw`just (?:went|go|goes|give|gives|gave|gone|folded|collapsed|buckled)`,
  String.raw`crumpl\w*`, String.raw`fold(?:ed|ing|s)? (?:under|beneath)`, String.raw`buckl\w*`, String.raw`collaps\w*`, '(?:went|go|goes|going|gone) (?:from )?under',
  String.raw`(?:are |is )?not (?:hold|support|carry)\w* (?:me|my weight)`, String.raw`(?:stopped|stop|quit) (?:hold|support|carry)\w* (?:me|him|her|my weight)`, String.raw`(?:will|would|do|does|did|cannot|could) not (?:hold|support|carry|take|bear) (?:me|you|him|her|them|my weight|your weight)`, String.raw`(?:will|would|do|does|did|cannot|could) not (?:push|lift|get|pull|take) me (?:up|upright)`, // "my legs won't push me up"
  '(?:cannot|could not|do not|can no longer) trust', String.raw`(?:to |like )?jelly`, String.raw`(?:cannot|could not|unable to|not able to) (?:even )?stand(?! (?:it|the|for long|up straight|straight|still))`,
  String.raw`(?:are|is) not working|not working (?:properly|right)|stopped working|(?:will|do|does) not work`, String.raw`cark\w*(?: it)?|conk\w* out|(?:died|quit) on me`,
  String.raw`(?:were|was|are|is) not (?:there|with me)`, 'gave up', 'giv(?:e|es|ing) up',
  String.raw`(?:keep|keeps|kept|just) fold\w*`, String.raw`(?:stopped|stop|not|quit|refus\w* to) (?:co ?operat|listen|obey|respond)\w*`, // "my knees have stopped cooperating"
  String.raw`(?:do|does|did|will|would) not (?:go|do|move) (?:where|what|how) i (?:tell|want|ask)\w*`, // "my feet don't go where I tell them"
);
/** Walking and its lay words. */
export const WALKING = String.raw`(?:walk|walking|walks|gait|stride|steps)`;
/** A changed way of walking. */
export const WALK_CHANGED = anyOf(
  'all wrong', 'wrong', 'not right', String.raw`shuffl\w*`, String.raw`stagger\w*`, String.raw`weird\w*`, 'funny', String.raw`strange\w*`,
  String.raw`different\w*`, 'unsteady', String.raw`wobbl\w*`, 'like (?:a |an )?(?:penguin|drunk|robot|zombie|toddler|baby|puppet|newborn foal|foal)', 'penguin', 'like (?:i|he|she|they|you|we)(?:\'s|s|\'re|\'m)? (?:(?:am|is|are|was|were|had been) )?(?:drunk|tipsy|on a (?:boat|ship))', 'on a (?:boat|ship)', 'at sea',
);
/** Stumbling and tripping. */
export const STUMBLE = String.raw`(?:stumbl\w*|trip\w*|fell|fallen|falls|fell over|falling over|(?:lost|losing|lose) my (?:balance|footing)|keel\w* over|hit the (?:deck|floor|ground))`;
/** Tripping over a pet or clutter is no change of gait ("I trip over my dog all the time"). */
export const TRIP_OVER_THINGS = String.raw`\b(?:trip\w*|stumbl\w*|fell|fall\w*) (?:over|on) (?:the |my |a |our |his |her |their |some )?(?:dogs?|cats?|pets?|puppy|kids?|children|toys?|lego|cables?|wires?|leads?|shoes|bags?|boxes|rugs?|mats?|laundry|stuff|clutter)\b`;
/** Again and again. */
export const REPEATEDLY = String.raw`(?:\d+ times|(?:two|three|four|five|several|few|couple of|many) times|twice|again and again|keep|keeps|kept|all the time|a lot|lots|constantly|repeatedly|more and more|every day|each day)`;
/** Weakness or numbness. */
export const WEAKNESS = String.raw`(?:weak\w*|numb\w*|tingl\w*)`;
/** Getting worse day by day. */
export const WORSENING = String.raw`(?:worse than (?:yesterday|before|last \w+|this morning|it was)|(?:getting|got|gets|grow\w*|becom\w*) (?:\w+ )?(?:worse|weaker)|day by day|(?:each|every) day|by the (?:day|hour)|spread\w*|creep\w*)`;
/** Weakness elsewhere than the legs. */
export const NOT_LEG_WEAKNESS = String.raw`\b(?:back|core|arms?|hands?|fingers?|grip|face|neck|shoulders?)\b`;

/** Roads and what travels on them. */
export const ROAD = String.raw`(?:cars?|vans?|bus|lorry|truck|motorbike|motorcycle|motor bike|bike|bicycle|scooter|moped|taxi|cab|vehicle|roundabout|motorway|highway|freeway|junction|traffic lights|road|carriageway|crossing|tractor|quad|lights|ute|jeep|suv|pick ?up|okada|keke|danfo|tuk ?tuks?|rickshaw|auto)`;
/** Being hit, thrown or crashing. */
export const IMPACT = anyOf(
  String.raw`(?:got|was|been|were|get) (?:\w+ )?(?:hit|struck|knocked|rear ended|shunted|run over|thrown)`, 'hit (?:me|us|from behind|from the side|head on)',
  'ran into', 'run into', 'drove into', String.raw`(?:went|came|ploughed|slammed|drove) (?:straight |right )?into (?:us|me|the back of (?:us|me))`, String.raw`plo\w+ed into`, 'smashed into', String.raw`crash\w*`, 'went (?:down|over|flying)', 'came off', 'fell off',
  '(?:thrown|flew) (?:off|from)', 'knocked (?:me |us )?off', String.raw`collid\w*`, 'collision', 'pile ?up', String.raw`wreck\w*`, 'flipped', 'rolled over',
  'skidded', 'slid (?:along|across|down)', '(?:came|come|coming) a cropper', String.raw`stack(?:ed)? it`, 'wiped out', 'went over the (?:handlebars|bars|bonnet)', '(?:jam|jammed|bashed|rammed|hit|struck|clipped|ran over|run over|knocked down) (?:me|us|him|her|them)',
);
/** What moves and can strike a person: vehicles, their riders and drivers, big animals ("a cyclist", "the 4x4", "a bull"). */
export const STRIKER = String.raw`(?:cars?|vans?|transit|lorry|lorries|trucks?|(?:mini ?)?bus|(?:mini ?)?buses|coach|tram|taxi|cab|uber|ute|pick ?ups?|4 ?x ?4|jeep|suv|tractor|forklift|motorbikes?|motorcycles?|motor bikes?|bikes?|bicycles?|(?:motor ?)?cyclists?|motorists?|bikers?|riders?|(?:e )?scooters?|mopeds?|drivers?|horses?|bulls?|cows?|cattle|bullocks?|rams?|stags?)`;
/**
 * Striking the writer, or the car they sit in: "went into the side of us", "clipped me", "ploughed straight into me",
 * "hit my car", "hit to me" (non-native), "flattened me", "took me out".
 */
export const STRUCK_ME = String.raw`(?:(?:went|came|ploughed|plowed|slammed|smashed|crashed|drove|ran|reversed|backed|careered|careened|veered|piled) (?:\w+ )?into (?:the (?:side|back|front|rear) of )?(?:me|us|my|our)|(?:hit|hitting|hits|clipped|clipping|struck|knocked|knocking|bowled|flattened|shunted|rammed|kicked|trampled|butted|head ?butted|charged|gored|mowed|mown|smacked) (?:(?:in)?to |at )?(?:me|us|(?:my|our) (?:car|van|bike|motorbike|truck|ute|cab|taxi|scooter))|(?:took|taken|takes) (?:me|us) out|sent (?:me|us) flying)\b`;
/** Struck, told the other way round: "taken out by a bloke on a bike", "kicked by a horse", "hit by a 4x4". */
export const STRUCK_BY = String.raw`(?:taken out|hit|knocked (?:down|over|off|flying)|run over|mown down|mowed down|struck|flattened|clipped|wiped out|bowled over|sent flying|kicked|trampled|rammed|shunted) by (?:a |an |the |some |this |one )?(?:\w+ ){0,3}?${STRIKER}`;
/** The pain, not a vehicle, that hit: "on the bus when the spasm hit me". */
export const PAIN_STRUCK = String.raw`\b(?:pain|spasms?|cramps?|twinges?|ache|agony)\b (?:\w+ ){0,2}?(?:hit|hits|struck|took) (?:me|us)\b`;
/** A vehicle that hit nobody: "a car nearly hit me", "the bike just missed me", "it stopped in time". */
export const NEAR_MISS = String.raw`\b(?:(?:nearly|almost|narrowly|near enough) (?:\w+ )?(?:hit|knocked|ran|run|clipped|crashed|collided|ploughed|went into|took|flattened)|(?:missed|swerved round|swerved around) (?:me|us)|(?:stopped|braked|swerved) in time)\b`;
/** Something that came down on the writer: "the shelf fell on me", "a branch came down on me", "boxes toppled onto me" (not "it fell on me to sort"). */
export const CAME_DOWN_ON_ME = String.raw`(?:(?:fell|fallen|falls|fall|falling|collapsed|toppled|tipped|crashed|dropped(?! (?:a|an|another|the|some|this|that|it|loads?|lots?)\b)|landed|caved|slid)(?: (?:down|over|in|off))?|(?:came|come|coming) (?:crashing )?(?:down|off))(?: \w+){0,4}? (?:on|onto|on to|on top of) (?:me|us)\b(?! to\b)`;
/** Pinned or crushed: "got trapped under the car", "the cow pinned me against the gate" (not "a trapped nerve"). */
export const PINNED = String.raw`(?:(?:got|was|were|been|get|getting|being) (?:\w+ )?(?:pinned|trapped|crushed|squashed|sandwiched|wedged)|(?:pinned|trapped|crushed|squashed|sandwiched) (?:me|us))(?: \w+){0,3}? (?:under|underneath|beneath|between|against)\b`;
/**
 * A fall from a height told by where it went: through a floor, ceiling or skylight ("went through a rotten
 * floorboard", not "went through the roof"), over an edge or rail, off the edge of something high, to the room
 * below, or all the way down.
 */
export const FELL_THROUGH = anyOf(
  String.raw`(?:fell|fallen|fall|falling|went|gone|dropped|crashed|plunged|plummeted|stepped|slipped|tumbled|came) (?:straight |right |backwards |clean )?(?:through|thru) (?!the roof\b)(?:(?:a|the|an|my|some|our|his|her|their) )?(?!(?:lot|lots|load|loads|couple|few|bag|box|packet|pack|tub|bottle|tube)\b)(?:\w+ ){0,2}?(?:floor\w*|ceiling|roof|skylight|roof ?light|decking|deck|boards?|ice|hatch|trap ?door|loft|attic|plasterboard|glass|rafters|joists?|banisters?|bannisters?|railings?)`,
  String.raw`(?:fell|fallen|dropped|plunged|plummeted|tumbled|crashed|came) (?:straight |right )?(?:through|thru) (?:onto|on to|into|to)`,
  String.raw`(?:fell|fallen|went|gone|tumbled|toppled|flipped|slipped|came|pushed|thrown|flew) (?:\w+ )?over (?:the |a )?(?:edge|rail\w*|banisters?|bannisters?|balcony|balustrade|barrier|parapet|cliff)`,
  String.raw`(?:stepped|fell|fallen|slipped|went|toppled|tumbled|rolled|came) (?:\w+ ){0,2}?off (?:the |a )?(?:edge|side|top) of (?!(?:the |my |a |his |her )?(?:bed|sofa|couch|settee|chair|seat|kerb|curb|pavement|step)\b)`,
  String.raw`(?:fell|fallen|dropped|plunged|plummeted|tumbled|crashed|landed) (?:\w+ ){0,5}?(?:below|beneath|underneath)`,
  String.raw`(?:fell|fallen|tumbled|bounced|rolled|slid|slipped) (?:\w+ ){0,2}?all the way (?:down|to the bottom)`,
);
/** A height told by its distance ("about 4ft", "8 foot up", "a metre and a half"), not the writer's own height ("I'm 6 foot"). */
export const DISTANCE = String.raw`(?<!\b(?:i am|im|hes|shes|he is|she is|tall|height) (?:about |around |nearly |almost |only |just )?)(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|several|a couple of) ?(?:m|metres?|meters?|feet|ft|foot|storeys?|stories|floors)\b(?! (?:tall|\d))|\ba (?:metre|meter|foot) and a half\b`;
/** An animal's own fall, with nobody thrown: "my horse slipped in the mud while I was leading him". */
export const ANIMAL_FELL = String.raw`\b(?:my|our|the|his|her|their) (?:horse|pony|dog|cow|donkey) (?:\w+ )?(?:slipped|fell|fallen|tripped|stumbled|went down|collapsed)\b(?! (?:on|onto) (?:me|us|top of me)\b)(?!.*\b(?:thrown|threw me|came off|fell off|landed on me)\b)`;
/** Falling, said of oneself. */
export const FALL = String.raw`(?:fell|fallen|fall|falling|(?:slid|went|shot|gave way|gone) (?:out )?from under (?:me|her|him|them)|gave way under (?:me|her|him|them)|(?:came|come|coming|went|go|going) down off|(?:took|had) a (?:tumble|fall|spill)|tumbled|toppled|slipped|came off|went off|thrown|landed|went flying|came flying|(?:came|come|coming) a cropper|stack(?:ed)? it|wiped out|face ?planted)`;
/** Somewhere high. */
export const HEIGHT = String.raw`(?:(?:step ?)?ladders?|stepladder|steps|roof|scaffold\w*|stairs|staircase|flight|loft|attic|hatch|tree|wall|balcony|window|bunk\w*|trampoline|cliff|horse|platform|stage|ledge|top of|height|storey|lorry|truck|quad|pick ?up|back of (?:a|the) (?:van|truck|lorry)|car roof|bonnet|cellar|basement|floorboards?|hole|pit|ditch|trench|manhole|mezzanine|gantry|rafters|skylight|hay ?bales?|embankment|\d+ ?(?:ft|foot|feet|m|metres?|meters?) (?:up|high|off the ground)|(?:first|second|third|fourth|fifth|upper|top|\d+ ?(?:st|nd|rd|th)) (?:floor|storey|story))`;

/** The chest. */
export const CHEST = String.raw`(?:(?:middle|centre|center|front|left side|right side|top) of (?:my |the |his |her )?chest|(?:(?:middle|centre|center) of|between) (?:my |her )?(?:boobs|breasts|tits|bust)|chests?|breast ?bone|sternum|rib ?cage|ribs at the front|front of (?:my |the )?ribs|(?:across |at )?the front of me|(?:to |at )the front under (?:my |the )?ribs|heart (?:area|region)|(?:around|near) my heart)`;
/** How chest pain feels. */
export const CHEST_FEEL = anyOf(PAIN, String.raw`tight\w*`, 'pressure', 'pressing', String.raw`heav\w*`, String.raw`crush\w*`, String.raw`squeez\w*`, 'band', 'elephant', 'weight', 'vice', String.raw`clamp\w*`, String.raw`grip\w*`, String.raw`clutch\w*`, String.raw`(?:keeps? |kept )?(?:rubb|hold|grabb|press)(?:ing|s|ed)?`); // "he keeps rubbing his chest"
/** Pain travelling to or from the chest. */
export const RADIATES = String.raw`(?:goes|going|go|went|shoot\w*|radiat\w*|spread\w*|through|wrap\w*|comes?|into)`;
/** Chest words that are not chest pain. */
export const NOT_CHEST_PAIN = String.raw`\b(?:chests? (?:cold|infection|cough|congestion|hair|freezer|x ?ray|of drawers|press\w*|day|workout|exercise|fl(?:y|ies)|rub|muscles?)|drawers|stretch\w*)\b`;

/** Temperature words. */
export const TEMPERATURE = String.raw`(?:temp|temps|temperature|thermometer|(?<!\bhay )fever\w*|body (?:heat|temp))`;
/** A high reading. */
export const HIGH_READING = String.raw`(?:high|raging|raised|up|sky ?high|through the roof|spik\w*|soar\w*|3[89](?:[.,]\d)?|4[0-2](?:[.,]\d)?|10[0-5](?:[.,]\d)?)`;
/** Hot, and cold or shivery at the same time. */
export const FEEL_HOT = String.raw`(?:boiling|roasting|burning|baking|running) (?:hot|up)|hot`;
export const FEEL_COLD = String.raw`(?:freezing|cold|shiver\w*|shak\w*|chills?|clammy|sweat\w*|achy)`;

/** Weight and the things that show it. */
export const WEIGHT_WORD = String.raw`(?:weights?|kilos?|kgs?|stones?|pounds|lbs?|dress sizes?|sizes?|clothes|jeans|trousers|belts?|scales|waist|rings|wedding ring|watch(?: strap)?)`; // "my rings slide off now"
/** Losing it. */
export const WEIGHT_FALLING = anyOf(
  String.raw`dropp\w*`, String.raw`fall\w* off`, String.raw`sli(?:d|p)\w* off`, String.raw`com\w* off`, String.raw`melt\w*`, String.raw`disappear\w*`, 'lighter', 'hanging off', 'loose', 'looser', 'baggy', 'roomier', 'too big', 'bigger on me',
  String.raw`reduc\w*`, String.raw`decreas\w*`, 'down by', 'notch', 'extra holes?', 'new holes?', String.raw`shr[iu]nk\w*`, 'gone from', String.raw`(?:gone|going|went|come|came) down`, '(?:last|tightest|smallest) hole', 'lost', 'losing', String.raw`shed\w*`,
);
/** Looking thin, said as a change. */
export const GOT_THIN = String.raw`(?:(?:collar ?bones?|ribs|cheek ?bones?|hip ?bones?) (?:are |is )?(?:\w+ )?(?:sticking|poking) out|(?:got|getting|gone|become|becoming|grown|look\w*|so|really|too|very) (?:\w+ )?(?:thin|thinner|skinny|skinnier|gaunt|bony)|skin and bones?|wasting away)`;

/** Body parts other than the back, where a lump or swelling is none of our red flags. */
const ELSEWHERE = String.raw`(?:ankles?|knees?|arms?|hands?|wrists?|feet|foot|legs?|neck|throat|face|breasts?|head|fingers?|toes?|elbows?|eyes?|lips?|gums?|jaw|tummy|belly|stomach|groin|armpits?|thumbs?|shins?|calf|calves|cheeks?|testic\w*|balls|scrotum)`;
/** Named right after the lump word: "a swollen ankle", "a lump on my wrist". */
export const LUMP_ELSEWHERE = String.raw`(?! (?:(?:on|in|of|at|under|behind|near|round|around) (?:my |the |his |her |your )?)?${ELSEWHERE}\b)`;
/** A lump or swelling (not one named as somewhere else). */
export const LUMP = String.raw`(?:raised (?:bit|area|patch|spot)|round thing|thing under (?:the|my) skin|under the skin|lumps?(?! of| sum)|bumps?|swelling|swollen|growth|mass|bulge|bulging|knob|cyst|egg|protrusion|sticking out|poking out|sticks out|pokes out)${LUMP_ELSEWHERE}`;
/** "There's a lump too": a lump reported with no place, to a back-pain assistant, is taken to be on the back. */
export const A_LUMP = String.raw`(?:a|an|big|small|hard|soft|new|massive|huge|large|little|strange|weird|round|painful|growing) (?:\w+ )?(?:lump|swelling|growth|bulge|cyst)s?`;
/** Going down: a swelling that is settling is worth a question, not an alarm. */
export const LUMP_SETTLING = String.raw`\b(?:gone down|going down|went down|reduc\w*|shr[iu]nk\w*|smaller|settl\w*)\b`;
/** Where that lump is not on the back, or is no lump at all ("a lump in my throat", "a lump sum"). */
export const LUMP_NOT_BACK = String.raw`\b(?:${ELSEWHERE}|lump (?:of|sum)|sugar|porridge|gravy|custard|sauce|litter|coal|clay|dough|mattress|pillow|dis[ck]\w*|knots?)\b`;
/** The back and how its shape shows. */
export const BACK_SHAPE_PLACE = String.raw`(?:${BACK_PLACE}|posture|shoulders|hips)`;
/** A changed shape, said as a state ("my back looks crooked", "has gone twisted"): "I twisted" is a movement. */
export const CHANGED_SHAPE = anyOf(
  String.raw`(?:is|are|looks?|looking|has gone|have gone|gone|went|become|becoming|got|getting|now|seems?) (?:\w+ )?(?:all )?(?:bent (?:to one side|sideways)|crooked|twisted|curved|lopsided|tilted|hunched|uneven|wonky|misshapen|deformed|to one side)`,
  // "bending to the left more than it used to", not the movement of "when I bend to the side"
  String.raw`(?<!\b(?:i|i am|to|when i|if i|can|cannot|not) )(?:lean|curv|tilt|bend)\w* (?:off )?(?:to|towards) (?:the |one )?(?:side|left|right)`, 'out of shape', 'different shape', String.raw`shape (?:\w+ ){0,4}?(?:has |have )?changed|changed (?:its )?shape`, String.raw`(?:pok|stick)\w* out (?:more|further)`, 'new curve', 'a curve', 'curvature', 'higher than the other',
);

/** Night and bed. */
export const NIGHT = String.raw`(?:nights?|overnight|bedtime|in bed|go to bed|going to bed|lie in bed|lying in bed|middle of the night|\d{1,2} am|small hours|early hours)`;
/** Worse, stronger, kept awake. */
export const WORSE_OR_AWAKE = String.raw`(?:(?:cannot|could not) settle|(?:will|would|does|do) not (?:go away|ease|settle|let up|stop)|toothache|worse|worst|(?:most |more |very )?severe|ramps? (?:right )?up|flares? up|kicks? in|stronger|more (?:painful|intense|pain)|(?:hurts?|aches?|aching|hurting) (?:even |much |a lot |far )?more|unbearable|agony|awake|keeps? me up|hell|murder|terrible|awful|horrendous|horrible|dreadful|excruciating|brutal|throb\w*|(?:is|gets|becomes|get) (?:much |a lot |even |very )?more(?! (?:comfortable|bearable|ok|okay|settled|relaxed|manageable)))`;
/** Mornings: stiffness on getting up is not night pain. */
export const MORNING = String.raw`\b(?:(?:out of|get\w* out of) bed|get\w* up|got up|first thing|in the morning|mornings?)\b`;
/** Resting. */
export const RESTING = String.raw`(?:lie|lay|position i lie in|rest\w*|lying(?: down| flat| still)?|lie (?:down|flat|still)|lay (?:down|flat)|laying|bed rest|sitting still|sit doing nothing|doing nothing|not moving|keeping still|staying still|in bed)`;
/** No way of lying or sitting eases it: "no position helps", "can't get comfortable in any position". */
export const NO_POSITION_HELPS = anyOf(
  String.raw`(?:no|not one|not a single|not any|every) (?:position|way (?:i|to) (?:lie|sit))s? (?:\w+ )?(?:helps?|eases?|works?|is comfortable|hurts)`,
  String.raw`(?:cannot|could not) get (?:comfortable|comfy) in any (?:position|way)`, String.raw`nothing helps,? not even (?:lying|resting|rest|bed)`,
);
/** Rest does not help. */
export const NO_RELIEF = anyOf(
  String.raw`(?:does|did|will|would) not (?:help|ease|touch|shift|change|go|improve|settle|budge|make (?:any|a) difference)\w*`,
  'no (?:difference|better|relief|change|help)', 'makes no difference', String.raw`never (?:lets? up|stops|eases|settles|goes away|improves)`, String.raw`nothing (?:helps|changes|eases)`,
  'still (?:the same|there|hurts|bad|agony|painful)', 'the same', 'same pain', 'just as bad', '24 7',
  String.raw`(?:zero|nil|little|bugger all|sod all|fuck all|f all) (?:\w+ )?(?:difference|relief|help)`, String.raw`not (?:reduc|lessen|subsid|decreas|reliev|chang)\w*`,
);

/** Getting up or turning over hurts: movement, not rest. */
export const MOVING_FROM_REST = String.raw`\b(?:get\w* (?:up|out)|got up|stand\w* up|roll\w*|turn\w*|mov\w*)\b`;

/**
 * Straining, but not a strain: "a muscle strain", "back strain", "strained a muscle" name an injury (what the article
 * calls a cause of spasms), not pushing on the toilet.
 */
const STRAINING = String.raw`(?<!\b(?:muscle|muscular|back|lumbar|a|the|minor|mild|slight|small|little|bad|nasty)\s)strain(?!(?:ed|s)?\s(?:(?:a|my|the|his|her|their|your)\s)?(?:\w+\s)?(?:muscles?|back|ligaments?|tendons?|something|it|myself|yourself))\w*`;

/** Coughing, sneezing, straining on the toilet. */
export const COUGH_OR_STRAIN = anyOf(
  String.raw`cough\w*`, String.raw`sneez\w*`, String.raw`(?:do|doing|have|having|take|taking|go for|going for|push\w*(?: to do)?) a (?:poo|number two|bowel movement|dump|crap|shit|bm)`,
  'number twos?', STRAINING, String.raw`bear\w* down`, 'go to the (?:toilet|loo)', 'on the (?:toilet|loo)',
);
/** How bad it is then. */
export const STRAIN_PAIN = anyOf(PAIN, String.raw`sets? (?:\w+ ){0,2}?off`, String.raw`tear\w*`, String.raw`rip\w*`, 'worst', 'unpleasant', 'uncomfortable', String.raw`dread\w*`, String.raw`shout\w*`, String.raw`yell\w*`, String.raw`howl\w*`, 'snap', String.raw`winc\w*`, 'passed out', 'pass out', 'see stars', 'painful', 'killer', 'screams?', 'bad', 'kills?', 'through the (?:roof|ceiling)',
  // What the pain does to the writer, as the phrase rules already read it: "puts me on the floor", "knocks me flat".
  String.raw`(?:me|him|her|us) (?:on|to|onto) the floor`, String.raw`floored (?:me|him|her)`, String.raw`flatten\w*`, String.raw`knock\w* me (?:down|over|flat|sideways|for six)`, 'on fire', 'knife', 'knives', String.raw`jolt\w*`);
/** One past cough or sneeze, with nothing saying it happens each time: worth asking, not flagging. */
export const ONE_COUGH = String.raw`^(?!.*\b(?:every|each|whenever|always|happens|keeps?|any ?time)\b).*\b(?:sneezed|coughed|strained)\b`;

/** The shoulder blades. */
export const SHOULDER_BLADES = String.raw`(?:shoulder ?blades?|shoulder ?bones?|scapula\w*|blades|shoulders|(?:the|my|his|her) wings)`;
/** Between them. */
export const BETWEEN = String.raw`(?:between|betwixt|twixt|tween|inbetween|in between|middle of|centre of|center of|bra strap|bra line)`;

/** The foot, toes, ankle or shoe. */
export const FOOT = String.raw`(?:foots?|feet|toes?|ankles?|shoes?)`;
/** A foot that drops, drags or will not come up. */
export const FOOT_DROPS = anyOf(
  String.raw`slap\w*`, String.raw`flap\w*`, String.raw`flop\w*`, String.raw`drag\w*`, String.raw`scuff\w*`, String.raw`catch\w*`, String.raw`clip\w*`, String.raw`snag\w*`,
  String.raw`hang\w*`, String.raw`dangl\w*`, 'lazy', '(?:gone |is |went )?slack', String.raw`drop\w*`, String.raw`trail\w*`,
  String.raw`(?:will not|would not|does not|cannot|could not|is not|not) (?:\w+ )?(?:lift|bend|come|go|point|pull|flex|raise)\w*(?: up)?`,
  String.raw`(?:cannot|could not|unable to|not able to|struggl\w* to|hard to) (?:\w+ ){0,2}?(?:lift|raise|pull|point|flex|bend)`,
  String.raw`(?:cannot|could not) get (?:my |the )?(?:foot|feet|toes|it|them) to (?:come|go|lift|point) up`,
);
/** A foot off the bed, or something dropped on it. */
export const FOOT_FOR_OTHER_REASONS = String.raw`\b(?:(?:slipper|shoe|sock|sandal|flip flop|boot)s? (?:\w+ ){0,2}?(?:drop|fall|fell|com|came|slip)\w* off|off the (?:edge of the )?bed|(?:dropped|drop) (?:\w+ ){0,3}on (?:my|the) (?:foot|toes?)|stubbed|bed frame|sleep\w*)\b`;

/** The immune system, and organs whose loss weakens it. */
export const IMMUNE = String.raw`(?:immun\w*|white (?:blood )?cells?|defences|defenses)`;
/** Weakened or held down, often by medicine. */
export const IMMUNE_DOWN = String.raw`(?:lower\w*|weak\w*|suppress\w*|damp\w*|knock\w* (?:out|down)|reduc\w*|compromis\w*|low|poor|bad|rubbish|shot|down)`;
/** Peeing only (not pooing: pushing to poo is straining, another sign). */
export const PEE_ONLY = String.raw`(?:pee|peeing|wee|weeing|piss\w*|urin\w*|my water|bladder\w*|stream)`;
/** Blocked, stuck or scanty: "my urine don block" (Nigerian Pidgin), "urine passing is very less" (Indian English). */
export const PEE_BLOCKED = String.raw`(?:block\w*|stuck|jammed|held up|scanty|(?:is|are|very|too|so|quite) (?:very )?(?:less|reduced))`;
/** No pee for a stretch of time: "haven't needed a wee since lunchtime", "hasn't passed water all day". */
export const NOT_BEEN = String.raw`(?:have|has|had) not (?:needed|been for|had|done|passed|been able to (?:do|have|pass))`;
export const A_STRETCH = String.raw`\b(?:since|all day|all night|in (?:\d+|hours|ages|a day)|for (?:\d+|hours|ages|a day|over))\b`;
/** Drinking less explains peeing less. */
export const DRINKING_LESS = String.raw`\b(?:drink\w*|fluids?|intake|thirst\w*)\b`;
/** Having to push or press to get it out. */
export const PUSH_TO_GO = String.raw`(?:push|press|squeez|forc|strain)\w* (?:\w+ ){0,4}?(?:to|before) (?:get|make|start|empty|force|let)\w*`;
/** "I'm not getting erections", said without a sex word before it. */
/** Not feeling the need to go, or not reaching the toilet in time: "never felt the urge", "didn't make it in time". */
export const NO_URGE = anyOf(
  String.raw`before i (?:even )?(?:feel|felt|know|knew|realis\w*|realiz\w*) (?:that )?(?:i )?(?:need|needed|have|had) to go`, // "it's coming out before I even feel I need to go"
  String.raw`(?:did not|do not|does not|never|cannot|could not|no longer|not) (?:even )?(?:feel|felt|get|got|notice|noticed|know) (?:the |any |that )?(?:urge|need to go|(?:it|them|anything|that) coming|i needed to go|i needed to)`,
  String.raw`(?:did not|do not|does not|never|could not|cannot) (?:make it|get there|get to the (?:loo|toilet|bathroom)) (?:to the (?:loo|toilet|bathroom) )?in time`,
);
/** "neither leg": both legs, named through a negative. */
export const NEITHER_LEG = String.raw`neither (?:of my |of his |of her )?(?:legs?|feet|foot)`;
/** Legs that will not do what they are told. */
export const LEGS_WILL_NOT = String.raw`(?:will|would|can|could) (?:\w+ )?(?:lift|move|work|hold|go)`;
/** A cough as an illness one has ("a bit of a cough", "got a cough"), not the trigger of the pain. */
export const COUGH_AS_ILLNESS = String.raw`^(?!.*\b(?:when|every|each|whenever|if)\b).*\b(?:bit of|touch of|have|had|got|with|caught) a (?:\w+ )?cough\b`;
/** Woken only as one rolls or turns over: pain on moving, not pain at rest. */
/** Someone or something else that wakes the writer ("my husband's snoring wakes me up at night"). */
export const WOKEN_BY_OTHERS = String.raw`\b(?:snor\w*|baby|babies|newborn|kids?|toddler|dogs?|cats?|neighbou?rs?|alarm|noise|traffic|hot flush\w*|night feeds?)\b(?:\W+\w+){0,3}?\W+(?:wakes?|woke|waking|keeps? (?:waking|me up))\b`;
export const ROLLING_OVER = String.raw`\b(?:when|as|if|whenever|once) (?:i|he|she|they) (?:roll\w*|turn\w*|move\w*|shift\w*)\b`;
/** Flu words that report no illness: a joke ("man flu"), a jab, or a question about what the words mean. */
export const NOT_ONES_OWN_FEVER = String.raw`\b(?:man ?flu|flu (?:jabs?|shots?|vaccin\w*|season)|difference between|same thing|what is (?:a |the )?(?:fever|temperature|flu))\b`;
/** A hard tackle or collision in sport: an impact like a crash. */
export const TACKLED = String.raw`(?:tackl\w*|body ?check\w*|collid\w*|collision|clattered|scrum\w*)`;
export const HARD_IMPACT = String.raw`(?:hard|heav\w*|badly|awkward\w*|landed|flattened|knocked|full (?:force|pelt|speed))`;
/** Where a bra strap runs across the back: the level of the shoulder blades. */
export const BRA_LEVEL = String.raw`(?:at|around|on|along|across|under|by) (?:the |my |her )?bra (?:strap|line|band)(?: level| height)?|bra (?:strap|line|band) (?:level|height|area)|where (?:my|her) bra (?:does up|fastens|clips|hooks)`;
/** The upper back's middle: where the shoulder blades are. */
export const UPPER_BACK = String.raw`(?:upper back|top of my back|top half of my back)`;
export const THE_MIDDLE = String.raw`(?:(?:right |smack |bang )?(?:in )?(?:the )?(?:middle|centre|center) of(?: my| the)?|(?:right |smack |bang )?in the (?:middle|centre|center)|middle bit|where you cannot (?:reach|scratch))`;
/** Sitting or a bike ride explains a numb bottom, but not a total loss of feeling ("no feeling there at all"). */
const NOT_TOTAL = String.raw`^(?!.*\b(?:at all|completely|totally|whatsoever|entirely)\b).*`;
export const SAT_TOO_LONG_NOT_TOTAL = String.raw`${NOT_TOTAL}(?:${SAT_TOO_LONG})`;
export const HARMLESS_NOT_TOTAL = String.raw`${NOT_TOTAL}(?:${HARMLESS_CAUSE})`;
/** Cramp with nothing else wrong with the legs. */
export const CRAMP_ONLY = String.raw`^(?!.*\b(?:numb|weak|tingl|pins|dead|both|two|giv|collaps)\w*).*\bcramp\w*`;
export const NO_ERECTIONS = String.raw`(?:not|no longer|never|hardly|barely|stopped) (?:\w+ )?(?:getting|having|achieving|keeping|maintaining|get) (?:an? |any |my )?(?:erect\w*|hard ?ons?|orgasm\w*|climax\w*|morning (?:wood|glory))`;
/** "Things aren't working in bed": the bedroom named after the trouble. */
export const NOT_WORKING_IN_BED = String.raw`(?:problems?|trouble|issues?|difficult\w*) (?:\w+ ){0,2}?in (?:the )?bedroom|(?:(?:things?|stuff|it|down there|everything) (?:\w+ )?(?:not|stopped|no longer|never) (?:\w+ )?|nothing (?:is )?)(?:working|functioning|performing|happening) (?:\w+ ){0,2}?in (?:bed|the sack|the bedroom)`;
/** "Legs gone", "my legs just went": the legs themselves gone, not the pain in them. */
export const LEGS_GONE = String.raw`(?<!\b(?:in|of|from|down|into|through) (?:my |both |the |his |her )?)(?:legs|pins) (?:have |has |are |just |both |completely |totally )*(?:gone|went)(?=\s*(?:$|again|completely|totally|on me|from under me|from me|weak|dead|numb|wobbly|to jelly))`;
/** The heart as a lay word for the chest, squeezed or crushed. */
export const HEART = String.raw`(?:heart)`;
export const HEART_SQUEEZED = String.raw`(?:squeez\w*|crush\w*|tight\w*|pressure|clamp\w*|vice|grip\w*|pain\w*|stab\w*|hurt\w*|ach\w*|heav\w*)`;
/** "My heart aches for...", "heartburn", "heavy heart": idioms and other complaints. */
export const NOT_HEART_PAIN = String.raw`\b(?:heart ?burn|heart ?rate|broken heart|hearts? (?:is |was |has been |feels )?(?:\w+ )?broken|heart ?break\w*|sweetheart|by heart|heartfelt|heavy heart|heart (?:goes|went) out|aches? for|bless)\b`;
/** Pain named elsewhere "and some in my chest": the chest added to a pain already said. */
export const CHEST_TOO = String.raw`(?:and|also|plus|as well as|with) (?:\w+ ){0,2}?(?:in|into|across|through|around|round|to|up to) (?:my |the |his |her )?(?:chest|breast ?bone|sternum)`;
/** "My body is hot": a fever in Nigerian and Indian English. */
export const BODY = String.raw`(?:my |his |her |the )?body`;
export const BODY_HOT = String.raw`(?:is |keeps |feels? |felt |so |very |really |too |dey |been )*(?:hot|burning|on fire|warm)`;

export const NO_SPLEEN = String.raw`(?:spleen (?:removed|out|taken out)|(?:no|without a) spleen|splenectomy)`;

// ── The second net (concepts.ts SECOND_NET): a sign's domain word and a word of change anywhere in one sentence ──────

/** A change or a loss said in any words: "can't tell", "stopped", "not right", "a mind of its own", "tingly". */
export const CHANGED = anyOf(
  String.raw`(?:cannot|can not|could not|unable to|not able to|will not|would not) (?:\w+ )?(?:feel|work|hold|tell|go|come|stop|listen|lift|take|stand|get)\w*`,
  String.raw`(?:does|do|did) not (?:\w+ )?(?:work|hold|come|listen|lift|empty)\w*`, // not "I don't feel anything unusual": that denies
  String.raw`stopped|no (?:feeling|sensation|control)|numb\w*|tingl\w*|pins and needles|weird\w*|strange\w*|odd\w*|funny|different|not right|not normal|wrong`,
  String.raw`lost|losing|loss|control|accidents?|mishaps?|mind of its own|dead|fuzzy|fizzy|heavy|jelly|weak\w*|nothing (?:happens|comes)|zilch`,
  String.raw`(?:someone|somebody) else\w*|belongs? to|not mine|changed`,
  String.raw`(?:did not|do not|does not|never) (?:even )?(?:notice|realis|realiz)\w*`, // "I didn't notice till after"
);
/** A change of feeling only, for the parts where weakness or "heavy" would mean something else. */
export const FEELING_CHANGED = anyOf(
  String.raw`(?:cannot|can not|could not|unable to|not able to) (?:\w+ )?feel\w*`,
  String.raw`no (?:feeling|sensation)|numb\w*|tingl\w*|pins and needles|weird\w*|strange\w*|odd\w*|funny|different|not right|dead|fuzzy|fizzy|anaesthetic|(?:someone|somebody) else\w*|not mine|belongs? to`,
);
/** Bladder and bowels by any name: "waterworks", "number one", "the back end", "my pad". */
export const TOILET_DOMAIN = String.raw`(?:bladder|waterworks|pee\w*|wee|weeing|weed|urin\w*|toilet|loo|bowels?|poo\w*|number (?:one|two|1|2)s?|pads?|knickers|underwear|back end|back passage|wet (?:myself|himself|herself|the bed))`;
/** Jokes, pets and babies: "nearly wet myself laughing", "the dog's wee". */
export const TOILET_NOT_ONES_OWN = String.raw`\b(?:laugh\w*|lol|haha\w*|dogs?|cats?|puppy|kitten|pets?|baby|babies|toddler|nappy|nappies|diapers?|potty)\b`;
/** Where one sits, and the genitals, in the words the phrase rules lack: "undercarriage", "when I wipe". */
export const SADDLE_DOMAIN = anyOf(SADDLE_AREA, 'undercarriage', 'taint', 'perineum', 'when i wipe', String.raw`between (?:my|the|his|her) legs`, String.raw`insides? of (?:my|his|her|the) thighs`);
/** A leg that fails rather than feels odd: "won't take my weight", "don't listen to me", "like ten pints". */
export const LEG_FAILS = anyOf(
  String.raw`weak\w*|(?:will|would|can|could|do|does|did) not (?:\w+ )?(?:hold|take|listen|work|support|carry)\w*|giv\w* way|gave way|buckl\w*|fold(?:s|ed)? under|collaps\w*|wobbl\w*|jelly|like (?:a )?drunk|pints`,
);
/** The chest, the heart and the breath: "the front of me", "under my ribs at the front". */
export const CHEST_DOMAIN = anyOf(CHEST, 'front of me', String.raw`breath\w*`); // not "heart": "my heart goes out to ..."
export const CHEST_TROUBLE = String.raw`(?:tight\w*|crush\w*|band|pressure|heav\w*|squeez\w*|sharp|(?:hard|struggl\w*|cannot|can not|could not|short of) (?:\w+ ){0,2}?breath\w*|(?:hard|difficult) to (?:get a )?breath\w*)`;
/** Fever by its signs: "teeth chattering", "soaked the sheets", "burning up". */
export const FEVER_DOMAIN = anyOf(TEMPERATURE, String.raw`shiver\w*|sweat\w*|chills?|feverish|burning up|clammy|hot and cold|teeth chatter\w*`);
export const FEVER_TROUBLE = String.raw`(?:high|raging|burning|boiling|soak\w*|drench\w*|all night|at night|shak\w*|chatter\w*|(?:cannot|could not) stop|unwell|ill|rough|poorly|awful|weird|strange|not right)`;
/** What makes one sweat or shiver without a fever. */
export const FEVER_EXPLAINED = String.raw`\b(?:heat ?wave|weather|heating|radiator|sun|summer|gym|exercis\w*|workout|run\w*|hot flush\w*|flush\w*|menopaus\w*|cold (?:room|house|office)|bath|shower|sauna|pool|mattress|duvet is too)\b`;
/** Clothes and belts that hang off: "my watch is on the last hole". */
export const WEIGHT_DOMAIN = anyOf(WEIGHT_WORD, String.raw`watch(?: strap)?|thin|skinny|bony`);
export const WEIGHT_TROUBLE = String.raw`(?:drop\w*|fall\w* (?:off|down)|falling|lost|losing|loose|last hole|hanging off|baggy|without trying|no reason|not (?:\w+ )?dieting|not trying|for no reason)`;
/** A needle or a medicine that weakens the body's defences. */
export const IMMUNE_DOMAIN = String.raw`(?:inject(?:s|ing|ed)?|needles|iv drugs?|heroin|steroids?|prednisolone|immun\w*|transplant|hiv)`;
/** Injections a doctor gives, insulin and vaccines: not the sign. */
export const IMMUNE_EXPLAINED = String.raw`\b(?:insulin|diabet\w*|vaccin\w*|jabs?|inhaler|cream|nasal|injections?|epidural|shots?|booster)\b`;
export const BACK_TROUBLE = String.raw`(?:back|spine|spasm\w*|pain\w*|hurt\w*)`;
/** A foot that drops: "flops", "drags", "catches the kerb". */
export const FOOT_TROUBLE = String.raw`(?:drag\w*|flop\w*|slap\w*|drops?|dropping|catch\w*|scuff\w*|(?:cannot|can not|could not|will not|would not) (?:\w+ )?(?:lift|raise|bend|stand)\w*)`;
/** A back that has changed shape: "a bone pokes out", "it curves over to the left now". */
export const SHAPE_DOMAIN = String.raw`(?:lumps?|bumps?|swelling|bones?|spine|vertebra\w*|shape)`;
export const SHAPE_TROUBLE = String.raw`(?:poke\w*|stick\w* out|sticking out|changed|different|wonky|bent|crooked|curv\w*|grow\w*|bigger|new|was not there)`;
/** The upper back by a landmark: "where my bra does up", "between the wings". */
export const UPPER_DOMAIN = String.raw`(?:bra|shoulder ?blades?|upper back|wings)`;
export const UPPER_MIDDLE = String.raw`(?:between|middle|centre|center|behind)`;
/** Underwear thrown away: "had to bin two pairs of knickers" (soiled ones are not kept). */
export const UNDERWEAR = String.raw`(?:undies|pants|knickers|underwear|boxers|briefs|pyjamas|pajamas)`;
export const THROWN_AWAY = String.raw`(?:(?:had|have|having|need\w*) to (?:\w+ )?(?:bin|throw (?:away|out)|chuck(?: away| out)?)|binned|thrown (?:away|out)|threw (?:away|out)|chucked(?: away| out)?)`;
/** Old clothes are thrown away too. */
export const WORN_OUT = String.raw`\b(?:old|worn|holes?|tatty|threadbare|every (?:winter|spring|summer|autumn|year))\b`;
/** Not knowing whether one has finished passing water: "I can't tell whether I've finished". */
export const UNSURE_FINISHED = String.raw`(?:cannot|could not|can not|do not|did not) (?:\w+ )?(?:tell|know|feel) (?:if|whether|when) (?:i have |ive |i am |im |i )?(?:finished|emptied|done)`;
