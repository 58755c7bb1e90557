// The search engine on the real knowledge: lay words, typos, inflections, off-topic, titles, "did you mean".
import { describe, expect, it } from 'vitest';
import { loadKnowledge, SearchIndex } from '../../../src/knowledge';
import { KNOWLEDGE_DIR } from '../../../src/paths';

const index = new SearchIndex(loadKnowledge(KNOWLEDGE_DIR));
const top = (q: string) => {
  const r = index.search(q);
  return r.kind === 'answer' ? r.passage.id : r.kind === 'did-you-mean' ? `dym:${r.candidates[0].passage.id}` : 'none';
};

describe('SearchIndex.search', () => {
  it.each([
    ['can I take Nurofen', 'nsaids'],
    ['is a heating pad any good', 'heat-and-ice'],
    ['frozen peas on my back?', 'heat-and-ice'],
    ['are relaxers safe', 'muscle-relaxants'],
    ['what kind of bed should I sleep on', 'mattress'],
    ['how should I pick up heavy boxes', 'lifting'],
    ['tramadol', 'avoid-opioids'],
  ])('maps lay words and brand names: "%s" -> %s', (q, id) => expect(top(q)).toBe(id));

  it.each([
    ['is \uff48\uff45\uff41\uff54 or ice better', 'heat-and-ice'],
    ['what m\u0430ttr\u0435ss is best for my back', 'mattress'],
    ['can I take ibu\u00adprofen', 'nsaids'],
  ])('reads fullwidth, look-alike and invisible characters as plain letters: %j -> %s', (q, id) => expect(top(q)).toBe(id));

  it.each([
    ['ibuprofin', 'nsaids'],
    ['matress', 'mattress'],
    ['how do i do the cat cow strech', 'stretch-cat-cow'],
    ['musle relaxants', 'muscle-relaxants'],
  ])('corrects typos: "%s" -> %s', (q, id) => expect(top(q)).toBe(id));

  it.each([
    ['stretching', 'stretching-overview'],
    ['lifting', 'lifting'],
  ])('knows inflected forms: "%s" -> %s', (q, id) => expect(top(q)).toBe(id));

  it.each([['what is the capital of France'], ['how do I treat a migraine'], ['covid symptoms'], ['is my knee sprained'], ['recipe for banana bread'], ['asdfgh'], ['17 times 23']])(
    'calls "%s" off-topic',
    (q) => expect(top(q)).toBe('none'),
  );

  it('finds a passage by its exact title (what a follow-up button sends)', () => {
    for (const p of index.passages) expect(top(p.title), p.title).toBe(p.id);
  });

  it('offers at most three close candidates, best first, when it cannot tell', () => {
    const vague = ['doctor', 'exercise', 'how long does a back spasm usually last', 'can dehydration cause back spasms'];
    const r = vague.map((q) => index.search(q)).find((x) => x.kind === 'did-you-mean');
    expect(r).toBeDefined();
    if (r?.kind === 'did-you-mean') {
      expect(r.candidates.length).toBeGreaterThanOrEqual(2);
      expect(r.candidates.length).toBeLessThanOrEqual(3);
      expect(r.candidates[0].confidence).toBeGreaterThanOrEqual(r.candidates[1].confidence);
    }
  });

  it('gives a confidence between 0 and 1', () => {
    for (const q of ['heat', 'why do my back muscles spasm', 'xyz']) {
      for (const r of index.rank(q)) {
        expect(r.confidence).toBeGreaterThan(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});
