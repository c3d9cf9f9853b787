/**
 * A document's version history (issue 13): named versions a person saves,
 * automatic versions the server takes while the document is edited, every
 * signed version, and restores. `GET /api/docs/:id/versions` lists them;
 * `GET /api/docs/:id/versions/:versionId` fetches one (a signed version's id
 * is its sign-off record's id, so the older route keeps working);
 * `POST /api/docs/:id/versions` names the current state;
 * `POST /api/docs/:id/versions/:versionId/restore` makes that version the
 * current content again, as a new change (nothing is lost: the restore is
 * itself a version, and audited); `POST /api/docs/:id/viewed` records that the
 * caller has seen the current state (what "changed since I last looked" starts from).
 */
import * as z from '../zod.js';
import { type BodyProblem, bodyProblem } from './api-errors.js';

/** The longest name a saved version may have. */
export const MAX_VERSION_NAME = 200;

/** Why a version exists. */
export const VersionKindSchema = z.enum(['named', 'auto', 'signed', 'restored']);
export type VersionKind = z.infer<typeof VersionKindSchema>;

/** One version as the history lists it (no content: fetch it by id). */
export const VersionEntrySchema = z.object({
  id: z.string(),
  kind: VersionKindSchema,
  /** The name a person gave it ("Draft sent to UNCT, 3 March"); for a signed version, e.g. "Approved by Head of Office"; for a restore, which version it restored. */
  name: z.optional(z.string()),
  /** ISO 8601 instant. */
  createdAt: z.string(),
  /** Username of the person who saved, signed or restored it; absent for automatic versions. */
  createdBy: z.optional(z.string()),
  createdByName: z.optional(z.string()),
  /** The content hash of the version (null when the snapshot is not a POC document). */
  contentHash: z.nullable(z.string()),
  /** For a signed version: the office and decision. */
  signoff: z.optional(z.object({ role: z.string(), decision: z.enum(['approved', 'rejected']) })),
  /** For a restore: the id of the version it brought back. */
  restoredFrom: z.optional(z.string()),
});
export type VersionEntry = z.infer<typeof VersionEntrySchema>;

/** `GET /api/docs/:id/versions`: newest first, plus the versions a reviewer compares against by default. */
export const VersionsResponseSchema = z.object({
  versions: z.array(VersionEntrySchema),
  /** The version the caller last viewed (recorded by POST /viewed), when there is one. */
  lastViewed: z.optional(z.string()),
  /** The latest signed version the caller signed, when there is one. */
  lastSignedByMe: z.optional(z.string()),
  /** The latest signed version by anyone, when there is one. */
  lastSigned: z.optional(z.string()),
});
export type VersionsResponse = z.infer<typeof VersionsResponseSchema>;

/** `POST /api/docs/:id/versions`: save the current state under a name (editors and owners). */
export const SaveVersionRequestSchema = z.object({ name: z.string().check(z.minLength(1), z.maxLength(MAX_VERSION_NAME)) });
export type SaveVersionRequest = z.infer<typeof SaveVersionRequestSchema>;

/** How a refused save body is answered. */
export const SAVE_VERSION_BODY_PROBLEM: BodyProblem = bodyProblem('bad-version-name', 'version.name', {
  max: String(MAX_VERSION_NAME),
  example: '{"name": "Draft sent to UNCT, 3 March"}',
});

/** What saving or restoring answers: the version made (for a restore, the new "restored" version). */
export const VersionResponseSchema = VersionEntrySchema;
export type VersionResponse = z.infer<typeof VersionResponseSchema>;
