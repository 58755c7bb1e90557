// Web Chat's 3.9 MB bundle, served compressed (brotli or gzip, by Accept-Encoding) under a URL carrying its content hash.
//
// The compressed copies are made once per bundle version and kept beside it (public/vendor/webchat.js.<hash>.br/.gz),
// so a restart only hashes the file (~10 ms, off the bot's path). `npm install` makes them (prepare runs
// scripts/precompress-webchat.mjs); when they are missing the first start makes them in the background, a few seconds.
// No proxy is needed. A read-only folder still works: the copies are then made at every start.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { Logger } from '../log';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface Bundle {
  /** The URL the page loads it from: /vendor/webchat.<hash>.js. */
  url: string;
  /** The first 16 hex digits of the bundle's SHA-256. */
  hash: string;
  /** The bundle in each encoding; settles once the compressed copies are read or made (identity if that failed). */
  bodies: Promise<Record<Encoding, Buffer>>;
}

const COMPRESSORS: Record<Exclude<Encoding, 'identity'>, (data: Buffer) => Promise<Buffer>> = {
  // Quality 11 takes ~5 s once and saves ~70 KB more than quality 9 on every first visit.
  br: (data) => promisify(brotliCompress)(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
  gzip: (data) => promisify(gzip)(data, { level: 9 }),
};
const SUFFIX: Record<Exclude<Encoding, 'identity'>, string> = { br: 'br', gzip: 'gz' };

/** Reads and hashes the bundle, then gets its compressed copies (making them when missing); undefined when it is missing. */
export async function loadBundle(file: string, urlDir: string, logger: Logger): Promise<Bundle | undefined> {
  const identity = await readFile(file).catch(() => undefined);
  if (!identity) return undefined;
  const hash = createHash('sha256').update(identity).digest('hex').slice(0, 16);
  const name = basename(file);
  const compressed = async (encoding: Exclude<Encoding, 'identity'>) => {
    const cached = join(dirname(file), `${name}.${hash}.${SUFFIX[encoding]}`);
    return (await readFile(cached).catch(() => undefined)) ?? (await compressAndKeep(identity, encoding, cached, logger));
  };
  const bodies = Promise.all([compressed('br'), compressed('gzip')]).then(
    ([br, gzip]) => ({ identity, br, gzip }),
    (error: unknown) => {
      logger.warn({ error: error instanceof Error ? error.message : 'unknown' }, 'could not compress the Web Chat bundle; sending it uncompressed');
      return { identity, br: identity, gzip: identity };
    },
  );
  return { url: `${urlDir}/${name.replace(/\.js$/, '')}.${hash}.js`, hash, bodies };
}

async function compressAndKeep(data: Buffer, encoding: Exclude<Encoding, 'identity'>, path: string, logger: Logger): Promise<Buffer> {
  const started = Date.now();
  const body = await COMPRESSORS[encoding](data);
  try {
    // Beside the target, then renamed: two servers starting at once never read half a file.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, body);
    await rename(partial, path);
    await removeOtherVersions(path);
  } catch (error) {
    logger.warn({ error: error instanceof Error ? error.message : 'unknown' }, 'could not keep the compressed Web Chat bundle; it is made again at each start');
  }
  logger.info({ encoding, bytes: body.length, ms: Date.now() - started }, 'compressed the Web Chat bundle');
  return body;
}

/** Copies made for an earlier bundle version (another hash) are of no use any more. */
async function removeOtherVersions(kept: string): Promise<void> {
  const dir = dirname(kept);
  const [name, , suffix] = splitCacheName(basename(kept));
  for (const entry of await readdir(dir)) {
    const [otherName, otherHash, otherSuffix] = splitCacheName(entry);
    if (otherName === name && otherSuffix === suffix && otherHash && entry !== basename(kept)) await rm(join(dir, entry), { force: true });
  }
}

/** "webchat.js.<hash>.br" -> ["webchat.js", "<hash>", "br"]. */
function splitCacheName(entry: string): [string, string | undefined, string | undefined] {
  const match = /^(.+)\.([0-9a-f]{16})\.(br|gz)$/.exec(entry);
  return match ? [match[1], match[2], match[3]] : [entry, undefined, undefined];
}

/** The best encoding the client accepts: brotli, then gzip, else none (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (token && (q === undefined || Number(q) > 0)) accepted.add(token);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}
