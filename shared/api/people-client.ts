/**
 * The people-and-access area of the API (shared/api/people.ts,
 * shared/api/sign-in.ts) over one `ApiClient`: administration, teams,
 * sharing, devices and the ways in. Kept beside the client rather than in it
 * so each area's methods stay one module.
 *
 *     const people = new PeopleApi(api);
 *     const { users } = await people.users('sector north');
 */
import * as z from '../zod.js';
import { type ApiClient, does } from './client.js';
import {
  type AddTeamRequest,
  type AddUserRequest,
  type AdminDocumentsResponse,
  AdminDocumentsResponseSchema,
  type AdminUser,
  AdminUserSchema,
  AdminUsersResponseSchema,
  type AuditQueryParams,
  type AuditResponse,
  AuditResponseSchema,
  type DirectoryResponse,
  DirectoryResponseSchema,
  type DocAccessResponse,
  DocAccessResponseSchema,
  type Team,
  type TeamGrantRequest,
  type TeamMemberRequest,
  TeamSchema,
  TeamsResponseSchema,
  type TokenEntry,
  TokensResponseSchema,
  type UpdateTeamRequest,
  type UpdateUserRequest,
  type UserWithInvite,
  UserWithInviteSchema,
} from './people.js';
import { SessionResponseSchema, type SessionResponse } from './session.js';
import { type DocAdminResponse, DocAdminResponseSchema } from './documents.js';
import {
  type DeviceCodeRequest,
  type DeviceCodeResponse,
  DeviceCodeResponseSchema,
  type DeviceTokenResponse,
  DeviceTokenResponseSchema,
  type SignInMethods,
  SignInMethodsSchema,
} from './sign-in.js';

const seg = (s: string) => encodeURIComponent(s);
const Ok = z.unknown();

/** A query string of the defined values, with its "?" (empty when none). */
function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** People, teams, sharing, devices and sign-in, through one client. */
export class PeopleApi {
  constructor(private readonly api: ApiClient) {}

  // ---------------------------------------------------------------- ways in

  /** How one may sign in to this server (no token needed): whether single sign-on is offered, and its label. */
  signInMethods(): Promise<SignInMethods> {
    return this.api.call('GET', '/api/auth/methods', does('action.signInMethods'), SignInMethodsSchema);
  }

  /** Allows a device (a signed-in browser of this site): answers the one-time link back to it. */
  deviceCode(request: DeviceCodeRequest): Promise<DeviceCodeResponse> {
    return this.api.call('POST', '/api/device-codes', does('action.allowDevice', { device: request.device }), DeviceCodeResponseSchema, request);
  }

  /** Trades a device code and its PKCE verifier for a device token (no token needed). */
  deviceToken(code: string, verifier: string): Promise<DeviceTokenResponse> {
    return this.api.call('POST', '/api/device-tokens', does('action.finishDevice'), DeviceTokenResponseSchema, { code, verifier });
  }

  /** Redeems an invite link's code: the browser gets a session cookie, as with `signIn`. */
  redeemInvite(code: string): Promise<SessionResponse> {
    return this.api.call('POST', '/api/invites/redeem', does('action.acceptInvite'), SessionResponseSchema, { code });
  }

  /** The caller's own devices and tokens. */
  async myTokens(): Promise<TokenEntry[]> {
    return (await this.api.call('GET', '/api/me/tokens', does('action.myDevices'), TokensResponseSchema)).tokens;
  }

  /** Revokes one of the caller's own tokens (its connections close). */
  async revokeMyToken(tokenId: number): Promise<void> {
    await this.api.text('DELETE', `/api/me/tokens/${tokenId}`, does('action.signDeviceOut'));
  }

  // ---------------------------------------------------------------- administration

  /** Everyone (administrators only); `q` narrows by username, name or email. */
  async users(q?: string): Promise<AdminUser[]> {
    return (await this.api.call('GET', `/api/admin/users${query({ q })}`, does('action.people'), AdminUsersResponseSchema)).users;
  }

  /** Adds a person with no access and answers their single-use invite link. */
  addUser(request: AddUserRequest): Promise<UserWithInvite> {
    return this.api.call('POST', '/api/admin/users', does('action.addPerson', { username: request.username }), UserWithInviteSchema, request);
  }

  /** Changes a person (name, email, offices, create right, disabled). */
  updateUser(username: string, request: UpdateUserRequest): Promise<AdminUser> {
    return this.api.call('PATCH', `/api/admin/users/${seg(username)}`, does('action.changePerson', { username }), AdminUserSchema, request);
  }

  /** A new invite link for a person (older ones stop working). */
  invite(username: string): Promise<UserWithInvite> {
    return this.api.call('POST', `/api/admin/users/${seg(username)}/invite`, does('action.invite', { username }), UserWithInviteSchema, {});
  }

  /** A person's devices and tokens (administrators only). */
  async userTokens(username: string): Promise<TokenEntry[]> {
    return (await this.api.call('GET', `/api/admin/users/${seg(username)}/tokens`, does('action.theirDevices', { username }), TokensResponseSchema)).tokens;
  }

  /** Revokes one token of a person (administrators only). */
  async revokeUserToken(username: string, tokenId: number): Promise<void> {
    await this.api.text('DELETE', `/api/admin/users/${seg(username)}/tokens/${tokenId}`, does('action.revokeToken', { username }));
  }

  /** Every document with who has access and through what (administrators only). */
  adminDocuments(): Promise<AdminDocumentsResponse> {
    return this.api.call('GET', '/api/admin/documents', does('action.allDocuments'), AdminDocumentsResponseSchema);
  }

  /** Archives (read-only for everyone) or unarchives a document (administrators only). */
  setArchived(docId: string, archived: boolean): Promise<DocAdminResponse> {
    return this.api.call('PUT', `/api/docs/${seg(docId)}/archived`, does(archived ? 'action.archive' : 'action.unarchive', { docId }), DocAdminResponseSchema, { archived });
  }

  /** Makes a person the owner of a document; its other owners become editors (administrators only). */
  transferOwnership(docId: string, username: string): Promise<DocAdminResponse> {
    return this.api.call('PUT', `/api/docs/${seg(docId)}/owner`, does('action.giveDocument', { docId, username }), DocAdminResponseSchema, { username });
  }

  /** Deletes a document's content for good, keeping its sign-offs and audit trail (administrators only). */
  deleteDocument(docId: string): Promise<DocAdminResponse> {
    return this.api.call('DELETE', `/api/docs/${seg(docId)}`, does('action.deleteDocument', { docId }), DocAdminResponseSchema);
  }

  /** The audit trail, filtered (administrators only). */
  audit(filters: AuditQueryParams = {}): Promise<AuditResponse> {
    return this.api.call('GET', `/api/admin/audit${query(filters)}`, does('action.audit'), AuditResponseSchema);
  }

  /** The audit trail as CSV, with the same filters. */
  auditCsv(filters: AuditQueryParams = {}): Promise<string> {
    return this.api.text('GET', `/api/admin/audit.csv${query(filters)}`, does('action.auditCsv'));
  }

  /** The address of the audit trail's CSV with these filters (for a download link in a page signed in by cookie). */
  auditCsvPath(filters: AuditQueryParams = {}): string {
    return `/api/admin/audit.csv${query(filters)}`;
  }

  // ---------------------------------------------------------------- teams

  /** The teams the caller may see (all for administrators). */
  async teams(): Promise<Team[]> {
    return (await this.api.call('GET', '/api/teams', does('action.teams'), TeamsResponseSchema)).teams;
  }

  /** Creates a team (administrators). */
  addTeam(request: AddTeamRequest): Promise<Team> {
    return this.api.call('POST', '/api/teams', does('action.createTeam', { name: request.name }), TeamSchema, request);
  }

  /** Changes a team's name, offices or claim value. */
  updateTeam(teamId: string, request: UpdateTeamRequest): Promise<Team> {
    return this.api.call('PATCH', `/api/teams/${seg(teamId)}`, does('action.changeTeam', { teamId }), TeamSchema, request);
  }

  /** Deletes a team: its members lose what it gave them, at once. */
  async deleteTeam(teamId: string): Promise<void> {
    await this.api.text('DELETE', `/api/teams/${seg(teamId)}`, does('action.deleteTeam', { teamId }));
  }

  /** Adds a member to a team, or makes them (not) a manager. */
  setTeamMember(teamId: string, username: string, request: TeamMemberRequest = {}): Promise<Team> {
    return this.api.call('PUT', `/api/teams/${seg(teamId)}/members/${seg(username)}`, does('action.addToTeam', { username, teamId }), TeamSchema, request);
  }

  /** Removes a member from a team; their live connections lose what the team gave them within seconds. */
  removeTeamMember(teamId: string, username: string): Promise<Team> {
    return this.api.call('DELETE', `/api/teams/${seg(teamId)}/members/${seg(username)}`, does('action.removeFromTeam', { username, teamId }), TeamSchema);
  }

  // ---------------------------------------------------------------- sharing

  /** Who has access to a document and through what. */
  docAccess(docId: string): Promise<DocAccessResponse> {
    return this.api.call('GET', `/api/docs/${seg(docId)}/access`, does('action.members', { docId }), DocAccessResponseSchema);
  }

  /** Shares a document with a team (owners). */
  async grantTeam(docId: string, teamId: string, access: TeamGrantRequest['access']): Promise<void> {
    await this.api.call('PUT', `/api/docs/${seg(docId)}/teams/${seg(teamId)}`, does('action.share', { docId, teamId }), Ok, { access });
  }

  /** Stops sharing a document with a team (owners). */
  async revokeTeam(docId: string, teamId: string): Promise<void> {
    await this.api.text('DELETE', `/api/docs/${seg(docId)}/teams/${seg(teamId)}`, does('action.unshare', { docId, teamId }));
  }

  /** People and teams whose name or id contains `q`, for completion. */
  directory(q: string): Promise<DirectoryResponse> {
    return this.api.call('GET', `/api/directory${query({ q })}`, does('action.directory'), DirectoryResponseSchema);
  }
}
