/**
 * Signing off: `POST /api/docs/:id/signoffs` with the office, the decision
 * and a comment; `GET /api/docs/:id/signoffs` for the records with their
 * verification; `GET /api/docs/:id/versions/:signoffId` for the version a
 * record signed.
 */
import * as z from '../zod.js';
import { DocModelSchema } from '../model/types.js';
import { SignoffRecordSchema } from '../signoff/record.js';
import { SignoffViewSchema } from './documents.js';
import { type BodyProblem, bodyProblem } from './api-errors.js';

/** The longest comment a sign-off may carry. */
export const MAX_SIGNOFF_COMMENT = 10_000;

/** The form of a content hash (shared/hash/canonical.ts `contentHash`). */
const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;

/**
 * What a person asks for when signing off: the office signed for, the decision, a comment (default empty) and
 * the content hash of the version they reviewed (required). The server signs only that version: if the document
 * changed since, it signs nothing and answers 409 content-changed with both hashes.
 */
export const SignoffRequestSchema = z.object({
  role: z.string().check(z.minLength(1)),
  decision: z.enum(['approved', 'rejected']),
  comment: z._default(z.string().check(z.maxLength(MAX_SIGNOFF_COMMENT)), ''),
  contentHash: z.string().check(z.regex(CONTENT_HASH)),
});
export type SignoffRequest = z.infer<typeof SignoffRequestSchema>;

/** How each wrong field of a sign-off request is answered (checked in this order). */
export const SIGNOFF_BODY_PROBLEMS: Record<keyof SignoffRequest, BodyProblem> = {
  role: bodyProblem('bad-role', 'signoff.role', { example: '{"role": "head-of-mission", …}' }),
  decision: bodyProblem('bad-decision', 'signoff.decision', { approved: '{"decision": "approved"}', rejected: '{"decision": "rejected"}' }),
  comment: bodyProblem('bad-comment', 'signoff.comment', { max: MAX_SIGNOFF_COMMENT }),
  contentHash: { ...bodyProblem('bad-content-hash', 'signoff.contentHash'), whenMissing: bodyProblem('content-hash-required', 'signoff.contentHashRequired') },
};

/** `POST /api/docs/:id/signoffs` answers 201 with the new record, valid for the content it signed. */
export const SignoffResponseSchema = SignoffViewSchema;
export type SignoffResponse = z.infer<typeof SignoffResponseSchema>;

/** `GET /api/docs/:id/signoffs`. */
export const SignoffsResponseSchema = z.object({ signoffs: z.array(SignoffViewSchema) });
export type SignoffsResponse = z.infer<typeof SignoffsResponseSchema>;

/**
 * `GET /api/docs/:id/versions/:signoffId` as JSON: the record, the hash of the signed content, its model (null when the
 * snapshot is not a POC document) and the Yjs state, base64. With `Accept: application/octet-stream` the answer is the raw Yjs update instead.
 */
export const SignedVersionSchema = z.object({
  record: z.optional(SignoffRecordSchema),
  contentHash: z.nullable(z.string()),
  model: z.nullable(DocModelSchema),
  snapshot: z.string(),
});
export type SignedVersion = z.infer<typeof SignedVersionSchema>;
