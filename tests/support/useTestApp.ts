// A vitest helper: the real app on a free port for the tests of a file or describe block.
import { afterAll, beforeAll } from 'vitest';
import { App } from '../../src/app';
import { startTestApp } from './server';

/**
 * Starts the app before the tests of the enclosing file or describe block and closes it after them.
 * Read `server.app` and `server.base` inside tests (they are set once the hook has run).
 */
export function useTestApp(env: NodeJS.ProcessEnv | (() => NodeJS.ProcessEnv) = {}): { readonly app: App; readonly base: string } {
  const handle: { app?: App; base?: string } = {};
  beforeAll(async () => {
    handle.app = await startTestApp(typeof env === 'function' ? env() : env);
    handle.base = `http://127.0.0.1:${handle.app.port}`;
  });
  afterAll(async () => handle.app?.close());
  return {
    get app() {
      if (!handle.app) throw new Error('the test app is not started yet (use it inside a test)');
      return handle.app;
    },
    get base() {
      if (!handle.base) throw new Error('the test app is not started yet (use it inside a test)');
      return handle.base;
    },
  };
}
