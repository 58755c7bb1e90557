// Long messages: milliseconds to read one message of up to 2,000 characters (the longest a chat message may be), for
// each step that reads it: the red-flag screen, the small-talk intents and the understanding. They run on the event
// loop, so one long message holds up every other conversation for that long. The baseline is the same steps over the
// short messages the long ones are made of, per character: a ratio near 1× means the cost grows only with the length.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectIntent } from '../src/intents';
import { loadKnowledge, SearchIndex, understand } from '../src/knowledge';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/paths';
import { screenMessage } from '../src/triage';
import { median, pairedRatio } from './stats';

const TUNING = join(PROJECT_ROOT, 'tests', 'fixtures', 'questions', 'tuning.json');
/** The longest message a chat may send (config.ts, MAX_MESSAGE_CHARS). */
export const LONG_MESSAGE_CHARS = 2000;
/** How the pieces of a long message are joined, in turn: run on, sentences, a list, lines. */
const SEPARATORS = [' ', '. ', ', ', '\n'];

export const STEPS = ['screen', 'intent', 'understand'] as const;
export type Step = (typeof STEPS)[number];

export interface LongMessageOptions {
  /** Long messages of each shape. */
  messages: number;
  /** Recorded passes over the long messages and over their pieces, alternating which goes first. */
  rounds: number;
}

export interface StepTiming {
  /** Milliseconds per long message (its fastest round): the median message and the costliest. */
  p50: number;
  worst: number;
  /** Milliseconds per 1,000 characters: the long messages, and their pieces read one by one. */
  perKiloChar: number;
  piecesPerKiloChar: number;
  /** The long messages' cost per character over the pieces', paired round by round. */
  ratio: number;
}

export interface LongShapeResult {
  shape: 'joined' | 'repeated';
  messages: number;
  pieces: number;
  meanChars: number;
  rounds: number;
  steps: Record<Step, StepTiming>;
}

interface LongMessage {
  text: string;
  pieces: string[];
}

/** A fixed pseudo-random sequence (a linear congruential generator), so every run builds the same messages. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Pieces joined by `separator` while the whole stays within the limit. */
function joinUpTo(next: () => string, separator: string): LongMessage {
  const pieces = [next()];
  for (let piece = next(); [...pieces, piece].join(separator).length <= LONG_MESSAGE_CHARS; piece = next()) pieces.push(piece);
  return { text: pieces.join(separator), pieces };
}

/**
 * Picked from the start of tuning.json only: it grows only at its end (tests/fixtures/questions/README.md), so every run
 * builds the same long messages whatever is added later, and figures from different days compare.
 */
const FIRST_ITEMS = 6000;
const FIRST_OF_A_KIND = 200;

/**
 * Many different tuning messages joined, and one tuning message repeated, each kind of message in turn (red flags and
 * denials are the costliest to screen, questions to understand): all up to 2,000 characters.
 */
export function buildLongMessages(count: number): Record<LongShapeResult['shape'], LongMessage[]> {
  const items = (JSON.parse(readFileSync(TUNING, 'utf8')) as { q: string; kind: string }[]).slice(0, FIRST_ITEMS);
  const kinds = [...new Set(items.map((item) => item.kind))];
  const byKind = kinds.map((kind) => items.filter((item) => item.kind === kind).slice(0, FIRST_OF_A_KIND).map((item) => item.q));
  const random = sequence(20261202);
  const pickFrom = (messages: string[]) => messages[Math.floor(random() * messages.length)];
  const all = items.map((item) => item.q);
  const separator = (i: number) => SEPARATORS[i % SEPARATORS.length];
  const joined = Array.from({ length: count }, (_, i) => joinUpTo(() => pickFrom(all), separator(i)));
  const repeated = Array.from({ length: count }, (_, i) => {
    const one = pickFrom(byKind[i % byKind.length]);
    return joinUpTo(() => one, separator(i));
  });
  return { joined, repeated };
}

const millis = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export function measureLongMessages({ messages, rounds }: LongMessageOptions): LongShapeResult[] {
  const index = new SearchIndex(loadKnowledge(KNOWLEDGE_DIR));
  const read: Record<Step, (text: string) => unknown> = {
    screen: (text) => screenMessage(text),
    intent: (text) => detectIntent(text),
    understand: (text) => understand(index, text),
  };
  /** Each step's milliseconds for each text, in order. */
  const timeAll = (texts: readonly string[]) => {
    const times: Record<Step, number[]> = { screen: [], intent: [], understand: [] };
    for (const text of texts) {
      for (const step of STEPS) {
        const start = process.hrtime.bigint();
        read[step](text);
        times[step].push(millis(start));
      }
    }
    return times;
  };
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const built = buildLongMessages(messages);
  return (['joined', 'repeated'] as const).map((shape) => {
    const longs = built[shape].map((m) => m.text);
    const pieces = [...new Set(built[shape].flatMap((m) => m.pieces))];
    const longChars = sum(longs.map((t) => t.length));
    const pieceChars = sum(pieces.map((t) => t.length));
    // Warm-up: compile every pattern and fill the spelling cache before anything is recorded, as in a running server.
    timeAll(longs);
    timeAll(pieces);
    const perRound: { long: Record<Step, number[]>; pieces: Record<Step, number[]> }[] = [];
    for (let round = 0; round < rounds; round += 1) {
      // Whole passes, the order alternating, so that drift on a shared machine touches both alike.
      if (round % 2 === 0) {
        const long = timeAll(longs);
        perRound.push({ long, pieces: timeAll(pieces) });
      } else {
        const short = timeAll(pieces);
        perRound.push({ long: timeAll(longs), pieces: short });
      }
    }
    const steps = Object.fromEntries(
      STEPS.map((step): [Step, StepTiming] => {
        // Each message's fastest round: a shared machine only ever adds time (another process ran), never takes it away.
        const each = longs.map((_text, i) => Math.min(...perRound.map((r) => r.long[step][i])));
        const longRate = perRound.map((r) => (1000 * sum(r.long[step])) / longChars);
        const pieceRate = perRound.map((r) => (1000 * sum(r.pieces[step])) / pieceChars);
        return [step, { p50: median(each), worst: Math.max(...each), perKiloChar: median(longRate), piecesPerKiloChar: median(pieceRate), ratio: pairedRatio(longRate, pieceRate) }];
      }),
    ) as Record<Step, StepTiming>;
    return { shape, messages: longs.length, pieces: pieces.length, meanChars: Math.round(longChars / longs.length), rounds, steps };
  });
}
