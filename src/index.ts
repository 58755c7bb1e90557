// Entry point for `npm start`: loads .env when present, starts the app, shuts down cleanly on SIGTERM/SIGINT.
import { config as loadDotenv } from 'dotenv';
import { startApp } from './app';
import { ConfigError } from './config';
import { KnowledgeError } from './knowledge';

loadDotenv({ quiet: true } as Parameters<typeof loadDotenv>[0]);

/** How long in-flight requests get to finish before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 5_000;

async function main(): Promise<void> {
  const app = await startApp();
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS);
    timer.unref();
    void app.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    console.error(`Cannot start: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Cannot start: port ${process.env.PORT || 3978} is already in use. Stop the other server, or set PORT to a free port.`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
