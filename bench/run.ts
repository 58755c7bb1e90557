// `npm run bench`: every benchmark against its baseline, measured side by side in one run, printed as one table
// and written to bench/results/latest.json. `npm run bench -- retrieval turns` runs only the named sections.
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/paths';
import { ASSESSMENT_ONSET, ASSESSMENT_SEVERITY, PLAN_FOOTER, SOURCE_LINE } from '../src/text';
import { RED_FLAG_SIGNS } from '../src/triage';
import { ColdStarts, measureColdStart } from './coldStart';
import { Encoding, FirstLoadResult, measureFirstLoad, medianOf } from './firstLoad';
import { LongShapeResult, measureLongMessages, STEPS } from './longMessages';
import { MemoryResult, startMemoryRun } from './memory';
import { measureRetrieval, RetrievalResult, Timing } from './retrieval';
import { ensureBuilt, RunningServer, ServerKind, startServer } from './servers';
import { fmt, median, pairedRatio } from './stats';
import { checkConversation, compare, Comparison, LoadRun, Turn } from './turns';

/** Sized to finish in about three minutes on 2 cores. */
const SETTINGS = {
  retrieval: { warmRounds: 5, firstSightRounds: 4, oursPassesPerRound: 3 },
  longMessages: { messages: 32, rounds: 4 },
  turns: { connections: 10, durationS: 3, rounds: 3, warmupS: 1.5 },
  coldStartRuns: 5,
  // A 30-second idle expiry (STATE_TTL_MINUTES takes fractions): longer than the load, short enough that the wait
  // (about a minute, for the rate-limit windows too) overlaps the other sections.
  memory: { conversations: 10_000, ttlMinutes: 0.5, env: { STORAGE: 'memory' } },
  /** Cold page loads in Chromium, each kind: on loopback, and on emulated slow 4G (about 30 s uncompressed). */
  firstLoad: { rounds: 3, slowRounds: 1 },
};

const GOALS = {
  retrievalP99Us: 100,
  /** A long message holds up every other conversation while it is read: at most this long per step. */
  longMessageWorstMs: 50,
  throughputRatio: 0.8,
  p99Ratio: 2,
  coldStartRatio: 1.5,
  /** "Flat": RSS after expiry within this share of the RSS right after start. */
  rssGrowth: 0.1,
  /** The compressed first load sends at most this share of the uncompressed one's bytes. */
  firstLoadBytesRatio: 0.3,
};

const SECTIONS = ['retrieval', 'long', 'turns', 'coldstart', 'memory', 'firstload'] as const;
type Section = (typeof SECTIONS)[number];

// The conversations the HTTP rows send: a knowledge question, and the four-turn assessment.
const QUESTION = 'is heat or ice better for a back spasm?';
const ASSESSMENT = ['check my symptoms', 'today', '6', 'no'];
const has = (needle: string) => (replies: string[]) => replies.some((r) => r.includes(needle));

function oursTurns(): { question: Turn; assessment: Turn[] } {
  const passage = loadKnowledge(KNOWLEDGE_DIR).passages.find((p) => p.id === 'heat-and-ice');
  if (!passage) throw new Error('The knowledge has no "heat-and-ice" passage; update the question in bench/run.ts.');
  const expected = [ASSESSMENT_ONSET, ASSESSMENT_SEVERITY, RED_FLAG_SIGNS[0].label, PLAN_FOOTER];
  // The answer's citation line names the passage; the answer's own wording may be laid out differently.
  return { question: { text: QUESTION, ok: has(SOURCE_LINE(passage.title)) }, assessment: ASSESSMENT.map((text, i) => ({ text, ok: has(expected[i]) })) };
}
const echoTurn = (text: string): Turn => ({ text, ok: has(`Echo: ${text}`) });

interface Row {
  benchmark: string;
  ours: string;
  baseline: string;
  ratio: string;
  goal: string;
  met: boolean;
  note?: string;
}

const us = (t: Timing) => `p50 ${fmt(t.p50)} / p99 ${fmt(t.p99)} µs`;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function retrievalRows(r: RetrievalResult): Row[] {
  const row = (label: string, which: 'warm' | 'firstSight'): Row => {
    const ours = r.ours[which];
    const naive = r.naive[which];
    return {
      benchmark: `Retrieval, ${label} (${r.questions} dev questions, ${ours.samples} timings)`,
      ours: `${us(ours)}; top-1 ${pct(r.ours.top1)}`,
      baseline: `naive fuse.js over ${r.naive.paragraphs} article paragraphs: ${us(naive)}; top-1 ${pct(r.naive.top1)}`,
      ratio: `p99 ${fmt(ours.p99 / naive.p99)}×, p50 ${fmt(ours.p50 / naive.p50)}×`,
      goal: `p99 ≤ ${GOALS.retrievalP99Us} µs`,
      met: ours.p99 <= GOALS.retrievalP99Us,
    };
  };
  return [row('warm', 'warm'), row('first sight', 'firstSight')];
}

function longMessageRow(r: LongShapeResult): Row {
  const each = (describe: (step: (typeof STEPS)[number]) => string) => STEPS.map((step) => `${step} ${describe(step)}`).join('; ');
  const worst = Math.max(...STEPS.map((step) => r.steps[step].worst));
  return {
    benchmark: `Long messages, ${r.shape === 'joined' ? 'different ones joined' : 'one repeated'} (${r.messages} of ~${fmt(r.meanChars)} chars, each its best of ${r.rounds} rounds)`,
    ours: `ms per message, ${each((step) => `p50 ${fmt(r.steps[step].p50)} / worst ${fmt(r.steps[step].worst)}`)}`,
    baseline: `their ${r.pieces} pieces one by one, ms per 1,000 chars: ${each((step) => `${fmt(r.steps[step].piecesPerKiloChar)} (long: ${fmt(r.steps[step].perKiloChar)})`)}`,
    ratio: `per char ${each((step) => `${fmt(r.steps[step].ratio)}×`)}`,
    goal: `worst ≤ ${GOALS.longMessageWorstMs} ms a step`,
    met: worst <= GOALS.longMessageWorstMs,
  };
}

function turnRow(label: string, unit: string, c: Comparison): Row {
  const summary = (runs: LoadRun[]) =>
    `${fmt(median(runs.map((x) => x.perSecond)))} ${unit}/s, p50 ${fmt(median(runs.map((x) => x.p50)))} / p99 ${fmt(median(runs.map((x) => x.p99)))} ms`;
  const ratio = (base: LoadRun[], of: (x: LoadRun) => number) => pairedRatio(c.ours.map(of), base.map(of));
  const throughput = ratio(c.echo, (x) => x.perSecond);
  const p99 = ratio(c.echo, (x) => x.p99);
  const failures = Object.values(c).flat().reduce((n, x) => n + x.errors + x.wrong, 0);
  return {
    benchmark: label,
    ours: summary(c.ours),
    baseline: `echo bot: ${summary(c.echo)}; echo bot with dialogs and state: ${summary(c.dialogEcho)}`,
    ratio:
      `vs echo: ${fmt(throughput)}× ${unit}/s, p50 ${fmt(ratio(c.echo, (x) => x.p50))}×, p99 ${fmt(p99)}×; ` +
      `vs dialog echo: ${fmt(ratio(c.dialogEcho, (x) => x.perSecond))}× ${unit}/s, p99 ${fmt(ratio(c.dialogEcho, (x) => x.p99))}×`,
    goal: `vs echo: ≥ ${GOALS.throughputRatio}× ${unit}/s, p99 ≤ ${GOALS.p99Ratio}×`,
    met: throughput >= GOALS.throughputRatio && p99 <= GOALS.p99Ratio && failures === 0,
    note: failures > 0 ? `${failures} failed or wrong replies` : undefined,
  };
}

function coldStartRow(runs: ColdStarts): Row {
  const ratio = pairedRatio(runs.ours, runs.echo);
  return {
    benchmark: `Cold start, spawn to first reply (median of ${runs.ours.length})`,
    ours: `${fmt(median(runs.ours))} ms`,
    baseline: `echo bot: ${fmt(median(runs.echo))} ms`,
    ratio: `${fmt(ratio)}×`,
    goal: `≤ ${GOALS.coldStartRatio}×`,
    met: ratio <= GOALS.coldStartRatio,
  };
}

function memoryRow(m: MemoryResult): Row {
  const growth = m.afterExpiry.rss / m.start.rss - 1;
  const failures = m.errors + m.wrong;
  const notes = [failures > 0 ? `${failures} failed or wrong replies` : '', m.entries.afterLoad !== undefined && m.entries.afterLoad < m.conversations ? `only ${m.entries.afterLoad} entries held after the load: some expired during it` : '', m.entries.afterExpiry ? `${m.entries.afterExpiry} entries left after the wait` : ''].filter(Boolean);
  return {
    benchmark: `Memory, ${m.conversations.toLocaleString('en')} conversations, idle expiry ${m.ttlMinutes * 60} s, read ${Math.round(m.expiryWaitMs / 1000)} s after`,
    ours: `RSS ${mb(m.afterLoad.rss)} after the load, ${mb(m.afterExpiry.rss)} after expiry (heap ${mb(m.afterLoad.heapUsed)} → ${mb(m.afterExpiry.heapUsed)})`,
    baseline: `right after start: RSS ${mb(m.start.rss)} (heap ${mb(m.start.heapUsed)})`,
    ratio: `after expiry ${fmt(m.afterExpiry.rss / m.start.rss)}× start`,
    goal: `RSS flat (≤ +${GOALS.rssGrowth * 100}%)`,
    met: growth <= GOALS.rssGrowth && failures === 0 && !m.entries.afterExpiry,
    note: notes.length > 0 ? notes.join('; ') : undefined,
  };
}

function firstLoadRows(r: FirstLoadResult): Row[] {
  const kb = (bytes: number) => `${fmt(bytes / 1024)} KB`;
  const seconds = (ms: number) => `${fmt(ms / 1000)} s`;
  const summary = (network: keyof FirstLoadResult, encoding: Encoding) => {
    const samples = r[network][encoding];
    return `${kb(medianOf(samples, (s) => s.bytes))}, ${seconds(medianOf(samples, (s) => s.ms))} to the welcome (bundle: ${samples[0]?.bundleEncoding})`;
  };
  const networks = (['loopback', 'slow4g'] as const).filter((network) => r[network].compressed.length > 0);
  return networks.map((network) => {
    const bytes = pairedRatio(r[network].compressed.map((s) => s.bytes), r[network].uncompressed.map((s) => s.bytes));
    const time = pairedRatio(r[network].compressed.map((s) => s.ms), r[network].uncompressed.map((s) => s.ms));
    return {
      benchmark: `Web page first load, Chromium, ${network === 'loopback' ? 'loopback' : 'slow 4G (DevTools preset)'} (median of ${r[network].compressed.length})`,
      ours: `compressed: ${summary(network, 'compressed')}`,
      baseline: `uncompressed: ${summary(network, 'uncompressed')}`,
      ratio: `bytes ${fmt(bytes)}×, time ${fmt(time)}×`,
      goal: `bytes ≤ ${GOALS.firstLoadBytesRatio}×`,
      met: bytes <= GOALS.firstLoadBytesRatio,
    };
  });
}

function printTable(rows: Row[]): void {
  const header = ['Benchmark', 'Ours', 'Baseline (same run)', 'Ratio', 'Goal', 'Result'];
  const cells = rows.map((r) => [r.benchmark, r.ours, r.baseline, r.ratio, r.goal, `${r.met ? 'met' : 'MISSED'}${r.note ? ` (${r.note})` : ''}`]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n'));
}

/** Starts the three servers one after another, runs `body`, and stops them whatever happens. */
async function withServers<T>(turn: Record<ServerKind, Turn>, body: (servers: Record<ServerKind, RunningServer>) => Promise<T>): Promise<T> {
  const started: RunningServer[] = [];
  try {
    for (const kind of ['ours', 'echo', 'dialogEcho'] as const) started.push(await startServer(kind, { text: turn[kind].text, ready: turn[kind].ok }));
    const [ours, echo, dialogEcho] = started;
    return await body({ ours, echo, dialogEcho });
  } finally {
    for (const server of started) await server.stop();
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).map((a) => a.toLowerCase());
  const unknown = wanted.filter((w) => !(SECTIONS as readonly string[]).includes(w));
  if (unknown.length > 0) throw new Error(`Unknown section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}.`);
  const run = (s: Section) => wanted.length === 0 || wanted.includes(s);
  const began = Date.now();
  const cpu = cpus();
  const machine = {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    node: process.version,
    os: `${platform()} ${arch()}`,
    memory: mb(totalmem()),
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  };
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} RAM, Node ${machine.node}, ${machine.os}; load average ${machine.loadAverage.join(' ')}`);

  const rows: Row[] = [];
  const results: Record<string, unknown> = { machine, date: new Date().toISOString(), settings: SETTINGS, goals: GOALS };
  const progress = (what: string) => process.stderr.write(`bench: ${what} (${((Date.now() - began) / 1000).toFixed(0)} s)\n`);

  const needsServers = run('turns') || run('coldstart') || run('memory');
  if (needsServers) results.build = ensureBuilt();
  const ours = oursTurns();

  // A section that fails still leaves a row saying so, and the others run.
  const section = async (name: Section, label: string, body: () => Promise<Row[]>) => {
    if (!run(name)) return;
    progress(label);
    try {
      rows.push(...(await body()));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`bench: ${label} failed: ${message}\n`);
      results[`${name}Error`] = message;
      rows.push({ benchmark: label, ours: 'not measured', baseline: '', ratio: '', goal: '', met: false, note: message.split('\n')[0].slice(0, 120) });
    }
  };

  // Memory first: after its load the server only waits for its state to expire, which overlaps the other sections.
  let finishMemory: (() => Promise<MemoryResult>) | undefined;
  await section('memory', 'Memory: the load', async () => {
    finishMemory = (await startMemoryRun(ours.question, SETTINGS.memory)).finish;
    return [];
  });
  await section('retrieval', 'Retrieval', async () => {
    const r = measureRetrieval(SETTINGS.retrieval);
    results.retrieval = r;
    return retrievalRows(r);
  });
  await section('long', 'Long messages', async () => {
    const r = measureLongMessages(SETTINGS.longMessages);
    results.longMessages = r;
    return r.map(longMessageRow);
  });
  await section('turns', 'Turn throughput', async () => {
    const echoQuestion = echoTurn(QUESTION);
    const byKind = <T>(oursValue: T, echoValue: T): Record<ServerKind, T> => ({ ours: oursValue, echo: echoValue, dialogEcho: echoValue });
    progress('one knowledge question');
    const single = await withServers(byKind(ours.question, echoQuestion), async (servers) => {
      await checkConversation(servers.ours, [ours.question]);
      return compare(servers, byKind([ours.question], [echoQuestion]), SETTINGS.turns);
    });
    progress('the four-turn assessment');
    const assessment = await withServers(byKind(ours.question, echoQuestion), async (servers) => {
      await checkConversation(servers.ours, ours.assessment);
      return compare(servers, byKind(ours.assessment, ASSESSMENT.map(echoTurn)), SETTINGS.turns);
    });
    results.turns = { single, assessment };
    return [
      turnRow(`One knowledge question, ${SETTINGS.turns.connections} connections`, 'req', single),
      turnRow(`Four-turn assessment, ${SETTINGS.turns.connections} connections (per turn)`, 'turns', assessment),
    ];
  });
  await section('coldstart', 'Cold start', async () => {
    const runs = await measureColdStart(SETTINGS.coldStartRuns, {
      ours: { text: ours.question.text, ready: ours.question.ok },
      echo: { text: QUESTION, ready: echoTurn(QUESTION).ok },
    });
    results.coldStart = runs;
    return [coldStartRow(runs)];
  });

  await section('firstload', 'Web page first load', async () => {
    const r = await measureFirstLoad(SETTINGS.firstLoad.rounds, SETTINGS.firstLoad.slowRounds);
    results.firstLoad = r;
    return firstLoadRows(r);
  });

  if (finishMemory) {
    const finish = finishMemory;
    await section('memory', 'Memory: after expiry', async () => {
      const m = await finish();
      results.memory = m;
      return [memoryRow(m)];
    });
  }

  results.rows = rows;
  results.seconds = (Date.now() - began) / 1000;
  const dir = join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('');
  printTable(rows);
  console.log(`\n${rows.filter((r) => r.met).length} of ${rows.length} goals met in ${results.seconds} s; details in bench/results/latest.json.`);
}

main().catch((error: unknown) => {
  console.error('bench failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
