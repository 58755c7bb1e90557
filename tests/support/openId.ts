// A local stand-in for the Bot Framework's OpenID metadata endpoint (login.botframework.com is out of reach here), and
// tokens signed like the Bot Framework's, so authentication runs for real against it.
import { createSign, KeyObject } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export const APP_ID = '6a4d1a5e-0000-4000-8000-00000000b0ad';
export const ISSUER = 'https://api.botframework.com';
export const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
const KEY_ID = 'bot-framework-key';

/**
 * Publishes one signing key as the Bot Framework does (with the channels it endorses). botbuilder validates tokens
 * against it exactly as against the real one; only its address is set (through botbuilder's settings for non-public clouds).
 */
export async function startOpenIdEndpoint(publicKey: KeyObject): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const body =
      req.url === '/keys'
        ? { keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KEY_ID, use: 'sig', endorsements: ['msteams', 'webchat', 'emulator'] }] }
        : { issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`, server };
}

/** The app's settings for an app id whose tokens are checked against the metadata at `metadataUrl`. */
export function authEnv(metadataUrl: string): NodeJS.ProcessEnv {
  return {
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-password',
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: ISSUER,
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
  };
}

export function jwt(privateKey: KeyObject, claims: Record<string, unknown>, kid = KEY_ID): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode({ iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims })}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
}
