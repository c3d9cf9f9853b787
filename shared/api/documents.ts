/**
 * Documents as the API reports them: the listing (`GET /api/docs`), one
 * document in detail (`GET /api/docs/:id`), and where each sign-off the
 * template requires stands. The server builds these from the Y.Doc
 * (server/docs/inspect.ts); clients read them with these schemas.
 */
import * as z from '../zod.js';
import { DocModelSchema } from '../model/types.js';
import { SignoffRecordSchema } from '../signoff/record.js';
import { type BodyProblem, bodyProblem } from './api-errors.js';
import { MemberSchema } from './members.js';
import { ACCESS_LEVELS } from '../access-levels.js';
import { LOCALES } from '../i18n/locale.js';

/** An access level, lowest first. */
export const AccessLevelSchema = z.enum(ACCESS_LEVELS);

/** A validation finding, as `shared/validate` reports it. */
export const DiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  location: z.object({ section: z.optional(z.string()), block: z.optional(z.string()), field: z.optional(z.string()) }),
  targetDoc: z.optional(z.string()),
});

/** A stored sign-off record with how it stands now: "valid" for this content, "stale" after a change, "invalid" when the signature or key does not check out. */
export const SignoffViewSchema = z.object({
  record: SignoffRecordSchema,
  status: z.enum(['valid', 'stale', 'invalid']),
  reason: z.optional(z.string()),
});
export type SignoffView = z.infer<typeof SignoffViewSchema>;

/** Where one sign-off the template requires stands: the latest record of that office decides. */
export const RoleStateSchema = z.object({
  role: z.string(),
  label: z.string(),
  state: z.enum(['missing', 'approved', 'rejected']),
  verification: z.optional(z.enum(['valid', 'stale', 'invalid'])),
  recordId: z.optional(z.string()),
  user: z.optional(z.string()),
  userName: z.optional(z.string()),
  signedAt: z.optional(z.string()),
});
export type RoleState = z.infer<typeof RoleStateSchema>;

/** What the server can say about a document's content; `problem` says why it cannot be read as a POC document. */
export const DocReportSchema = z.object({
  id: z.string(),
  type: z.nullable(z.string()),
  title: z.nullable(z.string()),
  status: z.nullable(z.string()),
  templateVersion: z.nullable(z.number()),
  contentHash: z.nullable(z.string()),
  validation: z.nullable(z.object({ errors: z.number(), warnings: z.number(), infos: z.number() })),
  completion: z.nullable(z.object({ required: z.number(), filled: z.number() })),
  signoffs: z.array(RoleStateSchema),
  problem: z.optional(z.string()),
  /** The template's name for the type, e.g. "POC Threat Matrix" (servers before the web workspace did not send it). */
  typeName: z.optional(z.string()),
  /**
   * Where the document applies: the value of the document field its template names with `area:` (the threat matrix's
   * "Area / office"), the same field an office held for an area is checked against (shared/signoff/offices.ts
   * `documentArea`); absent for mission-wide types and when the field is empty.
   */
  area: z.optional(z.string()),
  /** The day (YYYY-MM-DD) the document is next due for review (shared/validate/next-review.ts); absent when its type has none. */
  nextReview: z.optional(z.string()),
});
export type DocReport = z.infer<typeof DocReportSchema>;

/** Who made a document and what the caller may do with it. */
const placing = {
  access: AccessLevelSchema,
  createdAt: z.optional(z.string()),
  /** null for documents the server imported (the demo vault). */
  createdBy: z.optional(z.nullable(z.string())),
  /** Present and true when an administrator archived it: read-only for everyone. */
  archived: z.optional(z.boolean()),
};

/** When a person's connection last changed the content, and who (server/docs/last-change.ts). */
export const LastChangeSchema = z.object({ at: z.string(), by: z.optional(z.string()), byName: z.optional(z.string()) });
export type LastChange = z.infer<typeof LastChangeSchema>;

/** An office of the caller whose sign-off the document waits for now (its turn in the workflow order). */
export const WaitingSchema = z.object({ role: z.string(), label: z.string() });
export type Waiting = z.infer<typeof WaitingSchema>;

/** One entry of `GET /api/docs`; the fields after `placing` came with the web workspace's home page (older servers omit them). */
export const DocListEntrySchema = z.object({
  ...DocReportSchema.def.shape,
  ...placing,
  /** The last change to the content made through a connection; absent when none was recorded since this was kept. */
  lastChange: z.optional(LastChangeSchema),
  /**
   * The caller's offices (holdings that apply here) whose sign-off the document requires and that is missing, stale
   * or rejected, and whose turn it is (no office listed before it still to approve: shared/signoff/workflow.ts).
   */
  waitingForMe: z.optional(z.array(WaitingSchema)),
});
export type DocListEntry = z.infer<typeof DocListEntrySchema>;

/** `GET /api/docs`: the documents the caller can read. */
export const DocListResponseSchema = z.object({ documents: z.array(DocListEntrySchema) });
export type DocListResponse = z.infer<typeof DocListResponseSchema>;

/** `GET /api/docs/:id[?include=model]`: the report plus diagnostics, every sign-off record, the members and, on request, the model. */
export const DocDetailSchema = z.object({
  ...DocReportSchema.def.shape,
  ...placing,
  diagnostics: z.array(DiagnosticSchema),
  records: z.array(SignoffViewSchema),
  members: z.array(MemberSchema),
  model: z.optional(DocModelSchema),
});
export type DocDetail = z.infer<typeof DocDetailSchema>;

/**
 * `GET /api/docs/:id?include=model` as an independent checker reads it (`poc verify`): the records and the model are
 * taken as plain JSON, for the checker to judge each one itself, so one malformed or altered record is reported as
 * such instead of making the whole answer unreadable. Everything else of the answer is ignored.
 */
export const DocEvidenceSchema = z.object({ id: z.string(), records: z.array(z.unknown()), model: z.optional(z.unknown()) });
export type DocEvidence = z.infer<typeof DocEvidenceSchema>;

/** The query of `GET /api/docs/:id`: `include=model` adds the document model. */
export const DocDetailQuerySchema = z.object({ include: z.optional(z.union([z.string(), z.array(z.string())])) });

// ---------------------------------------------------------------- creating and administering documents (issue 10)

/**
 * `POST /api/docs`: a new document of a type, with a title; `id` is optional (the server makes an unguessable one);
 * `lang` is the language the document is written in (its template's words), English when absent (servers before
 * issue 18 ignore it, and their documents are English).
 */
export const CreateDocRequestSchema = z.object({ type: z.string(), title: z.string(), id: z.optional(z.string()), lang: z.optional(z.enum(LOCALES)) });
export type CreateDocRequest = z.infer<typeof CreateDocRequestSchema>;

/** How a refused creation body is answered, whatever field is wrong. */
export const CREATE_BODY_PROBLEM: BodyProblem = bodyProblem('bad-body', 'create.body', { example: '{"type": "<document type>", "title": "<title>"}', idExample: '"id": "<id>"', langExample: '"lang": "fr"' });

/** How a creation body with a language the server does not speak is answered (checked before the other fields). */
export const CREATE_BODY_FIELD_PROBLEMS: Record<'lang', BodyProblem> = {
  lang: bodyProblem('bad-lang', 'create.badLang', { langs: LOCALES.map((l) => `"${l}"`).join(', '), langExample: '"lang": "fr"' }),
};

/**
 * `POST /api/docs` answers 201 with the document made: its id (the caller is its owner) and its first Yjs state
 * (base64), so a client starts from the server's own history instead of building a second copy that would not merge.
 */
export const CreatedDocSchema = z.object({
  id: z.string(),
  type: z.string(),
  title: z.string(),
  access: AccessLevelSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  state: z.string(),
});
export type CreatedDoc = z.infer<typeof CreatedDocSchema>;

/** `PUT /api/docs/:id/archived` (administrators): `{"archived": true}` makes it read-only for everyone, false undoes it. */
export const ArchiveRequestSchema = z.object({ archived: z.boolean() });

/** `PUT /api/docs/:id/owner` (administrators): `{"username": "…"}` becomes the owner; other owners become editors. */
export const TransferRequestSchema = z.object({ username: z.string() });

/** What an administrator's change to a document answers: the document's id and what now holds. */
export const DocAdminResponseSchema = z.object({
  id: z.string(),
  archived: z.optional(z.boolean()),
  deleted: z.optional(z.boolean()),
  owner: z.optional(z.string()),
  previousOwners: z.optional(z.array(z.string())),
  signoffsKept: z.optional(z.number()),
});
export type DocAdminResponse = z.infer<typeof DocAdminResponseSchema>;
