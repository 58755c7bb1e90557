// Two things weighed against each other ("X or Y", "X vs Y", "is X better than Y", "should I X or Y"), cmp-fresh: how
// the two sides are found, and which passage answers. The wordings are new ones, not the tuning messages.
import { describe, expect, it } from 'vitest';
import { loadKnowledge, SearchIndex, understand } from '../../../src/knowledge';
import { comparedSides } from '../../../src/knowledge/comparison';
import { KNOWLEDGE_DIR } from '../../../src/paths';

const index = new SearchIndex(loadKnowledge(KNOWLEDGE_DIR));
const grammar = (word: string) => index.normalizer.isStopWord(word);
const reading = (q: string) => {
  const r = understand(index, q);
  return r.kind === 'answer' ? r.passage.id : r.kind;
};

describe('the two sides of a comparison', () => {
  it.each([
    ['a heat pack vs nurofen tonight', 'a heat pack', 'nurofen tonight', false],
    ['hot towel or the freezer bag, which one', 'hot towel', 'the freezer bag', false],
    ['would a glute bridge be gentler than the kneeling stretch for me', 'a glute bridge be', 'the kneeling stretch', true],
    ['should i take painkillers or should i do the bridges', 'take painkillers', 'the bridges', false],
    ['pillows under my knees instead of tablets', 'pillows under my knees', 'tablets', true],
  ])('"%s" weighs "%s" against "%s"', (q, first, second, firstAsked) => expect(comparedSides(q, grammar)).toEqual({ first, second, firstAsked }));

  it.each([
    ['heat then ice, then rest'],
    ['ring the gp or carry on with the tablets'],
    ['my back, my legs'],
    ['or'],
  ])('"%s" weighs nothing', (q) => expect(comparedSides(q, grammar)).toBeUndefined());

  it('never weighs across a comma: each thing is in the same clause as the word that joins them', () => {
    expect(comparedSides('took nurofen, or tried to', grammar)).toBeUndefined();
  });
});

describe('which passage answers a comparison', () => {
  it.each([
    // Each thing has its own passage, and neither names the other: the passage that names both answers.
    ['bridges or the cat cow one, where do i start', 'stretching-overview'],
    ["child's pose vs bridges, which first", 'stretching-overview'],
    ['rubbing it vs ibuprofen for getting rid of it quick', 'quick-relief'],
    // "Than" after the second thing's passage led: the thing asked about did not, so the passage naming both answers.
    ['does cat cow work better than the hip lifts', 'stretching-overview'],
  ])('"%s" -> %s, which names both', (q, id) => expect(reading(q)).toBe(id));

  it.each([
    // One thing's own passage already names the other: it weighs them.
    ['frozen veg or a warm flannel on it', 'heat-and-ice'],
    ['should i walk about or do the stretches', 'movement-and-walking'],
    // The thing asked about leads: "is X kinder than Y" is about X.
    ['are muscle relaxants more use than ibuprofen when it locks up', 'muscle-relaxants'],
    ['is a glute bridge kinder than cat cow on a sore back', 'stretch-glute-bridge'],
  ])('"%s" -> %s, as the usual ranking reads it', (q, id) => expect(reading(q)).toBe(id));
});
