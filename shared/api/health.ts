/**
 * `GET /healthz`: "ok" when the store can write (a write probe and enough free disk), else 503 with the reason. A server
 * run with Redis (several instances, issue 17) also says how the store and Redis are: an instance that cannot reach
 * Redis is "degraded" (200: it serves its own clients; the others' edits reach them once Redis is back).
 */
import * as z from '../zod.js';

/** How Redis is, for a server run with it. */
const RedisState = z.enum(['ok', 'unreachable']);

/** The answer of `GET /healthz`: 200 when "ok" or "degraded", 503 when "unavailable". */
export const HealthSchema = z.union([
  z.object({ status: z.literal('ok'), store: z.optional(z.literal('ok')), redis: z.optional(z.literal('ok')) }),
  z.object({ status: z.literal('degraded'), store: z.literal('ok'), redis: z.literal('unreachable'), reason: z.string() }),
  z.object({ status: z.literal('unavailable'), reason: z.string(), store: z.optional(z.enum(['ok', 'unavailable'])), redis: z.optional(RedisState) }),
]);
export type Health = z.infer<typeof HealthSchema>;
