// The concept layer: red flags found by meaning rather than by phrase. Each sign is a body part or function and a
// trouble with it ("waterworks" + "packed in", "my bits" + "gone fuzzy", "legs" + "crumpled"), two word classes of
// vocabulary.ts that must meet within a few words of one clause, not negated and not only asked about. It runs after
// the phrase rules (rules.ts) and catches wordings they were never written for.
import {
  anyOf, compile, TOILET_FUNCTION, TOILET_TROUBLE, WET_PLACE, WET, WET_FOR_OTHER_REASONS, LEAKS_FOR_OTHER_REASONS, LEAK_HABIT,
  SADDLE_AREA, NUMB_WIDE, HARMLESS_CAUSE, SAT_TOO_LONG, SEX_PART, SEX_TROUBLE, DOWNSTAIRS, HOUSE, PARTNER, CLIMAX_TROUBLE, SEX_LIMITED_BY_PAIN,
  LEGS, TWO_LEGS, DEAD_LEGS, PAIN, NUMB_DEFINITE, OTHER_SIDE, TOO, LEG_CONTEXT, LEG_OR_KNEES, GIVE_WAY, WALKING, WALK_CHANGED,
  STUMBLE, REPEATEDLY, WEAKNESS, WORSENING, NOT_LEG_WEAKNESS, ROAD, IMPACT, NEAR_MISS, PAIN_STRUCK, FALL, HEIGHT, NOT_A_FALL, ANIMAL_FELL, CHEST, CHEST_FEEL, RADIATES,
  NOT_CHEST_PAIN, TEMPERATURE, HIGH_READING, FEEL_HOT, FEEL_COLD, HEAT_OR_COLD_REMEDY, WEIGHT_WORD, WEIGHT_FALLING, GOT_THIN,
  WEIGHT_ON_PURPOSE, LUMP, BACK_PLACE, BACK_SHAPE_PLACE, CHANGED_SHAPE, NIGHT, WORSE_OR_AWAKE, MORNING, RESTING, NO_RELIEF,
  COUGH_OR_STRAIN, STRAIN_PAIN, ONE_COUGH, SHOULDER_BLADES, BETWEEN, FOOT, FOOT_DROPS, FOOT_FOR_OTHER_REASONS, EXERTION,
  BECAUSE_OF_PAIN, BOTH_SIDES, LEG_WORDS, IMMUNE, IMMUNE_DOWN, NO_SPLEEN, ALMOST_WET, ON_SCREEN, MOVING_FROM_REST,
  PEE_ONLY, PUSH_TO_GO, PEE_BLOCKED, DRINKING_LESS, NO_ERECTIONS, NOT_WORKING_IN_BED, LEGS_GONE, HEART, HEART_SQUEEZED, NOT_HEART_PAIN, CHEST_TOO,
  BODY, BODY_HOT, A_LUMP, LUMP_NOT_BACK, LUMP_SETTLING, TRIP_OVER_THINGS, LAIN_ON, NO_URGE, NEITHER_LEG, LEGS_WILL_NOT, COUGH_AS_ILLNESS, TACKLED, HARD_IMPACT, UPPER_BACK, THE_MIDDLE, BRA_LEVEL, SAT_TOO_LONG_NOT_TOTAL, HARMLESS_NOT_TOTAL,
  CHANGED, FEELING_CHANGED, TOILET_DOMAIN, TOILET_NOT_ONES_OWN, SADDLE_DOMAIN, LEG_FAILS, CHEST_DOMAIN, CHEST_TROUBLE, FEVER_DOMAIN, FEVER_TROUBLE, FEVER_EXPLAINED,
  NUMB_WITH_COLD, CANNOT_KEEP_IT_UP, KEPT_UP_OTHERWISE, THEY_GAVE_WAY, ED_PILLS, NEEDS_PILLS, HELD_UP, ELEPHANT, NOT_BEEN, A_STRETCH, NO_POSITION_HELPS, UNDERWEAR, THROWN_AWAY, WORN_OUT, UNSURE_FINISHED, WEIGHT_DOMAIN, WEIGHT_TROUBLE, IMMUNE_DOMAIN, IMMUNE_EXPLAINED, BACK_TROUBLE, FOOT_TROUBLE, SHAPE_DOMAIN, SHAPE_TROUBLE, UPPER_DOMAIN, UPPER_MIDDLE,
} from './vocabulary';
import { countWords, isNegated, isSoftened, saysFine } from './negation';
import { SIGN_BY_ID, type SignRecord } from './signs';

interface ConceptSource {
  sign: string;
  /** flag: the sign is present; ask: confirm it with the sign's question. */
  effect: 'flag' | 'ask';
  /** The body part or function (omitted when the trouble says it all: "skin and bone"). */
  part?: string;
  /** What is wrong with it; a negation inside it is part of the symptom ("cannot feel", "not holding me"). */
  trouble: string;
  /** Most words between part and trouble, in either order. */
  within: number;
  /** A clause that also matches this is benign for this concept ("ice pack", "hot water bottle"). */
  unless?: string;
  /** A clause that also matches this makes the flag an ask ("from sitting too long", "because of the pain"). */
  soften?: string;
  /** The clause must also match this (the other side "too" only counts for legs). */
  needs?: string;
}

/** Things that are hot themselves: "the bath temperature is high" is no fever ("body heat" is). */
const HOT_THING = String.raw`\b(?:water|bottle|bath\w*|shower|packs?|pads?|wheat bag|oven|room|weather|outside|heating|sauna|pool|tea|coffee|towel|flannel|compress\w*)\b`;

/** "hot or cold?" asks which remedy, it does not report a fever. */
const CHOICE = String.raw`\b(?:or|vs|versus|which)\b`;

const SOURCES: readonly ConceptSource[] = [
  // Tier 1, bladder and bowels: "my waterworks have packed in", "number twos just happen", "having accidents with my water".
  { sign: 'bladder-bowel', effect: 'flag', part: TOILET_FUNCTION, trouble: TOILET_TROUBLE, within: 6, unless: LEAKS_FOR_OTHER_REASONS },
  { sign: 'bladder-bowel', effect: 'flag', trouble: 'caught short', within: 0 },
  // No warning any more: "he never felt the urge", "didn't make it to the loo in time".
  { sign: 'bladder-bowel', effect: 'flag', trouble: NO_URGE, within: 0 },
  { sign: 'bladder-bowel', effect: 'flag', part: WET_PLACE, trouble: WET, within: 4, unless: WET_FOR_OTHER_REASONS, soften: ALMOST_WET },
  { sign: 'bladder-bowel', effect: 'flag', part: UNDERWEAR, trouble: THROWN_AWAY, within: 5, unless: anyOf(WET_FOR_OTHER_REASONS, WORN_OUT) }, // "had to bin two pairs of knickers"
  { sign: 'bladder-bowel', effect: 'flag', trouble: UNSURE_FINISHED, within: 0 },
  { sign: 'bladder-bowel', effect: 'flag', part: String.raw`leaks|leaking|dribbles|dribbling`, trouble: LEAK_HABIT, within: 3, unless: LEAKS_FOR_OTHER_REASONS },
  { sign: 'bladder-bowel', effect: 'flag', part: PEE_ONLY, trouble: PUSH_TO_GO, within: 6 },
  { sign: 'bladder-bowel', effect: 'flag', part: PEE_ONLY, trouble: PEE_BLOCKED, within: 3, unless: DRINKING_LESS }, // "have to push on my belly to get my pee out"
  // Hours without passing water ("haven't needed a wee since yesterday lunchtime"), as the phrase rules read "haven't had a wee since".
  { sign: 'bladder-bowel', effect: 'flag', part: PEE_ONLY, trouble: NOT_BEEN, within: 3, needs: A_STRETCH },
  // Tier 1, saddle numbness: "the saddle area has gone fuzzy", "where I sit feels dead".
  { sign: 'saddle-numbness', effect: 'flag', part: SADDLE_AREA, trouble: NUMB_WIDE, within: 8, unless: HARMLESS_NOT_TOTAL, soften: SAT_TOO_LONG_NOT_TOTAL },
  // Tier 1, sexual function: "things don't work in the bedroom", "no morning wood", "couldn't finish with my gf".
  { sign: 'sexual-function', effect: 'flag', part: SEX_PART, trouble: SEX_TROUBLE, within: 6, unless: SEX_LIMITED_BY_PAIN },
  { sign: 'sexual-function', effect: 'flag', part: PARTNER, trouble: CLIMAX_TROUBLE, within: 4, unless: SEX_LIMITED_BY_PAIN },
  { sign: 'sexual-function', effect: 'flag', part: DOWNSTAIRS, trouble: SEX_TROUBLE, within: 6, unless: `${SEX_LIMITED_BY_PAIN}|${HOUSE}` }, // "unresponsive downstairs"
  { sign: 'sexual-function', effect: 'flag', trouble: anyOf(NO_ERECTIONS, NOT_WORKING_IN_BED), within: 0, unless: SEX_LIMITED_BY_PAIN },
  { sign: 'sexual-function', effect: 'flag', part: ED_PILLS, trouble: NEEDS_PILLS, within: 4 }, // "I've needed viagra since my back went"
  { sign: 'sexual-function', effect: 'flag', trouble: CANNOT_KEEP_IT_UP, within: 0, unless: KEPT_UP_OTHERWISE },
  // Tier 1, both legs: "legs like two lumps of wood", "pain in my two legs", "down the left too".
  { sign: 'both-legs', effect: 'flag', part: LEGS, trouble: DEAD_LEGS, within: 8, unless: HARMLESS_CAUSE, soften: `${SAT_TOO_LONG}|${EXERTION}|${LAIN_ON}|${NUMB_WITH_COLD}` },
  { sign: 'both-legs', effect: 'flag', part: TWO_LEGS, trouble: anyOf(PAIN, NUMB_DEFINITE, String.raw`weak\w*`, 'asleep'), within: 8, unless: HARMLESS_CAUSE, soften: `${SAT_TOO_LONG}|${EXERTION}|${NUMB_WITH_COLD}` },
  { sign: 'both-legs', effect: 'flag', part: BOTH_SIDES, trouble: anyOf(PAIN, NUMB_DEFINITE, String.raw`weak\w*`), within: 8, needs: LEG_WORDS },
  { sign: 'both-legs', effect: 'flag', part: OTHER_SIDE, trouble: TOO, within: 2, needs: LEG_CONTEXT },
  { sign: 'both-legs', effect: 'flag', part: NEITHER_LEG, trouble: anyOf(LEGS_WILL_NOT, PAIN, NUMB_DEFINITE, String.raw`weak\w*`), within: 3, unless: HARMLESS_CAUSE, soften: EXERTION },
  // Tier 1, legs giving way, worse weakness, changed walking: "legs crumpled", "walking is all wrong", "stumbled three times".
  { sign: 'legs-giving-way', effect: 'flag', part: LEG_OR_KNEES, trouble: GIVE_WAY, within: 6, soften: EXERTION },
  { sign: 'legs-giving-way', effect: 'flag', trouble: LEGS_GONE, within: 0, soften: `${EXERTION}|${SAT_TOO_LONG}` },
  { sign: 'legs-giving-way', effect: 'flag', part: WALKING, trouble: WALK_CHANGED, within: 6, soften: BECAUSE_OF_PAIN },
  { sign: 'legs-giving-way', effect: 'flag', part: STUMBLE, trouble: REPEATEDLY, within: 5, unless: `${NOT_A_FALL}|${TRIP_OVER_THINGS}`, soften: BECAUSE_OF_PAIN },
  { sign: 'legs-giving-way', effect: 'flag', part: WEAKNESS, trouble: WORSENING, within: 8, soften: NOT_LEG_WEAKNESS },
  { sign: 'legs-giving-way', effect: 'flag', trouble: HELD_UP, within: 0 }, // "had to lean on the counter to stay up"
  { sign: 'legs-giving-way', effect: 'flag', trouble: THEY_GAVE_WAY, within: 0, soften: EXERTION },
  // Tier 1, serious accident or fall: "hit from behind at a roundabout", "went off the top of a stepladder".
  { sign: 'serious-injury', effect: 'flag', part: ROAD, trouble: IMPACT, within: 6, unless: `${ON_SCREEN}|${NEAR_MISS}|${PAIN_STRUCK}` },
  { sign: 'serious-injury', effect: 'flag', part: FALL, trouble: HEIGHT, within: 6, unless: `${NOT_A_FALL}|${ANIMAL_FELL}` },
  { sign: 'serious-injury', effect: 'flag', part: TACKLED, trouble: HARD_IMPACT, within: 5, unless: ON_SCREEN }, // "got tackled hard at rugby"
  // Tier 1, chest pain: "an elephant sitting on my chest", "pain goes through to the front of my chest".
  { sign: 'chest-pain', effect: 'flag', part: CHEST, trouble: CHEST_FEEL, within: 4, unless: NOT_CHEST_PAIN },
  { sign: 'chest-pain', effect: 'flag', part: CHEST, trouble: RADIATES, within: 8, unless: NOT_CHEST_PAIN },
  { sign: 'chest-pain', effect: 'flag', part: HEART, trouble: HEART_SQUEEZED, within: 4, unless: NOT_HEART_PAIN },
  { sign: 'chest-pain', effect: 'flag', trouble: CHEST_TOO, within: 0, unless: NOT_CHEST_PAIN, needs: String.raw`\b${PAIN}` },
  { sign: 'chest-pain', effect: 'flag', trouble: ELEPHANT, within: 0 },
  // Tier 2, fever: "a raging temperature", "thermometer says 101", "boiling hot and freezing cold".
  { sign: 'fever', effect: 'flag', part: TEMPERATURE, trouble: HIGH_READING, within: 4, unless: HOT_THING },
  { sign: 'fever', effect: 'flag', part: FEEL_HOT, trouble: FEEL_COLD, within: 4, unless: `${HEAT_OR_COLD_REMEDY}|${CHOICE}` },
  { sign: 'fever', effect: 'flag', part: BODY, trouble: BODY_HOT, within: 1, unless: `${HOT_THING}|${CHOICE}` },
  // Tier 2, weight loss: "weight's dropping off me", "down 2 dress sizes", "everyone says I've got thin".
  { sign: 'weight-loss', effect: 'flag', part: WEIGHT_WORD, trouble: WEIGHT_FALLING, within: 5, unless: WEIGHT_ON_PURPOSE },
  { sign: 'weight-loss', effect: 'flag', trouble: GOT_THIN, within: 0, unless: WEIGHT_ON_PURPOSE },
  // Tier 2, a lump or a change of shape: "a swelling has come up on my lower back", "my back looks bent to one side".
  { sign: 'lump-or-shape', effect: 'flag', part: LUMP, trouble: BACK_PLACE, within: 10, unless: String.raw`\b(?:dis[ck]\w*|knots?|twitch\w*|flicker\w*|flutter\w*)\b` }, // a twitch under the skin is a muscle, not a lump
  { sign: 'lump-or-shape', effect: 'flag', trouble: A_LUMP, within: 0, unless: LUMP_NOT_BACK, soften: LUMP_SETTLING },
  { sign: 'lump-or-shape', effect: 'flag', part: BACK_SHAPE_PLACE, trouble: CHANGED_SHAPE, within: 6, soften: BECAUSE_OF_PAIN },
  // Tier 2, night or rest pain: "worst in the middle of the night", "resting doesn't touch it".
  { sign: 'night-or-rest-pain', effect: 'flag', part: NIGHT, trouble: WORSE_OR_AWAKE, within: 6, unless: MORNING },
  { sign: 'night-or-rest-pain', effect: 'flag', part: RESTING, trouble: NO_RELIEF, within: 6 },
  { sign: 'night-or-rest-pain', effect: 'flag', trouble: NO_POSITION_HELPS, within: 0 }, // no way of resting eases it
  { sign: 'night-or-rest-pain', effect: 'flag', part: RESTING, trouble: '(?:even |much |a lot )?(?:worse|worst)', within: 6, unless: MOVING_FROM_REST },
  // Tier 2, cough, sneeze, toilet: "every sneeze is like a knife", "unbearable when I go for a poo".
  { sign: 'cough-sneeze-toilet', effect: 'flag', part: COUGH_OR_STRAIN, trouble: STRAIN_PAIN, within: 8, soften: anyOf(ONE_COUGH, COUGH_AS_ILLNESS) },
  // Tier 2, between the shoulder blades: "twixt my shoulderblades", "between her shoulder blades".
  { sign: 'between-shoulder-blades', effect: 'flag', part: BETWEEN, trouble: SHOULDER_BLADES, within: 3 },
  { sign: 'between-shoulder-blades', effect: 'flag', part: UPPER_BACK, trouble: THE_MIDDLE, within: 4 }, // "upper back, right in the middle"
  { sign: 'between-shoulder-blades', effect: 'flag', trouble: BRA_LEVEL, within: 0 }, // "across my back at bra strap level"
  // Tier 2, a weakened immune system: "tablets that lower my immune system", "had my spleen removed".
  { sign: 'immune-steroids-drugs', effect: 'flag', part: IMMUNE, trouble: IMMUNE_DOWN, within: 4 },
  { sign: 'immune-steroids-drugs', effect: 'flag', trouble: NO_SPLEEN, within: 0 },
  // Tier 2 (issue 9), foot drop: "my shoe keeps scuffing", "my ankle won't bend up".
  { sign: 'foot-drop', effect: 'flag', part: FOOT, trouble: FOOT_DROPS, within: 5, unless: FOOT_FOR_OTHER_REASONS },
];

interface Concept {
  readonly sign: SignRecord;
  readonly effect: 'flag' | 'ask';
  readonly part: RegExp | undefined;
  readonly trouble: RegExp;
  readonly within: number;
  readonly unless: RegExp | undefined;
  readonly soften: RegExp | undefined;
  readonly needs: RegExp | undefined;
}

/** A sign the concept layer found in one clause. */
export interface ConceptHit {
  sign: SignRecord;
  effect: 'flag' | 'ask';
  /** A flag turned into a question only because it was asked about or is over ("can spasms cause ...?"). */
  asked: boolean;
}

const once = (s: string | undefined): RegExp | undefined => (s === undefined ? undefined : new RegExp(s));

/** The sign a table row names; `where` says which row, for the start-up error when red-flags.json has no such sign. */
function signNamed(id: string, where: string): SignRecord {
  const sign = SIGN_BY_ID.get(id);
  if (sign === undefined) throw new Error(`src/triage/concepts.ts ${where}: unknown sign "${id}" in red-flags.json`);
  return sign;
}

function compileConcept(source: ConceptSource, index: number): Concept {
  return Object.freeze({
    sign: signNamed(source.sign, `concept #${index}`),
    effect: source.effect,
    part: source.part === undefined ? undefined : compile(source.part),
    trouble: compile(source.trouble),
    within: source.within,
    unless: once(source.unless),
    soften: once(source.soften),
    needs: once(source.needs),
  });
}

/** Every concept, compiled once at module load. */
const CONCEPTS: readonly Concept[] = Object.freeze(SOURCES.map(compileConcept));

type Span = readonly [number, number];

function spans(re: RegExp, clause: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function wordsBetween(clause: string, a: Span, b: Span): number {
  const [from, to] = a[1] <= b[0] ? [a[1], b[0]] : [b[1], a[0]];
  return countWords(clause, from, to);
}

/** The first part and trouble that meet within reach and are not denied; the flag softened when only asked about. */
function matchConcept(concept: Concept, clause: string, context: string): ConceptHit | undefined {
  // The part first: body words are rarer than trouble words ("pain", "worse"), so most concepts stop here.
  const parts = spans(concept.part ?? concept.trouble, clause);
  if (parts.length === 0) return undefined;
  const troubles = concept.part === undefined ? parts : spans(concept.trouble, clause);
  if (troubles.length === 0) return undefined;
  if (concept.unless?.test(context) || (concept.needs !== undefined && !concept.needs.test(clause))) return undefined;
  for (const trouble of troubles) {
    for (const part of parts) {
      if (wordsBetween(clause, part, trouble) > concept.within) continue;
      const start = Math.min(part[0], trouble[0]);
      const end = Math.max(part[1], trouble[1]);
      if (isNegated(clause, start, end, [trouble, part]) || (part[1] <= trouble[0] && saysFine(clause, part[1]))) continue;
      const explained = concept.effect === 'ask' || concept.soften?.test(clause) === true;
      const asked = !explained && isSoftened(clause, start, end);
      return { sign: concept.sign, effect: explained || asked ? 'ask' : 'flag', asked };
    }
  }
  return undefined;
}

/**
 * The signs the concepts find in one clause (normalised as for the phrase rules). `context` is the clause, or the
 * clause with the question it is the topic of, where an `unless` may explain it away.
 */
export function matchConcepts(clause: string, context: string = clause): ConceptHit[] {
  const hits: ConceptHit[] = [];
  for (const concept of CONCEPTS) {
    const hit = matchConcept(concept, clause, context);
    if (hit !== undefined) hits.push(hit);
  }
  return hits;
}

// ── The second net ─────────────────────────────────────────────────────────────────────────────────────────────
// The concepts above need part and trouble within a few words of one clause, so wording nobody tuned on still slips
// through ("the back end has a mind of its own since the spasm started, had a mishap at the shops"). When they find
// nothing, the second net looks wider: a sign's domain word and a word of change anywhere in the same sentence, each
// not denied, not only asked about and not over in its own clause. It only ever asks the sign's yes/no question, so
// a miss costs one question instead of a self-care answer.

/** A domain and its trouble for the second net, with what explains the pair away anywhere in the sentence. */
interface NetSource {
  sign: string;
  part: string;
  trouble: string;
  unless?: string;
}

const NET_SOURCES: readonly NetSource[] = [
  { sign: 'bladder-bowel', part: TOILET_DOMAIN, trouble: CHANGED, unless: TOILET_NOT_ONES_OWN },
  { sign: 'saddle-numbness', part: SADDLE_DOMAIN, trouble: FEELING_CHANGED, unless: anyOf(HARMLESS_NOT_TOTAL, SAT_TOO_LONG_NOT_TOTAL) },
  { sign: 'sexual-function', part: anyOf(SEX_PART, 'finish', 'climax', String.raw`orgasm\w*`, String.raw`man part`), trouble: anyOf(CHANGED, SEX_TROUBLE, 'sleeping', 'no stand up'), unless: SEX_LIMITED_BY_PAIN },
  { sign: 'both-legs', part: anyOf(LEGS, String.raw`both (?:legs|feet|sides)`), trouble: anyOf(FEELING_CHANGED, 'burning', 'electric'), unless: `${HARMLESS_CAUSE}|${SAT_TOO_LONG}` },
  { sign: 'legs-giving-way', part: String.raw`(?:legs?|knees?|walk\w*|stairs)`, trouble: LEG_FAILS, unless: EXERTION },
  { sign: 'chest-pain', part: CHEST_DOMAIN, trouble: anyOf(CHEST_TROUBLE, PAIN), unless: anyOf(NOT_CHEST_PAIN, String.raw`\b(?:cough\w*|cold|infection|asthma)\b`) },
  { sign: 'fever', part: FEVER_DOMAIN, trouble: FEVER_TROUBLE, unless: anyOf(FEVER_EXPLAINED, HOT_THING) },
  { sign: 'weight-loss', part: WEIGHT_DOMAIN, trouble: WEIGHT_TROUBLE, unless: WEIGHT_ON_PURPOSE },
  { sign: 'immune-steroids-drugs', part: IMMUNE_DOMAIN, trouble: BACK_TROUBLE, unless: IMMUNE_EXPLAINED },
  { sign: 'foot-drop', part: anyOf(FOOT, 'heels?'), trouble: FOOT_TROUBLE, unless: FOOT_FOR_OTHER_REASONS },
  { sign: 'lump-or-shape', part: SHAPE_DOMAIN, trouble: SHAPE_TROUBLE, unless: LUMP_NOT_BACK },
  { sign: 'between-shoulder-blades', part: UPPER_DOMAIN, trouble: UPPER_MIDDLE },
];

interface Net {
  readonly sign: SignRecord;
  readonly part: RegExp;
  readonly trouble: RegExp;
  readonly unless: RegExp | undefined;
}

const NET: readonly Net[] = Object.freeze(
  NET_SOURCES.map((source, index) => {
    return Object.freeze({ sign: signNamed(source.sign, `second net #${index}`), part: compile(source.part), trouble: compile(source.trouble), unless: once(source.unless) });
  }),
);

/** A span of `re` in one clause that is said of the writer: not denied, not said to be fine, not asked about or over. */
const saidIn = (re: RegExp, clause: string): boolean =>
  spans(re, clause).some(([start, end]) => !isNegated(clause, start, end, [[start, end]]) && !saysFine(clause, end) && !isSoftened(clause, start, end));

/**
 * The second net over the clauses of one sentence (normalised as for the phrase rules): each sign whose domain word
 * is said in one clause and a word of change in the same or another clause, as a yes/no question.
 */
export function matchSecondNet(clauses: readonly string[]): ConceptHit[] {
  const sentence = clauses.join(' ');
  return NET.filter((net) => !net.unless?.test(sentence) && clauses.some((c) => saidIn(net.part, c)) && clauses.some((c) => saidIn(net.trouble, c))).map(
    (net) => ({ sign: net.sign, effect: 'ask', asked: false }),
  );
}

// ── Mentions ───────────────────────────────────────────────────────────────────────────────────────────────────
// A message that screens clear can still name the part of the body a warning sign is about ("my legs", "peeing",
// "a temperature", "I fell"). Nothing is reported, so nothing is flagged or asked, but the answer carries a line
// saying which sign of that part needs a doctor, so a sign described in words no layer reads still meets its advice.

/** What a message names that a sign is about; `near`, when given, must be said in the same clause (legs that ache). */
interface MentionSource {
  sign: string;
  part: string;
  near?: string;
  /** What explains the mention away anywhere in the sentence ("a chest stretch", "lifting weights"). */
  unless?: string;
}

/** Legs and feet come up in lifting and stretching advice; only legs or feet that feel wrong are a mention (not a cramp). */
const LIMB_FEELS = anyOf(PAIN, WEAKNESS, FEELING_CHANGED, 'stiff', 'tired', 'heavy', String.raw`shak\w*`, 'tight', 'jelly', String.raw`wobbl\w*`, String.raw`drag\w*`, String.raw`slap\w*`, String.raw`catch\w*`);

/** Feeling gone or odd, said outright ("numb", not "number"). */
const NUMB_SAID = String.raw`(?:numb(?!er)\w*|tingl\w*|pins and needles|(?:cannot|can not|could not) feel)`;
/** Numbness somewhere the saddle sign is not about, or from cold or a limb slept on. */
const NUMB_ELSEWHERE = String.raw`\b(?:hands?|fingers?|arms?|face|lips?|tongue|ice|cold|slept on|sleeping on)\b`;

const MENTION_SOURCES: readonly MentionSource[] = [
  { sign: 'bladder-bowel', part: String.raw`(?:bladder|waterworks|pee\w*|wee|weeing|urin\w*|bowels?|poo\w*|incontinen\w*|wet (?:myself|himself|herself|the bed))`, unless: TOILET_NOT_ONES_OWN },
  { sign: 'saddle-numbness', part: NUMB_SAID, unless: anyOf(HARMLESS_NOT_TOTAL, SAT_TOO_LONG_NOT_TOTAL, NUMB_ELSEWHERE) },
  { sign: 'sexual-function', part: String.raw`(?:sex|sexual\w*|intercourse|erect\w*|libido|orgasm\w*|genital\w*|penis|vagina\w*)`, near: anyOf(CHANGED, String.raw`problem\w*|trouble|issues?|difficult\w*`), unless: SEX_LIMITED_BY_PAIN },
  { sign: 'both-legs', part: anyOf(LEGS, String.raw`legs?`, 'sciatica'), near: LIMB_FEELS },
  { sign: 'serious-injury', part: anyOf(FALL, IMPACT), unless: anyOf(NOT_A_FALL, ON_SCREEN, String.raw`\bthrown? (?:my|his|her|their) back\b`) },
  { sign: 'chest-pain', part: CHEST, unless: anyOf(NOT_CHEST_PAIN, String.raw`\b(?:pose|yoga|thighs|knees|legs)\b|\b(?:sleep\w*|lie|lying|lay) on (?:my|the|your) (?:chest|front)\b`) },
  { sign: 'fever', part: anyOf(TEMPERATURE, String.raw`shiver\w*|chills|feverish|burning up|night sweats`), unless: anyOf(FEVER_EXPLAINED, HOT_THING, String.raw`\b(?:normal|all good)\b`) },
  { sign: 'weight-loss', part: String.raw`(?:(?:lost|losing|dropped|dropping|shed) (?:\w+ ){0,3}?(?:weight|kilos?|kgs?|pounds|lbs|stones?)|weight loss)`, unless: WEIGHT_ON_PURPOSE },
  { sign: 'cancer-history', part: String.raw`(?:cancer\w*|tumou?rs?|chemo\w*|radiotherapy|oncolog\w*)` },
  { sign: 'immune-steroids-drugs', part: String.raw`(?:inject(?:s|ing|ed)? (?:drugs|heroin)|iv drugs?|heroin|steroids?|prednisolone|immun\w*|transplant|hiv)`, unless: IMMUNE_EXPLAINED },
  { sign: 'foot-drop', part: String.raw`(?:foot|feet|toes?)`, near: LIMB_FEELS, unless: anyOf(FOOT_FOR_OTHER_REASONS, HOT_THING, String.raw`\b(?:ice|cold|bunions?|standing|stood)\b`) },
  { sign: 'lump-or-shape', part: String.raw`(?:lumps?|swelling|swollen|bumps?)`, unless: anyOf(LUMP_NOT_BACK, String.raw`\b(?:car|bumped|bump into|head)\b`) },
  { sign: 'between-shoulder-blades', part: String.raw`(?:shoulder ?blades?|upper back)`, near: PAIN },
];

interface Mention {
  readonly sign: SignRecord;
  readonly part: RegExp;
  readonly near: RegExp | undefined;
  readonly unless: RegExp | undefined;
}

const MENTIONS: readonly Mention[] = Object.freeze(
  MENTION_SOURCES.map((source, index) => {
    return Object.freeze({ sign: signNamed(source.sign, `mention #${index}`), part: compile(source.part), near: source.near === undefined ? undefined : compile(source.near), unless: once(source.unless) });
  }),
);

const mentionedIn = (m: Mention, clause: string): boolean => saidIn(m.part, clause) && (m.near === undefined || saidIn(m.near, clause));

/** The signs whose part of the body one sentence names (said, not denied, in one clause), for a message screened clear. */
export function matchMentions(clauses: readonly string[]): SignRecord[] {
  const sentence = clauses.join(' ');
  return MENTIONS.filter((m) => !m.unless?.test(sentence) && clauses.some((c) => mentionedIn(m, c))).map((m) => m.sign);
}
