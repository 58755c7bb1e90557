// Prepare (after the build): makes Web Chat's brotli and gzip copies once at install, with the server's own code,
// so the first start after `npm install` serves them at once instead of compressing for several seconds.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadBundle } = require(join(root, 'dist/src/web/bundle.js'));
// As src/web/static.ts names it.
const WEBCHAT_BUNDLE = join(root, 'public', 'vendor', 'webchat.js');

if (!existsSync(WEBCHAT_BUNDLE)) {
  console.log('precompress-webchat: no Web Chat bundle (SKIP_WEBCHAT_FETCH?); nothing to compress.');
} else {
  const quiet = { info() {}, warn(fields, message) { console.warn(`precompress-webchat: ${message}`); } };
  const bundle = await loadBundle(WEBCHAT_BUNDLE, '/vendor', quiet);
  const bodies = await bundle.bodies;
  console.log(`precompress-webchat: ${bundle.url} ready (brotli ${Math.round(bodies.br.length / 1024)} KB, gzip ${Math.round(bodies.gzip.length / 1024)} KB).`);
}
