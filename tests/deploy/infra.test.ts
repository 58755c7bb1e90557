// infra/main.bicep, checked without a Bicep compiler (none installs from the npm registry): resource types and API
// versions reviewed against Microsoft's template reference, app settings named as the server reads them, parameters
// and outputs wired to the parameters file and to m365agents.yml, and the runtime matching .nvmrc and the Dockerfile.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/teams-package';
import { bicepCode, bicepOutputs, bicepResourceBody, envExampleNames, readmeSection } from './helpers';

/**
 * Each resource type with the API version whose property names were checked against Microsoft's template reference
 * (learn.microsoft.com/azure/templates/<type>); a new type or version needs that review first.
 */
const REVIEWED_TYPES: Record<string, string> = {
  'Microsoft.ManagedIdentity/userAssignedIdentities': '2023-01-31',
  'Microsoft.Storage/storageAccounts': '2023-05-01',
  'Microsoft.Storage/storageAccounts/blobServices': '2023-05-01',
  'Microsoft.Storage/storageAccounts/blobServices/containers': '2023-05-01',
  'Microsoft.Web/serverfarms': '2023-12-01',
  'Microsoft.Web/sites': '2023-12-01',
  'Microsoft.Web/sites/config': '2023-12-01',
  'Microsoft.BotService/botServices': '2022-09-15',
  'Microsoft.BotService/botServices/channels': '2022-09-15',
};

/** App Service's own settings (not the server's): they need no entry in .env.example. */
const PLATFORM_SETTINGS = new Set(['SCM_DO_BUILD_DURING_DEPLOYMENT', 'WEBSITE_RUN_FROM_PACKAGE']);

const code = bicepCode();
const resources = [...code.matchAll(/^resource\s+(\w+)\s+'([^@']+)@([^']+)'/gm)].map(([, symbol, type, version]) => ({ symbol, type, version }));
const params = [...code.matchAll(/^param\s+(\w+)\s+\w+(\s*=)?/gm)].map(([, name, defaulted]) => ({ name, required: !defaulted }));

/** `KEY: value` lines directly inside an object body (nested objects skipped). */
function properties(body: string): Map<string, string> {
  const result = new Map<string, string>();
  let depth = 0;
  for (const line of body.split('\n')) {
    const match = depth === 0 ? /^\s*([A-Za-z_][\w]*)\s*:\s*(.*)$/.exec(line) : null;
    if (match) result.set(match[1], match[2].trim());
    depth += (line.match(/[{[]/g) ?? []).length - (line.match(/[}\]]/g) ?? []).length;
  }
  return result;
}

describe('infra/main.bicep', () => {
  it('has balanced braces, brackets and parentheses', () => {
    for (const [open, close] of [['{', '}'], ['[', ']'], ['(', ')']]) {
      expect(code.split(open).length, `${open}${close}`).toBe(code.split(close).length);
    }
  });

  it('declares only reviewed resource types and API versions', () => {
    expect(resources.length).toBeGreaterThan(0);
    for (const { type, version } of resources) expect(`${type}@${version}`).toBe(`${type}@${REVIEWED_TYPES[type]}`);
  });

  it('creates the Azure Bot with its Teams and Direct Line channels, on a managed identity', () => {
    const botBody = bicepResourceBody('bot');
    expect(botBody).toMatch(/msaAppType:\s*'UserAssignedMSI'/);
    expect(botBody).toMatch(/endpoint:\s*'\$\{publicBaseUrl\}\/api\/messages'/);
    const channels = resources.filter((r) => r.type === 'Microsoft.BotService/botServices/channels').map((r) => bicepResourceBody(r.symbol));
    const channelNames = channels.map((body) => /channelName:\s*'(\w+)'/.exec(body)?.[1]);
    expect(channelNames.sort()).toEqual(['DirectLineChannel', 'MsTeamsChannel']);
    expect(channels.every((body) => /parent:\s*bot\b/.test(body))).toBe(true);
  });

  it("gives the server only settings it reads (named in .env.example), with blob state and the bot's identity", () => {
    const body = bicepResourceBody('appSettings');
    const settings = properties(body.slice(body.indexOf('properties: {') + 'properties: {'.length));
    const known = envExampleNames();
    const unknown = [...settings.keys()].filter((name) => !known.has(name) && !PLATFORM_SETTINGS.has(name));
    expect(unknown).toEqual([]);
    expect(settings.get('STORAGE')).toBe("'blob'");
    expect(settings.get('MicrosoftAppType')).toBe("'UserAssignedMSI'");
    expect(settings.get('MicrosoftAppId')).toBe('identity.properties.clientId');
    expect(settings.get('BLOB_CONNECTION_STRING')).toContain('storage.listKeys()');
    expect(settings.get('BLOB_CONTAINER')).toBe('stateContainer.name');
    expect(settings.get('PUBLIC_BASE_URL')).toBe('publicBaseUrl');
    expect(settings.has('DIRECT_LINE_SECRET')).toBe(true);
    expect(settings.has('MicrosoftAppPassword')).toBe(false);
  });

  it('runs the server as the Dockerfile and package.json do, on the Node major of .nvmrc, checked on /healthz', () => {
    const site = bicepResourceBody('site');
    const nvmrc = fs.readFileSync(path.join(REPO_ROOT, '.nvmrc'), 'utf8').trim();
    expect(site).toContain(`linuxFxVersion: 'NODE|${nvmrc}-lts'`);
    expect(site).toContain("healthCheckPath: '/healthz'");
    const command = /appCommandLine:\s*'([^']+)'/.exec(site)?.[1];
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(command).toBe(pkg.scripts.start);
    const dockerCmd = /^CMD\s+(\[.*\])$/m.exec(fs.readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8'))?.[1];
    expect((JSON.parse(dockerCmd ?? '[]') as string[]).join(' ')).toBe(command);
    expect(fs.readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8')).toMatch(new RegExp(`^FROM node:${nvmrc}-`, 'm'));
  });

  it('uses every parameter, and the parameters file sets only declared ones, every required one among them', () => {
    for (const { name } of params) expect(code.split(new RegExp(`\\b${name}\\b`)).length - 1, name).toBeGreaterThan(1);
    const file = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'infra', 'main.parameters.json'), 'utf8')) as { parameters: Record<string, unknown> };
    const given = Object.keys(file.parameters);
    expect(given.filter((name) => !params.some((p) => p.name === name))).toEqual([]);
    expect(params.filter((p) => p.required).map((p) => p.name).filter((name) => !given.includes(name))).toEqual([]);
  });

  it('outputs what m365agents.yml deploys to', () => {
    const yml = fs.readFileSync(path.join(REPO_ROOT, 'm365agents.yml'), 'utf8');
    expect(bicepOutputs()).toEqual(expect.arrayContaining(['AZURE_APP_SERVICE_RESOURCE_ID', 'MICROSOFT_APP_ID', 'PUBLIC_BASE_URL']));
    expect(yml).toContain('${{AZURE_APP_SERVICE_RESOURCE_ID}}');
    expect(yml).toContain('./infra/main.bicep');
    expect(yml).toContain('./infra/main.parameters.json');
  });
});

describe('README "Deploy to Azure"', () => {
  const section = readmeSection('Deploy to Azure');
  const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].replace(/\\\n\s*/g, ' ')).join('\n');

  it('names files, parameters, outputs and npm scripts that exist', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const file of new Set([...commands.matchAll(/\binfra\/[\w.]+/g)].map((m) => m[0]))) expect(fs.existsSync(path.join(REPO_ROOT, file)), file).toBe(true);
    for (const [, name] of commands.matchAll(/--parameters\s+(\w+)=/g)) expect(params.map((p) => p.name)).toContain(name);
    for (const [, script] of commands.matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(pkg.scripts)).toContain(script);
    // Upper-case names in backticks are server settings, Agents Toolkit env names, or the deployment's outputs.
    const toolkitEnv = fs.readFileSync(path.join(REPO_ROOT, 'env', '.env.dev'), 'utf8');
    for (const [, name] of section.matchAll(/`([A-Z]+_[A-Z_]+)`/g)) {
      if (!envExampleNames().has(name) && !toolkitEnv.includes(`\n${name}=`)) expect(bicepOutputs(), name).toContain(name);
    }
    expect(params.filter((p) => p.required).every((p) => commands.includes(`${p.name}=`))).toBe(true);
  });
});

