/** `GET /healthz`: "ok" when the store can write (a write probe and enough free disk), else 503 with the reason. */
import * as z from '../zod.js';

/** The answer of `GET /healthz`, 200 or 503. */
export const HealthSchema = z.union([z.object({ status: z.literal('ok') }), z.object({ status: z.literal('unavailable'), reason: z.string() })]);
export type Health = z.infer<typeof HealthSchema>;
