// Small HTTP helpers for our own endpoints: a bounded JSON body reader and JSON errors.
import type { Request, Response } from 'restify';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads the request body as JSON, refusing more than `limit` bytes (413) and anything that is not JSON (400). */
export async function readJsonBody(req: Request, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(413, `The request body is larger than ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `The request body is larger than ${limit} bytes.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw new HttpError(400, 'The request body is empty; a JSON object was expected.');
  if (nestingDepth(text) > MAX_JSON_DEPTH) throw new HttpError(400, `The request body nests objects or lists more than ${MAX_JSON_DEPTH} deep.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

/**
 * Activities nest a few levels (cards inside attachments, say). Deeper JSON is refused before parsing: a value nested
 * thousands deep parses, but overflows the stack wherever it is later serialised or walked.
 */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of objects and lists in JSON text, brackets inside strings not counted; one pass, no parsing. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return deepest;
}

export function sendJsonError(res: Response, status: number, message: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.status(status);
  res.json({ error: { status, message } });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
