// Starting the server the way `npm start` does: clear messages and exit code 1 for settings it cannot use.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths';

function start(env: Record<string, string>): { status: number | null; stderr: string } {
  const tsx = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
  const result = spawnSync(tsx, ['src/index.ts'], { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stderr: result.stderr };
}

describe('start-up errors', () => {
  it('names a bad setting and what it takes', () => {
    const { status, stderr } = start({ MAX_MESSAGE_CHARS: 'lots', PORT: '0' });
    expect(status).toBe(1);
    expect(stderr).toContain('Cannot start: Setting MAX_MESSAGE_CHARS: "lots" is not a whole number');
    expect(stderr).toContain('.env.example');
  });

  it('says when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { status, stderr } = start({ PORT: String(port) });
      expect(status).toBe(1);
      expect(stderr).toContain(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
