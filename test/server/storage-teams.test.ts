// The store's teams and the people-and-access account records (issue 14), on every backend (SQLite and PostgreSQL): memberships, grants, cascades, emails, disabled people, invites, identities.
import { beforeEach, describe, expect, it } from 'vitest';
import { type Storage, StorageError, UnrecordedError } from '../../server/storage/storage.js';
import { BACKENDS, storeBackends } from '../support/store-backends.js';

const backends = storeBackends();

describe.each(BACKENDS)('the $name store', ({ name }) => {
  const backend = backends.use(name);
  let store: Storage;

  beforeEach(async () => {
    store = await backend.open();
    for (const username of ['amina', 'bea']) await store.addUser({ username, name: username.toUpperCase(), offices: [] });
  });

  const team = (id: string, offices = [] as { role: string; area?: string }[]) => store.addTeam({ id, name: `Team ${id}`, offices, claimValue: null, createdBy: 'admin' });

  /** Makes every later audit write fail, as a full disk would. */
  const breakAuditTrail = () => backend.breakAuditTrail();

  describe('teams in the store', () => {
    it('a team keeps its name, offices and claim value', async () => {
      await store.addTeam({ id: 'north', name: 'Sector North', offices: [{ role: 'head-of-office', area: 'Sector North' }], claimValue: 'poc-north', createdBy: 'admin' });
      expect(await store.getTeam('north')).toMatchObject({ id: 'north', name: 'Sector North', offices: [{ role: 'head-of-office', area: 'Sector North' }], claimValue: 'poc-north', createdBy: 'admin' });
    });

    it('a team id is taken once', async () => {
      await team('north');
      await expect(team('north')).rejects.toThrow(/A team "north" already exists/);
    });

    it('updating a team changes only what the patch names', async () => {
      await team('north', [{ role: 'srsg' }]);
      await store.updateTeam('north', { name: 'Renamed' });
      expect(await store.getTeam('north')).toMatchObject({ name: 'Renamed', offices: [{ role: 'srsg' }] });
    });

    it("a person's memberships list every team they belong to, with whether they manage it", async () => {
      await team('north');
      await team('south');
      await store.setTeamMember({ teamId: 'north', username: 'amina', manager: true, source: 'manual', addedBy: 'admin' });
      await store.setTeamMember({ teamId: 'south', username: 'amina', manager: false, source: 'sso', addedBy: null });
      expect((await store.membershipsOf('amina')).map((m) => [m.teamId, m.manager, m.source])).toEqual([
        ['north', true, 'manual'],
        ['south', false, 'sso'],
      ]);
    });

    it('adding a member twice changes their membership instead of adding a second one', async () => {
      await team('north');
      await store.setTeamMember({ teamId: 'north', username: 'amina', manager: false, source: 'manual', addedBy: 'admin' });
      await store.setTeamMember({ teamId: 'north', username: 'amina', manager: true, source: 'manual', addedBy: 'admin' });
      expect(await store.teamMembers('north')).toMatchObject([{ username: 'amina', manager: true }]);
    });

    it('a member must be a person the store knows, of a team it knows', async () => {
      await team('north');
      await expect(store.setTeamMember({ teamId: 'north', username: 'nobody', manager: false, source: 'manual', addedBy: null })).rejects.toThrow(/no user named "nobody"/);
      await expect(store.setTeamMember({ teamId: 'nowhere', username: 'amina', manager: false, source: 'manual', addedBy: null })).rejects.toThrow(/no team "nowhere"/);
    });

    it('removing a member says whether they were one', async () => {
      await team('north');
      await store.setTeamMember({ teamId: 'north', username: 'amina', manager: false, source: 'manual', addedBy: null });
      expect(await store.removeTeamMember('north', 'amina')).toBe(true);
      expect(await store.removeTeamMember('north', 'amina')).toBe(false);
    });

    it("a document's team grants are its own and the every-document ones", async () => {
      await team('north');
      await team('all');
      await store.setTeamGrant({ teamId: 'north', docId: 'tm-1', access: 'editor', grantedBy: 'owen' });
      await store.setTeamGrant({ teamId: 'north', docId: 'tm-2', access: 'viewer', grantedBy: 'owen' });
      await store.setTeamGrant({ teamId: 'all', docId: '*', access: 'viewer', grantedBy: 'admin' });
      expect((await store.teamGrantsFor('tm-1')).map((g) => [g.teamId, g.docId, g.access])).toEqual([
        ['all', '*', 'viewer'],
        ['north', 'tm-1', 'editor'],
      ]);
    });

    it('deleting a team deletes its memberships and grants with it', async () => {
      await team('north');
      await store.setTeamMember({ teamId: 'north', username: 'amina', manager: false, source: 'manual', addedBy: null });
      await store.setTeamGrant({ teamId: 'north', docId: 'tm-1', access: 'editor', grantedBy: 'owen' });
      expect(await store.deleteTeam('north')).toBe(true);
      expect([await store.getTeam('north'), await store.membershipsOf('amina'), await store.teamGrantsFor('tm-1')]).toEqual([undefined, [], []]);
    });

    it('a team id deleted can be used again, with nothing of the old team', async () => {
      await team('north');
      await store.setTeamMember({ teamId: 'north', username: 'amina', manager: false, source: 'manual', addedBy: null });
      await store.deleteTeam('north');
      await team('north');
      expect(await store.teamMembers('north')).toEqual([]);
    });

    it('a team change whose audit entry cannot be written changes nothing', async () => {
      await team('north');
      await breakAuditTrail();
      const audit = { kind: 'team-member-added' as const, actor: 'admin', docId: null, detail: {} };
      await expect(store.setTeamMember({ teamId: 'north', username: 'amina', manager: false, source: 'manual', addedBy: 'admin' }, audit)).rejects.toThrow(UnrecordedError);
      expect(await store.teamMembers('north')).toEqual([]);
    });

    it('removing a team grant whose audit entry cannot be written keeps the grant', async () => {
      await team('north');
      await store.setTeamGrant({ teamId: 'north', docId: 'tm-1', access: 'editor', grantedBy: 'owen' });
      await breakAuditTrail();
      await expect(store.removeTeamGrant('north', 'tm-1', { kind: 'team-revoke', actor: 'owen', docId: 'tm-1', detail: {} })).rejects.toThrow(UnrecordedError);
      expect(await store.teamGrantsOf('north')).toHaveLength(1);
    });

    it('deleting a team whose audit entry cannot be written keeps it whole', async () => {
      await team('north');
      await store.setTeamMember({ teamId: 'north', username: 'amina', manager: false, source: 'manual', addedBy: null });
      await breakAuditTrail();
      await expect(store.deleteTeam('north', { kind: 'team-deleted', actor: 'admin', docId: null, detail: {} })).rejects.toThrow(UnrecordedError);
      expect(await store.teamMembers('north')).toHaveLength(1);
    });
  });

  describe('people and access records of a person', () => {
    it('an email is found ignoring case and surrounding spaces', async () => {
      await store.setUserDetails('amina', { email: '  Amina.Diallo@UN.org ' });
      expect((await store.findUserByEmail('amina.diallo@un.org'))?.username).toBe('amina');
      expect((await store.getUser('amina'))?.email).toBe('Amina.Diallo@UN.org');
    });

    it('an email names one person, ignoring case', async () => {
      await store.setUserDetails('amina', { email: 'amina@un.org' });
      await expect(store.setUserDetails('bea', { email: 'AMINA@un.org' })).rejects.toThrow(StorageError);
      expect((await store.getUser('bea'))?.email).toBeNull();
    });

    it('a disabled person is marked with when, and enabling clears it', async () => {
      await store.setDisabled('amina', true, '2026-06-15T12:00:00.000Z');
      expect((await store.getUser('amina'))?.disabledAt).toBe('2026-06-15T12:00:00.000Z');
      await store.setDisabled('amina', false, '2026-06-16T12:00:00.000Z');
      expect((await store.getUser('amina'))?.disabledAt).toBeNull();
    });

    it('touching a person records when they last used the server and through which token', async () => {
      const id = await store.addExpiringToken('amina', 'hash-1', null, undefined, { kind: 'device', label: 'Obsidian on LAPTOP-JUBA-04' });
      await store.touchUser('amina', '2026-06-15T12:00:00.000Z', id);
      expect((await store.getUser('amina'))?.lastSeenAt).toBe('2026-06-15T12:00:00.000Z');
      expect(await store.listTokens('amina')).toMatchObject([{ id, kind: 'device', label: 'Obsidian on LAPTOP-JUBA-04', lastUsedAt: '2026-06-15T12:00:00.000Z' }]);
    });

    it('an invite works once', async () => {
      await store.addInvite('code-1', { username: 'amina', createdBy: 'admin', createdAt: '2026-06-15T12:00:00.000Z', expiresAt: '2026-06-22T12:00:00.000Z' });
      expect((await store.redeemInvite('code-1', '2026-06-16T12:00:00.000Z'))?.username).toBe('amina');
      expect(await store.redeemInvite('code-1', '2026-06-16T12:00:01.000Z')).toBeUndefined();
    });

    it('an invite does not work after it expires', async () => {
      await store.addInvite('code-1', { username: 'amina', createdBy: 'admin', createdAt: '2026-06-15T12:00:00.000Z', expiresAt: '2026-06-22T12:00:00.000Z' });
      expect(await store.redeemInvite('code-1', '2026-06-22T12:00:00.000Z')).toBeUndefined();
    });

    it("a new invite makes the person's earlier ones stop working", async () => {
      await store.addInvite('code-1', { username: 'amina', createdBy: 'admin', createdAt: '2026-06-15T12:00:00.000Z', expiresAt: '2026-06-22T12:00:00.000Z' });
      await store.addInvite('code-2', { username: 'amina', createdBy: 'admin', createdAt: '2026-06-15T13:00:00.000Z', expiresAt: '2026-06-22T13:00:00.000Z' });
      expect(await store.redeemInvite('code-1', '2026-06-16T12:00:00.000Z')).toBeUndefined();
      expect((await store.redeemInvite('code-2', '2026-06-16T12:00:00.000Z'))?.username).toBe('amina');
    });

    it('an identity is linked to one person and found by issuer and subject', async () => {
      await store.linkIdentity({ issuer: 'https://idp.example.org', subject: 'sub-1', username: 'amina' });
      expect((await store.findIdentity('https://idp.example.org', 'sub-1'))?.username).toBe('amina');
      await expect(store.linkIdentity({ issuer: 'https://idp.example.org', subject: 'sub-1', username: 'bea' })).rejects.toThrow(/already linked/);
      expect(await store.identitiesOf('bea')).toEqual([]);
    });
  });
});
