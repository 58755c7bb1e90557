// Who is asking: the client address that per-address limits key on, through trusted proxies only (TRUST_PROXY).
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { ConfigError } from './config';

/** The client's address for a request: the socket's peer, or what trusted proxies say in X-Forwarded-For. */
export type ClientAddressOf = (req: IncomingMessage) => string;

/**
 * TRUST_PROXY: empty/false trusts no proxy (forwarded headers are ignored: the peer is the client); a whole number n
 * trusts the n nearest hops; otherwise a comma-separated list of `loopback`, addresses and CIDR ranges, whose
 * members are trusted as proxies wherever they appear in the chain.
 */
export function clientAddressSetting(env: NodeJS.ProcessEnv): ClientAddressOf {
  const raw = env.TRUST_PROXY?.trim() ?? '';
  if (raw === '' || ['false', '0', 'no'].includes(raw.toLowerCase())) return (req) => peerOf(req);
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new ConfigError('TRUST_PROXY', `"${raw}" trusts more than 10 proxy hops`);
    return (req) => {
      const chain = chainOf(req);
      return chain[Math.min(hops, chain.length - 1)];
    };
  }
  const trusted = trustList(raw);
  return (req) => {
    const chain = chainOf(req);
    let i = 0;
    while (i < chain.length - 1 && isTrusted(trusted, chain[i])) i += 1;
    return chain[i];
  };
}

export function isLoopbackAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && LOOPBACK.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

function trustList(raw: string): BlockList {
  const list = new BlockList();
  for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address, prefix] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))) {
      throw new ConfigError('TRUST_PROXY', `"${entry}" is not loopback, an IP address or a CIDR range (a whole number of hops also works)`);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** The socket's peer, IPv4-mapped IPv6 written as plain IPv4 (so 127.0.0.1 matches the same rules either way). */
function peerOf(req: IncomingMessage): string {
  return plain(req.socket.remoteAddress ?? 'unknown');
}

/**
 * The peer first, then X-Forwarded-For from the nearest hop back; stops before anything that is not an IP address,
 * so a forged garbage entry cannot become an address of its own.
 */
function chainOf(req: IncomingMessage): string[] {
  const chain = [peerOf(req)];
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((a) => plain(a.trim()));
  for (const address of forwarded.reverse()) {
    if (isIP(address) === 0) break;
    chain.push(address);
  }
  return chain;
}

function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}
