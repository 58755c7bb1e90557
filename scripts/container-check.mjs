// Runs the Dockerfile without Docker: its build stage's commands in a clean folder, its run stage's copies, then the
// image's start command and HEALTHCHECK against a free port. `npm run container:check [-- --out .release/app]`.
//
// No Docker engine runs on the project's machines or in CI, so this reads the Dockerfile itself (FROM, WORKDIR,
// COPY, RUN, ENV, USER, EXPOSE, HEALTHCHECK, CMD; anything else is an error, so the file cannot drift away from
// what is checked) and maps each stage's file system to a folder. The base image's Node is not used: the commands
// run on the Node that runs this script. --out keeps the run stage's /app folder (the App Service deploy uses it).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STEP_TIMEOUT_MS = 900_000;
const READY_TIMEOUT_MS = 60_000;
/** Secrets and local installs that must stay out of the image's build context (checked when they exist here). */
const NEVER_IN_CONTEXT = ['.env', '.localConfigs', 'env/.env.local.user', 'env/.env.dev.user', 'node_modules', '.git', '.cache'];

function fail(message) {
  console.error(`container-check: ${message}`);
  process.exit(1);
}

/** The Dockerfile as stages of instructions; continuation lines joined, comments dropped. */
function parseDockerfile(text) {
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const stages = [];
  for (const line of lines) {
    const [, keyword, rest] = /^(\S+)\s+(.*)$/.exec(line) ?? fail(`cannot read the line "${line}"`);
    const instruction = keyword.toUpperCase();
    if (instruction === 'FROM') {
      const [, image, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest) ?? fail(`cannot read "FROM ${rest}"`);
      stages.push({ image, name: name ?? String(stages.length), steps: [] });
    } else if (['WORKDIR', 'COPY', 'RUN', 'ENV', 'USER', 'EXPOSE', 'HEALTHCHECK', 'CMD'].includes(instruction)) {
      if (stages.length === 0) fail(`${instruction} before any FROM`);
      stages.at(-1).steps.push({ instruction, args: rest });
    } else {
      fail(`the Dockerfile uses ${instruction}, which this check does not know; teach it before using it.`);
    }
  }
  return stages;
}

/** .dockerignore as a matcher of context-relative paths (patterns anchored at the context root, `*` within a name, `!` re-includes). */
function ignoreMatcher(text) {
  const rules = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#')).map((line) => {
    const negate = line.startsWith('!');
    const pattern = line.replace(/^!/, '').replace(/^\/+|\/+$/g, '');
    const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}(/.*)?$`);
    return { negate, regex };
  });
  return (path) => rules.reduce((ignored, rule) => (rule.regex.test(path) ? !rule.negate : ignored), false);
}

function copyContext(from, to, isIgnored) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const path = relative(ROOT, source);
    if (isIgnored(path)) continue;
    if (entry.isDirectory()) {
      mkdirSync(join(to, entry.name), { recursive: true });
      copyContext(source, join(to, entry.name), isIgnored);
    } else {
      cpSync(source, join(to, entry.name));
    }
  }
}

/** `KEY=value` pairs of an ENV line. */
const parseEnv = (args) => Object.fromEntries(args.split(/\s+/).map((pair) => pair.split(/=(.*)/s).slice(0, 2)));

/** The JSON ("exec") form of CMD and HEALTHCHECK CMD; the shell form is not accepted (signals would not reach node). */
function execForm(text, what) {
  try {
    const argv = JSON.parse(text);
    if (Array.isArray(argv) && argv.length > 0 && argv.every((arg) => typeof arg === 'string')) return argv;
  } catch {
    // fall through to the error below
  }
  return fail(`${what} must use the exec form, like ["node", "dist/src/index.js"]; got ${text}`);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(port, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) fail(`the start command exited with code ${child.exitCode} before /healthz answered.`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: response.status, body: await response.text() };
    } catch {
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  return fail(`/healthz did not answer within ${READY_TIMEOUT_MS / 1000} s.`);
}

async function main() {
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex > 0 ? resolve(process.argv[outIndex + 1] ?? fail('--out needs a folder')) : undefined;
  const stages = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
  if (stages.length < 2) fail('the Dockerfile should have a build stage and a run stage.');
  const isIgnored = ignoreMatcher(existsSync(join(ROOT, '.dockerignore')) ? readFileSync(join(ROOT, '.dockerignore'), 'utf8') : '');
  const work = mkdtempSync(join(tmpdir(), 'container-check-'));
  const roots = new Map();
  let child;
  try {
    for (const [index, stage] of stages.entries()) {
      const root = join(work, `stage-${index}`);
      roots.set(stage.name, root);
      const state = { workdir: '/', env: {}, user: 'root', cmd: undefined, healthcheck: undefined };
      const inStage = (path) => join(root, path.startsWith('/') ? path : join(state.workdir, path));
      console.log(`container-check: stage ${stage.name} (FROM ${stage.image})`);
      for (const { instruction, args } of stage.steps) {
        if (instruction === 'WORKDIR') {
          state.workdir = args;
          mkdirSync(inStage('.'), { recursive: true });
        } else if (instruction === 'ENV') {
          Object.assign(state.env, parseEnv(args));
        } else if (instruction === 'USER') {
          state.user = args;
        } else if (instruction === 'EXPOSE') {
          state.expose = Number(args);
        } else if (instruction === 'CMD') {
          state.cmd = execForm(args, 'CMD');
        } else if (instruction === 'HEALTHCHECK') {
          state.healthcheck = execForm(args.replace(/^.*?\bCMD\s+/, ''), 'HEALTHCHECK');
        } else if (instruction === 'COPY') {
          const parts = args.split(/\s+/);
          const from = parts.find((part) => part.startsWith('--from='))?.slice('--from='.length);
          const [source, destination] = parts.filter((part) => !part.startsWith('--'));
          if (from === undefined) {
            if (source !== '.') fail(`COPY from the context copies "." only (got ${source}).`);
            copyContext(ROOT, inStage(destination), isIgnored);
            const leaked = NEVER_IN_CONTEXT.filter((path) => existsSync(join(inStage(destination), path)));
            if (leaked.length > 0) fail(`.dockerignore lets ${leaked.join(', ')} into the build context.`);
          } else {
            const fromRoot = roots.get(from) ?? fail(`COPY --from=${from}: no such earlier stage.`);
            const sourcePath = join(fromRoot, source);
            if (!existsSync(sourcePath)) fail(`COPY --from=${from} ${source}: the build stage made no ${source}.`);
            cpSync(sourcePath, inStage(destination), { recursive: true, verbatimSymlinks: true });
          }
        } else if (instruction === 'RUN') {
          console.log(`container-check: RUN ${args}`);
          const result = spawnSync('sh', ['-c', args], { cwd: inStage('.'), env: { ...process.env, ...state.env }, stdio: 'inherit', timeout: STEP_TIMEOUT_MS });
          if (result.status !== 0) fail(`RUN ${args} failed (exit ${result.status ?? result.error?.message}).`);
        }
      }
      stage.state = state;
    }

    const run = stages.at(-1);
    const { state } = run;
    if (!state.cmd) fail('the run stage has no CMD.');
    if (!state.healthcheck) fail('the run stage has no HEALTHCHECK.');
    if (['root', '0'].includes(state.user)) fail('the run stage runs as root; add a USER.');
    const appDir = join(roots.get(run.name), state.workdir);
    // Dev-only packages are those the lockfile marks "dev" (a devDependency a production package also needs is not).
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    const devOnly = Object.entries(lock.packages).filter(([key, entry]) => entry.dev && key.startsWith('node_modules/'));
    const devLeft = devOnly.map(([key]) => key).filter((key) => existsSync(join(appDir, key)));
    if (devLeft.length > 0) fail(`the image carries ${devLeft.length} dev-only packages, e.g. ${devLeft.slice(0, 5).join(', ')}.`);
    console.log(`container-check: none of the ${devOnly.length} dev-only packages is in the image.`);

    const port = await freePort();
    const env = { ...process.env, ...state.env, PORT: String(port) };
    console.log(`container-check: CMD ${state.cmd.join(' ')} (as the image would run it, on port ${port})`);
    child = spawn(state.cmd[0], state.cmd.slice(1), { cwd: appDir, env, stdio: ['ignore', 'ignore', 'inherit'] });
    const health = await waitForHealth(port, child);
    console.log(`container-check: GET /healthz -> ${health.status} ${health.body}`);
    if (health.status !== 200) fail(`/healthz answered ${health.status}.`);
    const probe = spawnSync(state.healthcheck[0], state.healthcheck.slice(1), { cwd: appDir, env, encoding: 'utf8', timeout: 30_000 });
    if (probe.status !== 0) fail(`the HEALTHCHECK command exited with ${probe.status}: ${probe.stderr}`);
    console.log('container-check: HEALTHCHECK command -> exit 0');

    if (out) {
      rmSync(out, { recursive: true, force: true });
      mkdirSync(dirname(out), { recursive: true });
      cpSync(appDir, out, { recursive: true, verbatimSymlinks: true });
      console.log(`container-check: the run stage's ${state.workdir} is in ${out}`);
    }
    console.log('container-check: passed.');
  } finally {
    child?.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
