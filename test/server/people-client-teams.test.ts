// The people client's team and sharing methods (shared/api/people-client.ts) against the real server: the routes are the contract the Share dialog and the administration pages are built on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from '../../shared/api/client.js';
import { PeopleApi } from '../../shared/api/people-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('the people client: teams and sharing', () => {
  let t: TestServer;
  let admin: PeopleApi;
  let owner: PeopleApi;

  beforeAll(async () => {
    t = await startTestServer();
    admin = new PeopleApi(new ApiClient({ baseUrl: t.httpUrl, token: await t.addUser('admin', { grants: { '*': 'owner' } }), fetch }));
    owner = new PeopleApi(new ApiClient({ baseUrl: t.httpUrl, token: await t.addUser('owen', { name: 'Owen Owner' }), fetch }));
    await t.addUser('amina', { name: 'Amina Diallo' });
    await t.createDoc('tm-north', 'owen');
  });
  afterAll(() => t.stop());

  it('creates a team, adds a member and reads it back through the client', async () => {
    await admin.addTeam({ id: 'north-wg', name: 'Sector North POC working group', offices: [{ role: 'head-of-office', area: 'Sector North' }] });
    const team = await admin.setTeamMember('north-wg', 'amina', { manager: true });
    expect(team.members).toEqual([{ username: 'amina', name: 'Amina Diallo', manager: true, source: 'manual' }]);
    expect((await admin.teams()).map((x) => x.id)).toContain('north-wg');
  });

  it('shares a document with a team and reads who has access through it', async () => {
    await admin.addTeam({ id: 'share-wg', name: 'Share WG' });
    await admin.setTeamMember('share-wg', 'amina');
    await owner.grantTeam('tm-north', 'share-wg', 'commenter');
    const access = await owner.docAccess('tm-north');
    expect(access.people.find((p) => p.username === 'amina')).toMatchObject({ access: 'commenter', sources: [{ team: { id: 'share-wg' } }] });
    await owner.revokeTeam('tm-north', 'share-wg');
    expect((await owner.docAccess('tm-north')).people.map((p) => p.username)).not.toContain('amina');
  });

  it('renames, removes a member and deletes a team through the client', async () => {
    await admin.addTeam({ id: 'gone-wg', name: 'Gone WG' });
    await admin.setTeamMember('gone-wg', 'amina');
    expect((await admin.updateTeam('gone-wg', { name: 'Renamed WG' })).name).toBe('Renamed WG');
    expect((await admin.removeTeamMember('gone-wg', 'amina')).members).toEqual([]);
    await admin.deleteTeam('gone-wg');
    expect((await admin.teams()).map((x) => x.id)).not.toContain('gone-wg');
  });

  it('searches the directory through the client', async () => {
    expect((await owner.directory('amina')).people).toEqual([{ username: 'amina', name: 'Amina Diallo' }]);
  });

  it("a refusal reaches the client as an ApiError with the server's code", async () => {
    const e = await owner.addTeam({ id: 'mine', name: 'Mine' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 403, code: 'not-admin' });
  });
});
