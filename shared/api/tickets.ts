/**
 * WebSocket tickets: `POST /api/tickets` (with the long-lived token in the
 * `Authorization` header) answers a single-use ticket valid 60 seconds, which
 * the client puts in the WebSocket URL (`?ticket=`) instead of its token, so
 * the token never appears in a URL a proxy could log.
 */
import * as z from '../zod.js';

/** What a client asks for (a JSON object, `{}` at least): optionally, the one document the ticket may open. */
export const TicketRequestSchema = z.object({
  docId: z.optional(z.string().check(z.minLength(1), z.maxLength(256))),
});
export type TicketRequest = z.infer<typeof TicketRequestSchema>;

/** The ticket, and when it stops working if unused (ISO timestamp). */
export const TicketResponseSchema = z.object({
  ticket: z.string().check(z.minLength(1)),
  expiresAt: z.string(),
});
export type TicketResponse = z.infer<typeof TicketResponseSchema>;
