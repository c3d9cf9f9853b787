/**
 * Who a single sign-on identity is on this server (issue 14). An identity is
 * the provider's (issuer, subject): once linked, it is that person whatever
 * their email becomes. A first sign-in is linked to the existing person
 * with the same email, unless the provider says the email is not verified
 * (anyone could then claim a colleague's address and take their access) or
 * that person already signs in with another identity of the provider (the
 * email links a person's first identity only). Otherwise a new person is made with no offices and no grants: they see
 * nothing until an administrator or a team grants them something.
 *
 * Teams follow the provider's team claim at each sign-in: the person joins
 * every team whose claim value the claim lists, and leaves the teams the
 * claim put them in that it no longer lists. Memberships given by a person
 * ("manual") are never touched.
 */
import { checkUsername } from '../auth/names.js';
import type { SsoIdentity } from '../auth/oidc.js';
import { SsoError } from '../auth/oidc.js';
import { type Storage, StorageError, type UserRow } from '../storage/storage.js';

/** The actor of what single sign-on does by itself in the audit trail. */
export const SSO_ACTOR = 'sso';

/** The person an identity signs in as, and how they were found. */
export interface SsoPerson {
  user: UserRow;
  /** Made at this sign-in. */
  created: boolean;
  /** Linked at this sign-in to the existing person with the identity's email. */
  linkedByEmail: boolean;
}

/**
 * The person `identity` is: linked before, else linked now by a verified (or unqualified) email to a person who has no
 * identity at this provider yet, else made now with no access (audited "user-added", actor "sso"). Throws SsoError
 * "email-conflict" when the email belongs to someone but the provider says it is not verified, and "email-taken" when
 * it belongs to someone who already signs in with another identity of this provider. Disabled people are returned too:
 * the caller refuses them.
 */
export async function personFor(storage: Storage, identity: SsoIdentity): Promise<SsoPerson> {
  const { issuer, subject } = identity;
  const linked = await storage.findIdentity(issuer, subject);
  if (linked) {
    const user = await storage.getUser(linked.username);
    if (user) return { user, created: false, linkedByEmail: false };
  }
  const holder = identity.email ? await storage.findUserByEmail(identity.email) : undefined;
  if (holder) {
    if (identity.emailVerified === false) {
      throw new SsoError('email-conflict', `the provider does not vouch for ${identity.email}, which belongs to "${holder.username}"`);
    }
    // The email links a person's first identity only: once they sign in with one, another account claiming their
    // address (a second account at the provider whose email its holder could set) is someone else until shown otherwise.
    if ((await storage.identitiesOf(holder.username)).some((i) => i.issuer === issuer)) {
      throw new SsoError('email-taken', `${identity.email} belongs to "${holder.username}", who already signs in with another account of ${issuer}`);
    }
    await storage.linkIdentity({ issuer, subject, username: holder.username }, { kind: 'user-changed', actor: SSO_ACTOR, docId: null, detail: { username: holder.username, linkedIdentity: { issuer, subject }, by: 'email' } });
    return { user: holder, created: false, linkedByEmail: true };
  }
  const user = await addPerson(storage, identity);
  await storage.linkIdentity({ issuer, subject, username: user.username });
  return { user, created: true, linkedByEmail: false };
}

/** The memberships single sign-on changed at one sign-in, by team id. */
export interface TeamChanges {
  added: string[];
  removed: string[];
}

/**
 * Brings `username`'s claim-given memberships in line with `values` (the team claim's values at this sign-in): joins
 * each team whose claim value is listed (source "sso"), leaves each team with a claim value they joined through the
 * claim that is no longer listed; manual memberships stay as they are. Each change is audited in its own transaction.
 */
export async function syncClaimTeams(storage: Storage, username: string, values: readonly string[]): Promise<TeamChanges> {
  const listed = new Set(values);
  const teams = await storage.listTeams();
  const memberships = new Map((await storage.membershipsOf(username)).map((m) => [m.teamId, m]));
  const changes: TeamChanges = { added: [], removed: [] };
  for (const team of teams) {
    if (team.claimValue === null) continue;
    const membership = memberships.get(team.id);
    const detail = { teamId: team.id, username, source: 'sso', claimValue: team.claimValue };
    if (listed.has(team.claimValue) && !membership) {
      await storage.setTeamMember({ teamId: team.id, username, manager: false, source: 'sso', addedBy: SSO_ACTOR }, { kind: 'team-member-added', actor: SSO_ACTOR, docId: null, detail });
      changes.added.push(team.id);
    } else if (!listed.has(team.claimValue) && membership?.source === 'sso') {
      await storage.removeTeamMember(team.id, username, { kind: 'team-member-removed', actor: SSO_ACTOR, docId: null, detail });
      changes.removed.push(team.id);
    }
  }
  return changes;
}

/** A username made from what the provider says (preferred username, else the email's local part), cleaned to the username rule. */
export function usernameBase(identity: Pick<SsoIdentity, 'preferredUsername' | 'email' | 'subject'>): string {
  const wanted = identity.preferredUsername ?? identity.email?.split('@')[0] ?? '';
  const cleaned = wanted
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/[._-]+$/, '')
    // Room for a "-NNN" suffix within the 64-character limit.
    .slice(0, 56);
  return cleaned && !checkUsername(cleaned) ? cleaned : 'user';
}

/**
 * Adds the person with the first free username among base, base-2, base-3…; no offices, no grants, audited. An email the
 * provider says is not verified is not kept: it would stand for its owner here (administrators find people by it, and
 * the owner's own sign-in would be refused as taken).
 */
async function addPerson(storage: Storage, identity: SsoIdentity): Promise<UserRow> {
  const base = usernameBase(identity);
  const email = identity.emailVerified === false ? null : identity.email;
  for (let n = 1; n < 1000; n++) {
    const username = n === 1 ? base : `${base}-${n}`;
    if (await storage.getUser(username)) continue;
    try {
      return await storage.addUser(
        { username, name: identity.name ?? username, offices: [], email },
        { kind: 'user-added', actor: SSO_ACTOR, docId: null, detail: { username, via: 'sso', issuer: identity.issuer, subject: identity.subject } },
      );
    } catch (e) {
      // Taken between the look and the insert (another sign-in at the same moment): try the next.
      if (!(e instanceof StorageError && e.code === 'exists')) throw e;
    }
  }
  throw new SsoError('invalid-response', `no free username was found for "${base}"`);
}
