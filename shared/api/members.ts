/**
 * Who has access to a document: `GET /api/docs/:id/members`, and granting or
 * removing access (`PUT` / `DELETE /api/docs/:id/members/:user`, owners only),
 * and the names of the people with access (`GET /api/docs/:id/people`), for @mentions.
 */
import * as z from '../zod.js';
import { type BodyProblem, bodyProblem } from './api-errors.js';
import { ACCESS_LEVELS, type AccessLevel } from '../access-levels.js';

/** One grant that applies to a document: its own, or one on every document ("*"). */
export const MemberSchema = z.object({
  username: z.string(),
  access: z.enum(ACCESS_LEVELS),
  scope: z.enum(['all-documents', 'this-document']),
  grantedBy: z.nullable(z.string()),
  grantedAt: z.string(),
});
export type Member = z.infer<typeof MemberSchema>;

/** `GET /api/docs/:id/members`. */
export const MembersResponseSchema = z.object({ members: z.array(MemberSchema) });
export type MembersResponse = z.infer<typeof MembersResponseSchema>;

const level = z.enum(ACCESS_LEVELS);

/**
 * `PUT /api/docs/:id/members/:user`: `{"access": "editor"}`. The older spelling
 * `{"role": …}` is still accepted (when `access` is absent) so existing scripts keep working.
 */
export const GrantRequestSchema = z.union([z.object({ access: level }), z.object({ access: z.optional(z.undefined()), role: level })]);
/** A grant request as the server reads it, whichever spelling the caller used: the access level asked for. */
export type GrantRequest = { access: AccessLevel };

/** The level a grant request asks for, whichever spelling it used. */
export function requestedAccess(body: z.infer<typeof GrantRequestSchema>): GrantRequest['access'] {
  return 'role' in body ? body.role : body.access;
}

/** How a refused grant body is answered, whatever field is wrong. */
export const GRANT_BODY_PROBLEM: BodyProblem = bodyProblem('bad-access', 'grant.access', { example: `{"access": ${ACCESS_LEVELS.map((l) => `"${l}"`).join(' | ')}}` });

/** `PUT /api/docs/:id/members/:user` answers the grant as stored. */
export const GrantResponseSchema = z.object({ username: z.string(), docId: z.string(), access: level });
export type GrantResponse = z.infer<typeof GrantResponseSchema>;

/** One person with access to a document, as anyone who may read it sees them: no level, no grant details. */
export const PersonSchema = z.object({ username: z.string(), name: z.string() });
export type Person = z.infer<typeof PersonSchema>;

/** `GET /api/docs/:id/people`: who has access, by username and display name (for @mentions in comments), sorted by name. */
export const PeopleResponseSchema = z.object({ people: z.array(PersonSchema) });
export type PeopleResponse = z.infer<typeof PeopleResponseSchema>;
