// The Teams app package: the filled manifest against the official (offline) schema, the icons
// against Teams' rules, and the real packaging script end to end.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  APP_PACKAGE_DIR,
  REPO_ROOT,
  TEMPLATE_PATH,
  ZIP_NAME,
  buildZip,
  checkIcons,
  fillTemplate,
  readConfig,
  validateManifest,
} from '../../scripts/teams-package';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/draw-icons';

const BOT_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const TEAMS_ID = '6fa459ea-ee8a-3ca4-894e-db77e160355e';
const TEST_ENV = {
  MicrosoftAppId: BOT_ID,
  TEAMS_APP_ID: TEAMS_ID,
  PUBLIC_BASE_URL: 'https://backspasm.example.org/',
  DEVELOPER_NAME: 'Test "Developer"',
  APP_VERSION: '1.2.3',
};

const templateText = fs.readFileSync(TEMPLATE_PATH, 'utf8');
const config = readConfig(TEST_ENV, '0.1.0');
const manifest = fillTemplate(templateText, { ...config });

interface Command {
  title: string;
  description?: string;
}
interface Bot {
  botId: string;
  scopes: string[];
  supportsFiles: boolean;
  commandLists: { scopes: string[]; commands: Command[] }[];
}

const bots = manifest.bots as Bot[];
const description = manifest.description as { short: string; full: string };
const name = manifest.name as { short: string; full?: string };

function versionParts(v: string): [number, number] {
  const [major, minor] = v.split('.').map(Number);
  return [major, minor];
}

describe('manifest template', () => {
  it('uses only the documented placeholders', () => {
    const used = new Set([...templateText.matchAll(/\$\{\{([A-Z_]+)\}\}/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(
      ['APP_VERSION', 'BOT_DOMAIN', 'DEVELOPER_NAME', 'MICROSOFT_APP_ID', 'PRIVACY_URL', 'TEAMS_APP_ID', 'TERMS_URL', 'WEBSITE_URL'].sort(),
    );
  });

  it('declares a manifest version >= 1.17 whose $schema URL matches it', () => {
    const v = manifest.manifestVersion as string;
    const [major, minor] = versionParts(v);
    expect(major === 1 && minor >= 17).toBe(true);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${v}/MicrosoftTeams.schema.json`);
    // The schema is available offline in @microsoft/app-manifest.
    expect(
      fs.existsSync(path.join(REPO_ROOT, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams', `v${v}`, 'MicrosoftTeams.schema.json')),
    ).toBe(true);
  });
});

describe('filled manifest', () => {
  it('is valid against the official Teams schema', () => {
    const errors = validateManifest(manifest);
    if (errors.length > 0) console.error(`Schema errors:\n  - ${errors.join('\n  - ')}`);
    expect(errors).toEqual([]);
  });

  it('has no placeholders left', () => {
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('substitutes the ids, URLs, domain and version', () => {
    expect(manifest.id).toBe(TEAMS_ID);
    expect(bots).toHaveLength(1);
    expect(bots[0].botId).toBe(BOT_ID);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.developer).toEqual({
      name: 'Test "Developer"',
      websiteUrl: 'https://backspasm.example.org/',
      privacyUrl: 'https://backspasm.example.org/privacy',
      termsOfUseUrl: 'https://backspasm.example.org/terms',
    });
    expect(manifest.validDomains).toEqual(['backspasm.example.org']);
  });

  it('offers the bot in personal, team and group chat, without files', () => {
    expect([...bots[0].scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bots[0].supportsFiles).toBe(false);
  });

  it('lists the main commands for every scope', () => {
    const expected = ['check my symptoms', 'stretches', 'heat or ice', 'when to see a doctor', 'help', 'forget me'];
    const lists = bots[0].commandLists;
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists) {
      expect(list.commands.map((c) => c.title)).toEqual(expected);
      for (const c of list.commands) {
        // The limits older Teams clients enforced; stay within them.
        expect(c.title.length).toBeLessThanOrEqual(32);
        expect((c.description ?? '').length).toBeGreaterThan(0);
        expect((c.description ?? '').length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('has an honest name and descriptions within the limits', () => {
    expect(name.short).toBe('Back Spasm Helper');
    expect(name.short.length).toBeLessThanOrEqual(30);
    expect(description.short.length).toBeLessThanOrEqual(80);
    expect(description.full.length).toBeLessThanOrEqual(4000);
    expect(description.short).toMatch(/not a diagnosis or medical advice/i);
    expect(description.full).toMatch(/consumer-health article/i);
    expect(description.full).toMatch(/not a doctor/i);
    expect(description.full).toMatch(/urgent medical help/i);
    expect(description.full).toMatch(/emergency/i);
    // Never present itself as a doctor.
    const all = `${name.short} ${name.full ?? ''} ${description.short}`;
    expect(all).not.toMatch(/\b(doctor|physician|dr\.?|diagnos(e|is) (your|you))\b/i);
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('reports schema errors readably', () => {
    const broken = { ...manifest, bots: [{ ...bots[0], botId: 'not-a-guid' }] };
    const errors = validateManifest(broken);
    expect(errors.some((e) => e.startsWith('/bots/0/botId:'))).toBe(true);
  });
});

describe('configuration', () => {
  it('defaults TEAMS_APP_ID to MicrosoftAppId and APP_VERSION to the package version', () => {
    const c = readConfig({ MicrosoftAppId: BOT_ID, PUBLIC_BASE_URL: 'https://bot.example.org' }, '0.1.0');
    expect(c.TEAMS_APP_ID).toBe(BOT_ID);
    expect(c.APP_VERSION).toBe('0.1.0');
    expect(c.BOT_DOMAIN).toBe('bot.example.org');
    expect(c.PRIVACY_URL).toBe('https://bot.example.org/privacy');
  });

  it('rejects a missing or malformed MicrosoftAppId and non-https URLs', () => {
    expect(() => readConfig({ PUBLIC_BASE_URL: 'https://bot.example.org' }, '0.1.0')).toThrow(/MicrosoftAppId is not set/);
    expect(() => readConfig({ MicrosoftAppId: 'abc', PUBLIC_BASE_URL: 'https://bot.example.org' }, '0.1.0')).toThrow(/GUID/);
    expect(() => readConfig({ MicrosoftAppId: BOT_ID, PUBLIC_BASE_URL: 'http://bot.example.org' }, '0.1.0')).toThrow(/https/);
    expect(() => readConfig({ MicrosoftAppId: BOT_ID }, '0.1.0')).toThrow(/PUBLIC_BASE_URL/);
  });

  it('refuses to leave a placeholder unfilled', () => {
    expect(() => fillTemplate('{"a":"${{NOPE}}"}', {})).toThrow(/NOPE/);
  });
});

describe('icons', () => {
  const colorBuf = fs.readFileSync(path.join(APP_PACKAGE_DIR, 'color.png'));
  const outlineBuf = fs.readFileSync(path.join(APP_PACKAGE_DIR, 'outline.png'));

  it('color.png is 192x192 and opaque', () => {
    const png = PNG.sync.read(colorBuf);
    expect([png.width, png.height]).toEqual([192, 192]);
    for (let i = 3; i < png.data.length; i += 4) expect(png.data[i]).toBe(255);
  });

  it('outline.png is 32x32, white only, on a transparent background', () => {
    const png = PNG.sync.read(outlineBuf);
    expect([png.width, png.height]).toEqual([32, 32]);
    let transparent = 0;
    let visible = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
      if (a === 0) {
        transparent += 1;
        continue;
      }
      visible += 1;
      expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(visible).toBeGreaterThan(0);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
    // The border rows and columns are background.
    for (let k = 0; k < 32; k += 1) {
      for (const [x, y] of [[k, 0], [0, k], [31, k]]) expect(png.data[(y * 32 + x) * 4 + 3]).toBe(0);
    }
    expect(checkIcons(colorBuf, outlineBuf)).toEqual([]);
  });

  it('the committed PNGs are what scripts/draw-icons.ts draws', () => {
    expect(Buffer.compare(PNG.sync.read(colorBuf).data, drawColorIcon().data)).toBe(0);
    expect(Buffer.compare(PNG.sync.read(outlineBuf).data, drawOutlineIcon().data)).toBe(0);
  });

  it('checkIcons catches wrong sizes and a non-white outline', () => {
    const grey = new PNG({ width: 32, height: 32 });
    grey.data.fill(0);
    grey.data.set([128, 128, 128, 255], (5 * 32 + 5) * 4);
    const problems = checkIcons(PNG.sync.write(grey), PNG.sync.write(grey));
    expect(problems.join('\n')).toMatch(/color\.png must be 192x192/);
    expect(problems.join('\n')).toMatch(/pure white/);
  });
});

describe('packaging', () => {
  const tmpDirs: string[] = [];
  afterAll(() => {
    for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
  });

  function runPackager(env: Record<string, string>) {
    // Clear anything a developer's shell or .env might supply; explicit values (even '') win over .env.
    const clean: Record<string, string | undefined> = { ...process.env };
    for (const k of ['MicrosoftAppId', 'TEAMS_APP_ID', 'PUBLIC_BASE_URL', 'WEBSITE_URL', 'PRIVACY_URL', 'TERMS_URL', 'BOT_DOMAIN', 'DEVELOPER_NAME', 'APP_VERSION', 'TEAMS_PACKAGE_OUT']) {
      clean[k] = '';
    }
    // tsx as a loader of this very node, not through npx: npm writes its own notices to stderr (npm 12 does).
    return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/teams-package.ts'], {
      cwd: REPO_ROOT,
      env: { ...clean, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
  }

  it('builds a zip with exactly manifest.json, color.png and outline.png at its root', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
    tmpDirs.push(out);
    const result = runPackager({ MicrosoftAppId: BOT_ID, PUBLIC_BASE_URL: 'https://backspasm.example.org', TEAMS_PACKAGE_OUT: out });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const zipPath = path.join(out, ZIP_NAME);
    expect(result.stdout).toContain(zipPath);

    const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;
    expect(validateManifest(packed)).toEqual([]);
    expect(packed.id).toBe(BOT_ID);
    expect((packed.bots as Bot[])[0].botId).toBe(BOT_ID);
    expect(Buffer.compare(await zip.file('color.png')!.async('nodebuffer'), fs.readFileSync(path.join(APP_PACKAGE_DIR, 'color.png')))).toBe(0);
  });

  it('exits 1 with a clear message when MicrosoftAppId is missing', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
    tmpDirs.push(out);
    const result = runPackager({ PUBLIC_BASE_URL: 'https://backspasm.example.org', TEAMS_PACKAGE_OUT: out });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/MicrosoftAppId is not set/);
    expect(fs.existsSync(path.join(out, ZIP_NAME))).toBe(false);
  });

  it('builds the same zip bytes as buildZip for the same inputs (reproducible)', async () => {
    const color = fs.readFileSync(path.join(APP_PACKAGE_DIR, 'color.png'));
    const outline = fs.readFileSync(path.join(APP_PACKAGE_DIR, 'outline.png'));
    const a = await buildZip(manifest, color, outline);
    const b = await buildZip(manifest, color, outline);
    expect(Buffer.compare(a, b)).toBe(0);
  });
});
