// The red-flag rules: which words in a clause point at which sign of knowledge/red-flags.json.
// Each group names the line of shared/reference/red-flags.md it implements. A rule either flags the sign, asks
// a yes/no question about it (the message is ambiguous), or records a fact that upgrades another rule's ask.
import {
  anyOf, near, compile, NUMB, SADDLE_PLACE, PAIN, BOTH_LEGS, LEGS, ONE_LEG, NUMB_OR_WEAK, LEGS_FEEL_ODD, HARMLESS_NUMBNESS,
  OTHER_PLACE, BACK_PLACE, STEROID, LOCAL_STEROID, CANCER, SOMEONE_ELSE, WORRY, NOT_A_FALL, EXERTION, BECAUSE_OF_PAIN,
  HEAT_OR_COLD_REMEDY, WEIGHT_ON_PURPOSE, SAT_TOO_LONG, ALMOST_WET, ON_SCREEN, HARMLESS_CAUSE, NUMB_WITH_COLD, LUMP_ELSEWHERE, TRIP_OVER_THINGS, LAIN_ON,
  COUGH_AS_ILLNESS, ROLLING_OVER, WOKEN_BY_OTHERS, NOT_ONES_OWN_FEVER, CRAMP_ONLY, FROM_TRAVEL, STRIKER, STRUCK_ME, STRUCK_BY, NEAR_MISS, PAIN_STRUCK,
  CAME_DOWN_ON_ME, PINNED, FELL_THROUGH, DISTANCE, NIGHT,
} from './vocabulary';
import { SIGN_BY_ID, SIGN_RECORDS, CLARIFY, type SignRecord } from './signs';

/**
 * Facts that only matter together with another rule: a minor fall counts if the person is at risk (older, weak bones,
 * long-term steroids) or the fall had a height told by its distance ("about 4ft").
 */
export type Fact = 'fall-risk' | 'second-leg' | 'on-the-toilet' | 'in-pain';

interface RuleSource {
  /** Sign id in knowledge/red-flags.json; none for a rule that only records facts. */
  sign?: string;
  /** flag: the sign is present; ask: confirm it with a question; fact: only record `facts`. */
  effect: 'flag' | 'ask' | 'fact';
  /** Pattern searched in each clause (the negation check looks before and inside its match). */
  match: string;
  /** A clause that also matches this is benign for this rule ("ice pack made my skin numb"). */
  unless?: string;
  /**
   * A clause that also matches this turns the flag into an ask ("my bum goes numb when I sit too long"); for an ask, it
   * keeps a fact elsewhere in the message from making it a flag.
   */
  soften?: string;
  /** Text before the match that turns the flag into an ask ("I'm scared it's cancer"). */
  softenBefore?: string;
  /** Text before the match naming someone else ("my mum had cancer"): an ask, unless that person is with the user. */
  forOther?: string;
  /** Key in red-flags.json "clarify" for the question to ask; the sign's own question otherwise. */
  clarify?: string;
  /** Facts recorded when the rule matches (and is not negated). */
  facts?: Fact[];
  /** An ask that becomes a flag when this fact was recorded anywhere in the message. */
  upgradeWith?: Fact;
}

export interface Rule {
  /** The sign, resolved from red-flags.json; undefined only for 'fact' rules. */
  readonly sign: SignRecord | undefined;
  readonly effect: 'flag' | 'ask' | 'fact';
  readonly match: RegExp;
  readonly unless: RegExp | undefined;
  readonly soften: RegExp | undefined;
  readonly softenBefore: RegExp | undefined;
  readonly forOther: RegExp | undefined;
  /** The question for this rule's ask (its clarification, else the sign's own question). */
  readonly question: string;
  readonly facts: readonly Fact[];
  readonly upgradeWith: Fact | undefined;
}

const R = String.raw;
/** Waking up with the pain or the spasm: how it was on waking, which alone does not say the pain woke the writer. */
const WOKE_WITH_PAIN = R`(?:woken|woke|wake|wakes|waking) (?:me )?(?:up )?(?:\w+ ){0,4}?(?:with|in) (?:the |so much |terrible |bad |such )?(?:pain|agony|spasm\w*|ache)`;

const UNABLE = '(?:(?:cannot|unable to|not able to|could not|struggl\\w* to|hard to|difficult to|(?:having )?(?:trouble|difficulty|problems?|issues?)(?: with)?|straining to|strain to|takes? ages to|not been able to|no urge to)(?: (?:seem to|really|quite|always|even|properly))?)';
const PEE = '(?:pee|peeing|wee|weeing|piss(?:ing)?(?! off| about| around)|urinat\\w*|pass(?:ing)? (?:urine|water)|make (?:urine|water)|empty(?:ing)? (?:my )?bladder|go for a (?:pee|wee)|start (?:peeing|weeing|to pee|to wee)|eas(?:e|ing) (?:myself|himself|herself|themselves))'; // "ease myself": Nigerian and Indian English for going to the toilet
const ICE_OR_STRETCH = R`\b(?:ice|icepack|cold pack|frozen|freezing|stretch\w*|cream|gel|spray|patch|anaesthetic|dentist|massage|tens)\b`;
/** A young child wetting the bed is growing up ("the toddler wet the bed again"): asked about, not escalated. */
const CHILD_WETS = R`\b(?:toddlers?|baby|little ones?|kids?|children|grand ?kids?) (?:\w+ ){0,2}?(?:wet|wets|wetting|wetted)\b`;

/** Medicines people inject themselves, and injections given by a clinician: not injecting drugs. */
const NOT_DRUGS = R`\b(?:insulin|ozempic|wegovy|mounjaro|semaglutide|tirzepatide|b12|heparin|clexane|enoxaparin|epipen|methotrexate|fertility|hormones?|testosterone|vitamin\w*|vaccin\w*|botox|into my (?:knee|back|spine|joint))\b`;

/** Words that say pain is easing ("better at night" is no red flag). */
const EASIER = R`(?:better|easier|eas\w*|fine|ok|okay|less|good|gone|settl\w*)\b`;

const SOURCES: readonly RuleSource[] = [
  // ── Tier 1: "loss of bladder or bowel control; wetting or soiling oneself; cannot pee / difficulty peeing" ──
  {
    sign: 'bladder-bowel', effect: 'flag', // wetting or soiling oneself, in lay words
    match: anyOf(
      R`(?:wet|wetted|wetting|pee|peed|pees|peeing|pissed|pissing|weed|weeing|soil|soiled|soiling|poo|pooed|pood|pooped|pooping|pooing|shat|shit|shitting|crapped|crapping|messed|dirtied|leaked|leaking)(?: (?:on|in))? (?:myself|yourself|my (?:pants|trousers|knickers|underwear|pyjamas|pajamas|bed|jeans|clothes))`,
      R`(?:wet|wetted|wetting|soiled|soiling|peed|peeing|pooed|pissed|messed) (?:in )?(?:the|my) bed`, // "keep wetting the bed"
      R`bed ?wetting`,
      R`\b(?:pads?|nappies|nappy|diapers?)\b(?:\W+\w+){0,5}?\W+(?:leaks?|leaking|accidents?|dribbl\w*)\b`, // "wear pads now, because of the leaks"
      R`(?:pee|wee|poo|poop|piss|urine)\w* (?:in|on|into) (?:my|the) (?:pants|trousers|knickers|underwear|pyjamas|pajamas|bed|jeans|clothes|nappy|diaper|shorts)`,
      R`(?:little|small|toilet|bathroom|bladder|bowel) (?:accident|mishap)`,
      R`accident (?:with|in|of) (?:my |the )?(?:bowels?|bladder|pee|wee|poo|waterworks)`,
      R`(?:did not|do not|does not|could not|cannot|never) (?:quite )?(?:make|made|get) (?:it )?to the (?:toilet|loo|bathroom|restroom) in time`,
      R`(?:accidents?|mishaps?) in (?:my |the |his |her )?(?:pants|trousers|knickers|underwear|underclothes|nighties?|nightdress|nightgown|pyjamas|pajamas|sheets|bed|jeans)`,
      R`(?:pants|trousers|knickers|underwear|sheets|pyjamas|pajamas) (?:\w+ )?(?:were|was|are|is|got|getting) (?:\w+ )?(?:wet|soaked|soiled|damp|dirty)`,
    ),
    soften: `${ALMOST_WET}|${CHILD_WETS}`,
  },
  {
    sign: 'bladder-bowel', effect: 'flag', // leaking or dribbling
    match: anyOf(
      R`(?:leak\w*|dribbl\w*|trickl\w*) (?:\w+ ){0,3}?(?:urine|pee|wee|poo)`,
      R`(?:peed|weed|pissed|pooed|pooped|soiled|leaked|wet) (?:a (?:little|bit)|a little bit|slightly|some)`,
      R`(?:did not|without|never) (?:even )?(?:realis\w*|realiz\w*|notic\w*|know\w*|feel\w*|felt)(?: that| it)? (?:i |id |i had |i would |i have |i was )?(?:gone(?! to| out| back| up| down| away| off| into| for| over| on)|peed|weed|pooed|pooped|wet|soiled|leaked|messed|peeing|weeing|pooing|leaking)`,
      R`(?:urine|pee|wee|poo) (?:just |keeps? )?(?:leak|dribbl|trickl|comes? out|came out|escap)\w*`,
      R`(?:urine|pee|wee|poo|poop|my water) (?:\w+ ){0,2}?(?:com\w*|came|go(?:es|ing)?|went|leak\w*|drip\w*|pass\w*) (?:out )?(?:by itself|on its own|without (?:me|warning|my|i (?:want|wish|know|feel|notice))|before i (?:get|reach|can|make))`, // "my urine goes out without I want"
    ),
  },
  {
    sign: 'bladder-bowel', effect: 'flag', // loss of control
    match: anyOf(
      R`(?:lost|losing|loss of|lose|no|little|poor|reduced|less) control (?:of|over) (?:my |the )?(?:bladder|bowels?|bowls|peeing|pee|wee|weeing|poo|pooing|toilet|waterworks|urine|bum|number (?:one|two|1|2)s?)`,
      R`${UNABLE} (?:control\w*|hold\w*|keep\w* in|stop\w*) (?:my |the |it |in )*(?:bladder|bowels?|pee|peeing|wee|weeing|urine|poo|pooing|poop|it in)`,
      R`${UNABLE} control\w* (?:when|whether|if|how) (?:\w+ ){0,4}?(?:pee|peeing|wee|weeing|urinat\w*|poo|pooing|poop\w*|toilet|loo|bathroom)`,
      R`incontinen\w*`,
      R`(?:urinary|bladder|urine) retention|retention of (?:urine|water)|retaining urine`,
      R`bladder (?:has |is )?(?:gone|failed|stopped working|given up|let go|not working|went)`,
      R`bowels? (?:has |have |are )?(?:gone|failed|let go|given up|went)`,
    ),
  },
  {
    sign: 'bladder-bowel', effect: 'flag', // cannot pee, difficulty peeing, no sense of a full bladder
    match: anyOf(
      R`${UNABLE} (?:\w+ ){0,2}?${PEE}`,
      R`(?:have|has) not (?:peed|weed|urinated|been (?:for a|able to) (?:pee|wee)|(?:had|done|been for) a (?:pee|wee)(?! (?:accident|problem|issue|leak)))`,
      R`(?:pee|wee|urine) (?:will not|would not|does not|did not) (?:come|start|flow)`,
      R`(?:sit|sat|tried|try|trying|went|go|going|stood|stand) (?:\w+ ){0,3}?to (?:pee|wee)(?: \w+){0,3}? (?:and|but) nothing(?=\W*(?:$|,|happen\w*|came|comes|at all|just)\b)`, // "sat to pee and nothing"
      R`nothing (?:comes|came) out when i (?:try to )?(?:pee|wee)`,
      R`(?:toilet|loo|bathroom|restroom)(?:\W+\w+){0,3}?\W+(?:cannot|could not|unable to|not able to) (?:actually )?go(?= even| at all|\s*$)`,
      R`not (?:had|done|been for) a (?:pee|wee)(?! (?:accident|problem|issue|leak))`,
      near(R`loo|toilet|${PEE}|bladder`, R`nothing (?:will|would|wants to|wanted to|is going to|was going to|is|was) (?:come|coming|happen|happening)`, 6),
      R`(?:cannot|could not|unable to|not able to|do not|did not) (?:tell|feel|know|sense|notice)(?: it)?(?: any ?more| now| these days)? (?:when|if|that) (?:i|my bladder) (?:need|needs|am|is|have|want)\w* (?:to )?(?:pee|wee|go|full|the toilet|the loo|the bathroom|a pee|a wee|a poo|poo|peed|weed|pooed|wet|soiled|leaked)`,
      R`(?:no|lost (?:the|my|all)|loss of|cannot feel the|do not get the|do not feel the) (?:urge|feeling|sensation|need)\w* (?:\w+ ){0,4}?(?:pee|wee|go|toilet|loo|bladder)`,
      R`weak (?:stream|flow)`,
      R`(?:only|just) (?:a )?(?:few|couple of|tiny|handful of) (?:drops|drips|dribbles) (?:\w+ )?(?:came|come|comes|coming)`,
      R`bladder (?:\w+ )?(?:will not|would not|does not|did not|cannot|is not|never) (?:fully |properly |completely )?empty\w*|bladder (?:\w+ )?not emptying`,
      R`${near(PEE, 'nothing (?:comes|came|will come) out|(?:does|did|will) not come out|only (?:a )?dribbl\\w*', 5)}`,
      R`(?:cannot|not able to|unable to|could not) feel (?:myself|the pee|the urine|my pee|the wee) (?:pee|wee|com|com\w*)?`,
    ),
    // A shy bladder ("can't pee with someone next to me", "in public loos") is not retention.
    unless: R`\b(?:while|when|with|if) (?:someone|somebody|people|others|anyone|other people|a stranger|strangers) (?:is |are )?(?:\w+ ){0,3}?(?:next to|near|around|watching|listening|beside|nearby|in the|outside|waiting|queu\w*)|\bshy bladder|\bpublic (?:toilets?|loos?|restrooms?|urinals?)|\burinals?\b`,
  },
  {
    sign: 'bladder-bowel', effect: 'ask', // a vague bladder or bowel complaint, or pain peeing
    match: anyOf(
      R`(?:bladder|bowel\w*|waterworks|peeing|weeing|urine|urinat\w*|toilet habits)(?:\W+\w+){0,3}?\W+(?:problem|issue|trouble|difficult|weird|funny|strange|different|chang|odd|not right|wrong|playing up)\w*`,
      R`(?:problem|issue|trouble|chang)\w* (?:with|in|when) (?:my |the )?(?:bladder|bowel\w*|waterworks|peeing|weeing|going to the (?:toilet|loo|bathroom))`,
      R`(?:cannot|unable to|not able to|could not) (?:even |always )?(?:go to|use|get to) the (?:toilet|loo|bathroom)`,
      R`(?:hurts?|burn\w*|sting\w*|pain\w*) (?:to|when i) (?:pee|wee|urinate)`,
      R`cauda equina`,
      R`keep dribbling`,
    ),
  },
  {
    sign: 'bladder-bowel', effect: 'ask', // "nothing comes out": of what? A flag when the writer says they sit on the toilet
    match: anyOf(
      R`nothing (?:comes|came|(?:will|would|wants to|wanted to|is going to|was going to) come) out`,
      R`(?:only|just) (?:a )?(?:little|bit|trickle|dribble|few drops|drop) (?:\w+ )?(?:comes|came|come) out`,
    ),
    upgradeWith: 'on-the-toilet',
  },
  {
    effect: 'fact', // "I've sat on the toilet 3 times this morning", "trying to pee"
    match: R`(?:sat|sitting|sit|been|perched) (?:\w+ )?on the (?:toilet|loo|pan|john|commode|potty|bedpan)|(?:tried|trying|try|strain\w*) (?:\w+ )?to (?:pee|wee|go|urinate|pass water)`,
    facts: ['on-the-toilet'],
  },

  // ── Tier 1: "numbness or tingling around the genitals, buttocks, inner thighs or anus ("saddle" numbness)" ──
  {
    // Told by what sitting on the toilet or a seat feels like: "sitting on the loo feels like nothing is there, no feeling".
    sign: 'saddle-numbness', effect: 'flag',
    match: R`(?:sitting|sat|sit) on (?:the |a |my )?(?:toilet|loo|seat|saddle)(?:\W+\w+){0,10}?\W+(?:no (?:feeling|sensation)|(?:cannot|could not) feel (?:anything|a thing|it))`,
    unless: HARMLESS_CAUSE,
    soften: SAT_TOO_LONG,
  },
  {
    sign: 'saddle-numbness', effect: 'flag',
    match: near(NUMB, SADDLE_PLACE, 6),
    unless: HARMLESS_CAUSE,
    soften: SAT_TOO_LONG,
    clarify: 'numb-after-sitting',
  },
  {
    sign: 'saddle-numbness', effect: 'ask', // numbness or tingling somewhere unsaid: ask where
    match: R`numb\w*|tingl\w*|pins and needles|(?:no|lost(?: the| all)?|loss of) (?:feeling|sensation)`,
    unless: `${HARMLESS_NUMBNESS}|${OTHER_PLACE}|\\b(?:emotional\\w*|inside|about|situation|shock\\w*)\\b`,
    clarify: 'where-numb',
  },

  // ── Tier 1: "change in sexual function together with back pain (new)" ──
  {
    sign: 'sexual-function', effect: 'flag',
    match: anyOf(
      R`${UNABLE} (?:get(?:ting)?|have|having|achiev\w*) (?:an? )?(?:erection|hard on|hard|it up|it hard|wood|stiffy|boner|orgasm|climax|ejaculat\w*)`,
      R`${UNABLE} (?:keep(?:ing)?|maintain\w*|stay(?:ing)?) (?:an? )?(?:erection|hard on|hard)`,
      R`erect\w* (?:problem|issue|difficult|trouble|dysfunction)\w*|erectile|impoten\w*`,
      R`erections? (?:\w+ ){0,2}?(?:stopped|stop|gone|went|not working|failing|failed|disappeared|vanished|dried up)`,
      R`${UNABLE} (?:orgasm|climax|ejaculat|cum|come|finish)\w*(?: (?:\w+ ){0,3}?(?:sex|in bed|intercourse))?`,
      near(R`sex|intercourse|orgasm\w*|climax\w*|ejaculat\w*|arousal|erections?|when i (?:cum|climax|orgasm|ejaculate|come(?=\s*(?:$|any ?more|now|these days)))`, R`numb\w*|no feeling|(?:lost|loss of|less|reduced|no) (?:\w+ )?(?:feeling|sensation)|different|changed|strange|weird|cannot feel|not the same`, 8),
      R`sexual (?:function|dysfunction|problems?|difficult\w*|issues?)`,
      R`(?:lost|losing|loss of|lose) (?:my |his |all |the )?(?:erections?|hard ?ons?|orgasms?|ability to (?:orgasm|climax|get hard))`, // "lost my erections when the back went"
    ),
  },

  // ── Tier 1: "pain, weakness, numbness or tingling in both legs" ──
  {
    sign: 'both-legs', effect: 'flag', // both legs named
    match: anyOf(R`sciatica (?:\w+ ){0,2}?(?:on|in|down) both sides|(?:both sided|double) sciatica`, R`(?:go\w*|went|gone|spread\w*|radiat\w*|shoot\w*|travel\w*|mov\w*|run\w*|com\w*) (?:\w+ )?(?:down|into|through|to) both (?:my |of my )?(?:legs|sides|thighs|feet|calves)`, near(BOTH_LEGS, R`pain\w*|hurt\w*|ache\w*|aching|sore\w*|sciatica|shoot\w*|burn\w*|electric\w*|numb\w*|tingl\w*|pins and needles|weak\w*|dead|no feeling|cannot feel|heavy|heaviness|cramp\w*|throb\w*|jolt\w*|stab\w*|sensation|nerve\w*|radiat\w*|spread\w*|travel\w*`, 6)),
    soften: `${EXERTION}|${NUMB_WITH_COLD}`,
  },
  {
    sign: 'both-legs', effect: 'flag', // "my legs are numb": plural legs, numb or weak
    match: near(LEGS, NUMB_OR_WEAK, 5),
    unless: ICE_OR_STRETCH,
    soften: `${SAT_TOO_LONG}|${EXERTION}|${LAIN_ON}|${NUMB_WITH_COLD}`,
  },
  {
    sign: 'both-legs', effect: 'ask', // "my legs feel weird", "wobbly", "heavy", "fell asleep"
    match: near(LEGS, LEGS_FEEL_ODD, 5),
    unless: `${ICE_OR_STRETCH}|${SAT_TOO_LONG}|${EXERTION}`,
  },
  {
    sign: 'both-legs', effect: 'ask', // "my legs ache": plural legs with pain, both not said
    match: anyOf(
      R`${LEGS} (?:are |is |have |feel |felt |keep |both )?(?:\w+ )?(?:hurt|ache|aching|sore|throb|burn|cramp|heavy|killing)\w*`,
      R`(?:pain|ache|aching|sciatica|shooting|burning|soreness|cramp)\w* (?:\w+ )?(?:in|down|into|through|along|across) (?:\w+ )?(?:my |the )?${LEGS}`,
    ),
    // Cramp in the legs or calves at night or after sport is common; numbness or weakness with it is still asked.
    unless: `${EXERTION}|${CRAMP_ONLY}|${FROM_TRAVEL}`,
  },
  {
    sign: 'both-legs', effect: 'ask', // one leg numb or weak: not a red flag unless it is both, or the saddle
    match: near(R`\b(?:${ONE_LEG}|(?:other|right|left) one)\b`, NUMB_OR_WEAK, 5),
    unless: `${HARMLESS_NUMBNESS}|${EXERTION}`,
    clarify: 'which-leg',
    upgradeWith: 'second-leg',
  },
  {
    effect: 'fact', // "and now the other one too", "so both": the second leg has joined the first
    match: R`\b(?:the |my )?(?:other|right|left) (?:one|leg|side)\b(?:\W+\w+){0,5}?\W+(?:too|as well|also)\b|\b(?:so|now|thats|that is|its|it is) both\b|\bboth (?:of them )?now\b`,
    unless: R`\b(?:fine|ok|okay|alright|normal|good|grand)\b`,
    facts: ['second-leg'],
  },

  // ── Tier 1: "legs giving way; weakness that is getting worse; changed walking pattern, tripping" ──
  {
    sign: 'legs-giving-way', effect: 'flag', // legs giving way
    match: near(R`legs?|knees`, R`giv(?:e|es|ing) (?:way|out)|gave (?:way|out)|buckl\w*|collaps\w*|fold(?:ed|ing|s)? (?:under|beneath|up)|(?:went|go|goes|going|gone) (?:from )?under me|(?:went|go|goes|going|turn\w*) (?:to |like )?(?:jelly|rubber)|like (?:jelly|rubber|noodles|cooked spaghetti)|(?:will not|would not|cannot|could not|do not|does not|did not) (?:hold|support|carry) (?:me|my weight)`, 6),
    soften: EXERTION,
  },
  {
    sign: 'legs-giving-way', effect: 'flag', // weakness or numbness getting worse
    match: anyOf(
      R`(?:weak\w*|numb\w*|tingl\w*)(?:\W+\w+){0,6}?\W+(?:getting|got|gets|becoming|become|grown|growing|spreading) (?:\w+ )?(?:worse|weaker|more|up)`,
      near(R`${LEGS}|legs?|foot|knees?`, R`weaker|weaker and weaker|getting weak|more and more (?:weak|numb)`, 4),
      R`(?:losing|lost|lose) (?:the |my |all )?(?:strength|power) in (?:my |both |the )?(?:legs?|feet|foot|thighs?)`,
      R`(?:numbness|tingling|weakness) (?:is |has )?(?:spread\w*|creep\w*|mov\w* up)`,
    ),
    soften: R`\b(?:weak\w*|numb\w*|tingl\w*) (?:in|of|around) (?:my |the )?(?:back|core|arms?|hands?|fingers?|grip)\b`,
  },
  {
    sign: 'legs-giving-way', effect: 'flag', // a changed walking pattern, tripping, foot drop
    match: anyOf(
      R`(?:walk\w*|gait)(?:\W+\w+){0,2}?\W+(?:funny|funnily|differently|different|chang\w*|weird\w*|strange\w*|odd\w*|abnormal\w*|unsteady|unsteadily|wobbly|wonky|like (?:a drunk|i am drunk|a penguin|a robot))`,
      R`(?:chang\w*|different|strange|funny|weird|odd|abnormal|new) (?:\w+ )?(?:walk|gait|way (?:i|of) walk\w*)`,
      R`(?:dragg\w*|scuff\w*|catch\w*) (?:my |the |his |her |their )?(?:left |right )?(?:foot|feet|toes?|legs?)`, // a carer's "dragging her feet" too
      R`foot ?drop|drop ?foot|foot (?:is )?(?:slap\w*|flop\w*|drag\w*)`,
      R`(?:cannot|unable to|not able to|could not|struggl\w* to) (?:lift|raise|pick up|point) (?:my |the )?(?:left |right )?(?:foot|feet|toes?|ankle)`,
      R`trip\w* (?:over|on) (?:my )?(?:own )?(?:feet|foot|toes)`,
      R`(?:keep|keeps|kept|always|constantly|been|am|started|start) (?:\w+ )?(?:tripping|stumbling|falling over|falling down|losing my balance|losing balance)`,
      R`(?:tripping|stumbling|falling over|falling) (?:a lot|all the time|constantly|more|repeatedly|often)`,
      R`(?:unsteady|wobbly|off balance) on my feet|balance is (?:off|bad|gone|worse|poor)`,
    ),
    soften: BECAUSE_OF_PAIN,
    unless: TRIP_OVER_THINGS,
  },
  {
    sign: 'legs-giving-way', effect: 'ask', // hard to walk, a limp, one knee giving way
    match: anyOf(
      R`(?:cannot|can barely|can hardly|barely|hardly|struggl\w* to|unable to|not able to) (?:\w+ )?walk`,
      R`limp\w*`,
      R`knee (?:\w+ )?(?:giv(?:e|es|ing) way|gave way|buckl\w*|collaps\w*)`,
    ),
  },

  // ── Tier 1: "the pain started after a serious accident or fall (car crash, fall from height; in older people or
  //    people with osteoporosis or long-term steroid use even a minor fall)" ──
  {
    sign: 'serious-injury', effect: 'flag', // road and riding accidents
    match: anyOf(
      R`(?:car|road|traffic|motor|motorbike|motorcycle|bike|cycling|bicycle|vehicle|bus|train|lorry|truck|van|scooter|moped|rta|rtc|head on|high speed|skiing|ski|snowboard\w*|horse ?riding|riding) (?:accident|crash|collision|smash|wreck|pile ?up)`,
      R`(?:crash\w*|accident|collision|smash\w*|wreck\w*) (?:in|on|with|off|into) (?:my |a |the |his |her )?(?:car|bike|motorbike|motorcycle|vehicle|van|truck|lorry|bus|scooter|moped|tree|wall|lamp ?post)`,
      R`(?:was|were|got|been|had) (?:\w+ )?(?:in |involved in )?(?:a |an |the |that |our )?(?:crash|collision|smash|car crash|wreck|pile ?up|rta|rtc)`,
      R`(?:hit|knocked (?:down|over|off)|run over|struck|mown down) by (?:a |the |an )?(?:car|van|bus|truck|lorry|vehicle|motorbike|bike|cyclist|train|horse)`,
      R`(?:car|van|bus|truck|lorry|vehicle|motorbike|train|taxi|cab) (?:\w+ )?(?:hit|knocked|struck|ran over|ran into|ploughed into|plowed into|clipped|smashed into) me`,
      R`rear ?ended|t ?boned|whiplash|(?:drove|crashed|ran|ploughed|plowed|smashed|went) into (?:the (?:back|side|front) of )?(?:my|our|the) (?:car|van|bike|motorbike)`,
      R`(?:thrown|came|come|fell|flew|knocked) (?:off|from) (?:my |a |the |his |her )?(?:motorbike|motorcycle|bike|bicycle|horse|quad|scooter|moped)`,
      R`crashed (?:my |the |a )?(?:car|bike|motorbike)`,
      R`(?:rolled|flipped|wrote off|written off|totall?ed|wrapped) (?:the |my |our |a |his |her )?(?:car|ute|truck|van|quad|vehicle|jeep|suv|pick ?up|tractor|motorbike|bike)`,
      R`(?:serious|bad|major|big|nasty|horrific|high speed|massive) (?:accident|crash|fall)`,
    ),
    unless: `${ON_SCREEN}|${NEAR_MISS}`,
  },
  {
    // Struck by something moving, told with it as the subject ("a lorry went into the side of us", "a cyclist smashed
    // into me", "the cow pinned me") or after "by" ("taken out by a bloke on a bike"); not a near miss.
    sign: 'serious-injury', effect: 'flag',
    match: anyOf(R`${STRIKER}(?: \w+){0,8}? ${STRUCK_ME}`, STRUCK_BY, R`${STRIKER} (?:behind|in front)(?: \w+){0,3}? (?:did not|could not|failed to|never) (?:stop|brake)`, R`(?:backed|reversed|drove|ran) (?:their|his|her|a|the) (?:car|van|truck|lorry|ute) into (?:me|us)`),
    unless: `${ON_SCREEN}|${NEAR_MISS}|${PAIN_STRUCK}`,
  },
  {
    // Crushed: something heavy came down on the writer, or pinned or trapped them ("the shelf fell on me", "got
    // trapped under the car").
    sign: 'serious-injury', effect: 'flag',
    match: anyOf(CAME_DOWN_ON_ME, PINNED),
    unless: `${NOT_A_FALL}|${ON_SCREEN}`,
  },
  {
    sign: 'serious-injury', effect: 'flag', // falls from a height told by where they went: through a floor, over an edge
    match: FELL_THROUGH,
    unless: NOT_A_FALL,
  },
  {
    sign: 'serious-injury', effect: 'flag', // falls from a height
    match: anyOf(
      // Not a fall that nearly happened ("almost slipped on the steps"); a fall told after it still counts.
      R`(?:(?<!\b(?:nearly|almost) )(?:fell|fall\w*|slipped|slid|tumbled|stumbled|tripped|toppled|thrown|threw (?:me|him|her|them)|pushed (?:me|him|her|them)|jumped|dropped(?! (?:the|a|an|my|his|her|our|their|some|it|them)\b)|landed)(?: \w+){0,3}? (?:off|from|down|out of|through|on)|(?:came|come|coming) (?:off|from)) (?:\w+ ){0,2}?(?:ladder|roof|stairs|staircase|steps|flight|scaffold\w*|height|horse|tree|wall|balcony|window|loft|attic|bunk\w*|trampoline|cliff|building|platform|truck|lorry|stage|ledge|storey|mezzanine|gantry|(?:river ?)?bank|embankment)`,
      R`(?:fell|fall\w*|dropped|landed) (?:\w+ ){0,2}?(?:\d+|a few|several) ?(?:m|metres?|meters?|feet|ft|foot|storeys?|stories|floors)`,
    ),
  },
  {
    sign: 'serious-injury', effect: 'ask', // any other fall: serious if older, osteoporosis or long-term steroids
    match: anyOf(
      R`fell`,
      R`fall`,
      R`falls`,
      R`fallen`,
      R`falling`,
      R`slipped`,
      R`slipping (?:on|over)`,
      R`tripped`,
      R`trip(?:ped)? over`,
      R`took a tumble`,
      R`tumbled`,
      R`went flying`,
      R`went over (?:on|in) (?:my|the|her|his|their)`,
      R`went down (?:hard |heavily |badly )?(?:on|onto)`,
      R`lost my (?:footing|balance)`,
      R`landed (?:hard |heavily |awkwardly )?on my (?:back|bum|bottom|backside|behind|butt|arse|coccyx|tailbone|side)`,
      R`slid (?:off|out of|down) (?:the |my |a |his |her |their )`,
      R`missed (?:a|the|my) (?:\w+ )?(?:step|stair|footing)`,
      R`(?:sat|sitting|plonked|dropped|thumped|bumped|came) (?:my self |myself )?down (?:hard|heavily|with a (?:thud|bump|bang))`,
      R`(?:was|got|been) knocked (?:over|down)`,
      R`(?:had|took) a (?:little |small |minor |slight |bit of a |nasty |bad )?(?:fall|tumble|slip|spill)`,
      // Knocked or pulled off their feet, found on the floor, a chair missed: how a carer tells an older person's fall.
      R`(?:pulled|pushed|knocked|bowled|barged|shoved|swept|sent|threw|flipped) (?:me|her|him|them|us) (?:over|down|flying|off (?:my|her|his|their) feet)`,
      R`(?:bowled|knocked|pushed|pulled|barged|shoved|sent) (?:over|flying)`,
      R`ended up on the (?:floor|ground|deck)`,
      R`found (?:(?:my|our|his|her|the) )?(?:him|her|them|grandad|grandpa|granddad|gran|nan|nana|granny|grandma|mum|mom|mother|dad|father|husband|wife|partner|neighbou?r|patient|resident) (?:\w+ )?on the (?:floor|ground)`,
      R`lost (?:her|his|their|your) (?:footing|balance)`,
      R`(?:let|made|caused) (?:me|her|him|them) (?:slip|fall|trip)`,
      R`(?<!\b(?:pain|swelling|temperature|temp|fever|it|that|spasms?|numbness|inflammation|weight|sun|price|prices)(?: \w+)? )went down(?= *(?:$|[.,;!?]| and\b| hard| heavily| like\b| in a heap| with a))`,
      R`missed (?:a|the|my|her|his|their) (?:\w+ )?(?:chair|seat|kerb|curb)`,
      R`landed (?:hard |heavily |awkwardly )?on (?:her|his|their) (?:back|bum|bottom|backside|behind|coccyx|tailbone|side)`,
      R`(?:wheelchair|chair|stool|seat|commode|mobility scooter|walker|zimmer) (?:\w+ )?(?:tipped|toppled) (?:back|backwards|over|out)`,
      R`(?:came|come|coming) off (?:\w+ ){0,3}?(?:onto|on to)`,
      // A knock, which counts for weak bones as a fall does ("walked into the door frame").
      R`(?:walked|bumped|banged|knocked|smacked|whacked) (?:\w+ ){0,2}?into (?:a |the |my )?(?:\w+ )?(?:door ?frame|door|wall|post|lamp ?post|pole)`,
      R`(?:had|have had|been in|was in|involved in) (?:a |an )?(?:\w+ )?accident`,
      R`accident at (?:work|home|the gym)`,
      R`work accident`,
    ),
    unless: NOT_A_FALL,
    clarify: 'which-fall',
    upgradeWith: 'fall-risk',
  },
  {
    effect: 'fact', // older age: "I'm 80", "78 years old", "in my seventies", "elderly"
    match: anyOf(
      R`(?:i am|aged?|age|turned|will be|is|was|who is|whos|now|shes|hes|theyre) (?:\w+ )?(?:6[5-9]|[7-9]\d|1[01]\d|sixty (?:five|six|seven|eight|nine)|seventy|eighty|ninety)`,
      R`(?:6[5-9]|[7-9]\d|1[01]\d) ?(?:years? old|yrs?(?: old)?|yo|y o)`,
      R`(?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|husband|wife|partner|aunt|auntie|uncle)\W+(?:6[5-9]|[7-9]\d|1[01]\d)(?!\W*(?:kg|kilos?|lbs?|pounds|times|mins?|minutes|hours|days|weeks|percent))`, // "my mum, 88, slid off her chair"
      R`in (?:my|her|his|their) (?:late )?(?:sixties|seventies|eighties|nineties|[6-9]0 ?s)`,
      R`elderly`,
      R`pensioner`,
      R`oap`,
      R`old age`,
      R`older (?:person|lady|man|woman|people|adult)`,
      R`frail`,
    ),
    facts: ['fall-risk'],
  },
  {
    effect: 'fact', // a fall told with its height: "fell off the worktop, about 4ft", "stacking bales 8 foot up"
    match: DISTANCE,
    facts: ['fall-risk'],
  },
  {
    sign: 'serious-injury', effect: 'ask', // weak bones without a fall mentioned: ask about a fall
    match: anyOf(
      R`osteopor\w*`,
      R`osteopen\w*`,
      R`(?:brittle|thin|thinning|weak|fragile) bones?`,
      R`bone (?:density|thinning|loss)`,
      R`low bone`,
    ),
    clarify: 'which-fall',
    facts: ['fall-risk'],
  },

  // ── Tier 1: "chest pain with the back pain" ──
  {
    sign: 'chest-pain', effect: 'flag',
    match: anyOf(
      R`chest(?:\W+\w+){0,3}?\W+(?:pain\w*|hurt\w*|ache\w*|aching|sore\w*|tight\w*|pressure|discomfort|heavy|heaviness|crush\w*|squeez\w*|burn\w*|stab\w*|sharp|agony|killing)`,
      R`(?:pain\w*|ache\w*|aching|tight\w*|pressure|discomfort|heaviness|crush\w*|squeez\w*|stab\w*|burning|sharp) (?:\w+ ){0,3}?(?:in|across|around|on|over|through|into|to|behind) (?:my |the |his |her )?(?:chest|breast ?bone|sternum)`,
      R`heart attack|(?:tight|heavy|crushing|painful|sore) chest|angina`,
      R`(?:pain\w*|ache|aching|it|spasms?) (?:\w+ ){0,2}?(?:go\w*|went|spread\w*|radiat\w*|shoot\w*|travel\w*|mov\w*|wrap\w*|com\w*)(?: \w+){0,5}? (?:to|into|round|around|through) (?:to )?(?:my |the )?chest`,
    ),
    unless: R`\bchests? of drawers\b`,
  },

  // ── Tier 2: "fever or high temperature with the back pain" ──
  {
    sign: 'fever', effect: 'flag',
    match: anyOf(
      R`(?<!\bhay )fever\w*|febrile|fevr|feva|fevah|pyrexi\w*`, // hay fever is an allergy, not a temperature
      R`(?:high|hi|raised|running a|got a|have a|had a|with a|spiking a|slight|bit of a|a high|a hi|a raised|a slight) temp(?:erature)?|a temperature|temp(?:erature)? (?:\w+ )?(?:3[89]|4[0-2]|10[0-5])(?:[.,]\d+)?`,
      R`temp(?:erature)? (?:of|is|was|at|reading|has been|been|keeps|went up|going up|spiking)\W+(?:\w+ )?(?:high|raised|up|3[7-9]|4[0-2]|9[89]|10\d)`,
      R`temp(?:erature)? (?:that )?(?:i|he|she|we) (?:have |has |had )?(?:had|got|been running|been having)`, // "the temperature I've had since Sunday"
      R`(?:3[89]|4[0-2])(?:[.,]\d)? ?(?:degrees?|deg|c|celsius)|10[0-5](?:[.,]\d)? ?(?:degrees|deg|f|fahrenheit)`,
      R`hot and (?:cold|shivery|sweaty|clammy|shaky)|shiver\w*|chills|rigou?rs|night sweats|sweat\w* (?:at night|in bed)|sweat\w* buckets(?!.*\b(?:job|work\w*|gym|shift|site|run|running|jog\w*|training|heat|hot (?:day|weather)|sun|summer|sauna|kitchen|exercis\w*|walk\w*|digging|garden\w*|football|match|game)\b)|sweat\w* (?:through|thru|into) (?:my |the )?(?:sheets|bedding|bed|pyjamas|pajamas|nightie|nightclothes|mattress)|sweat\w* (?:\w+ ){0,3}?(?:every|each|most|all) night|(?:drenched|soaked) in sweat|cold sweats?|burning up`,
      R`(?:freezing|shaking|shivering|cold)(?:\W+\w+){0,3}?\W+(?:under|in) (?:\w+ )?(?:blankets?|duvet|covers|quilt)|teeth (?:are |keep )?chatter\w*`,
    ),
    // Heat and cold as a remedy ("alternating hot and cold packs", "a hot bath") are not a temperature.
    unless: HEAT_OR_COLD_REMEDY,
  },
  {
    sign: 'fever', effect: 'ask', // feeling ill or flu-ish: ask about a temperature
    match: anyOf(
      R`flu`,
      R`flu ?like`,
      R`(?:feel|feeling|felt) (?:really |very |quite )?(?:unwell|ill|poorly|feverish)`,
      R`fell ill`,
      R`coming down with something`,
    ),
    // "man flu" is a joke about someone else; "the difference between a cold and flu" asks what words mean.
    unless: NOT_ONES_OWN_FEVER,
  },

  // ── Tier 2: "weight loss without trying" ──
  {
    sign: 'weight-loss', effect: 'flag',
    match: anyOf(
      R`(?:lost|losing|dropped|dropping|shed|shedding)(?: \w+){0,4}? (?:weight|kg|kgs|kilos?|pounds|lbs?|stone|st|dress sizes?|sizes?)`,
      R`(?:lost|losing|dropped|dropping) (?:a lot|loads|so much|heaps|tons|a fair bit|quite a bit|a bit|some) without (?:even )?(?:trying|dieting|meaning to)`,
      R`loss of (?:\w+ )?weight|(?:been|keep|keeps|kept|dey|am|is|are) (?:\w+ )?los(?:e|ing) (?:\w+ ){0,3}?(?:weight|kg|kgs|kilos?|pounds|lbs?|stone)`,
      R`los(?:e|ing) (?:\w+ ){0,4}?(?:weight|kg|kgs|kilos?|pounds|lbs?|stone) without (?:even )?(?:trying|dieting|meaning to|reason|any reason|explanation)`,
      R`weight (?:\w+ ){0,2}?(?:loss|has dropped|dropped|dropping|is dropping|falling|fallen|coming off|is going down|gone down|went down)`,
      R`(?:clothes|trousers|jeans) (?:\w+ )?(?:are |have )?(?:got |gotten |become |getting )?(?:loose|looser|baggy|roomier|too big|bigger on me|falling off|hanging off)`,
    ),
    unless: WEIGHT_ON_PURPOSE,
  },

  // ── Tier 2: "history of cancer, with new back pain" ──
  {
    sign: 'cancer-history', effect: 'flag',
    match: CANCER,
    // A "cancer scare" was a worry that turned out not to be cancer: asked about, not flagged.
    soften: R`\b(?:runs? in (?:the|my|our) family|family history|in (?:the|my|our) family|hereditary|genetic\w*|cancer scares?)\b`,
    softenBefore: WORRY,
    forOther: SOMEONE_ELSE,
    // A cancer charity's shop, tins or fun run is nobody's illness.
    unless: R`\bcancer (?:research|charity|society)(?: uk)? (?:shop|collection\w*|tins?|buckets?|fundrais\w*|event|run|walk|volunteer\w*|appeal)|\bcancer charit\w*|\b(?:race|relay) for life\b`,
  },

  {
    // A cancer that comes back was had before: "what if it's the cancer coming back" worries about a history it reports.
    sign: 'cancer-history', effect: 'flag',
    match: R`\b${CANCER} (?:is |has |may be |might be |could be )?(?:coming back|come back|came back|returned|returning|back again)\b|\brecurrence of (?:my |the )?${CANCER}`,
    forOther: SOMEONE_ELSE,
  },

  // ── Tier 2: "a lump or swelling on the back, or the back has changed shape" ──
  {
    sign: 'lump-or-shape', effect: 'flag',
    match: anyOf(
      near(R`(?:lumps?(?! of| sum)|swelling|swollen|bumps?|bulge|growth|mass|protrusion|sticking out|hump|cyst)${LUMP_ELSEWHERE}`, BACK_PLACE, 5),
      R`(?:back|spine|posture)(?:\W+\w+){0,4}?\W+(?:chang\w* shape|shape (?:has )?changed|(?:look|looks|looking|is|has gone|gone|went|become|becoming|got|getting) (?:\w+ )?(?:curved|crooked|deformed|misshapen|wonky|lopsided|different))`,
      R`(?:sticking|poking) (?:up|out) (?:on|from|of) (?:\w+ ){0,3}?(?:spine|backbone)`,
      R`(?:curved|crooked|deformed|misshapen|wonky) (?:spine|back)|(?:new|developed|developing) (?:a )?(?:curve|curvature|hump|hunch)|deformity|(?:bone|vertebra\w*) (?:is )?(?:sticking|poking) out`,
    ),
    // A muscle knot is no lump, unless it sticks up from the spine ("a hard knot sticking up on his spine").
    unless: R`\b(?:(?:bulg\w*|slipped|herniat\w*|prolaps\w*|protrud\w*) dis[ck]\w*|dis[ck]\w* (?:bulg\w*|protru\w*|herniat\w*)|knots?(?! (?:\w+ ){0,2}?(?:sticking|poking) (?:up|out)))\b`,
  },

  // ── Tier 2: "pain that does not improve with rest, or is worse at night" ──
  {
    sign: 'night-or-rest-pain', effect: 'flag',
    match: anyOf(
      R`(?:worse|(?:most|more|very) severe) (?:\w+ ){0,2}?(?:at|during|in the|through the|overnight|every|each) ?night|worst at night|night ?time pain|night pain|(?:pain\w*|hurts?|hurting|aches?|aching|worse|worst|sore|agony|throbs?|throbbing) (?:(?!${EASIER})\w+ ){0,4}?(?:at|during the|in the|through the) night`,
      R`(?:(?:at|during the|in the) night|night ?time|nights|bedtime)(?:\W+\w+){0,5}?\W+(?:worse|worst|severe|agony|unbearable|hell|horrendous|horrible|dreadful|excruciating|brutal|awful|terrible)`,
      R`(?:hurts?|hurting|pain\w*|aches?|aching|agony|throbb\w*|awake|up) (?:\w+ )?all night|all night (?:long )?(?:with|in) (?:the )?pain`,
      R`even (?:when |while )?(?:i am |i )?(?:rest\w*|lying|lie|laying|in bed|sitting still)(?:\W+\w+){0,4}?\W+(?:hurts?|pain\w*|aches?|agony|sore|bad|throbs?)`,
      R`(?:pain|it|ache|spasm\w*|back) (?:\w+ ){0,2}?(?:wakes|woke|waking|keeps waking|keeps (?:me|him|her|them) (?:up|awake)) (?:me|him|her|them|us)(?: up| awake)?`,
      R`(?:woken|woke|wake|waking) (?:up )?(?:by|from|because of|due to) (?:the )?(?:pain|ache|spasm\w*)`,
      R`(?:woken|woke|wake|wakes|waking) (?:me )?up (?:\w+ ){0,4}?(?:from|because of|due to) (?:the |so much |terrible |bad |such )?(?:pain|agony|spasm\w*|ache)`,
      // Waking with the pain in the night ("woke up at 3am with the pain", "last night I woke up in agony"). The night
      // is looked for only once the waking has matched: a look back before it would rescan the clause at every position.
      R`${WOKE_WITH_PAIN}(?:(?<=\b${NIGHT}\b.*)|(?=.*?\b${NIGHT}\b))`,
      R`(?:rest\w*|lying (?:down|still|flat)|lie (?:down|still)|laying (?:down|still)|sitting still|keeping still|staying still|bed rest|at rest|in bed)(?:\W+\w+){0,3}?\W+(?:not|never|no|nothing)\W+(?:\w+\W+){0,2}?(?:help\w*|better|eas\w*|improv\w*|difference|relief|change)`,
      R`(?:not|never|no|nothing|without) (?:\w+ ){0,3}?(?:help\w*|better|eas\w*|improv\w*|relief|difference|settl\w*|let up|letting up|go\w* away|reduc\w*|reliev\w*|lessen\w*|subsid\w*) (?:\w+ ){0,3}?(?:rest\w*|lying|lie|laying|still|in bed|bed rest|sit\w* still)`,
      R`(?:hurts?|pain\w*|aches?|agony|sore|bad|there|throbs?|same) (?:\w+ ){0,3}?even (?:when |while |if |at )?(?:i am |i )?(?:rest\w*|lying|lie|laying|still|sitting still|in bed|doing nothing|not moving)`,
      R`(?:the )?same (?:\w+ ){0,2}?(?:when|while|if|even) (?:i am |i )?(?:rest\w*|lying|lie|laying|still)`,
      R`(?:lying|laying|lie) (?:down|flat|in bed)(?:\W+\w+){0,3}?\W+(?:is |it is )?(?:unbearable|agony|excruciating|torture|impossible)`, // "lying down the pain is unbearable"
      R`(?:when|while|if) (?:i am |i )?(?:rest\w*|lying|lie|laying|still)(?:\W+\w+){0,3}?\W+(?:not|never) (?:going|go|gone|easing|eases|better|stopping|stops|changing|less)`, // "when I rest the pain is not going"
      R`(?:whole|all|all the|entire|every) night (?:\w+ ){0,2}?(?:it is |is |it gets |gets )?(?:more|worse|worst|bad|terrible|agony)`, // "whole night it is more"
      R`(?:up|awake) (?:\w+ ){0,3}?(?:every|each|most|at|all|in the) night(?:\W+\w+){0,4}?\W+(?:with|from|because of|in) (?:the |my )?(?:back )?(?:pain|agony|ache|spasm\w*)`, // "up 4 times every night with back pain"
      R`(?:worse|worst) (?:when |while |if )?(?:i am |i )?(?:(?:lying|laying|sitting|sit|keeping|staying|keep|stay) still|at rest|resting|rest)\b`, // "it's worse lying still"
    ),
    // Woken by a twinge on rolling over is pain on moving, not pain at rest; woken by a snorer or the baby is no pain at
    // all: asked, not flagged.
    soften: `${ROLLING_OVER}|${WOKEN_BY_OTHERS}`,
  },
  {
    // Waking up with the pain or the spasm ("woke up with my back in spasm") tells how it was on waking, not that the
    // pain woke the writer or is worse at night: asked about. Woken by it, from it or because of it is flagged above.
    sign: 'night-or-rest-pain', effect: 'ask',
    match: WOKE_WITH_PAIN,
    soften: `${ROLLING_OVER}|${WOKEN_BY_OTHERS}`,
  },
  {
    // Waking in the night says pain at night only in a message about pain: "my back spasms, I wake up every night" is
    // flagged, "tips for sleeping better, I wake up at 3am every night" is asked about.
    sign: 'night-or-rest-pain', effect: 'ask',
    match: R`(?:wakes?|waking|woke|woken|keeps? (?:waking|me)) (?:me )?(?:up )?(?:\w+ ){0,3}?(?:at|in the|during the|every|each|through the) ?night`,
    soften: `${ROLLING_OVER}|${WOKEN_BY_OTHERS}`,
    upgradeWith: 'in-pain',
  },
  {
    effect: 'fact', // the message is about pain: "back spasm", "it hurts", "aching", "agony"
    match: R`\b(?:pain\w*|hurt\w*|ach\w*|sore\w*|agony|spasm\w*|(?<!\b(?:get|gets|getting|got|go|going|went|come|came|drift|drop|nod) )back(?! to (?:sleep|bed))|throb\w*|twing\w*|cramp\w*|stiff\w*)\b`,
    facts: ['in-pain'],
  },
  {
    sign: 'night-or-rest-pain', effect: 'ask', // constant pain, or pain that stops sleep
    match: anyOf(
      R`(?:pain\w*|hurts?|aches?|aching|sore|spasms?|it is|it s) (?:\w+ ){0,3}?(?:constant|all the time|day and night|night and day|non ?stop)`,
      R`constant (?:pain|ache|aching|agony|spasms?)`,
      R`never (?:stops|lets up|goes away|eases|settles|improves|gets better)`,
      R`(?:cannot|could not|unable to|not able to|struggl\w* to|hard to|barely|hardly) (?:get to )?sleep(?: \w+){0,3}? (?:pain|spasm\w*|back|ache|hurt\w*|agony)`,
      R`(?:pain|spasm\w*|it) (?:\w+ ){0,2}?(?:stops|stopping) me (?:from )?sleep\w*`,
    ),
    // Spasms that keep coming back "all the time" are about how often, not pain at rest.
    unless: R`\b(?:com(?:e|es|ing) back|keep(?:s)? (?:getting|having|happening|coming)|get(?:ting)? (?:them|these|spasms|it)|happen\w*|recur\w*|again|every (?:few|other|couple)|flare\w* up)\b`,
  },

  // ── Tier 2: "pain made worse by sneezing, coughing or going to the toilet" ──
  {
    sign: 'cough-sneeze-toilet', effect: 'flag',
    match: anyOf(
      near(R`(?:when|whenever|while|if|every time|each time|as soon as) (?:i |you )?(?:\w+ )?(?:cough|coughs|coughing|sneeze|sneezes|sneezing|poo|poos|pooing|take a (?:dump|crap|shit|poo)|strain on the (?:toilet|loo)|straining on the (?:toilet|loo)|go to the (?:toilet|loo|bathroom)|go for a poo|open my bowels|have a (?:poo|bowel movement)|bear down)`, PAIN, 6),
      R`(?:coughing|sneezing|pooing|a cough|a sneeze|blow(?:ing)? (?:my|your|his|her) nose|(?:every|each) (?:cough|sneeze)|going to the (?:toilet|loo)|(?:going for|having|doing) a (?:poo|number two|bowel movement)|straining|bowel movements?)(?:\W+\w+){0,5}?\W+(?:hurts?|on fire|kill\w*|murder\w*|scream\w*|knife|knives|floor\w*|knock\w* me|flatten\w*|unreal|is (?:agony|murder|excruciating|unbearable|painful|horrible|awful|terrible)|makes? (?:it |the pain |my back )?(?:worse|hurt|agony)|sends?|triggers?|sets? (?:it|me) off|agony|excruciating|unbearable|(?:the )?worst|worse|jolt\w*|shoot\w*|stab\w*|spasm\w*|sore|painful)`,
      R`(?:hurts?|painful|agony|pain\w*|kills?) (?:\w+ )?(?:to|when i|if i|whenever i) (?:cough|sneeze|poo|go to the (?:toilet|loo))`,
      near(R`(?:when|whenever|while|if|every time|each time) (?:i |you )?push\w* (?:on|in|at) (?:the )?(?:toilet|loo)`, R`hurts?|pain(?:s|ing|ful)?|agony|spasm\w*|kill\w*|worse`, 6), // "when I push in toilet my back is paining"
      R`(?:coughing|sneezing|a cough|a sneeze|straining|going to the (?:toilet|loo)|bowel movements?) (?:makes?|is making|sends?) (?:\w+ ){0,6}?(?:worse|hurt\w*|agony|unbearable|excruciating|through the roof)`,
    ),
    // "a bit of a cough now, back spasm from lifting": the cough is an illness beside the pain, not its trigger.
    soften: COUGH_AS_ILLNESS,
  },
  {
    sign: 'cough-sneeze-toilet', effect: 'ask', // "it hurt when I coughed": past tense, once or every time?
    match: near(R`(?:when|whenever|every time|each time) (?:i )?(?:coughed|sneezed|went to the (?:toilet|loo))`, PAIN, 6),
  },

  // ── Tier 2: "pain between the shoulder blades rather than in the lower back" ──
  {
    sign: 'between-shoulder-blades', effect: 'flag',
    match: anyOf(
      // "between" is spelt here with its common typos: the typo repair cannot hold them (word lists include them).
      R`(?:in ?)?(?:between|betwen|bewteen|beween|betweem|inbetween) (?:my |the |both )?(?:shoulder ?blades?|shoulders|blades|scapula\w*)`,
      R`interscapular`,
      R`thoracic (?:spine |back )?pain`,
    ),
  },
  {
    sign: 'between-shoulder-blades', effect: 'ask', // upper or middle back: confirm where
    match: R`upper back|middle of (?:my |the )?back|mid ?back|thoracic`,
  },

  // ── Tier 2: "weakened immune system, long-term steroid use, or injecting drugs, with new back pain" ──
  {
    sign: 'immune-steroids-drugs', effect: 'flag', // weakened immune system
    match: anyOf(
      R`(?:weak\w*|low|poor|compromised|suppressed|damaged|bad|impaired|lowered|reduced) (?:\w+ )?immun\w*`,
      R`immun\w* (?:system )?(?:is |are |was )?(?:\w+ )?(?:weak\w*|low|poor|compromised|suppressed|damaged|impaired|lowered|reduced|shot|rubbish|bad)`,
      R`immun\w* ?(?:suppress|compromis|deficien)\w*|immunosuppress\w*|immunocompromis\w*|immunodeficien\w*|neutropeni\w*`,
      R`hiv|aids`,
      R`(?:kidney|liver|heart|lung|organ|bone marrow|stem cell|renal) transplant|transplant (?:patient|recipient|meds|medication|drugs|tablets)`,
      R`methotrexate|azathioprine|ciclosporin|cyclosporine|tacrolimus|mycophenolate|biologics?|humira|adalimumab|infliximab|etanercept|rituximab|(?:having|on|finished|after|during) chemo\w*`,
    ),
    unless: R`\b(?:walking|hearing|mobility|sleep|visual|teaching|daily living|swimming|first) aids|aids (?:sleep|recovery|healing|digestion|in|with)\b`,
  },
  {
    sign: 'immune-steroids-drugs', effect: 'flag', // long-term steroid tablets (also makes a minor fall serious)
    match: anyOf(
      R`(?:been on|been taking|long term|daily|regular|regularly|high dose|years of|months of|always on|permanently on) (?:\w+ ){0,2}?${STEROID}`,
      R`${STEROID} (?:\w+ ){0,3}?(?:(?:for|since) (?:years|months|ages|a long time|a while|(?:\d+|a few|several|many|over a|over|about|nearly) (?:years?|yrs?|months?|mths?)|my (?:asthma|copd|arthritis|crohns|colitis|lupus|rheumatoid|pmr|polymyalgia|eczema|psoriasis|ms|ibd))|every day|daily|long term|for life)`,
    ),
    unless: LOCAL_STEROID,
    facts: ['fall-risk'],
  },
  {
    sign: 'immune-steroids-drugs', effect: 'ask', // steroids, route or duration not said
    match: STEROID,
    unless: LOCAL_STEROID,
    clarify: 'steroid-tablets',
  },
  {
    sign: 'immune-steroids-drugs', effect: 'flag', // injecting drugs
    match: anyOf(
      R`inject\w* (?:\w+ )?(?:drugs?|heroin|meth\w*|speed|cocaine|crack|ketamine|steroids|gear|smack|opioids?|opiates?|fentanyl)`,
      R`(?:iv|intravenous) (?:drug|drugs|heroin)`,
      R`drug inject\w*`,
      R`(?:gear|drugs|smack|meth|crack|speed)\W+(?:\w+ )?inject(?:ing|s|ed)?\b`, // "I use gear, injecting"
      R`shoot\w* up`,
      R`heroin`,
      R`(?:share|sharing|shared|dirty|used) needles`,
      R`needle (?:use|sharing|exchange)`,
      R`pwid`,
      R`ivdu`,
    ),
  },
  {
    sign: 'immune-steroids-drugs', effect: 'ask', // drug use, route not said
    match: anyOf(
      R`(?:recreational|street|illegal|illicit|hard|party) drugs`,
      R`drug (?:user|habit|addict\w*|problem)`,
      R`(?:use|used|using|do|did|doing) drugs`,
    ),
    unless: NOT_DRUGS,
    clarify: 'injecting',
  },
  {
    sign: 'immune-steroids-drugs', effect: 'flag', // "I inject", said of oneself, with no medicine named: injecting drugs
    match: R`(?:i|i have|used to|been|i am|i was|still) (?:\w+ )?inject(?:ed|ing|s)?`,
    unless: `${NOT_DRUGS}|\\b(?:been|was|got|get|am|being) injected\\b|\\binject\\w* (?:with|into|in|by)\\b`,
  },
];

/** Resolves a rule's sign and question against red-flags.json, failing at load if they do not fit together. */
function compileRule(source: RuleSource, index: number): Rule {
  const where = `src/triage/rules.ts rule #${index} (${source.sign ?? 'fact'})`;
  const sign = source.sign === undefined ? undefined : SIGN_BY_ID.get(source.sign);
  if (source.effect !== 'fact' && sign === undefined) throw new Error(`${where}: unknown sign in red-flags.json`);
  const clarification = source.clarify === undefined ? undefined : CLARIFY.get(source.clarify);
  if (source.clarify !== undefined && clarification?.sign !== source.sign) {
    throw new Error(`${where}: clarify "${source.clarify}" is missing from red-flags.json or confirms another sign`);
  }
  const once = (s: string | undefined): RegExp | undefined => (s === undefined ? undefined : new RegExp(s));
  return Object.freeze({
    sign,
    effect: source.effect,
    match: compile(source.match),
    unless: once(source.unless),
    soften: once(source.soften),
    softenBefore: once(source.softenBefore),
    forOther: once(source.forOther),
    question: clarification?.question ?? sign?.question ?? '',
    facts: Object.freeze(source.facts ?? []),
    upgradeWith: source.upgradeWith,
  });
}

/** Flag rules from the signs' own phrases in red-flags.json: a new sign can be added as data alone. */
const PHRASE_SOURCES: readonly RuleSource[] = SIGN_RECORDS.filter((s) => s.phrases.length > 0).map((s) => ({ sign: s.id, effect: 'flag', match: anyOf(...s.phrases) }));

/** All rules, compiled once at module load. */
export const RULES: readonly Rule[] = Object.freeze([...SOURCES, ...PHRASE_SOURCES].map(compileRule));

for (const sign of SIGN_BY_ID.values()) {
  if (!RULES.some((r) => r.sign === sign && r.effect === 'flag')) {
    throw new Error(`knowledge/red-flags.json: sign "${sign.id}" has no flag rule: give it "phrases", or a rule in src/triage/rules.ts`);
  }
}
