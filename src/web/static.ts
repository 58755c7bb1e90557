// The web page and its files from public/, Web Chat's bundle from public/vendor/, with the security headers pages need.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { sendJsonError } from '../http';
import { Logger } from '../log';
import { PUBLIC_DIR } from '../paths';
import { Bundle, chooseEncoding, loadBundle } from './bundle';
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
const PAGES: Record<string, string> = { '/privacy': 'privacy.html', '/terms': 'terms.html' };

export const WEBCHAT_BUNDLE = join(PUBLIC_DIR, 'vendor', 'webchat.js');
/** The bundle's unversioned URL: the page uses it when the bundle is missing (it answers 503 in words then). */
const WEBCHAT_URL = '/vendor/webchat.js';
/** A hashed URL never changes content, so browsers may keep it for a year without asking again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

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
    // data: for the stretch illustrations, which travel inside the bot's activities (SVG, drawn by the project).
    "img-src 'self' blob: data:",
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

/**
 * Adds the page routes. Web Chat's bundle is read, hashed and (on a first start) compressed in the background, so the
 * bot answers at once; the page and the bundle's routes wait for it (about 10 ms, or a few seconds the first time).
 */
export function registerStatic(server: Server, { logger, connectOrigins }: StaticDeps): void {
  const bundle = loadBundle(WEBCHAT_BUNDLE, '/vendor', logger);
  const indexPage = bundle.then(renderIndex);
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

  route('/', async (req, res) => sendBody(req, res, await indexPage, { ...pageHeaders, 'Cache-Control': 'no-cache' }));
  for (const [path, file] of Object.entries(PAGES)) {
    route(path, async (req, res) => {
      await sendFile(req, res, join(PUBLIC_DIR, file), pageHeaders);
    });
  }

  // The unversioned name (no-cache), or the current hashed one (immutable); another hash is an old page's: 404.
  route('/vendor/:file', async (req, res) => {
    const loaded = await bundle;
    const file = `/vendor/${String(req.params.file)}`;
    if (file === WEBCHAT_URL && !loaded) {
      return sendJsonError(res, 503, 'The Web Chat bundle (public/vendor/webchat.js) is missing. Run `npm install` (or `node scripts/fetch-webchat.mjs`) on the server.');
    }
    if (!loaded || (file !== WEBCHAT_URL && file !== loaded.url)) return sendJsonError(res, 404, 'Not found.');
    await sendBundle(req, res, loaded, file === WEBCHAT_URL ? 'no-cache' : IMMUTABLE);
  });

  route('/:file', async (req, res) => {
    const file = String(req.params.file);
    if (!PUBLIC_FILE.test(file)) return sendJsonError(res, 404, 'Not found.');
    await sendFile(req, res, join(PUBLIC_DIR, file), file.endsWith('.html') ? pageHeaders : {});
  });
}

/** Streams a file with its content type, nosniff and an ETag (so reloads revalidate cheaply); a missing file is a 404. */
async function sendFile(req: Request, res: Response, path: string, headers: Record<string, string>): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return sendJsonError(res, 404, 'Not found.');
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  for (const [name, value] of Object.entries({ ...headers, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache', ETag: etag })) res.header(name, value);
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304);
    res.end();
    return;
  }
  res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Length': info.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
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
}

interface Body {
  data: Buffer;
  contentType: string;
  etag: string;
  encoding?: string;
}

/** index.html with the bundle's hashed URL, made once at start. */
async function renderIndex(bundle: Bundle | undefined): Promise<Body> {
  const html = await readFile(join(PUBLIC_DIR, 'index.html'), 'utf8');
  const data = Buffer.from(bundle ? html.replace(`src="${WEBCHAT_URL}"`, `src="${bundle.url}"`) : html);
  return { data, contentType: CONTENT_TYPES['.html'], etag: `"${createHash('sha256').update(data).digest('hex').slice(0, 16)}"` };
}

/** The bundle in the best encoding the client accepts; caches must keep one copy per encoding (Vary). */
async function sendBundle(req: Request, res: Response, bundle: Bundle, cacheControl: string): Promise<void> {
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  const bodies = await bundle.bodies;
  res.header('Vary', 'Accept-Encoding');
  await sendBody(req, res, { data: bodies[encoding], contentType: CONTENT_TYPES['.js'], etag: `"${bundle.hash}-${encoding}"`, encoding: encoding === 'identity' ? undefined : encoding }, { 'Cache-Control': cacheControl });
}

/** Sends a body held in memory, with an ETag; a matching If-None-Match gets 304. */
async function sendBody(req: Request, res: Response, body: Body, headers: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries({ ...headers, 'X-Content-Type-Options': 'nosniff', ETag: body.etag })) res.header(name, value);
  if (req.headers['if-none-match'] === body.etag) {
    res.writeHead(304);
    res.end();
    return;
  }
  res.writeHead(200, { 'Content-Type': body.contentType, 'Content-Length': body.data.length, ...(body.encoding ? { 'Content-Encoding': body.encoding } : {}) });
  res.end(req.method === 'HEAD' ? undefined : body.data);
}
