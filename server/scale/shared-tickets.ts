/**
 * WebSocket tickets shared by several instances (issue 17): behind a load
 * balancer that does not keep a browser on one instance, the page asks one
 * instance for a ticket (`POST /api/tickets`) and may open its WebSocket on
 * another. Tickets are therefore kept in Redis, under the hash of the ticket
 * (never the ticket), expiring with it; spending one is Redis's GETDEL, so a
 * ticket opens one connection whichever instances see it.
 *
 * While Redis cannot be reached, a ticket is issued into this instance's
 * memory (server/auth/tickets.ts) and works here only: with sticky sessions
 * that is where the page connects; otherwise the page asks again.
 *
 * A grant is sealed with the deployment's fan-out key for its own key
 * (fanout-key.ts): whoever else reads or writes Redis can neither read whose
 * token a grant stands for, nor make a ticket, nor move a real grant under
 * a ticket of their choosing.
 */
import type { Redis } from 'ioredis';
import { hashToken } from '../auth/tokens.js';
import { type IssuedTicket, judgeTicket, newTicket, TICKET_TTL_MS, type TicketGrant, type TicketRefusal, type Tickets, type TicketStore } from '../auth/tickets.js';
import type { FanoutKey } from './fanout-key.js';
import { REDIS_PREFIX } from './fanout-messages.js';

/** The Redis key of a ticket's grant. */
function keyOf(ticketHash: string): string {
  return `${REDIS_PREFIX}ticket:${ticketHash}`;
}

/** Tickets in Redis, with this instance's memory as the fallback while Redis is away. */
export class SharedTickets implements Tickets {
  constructor(
    private readonly redis: Redis,
    private readonly key: FanoutKey,
    private readonly local: TicketStore,
    private readonly now: () => number = Date.now,
  ) {}

  async issue(tokenHash: string, docId: string | null, sessionId?: number): Promise<IssuedTicket> {
    const ticket = newTicket();
    const expiresAt = this.now() + TICKET_TTL_MS;
    const grant: TicketGrant = { tokenHash, docId, expiresAt, ...(sessionId === undefined ? {} : { sessionId }) };
    try {
      const key = keyOf(hashToken(ticket));
      await this.redis.set(key, this.key.sealText(key, JSON.stringify(grant)), 'PX', TICKET_TTL_MS);
    } catch {
      return this.local.issue(tokenHash, docId, sessionId);
    }
    return { ticket, expiresAt: new Date(expiresAt) };
  }

  async redeem(ticket: string, docId: string): Promise<TicketGrant | TicketRefusal> {
    const here = this.local.redeem(ticket, docId);
    if (here !== 'unknown') return here;
    const key = keyOf(hashToken(ticket));
    let stored: string | null;
    try {
      stored = await this.redis.getdel(key);
    } catch {
      return 'unknown';
    }
    // Only a grant an instance sealed for this very key counts: Redis is no source of access (fanout-key.ts).
    const grant = stored === null ? undefined : this.key.openText(key, stored);
    return judgeTicket(grant === undefined ? undefined : (JSON.parse(grant) as TicketGrant), docId, this.now());
  }
}
