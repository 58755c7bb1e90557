// Loads and validates knowledge/boundaries.json and knowledge/context.json: how questions the article does not
// answer, situations and follow-ups are recognised and answered. A bad edit stops start-up naming file, id and field.
import { join } from 'node:path';
import { isRecord, KnowledgeError, readJson, requireString, requireStrings } from './load';
import { Boundary, BoundaryFact, ContextRules, FollowUpAspect, Situation } from './types';

const BOUNDARIES_FILE = 'knowledge/boundaries.json';
const CONTEXT_FILE = 'knowledge/context.json';
const PLACEHOLDER = /\{([a-z]+)\}/g;
/** Boundary answers give no figures of their own: the only numbers allowed are the article's (72 hours). */
const ARTICLE_NUMBERS = new Set(['72']);

/** Compiles cue patterns, expanding {name} from `terms`; a pattern that does not compile names its entry. */
function compileCues(file: string, id: string, field: string, sources: string[], terms: ReadonlyMap<string, string>): RegExp[] {
  return sources.map((source) => {
    const expanded = source.replace(PLACEHOLDER, (_, name: string) => {
      const term = terms.get(name);
      if (term === undefined) throw new KnowledgeError(file, id, field, `uses {${name}}, which "terms" does not define`);
      return term;
    });
    try {
      return new RegExp(expanded);
    } catch (error) {
      throw new KnowledgeError(file, id, field, `has a pattern that is not a valid regular expression (${(error as Error).message})`);
    }
  });
}

function requireList(file: string, id: string | undefined, record: Record<string, unknown>, field: string): unknown[] {
  const value = record[field];
  if (!Array.isArray(value) || value.length === 0) throw new KnowledgeError(file, id, field, 'must be a non-empty list');
  return value;
}

function requirePassage(file: string, id: string, field: string, passage: string, passageIds: ReadonlySet<string>): string {
  if (!passageIds.has(passage)) throw new KnowledgeError(file, id, field, `names "${passage}", which no passage has as id`);
  return passage;
}

function noNewNumbers(file: string, id: string, field: string, text: string): string {
  for (const number of text.match(/\d+/g) ?? []) {
    if (!ARTICLE_NUMBERS.has(number)) throw new KnowledgeError(file, id, field, `gives the number ${number}, which the article does not`);
  }
  return text;
}

export function loadBoundaries(dir: string, passageIds: ReadonlySet<string>): Boundary[] {
  const file = BOUNDARIES_FILE;
  const raw = readJson(join(dir, 'boundaries.json'), file);
  if (!isRecord(raw)) throw new KnowledgeError(file, undefined, undefined, 'must be an object with "terms" and "topics"');
  if (raw.terms === undefined) throw new KnowledgeError(file, undefined, 'terms', 'must be an object of name -> pattern');
  const terms = readTerms(file, raw);
  const seen = new Set<string>();
  return requireList(file, undefined, raw, 'topics').map((entry, index) => {
    if (!isRecord(entry)) throw new KnowledgeError(file, `#${index + 1}`, undefined, 'must be an object');
    const id = requireString(file, `#${index + 1}`, entry, 'id');
    if (seen.has(id)) throw new KnowledgeError(file, id, 'id', 'is used twice');
    if (entry.asker !== undefined && typeof entry.asker !== 'boolean') throw new KnowledgeError(file, id, 'asker', 'must be true or false');
    if (entry.setting !== undefined && typeof entry.setting !== 'boolean') throw new KnowledgeError(file, id, 'setting', 'must be true or false');
    seen.add(id);
    const says = requireList(file, id, entry, 'says').map((fact): BoundaryFact => {
      if (!isRecord(fact)) throw new KnowledgeError(file, id, 'says', 'must hold objects with "text" and "passage"');
      return {
        text: noNewNumbers(file, id, 'says', requireString(file, id, fact, 'text')),
        passage: requirePassage(file, id, 'says', requireString(file, id, fact, 'passage'), passageIds),
      };
    });
    return {
      id,
      cues: compileCues(file, id, 'cues', requireStrings(file, id, entry, 'cues', 1), terms),
      unless: entry.unless === undefined ? [] : compileCues(file, id, 'unless', requireStrings(file, id, entry, 'unless', 1), terms),
      intro: noNewNumbers(file, id, 'intro', requireString(file, id, entry, 'intro')),
      says,
      ask: noNewNumbers(file, id, 'ask', requireString(file, id, entry, 'ask')),
      asker: entry.asker === true,
      setting: entry.setting === true,
    };
  });
}

/**
 * Word classes a file's cues share ("{med}": ibuprofen, naproxen...; "{obj}": it, this, the pain...), its "terms". A term
 * may use the terms listed before it ("{thingage}" uses "{child}"), so one class is written once.
 */
function readTerms(file: string, raw: Record<string, unknown>): Map<string, string> {
  if (raw.terms === undefined) return new Map();
  const terms = raw.terms;
  if (!isRecord(terms)) throw new KnowledgeError(file, undefined, 'terms', 'must be an object of name -> pattern');
  const read = new Map<string, string>();
  for (const name of Object.keys(terms)) {
    const source = requireString(file, undefined, terms, name).replace(PLACEHOLDER, (_, used: string) => {
      const term = read.get(used);
      if (term === undefined) throw new KnowledgeError(file, undefined, `terms.${name}`, `uses {${used}}, which no term before it defines`);
      return term;
    });
    read.set(name, `(?:${source})`);
  }
  return read;
}

/** A follow-up target: "@same", "@first-follow-up", "boundary:<topic>" or a passage id. */
function requireTarget(id: string, field: string, target: unknown, passageIds: ReadonlySet<string>, topics: ReadonlySet<string>): string {
  if (typeof target !== 'string') throw new KnowledgeError(CONTEXT_FILE, id, field, 'must be a string');
  if (target === '@same' || target === '@first-follow-up') return target;
  if (target.startsWith('boundary:')) {
    if (!topics.has(target.slice('boundary:'.length))) throw new KnowledgeError(CONTEXT_FILE, id, field, `names "${target}", which boundaries.json has no topic for`);
    return target;
  }
  return requirePassage(CONTEXT_FILE, id, field, target, passageIds);
}

export function loadContext(dir: string, passageIds: ReadonlySet<string>, topics: ReadonlySet<string>): ContextRules {
  const file = CONTEXT_FILE;
  const raw = readJson(join(dir, 'context.json'), file);
  if (!isRecord(raw)) throw new KnowledgeError(file, undefined, undefined, 'must be an object with "situations" and "followUps"');
  const terms = readTerms(file, raw);
  const situations = requireList(file, undefined, raw, 'situations').map((entry, index): Situation => {
    if (!isRecord(entry)) throw new KnowledgeError(file, `#${index + 1}`, undefined, 'must be an object');
    const id = requireString(file, `situation #${index + 1}`, entry, 'id');
    return {
      id,
      passage: requirePassage(file, id, 'passage', requireString(file, id, entry, 'passage'), passageIds),
      cues: compileCues(file, id, 'cues', requireStrings(file, id, entry, 'cues', 1), terms),
      needs: entry.needs === undefined ? [] : compileCues(file, id, 'needs', requireStrings(file, id, entry, 'needs', 1), terms),
    };
  });
  if (!isRecord(raw.followUps)) throw new KnowledgeError(file, undefined, 'followUps', 'must be an object with "aspects" and "passages"');
  const aspects = requireList(file, undefined, raw.followUps, 'aspects').map((entry, index): FollowUpAspect => {
    if (!isRecord(entry)) throw new KnowledgeError(file, `aspect #${index + 1}`, undefined, 'must be an object');
    const id = requireString(file, `aspect #${index + 1}`, entry, 'id');
    for (const flag of ['bound', 'switches', 'loose', 'passes', 'ofRest']) {
      if (entry[flag] !== undefined && typeof entry[flag] !== 'boolean') throw new KnowledgeError(file, id, flag, 'must be true or false');
    }
    return {
      id,
      cues: compileCues(file, id, 'cues', requireStrings(file, id, entry, 'cues', 1), terms),
      default: requireTarget(id, 'default', entry.default, passageIds, topics),
      bound: entry.bound === true,
      switches: entry.switches === true,
      loose: entry.loose === true,
      passes: entry.passes === true,
      ofRest: entry.ofRest === true,
    };
  });
  const aspectIds = new Set(aspects.map((a) => a.id));
  const overrides = new Map<string, Map<string, string>>();
  const perPassage = raw.followUps.passages;
  if (!isRecord(perPassage)) throw new KnowledgeError(file, undefined, 'followUps.passages', 'must be an object of passage id -> aspect -> target');
  for (const [passage, targets] of Object.entries(perPassage)) {
    requirePassage(file, passage, 'followUps.passages', passage, passageIds);
    if (!isRecord(targets)) throw new KnowledgeError(file, passage, 'followUps.passages', 'must map aspects to targets');
    const map = new Map<string, string>();
    for (const [aspect, target] of Object.entries(targets)) {
      if (!aspectIds.has(aspect)) throw new KnowledgeError(file, passage, aspect, 'is not one of the aspects');
      map.set(aspect, requireTarget(passage, aspect, target, passageIds, topics));
    }
    overrides.set(passage, map);
  }
  const spellings = new Map<string, string>();
  if (raw.spellings !== undefined) {
    if (!isRecord(raw.spellings)) throw new KnowledgeError(file, undefined, 'spellings', 'must be an object of typed word -> word');
    for (const typed of Object.keys(raw.spellings)) spellings.set(typed, requireString(file, undefined, raw.spellings, typed));
  }
  if (!isRecord(raw.elsewhere)) throw new KnowledgeError(file, undefined, 'elsewhere', 'must be an object with "groups"');
  const elsewhere = requireList(file, undefined, raw.elsewhere, 'groups').map((group, index) => {
    if (!isRecord(group)) throw new KnowledgeError(file, `elsewhere #${index + 1}`, undefined, 'must be an object');
    const id = requireString(file, `elsewhere #${index + 1}`, group, 'id');
    if (group.beforeBoundaries !== undefined && typeof group.beforeBoundaries !== 'boolean') {
      throw new KnowledgeError(file, id, 'beforeBoundaries', 'must be true or false');
    }
    return {
      beforeBoundaries: group.beforeBoundaries === true,
      cues: compileCues(file, id, 'cues', requireStrings(file, id, group, 'cues', 1), terms),
      unless: compileCues(file, id, 'unless', requireStrings(file, id, group, 'unless', 1), terms),
    };
  });
  return { situations, aspects, overrides, spellings, elsewhere };
}
