/**
 * The address a request comes from, for the per-address limits and the
 * audit. Behind a reverse proxy every request arrives from the proxy, so
 * without this one stranger's bad tokens would lock every user out
 * (failed logins are counted per address). `X-Forwarded-For` is read only
 * when the peer is a proxy the administrator named (`--trust-proxy`):
 * anyone else could write the header to pass for another address.
 */
import type { IncomingMessage } from 'node:http';

/** An address as compared: IPv4 clients of a dual-stack socket (`::ffff:10.0.0.1`) read as plain IPv4. */
function plain(address: string): string {
  const a = address.trim();
  return a.toLowerCase().startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a;
}

/** Whether the request's peer is one of `trustedProxies` (whose forwarding headers may then be believed). */
export function fromTrustedProxy(req: IncomingMessage, trustedProxies: readonly string[]): boolean {
  return trustedProxies.map(plain).includes(plain(req.socket.remoteAddress ?? 'unknown'));
}

/**
 * The client's address: the socket's peer, or, when that peer is one of `trustedProxies`, the nearest address in
 * `X-Forwarded-For` (read from the right, as each proxy appends the address it saw) that is not a trusted proxy.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: readonly string[]): string {
  const peer = plain(req.socket.remoteAddress ?? 'unknown');
  if (!trustedProxies.length) return peer;
  const trusted = new Set(trustedProxies.map(plain));
  if (!trusted.has(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map(plain).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.has(hops[i])) return hops[i];
  return hops[0] ?? peer;
}
