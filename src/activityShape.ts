// What an incoming activity must look like before botbuilder sees it: the fields the bot reads, with their JSON types.
// botbuilder trusts these types; a number for `text` or an object for `entities` would throw inside the turn.
import { isRecord } from './http';

type Shape = 'string' | 'boolean' | 'object' | 'objects' | 'accounts' | 'entities';

const CHECKS: Record<Shape, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  object: isRecord,
  objects: (v) => Array.isArray(v) && v.every(isRecord),
  accounts: (v) => Array.isArray(v) && v.every((m) => isRecord(m) && typeof m.id === 'string'),
  entities: (v) => Array.isArray(v) && v.every((e) => isRecord(e) && typeof e.type === 'string'),
};

const WHAT: Record<Shape, string> = {
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  objects: 'a list of objects',
  accounts: 'a list of objects with an "id"',
  entities: 'a list of objects with a "type"',
};

/** Optional fields and their shapes; `a.b` is field b of object a. */
const OPTIONAL: [string, Shape][] = [
  ...['id', 'text', 'textFormat', 'locale', 'name', 'deliveryMode', 'replyToId', 'timestamp', 'localTimestamp', 'action', 'inputHint', 'topicName', 'valueType', 'speak', 'summary']
    .map((f): [string, Shape] => [f, 'string']),
  ['channelData', 'object'],
  ['suggestedActions', 'object'],
  ['attachments', 'objects'],
  ['entities', 'entities'],
  ['membersAdded', 'accounts'],
  ['membersRemoved', 'accounts'],
  ['reactionsAdded', 'objects'],
  ['reactionsRemoved', 'objects'],
  ['conversation.conversationType', 'string'],
  ['conversation.tenantId', 'string'],
  ['conversation.name', 'string'],
  ['conversation.isGroup', 'boolean'],
  ['from.name', 'string'],
  ['from.role', 'string'],
  ['from.aadObjectId', 'string'],
  ['recipient.name', 'string'],
  ['recipient.role', 'string'],
];

/** Every channel sends these; without them a turn cannot be keyed, limited or answered. */
const REQUIRED = ['channelId', 'serviceUrl', 'conversation.id', 'from.id', 'recipient.id'];

/** Why `body` cannot be an activity (a sentence for a 400 answer), or undefined when it can. */
export function activityProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'The body must be a JSON object (a Bot Framework activity).';
  if (typeof body.type !== 'string' || body.type.trim() === '') return 'The activity has no "type".';
  const missing = REQUIRED.find((path) => {
    const value = fieldAt(body, path);
    return typeof value !== 'string' || value.trim() === '';
  });
  if (missing) return `The activity has no "${missing}".`;
  // An id with a lone surrogate cannot be encoded into a storage key or a URL; no channel sends one.
  const malformed = REQUIRED.find((path) => LONE_SURROGATE.test(String(fieldAt(body, path))));
  if (malformed) return `The activity's "${malformed}" is not well-formed Unicode.`;
  for (const [path, shape] of OPTIONAL) {
    const value = fieldAt(body, path);
    if (value !== undefined && value !== null && !CHECKS[shape](value)) return `The activity's "${path}" must be ${WHAT[shape]}.`;
  }
  return undefined;
}

/** A UTF-16 surrogate without its other half (a pair is one code point to a `u` pattern, so it does not match). */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

function fieldAt(activity: Record<string, unknown>, path: string): unknown {
  const [first, second] = path.split('.');
  if (second === undefined) return activity[first];
  const parent = activity[first];
  return isRecord(parent) ? parent[second] : undefined;
}
