// Where the project's own folders are, whether running from src/ (tsx, vitest) or from dist/src/ (npm start).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the project folder (package.json) above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const KNOWLEDGE_DIR = join(PROJECT_ROOT, 'knowledge');
export const PUBLIC_DIR = join(PROJECT_ROOT, 'public');
