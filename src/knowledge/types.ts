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
}

export interface KnowledgeBase {
  passages: Passage[];
  lexicon: LexiconEntry[];
  /**
   * Words that show a message is about the back ("spasm", "ibuprofen", "mattress"). A question with one of
   * them is read generously; a question without one and with words the knowledge does not know is off-topic.
   */
  domainWords: string[];
}
