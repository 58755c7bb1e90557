// Web Chat's bundle over real HTTP: a content-hashed URL in the page, brotli or gzip by Accept-Encoding, a year-long immutable cache.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WEBCHAT_BUNDLE } from '../../src/web/static';
import { useTestApp } from '../support/useTestApp';

const server = useTestApp();

/** A raw GET (Node's fetch would ask for gzip and unpack it itself): status, headers and the bytes as sent. */
function rawGet(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function bundleUrl(): Promise<string> {
  const page = (await rawGet('/')).body.toString('utf8');
  const url = /<script src="(\/vendor\/webchat\.[0-9a-f]{16}\.js)"/.exec(page)?.[1];
  if (!url) throw new Error(`the page names no hashed bundle:\n${page}`);
  return url;
}

describe('Web Chat’s bundle', () => {
  const original = readFileSync(WEBCHAT_BUNDLE);

  it('is named by a content hash in the page, and cached for a year as immutable', async () => {
    const url = await bundleUrl();
    const res = await rawGet(url, { 'Accept-Encoding': 'identity' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(original)).toBe(true);
  });

  it('is sent with brotli to browsers that accept it, and is then under a fifth of its size', async () => {
    const res = await rawGet(await bundleUrl(), { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(original.length / 5);
    expect(brotliDecompressSync(res.body).equals(original)).toBe(true);
  });

  it('is sent with gzip when brotli is refused or unknown', async () => {
    const url = await bundleUrl();
    for (const accept of ['gzip, deflate', 'br;q=0, gzip;q=0.8']) {
      const res = await rawGet(url, { 'Accept-Encoding': accept });
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(res.body).equals(original)).toBe(true);
    }
  });

  it('answers a revalidation with 304, HEAD without a body, and another hash with 404', async () => {
    const url = await bundleUrl();
    const first = await rawGet(url, { 'Accept-Encoding': 'br' });
    const again = await rawGet(url, { 'Accept-Encoding': 'br', 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    const head = await rawGet(url, { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await rawGet('/vendor/webchat.0000000000000000.js')).status).toBe(404);
  });

  it('is still served compressed at its old, unversioned URL, revalidated on each load', async () => {
    const res = await rawGet('/vendor/webchat.js', { 'Accept-Encoding': 'br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});
