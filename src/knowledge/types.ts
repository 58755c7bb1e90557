// The shapes of the knowledge data (knowledge/*.json) and of a search result. No botbuilder here.

/** One chat-sized answer, written in our own words from the source article. */
export interface Passage {
  /** Stable kebab-case id, e.g. "heat-and-ice". Tests and follow-ups refer to it. */
  id: string;
  /** The section it belongs to (the file it came from), e.g. "remedies". */
  section: string;
  /** Short title, also used as a button label (<= 40 characters). */
  title: string;
  /** The answer shown to the user: <= ~90 words; steps as a short "- " list. */
  answer: string;
  /** Several ways a user might ask for it (at least 4). */
  questions: string[];
  /** Words and short phrases that point at it. */
  keywords: string[];
  /** Ids of passages worth offering next (2-3). */
  followUps: string[];
}

/** Lay words and brand names mapped to the article's terms. */
export interface LexiconEntry {
  /** The article's term(s) the variants stand for, e.g. "ibuprofen nsaid". */
  term: string;
  /** What people actually type, e.g. ["advil", "motrin", "nurofen"]. */
  variants: string[];
  /** True for terms that do not by themselves show a message is about the back ("symptoms", "doctor"). */
  generic?: boolean;
  /**
   * True for everyday words that name a topic but not the back ("at night" -> sleep): they count as a topic named,
   * yet "how do I stop my baby crying at night" is not about the back because of them.
   */
  everyday?: boolean;
}

export interface KnowledgeBase {
  passages: Passage[];
  lexicon: LexiconEntry[];
  /**
   * Words that show a message is about the back ("spasm", "ibuprofen", "mattress"). A question with one of
   * them is read generously; a question without one and with words the knowledge does not know is off-topic.
   */
  domainWords: string[];
  /**
   * Domain words with an everyday sense as well ("ice cream", "tyre pressure", "build muscle", "the lift"): alone, they
   * show a message is about the back only when it has few words the knowledge does not know.
   */
  senseWords: string[];
  /** Questions the article does not answer, and what to say instead. */
  boundaries: Boundary[];
  /** Situations and follow-ups. */
  context: ContextRules;
}

/** A fact the article does give that bears on a question it does not answer, with the passage it comes from. */
export interface BoundaryFact {
  text: string;
  passage: string;
}

/** A kind of question the article does not answer (dose, duration, pregnancy...): knowledge/boundaries.json. */
export interface Boundary {
  /** The topic: dose, duration, activity, pregnancy, breastfeeding, child, older, interactions, alcohol, diagnosis, product. */
  id: string;
  cues: RegExp[];
  /** A message matching one of these is not this topic ("can I pick up my 2 year old" is not about a child's back). */
  unless: RegExp[];
  /** Says plainly what the article does not cover. */
  intro: string;
  /** What the article does say that bears on it, each line cited. */
  says: BoundaryFact[];
  /** Who to ask instead. */
  ask: string;
  /** Who is asking (pregnant, a child...): wins even over a follow-up to the last answer. */
  asker: boolean;
  /**
   * A setting rather than a question (an activity, how long it has lasted): told only in a story sentence beside a
   * question about a passage ("I can't afford time off work. How do I stop it happening again?"), it yields.
   */
  setting: boolean;
}

/** A message that describes a moment ("my back just went") rather than asks: knowledge/context.json. */
export interface Situation {
  id: string;
  passage: string;
  cues: RegExp[];
  /** A need in the message ("what do I do") that makes the situation win over a topic named alongside it. */
  needs: RegExp[];
}

/** What a short follow-up asks about the passage just given ("how long for?" is timing). */
export interface FollowUpAspect {
  id: string;
  cues: RegExp[];
  /** "@same", "@first-follow-up", "boundary:<topic>" or a passage id. */
  default: string;
  /**
   * The cue itself points at the answer just given ("can I do it in bed", "how high"): the rest of the message is a
   * detail of that answer, never a new topic of its own.
   */
  bound: boolean;
  /** "And at my desk?": the rest may name a neighbouring topic (one of the passage's follow-ups), which then answers. */
  switches: boolean;
  /**
   * The cue says little by itself ("and", "which", "what about"): a boundary anywhere in the message wins
   * ("which heat pad should I get" asks for a product), not only one in the rest.
   */
  loose: boolean;
  /** It only moves to a neighbour the rest names ("the desk bit"): naming none, the message is read by the next aspects. */
  passes: boolean;
  /**
   * It asks about what the rest names ("why water?" after fast relief asks why water helps, not what causes spasms): a
   * rest that names a topic of its own surely is answered by that topic's passage, read without the cue's words.
   */
  ofRest: boolean;
}

export interface ContextRules {
  situations: Situation[];
  aspects: FollowUpAspect[];
  /** passage id -> aspect id -> target, overriding the aspect's default. */
  overrides: Map<string, Map<string, string>>;
  /** Chat spellings read as words before cues are tested ("wat" -> "what", "bak" -> "back"). */
  spellings: Map<string, string>;
  /**
   * Another part of the body, or "back" that is no body ("back door"): off-topic, not a passage. `beforeBoundaries`:
   * read before the boundary topics, for messages about something else entirely that name a treatment ("is
   * chiropractic covered by my insurance").
   */
  elsewhere: { cues: RegExp[]; unless: RegExp[]; beforeBoundaries: boolean }[];
}
