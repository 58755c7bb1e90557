// The two things a message weighs against each other: "heat or ice", "X vs Y", "is X better than Y", "should I X or Y".
import { carriesOn, clauses, tokenize } from './normalize';

/** Words that join the two things weighed: "heat or ice", "advil vs icing", "wheat bag v ice pack". */
const JOINING = new Set(['or', 'vs', 'v', 'versus']);
/** Phrases that join them with the second thing after: "instead of", "compared to", "rather than". */
const JOINING_PHRASES: readonly (readonly string[])[] = [['instead', 'of'], ['compared', 'to'], ['compared', 'with'], ['rather', 'than']];
/** "Than" (or its common slip "then") after a comparative: "better than", "quicker then", "more ... than". */
const THAN = new Set(['than', 'then']);
/** Comparatives that set up a "than": the word itself says nothing about either thing, so it is left out of both. */
const COMPARATIVE = /^(?:better|worse|more|less|safer|quicker|faster|stronger|easier|kinder|gentler|nicer)$/;
/**
 * How many words that carry meaning each side may have, grammar words between them not counted: enough for "hot water
 * bottle", "press on the sore bit", not so many that the rest of the sentence ("...which is better for a spasm")
 * becomes part of a side.
 */
const SIDE_MAX_WORDS = 3;
/**
 * Words that start a clause or phrase of their own, which ends a side: "ibuprofen | whats quicker", "heat | for a
 * spasm", "stretching first thing | in the morning", "should I | press on the sore bit".
 */
const SIDE_ENDS = new Set([
  'what', 'whats', 'which', 'how', 'who', 'why', 'when', 'if', 'is', 'are', 'was', 'do', 'does', 'did', 'would', 'will',
  'should', 'shall', 'can', 'could', 'i', 'for', 'in', 'at', 'during', 'while', 'to',
]);
/** How far back a comparative may stand before its "than": "more of a help than". */
const COMPARATIVE_REACH = 4;

export interface Sides {
  first: string;
  second: string;
  /**
   * The first thing is what is asked about and the second its yardstick: "is a muscle relaxant stronger than ibuprofen",
   * "heat instead of pills". With "or" and "vs" neither is.
   */
  firstAsked: boolean;
}

/** Where a joining word or phrase starts in the tokens, and how many tokens it has. */
function joinAt(tokens: readonly string[]): { at: number; length: number; comparative: boolean; firstAsked: boolean } | undefined {
  for (let i = 1; i < tokens.length - 1; i += 1) {
    if (JOINING.has(tokens[i])) return { at: i, length: 1, comparative: false, firstAsked: false };
    const phrase = JOINING_PHRASES.find((p) => p.every((word, k) => tokens[i + k] === word));
    if (phrase) return { at: i, length: phrase.length, comparative: false, firstAsked: true };
    if (THAN.has(tokens[i]) && tokens.slice(Math.max(0, i - COMPARATIVE_REACH), i).some((t) => COMPARATIVE.test(t))) {
      return { at: i, length: 1, comparative: true, firstAsked: true };
    }
  }
  return undefined;
}

/**
 * The first tokens, up to `SIDE_MAX_WORDS` that carry meaning and the grammar words among them, up to a word that starts
 * a phrase of its own.
 */
function side(tokens: readonly string[], isGrammar: (word: string) => boolean): string[] {
  const out: string[] = [];
  let meaningful = 0;
  for (const token of tokens) {
    if (SIDE_ENDS.has(token)) break;
    if (!isGrammar(token)) meaningful += 1;
    if (meaningful > SIDE_MAX_WORDS) break;
    out.push(token);
  }
  return out;
}

/**
 * The two things a message weighs, each as the few words next to the word that joins them, or undefined when it weighs
 * nothing. Only the first clause that weighs two things counts: a comparison never runs across a comma or a full stop. "Then" as a time word ("heat then ice") joins nothing:
 * only after a comparative is it a slip for "than". `isGrammar` tells the words that carry no meaning.
 */
export function comparedSides(text: string, isGrammar: (word: string) => boolean): Sides | undefined {
  for (const clause of clauses(text)) {
    const tokens = tokenize(clause);
    const join = joinAt(tokens);
    // "Ask for relaxants or stick with ibuprofen" weighs nothing: the asker already has the second thing.
    if (!join || carriesOn(tokens.slice(join.at + join.length))) continue;
    // "Is heat better than ice": the comparative belongs to neither thing.
    const before = tokens.slice(0, join.at).filter((t) => !(join.comparative && COMPARATIVE.test(t)));
    const first = side([...before].reverse(), isGrammar).reverse();
    // "...or is advil enough", "...or should I put heat on it": the second thing comes after the words that ask again.
    const after = tokens.slice(join.at + join.length);
    const opening = after.findIndex((t) => !SIDE_ENDS.has(t));
    const second = opening < 0 ? [] : side(after.slice(opening), isGrammar);
    if (first.some((t) => !isGrammar(t)) && second.some((t) => !isGrammar(t))) return { first: first.join(' '), second: second.join(' '), firstAsked: join.firstAsked };
  }
  return undefined;
}
