/**
 * The one error shape of the HTTP API, `{"error": {"code", "message", …}}`,
 * and the codes of refused request bodies. A code is stable (tools branch on
 * it); a message says what to do. Some errors carry more (a refused approval
 * carries its `diagnostics`), so the shape is open beyond code and message.
 */
import type { ArgsFor, KeyOf } from '../i18n/catalogue.js';
import { type Localized, localized } from '../i18n/localized.js';
import { serverBodyErrors } from '../i18n/messages/server-errors-body.js';
import * as z from '../zod.js';

/** The body of every refused API call. */
export const ApiErrorBodySchema = z.object({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

/** What a refused request body is answered with: a stable code and a message saying what to send. */
export interface BodyProblem {
  code: string;
  /** The message in English (what logs and tests read). */
  message: string;
  /** The message in the reader's language (the server answers with it; `message` where absent). */
  words?: Localized;
  /** The answer when the field is absent altogether, where that needs other words (e.g. "update your client"). */
  whenMissing?: { code: string; message: string; words?: Localized };
}

/** A body problem worded by the `server-errors-body` catalogue: `code` for tools, the message in whatever language reads it. */
export function bodyProblem<K extends KeyOf<typeof serverBodyErrors>>(code: string, key: K, ...args: ArgsFor<typeof serverBodyErrors, K>): BodyProblem {
  const words = localized(serverBodyErrors, key, ...args);
  return { code, message: words('en'), words };
}

/** The answer to a body that is not a JSON object at all (an array, a string…). */
export const NOT_AN_OBJECT: BodyProblem = bodyProblem('bad-body', 'body.notObject');

/** The answer to a body that is not JSON (`detail` is the parser's own words). */
export function badJson(detail: string): BodyProblem {
  return bodyProblem('bad-json', 'body.badJson', { detail });
}

/** The answer to a body sent without `Content-Type: application/json`. */
export const NOT_JSON: BodyProblem = bodyProblem('unsupported-media-type', 'body.notJson', { header: 'Content-Type: application/json' });

/** The answer to a body over the size limit. */
export function tooLarge(limit: number): BodyProblem {
  return bodyProblem('too-large', 'body.tooLarge', { limit: String(limit) });
}
