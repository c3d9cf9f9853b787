/**
 * People and access (issue 14): administering people and teams, sharing a
 * document with people and teams, and who has access through what.
 *
 * - `GET /api/admin/users[?q=]`, `POST /api/admin/users` (add a person and get
 *   a single-use invite link), `PATCH /api/admin/users/:user` (name, email,
 *   offices, create right, disabled), `POST /api/admin/users/:user/invite`
 *   (a new invite link; older ones stop working), `GET` / `DELETE
 *   /api/admin/users/:user/tokens[/:tokenId]` (devices and tokens):
 *   administrators only (owner of every document).
 * - `GET /api/admin/documents`: every document, live or archived, with who
 *   has access and through what (administrators only).
 * - `GET /api/admin/audit` and `GET /api/admin/audit.csv` with the same
 *   filters (who, what, document, from, to): the audit trail (administrators only).
 * - `GET /api/teams`, `POST /api/teams`, `PATCH` / `DELETE /api/teams/:team`,
 *   `PUT` / `DELETE /api/teams/:team/members/:user`: teams, managed by
 *   administrators and (members only) by the team's managers.
 * - `GET /api/docs/:id/access`: who has access to a document and through
 *   what (own grant, a team, every document), for anyone who may read it;
 *   `PUT` / `DELETE /api/docs/:id/teams/:team`: owners share with a team as
 *   they do with a person (`PUT /api/docs/:id/members/:user`).
 * - `GET /api/directory?q=`: people and teams by name, for the Share dialog's
 *   completion (owners of a document, team managers and administrators).
 * - `GET /api/me/tokens`, `DELETE /api/me/tokens/:tokenId`: the caller's own
 *   devices and tokens.
 */
import * as z from '../zod.js';
import { ACCESS_LEVELS } from '../access-levels.js';
import { OfficeHoldingSchema } from '../signoff/offices.js';

const level = z.enum(ACCESS_LEVELS);

/** The longest display name of a person or a team. */
export const MAX_DISPLAY_NAME = 200;
/** The longest search a directory or list query takes. */
export const MAX_QUERY = 100;

/** A team's id as URLs and grants name it: like a username (lower case, digits, ".", "_", "-"). */
export const TEAM_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** How a token was issued: by an administrator or the CLI (`token`), to a device that signed in through the browser (`device`), or behind a browser sign-in (`session`: single sign-on or an invite). */
export const TokenKindSchema = z.enum(['token', 'device', 'session']);
export type TokenKind = z.infer<typeof TokenKindSchema>;

/** One token or device of a person, never the token itself. */
export const TokenEntrySchema = z.object({
  id: z.number(),
  kind: TokenKindSchema,
  /** What it is for, e.g. "Obsidian on LAPTOP-JUBA-04"; null for tokens issued without one. */
  label: z.nullable(z.string()),
  createdAt: z.string(),
  expiresAt: z.nullable(z.string()),
  revokedAt: z.nullable(z.string()),
  /** When it was last used to connect or call the API (to the minute), or null when never. */
  lastUsedAt: z.nullable(z.string()),
  /** At the time of answering. */
  state: z.enum(['live', 'revoked', 'expired']),
});
export type TokenEntry = z.infer<typeof TokenEntrySchema>;

/** `GET /api/me/tokens` and `GET /api/admin/users/:user/tokens`: oldest first. */
export const TokensResponseSchema = z.object({ tokens: z.array(TokenEntrySchema) });
export type TokensResponse = z.infer<typeof TokensResponseSchema>;

/** A team a person belongs to, as a person's entry lists it. */
export const MembershipSchema = z.object({ team: z.string(), name: z.string(), manager: z.boolean() });
export type Membership = z.infer<typeof MembershipSchema>;

/** A person as administrators see them. */
export const AdminUserSchema = z.object({
  username: z.string(),
  name: z.string(),
  email: z.nullable(z.string()),
  /** Offices held in the person's own right (teams may give more: `teamOffices`). */
  offices: z.array(OfficeHoldingSchema),
  /** Offices held through a team, with the team that gives each. */
  teamOffices: z.array(z.object({ team: z.string(), holding: OfficeHoldingSchema })),
  teams: z.array(MembershipSchema),
  canCreate: z.boolean(),
  /** Owner of every document. */
  admin: z.boolean(),
  /** ISO 8601 when an administrator disabled them (every token, session and connection stops), else null. */
  disabledAt: z.nullable(z.string()),
  /** When they last used the server (to the minute), or null when never. */
  lastSeenAt: z.nullable(z.string()),
  createdAt: z.string(),
  /** Live tokens and devices. */
  liveTokens: z.number(),
  /** Whether they sign in through the identity provider (a linked single sign-on identity). */
  sso: z.boolean(),
  /** Whether an invite link is outstanding (issued, not used, not expired). */
  invitePending: z.boolean(),
});
export type AdminUser = z.infer<typeof AdminUserSchema>;

/** `GET /api/admin/users[?q=]`: by username; `q` matches username, name or email, ignoring case. */
export const AdminUsersResponseSchema = z.object({ users: z.array(AdminUserSchema) });
export type AdminUsersResponse = z.infer<typeof AdminUsersResponseSchema>;

/** `POST /api/admin/users`: a new person, with no access until granted; the answer carries a single-use invite link. */
export const AddUserRequestSchema = z.object({
  username: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_DISPLAY_NAME)),
  email: z.optional(z.string().check(z.maxLength(320))),
  offices: z.optional(z.array(OfficeHoldingSchema)),
  canCreate: z.optional(z.boolean()),
});
export type AddUserRequest = z.infer<typeof AddUserRequestSchema>;

/** A single-use invite link: opening it signs the person in to the web workspace once (then they sign in by single sign-on, or connect devices). */
export const InviteSchema = z.object({
  /** The whole link to send, e.g. `https://poc.example.org/invite#<code>` (the code rides in the fragment, so no server log or referrer sees it). */
  url: z.string(),
  expiresAt: z.string(),
});
export type Invite = z.infer<typeof InviteSchema>;

/** What adding a person or issuing a new invite answers. */
export const UserWithInviteSchema = z.object({ user: AdminUserSchema, invite: InviteSchema });
export type UserWithInvite = z.infer<typeof UserWithInviteSchema>;

/** `PATCH /api/admin/users/:user`: what to change (absent: unchanged). `offices` replaces the person's own holdings. */
export const UpdateUserRequestSchema = z.object({
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_DISPLAY_NAME))),
  email: z.optional(z.nullable(z.string().check(z.maxLength(320)))),
  offices: z.optional(z.array(OfficeHoldingSchema)),
  canCreate: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;

/** `POST /api/invites/redeem` (no caller: this is how an invited person becomes one): the code from the link's fragment; answers as `POST /api/session` does and sets the session cookie. */
export const RedeemInviteRequestSchema = z.object({ code: z.string().check(z.minLength(1), z.maxLength(200)) });
export type RedeemInviteRequest = z.infer<typeof RedeemInviteRequestSchema>;

// ---------------------------------------------------------------------------------------------------------- teams

/** A team member. */
export const TeamMemberSchema = z.object({
  username: z.string(),
  name: z.string(),
  manager: z.boolean(),
  /** `sso`: added by the identity provider's claim at sign-in (and removed by it); `manual`: by a person. */
  source: z.enum(['manual', 'sso']),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/** A team: named people who share grants and may hold offices together. */
export const TeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Offices every member holds through the team (e.g. the Sector North office's leadership). */
  offices: z.array(OfficeHoldingSchema),
  /** The identity provider's claim value (e.g. a group name) whose holders are made members at sign-in, or null. */
  claimValue: z.nullable(z.string()),
  members: z.array(TeamMemberSchema),
  /** The team's grants: its access to documents. */
  grants: z.array(z.object({ docId: z.string(), access: level })),
  createdAt: z.string(),
});
export type Team = z.infer<typeof TeamSchema>;

/** `GET /api/teams`: every team for administrators; the teams one manages or belongs to for others. */
export const TeamsResponseSchema = z.object({ teams: z.array(TeamSchema) });
export type TeamsResponse = z.infer<typeof TeamsResponseSchema>;

/** `POST /api/teams` (administrators). */
export const AddTeamRequestSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_DISPLAY_NAME)),
  offices: z.optional(z.array(OfficeHoldingSchema)),
  claimValue: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(200)))),
});
export type AddTeamRequest = z.infer<typeof AddTeamRequestSchema>;

/** `PATCH /api/teams/:team` (administrators; managers may rename only). */
export const UpdateTeamRequestSchema = z.object({
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_DISPLAY_NAME))),
  offices: z.optional(z.array(OfficeHoldingSchema)),
  claimValue: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(200)))),
});
export type UpdateTeamRequest = z.infer<typeof UpdateTeamRequestSchema>;

/** `PUT /api/teams/:team/members/:user`: add a member (or change whether they manage the team; only administrators make managers). */
export const TeamMemberRequestSchema = z.object({ manager: z.optional(z.boolean()) });
export type TeamMemberRequest = z.infer<typeof TeamMemberRequestSchema>;

// ------------------------------------------------------------------------------------- who has access, and sharing

/** A person or a team, as grants name them. */
export const PrincipalSchema = z.object({ kind: z.enum(['user', 'team']), id: z.string(), name: z.string() });
export type Principal = z.infer<typeof PrincipalSchema>;

/** One grant that applies to a document, to a person or a team, on it or on every document. */
export const AccessGrantSchema = z.object({
  principal: PrincipalSchema,
  access: level,
  scope: z.enum(['this-document', 'all-documents']),
  grantedBy: z.nullable(z.string()),
  grantedAt: z.string(),
});
export type AccessGrant = z.infer<typeof AccessGrantSchema>;

/** How a person comes by their access: their own grant, a team's, or a grant on every document (their own or a team's). */
export const AccessSourceSchema = z.object({
  access: level,
  scope: z.enum(['this-document', 'all-documents']),
  /** The team the grant is to, when it is a team's. */
  team: z.optional(z.object({ id: z.string(), name: z.string() })),
});
export type AccessSource = z.infer<typeof AccessSourceSchema>;

/** A person with access and the effective level (the highest of their sources; viewer at most when the document is archived). */
export const PersonAccessSchema = z.object({
  username: z.string(),
  name: z.string(),
  access: level,
  sources: z.array(AccessSourceSchema),
  disabled: z.boolean(),
});
export type PersonAccess = z.infer<typeof PersonAccessSchema>;

/** `GET /api/docs/:id/access`: the grants and what they add up to per person. */
export const DocAccessResponseSchema = z.object({
  docId: z.string(),
  archived: z.boolean(),
  grants: z.array(AccessGrantSchema),
  people: z.array(PersonAccessSchema),
});
export type DocAccessResponse = z.infer<typeof DocAccessResponseSchema>;

/** `PUT /api/docs/:id/teams/:team`: `{"access": "editor"}` (a team's grant on a document; never "owner"). */
export const TeamGrantRequestSchema = z.object({ access: z.enum(['viewer', 'commenter', 'editor']) });
export type TeamGrantRequest = z.infer<typeof TeamGrantRequestSchema>;

/** `GET /api/directory?q=`: at most 20 people and 20 teams whose id or name contains `q` (ignoring case); disabled people are left out. */
export const DirectoryResponseSchema = z.object({
  people: z.array(z.object({ username: z.string(), name: z.string() })),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type DirectoryResponse = z.infer<typeof DirectoryResponseSchema>;

/** `GET /api/admin/documents`: every document with its access, for administrators. */
export const AdminDocumentsResponseSchema = z.object({
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: z.string(),
      archived: z.boolean(),
      createdAt: z.string(),
      owners: z.array(z.string()),
      access: DocAccessResponseSchema,
    }),
  ),
});
export type AdminDocumentsResponse = z.infer<typeof AdminDocumentsResponseSchema>;

// ------------------------------------------------------------------------------------------------------ audit trail

/** One audit entry as administrators read it. */
export const AuditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  kind: z.string(),
  actor: z.nullable(z.string()),
  docId: z.nullable(z.string()),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof AuditEntrySchema>;

/** The filters of `GET /api/admin/audit` and `/api/admin/audit.csv` (query string). `from`/`to`: ISO dates or instants, inclusive. */
export const AuditQuerySchema = z.object({
  actor: z.optional(z.string()),
  kind: z.optional(z.string()),
  docId: z.optional(z.string()),
  from: z.optional(z.string()),
  to: z.optional(z.string()),
  /** At most this many (newest kept); default 500, at most 5000. */
  limit: z.optional(z.string()),
});
export type AuditQueryParams = z.infer<typeof AuditQuerySchema>;

/** `GET /api/admin/audit`: entries oldest first; `truncated` when more matched than the limit. */
export const AuditResponseSchema = z.object({ entries: z.array(AuditEntrySchema), truncated: z.boolean() });
export type AuditResponse = z.infer<typeof AuditResponseSchema>;
