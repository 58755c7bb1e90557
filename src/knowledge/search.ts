// The search index over the passages: answer(query) -> an answer, a "did you mean" choice, or nothing.
import { comparedSides } from './comparison';
import { Normalizer, stem, Term, tokenize } from './normalize';
import { Boundary, ContextRules, KnowledgeBase, Passage } from './types';

/**
 * Every scoring constant of the matcher and of the reading of a message, in one place: `npm run calibrate` sweeps
 * them on the tuning questions (tests/fixtures/questions/tuning.json) and prints the held-out result.
 */
export interface SearchSettings {
  /** Below this confidence the question is treated as outside what the article covers. */
  answerThreshold: number;
  /** The bar for a message with words we do not know and nothing that shows it is about the back. */
  unanchoredThreshold: number;
  /** A runner-up within this distance of the best is close enough to offer a choice. */
  ambiguityMargin: number;
  /** At or above this confidence the best answer is given even when others are close. */
  sureThreshold: number;
  /** How many candidates a "did you mean" offers at most. */
  maxChoices: number;
  /** Candidates closer than this cannot be told apart: offer the choice even when both look confident. */
  tie: number;
  /** Lexical coverage and closeness to one phrasing, mixed: coverage finds the topic, phrasing breaks ties. */
  coverageShare: number;
  /** A bonus for naming a passage's title words ("posture" -> "Good posture"), which breaks near-ties well. */
  titleBonus: number;
  /**
   * An unknown word counts against a match, as a share of the rarest known word's weight: lightly when the
   * message is clearly about the back ("my back went while gardening"), heavily when nothing shows it is.
   */
  unknownShareAnchored: number;
  unknownShareUnanchored: number;
  /**
   * A message that tells its setting and then asks in a clause of its own is off-topic when that clause names more
   * words we do not know than we know, and at least this many ("...my back, how do I convince her").
   */
  elsewhereUnknownAtLeast: number;
  /**
   * The same when the clause also points back ("it", "that"): it needs this many words we do not know, since "will
   * that do any harm" asks about the setting and "how do I export it to a spreadsheet" does not.
   */
  pointingElsewhereUnknownAtLeast: number;
  /** How much a word from a question frame counts beside a topic the message names (1 = as much as the topic). */
  frameShare: number;
  /**
   * A message whose only sign of the back is a word with an everyday sense too ("ice", "pressure", "lift": the lexicon's
   * senseWords) is not anchored when it has at least this many words we do not know ("is the ice rink open on boxing day").
   */
  senseUnknownAtLeast: number;
  /** A corrected word shows the topic only when the correction is this sure ("spasim" -> "spasm" is). */
  anchorMinWeight: number;
  /** How much a word counts in each part of a passage. */
  fieldWeights: { title: number; keywords: number; questions: number; answer: number };
  /** After an answer, a message of at most this many words is read against it first ("how long for?"). */
  followUpMaxWords: number;
  /** ...unless it names another passage at least this surely ("and ibuprofen?"). */
  followUpOwnTopic: number;
  /** "My back went, is heat or ice better?": a situation yields to a topic asked this surely beside it. */
  situationTopicConfidence: number;
  /** "My back just went" needs no question beside it: a situation with at most this many other words gets relief. */
  situationMaxOtherWords: number;
  /**
   * "My back has gone into a spasm, what exactly is that?": a question beside the situation, answered by another
   * passage at least this surely, wins over relief even when the message also asks for help.
   */
  situationQuestionConfidence: number;
  /** Most passages a word may be in and still say which one a message is about ("inches" does, "back" does not). */
  distinctiveInAtMost: number;
  /**
   * A word names a topic when fewer than this share of the passages have it (in any field): "keeps coming back" names
   * recurrence, "with a bad back" names nothing. Used to tell a follow-up or an asking clause that names its own topic.
   */
  topicWordShare: number;
  /**
   * A story with a question in a sentence of its own ("my sister's back went last week... what is a spasm?"): the
   * asking sentences alone decide when they name a passage at least this surely; the story's words only add noise.
   */
  askingSentenceConfidence: number;
  /** A passage names one thing weighed when it has at least this share (by idf) of the words that name the thing. */
  comparisonNamedShare: number;
}

export const DEFAULT_SEARCH_SETTINGS: SearchSettings = {
  answerThreshold: 0.15,
  unanchoredThreshold: 0.45,
  ambiguityMargin: 0,
  sureThreshold: 0.6,
  maxChoices: 3,
  tie: 0.015,
  coverageShare: 0.6,
  titleBonus: 0.1,
  unknownShareAnchored: 0.3,
  unknownShareUnanchored: 2,
  elsewhereUnknownAtLeast: 1,
  pointingElsewhereUnknownAtLeast: 2,
  frameShare: 0.85,
  senseUnknownAtLeast: 2,
  anchorMinWeight: 0.75,
  fieldWeights: { title: 1, keywords: 1, questions: 0.85, answer: 0.3 },
  followUpMaxWords: 7,
  followUpOwnTopic: 0.5,
  situationTopicConfidence: 0.3,
  situationMaxOtherWords: 8,
  situationQuestionConfidence: 0.3,
  distinctiveInAtMost: 3,
  topicWordShare: 0.5,
  askingSentenceConfidence: 0.45,
  comparisonNamedShare: 0.5,
};

/** One of two things weighed in a comparison: the stems that name it and the passage they find first. */
interface WeighedThing {
  stems: { stem: string; idf: number }[];
  best: Passage;
}

export interface Ranked {
  passage: Passage;
  /** 0..1: how well the passage covers what the question asked. */
  confidence: number;
  /** The uncapped score the ranking uses: two passages that both cover the question fully still differ here. */
  score: number;
}

export type SearchOutcome =
  | { kind: 'answer'; passage: Passage; confidence: number }
  | { kind: 'did-you-mean'; candidates: Ranked[] }
  | { kind: 'none'; best?: Ranked };

interface IndexedPassage {
  passage: Passage;
  /** stem -> how strongly the passage is about it (0..1). */
  weights: Map<string, number>;
  /** Each question variant as a set of stems, with its total idf, for phrasing closeness. */
  variants: { stems: Set<string>; mass: number }[];
  titleStems: Set<string>;
}

export class SearchIndex {
  readonly normalizer: Normalizer;
  private readonly entries: IndexedPassage[];
  private readonly idf = new Map<string, number>();
  /** How many passages have each stem, in any field. */
  private readonly documentFrequency = new Map<string, number>();
  private readonly maxIdf: number;
  private readonly domainStems: Set<string>;
  private readonly senseStems: Set<string>;
  private readonly byId: Map<string, Passage>;
  /** A button sends a passage's title: that finds its passage exactly. */
  private readonly byTitle: Map<string, Passage>;
  /**
   * The same weights, inverted (stem -> where it counts), so that ranking a query touches only its own words'
   * postings instead of every passage and every question variant.
   */
  private readonly postings = new Map<string, { passages: { entry: number; weight: number }[]; variants: number[]; titles: number[] }>();
  /** Question variants numbered across all passages: whose they are, and their idf mass. */
  private readonly variantEntry: number[] = [];
  private readonly variantMass: number[] = [];
  /** Questions the article does not answer, tried in order. */
  readonly boundaries: Boundary[];
  readonly context: ContextRules;

  constructor(
    kb: KnowledgeBase,
    readonly settings: SearchSettings = DEFAULT_SEARCH_SETTINGS,
  ) {
    const texts = kb.passages.flatMap((p) => [p.title, p.answer, ...p.questions, ...p.keywords]);
    this.normalizer = new Normalizer(kb.lexicon, texts, kb.context.spellings);
    this.boundaries = kb.boundaries;
    this.context = kb.context;
    const FIELD_WEIGHT = settings.fieldWeights;
    this.byId = new Map(kb.passages.map((p) => [p.id, p]));
    this.byTitle = new Map(kb.passages.map((p) => [tokenize(p.title).join(' '), p]));

    this.entries = kb.passages.map((passage) => {
      const weights = new Map<string, number>();
      const raise = (stems: string[], weight: number) => {
        for (const s of stems) weights.set(s, Math.max(weights.get(s) ?? 0, weight));
      };
      raise(this.normalizer.stems(passage.answer), FIELD_WEIGHT.answer);
      const variantStems = passage.questions.map((q) => new Set(this.normalizer.stems(q)));
      // A word in many of the ways people ask for this passage is more telling than one in a single variant.
      const counts = new Map<string, number>();
      for (const set of variantStems) for (const s of set) counts.set(s, (counts.get(s) ?? 0) + 1);
      for (const [s, n] of counts) {
        raise([s], FIELD_WEIGHT.questions * (0.7 + 0.3 * Math.min(1, n / Math.max(2, variantStems.length / 3))));
      }
      raise(passage.keywords.flatMap((k) => this.normalizer.stems(k)), FIELD_WEIGHT.keywords);
      raise(this.normalizer.stems(passage.title), FIELD_WEIGHT.title);
      const titleStems = new Set(this.normalizer.stems(passage.title));
      return { passage, weights, variants: variantStems.map((stems) => ({ stems, mass: 0 })), titleStems };
    });

    const { documentFrequency } = this;
    for (const entry of this.entries) {
      for (const s of entry.weights.keys()) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
    }
    const n = this.entries.length;
    let maxIdf = 0;
    for (const [s, df] of documentFrequency) {
      const value = Math.log(1 + n / df);
      this.idf.set(s, value);
      maxIdf = Math.max(maxIdf, value);
    }
    this.maxIdf = maxIdf;
    this.domainStems = new Set(kb.domainWords.flatMap((w) => this.normalizer.stems(w)));
    // Each word itself, not through the lexicon: "bridge" alone must not make "lift" or "hip" a word of two senses.
    this.senseStems = new Set(kb.senseWords.flatMap((w) => tokenize(w).map(stem)));
    for (const entry of this.entries) {
      for (const variant of entry.variants) {
        for (const s of variant.stems) variant.mass += this.idf.get(s) ?? 0;
      }
    }
    const posting = (s: string) => {
      let p = this.postings.get(s);
      if (!p) this.postings.set(s, (p = { passages: [], variants: [], titles: [] }));
      return p;
    };
    this.entries.forEach((entry, e) => {
      for (const [s, weight] of entry.weights) posting(s).passages.push({ entry: e, weight });
      for (const s of entry.titleStems) posting(s).titles.push(e);
      for (const variant of entry.variants) {
        const v = this.variantEntry.length;
        this.variantEntry.push(e);
        this.variantMass.push(variant.mass);
        for (const s of variant.stems) posting(s).variants.push(v);
      }
    });
  }

  /** How strongly a passage is about a stem (0 when it never uses it). */
  private weightOf(passage: Passage, stemmed: string): number {
    return this.entries.find((e) => e.passage === passage)?.weights.get(stemmed) ?? 0;
  }

  passage(id: string): Passage | undefined {
    return this.byId.get(id);
  }

  get passages(): Passage[] {
    return this.entries.map((e) => e.passage);
  }

  /**
   * Whether a message shows it is about the back (a domain word or a lay word we know), not only general words.
   * Mid-conversation an everyday word the lexicon knows ("at night") shows it too: the talk is already about the back.
   */
  isAnchored(query: string, midConversation = false): boolean {
    const terms = this.normalizer.terms(query);
    return (midConversation && terms.some((t) => t.everyday)) || this.rankTerms(terms).anchored;
  }

  /**
   * Whether a message names anything a few passages share: not only words in most of them ("back", "spasm"), so
   * "with a bad back" names nothing, while "keeps coming back" names recurrence.
   */
  namesTopic(query: string): boolean {
    return this.normalizer.terms(query).some((t) => this.telling(t));
  }

  private telling(term: Term): boolean {
    const df = this.documentFrequency.get(term.stem);
    return df !== undefined && df < this.settings.topicWordShare * this.entries.length;
  }

  /**
   * How the knowledge reads a message: whether it shows the back, and how many of its words the passages know and do
   * not know ("how do I cite a website" is all words we do not know).
   */
  profile(query: string): { anchored: boolean; known: number; unknown: number } {
    const terms = this.normalizer.terms(query);
    const known = terms.filter((t) => this.idf.has(t.stem)).length;
    return { anchored: this.rankTerms(terms).anchored, known, unknown: terms.length - known };
  }

  /** Every passage that shares a word with the query, best first. */
  rank(query: string): Ranked[] {
    return this.rankTerms(this.normalizer.terms(query)).ranked;
  }

  /** Ranks passages; also says whether the query is clearly about the back and how many words were unknown. */
  private rankTerms(terms: Term[]): { ranked: Ranked[]; anchored: boolean; unknown: number } {
    const none = { ranked: [], anchored: false, unknown: terms.length };
    if (terms.length === 0) return none;
    let queryMass = 0;
    // Unknown words, counting a corrected word as partly unknown (a guessed "ache" for "acne" is not sure).
    let unknown = 0;
    // What shows the back: a domain word or a lay word we know ("surely"), or only a word with an everyday sense too.
    let surely = false;
    let bySense = false;
    const known: { stem: string; idf: number; weight: number }[] = [];
    // A question frame ("what should I do") yields to a topic named beside it ("stretch my back out, what should I
    // do"), but carries a message that names none. A word in most passages ("back", "spasm") names no topic.
    const named = terms.some((t) => !t.frame && this.telling(t));
    for (const term of terms) {
      const share = named && term.frame ? this.settings.frameShare : 1;
      const idf = this.idf.get(term.stem);
      if (idf === undefined) {
        unknown += 1;
        continue;
      }
      queryMass += idf * share;
      unknown += 1 - term.weight;
      known.push({ stem: term.stem, idf, weight: term.weight * share });
      if (term.weight < this.settings.anchorMinWeight) continue;
      if (term.fromLexicon && term.weight === 1) surely = true;
      else if (this.domainStems.has(term.stem)) {
        if (this.senseStems.has(term.stem)) bySense = true;
        else surely = true;
      }
    }
    if (known.length === 0) return none;
    const anchored = surely || (bySense && unknown < this.settings.senseUnknownAtLeast);
    queryMass += unknown * this.maxIdf * (anchored ? this.settings.unknownShareAnchored : this.settings.unknownShareUnanchored);

    // Sums over the query's own postings; the same sums, in the same order, as a scan of every passage and variant.
    const n = this.entries.length;
    const covered = new Float64Array(n);
    const titleHits = new Float64Array(n);
    const shared = new Float64Array(this.variantEntry.length);
    for (const term of known) {
      const p = this.postings.get(term.stem);
      if (!p) continue;
      const w = term.idf * term.weight;
      for (const { entry, weight } of p.passages) covered[entry] += w * weight;
      for (const v of p.variants) shared[v] += w;
      for (const e of p.titles) titleHits[e] += 1;
    }
    const phrasing = new Float64Array(n);
    for (let v = 0; v < shared.length; v += 1) {
      if (shared[v] > 0) phrasing[this.variantEntry[v]] = Math.max(phrasing[this.variantEntry[v]], shared[v] / Math.sqrt(queryMass * this.variantMass[v]));
    }
    const ranked: Ranked[] = [];
    for (let e = 0; e < n; e += 1) {
      if (covered[e] === 0) continue;
      const entry = this.entries[e];
      const coverage = covered[e] / queryMass;
      const titleBonus = entry.titleStems.size > 0 ? (this.settings.titleBonus * titleHits[e]) / entry.titleStems.size : 0;
      const { coverageShare } = this.settings;
      const score = coverageShare * coverage + (1 - coverageShare) * phrasing[e] + titleBonus;
      ranked.push({ passage: entry.passage, confidence: Math.min(1, score), score });
    }
    ranked.sort((a, b) => b.score - a.score);
    return { ranked, anchored, unknown };
  }

  /**
   * One thing weighed in a comparison: the words that name it, the back's own words and lay words we know ("hot water
   * bottle" -> heat; not "give" or "enough"), with their weights, and the passage those words alone find first.
   * Undefined when the side names no such word ("...or make it worse", "...or is it something else": outcomes and
   * doubts are no thing to weigh), or has a word we do not know ("the rub on gel"): then it names a thing the passages
   * do not, and no passage weighs it.
   */
  private weighedThing(side: string): WeighedThing | undefined {
    const terms = this.normalizer.terms(side);
    if (terms.some((t) => !this.idf.has(t.stem))) return undefined;
    const naming = terms.filter((t) => !t.frame && this.telling(t) && (t.fromLexicon || this.domainStems.has(t.stem)));
    const [top] = this.rankTerms(naming).ranked;
    if (!top) return undefined;
    return { stems: naming.map((t) => ({ stem: t.stem, idf: this.idf.get(t.stem) ?? 0 })), best: top.passage };
  }

  /** Whether a passage names a thing weighed: it has at least `comparisonNamedShare` (by idf) of the thing's words. */
  private namesThing(passage: Passage, thing: WeighedThing): boolean {
    const total = thing.stems.reduce((sum, s) => sum + s.idf, 0);
    const named = thing.stems.filter((s) => this.weightOf(passage, s.stem) > 0).reduce((sum, s) => sum + s.idf, 0);
    return named >= this.settings.comparisonNamedShare * total;
  }

  /**
   * "Ibuprofen or heat, which is better", "is child's pose better than cat-cow": two things whose own passages do not
   * name each other are answered the way the article weighs them, by a passage that names both (the fast-relief list
   * names heat and ibuprofen; the stretches overview names all three stretches), not by one thing's passage alone: the
   * article ranks no remedy above another. When one thing's own passage names the other too ("heat or ice", "standing
   * or sitting at work") it already weighs them, and the usual ranking stands; so it does when the thing asked about
   * leads ("is a muscle relaxant stronger than ibuprofen" is about the relaxant). Undefined when no passage names both.
   */
  private comparisonAnswer(query: string, ranked: readonly Ranked[]): Ranked | undefined {
    const sides = comparedSides(query, (word) => this.normalizer.isStopWord(word));
    if (!sides || ranked.length === 0) return undefined;
    const first = this.weighedThing(sides.first);
    const second = this.weighedThing(sides.second);
    if (!first || !second || this.namesThing(first.best, second) || this.namesThing(second.best, first)) return undefined;
    if (sides.firstAsked && ranked[0].passage === first.best) return undefined;
    return ranked.find((r) => this.namesThing(r.passage, first) && this.namesThing(r.passage, second));
  }

  /** The decision a reply is built from: one answer, a short choice, or "not something I cover". */
  search(query: string): SearchOutcome {
    const title = this.byTitle.get(tokenize(query).join(' '));
    if (title) return { kind: 'answer', passage: title, confidence: 1 };
    const { ranked, anchored, unknown } = this.rankTerms(this.normalizer.terms(query));
    const best = ranked[0];
    const { ambiguityMargin, sureThreshold, maxChoices } = this.settings;
    const answerThreshold = !anchored && unknown > 0.1 ? this.settings.unanchoredThreshold : this.settings.answerThreshold;
    if (!best || best.confidence < answerThreshold) return best ? { kind: 'none', best } : { kind: 'none' };
    const weighed = this.comparisonAnswer(query, ranked);
    if (weighed) return { kind: 'answer', passage: weighed.passage, confidence: weighed.confidence };
    const close = ranked.filter((r) => r.confidence >= answerThreshold && best.score - r.score <= ambiguityMargin);
    const tied = close.length > 1 && best.score - close[1].score < this.settings.tie;
    if (close.length > 1 && (best.confidence < sureThreshold || tied)) {
      return { kind: 'did-you-mean', candidates: close.slice(0, maxChoices) };
    }
    return { kind: 'answer', passage: best.passage, confidence: best.confidence };
  }
}
