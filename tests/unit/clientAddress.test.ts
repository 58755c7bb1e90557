// TRUST_PROXY: which address a request counts as, for each way of trusting proxies, and settings refused at start-up.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressSetting } from '../../src/clientAddress';

function request(peer: string, forwardedFor?: string): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } } as unknown as IncomingMessage;
}

describe('clientAddressSetting (TRUST_PROXY)', () => {
  it.each([
    ['off: forwarded headers are ignored', '', request('127.0.0.1', '203.0.113.9'), '127.0.0.1'],
    ['off, IPv4-mapped peer written as IPv4', 'false', request('::ffff:10.0.0.8', '203.0.113.9'), '10.0.0.8'],
    ['one hop: the address the proxy saw', '1', request('10.0.0.1', '198.51.100.1, 203.0.113.9'), '203.0.113.9'],
    ['two hops', '2', request('10.0.0.1', '198.51.100.1, 203.0.113.9'), '198.51.100.1'],
    ['more hops than the chain: the farthest', '5', request('10.0.0.1', '203.0.113.9'), '203.0.113.9'],
    ['loopback proxy', 'loopback', request('127.0.0.1', '203.0.113.9'), '203.0.113.9'],
    ['a client spoofing X-Forwarded-For past a trusted proxy', 'loopback', request('127.0.0.1', '6.6.6.6, 203.0.113.9'), '203.0.113.9'],
    ['an untrusted peer: its header is ignored', 'loopback', request('198.51.100.4', '203.0.113.9'), '198.51.100.4'],
    ['a CIDR list of proxies', '10.0.0.0/8, 192.0.2.1', request('10.1.2.3', '203.0.113.9, 192.0.2.1'), '203.0.113.9'],
    ['garbage in the header stops the walk', 'loopback', request('127.0.0.1', 'not-an-ip'), '127.0.0.1'],
    ['IPv6 proxy', '::1', request('::1', '2001:db8::5'), '2001:db8::5'],
  ])('%s', (_name, setting, req, expected) => {
    expect(clientAddressSetting({ TRUST_PROXY: setting })(req)).toBe(expected);
  });

  it.each(['everything', '10.0.0.0/33', '11', 'loopback, nope'])('refuses TRUST_PROXY=%s at start-up, naming it', (setting) => {
    expect(() => clientAddressSetting({ TRUST_PROXY: setting })).toThrow(/Setting TRUST_PROXY/);
  });
});
