// Who a single sign-on identity is on this server, and which teams its claim gives (issue 14), on a real store.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SsoIdentity } from '../../server/auth/oidc.js';
import { PendingLogins, SSO_LOGIN_TTL_MS } from '../../server/auth/sso-logins.js';
import { personFor, syncClaimTeams, usernameBase } from '../../server/people/sso-people.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { tempDir } from '../support/test-server.js';

let tmp: ReturnType<typeof tempDir>;
let store: SqliteStorage;

beforeEach(() => {
  tmp = tempDir();
  store = SqliteStorage.open({ file: join(tmp.dir, 'poc.sqlite') });
});
afterEach(async () => {
  await store.close();
  tmp.remove();
});

const ISSUER = 'https://id.mission.example';

/** An identity at the provider, with what the test gives. */
function identity(subject: string, more: Partial<SsoIdentity> = {}): SsoIdentity {
  return { issuer: ISSUER, subject, email: null, emailVerified: null, name: null, preferredUsername: null, teamValues: null, ...more };
}

describe('usernames made from what the provider says', () => {
  it('takes the preferred username, lower-cased and cleaned to the username rule', () => {
    expect(usernameBase(identity('s', { preferredUsername: 'Amina Diallo (UNMISS)' }))).toBe('amina-diallo-unmiss');
  });

  it('takes the email’s local part when there is no preferred username', () => {
    expect(usernameBase(identity('s', { email: 'José.Ramírez@mission.example' }))).toBe('jose.ramirez');
  });

  it('falls back to "user" when nothing usable is given', () => {
    expect(usernameBase(identity('s', { preferredUsername: '___' }))).toBe('user');
  });
});

describe('the person an identity is', () => {
  it('a newcomer whose username is taken gets the next free one, "-2"', async () => {
    await store.addUser({ username: 'amina', name: 'Another Amina', offices: [] });
    const { user, created } = await personFor(store, identity('a1', { preferredUsername: 'amina', name: 'Amina Diallo' }));
    expect([user.username, created]).toEqual(['amina-2', true]);
  });

  it('a newcomer without a name is named by their username, and has no offices', async () => {
    const { user } = await personFor(store, identity('b1', { preferredUsername: 'ben' }));
    expect(user).toMatchObject({ username: 'ben', name: 'ben', offices: [] });
  });

  it('an identity linked before is that person even after their email changed at the provider', async () => {
    await personFor(store, identity('c1', { preferredUsername: 'chen', email: 'chen@mission.example' }));
    const again = await personFor(store, identity('c1', { preferredUsername: 'chen', email: 'chen.new@mission.example' }));
    expect([again.user.username, again.created, again.linkedByEmail]).toEqual(['chen', false, false]);
  });

  it('an email the provider does not qualify (no email_verified) links to the person with that email', async () => {
    await store.addUser({ username: 'dora', name: 'Dora', offices: [], email: 'dora@mission.example' });
    const { user, linkedByEmail } = await personFor(store, identity('d1', { email: 'dora@mission.example' }));
    expect([user.username, linkedByEmail]).toEqual(['dora', true]);
  });
});

describe('teams from the claim', () => {
  it('joins only teams whose claim value is listed, and leaves only sso memberships the claim dropped', async () => {
    await store.addUser({ username: 'eve', name: 'Eve', offices: [] });
    await store.addTeam({ id: 'north', name: 'North', offices: [], claimValue: 'g-north', createdBy: null });
    await store.addTeam({ id: 'south', name: 'South', offices: [], claimValue: 'g-south', createdBy: null });
    await store.addTeam({ id: 'plain', name: 'No claim', offices: [], claimValue: null, createdBy: null });
    await store.setTeamMember({ teamId: 'plain', username: 'eve', manager: false, source: 'manual', addedBy: 'admin' });
    expect(await syncClaimTeams(store, 'eve', ['g-north', 'g-south'])).toEqual({ added: ['north', 'south'], removed: [] });
    expect(await syncClaimTeams(store, 'eve', ['g-south'])).toEqual({ added: [], removed: ['north'] });
    expect((await store.membershipsOf('eve')).map((m) => m.teamId)).toEqual(['plain', 'south']);
  });

  it('a manual membership of a team with a claim value stays when the claim does not list it', async () => {
    await store.addUser({ username: 'fay', name: 'Fay', offices: [] });
    await store.addTeam({ id: 'north', name: 'North', offices: [], claimValue: 'g-north', createdBy: null });
    await store.setTeamMember({ teamId: 'north', username: 'fay', manager: true, source: 'manual', addedBy: 'admin' });
    expect(await syncClaimTeams(store, 'fay', [])).toEqual({ added: [], removed: [] });
    expect(await store.membershipsOf('fay')).toMatchObject([{ teamId: 'north', source: 'manual', manager: true }]);
  });
});

describe('logins under way', () => {
  const checks = { verifier: 'v', state: 's', nonce: 'n', redirectUri: 'https://poc.example/auth/callback' };

  it('a login is taken once', () => {
    const logins = new PendingLogins();
    const id = logins.put(checks, '/d/x');
    expect(logins.take(id)?.returnTo).toBe('/d/x');
    expect(logins.take(id)).toBeUndefined();
  });

  it('a login older than ten minutes is refused', () => {
    let now = 0;
    const logins = new PendingLogins(() => now);
    const id = logins.put(checks, '/');
    now = SSO_LOGIN_TTL_MS;
    expect(logins.take(id)).toBeUndefined();
  });

  it('a flood of started logins is bounded: the oldest go first', () => {
    const logins = new PendingLogins(Date.now, 3);
    const first = logins.put(checks, '/1');
    for (let i = 0; i < 5; i++) logins.put(checks, '/n');
    expect(logins.size).toBe(3);
    expect(logins.take(first)).toBeUndefined();
  });
});
