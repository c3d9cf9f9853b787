/**
 * Reading a bearer token off a request header (and a WebSocket's credential
 * off its URL): plain HTTP parsing, shared by
 * the HTTP API's auth hook and the sync core's upgrade (which hands the token
 * to its onAuthenticate hook without knowing what a valid one is).
 */

/** The token of an `Authorization: Bearer <token>` header value, or null when there is none (the one parser, for HTTP and WebSocket alike). */
export function bearerToken(authorization: string | undefined): string | null {
  const m = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  return m ? m[1] : null;
}

/** How a WebSocket upgrade presents who it is: a single-use ticket in the URL, the long-lived token in the URL (old clients), or a token in the header. */
export type Credential = { kind: 'ticket'; secret: string } | { kind: 'url-token'; secret: string } | { kind: 'header-token'; secret: string } | null;

/** The credential of a WebSocket upgrade request: `?ticket=` first, then `?token=`, then `Authorization: Bearer`. */
export function credentialOf(url: string | undefined, authorization: string | undefined): Credential {
  const params = new URL(url ?? '/', 'http://localhost').searchParams;
  const ticket = params.get('ticket');
  if (ticket) return { kind: 'ticket', secret: ticket };
  const token = params.get('token');
  if (token) return { kind: 'url-token', secret: token };
  const header = bearerToken(authorization);
  return header ? { kind: 'header-token', secret: header } : null;
}
