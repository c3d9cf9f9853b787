/**
 * WebSocket close codes the server uses, with the reason sent alongside.
 *
 * The `y-websocket` client (v3) treats 4400–4499 as final (it stops
 * reconnecting and emits "closed" with the code and reason) and anything
 * else as transient (it reconnects with backoff). So a refusal that a retry
 * cannot fix uses 44xx, and a "try again later" uses 45xx.
 */
export const CLOSE = {
  /** Server shutting down; clients reconnect when it is back. */
  GOING_AWAY: 1001,
  /** A frame is not a valid y-websocket message, or the document id is invalid. */
  BAD_REQUEST: 4400,
  /** No token, an unknown token or a revoked token. */
  UNAUTHORIZED: 4401,
  /** The user may not read this document (or lost access while connected). */
  FORBIDDEN: 4403,
  /**
   * A message, or an awareness (presence) state, larger than allowed, or an update that would take the document
   * past its size limit (`maxDocBytes`; nothing of it is stored); the reason gives the size and the limit.
   */
  TOO_LARGE: 4413,
  /** The client wrote to a protected area: a root type only the server writes. */
  PROTECTED_WRITE: 4422,
  /** The client is older than the documents' layout (shared/api/client-layout.ts) and would damage them; it must be updated. */
  CLIENT_OUTDATED: 4426,
  /** The store failed; the client keeps its edits and resends them when it reconnects. */
  SERVER_ERROR: 4500,
  /**
   * An update depends on content the server does not have (its client's
   * earlier change was refused, or it arrived out of order); reconnecting
   * resynchronises.
   */
  OUT_OF_SYNC: 4509,
  /**
   * Too many updates or presence updates per second, too many connections for this user or from this address,
   * or too many failed logins from this address (refused before the token is checked); retry later.
   */
  RATE_LIMITED: 4529,
} as const;

export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];

/** WebSocket close reasons are limited to 123 bytes of UTF-8; this cuts a reason to fit. */
export function fitReason(reason: string): string {
  const bytes = new TextEncoder().encode(reason);
  if (bytes.length <= 123) return reason;
  let cut = reason.slice(0, 120);
  while (new TextEncoder().encode(cut + '…').length > 123) cut = cut.slice(0, -1);
  return cut + '…';
}
