/**
 * WebSocket tickets: a client trades its long-lived token (sent in an
 * `Authorization` header, which proxies do not log) for a single-use ticket
 * valid a minute, and puts only the ticket in the WebSocket URL (browsers
 * cannot set headers on a WebSocket). A leaked ticket is worth at most one
 * connection, within a minute, as the user who asked for it.
 *
 * Tickets live in memory only: a restart forgets them, which costs a client
 * one more request. The store keeps a hash of each, never the ticket itself.
 * Several instances behind one load balancer keep them in Redis instead
 * (server/scale/shared-tickets.ts), since a page may ask one instance for a
 * ticket and open its WebSocket on another.
 */
import { randomBytes } from 'node:crypto';
import { hashToken } from './tokens.js';

/** How long a ticket may wait before its one use. */
export const TICKET_TTL_MS = 60_000;

/** Outstanding tickets one token may hold; asking for more forgets its oldest (a client asks for one per connect). */
export const MAX_TICKETS_PER_TOKEN = 64;

/** What a ticket stands for: the token it was traded for, and the one document it opens when it names one. */
export interface TicketGrant {
  /** Hash of the token that asked for the ticket (connections opened with it close when that token is revoked). */
  tokenHash: string;
  /** The only document this ticket opens, or null for any the user may open. */
  docId: string | null;
  /** The web session (issue 13) whose page asked for the ticket: its connection closes when the session ends. */
  sessionId?: number;
  expiresAt: number;
}

/** Why a ticket was not accepted, in words for the person. */
export type TicketRefusal = 'unknown' | 'expired' | 'other-document';

/** Where tickets are kept: this process's memory (`TicketStore`), or Redis shared by several instances (server/scale/shared-tickets.ts). */
export interface Tickets {
  /** Issues a new single-use ticket for the holder of `tokenHash`, valid TICKET_TTL_MS, optionally for one document only (and on behalf of a web session). */
  issue(tokenHash: string, docId: string | null, sessionId?: number): Promise<IssuedTicket> | IssuedTicket;
  /** Spends a ticket to open `docId`: it can never be used again, whether or not it was accepted. */
  redeem(ticket: string, docId: string): Promise<TicketGrant | TicketRefusal> | TicketGrant | TicketRefusal;
}

/** A ticket as its holder receives it. */
export interface IssuedTicket {
  ticket: string;
  expiresAt: Date;
}

/** A new ticket: 192 random bits. */
export function newTicket(): string {
  return `pot_${randomBytes(24).toString('base64url')}`;
}

/** What a ticket taken out of its store (so never usable again) is worth for opening `docId` at `now`. */
export function judgeTicket(grant: TicketGrant | undefined, docId: string, now: number): TicketGrant | TicketRefusal {
  if (!grant) return 'unknown';
  if (grant.expiresAt <= now) return 'expired';
  if (grant.docId !== null && grant.docId !== docId) return 'other-document';
  return grant;
}

/** The outstanding tickets of one server process. */
export class TicketStore implements Tickets {
  private readonly byHash = new Map<string, TicketGrant>();

  /** @param now the clock (injectable, so tests can make a ticket expire without waiting). */
  constructor(private readonly now: () => number = Date.now) {}

  /** Issues a new single-use ticket for the holder of `tokenHash`, valid TICKET_TTL_MS, optionally for one document only (and on behalf of a web session). */
  issue(tokenHash: string, docId: string | null, sessionId?: number): IssuedTicket {
    this.prune();
    const mine = [...this.byHash].filter(([, g]) => g.tokenHash === tokenHash);
    // Map order is insertion order: the first ones are the oldest.
    for (const [hash] of mine.slice(0, Math.max(0, mine.length - MAX_TICKETS_PER_TOKEN + 1))) this.byHash.delete(hash);
    const ticket = newTicket();
    const expiresAt = this.now() + TICKET_TTL_MS;
    this.byHash.set(hashToken(ticket), { tokenHash, docId, expiresAt, ...(sessionId === undefined ? {} : { sessionId }) });
    return { ticket, expiresAt: new Date(expiresAt) };
  }

  /** Spends a ticket to open `docId`: it can never be used again, whether or not it was accepted. */
  redeem(ticket: string, docId: string): TicketGrant | TicketRefusal {
    const hash = hashToken(ticket);
    const grant = this.byHash.get(hash);
    this.byHash.delete(hash);
    return judgeTicket(grant, docId, this.now());
  }

  /** Forgets expired tickets, so unused ones do not pile up. */
  private prune(): void {
    const now = this.now();
    for (const [hash, g] of this.byHash) if (g.expiresAt <= now) this.byHash.delete(hash);
  }
}
