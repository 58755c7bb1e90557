// How the shape of a question is read (ans-fresh9): a claim checked ("is it true...", "who's right"), a negated
// question ("what shouldn't I do"), recurrence in lay words, a relative who gives advice rather than has the spasm, a
// why-question about a remedy that helps and "should I X or carry on with Y". The wordings are new ones, not the
// tuning messages the rules were learned from.
import { describe, expect, it } from 'vitest';
import { loadKnowledge, SearchIndex, understand } from '../../../src/knowledge';
import { KNOWLEDGE_DIR } from '../../../src/paths';

const index = new SearchIndex(loadKnowledge(KNOWLEDGE_DIR));
const stems = (q: string) => index.normalizer.terms(q).map((t) => t.stem);
const reading = (q: string) => {
  const r = understand(index, q);
  return r.kind === 'answer' ? r.passage.id : r.kind === 'boundary' ? `boundary:${r.boundary.id}` : r.kind;
};

describe('a claim being checked', () => {
  it.each([
    ['is that true that you should wrap a heat pack before using it', 'heat-ice-safety'],
    ['my neighbour reckons warm baths help, my sister says cold. who should i believe', 'heat-and-ice'],
    ['is it a myth that a saggy bed is bad for your back', 'mattress'],
  ])('is read by the claim, the checking words name nothing: "%s" -> %s', (q, id) => expect(reading(q)).toBe(id));

  it('drops only the checking words', () => {
    expect(stems('is it true heat helps')).toEqual(stems('heat helps'));
    expect(stems('who is right about ice, my sister or my mum')).toContain('ic');
  });
});

describe('a negated question', () => {
  it.each([
    ['any donts with the childs pose?', 'stretch-childs-pose'],
    ['what not to do with a heat pad', 'heat-ice-safety'],
  ])('asks what is safe about the thing it names: "%s" -> %s', (q, id) => expect(reading(q)).toBe(id));
});

describe('recurrence in lay words', () => {
  it.each([
    ['are there more to come after this first spasm'],
    ['will this spasm thing keep going out on me forever'],
  ])('"%s" -> recurrence', (q) => expect(reading(q)).toBe('recurrence'));
});

describe('an older relative', () => {
  it('who gives advice is no older-person boundary; one who has the spasms is', () => {
    expect(reading('my dad is always telling me to lift with my legs, does it matter')).toBe('lifting');
    expect(reading('my dad is 82 and has back spasms')).toBe('boundary:older');
    expect(reading('my elderly mum is getting back spasms, what can she do')).toBe('boundary:older');
  });
});

describe('a why-question about a remedy that helps', () => {
  it.each([
    ['why is ibuprofen supposed to help my back', 'nsaids'],
    ['how come nurofen helps a muscle?', 'nsaids'],
  ])('asks how the remedy works, not what causes spasms: "%s" -> %s', (q, id) => expect(reading(q)).toBe(id));

  it('keeps the "why" when nothing helps, or when "work out" means "find out"', () => {
    expect(stems('why do my spasms keep coming')).toContain('why');
    expect(stems('i cant work out why i get spasms')).toContain('why');
  });
});

describe('what the doctor will ask', () => {
  it('is what a doctor does, not when to see one: "my first gp visit about my back, what will they ask me then"', () => {
    expect(reading('my first gp visit about my back, what will they ask me then')).toBe('what-doctor-does');
  });
});

describe('"should I ... or carry on with what I do"', () => {
  it.each([
    ['should i ring the doctor or carry on with the ice packs', 'when-to-see-doctor'],
    ['worth asking for a muscle relaxer or should i stick with nurofen', 'muscle-relaxants'],
    ['do i see a gp or keep waiting it out', 'when-to-see-doctor'],
  ])('asks about the new step, not what is already done: "%s" -> %s', (q, id) => expect(reading(q)).toBe(id));

  it('keeps an alternative that is no carrying on', () => {
    expect(stems('heat or ice')).toContain('ic');
  });
});

describe('the lifting advice in lay words', () => {
  it.each([
    ['my uncle reckons you should use your legs, my boss says just bend over, who should i believe'],
    ['is it true you should let your legs take the weight'],
  ])('"%s" -> lifting', (q) => expect(reading(q)).toBe('lifting'));
});

describe('a thing set aside ("besides X", "apart from X", "other than X")', () => {
  it.each([
    ['anything that eases a spasm apart from paracetamol type tablets', 'quick-relief'],
    ['aside from a heat pack, are there remedies at home for a spasm', 'quick-relief'],
  ])('is what the asker already has, not what is asked: "%s" -> %s', (q, id) => expect(reading(q)).toBe(id));

  it('drops the thing set aside with its words, and keeps the question after it', () => {
    expect(stems('other than nurofen what helps')).toEqual(stems('what helps'));
  });

  it('keeps a case ("apart from when I sit") and an alternative ("something other than a spasm")', () => {
    expect(stems('fine apart from when i sit')).toContain('sit');
    expect(stems('could it be something other than a spasm')).toContain('spasm');
  });
});

describe('keeping spasms from starting, and a finger or thumb as the tool', () => {
  it.each([
    ['any way to head off a back spasm before it begins', 'prevention'],
    ['is it alright to dig my knuckles into the tight spot', 'pressure-and-massage'],
  ])('"%s" -> %s', (q, id) => expect(reading(q)).toBe(id));

  it('reads "precisely" as a hedge, not a word we do not know', () => {
    expect(stems('what precisely is a spasm')).toEqual(stems('what is a spasm'));
  });

  it('keeps a hurting finger or thumb off-topic', () => {
    expect(reading('i dig my thumb into things and now it hurts')).toBe('none');
  });
});
