// How a question's frame is read (ans-fresh6): articles and punctuation in lexicon phrases, "when" as a joining word,
// "what kind of X", and the word classes that tell the about, doctor, long-term and medication passages apart. The
// wordings are new ones, not the tuning messages the rules were learned from.
import { describe, expect, it } from 'vitest';
import { loadKnowledge, SearchIndex, understand } from '../../../src/knowledge';
import { KNOWLEDGE_DIR } from '../../../src/paths';

const index = new SearchIndex(loadKnowledge(KNOWLEDGE_DIR));
const stems = (q: string) => index.normalizer.terms(q).map((t) => t.stem);
const reading = (q: string, after?: string) => {
  const r = understand(index, q, after);
  return r.kind === 'answer' ? r.passage.id : r.kind === 'boundary' ? `boundary:${r.boundary.id}` : r.kind;
};

describe('lexicon phrases', () => {
  it('are found with the articles left out, as people writing fast or in a second language leave them out', () => {
    expect(stems('should i see doctor about it')).toEqual(stems('should i see the doctor about it'));
  });

  it('never run across a comma: "doctor or not, spasm still sore" says nothing of "not a spasm"', () => {
    expect(stems('doctor or not, spasm still sore')).not.toContain('underli');
    expect(stems('what if this is not a spasm at all')).toContain('underli');
  });
});

describe('question words inside a clause', () => {
  it('drops a "when" that only joins what happens, and keeps one that asks about timing', () => {
    expect(stems('what goes on in my back when it cramps')).not.toContain('when');
    expect(stems('when do i need a gp for this')).toContain('when');
    expect(stems('i dont know when i should get help')).toContain('when');
  });

  it('reads "what sort of X" as asking about X, and "which type of spasm" as asking about kinds of spasm', () => {
    expect(stems('what sort of things will the gp check')).not.toContain('kind');
    expect(stems('which type of spasm do i have')).toContain('kind');
  });
});

describe('frames that tell these passages apart', () => {
  it.each([
    ['what does it mean when your lower back muscles lock', 'what-is-a-spasm'],
    ['tight lower back after hoovering, does that sound like a spasm', 'symptoms'],
    ['whats the root cause of spasms in the lumbar area', 'causes-and-risks'],
    ['should i ring the surgery, my back spasm hasnt eased in a week', 'when-to-see-doctor'],
    ['how long should i leave my back spasm before seeing someone', 'when-to-see-doctor'],
    ['what sort of things will the gp check on my back', 'what-doctor-does'],
    ['my meds do little now, what is the long game', 'long-term-treatment'],
    ['is there a disease behind spasms like mine', 'underlying-condition'],
    ['anything I can take for my back without seeing a doctor', 'nsaids'],
    ['gp wont prescribe anything stronger for my back, why', 'avoid-opioids'],
    // A medicine for the spasm itself, not the pain, is a muscle relaxant; stopping a spasm with no medicine is relief.
    ['any pill to stop the spasm itself, not only the ache', 'muscle-relaxants'],
    ['can my gp give me something to stop the muscle going into spasm', 'muscle-relaxants'],
    ['how do i stop the spasm', 'quick-relief'],
  ])('"%s" -> %s', (q, id) => expect(reading(q)).toBe(id));

  it('does not read "how many days before I should get it checked" as asking how long a spasm lasts', () => {
    expect(reading('how many days before i should get my back checked')).toBe('when-to-see-doctor');
  });
});

describe('short follow-ups', () => {
  it.each([
    ['symptoms', 'so what causes them', 'causes-and-risks'],
    ['underlying-condition', 'what causes them', 'underlying-condition'],
    ['muscle-relaxants', 'are they on script only', 'muscle-relaxants'],
    ['recurrence', 'how can i prevent that', 'prevention'],
    ['when-to-see-doctor', 'what will happen once i go', 'what-doctor-does'],
    ['avoid-opioids', 'whats gentler to take', 'nsaids'],
  ])('after %s, "%s" -> %s', (after, q, id) => expect(reading(q, after)).toBe(id));
});
