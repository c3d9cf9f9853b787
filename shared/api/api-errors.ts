/**
 * The one error shape of the HTTP API, `{"error": {"code", "message", …}}`,
 * and the codes of refused request bodies. A code is stable (tools branch on
 * it); a message says what to do. Some errors carry more (a refused approval
 * carries its `diagnostics`), so the shape is open beyond code and message.
 */
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
  message: string;
  /** The answer when the field is absent altogether, where that needs other words (e.g. "update your client"). */
  whenMissing?: { code: string; message: string };
}

/** The answer to a body that is not a JSON object at all (an array, a string…). */
export const NOT_AN_OBJECT: BodyProblem = { code: 'bad-body', message: 'The request body must be a JSON object.' };

/** The answer to a body that is not JSON (`detail` is the parser's own words). */
export function badJson(detail: string): BodyProblem {
  return { code: 'bad-json', message: `The request body is not valid JSON: ${detail}` };
}

/** The answer to a body sent without `Content-Type: application/json`. */
export const NOT_JSON: BodyProblem = { code: 'unsupported-media-type', message: 'Send the body as JSON with "Content-Type: application/json".' };

/** The answer to a body over the size limit. */
export function tooLarge(limit: number): BodyProblem {
  return { code: 'too-large', message: `The request body is larger than ${limit} bytes.` };
}
