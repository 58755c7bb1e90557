// The Microsoft 365 Agents Toolkit project: Microsoft's own validator on the Teams package (the README's offline
// steps, run as written), the toolkit's yml files against the toolkit's own schema, and the wiring between the
// yml files, env/ templates, .vscode tasks and the server's settings.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATK_DIR, ensureAtk } from '../../scripts/atk';
import { REPO_ROOT, ZIP_NAME } from '../../scripts/teams-package';
import { bicepOutputs, envExampleNames, readmeBlock } from './helpers';

const INSTALL_TIMEOUT_MS = 600_000;
/** Caps, not measurements: each run starts npm, tsx and the toolkit's CLI (~15 s alone, minutes on a busy machine). */
const README_STEPS_TIMEOUT_MS = 300_000;
const VALIDATE_TIMEOUT_MS = 150_000;
const SCHEMA_VERSION = 'v1.11';

interface Action {
  uses: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  writeToEnvironmentFile?: Record<string, string>;
}
type Lifecycle = Partial<Record<'provision' | 'deploy' | 'publish', Action[]>> & { version: string };

let atkBin = '';
let loadYaml: (text: string) => unknown;

beforeAll(() => {
  atkBin = ensureAtk();
  // The toolkit's own YAML parser, from the toolkit installed above.
  loadYaml = (createRequire(path.join(ATK_DIR, 'package.json'))('js-yaml') as { load: (text: string) => unknown }).load;
}, INSTALL_TIMEOUT_MS);

const readYml = (name: string) => loadYaml(fs.readFileSync(path.join(REPO_ROOT, name), 'utf8')) as Lifecycle;
const placeholders = (text: string) => new Set([...text.matchAll(/\$\{\{([A-Za-z0-9_]+)\}\}/g)].map((m) => m[1]));
const envFileNames = (file: string) =>
  new Set([...fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').matchAll(/^([A-Za-z0-9_]+)=/gm)].map((m) => m[1]));

function runAtk(args: string[]) {
  return spawnSync(process.execPath, [atkBin, ...args, '--telemetry', 'false', '--interactive', 'false'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: VALIDATE_TIMEOUT_MS - 10_000 });
}

describe('the Teams package, checked by Microsoft 365 Agents Toolkit', () => {
  it("passes the toolkit's validator, following the README's steps as written", () => {
    const block = readmeBlock('teams-validate');
    const result = spawnSync('sh', ['-ec', block], { cwd: REPO_ROOT, encoding: 'utf8', timeout: README_STEPS_TIMEOUT_MS - 10_000, env: { ...process.env, TEAMS_PACKAGE_OUT: '' } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(ZIP_NAME);
    expect(result.stdout).toContain('All passed');
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'appPackage', 'build', 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.defaultInstallScope).toBe('personal');
  }, README_STEPS_TIMEOUT_MS);

  it('fails a manifest whose bot id is not a GUID, naming the field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atk-bad-'));
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'appPackage', 'build', 'manifest.json'), 'utf8')) as { bots: { botId: string }[] };
      manifest.bots[0].botId = 'not-a-guid';
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
      const result = runAtk(['validate', '--manifest-file', path.join(dir, 'manifest.json')]);
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain('/bots/0/botId');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, VALIDATE_TIMEOUT_MS);
});

describe('m365agents.yml and m365agents.local.yml', () => {
  const schemaPath = () => path.join(ATK_DIR, 'node_modules', '@microsoft', 'm365agentstoolkit-cli', 'resource', 'yaml-schema', SCHEMA_VERSION, 'yaml.schema.json');

  it.each(['m365agents.yml', 'm365agents.local.yml'])("%s matches the toolkit's own yml schema", (name) => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath(), 'utf8')) as object);
    const yml = readYml(name);
    expect(yml.version).toBe(SCHEMA_VERSION);
    expect(validate(yml), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('uses only values that are set before they are read (env template, earlier actions, the tunnel, Bicep outputs)', () => {
    const builtIn = new Set(['TEAMSFX_ENV', 'APP_NAME_SUFFIX', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME']);
    for (const [name, envFile, extra] of [
      ['m365agents.yml', 'env/.env.dev', bicepOutputs()],
      ['m365agents.local.yml', 'env/.env.local', ['BOT_ENDPOINT', 'BOT_DOMAIN']],
    ] as const) {
      const written = new Set<string>([...builtIn, ...envFileNames(envFile), ...extra]);
      const yml = readYml(name);
      for (const action of [...(yml.provision ?? []), ...(yml.deploy ?? [])]) {
        const missing = [...placeholders(JSON.stringify(action))].filter((v) => !written.has(v));
        expect(missing, `${name}: ${action.uses} reads ${missing.join(', ')} before anything sets it`).toEqual([]);
        for (const variable of Object.values(action.writeToEnvironmentFile ?? {})) written.add(variable);
      }
    }
  });

  it("hands the server and the packager settings that .env.example names, and validates the packager's zip", () => {
    const known = envExampleNames();
    for (const name of ['m365agents.yml', 'm365agents.local.yml']) {
      const actions = [...(readYml(name).provision ?? []), ...(readYml(name).deploy ?? [])];
      const scriptEnv = actions.filter((a) => a.uses === 'script').flatMap((a) => Object.keys(a.env ?? {}));
      const localConfigs = actions.filter((a) => a.uses === 'file/createOrUpdateEnvironmentFile').flatMap((a) => Object.keys((a.with?.envs as object) ?? {}));
      expect([...scriptEnv, ...localConfigs].filter((v) => !known.has(v))).toEqual([]);
      const packager = actions.find((a) => a.uses === 'script' && a.with?.run === 'npm run teams:package');
      expect(packager, `${name} builds the package with npm run teams:package`).toBeDefined();
      const zipPath = path.posix.join(packager!.env!.TEAMS_PACKAGE_OUT, ZIP_NAME);
      const zipUsers = actions.filter((a) => a.with?.appPackagePath !== undefined);
      expect(zipUsers.map((a) => a.uses)).toEqual(['teamsApp/validateAppPackage', 'teamsApp/update']);
      for (const action of zipUsers) {
        expect(path.posix.normalize(String(action.with?.appPackagePath))).toBe(path.posix.normalize(zipPath));
      }
    }
  });
});

describe('.vscode launch and tasks', () => {
  const readJsonc = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as Record<string, unknown>;
  const launch = readJsonc('.vscode/launch.json') as { configurations: { name: string; preLaunchTask?: string; program?: string }[]; compounds: { name: string; configurations: string[]; preLaunchTask?: string }[] };
  const tasks = (readJsonc('.vscode/tasks.json') as { tasks: { label: string; dependsOn?: string[]; command?: string }[] }).tasks;
  const scripts = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it('offers F5 for Teams, the Emulator and Agents Playground, each naming configurations and tasks that exist', () => {
    const entries = [...launch.configurations.map((c) => c.name), ...launch.compounds.map((c) => c.name)];
    expect(entries).toEqual(expect.arrayContaining(['Debug in Teams (Edge)', 'Debug in the Bot Framework Emulator', 'Debug in Microsoft 365 Agents Playground']));
    const labels = new Set(tasks.map((t) => t.label));
    const configs = new Set(launch.configurations.map((c) => c.name));
    for (const compound of launch.compounds) {
      expect(compound.configurations.filter((c) => !configs.has(c))).toEqual([]);
      if (compound.preLaunchTask) expect(labels).toContain(compound.preLaunchTask);
    }
    for (const task of tasks) expect((task.dependsOn ?? []).filter((d) => !labels.has(d))).toEqual([]);
    for (const config of launch.configurations.filter((c) => c.program)) {
      expect(fs.existsSync(config.program!.replace('${workspaceFolder}', REPO_ROOT))).toBe(true);
    }
  });

  it('runs npm scripts that package.json has', () => {
    const used = tasks.flatMap((t) => [...(t.command ?? '').matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((s) => !(s in scripts))).toEqual([]);
  });
});
