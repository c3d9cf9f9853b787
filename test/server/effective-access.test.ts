// People and access (issue 14), the model: a person's access is the highest of their own grants and their teams',
// offices are held through teams too, and a disabled person's credentials stop working.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accessSources, effectiveAccess, effectiveHoldings } from '../../server/auth/access.js';
import { docAccess } from '../../server/people/doc-access.js';
import type { GrantRow, TeamGrantRow } from '../../server/storage/storage.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const grant = (username: string, docId: string, access: GrantRow['access']): GrantRow => ({ username, docId, access, grantedBy: 'test', grantedAt: '2026-12-01T00:00:00Z' });
const teamGrant = (teamId: string, docId: string, access: TeamGrantRow['access']): TeamGrantRow => ({ teamId, docId, access, grantedBy: 'test', grantedAt: '2026-12-01T00:00:00Z' });

describe('effective access, in the pure functions', () => {
  it('is the highest of a person\'s own grant and the grants of the teams they belong to', () => {
    const teams = { grants: [teamGrant('north', 'tm-1', 'editor')], memberships: [{ teamId: 'north' }] };
    expect(effectiveAccess([grant('ana', 'tm-1', 'viewer')], 'ana', 'tm-1', teams)).toBe('editor');
  });

  it('ignores the grants of teams the person does not belong to', () => {
    const teams = { grants: [teamGrant('south', 'tm-1', 'editor')], memberships: [{ teamId: 'north' }] };
    expect(effectiveAccess([grant('ana', 'tm-1', 'viewer')], 'ana', 'tm-1', teams)).toBe('viewer');
  });

  it('counts a team grant on every document for any document', () => {
    const teams = { grants: [teamGrant('north', '*', 'commenter')], memberships: [{ teamId: 'north' }] };
    expect(effectiveAccess([], 'ana', 'anything', teams)).toBe('commenter');
  });

  it('names each source of access with its team', () => {
    const teams = { grants: [teamGrant('north', 'tm-1', 'editor')], memberships: [{ teamId: 'north' }], teamNames: new Map([['north', 'Sector North POC working group']]) };
    expect(accessSources([grant('ana', '*', 'viewer')], 'ana', 'tm-1', teams)).toEqual([
      { access: 'viewer', scope: 'all-documents' },
      { access: 'editor', scope: 'this-document', team: { id: 'north', name: 'Sector North POC working group' } },
    ]);
  });

  it('gives a member the offices of their teams besides their own', () => {
    expect(effectiveHoldings([{ role: 'srsg' }], [{ offices: [{ role: 'head-of-office', area: 'Sector North' }] }])).toEqual([{ role: 'srsg' }, { role: 'head-of-office', area: 'Sector North' }]);
  });
});

describe('effective access, on a running server', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('lets a member of a team open a document shared with the team, at the team\'s level', async () => {
    const token = await t.addUser('ana');
    await t.createDoc('tm-1', null);
    await t.server.storage.addTeam({ id: 'north', name: 'Sector North POC working group', offices: [], claimValue: null, createdBy: 'test' });
    await t.server.storage.setTeamMember({ teamId: 'north', username: 'ana', manager: false, source: 'manual', addedBy: 'test' });
    await t.server.storage.setTeamGrant({ teamId: 'north', docId: 'tm-1', access: 'editor', grantedBy: 'test' });
    expect(await t.server.auth.access('ana', 'tm-1')).toBe('editor');
    expect((await t.api('/api/docs/tm-1', { token })).status).toBe(200);
  });

  it('tells /api/me the offices a person holds through a team', async () => {
    const token = await t.addUser('ana');
    await t.server.storage.addTeam({ id: 'north', name: 'North', offices: [{ role: 'head-of-office', area: 'Sector North' }], claimValue: null, createdBy: 'test' });
    await t.server.storage.setTeamMember({ teamId: 'north', username: 'ana', manager: false, source: 'manual', addedBy: 'test' });
    const me = await t.api('/api/me', { token });
    expect(me.body.holdings).toEqual([{ role: 'head-of-office', area: 'Sector North' }]);
  });

  it('refuses every credential of a disabled person, and accepts them again once enabled', async () => {
    const token = await t.addUser('ana');
    await t.server.storage.setDisabled('ana', true, new Date().toISOString());
    const refused = await t.api('/api/me', { token });
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.body)).toContain('disabled by an administrator');
    await t.server.storage.setDisabled('ana', false, new Date().toISOString());
    expect((await t.api('/api/me', { token })).status).toBe(200);
  });

  it('says who has access to a document and through what, archived documents giving no more than viewer', async () => {
    await t.addUser('ana', { name: 'Amina Diallo' });
    await t.addUser('ben', { name: 'Ben Okafor', grants: { 'tm-1': 'owner' } });
    await t.server.storage.addTeam({ id: 'north', name: 'Sector North POC working group', offices: [], claimValue: null, createdBy: 'test' });
    await t.server.storage.setTeamMember({ teamId: 'north', username: 'ana', manager: false, source: 'manual', addedBy: 'test' });
    await t.server.storage.setTeamGrant({ teamId: 'north', docId: 'tm-1', access: 'editor', grantedBy: 'ben' });
    const before = await docAccess(t.server.storage, 'tm-1');
    expect(before.people.map((p) => [p.name, p.access, p.sources.map((s) => s.team?.name ?? 'own')])).toEqual([
      ['Amina Diallo', 'editor', ['Sector North POC working group']],
      ['Ben Okafor', 'owner', ['own']],
    ]);
    expect(before.grants.map((g) => `${g.principal.kind}:${g.principal.id}:${g.access}`).sort()).toEqual(['team:north:editor', 'user:ben:owner']);
    await t.server.storage.setArchived('tm-1', true);
    expect((await docAccess(t.server.storage, 'tm-1')).people.map((p) => p.access)).toEqual(['viewer', 'viewer']);
  });

  it('notes when a person was last seen', async () => {
    const token = await t.addUser('ana');
    expect((await t.server.storage.getUser('ana'))?.lastSeenAt).toBeNull();
    await t.api('/api/me', { token });
    await expect.poll(async () => (await t.server.storage.getUser('ana'))?.lastSeenAt).not.toBeNull();
    const [tok] = await t.server.storage.listTokens('ana');
    expect(tok.lastUsedAt).not.toBeNull();
  });
});
