// Structured JSON logs. Health conversations are private: nothing here ever logs message text.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'back-spasm-assistant' }, redact: { paths: ['text', '*.text', 'activity', '*.activity'], remove: true } });
}
