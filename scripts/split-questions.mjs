// Splits the question set once, reproducibly, into a tuning part and a held-out part (see tests/fixtures/questions/README.md).
//
//   node scripts/split-questions.mjs          writes tests/fixtures/questions/tuning.json and heldout.json
//   node scripts/split-questions.mjs --check  exits 1 if heldout.json is not exactly this split, or tuning.json
//                                             lost an item of it (tuning.json may grow; heldout.json never changes)
//
// Inputs: the old fixtures (dev-questions.json, triage-cases.json), which the engine was already tuned on and so all
// go to tuning, and questions/new-items.json. New items are shuffled with a fixed seed and halved within each stratum
// (kind plus expected answer), so every passage, topic and urgency turns up in both parts. Items tagged
// "issue-example" (the messages quoted in issue 9) always go to the held-out part.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');
const OUT_DIR = join(FIXTURES, 'questions');
const OLD_FILES = ['dev-questions.json', 'triage-cases.json'];
const NEW_FILE = join(OUT_DIR, 'new-items.json');
const SEED = 0x15509;
const FORCED_HELDOUT_TAG = 'issue-example';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** mulberry32: a small seeded generator, so the shuffle is the same on every machine and Node version. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, next) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The old fixtures leave `expect` out for off-topic and benign items; the new format always states it. */
function normalizeOld(item) {
  const expect = item.kind === 'offtopic' ? null : item.kind === 'benign' ? 'none' : item.expect;
  return { q: item.q, kind: item.kind, expect, tags: item.tags ?? [] };
}

function stratum(item) {
  const first = Array.isArray(item.expect) ? item.expect[0] : item.expect;
  if (item.kind === 'followup') return `followup/${String(first).startsWith('boundary:') ? 'boundary' : 'passage'}`;
  if (item.kind === 'offtopic') return `offtopic/${item.tags[0] ?? ''}`;
  return `${item.kind}/${first}`;
}

export function split() {
  const old = OLD_FILES.flatMap((name) => readJson(join(FIXTURES, name))).map(normalizeOld);
  const fresh = readJson(NEW_FILE);
  const next = random(SEED);
  const groups = new Map();
  for (const item of fresh) {
    const key = stratum(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const tuning = [...old];
  const heldout = [];
  // Odd-sized strata give their spare item alternately to each part, so each kind stays close to half and half.
  let spareToHeldout = true;
  for (const key of [...groups.keys()].sort()) {
    const items = groups.get(key);
    const forced = items.filter((i) => i.tags.includes(FORCED_HELDOUT_TAG));
    const rest = shuffle(
      items.filter((i) => !i.tags.includes(FORCED_HELDOUT_TAG)),
      next,
    );
    let want = Math.floor(items.length / 2);
    if (items.length % 2 === 1) {
      if (spareToHeldout) want += 1;
      spareToHeldout = !spareToHeldout;
    }
    const take = Math.max(0, want - forced.length);
    heldout.push(...forced, ...rest.slice(0, take));
    tuning.push(...rest.slice(take));
  }
  return { tuning, heldout };
}

/** One item per line: small diffs, and a reader can grep a message. */
const serialize = (items) => `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]\n`;

function main() {
  const { tuning, heldout } = split();
  const tuningPath = join(OUT_DIR, 'tuning.json');
  const heldoutPath = join(OUT_DIR, 'heldout.json');
  if (process.argv.includes('--check')) {
    const problems = [];
    if (readFileSync(heldoutPath, 'utf8') !== serialize(heldout)) problems.push('heldout.json differs from the split');
    const onDisk = new Set(readJson(tuningPath).map((i) => JSON.stringify(i)));
    const lost = tuning.filter((i) => !onDisk.has(JSON.stringify(i)));
    if (lost.length) problems.push(`tuning.json lacks ${lost.length} item(s) of the split, e.g. ${JSON.stringify(lost[0].q)}`);
    if (problems.length) {
      console.error(problems.join('\n'));
      process.exit(1);
    }
    console.log(`split ok: ${tuning.length} tuning, ${heldout.length} held out`);
    return;
  }
  writeFileSync(tuningPath, serialize(tuning));
  writeFileSync(heldoutPath, serialize(heldout));
  console.log(`wrote ${tuning.length} tuning and ${heldout.length} held-out items to ${OUT_DIR}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
