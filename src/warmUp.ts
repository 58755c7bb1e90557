// Reads a few made-up messages once at start-up, before the server listens. The larger patterns (red-flag rules,
// boundaries, situations, the search's lexicon) are compiled on first use, which made the first real message after a
// start wait about a second; after the warm-up it takes milliseconds. Nothing is stored and nothing is logged.
import { performance } from 'node:perf_hooks';
import { detectIntent } from './intents';
import { SearchIndex, understand } from './knowledge';
import { screenMessage, signsMentioned } from './triage';

/** Made up, one for each way a message is read: a situation, a boundary, small talk, a search with a safety note. */
export const WARM_UP_MESSAGES = ['my back just went, what do I do?', 'how much ibuprofen can I take while pregnant', 'thanks', 'would a heat pad help, my legs get tired and stiff after work'] as const;

/** Reads every warm-up message as a turn would; returns how long it took, in whole ms. */
export function warmUp(search: SearchIndex): number {
  const started = performance.now();
  for (const text of WARM_UP_MESSAGES) {
    screenMessage(text);
    detectIntent(text);
    understand(search, text);
    signsMentioned(text);
  }
  return Math.round(performance.now() - started);
}
