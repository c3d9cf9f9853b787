/**
 * Administering people (issue 14): how administrators see a person, adding
 * one with no access, changing their name, email, offices, create right and
 * whether they are disabled, and their tokens. The HTTP routes
 * (server/http/routes/admin-routes.ts) and the CLI (cli/commands/people.ts)
 * both call these, so a rule is written once. Every change is audited
 * fail-closed: the audit draft rides with the store's write.
 */
import type { AddUserRequest, AdminUser, TokenEntry, UpdateUserRequest } from '../../shared/api/people.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { checkUsername } from '../auth/names.js';
import { type Storage, StorageError, type TokenRow, type UserRow } from '../storage/storage.js';
import { checkHoldings } from './offices.js';
import { noSuchUser, PeopleError } from './people-error.js';

/** What the people services need: the store, the templates (the offices one may hold), the clock, and how live connections hear of a change. */
export interface PeopleDeps {
  storage: Storage;
  templates?: TemplateSet;
  now?: () => Date;
  /** Re-checks the person's live connections (the server's `onAccessChanged`); the CLI has none to call (a running server notices the store changed). */
  onAccessChanged?: (username: string, docId: string) => Promise<void>;
}

/** Whether the person administers the server: owner of every document ("*"), as `Authenticator.isAdmin` says. */
export async function isAdministrator(storage: Storage, username: string): Promise<boolean> {
  return (await storage.grantsOf(username)).some((g) => g.docId === '*' && g.access === 'owner');
}

/** A token's state at `now`. */
function tokenState(t: TokenRow, now: Date): TokenEntry['state'] {
  if (t.revokedAt) return 'revoked';
  return t.expiresAt && Date.parse(t.expiresAt) <= now.getTime() ? 'expired' : 'live';
}

/** A person's tokens and devices as administrators and the person see them (never the token or its hash), oldest first. */
export async function tokenEntries(storage: Storage, username: string, now = new Date()): Promise<TokenEntry[]> {
  return (await storage.listTokens(username)).map((t) => ({
    id: t.id,
    kind: t.kind,
    label: t.label,
    createdAt: t.createdAt,
    expiresAt: t.expiresAt,
    revokedAt: t.revokedAt,
    lastUsedAt: t.lastUsedAt,
    state: tokenState(t, now),
  }));
}

/** A person as administrators see them: own and team offices, teams, rights, last seen, live tokens, single sign-on and any outstanding invite. */
export async function adminUserView(storage: Storage, user: UserRow, now = new Date()): Promise<AdminUser> {
  const [memberships, tokens, identities, invite, admin] = await Promise.all([
    storage.membershipsOf(user.username),
    storage.listTokens(user.username),
    storage.identitiesOf(user.username),
    storage.latestInvite(user.username),
    isAdministrator(storage, user.username),
  ]);
  const teams = [];
  const teamOffices = [];
  for (const m of memberships) {
    const team = await storage.getTeam(m.teamId);
    if (!team) continue;
    teams.push({ team: team.id, name: team.name, manager: m.manager });
    for (const holding of team.offices) teamOffices.push({ team: team.id, holding });
  }
  return {
    username: user.username,
    name: user.name,
    email: user.email,
    offices: user.offices,
    teamOffices,
    teams,
    canCreate: user.canCreate,
    admin,
    disabledAt: user.disabledAt,
    lastSeenAt: user.lastSeenAt,
    createdAt: user.createdAt,
    liveTokens: tokens.filter((t) => tokenState(t, now) === 'live').length,
    sso: identities.length > 0,
    invitePending: !!invite && !invite.usedAt && Date.parse(invite.expiresAt) > now.getTime(),
  };
}

/** Everyone, by username, as administrators see them; `q` keeps those whose username, name or email contains it, ignoring case. */
export async function listAdminUsers(storage: Storage, q?: string, now = new Date()): Promise<AdminUser[]> {
  const needle = q?.trim().toLowerCase();
  const users = (await storage.listUsers()).filter((u) => !needle || [u.username, u.name, u.email ?? ''].some((s) => s.toLowerCase().includes(needle)));
  users.sort((a, b) => a.username.localeCompare(b.username));
  return Promise.all(users.map((u) => adminUserView(storage, u, now)));
}

/** The person, or a PeopleError "not-found" naming them. */
export async function requireUser(storage: Storage, username: string): Promise<UserRow> {
  const user = await storage.getUser(username);
  if (!user) throw noSuchUser(username);
  return user;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The email as stored (trimmed; empty: none), or a PeopleError "invalid" when it cannot be an address. */
function checkEmail(email: string | null | undefined): string | null | undefined {
  if (email === undefined || email === null) return email;
  const trimmed = email.trim();
  if (!trimmed) return null;
  if (!EMAIL.test(trimmed)) throw new PeopleError('invalid', 'bad-email', `"${trimmed}" is not an email address; write it as name@example.org, or leave it empty.`);
  return trimmed;
}

/** A display name trimmed, or a PeopleError "invalid" when nothing is left. */
function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new PeopleError('invalid', 'bad-name', "Give the person's full name (it is shown on sign-offs).");
  return trimmed;
}

/** The store's "exists" (a taken username or email) as a PeopleError; anything else as it was. */
function translated(e: unknown): unknown {
  return e instanceof StorageError && e.code === 'exists' ? new PeopleError('exists', 'exists', e.message) : e;
}

/** Adds a person with no access (no grant, no token), audited as `user-added` in the same transaction; refuses a bad or taken username, a taken email and an office no template declares. */
export async function addPerson(deps: PeopleDeps, actor: string, request: AddUserRequest): Promise<UserRow> {
  const bad = checkUsername(request.username);
  if (bad) throw new PeopleError('invalid', 'bad-username', `${bad}.`);
  const name = checkName(request.name);
  const email = checkEmail(request.email) ?? null;
  const offices = checkHoldings(request.offices ?? [], deps.templates);
  const canCreate = !!request.canCreate;
  try {
    return await deps.storage.addUser(
      { username: request.username, name, email, offices, canCreate },
      { kind: 'user-added', actor, docId: null, detail: { user: request.username, offices, canCreate, ...(email ? { email } : {}) } },
    );
  } catch (e) {
    throw translated(e);
  }
}

/**
 * Changes what the request names (absent: unchanged), each change committed with its audit entry (`user-changed`,
 * `offices-changed`, `user-disabled`, `user-enabled`); a disable or enable then re-checks the person's live
 * connections. Nobody disables themself (the mission would lose its administrator). Returns the person as they are now.
 */
export async function updatePerson(deps: PeopleDeps, actor: string, username: string, request: UpdateUserRequest): Promise<UserRow> {
  const { storage } = deps;
  const user = await requireUser(storage, username);
  if (request.disabled === true && actor === username) {
    throw new PeopleError('conflict', 'self-lockout', 'You cannot disable yourself: the mission would lose an administrator. Ask another administrator to do it.');
  }
  const name = request.name === undefined ? undefined : checkName(request.name);
  const email = checkEmail(request.email);
  const offices = request.offices === undefined ? undefined : checkHoldings(request.offices, deps.templates);

  if (name !== undefined || email !== undefined) {
    const detail = { user: username, ...(name !== undefined ? { name: { before: user.name, after: name } } : {}), ...(email !== undefined ? { email: { before: user.email, after: email } } : {}) };
    try {
      await storage.setUserDetails(username, { name, email }, { kind: 'user-changed', actor, docId: null, detail });
    } catch (e) {
      throw translated(e);
    }
  }
  if (offices !== undefined) {
    await storage.setOffices(username, offices, { kind: 'offices-changed', actor, docId: null, detail: { user: username, before: user.offices, after: offices } });
  }
  if (request.canCreate !== undefined && request.canCreate !== user.canCreate) {
    await storage.setCanCreate(username, request.canCreate, { kind: 'user-changed', actor, docId: null, detail: { user: username, canCreate: request.canCreate } });
  }
  if (request.disabled !== undefined && request.disabled !== !!user.disabledAt) {
    const at = (deps.now?.() ?? new Date()).toISOString();
    await storage.setDisabled(username, request.disabled, at, { kind: request.disabled ? 'user-disabled' : 'user-enabled', actor, docId: null, detail: { user: username } });
    // The authenticator refuses a disabled person from now on; this closes the connections they already have.
    await deps.onAccessChanged?.(username, '*');
  }
  return requireUser(storage, username);
}

/**
 * Revokes one live token of a person and re-checks their connections; a PeopleError "not-found" when they have no
 * such live token. Audited after the fact, on purpose: taking power away must work even when the audit cannot be written.
 */
export async function revokePersonToken(deps: PeopleDeps, actor: string, username: string, tokenId: number): Promise<void> {
  await requireUser(deps.storage, username);
  if (!(await deps.storage.revokeToken(username, tokenId))) {
    throw new PeopleError('not-found', 'no-such-token', `${username} has no live token with id ${tokenId} (it may be revoked already, or another person's); list their tokens to see which are live.`);
  }
  await deps.onAccessChanged?.(username, '*');
  await deps.storage.appendAudit({ kind: 'tokens-revoked', actor, docId: null, detail: { user: username, revoked: 1, tokenId } });
}
