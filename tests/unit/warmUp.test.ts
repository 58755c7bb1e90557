// The start-up warm-up (src/warmUp.ts) only helps if its messages go down the paths real messages take; if the engine
// changes how one is read, this says so.
import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../src/intents';
import { loadKnowledge, SearchIndex, understand } from '../../src/knowledge';
import { KNOWLEDGE_DIR } from '../../src/paths';
import { screenMessage, signsMentioned } from '../../src/triage';
import { WARM_UP_MESSAGES, warmUp } from '../../src/warmUp';

const search = new SearchIndex(loadKnowledge(KNOWLEDGE_DIR));

describe('start-up warm-up', () => {
  it('reads a situation, a boundary, small talk and a search with a safety note, none of them a red flag', () => {
    const [situation, boundary, smallTalk, withNote] = WARM_UP_MESSAGES;
    for (const text of WARM_UP_MESSAGES) expect(screenMessage(text).outcome, text).toBe('clear');
    expect(understand(search, situation).kind).toBe('situation');
    expect(understand(search, boundary).kind).toBe('boundary');
    expect(detectIntent(smallTalk)).toBe('thanks');
    expect(understand(search, withNote).kind).toBe('answer');
    expect(signsMentioned(withNote).map((s) => s.id)).toEqual(['both-legs']);
  });

  it('returns the time it took as whole milliseconds', () => {
    const ms = warmUp(search);
    expect(Number.isInteger(ms)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(0);
  });
});
