// The web page and its files from public/, Web Chat's bundle from public/vendor/, with the security headers pages need.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { sendJsonError } from '../http';
import { Logger } from '../log';
import { PUBLIC_DIR } from '../paths';
import { guarded, Handler } from './guard';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Files directly in public/ with a plain name: no slashes or dots to climb out of the folder with. */
const PUBLIC_FILE = /^[a-z0-9][a-z0-9-]*\.(html|css|js|svg|png|ico)$/;

/** Short names for the pages the Teams manifest links to. */
const PAGES: Record<string, string> = { '/': 'index.html', '/privacy': 'privacy.html', '/terms': 'terms.html' };

export const WEBCHAT_BUNDLE = join(PUBLIC_DIR, 'vendor', 'webchat.js');

/**
 * Checked in Chromium against Web Chat 4.18.1: the page runs only scripts from this origin (the bundle needs no
 * eval); Web Chat's styling (emotion) inserts <style> elements at run time, hence 'unsafe-inline' for styles only;
 * it draws some icons from blob: URLs. `connectOrigins` are Azure's Direct Line (REST and WebSocket) in Azure mode.
 */
export function contentSecurityPolicy(connectOrigins: string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob:",
    `connect-src ${["'self'", ...connectOrigins].join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface StaticDeps {
  logger: Logger;
  /** Origins the page may connect to besides its own (Azure's Direct Line, http and ws forms). */
  connectOrigins: string[];
}

export function registerStatic(server: Server, { logger, connectOrigins }: StaticDeps): void {
  const pageHeaders = {
    'Content-Security-Policy': contentSecurityPolicy(connectOrigins),
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };

  const route = (path: string, handler: Handler) => {
    server.get(path, guarded(logger, handler));
    server.head(path, guarded(logger, handler));
  };

  for (const [path, file] of Object.entries(PAGES)) {
    route(path, async (req, res) => {
      await sendFile(req, res, join(PUBLIC_DIR, file), pageHeaders);
    });
  }

  route('/vendor/webchat.js', async (req, res) => {
    const sent = await sendFile(req, res, WEBCHAT_BUNDLE, {}, 'missing-ok');
    if (!sent) {
      sendJsonError(res, 503, 'The Web Chat bundle (public/vendor/webchat.js) is missing. Run `npm install` (or `node scripts/fetch-webchat.mjs`) on the server.');
    }
  });

  route('/:file', async (req, res) => {
    const file = String(req.params.file);
    if (!PUBLIC_FILE.test(file)) return sendJsonError(res, 404, 'Not found.');
    await sendFile(req, res, join(PUBLIC_DIR, file), file.endsWith('.html') ? pageHeaders : {});
  });
}

/**
 * Streams a file with its content type, nosniff and an ETag (so reloads revalidate cheaply). A missing file is a
 * 404, or, with 'missing-ok', left to the caller (returns false).
 */
async function sendFile(req: Request, res: Response, path: string, headers: Record<string, string>, missing: 'missing-ok' | '404' = '404'): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) {
    if (missing === '404') sendJsonError(res, 404, 'Not found.');
    return false;
  }
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  for (const [name, value] of Object.entries({ ...headers, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache', ETag: etag })) res.header(name, value);
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304);
    res.end();
    return true;
  }
  res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Length': info.size });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(path);
    stream.on('error', (error) => {
      res.destroy();
      reject(error);
    });
    res.on('close', resolve);
    stream.pipe(res);
  });
  return true;
}
