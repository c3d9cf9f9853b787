/**
 * How the server meets the network: its TLS certificate and key, checked at
 * start with errors that say which file is wrong, and which browser origins
 * may open a WebSocket (a web page elsewhere must not drive a user's
 * connection).
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createSecureContext } from 'node:tls';
import { fromTrustedProxy } from './client-address.js';

/** The PEM certificate and key of `tls`, read and checked to belong together; throws an error naming the file and what to do. */
export function loadTls(tls: { certFile: string; keyFile: string }): { cert: Buffer; key: Buffer } {
  const read = (file: string, what: string, flag: string): Buffer => {
    try {
      return readFileSync(file);
    } catch (e) {
      throw new Error(`Cannot read the TLS ${what} ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)}); check ${flag}.`, { cause: e });
    }
  };
  const cert = read(tls.certFile, 'certificate', '--tls-cert');
  const key = read(tls.keyFile, 'private key', '--tls-key');
  try {
    createSecureContext({ cert, key });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (/mismatch/i.test(why)) throw new Error(`The TLS private key ${tls.keyFile} does not belong to the certificate ${tls.certFile}; give the key the certificate was made for (--tls-key).`, { cause: e });
    throw new Error(`The TLS certificate ${tls.certFile} or key ${tls.keyFile} is not usable PEM (${why}); give a PEM certificate with --tls-cert and its PEM private key with --tls-key.`, { cause: e });
  }
  return { cert, key };
}

/**
 * Whether a WebSocket upgrade may proceed given its Origin: no Origin (a
 * program, not a browser page) may; a browser page may when it comes from
 * the server itself (same scheme and Host as the request) or from an origin
 * in `allowed`.
 */
export function originAllowed(request: IncomingMessage, allowed: readonly string[], secure: boolean): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  return origin.toLowerCase() === ownOrigin(request, secure, []);
}

/** A Host header as browsers send it: a name or an IPv4 address, or an IPv6 address in brackets, and an optional port. */
const HOST_AND_PORT = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;

/**
 * The server's own origin as the browser of `request` sees it (lower case): https when the server serves TLS, or when
 * a trusted reverse proxy says the browser came over https (`X-Forwarded-Proto`), else http; then the request's Host.
 * Undefined without a Host. A program can forge Host, but a program holds no one's session cookie, which is what
 * comparing a browser's Origin with this protects.
 */
export function ownOrigin(request: IncomingMessage, secure: boolean, trustedProxies: readonly string[]): string | undefined {
  const host = request.headers.host;
  // Only a host and port: a Host holding a path, a query or a user ("evil.example/phish?") would make links built on it (exports, mail) point anywhere.
  if (!host || !HOST_AND_PORT.test(host)) return undefined;
  const forwarded = fromTrustedProxy(request, trustedProxies) ? String(request.headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase() : '';
  const https = secure || forwarded === 'https';
  return `${https ? 'https' : 'http'}://${host.toLowerCase()}`;
}
