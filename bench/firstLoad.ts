// The web page's first load in real Chromium: bytes over the wire and time until the welcome shows, with Web Chat's
// bundle compressed (as served) and uncompressed (the browser made to accept no encoding), on loopback and slow 4G.
import { Browser, chromium } from 'playwright-core';
import { startApp } from '../src/app';
import { WELCOME } from '../src/text';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/chromium';
import { median } from './stats';

export type Encoding = 'compressed' | 'uncompressed';
export type Network = 'loopback' | 'slow4g';

export interface LoadSample {
  /** Bytes received for every request until the welcome showed (headers and bodies, as sent). */
  bytes: number;
  /** Navigation start to the welcome's first words on screen. */
  ms: number;
  /** How the bundle came: br, gzip or none. */
  bundleEncoding: string;
}

export type FirstLoadResult = Record<Network, Record<Encoding, LoadSample[]>>;

/** Chrome DevTools' "Slow 4G" preset (bytes per second, latency in ms). */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1000 * 1000) / 8 * 0.9, uploadThroughput: (750 * 1000) / 8 * 0.9 };
const WELCOME_START = WELCOME.split('\n\n')[0].slice(0, 40);

/** One cold load in a fresh browser context (an empty cache), measured through the DevTools protocol. */
async function loadOnce(browser: Browser, url: string, encoding: Encoding, network: Network): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // "identity" only: the server then sends the bundle as it is, as before compression was added.
    if (encoding === 'uncompressed') await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
    if (network === 'slow4g') await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    let bytes = 0;
    let bundleEncoding = 'none';
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
    cdp.on('Network.responseReceived', (event: { response: { url: string; headers: Record<string, string> } }) => {
      if (/\/vendor\/webchat[.\w]*\.js$/.test(event.response.url)) bundleEncoding = event.response.headers['content-encoding'] ?? event.response.headers['Content-Encoding'] ?? 'none';
    });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByText(WELCOME_START).first().waitFor({ state: 'visible', timeout: 120_000 });
    return { bytes, ms: Date.now() - started, bundleEncoding };
  } finally {
    await context.close();
  }
}

/** `rounds` loads of each kind on loopback and `slowRounds` on slow 4G, compressed and uncompressed taking turns. */
export async function measureFirstLoad(rounds: number, slowRounds: number): Promise<FirstLoadResult> {
  const app = await startApp({ env: { LOG_LEVEL: 'silent' }, port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const url = `http://127.0.0.1:${app.port}/`;
  const result: FirstLoadResult = { loopback: { compressed: [], uncompressed: [] }, slow4g: { compressed: [], uncompressed: [] } };
  try {
    // One unrecorded load warms the server's and Chromium's code paths.
    await loadOnce(browser, url, 'compressed', 'loopback');
    for (const [network, count] of [['loopback', rounds], ['slow4g', slowRounds]] as const) {
      for (let i = 0; i < count; i += 1) {
        const order: Encoding[] = i % 2 === 0 ? ['compressed', 'uncompressed'] : ['uncompressed', 'compressed'];
        for (const encoding of order) result[network][encoding].push(await loadOnce(browser, url, encoding, network));
      }
    }
  } finally {
    await browser.close();
    await app.close();
  }
  return result;
}

export const medianOf = (samples: LoadSample[], of: (s: LoadSample) => number) => median(samples.map(of));
