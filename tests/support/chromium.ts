// Where Debian's Chromium is and how to start it headless; shared by the browser tests and the first-load bench (no vitest here).
import { existsSync } from 'node:fs';

/** Debian's chromium package; CHROMIUM_PATH overrides. /usr/bin/chromium is Debian's wrapper script around the binary. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function chromiumPath(): string {
  if (!CHROMIUM) throw new Error('Chromium not found: install Debian’s package (apt-get install -y chromium) or set CHROMIUM_PATH.');
  return CHROMIUM;
}
