// Postinstall: puts Web Chat's ready browser bundle in public/vendor/ without installing the package (a full install pulls ~517 MB).
//
// `npm pack` downloads the published tarball (npm checks it against the registry's integrity hash), system `tar`
// takes out dist/webchat.js and its licence file, and the bundle's own SHA-256 is checked against the pin below.
// Nothing is done when the file is already there with the right hash. Set SKIP_WEBCHAT_FETCH=1 to skip it
// altogether (a Teams-only deployment that never serves the web page).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'botframework-webchat@4.18.1';
const BUNDLE = { path: 'package/dist/webchat.js', size: 3_891_526, sha256: '0a68ad0a64fc04d621197da10c3eec0f843e16f7d03f6bcbed29b47517cf9bff' };
const LICENSE = 'package/dist/webchat.js.LICENSE.txt';
const VENDOR_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'vendor');
const TARGET = join(VENDOR_DIR, 'webchat.js');
const NPM_TIMEOUT_MS = 180_000;

const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');
const isExpected = (buffer) => buffer.length === BUNDLE.size && sha256(buffer) === BUNDLE.sha256;

function fail(message) {
  console.error(`fetch-webchat: ${message}`);
  console.error(`fetch-webchat: the web page needs ${TARGET}. Fix the cause and run \`npm install\` (or \`node scripts/fetch-webchat.mjs\`) again.`);
  process.exit(1);
}

/** Runs npm itself (the one running this postinstall when there is one), so no shell and no PATH lookup of a different npm. */
function runNpm(args, cwd) {
  const npmCli = process.env.npm_execpath;
  const [command, commandArgs] = npmCli && npmCli.endsWith('.js') ? [process.execPath, [npmCli, ...args]] : ['npm', args];
  return spawnSync(command, commandArgs, { cwd, encoding: 'utf8', timeout: NPM_TIMEOUT_MS, shell: process.platform === 'win32' && command === 'npm' });
}

function explainNpmFailure(result) {
  if (result.error) return `could not run npm (${result.error.message})`;
  const detail = lastLines(`${result.stderr ?? ''}\n${result.stdout ?? ''}`);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network/i.test(detail)) {
    return `could not download ${PACKAGE} from the npm registry: no network, or the registry is unreachable.\n  ${detail}`;
  }
  return `\`npm pack ${PACKAGE}\` failed (exit ${result.status ?? result.signal}).\n  ${detail}`;
}

const lastLines = (text) => text.trim().split('\n').slice(-6).join('\n');

function main() {
  if (process.env.SKIP_WEBCHAT_FETCH === '1') {
    console.log('fetch-webchat: skipped (SKIP_WEBCHAT_FETCH=1); the web page will say the bundle is missing.');
    return;
  }
  if (existsSync(TARGET) && isExpected(readFileSync(TARGET))) {
    console.log(`fetch-webchat: ${PACKAGE} bundle already in public/vendor/.`);
    return;
  }

  const work = mkdtempSync(join(tmpdir(), 'fetch-webchat-'));
  try {
    const pack = runNpm(['pack', PACKAGE, '--pack-destination', work, '--ignore-scripts', '--silent'], work);
    if (pack.status !== 0) fail(explainNpmFailure(pack));
    // The tarball is the one file npm put in the empty folder: npm's printed answer changed shape between majors
    // (an array in npm 11, an object keyed by package name in npm 12), the folder's content did not.
    const tarballs = readdirSync(work).filter((name) => name.endsWith('.tgz'));
    if (tarballs.length !== 1) fail(`expected one tarball from \`npm pack ${PACKAGE}\`, found ${tarballs.length}.`);
    const tarball = join(work, tarballs[0]);

    const untar = spawnSync('tar', ['-xzf', tarball, '-C', work, BUNDLE.path, LICENSE], { encoding: 'utf8' });
    if (untar.error) fail(`could not run the system \`tar\` (${untar.error.message}); install tar and try again.`);
    if (untar.status !== 0) fail(`\`tar\` could not extract ${BUNDLE.path} from ${PACKAGE}:\n${lastLines(untar.stderr)}`);

    const bundle = readFileSync(join(work, BUNDLE.path));
    if (!isExpected(bundle)) {
      fail(`${BUNDLE.path} from ${PACKAGE} is ${bundle.length} bytes with SHA-256 ${sha256(bundle)}; expected ${BUNDLE.size} bytes, ${BUNDLE.sha256}. Not installing it.`);
    }
    mkdirSync(VENDOR_DIR, { recursive: true });
    // Write next to the target and rename, so an interrupted install never leaves half a bundle behind.
    writeFileSync(`${TARGET}.partial`, bundle);
    renameSync(`${TARGET}.partial`, TARGET);
    writeFileSync(join(VENDOR_DIR, 'webchat.js.LICENSE.txt'), readFileSync(join(work, LICENSE)));
    console.log(`fetch-webchat: wrote public/vendor/webchat.js from ${PACKAGE} (${(bundle.length / 1024 / 1024).toFixed(1)} MB).`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
