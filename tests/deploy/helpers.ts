// Reading the deployment files for the tests: infra/main.bicep's parts, .env.example's names, the README's checked blocks.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../scripts/teams-package';

export const BICEP_PATH = path.join(REPO_ROOT, 'infra', 'main.bicep');
export const bicepText = () => fs.readFileSync(BICEP_PATH, 'utf8');

/** Bicep without its comments (line comments only: the file uses no block comments). */
export const bicepCode = () => bicepText().replace(/\/\/.*$/gm, '');

/** `output NAME type = ...` names. */
export const bicepOutputs = () => [...bicepCode().matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]);

/** The body between the braces that open on the line declaring `resource <symbol>`. */
export function bicepResourceBody(symbol: string): string {
  const code = bicepCode();
  const start = code.search(new RegExp(`^resource\\s+${symbol}\\s`, 'm'));
  if (start < 0) throw new Error(`infra/main.bicep declares no resource ${symbol}`);
  const open = code.indexOf('{', start);
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '{') depth++;
    if (code[i] === '}' && --depth === 0) return code.slice(open + 1, i);
  }
  throw new Error(`resource ${symbol} has no closing brace`);
}

/** Every setting name .env.example documents (commented-out or not). */
export function envExampleNames(): Set<string> {
  const text = fs.readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8');
  return new Set([...text.matchAll(/^([A-Za-z][A-Za-z0-9_]*)=/gm)].map((m) => m[1]));
}

/** The fenced block right after `<!-- readme-check: name -->` in README.md, so tests run the steps as written. */
export function readmeBlock(name: string): string {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const match = new RegExp(`<!-- readme-check: ${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match) throw new Error(`README.md has no block marked <!-- readme-check: ${name} -->`);
  return match[1];
}

/** A `## title` section of README.md, up to the next `## ` heading. */
export function readmeSection(title: string): string {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no section "## ${title}"`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}
