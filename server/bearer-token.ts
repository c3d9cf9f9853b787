/**
 * Reading a bearer token off a request header: plain HTTP parsing, shared by
 * the HTTP API's auth hook and the sync core's upgrade (which hands the token
 * to its onAuthenticate hook without knowing what a valid one is).
 */

/** The token of an `Authorization: Bearer <token>` header value, or null when there is none (the one parser, for HTTP and WebSocket alike). */
export function bearerToken(authorization: string | undefined): string | null {
  const m = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  return m ? m[1] : null;
}
