// Turns free text into weighted search terms: lexicon, tokens, stop words, spelling correction, stems.
import Fuse from 'fuse.js';
import { LexiconEntry } from './types';
// Import natural's parts, not the package: the whole package loads ~1,300 modules and reads ./.env.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { words as STOP_WORDS } from 'natural/lib/natural/util/stopwords';

/** A search term: the stem, and how sure we are that the user meant it (1 = typed as is). */
export interface Term {
  stem: string;
  weight: number;
}

/**
 * Words that carry no topic in a chat message. natural's list covers grammar words; people in pain
 * also write filler ("please", "really", "hi") that must not count as an unknown topic word.
 */
const CHAT_FILLER = [
  'please', 'thanks', 'thank', 'hi', 'hello', 'hey', 'really', 'just', 'bit', 'lot', 'lots', 'any', 'anything',
  'something', 'thing', 'things', 'know', 'tell', 'want', 'need', 'okay', 'ok', 'yes', 'no', 'not', 'dont', 'cant',
  'im', 'ive', 'id', 'ill', 'its', 'can', 'will', 'shall', 'may', 'also', 'even', 'quite', 'pretty', 'kind', 'sort',
  'anyone', 'someone', 'does', 'say', 'says', 'good', 'best', 'better', 'idea', 'ideas', 'tips', 'tip', 'advice',
  'question', 'questions', 'info', 'information', 'explain', 'mean', 'means', 'actually', 'totally', 'right', 'now',
  'today', 'currently', 'still', 'keep', 'keeps', 'going', 'go', 'u', 'ur', 'pls', 'plz', 'help', 'sure', 'think',
  'wondering', 'wonder', 'guess', 'maybe', 'perhaps', 'supposed', 'ought', 'whats', 'hows', 'lol', 'um', 'uh',
];

const STOP = new Set([...STOP_WORDS, ...CHAT_FILLER]);
/** Words too short to correct safely: a 3-letter typo is as likely another word as ours. */
const MIN_CORRECTABLE = 4;
/** Fuse's Bitap threshold for a typo: about one slip in a short word, two in a long one. */
const TYPO_THRESHOLD = 0.34;
/** A bound on remembered corrections, so odd input cannot grow memory. */
const CORRECTION_CACHE_MAX = 5_000;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lowercase, unify apostrophes, and split contractions so "can't" and "cant" read alike. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

export function stem(word: string): string {
  return PorterStemmer.stem(word);
}

export class Normalizer {
  private readonly lexiconPattern: RegExp | undefined;
  private readonly lexiconMap = new Map<string, string>();
  private readonly vocabulary: Set<string>;
  /** One small Fuse index per first letter: typos rarely change the first letter, and it keeps each lookup cheap. */
  private readonly fuzzyByInitial = new Map<string, Fuse<string>>();
  private readonly corrections = new Map<string, { word: string; confidence: number } | null>();

  /**
   * @param lexicon lay words and brand names to replace with the article's terms
   * @param vocabularyText every text the knowledge holds; its words are what spelling correction aims at
   */
  constructor(lexicon: LexiconEntry[], vocabularyText: string[]) {
    const variants: string[] = [];
    for (const entry of lexicon) {
      for (const variant of entry.variants) {
        const key = tokenize(variant).join(' ');
        if (key) {
          this.lexiconMap.set(key, entry.term);
          variants.push(key);
        }
      }
    }
    variants.sort((a, b) => b.length - a.length);
    if (variants.length > 0) {
      this.lexiconPattern = new RegExp(`\\b(?:${variants.map((v) => escapeRegExp(v).replace(/ /g, ' +')).join('|')})\\b`, 'g');
    }

    this.vocabulary = new Set<string>();
    for (const text of [...vocabularyText, ...lexicon.map((e) => e.term)]) {
      for (const token of tokenize(text)) if (!STOP.has(token) && !/^\d+$/.test(token)) this.vocabulary.add(token);
    }
    const byInitial = new Map<string, string[]>();
    for (const word of this.vocabulary) {
      if (word.length < MIN_CORRECTABLE - 1) continue;
      const list = byInitial.get(word[0]) ?? [];
      list.push(word);
      byInitial.set(word[0], list);
    }
    for (const [initial, words] of byInitial) {
      this.fuzzyByInitial.set(initial, new Fuse(words, { includeScore: true, threshold: TYPO_THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 }));
    }
  }

  /** Replaces lay words and brand names with the article's terms ("advil" -> "ibuprofen nsaid"). */
  applyLexicon(tokens: string[]): string[] {
    const joined = tokens.join(' ');
    if (!this.lexiconPattern) return tokens;
    const replaced = joined.replace(this.lexiconPattern, (match) => this.lexiconMap.get(match.replace(/ +/g, ' ')) ?? match);
    return replaced === joined ? tokens : replaced.split(' ');
  }

  /** True when the word means nothing topical (grammar words, chat filler). */
  isStopWord(word: string): boolean {
    return STOP.has(word);
  }

  /** The knowledge's word closest to a word we do not know, if one is close enough. */
  correct(word: string): { word: string; confidence: number } | null {
    if (this.vocabulary.has(word)) return { word, confidence: 1 };
    if (word.length < MIN_CORRECTABLE || /\d/.test(word)) return null;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    const fuse = this.fuzzyByInitial.get(word[0]);
    let found: { word: string; confidence: number } | null = null;
    if (fuse) {
      for (const hit of fuse.search(word, { limit: 3 })) {
        const score = hit.score ?? 1;
        // Fuse finds a pattern inside a longer word too ("back" in "backpack"): require similar length.
        if (Math.abs(hit.item.length - word.length) > 2) continue;
        found = { word: hit.item, confidence: Math.max(0, 1 - score) };
        break;
      }
    }
    if (this.corrections.size >= CORRECTION_CACHE_MAX) this.corrections.clear();
    this.corrections.set(word, found);
    return found;
  }

  /**
   * The query's search terms. Words we do not know and cannot correct stay as terms of weight 1 with an
   * "?" prefix, so that the scorer can count them against the match (they are what makes a question off-topic).
   */
  terms(text: string): Term[] {
    const tokens = this.applyLexicon(tokenize(text));
    const seen = new Map<string, Term>();
    for (const token of tokens) {
      if (STOP.has(token) || /^\d+$/.test(token)) continue;
      const corrected = this.correct(token);
      const term: Term = corrected
        ? { stem: stem(corrected.word), weight: corrected.confidence }
        : { stem: `?${token}`, weight: 1 };
      const previous = seen.get(term.stem);
      if (!previous || previous.weight < term.weight) seen.set(term.stem, term);
    }
    return [...seen.values()];
  }

  /** Stems of a knowledge text (no correction: the knowledge is spelled right). */
  stems(text: string): string[] {
    const out: string[] = [];
    for (const token of this.applyLexicon(tokenize(text))) {
      if (!STOP.has(token) && !/^\d+$/.test(token)) out.push(stem(token));
    }
    return out;
  }
}
