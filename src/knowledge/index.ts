// The knowledge module: load and validate knowledge/, build the search index once, answer questions.
export { KnowledgeError, loadKnowledge } from './load';
export { DEFAULT_SEARCH_SETTINGS, SearchIndex } from './search';
export type { Ranked, SearchOutcome, SearchSettings } from './search';
export type { KnowledgeBase, LexiconEntry, Passage } from './types';
export { tokenize } from './normalize';
export { foldForCues, understand } from './understand';
export type { Reading } from './understand';
export type { Boundary, BoundaryFact } from './types';
