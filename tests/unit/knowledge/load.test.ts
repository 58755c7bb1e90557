// Loading and validating knowledge/: the real files load; a bad file is named with its passage and field.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../../src/knowledge';
import { endListsWithBlankLine } from '../../../src/knowledge/load';
import { KNOWLEDGE_DIR } from '../../../src/paths';

const good = { id: 'heat', title: 'Heat', answer: 'Warmth helps.', questions: ['a', 'b', 'c', 'd'], keywords: ['heat'], followUps: [] };

function knowledgeDir(passages: unknown[], lexicon: unknown = { entries: [], domainWords: ['back'] }, raw?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  mkdirSync(join(dir, 'passages'));
  writeFileSync(join(dir, 'passages', 'relief.json'), raw ?? JSON.stringify({ section: 'relief', passages }));
  writeFileSync(join(dir, 'lexicon.json'), JSON.stringify(lexicon));
  return dir;
}

function errorOf(fn: () => unknown): KnowledgeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('loadKnowledge', () => {
  it('loads the real knowledge: every passage chat-sized, with questions, keywords and valid follow-ups', () => {
    const kb = loadKnowledge(KNOWLEDGE_DIR);
    expect(kb.passages.length).toBeGreaterThanOrEqual(25);
    for (const p of kb.passages) {
      expect(p.answer.split(/\s+/).length, p.id).toBeLessThanOrEqual(100);
      expect(p.questions.length, p.id).toBeGreaterThanOrEqual(4);
      expect(p.followUps.length, p.id).toBeGreaterThanOrEqual(1);
    }
    expect(kb.lexicon.find((e) => e.variants.includes('advil'))?.term).toMatch(/ibuprofen/);
  });

  it.each([
    ['a missing field', [{ ...good, answer: undefined }], 'heat', 'answer'],
    ['an id that is not kebab-case', [{ ...good, id: 'Heat Pack' }], 'Heat Pack', 'id'],
    ['too few questions', [{ ...good, questions: ['a'] }], 'heat', 'questions'],
    ['a follow-up to nowhere', [{ ...good, followUps: ['nowhere'] }], 'heat', 'followUps'],
    ['a duplicate id', [good, good], 'heat', 'id'],
    ['an answer that is too long', [{ ...good, answer: 'word '.repeat(120) }], 'heat', 'answer'],
  ])('names the file, passage and field for %s', (_name, passages, id, field) => {
    const error = errorOf(() => loadKnowledge(knowledgeDir(passages)));
    expect(error.file).toBe('knowledge/passages/relief.json');
    expect(error.passageId).toBe(id);
    expect(error.field).toBe(field);
    expect(error.message).toContain('knowledge/passages/relief.json');
  });

  it('names a file that is not JSON', () => {
    expect(errorOf(() => loadKnowledge(knowledgeDir([], undefined, '{ nope'))).message).toMatch(/relief\.json.*not valid JSON/);
  });

  it('names a bad lexicon entry', () => {
    const error = errorOf(() => loadKnowledge(knowledgeDir([good], { entries: [{ term: 'heat', variants: 'hot' }], domainWords: ['back'] })));
    expect(error.file).toBe('knowledge/lexicon.json');
    expect(error.field).toBe('variants');
  });
});

describe('endListsWithBlankLine', () => {
  it('separates a closing sentence from the list above it, and leaves lists alone', () => {
    expect(endListsWithBlankLine('Try this:\n- one\n- two\nThen rest.')).toBe('Try this:\n- one\n- two\n\nThen rest.');
    expect(endListsWithBlankLine('- one\n- two')).toBe('- one\n- two');
  });
});

describe('loadKnowledge: boundaries.json and context.json', () => {
  /** A copy of the real knowledge with one file's JSON changed. */
  function withEdited(file: 'boundaries.json' | 'context.json', edit: (data: Record<string, unknown>) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    edit(data);
    writeFileSync(join(dir, file), JSON.stringify(data));
    return dir;
  }
  const topics = (d: Record<string, unknown>) => d.topics as Record<string, unknown>[];

  it.each([
    ['a number the article does not give', (d: Record<string, unknown>) => (topics(d)[0].ask = 'Take 400 mg.'), 'pregnancy', 'ask'],
    ['a cue that is not a regular expression', (d: Record<string, unknown>) => (topics(d)[0].cues = ['(unclosed']), 'pregnancy', 'cues'],
    ['a fact citing no passage', (d: Record<string, unknown>) => (topics(d)[0].says = [{ text: 'x', passage: 'nowhere' }]), 'pregnancy', 'says'],
    ['an unknown {term}', (d: Record<string, unknown>) => (topics(d)[0].cues = ['{nothing}']), 'pregnancy', 'cues'],
    ['an "unless" that is not a regular expression', (d: Record<string, unknown>) => (topics(d)[0].unless = ['(unclosed']), 'pregnancy', 'unless'],
  ])('names the file, topic and field for %s', (_name, edit, id, field) => {
    const error = errorOf(() => loadKnowledge(withEdited('boundaries.json', edit)));
    expect(error.file).toBe('knowledge/boundaries.json');
    expect([error.passageId, error.field]).toEqual([id, field]);
  });

  it('lets a term use the terms before it, and names a term that uses one defined after it', () => {
    // The real file does this: {thingage} (the age of a mattress or a sofa, not of a child) uses {child} and {elder}.
    expect(() => loadKnowledge(KNOWLEDGE_DIR)).not.toThrow();
    const error = errorOf(() => loadKnowledge(withEdited('boundaries.json', (d) => ((d.terms as Record<string, string>).child = '{thingage}|son'))));
    expect([error.file, error.field]).toEqual(['knowledge/boundaries.json', 'terms.child']);
    expect(error.message).toContain('uses {thingage}, which no term before it defines');
  });

  it('names a follow-up that points at a topic boundaries.json does not have', () => {
    const error = errorOf(() =>
      loadKnowledge(withEdited('context.json', (d) => (((d.followUps as Record<string, unknown>).passages as Record<string, unknown>).nsaids = { timing: 'boundary:nowhere' }))),
    );
    expect([error.file, error.passageId, error.field]).toEqual(['knowledge/context.json', 'nsaids', 'timing']);
  });

  it.each(['bound', 'switches', 'loose'])('names a follow-up aspect whose "%s" is not true or false', (flag) => {
    const error = errorOf(() =>
      loadKnowledge(withEdited('context.json', (d) => (((d.followUps as Record<string, unknown>).aspects as Record<string, unknown>[])[0][flag] = 'yes'))),
    );
    expect([error.file, error.field]).toEqual(['knowledge/context.json', flag]);
  });
});
