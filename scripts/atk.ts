// Runs Microsoft 365 Agents Toolkit's CLI (`atk`), installing it first into .cache/atk-<version>/ when missing:
// `npm run atk -- validate --manifest-file <manifest.json>`.
//
// Not a devDependency: it is 548 packages and ~445 MB that neither the bot nor most developers need, and its
// keytar dependency's native build fails on machines without libsecret, so it is installed with --ignore-scripts
// (the commands used here, validate and the yml files' actions, never touch the credential store).
// Telemetry is off unless the caller asks for it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ATK_VERSION = '1.1.17';
const ROOT = join(__dirname, '..');
export const ATK_DIR = join(ROOT, '.cache', `atk-${ATK_VERSION}`);
const ATK_BIN = join(ATK_DIR, 'node_modules', '@microsoft', 'm365agentstoolkit-cli', 'cli.js');
const INSTALL_TIMEOUT_MS = 600_000;

/** Installs the pinned CLI into the cache folder unless it is there; returns the path of its entry script. */
export function ensureAtk(): string {
  if (existsSync(ATK_BIN)) return ATK_BIN;
  console.error(`atk: installing @microsoft/m365agentstoolkit-cli@${ATK_VERSION} into ${ATK_DIR} (once)...`);
  mkdirSync(ATK_DIR, { recursive: true });
  // Its own package.json, so npm installs here and never walks up into the project's.
  writeFileSync(join(ATK_DIR, 'package.json'), `${JSON.stringify({ name: 'atk-cache', private: true }, null, 2)}\n`);
  const npmCli = process.env.npm_execpath;
  const [command, prefix]: [string, string[]] = npmCli?.endsWith('.js') ? [process.execPath, [npmCli]] : ['npm', []];
  const args = [...prefix, 'install', `@microsoft/m365agentstoolkit-cli@${ATK_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund', '--no-save', '--loglevel=error'];
  const result = spawnSync(command, args, { cwd: ATK_DIR, stdio: ['ignore', 'ignore', 'inherit'], timeout: INSTALL_TIMEOUT_MS });
  if (result.status !== 0 || !existsSync(ATK_BIN)) {
    throw new Error(`could not install @microsoft/m365agentstoolkit-cli@${ATK_VERSION} (npm exit ${result.status ?? result.error?.message})`);
  }
  return ATK_BIN;
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  try {
    const bin = ensureAtk();
    const args = process.argv.slice(2);
    const withTelemetry = args.some((arg) => arg.startsWith('--telemetry'));
    const result = spawnSync(process.execPath, [bin, ...args, ...(withTelemetry ? [] : ['--telemetry', 'false'])], { stdio: 'inherit' });
    process.exit(result.status ?? 1);
  } catch (error) {
    console.error(`atk: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
