// The signs as the user sees them: every red-flags.md sign listed, plain words, yes/no questions, no diagnosis.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RED_FLAG_SIGNS, screenMessage } from '../../../src/triage';
import knowledge from '../../../knowledge/red-flags.json';

const YES_NO = /^(?:Is|Are|Do|Does|Did|Have|Has|Was|Were|Can|Could|Will|Would)\b[^?]*\?$/;
const DIAGNOSIS = /cauda equina|syndrome|you have|you've got|you are suffering|diagnos|fracture|infection|tumou?r|compression|sciatica|slipped disc|herniat|abscess|heart attack|aneurysm|osteomyelitis/i;

describe('RED_FLAG_SIGNS', () => {
  it('lists every tier-1 and tier-2 sign, tier 1 first', () => {
    expect(RED_FLAG_SIGNS.map((s) => s.id)).toEqual([
      'bladder-bowel', 'saddle-numbness', 'sexual-function', 'both-legs', 'legs-giving-way', 'serious-injury', 'chest-pain',
      'fever', 'weight-loss', 'cancer-history', 'lump-or-shape', 'night-or-rest-pain', 'cough-sneeze-toilet',
      'between-shoulder-blades', 'immune-steroids-drugs', 'foot-drop',
    ]);
    const tiers = RED_FLAG_SIGNS.map((s) => s.tier);
    expect([...tiers].sort()).toEqual(tiers);
  });

  it('labels signs in plain words without a diagnosis', () => {
    for (const s of RED_FLAG_SIGNS) {
      expect(s.label, s.id).toMatch(/^[a-z]/);
      expect(s.label, s.id).not.toMatch(DIAGNOSIS);
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(RED_FLAG_SIGNS)).toBe(true);
    expect(Object.isFrozen(RED_FLAG_SIGNS[0])).toBe(true);
  });
});

describe('confirmation questions', () => {
  const questions = [
    ...knowledge.signs.map((s) => [s.id, s.question] as const),
    ...Object.entries(knowledge.clarify).map(([k, c]) => [k, c.question] as const),
  ];

  it.each(questions)('%s is a yes/no question with no diagnosis', (_id, q) => {
    expect(q).toMatch(YES_NO);
    expect(q).not.toMatch(DIAGNOSIS);
  });

  it('cites the red-flags.md line each sign implements', () => {
    for (const s of knowledge.signs) expect(s.source, s.id).toMatch(/^Tier [12]: /);
  });

  it("is what an 'ask' result carries", () => {
    const asked = ['my leg is numb', 'I fell', 'bladder problems', 'I take steroids', 'my mum had cancer'].map(screenMessage);
    const all = new Set(questions.map(([, q]) => q));
    for (const r of asked) {
      expect(r.outcome).toBe('ask');
      if (r.outcome === 'ask') expect(all.has(r.question)).toBe(true);
    }
  });
});

describe('src/triage stays pure', () => {
  it('imports no bot framework, server or I/O module', () => {
    const dir = join(__dirname, '../../../src/triage');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) {
        // signs.ts reads knowledge/red-flags.json at start-up: the only I/O in the triage.
        const reader = file === 'signs.ts' && ['node:fs', 'node:path', '../paths'].includes(spec);
        expect(reader || (spec.startsWith('.') && spec !== '../paths'), `${file} imports ${spec}`).toBe(true);
      }
      expect(source, file).not.toMatch(/\brequire\(/);
    }
  });
});
