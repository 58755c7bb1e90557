// Builds the Microsoft Teams app package (a zip with manifest.json, color.png and outline.png at its
// root) from the template appPackage/manifest.json, filled from environment variables (and .env).
// The filled manifest is validated offline against the official Teams JSON schema shipped in
// @microsoft/app-manifest; the icons are checked against Teams' size and colour rules.
//
// Run: npm run teams:package
// Env (see appPackage/README.md):
//   MicrosoftAppId   required, the bot's Azure app registration id (GUID)
//   TEAMS_APP_ID     default: MicrosoftAppId
//   PUBLIC_BASE_URL  https base URL of the bot's host; source of the URL and domain defaults
//   WEBSITE_URL      default: PUBLIC_BASE_URL + "/"
//   PRIVACY_URL      default: PUBLIC_BASE_URL + "/privacy"
//   TERMS_URL        default: PUBLIC_BASE_URL + "/terms"
//   BOT_DOMAIN       default: host name of PUBLIC_BASE_URL (else of WEBSITE_URL)
//   DEVELOPER_NAME   default: "Back Spasm Assistant team"
//   APP_VERSION      default: package.json version
//   TEAMS_PACKAGE_OUT  output directory, default: appPackage/build
import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import type Ajv from 'ajv';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The folder holding package.json, whether run from scripts/ (tsx, vitest) or from dist/scripts/. */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the project folder (package.json) above ${start}`);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findProjectRoot(__dirname);
export const APP_PACKAGE_DIR = path.join(REPO_ROOT, 'appPackage');
export const TEMPLATE_PATH = path.join(APP_PACKAGE_DIR, 'manifest.json');
export const DEFAULT_OUT_DIR = path.join(APP_PACKAGE_DIR, 'build');
export const ZIP_NAME = 'back-spasm-assistant-teams.zip';
export const DEFAULT_DEVELOPER_NAME = 'Back Spasm Assistant team';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** The semver form the Teams schema's `semver` definition accepts: MAJOR.MINOR.PATCH. */
const SEMVER = /^([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)$/;
/** Teams' developer.name limit. */
const DEVELOPER_NAME_MAX = 32;

/** A problem with the configuration the user can fix; main() prints it and exits with 1. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The values that fill the `${{NAME}}` placeholders of the manifest template. */
export interface PackageConfig {
  MICROSOFT_APP_ID: string;
  TEAMS_APP_ID: string;
  DEVELOPER_NAME: string;
  WEBSITE_URL: string;
  PRIVACY_URL: string;
  TERMS_URL: string;
  BOT_DOMAIN: string;
  APP_VERSION: string;
}

function readPackageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '1.0.0';
}

function httpsUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: "${value}". Use a full https:// URL.`);
  }
  if (url.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an https:// URL (Teams requires it), got "${value}".`);
  }
  return url.href;
}

/** Turns environment variables into the template values, with defaults. Throws ConfigError. */
export function readConfig(env: NodeJS.ProcessEnv, packageVersion: string = readPackageVersion()): PackageConfig {
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };

  const appId = get('MicrosoftAppId');
  if (!appId) {
    throw new ConfigError(
      'MicrosoftAppId is not set. Set it (in the environment or .env) to the bot\'s Microsoft App ID, ' +
        'the GUID of its Azure Bot / Entra app registration, e.g. MicrosoftAppId=00000000-0000-0000-0000-000000000000.',
    );
  }
  if (!GUID.test(appId)) {
    throw new ConfigError(`MicrosoftAppId must be a GUID like 00000000-0000-0000-0000-000000000000, got "${appId}".`);
  }
  const teamsAppId = get('TEAMS_APP_ID') ?? appId;
  if (!GUID.test(teamsAppId)) {
    throw new ConfigError(`TEAMS_APP_ID must be a GUID like 00000000-0000-0000-0000-000000000000, got "${teamsAppId}".`);
  }

  const base = get('PUBLIC_BASE_URL');
  const baseUrl = base ? httpsUrl('PUBLIC_BASE_URL', base).replace(/\/+$/, '') : undefined;
  const fromBase = (name: string, suffix: string): string => {
    const explicit = get(name);
    if (explicit) return httpsUrl(name, explicit);
    if (baseUrl) return `${baseUrl}${suffix}`;
    throw new ConfigError(
      `${name} is not set and there is no PUBLIC_BASE_URL to derive it from. ` +
        'Set PUBLIC_BASE_URL to the https address the bot is served from (e.g. https://backspasm.example.org), ' +
        'or set WEBSITE_URL, PRIVACY_URL and TERMS_URL yourself.',
    );
  };
  const websiteUrl = fromBase('WEBSITE_URL', '/');
  const privacyUrl = fromBase('PRIVACY_URL', '/privacy');
  const termsUrl = fromBase('TERMS_URL', '/terms');

  const botDomain = get('BOT_DOMAIN') ?? new URL(baseUrl ?? websiteUrl).hostname;
  if (/[/\s]|^https?:/i.test(botDomain)) {
    throw new ConfigError(`BOT_DOMAIN must be a bare host name such as bot.example.org (no https://, no path), got "${botDomain}".`);
  }

  const developerName = get('DEVELOPER_NAME') ?? DEFAULT_DEVELOPER_NAME;
  if (developerName.length > DEVELOPER_NAME_MAX) {
    throw new ConfigError(`DEVELOPER_NAME must be at most ${DEVELOPER_NAME_MAX} characters (Teams' limit), got ${developerName.length}.`);
  }

  const version = get('APP_VERSION') ?? packageVersion;
  if (!SEMVER.test(version)) {
    throw new ConfigError(`APP_VERSION must look like MAJOR.MINOR.PATCH (e.g. 1.0.0), got "${version}".`);
  }

  return {
    MICROSOFT_APP_ID: appId,
    TEAMS_APP_ID: teamsAppId,
    DEVELOPER_NAME: developerName,
    WEBSITE_URL: websiteUrl,
    PRIVACY_URL: privacyUrl,
    TERMS_URL: termsUrl,
    BOT_DOMAIN: botDomain,
    APP_VERSION: version,
  };
}

/**
 * Replaces every `${{NAME}}` in the template text with the JSON-escaped value and parses the result.
 * Throws if a placeholder has no value, so nothing unfilled can reach the package.
 */
export function fillTemplate(templateText: string, values: Record<string, string>): Record<string, unknown> {
  const missing = new Set<string>();
  const filled = templateText.replace(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return '';
    }
    // The placeholders sit inside JSON strings: escape quotes, backslashes and control characters.
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) {
    throw new ConfigError(`The manifest template uses placeholders with no value: ${[...missing].join(', ')}.`);
  }
  if (filled.includes('${{')) {
    throw new ConfigError('The manifest template has a malformed ${{...}} placeholder.');
  }
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The manifest version a manifest declares, e.g. "1.30" (from manifestVersion). */
export function manifestVersionOf(manifest: Record<string, unknown>): string {
  const v = manifest.manifestVersion;
  if (typeof v !== 'string' || !/^1\.\d+$/.test(v)) {
    throw new ConfigError(`manifestVersion must be a string like "1.30", got ${JSON.stringify(v)}.`);
  }
  return v;
}

/** Path of the official schema for a manifest version, inside the installed @microsoft/app-manifest. */
export function schemaPathFor(version: string): string {
  const pkgDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(pkgDir, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(file)) {
    throw new ConfigError(`No offline Teams schema for manifest version ${version} in @microsoft/app-manifest (looked for ${file}).`);
  }
  return file;
}

/** ajv-draft-04's class: Ajv 8 with the draft-04 meta-schema, same API as Ajv. */
type AjvConstructor = new (opts?: Options) => Ajv;

/**
 * The Teams schemas are JSON Schema draft-04, which Ajv 8 supports only through ajv-draft-04.
 * That package comes with @microsoft/app-manifest, so it is resolved from there.
 */
function loadDraft04Ajv(): AjvConstructor {
  const from = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const modulePath = require.resolve('ajv-draft-04', { paths: [from] });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(modulePath) as { default: AjvConstructor };
  return mod.default;
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(version: string): ValidateFunction {
  let validate = validators.get(version);
  if (!validate) {
    const schema = JSON.parse(fs.readFileSync(schemaPathFor(version), 'utf8')) as object;
    const Ajv = loadDraft04Ajv();
    // strictTypes off: the official schemas put additionalProperties at the root without "type".
    const ajv = new Ajv({ allErrors: true, strictTypes: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    validate = ajv.compile(schema);
    validators.set(version, validate);
  }
  return validate;
}

function formatError(e: ErrorObject): string {
  const where = e.instancePath || '(root)';
  const params = Object.keys(e.params ?? {}).length ? ` ${JSON.stringify(e.params)}` : '';
  return `${where}: ${e.message ?? 'is invalid'}${params}`;
}

/** Validates a filled manifest against the official schema for its manifestVersion. Returns readable errors ([] = valid). */
export function validateManifest(manifest: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const version = manifestVersionOf(manifest);
  const schemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
  if (manifest.$schema !== schemaUrl) {
    errors.push(`/$schema: should be ${schemaUrl} to match manifestVersion ${version}, got ${JSON.stringify(manifest.$schema)}`);
  }
  const validate = validatorFor(version);
  if (!validate(manifest)) errors.push(...(validate.errors ?? []).map(formatError));
  if (typeof manifest.version === 'string' && !SEMVER.test(manifest.version)) {
    errors.push(`/version: must be MAJOR.MINOR.PATCH, got "${manifest.version}"`);
  }
  if (JSON.stringify(manifest).includes('${{')) errors.push('an unfilled ${{...}} placeholder remains');
  return errors;
}

/** Checks the icons against Teams' rules. Returns readable problems ([] = fine). */
export function checkIcons(colorPng: Buffer, outlinePng: Buffer): string[] {
  const problems: string[] = [];
  let color: PNG;
  let outline: PNG;
  try {
    color = PNG.sync.read(colorPng);
  } catch (e) {
    return [`color.png is not a readable PNG: ${(e as Error).message}`];
  }
  try {
    outline = PNG.sync.read(outlinePng);
  } catch (e) {
    return [`outline.png is not a readable PNG: ${(e as Error).message}`];
  }
  if (color.width !== 192 || color.height !== 192) {
    problems.push(`color.png must be 192x192, is ${color.width}x${color.height}`);
  }
  if (outline.width !== 32 || outline.height !== 32) {
    problems.push(`outline.png must be 32x32, is ${outline.width}x${outline.height}`);
  }
  let nonWhite = 0;
  let visible = 0;
  const d = outline.data;
  for (let i = 0; i < d.length; i += 4) {
    if (d[i + 3] === 0) continue;
    visible += 1;
    if (d[i] !== 255 || d[i + 1] !== 255 || d[i + 2] !== 255) nonWhite += 1;
  }
  if (nonWhite > 0) problems.push(`outline.png must be pure white (#FFFFFF) where not transparent; ${nonWhite} pixels are not`);
  if (visible === 0) problems.push('outline.png is fully transparent: nothing to show');
  const corners = [0, outline.width - 1, (outline.height - 1) * outline.width, outline.height * outline.width - 1];
  if (corners.some((p) => d[p * 4 + 3] !== 0)) problems.push('outline.png must have a transparent background (its corners are not transparent)');
  return problems;
}

/** The zip: manifest.json, color.png and outline.png at the root, with a fixed timestamp so builds are reproducible. */
export async function buildZip(manifest: Record<string, unknown>, colorPng: Buffer, outlinePng: Buffer): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2020, 0, 1));
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  zip.file('color.png', colorPng, { date, binary: true });
  zip.file('outline.png', outlinePng, { date, binary: true });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Fills the template from env, validates everything and writes the zip. Returns its path. */
export async function buildPackage(env: NodeJS.ProcessEnv): Promise<string> {
  const config = readConfig(env);
  const manifest = fillTemplate(fs.readFileSync(TEMPLATE_PATH, 'utf8'), { ...config });
  const errors = validateManifest(manifest);
  if (errors.length > 0) {
    throw new ConfigError(`The filled manifest does not match the Teams schema:\n  - ${errors.join('\n  - ')}`);
  }
  const icons = manifest.icons as { color: string; outline: string };
  const colorPng = fs.readFileSync(path.join(APP_PACKAGE_DIR, icons.color));
  const outlinePng = fs.readFileSync(path.join(APP_PACKAGE_DIR, icons.outline));
  const iconProblems = checkIcons(colorPng, outlinePng);
  if (iconProblems.length > 0) {
    throw new ConfigError(`Icon problems (redraw with: npx tsx scripts/draw-icons.ts):\n  - ${iconProblems.join('\n  - ')}`);
  }
  // The zip must hold the icons under the names the manifest uses, at the root.
  if (icons.color !== 'color.png' || icons.outline !== 'outline.png') {
    throw new ConfigError('The manifest must name its icons color.png and outline.png.');
  }
  const outDir = path.resolve(env.TEAMS_PACKAGE_OUT?.trim() || DEFAULT_OUT_DIR);
  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, ZIP_NAME);
  fs.writeFileSync(zipPath, await buildZip(manifest, colorPng, outlinePng));
  // The filled manifest beside the zip too: Microsoft's validator (`npm run atk -- validate --manifest-file`) reads a file.
  fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return zipPath;
}

async function main(): Promise<void> {
  // Like the server: values already in the environment win over .env.
  dotenv.config({ quiet: true });
  try {
    const zipPath = await buildPackage(process.env);
    console.log(`Teams app package written to ${zipPath}`);
    console.log('Upload it in Teams: Apps > Manage your apps > Upload an app.');
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`teams-package: ${e.message}`);
      process.exitCode = 1;
      return;
    }
    throw e;
  }
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
