// Teams (issue 14): access and offices held through a team, who may change a team, sharing a document with one, and the directory.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromStored } from '../../server/docs/stored.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { connectClient, startTestServer, storeDocument, type TestClient, type TestServer, text, waitFor } from '../support/test-server.js';

const TODAY = '2026-06-15';

describe('teams', () => {
  let t: TestServer;
  let admin: string;
  let owner: string;

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date(`${TODAY}T12:00:00Z`) });
    admin = await t.addUser('admin', { name: 'Administrator', grants: { '*': 'owner' } });
    owner = await t.addUser('owen', { name: 'Owen Owner' });
  });
  afterAll(() => t.stop());

  /** Creates a team as the administrator, with these members (`manager` for the first when asked); answers its id. */
  async function team(id: string, members: string[], opts: { offices?: unknown[]; firstManages?: boolean } = {}): Promise<string> {
    const made = await t.api('/api/teams', { method: 'POST', token: admin, body: { id, name: `Team ${id}`, offices: opts.offices ?? [] } });
    expect(made.status).toBe(201);
    for (const [i, user] of members.entries()) {
      const r = await t.api(`/api/teams/${id}/members/${user}`, { method: 'PUT', token: admin, body: { manager: i === 0 && !!opts.firstManages } });
      expect(r.status).toBe(200);
    }
    return id;
  }

  it("access is the highest of a person's own grant and their teams': a viewer in a team of editors writes", async () => {
    await t.createDoc('plan-both', 'owen');
    const bea = await t.addUser('bea', { grants: { 'plan-both': 'viewer' } });
    await team('editors-both', ['bea']);
    await t.api('/api/docs/plan-both/teams/editors-both', { method: 'PUT', token: owner, body: { access: 'editor' } });

    expect((await t.api('/api/docs/plan-both', { token: bea })).body.access).toBe('editor');
    const c = connectClient(t.url, 'plan-both', bea);
    await c.synced();
    c.doc.getText('text').insert(0, 'written through the team');
    const stored = async () => text(docFromStored(await t.server.storage.loadUpdates('plan-both'), pino({ level: 'silent' }), 'plan-both'));
    await waitFor(async () => (await stored()) === 'written through the team', 'the edit to be stored');
    c.destroy();
  });

  it("a document shared with a team is listed for its members with the team's access, and a team's grant on every document lists them all", async () => {
    await t.createDoc('plan-listed', 'owen');
    await t.createDoc('plan-unshared', 'owen');
    const lia = await t.addUser('lia');
    await team('listers', ['lia']);
    const listed = async () => ((await t.api('/api/docs', { token: lia })).body.documents as Array<{ id: string; access: string }>).map((d) => [d.id, d.access]);
    expect(await listed()).toEqual([]);

    await t.api('/api/docs/plan-listed/teams/listers', { method: 'PUT', token: owner, body: { access: 'commenter' } });
    expect(await listed()).toEqual([['plan-listed', 'commenter']]);

    await t.api('/api/docs/*/teams/listers', { method: 'PUT', token: admin, body: { access: 'viewer' } });
    const all = new Map((await listed()).map(([id, access]) => [id, access] as const));
    expect(all.get('plan-listed')).toBe('commenter');
    expect(all.get('plan-unshared')).toBe('viewer');
  });

  it('an office held through a team lets its member sign off the documents of its area', async () => {
    const drafter = await t.addUser('drafter-n', { grants: { '*': 'editor' } });
    const hoo = await t.addUser('hoo-via-team', { grants: { '*': 'viewer' } });
    await team('north-leads', ['hoo-via-team'], { offices: [{ role: 'head-of-office', area: 'Sector North' }] });
    await storeDocument(t, drafter, approvableMatrix('tm-north-team', TODAY));

    const r = await postSignoff(t, 'tm-north-team', hoo, { role: 'head-of-office', decision: 'approved' });
    expect(r.status).toBe(201);
    expect(r.body.record.payload).toMatchObject({ role: 'head-of-office', user: 'hoo-via-team' });
  });

  it("a Head of Office of Sector North held through a team is refused on Sector South's threat matrix", async () => {
    const drafter = await t.addUser('drafter-s', { grants: { '*': 'editor' } });
    const hoo = await t.addUser('hoo-north-team', { grants: { '*': 'viewer' } });
    await team('north-leads-2', ['hoo-north-team'], { offices: [{ role: 'head-of-office', area: 'Sector North' }] });
    const south = approvableMatrix('tm-south-team', TODAY);
    south.meta.fields.office = 'Sector South';
    await storeDocument(t, drafter, south);

    const r = await postSignoff(t, 'tm-south-team', hoo, { role: 'head-of-office', decision: 'approved' });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('office-out-of-scope');
    expect(await t.server.storage.listSignoffs('tm-south-team')).toEqual([]);
  });

  it("a team's manager adds a member to their team", async () => {
    const lead = await t.addUser('lead-a');
    await t.addUser('newcomer-a', { name: 'Newcomer A' });
    await team('wg-a', ['lead-a'], { firstManages: true });

    const r = await t.api('/api/teams/wg-a/members/newcomer-a', { method: 'PUT', token: lead, body: {} });
    expect(r.status).toBe(200);
    expect(r.body.members).toContainEqual({ username: 'newcomer-a', name: 'Newcomer A', manager: false, source: 'manual' });
  });

  it("a team's manager renames their team", async () => {
    const lead = await t.addUser('lead-w');
    await team('wg-w', ['lead-w'], { firstManages: true });

    const r = await t.api('/api/teams/wg-w', { method: 'PATCH', token: lead, body: { name: 'Sector West working group' } });
    expect(r.status).toBe(200);
    expect((await t.server.storage.getTeam('wg-w'))?.name).toBe('Sector West working group');
  });

  it("a team's manager cannot make anyone a manager", async () => {
    const lead = await t.addUser('lead-b');
    await t.addUser('newcomer-b');
    await team('wg-b', ['lead-b'], { firstManages: true });

    const r = await t.api('/api/teams/wg-b/members/newcomer-b', { method: 'PUT', token: lead, body: { manager: true } });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/Only an administrator can make someone a manager of team "wg-b"/);
    expect((await t.server.storage.teamMembers('wg-b')).map((m) => m.username)).toEqual(['lead-b']);
  });

  it("a team's manager cannot change the offices the team holds", async () => {
    const lead = await t.addUser('lead-c');
    await team('wg-c', ['lead-c'], { firstManages: true });

    const r = await t.api('/api/teams/wg-c', { method: 'PATCH', token: lead, body: { offices: [{ role: 'srsg' }] } });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/Only an administrator can change the offices/);
    expect((await t.server.storage.getTeam('wg-c'))?.offices).toEqual([]);
  });

  it('a member who does not manage the team cannot add anyone to it', async () => {
    const plain = await t.addUser('plain-d');
    await t.addUser('newcomer-d');
    await team('wg-d', ['plain-d']);

    const r = await t.api('/api/teams/wg-d/members/newcomer-d', { method: 'PUT', token: plain, body: {} });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('not-team-manager');
  });

  it("attack: a member makes themselves the team's manager, and is refused", async () => {
    const plain = await t.addUser('climber-s');
    await team('wg-s', ['climber-s']);

    const r = await t.api('/api/teams/wg-s/members/climber-s', { method: 'PUT', token: plain, body: { manager: true } });
    expect(r.status).toBe(403);
    expect(await t.server.storage.teamMembers('wg-s')).toMatchObject([{ username: 'climber-s', manager: false }]);
  });

  it('attack: a manager removes a fellow manager of their team, and is refused', async () => {
    const lead = await t.addUser('lead-t');
    await t.addUser('colead-t');
    await team('wg-t', ['lead-t', 'colead-t'], { firstManages: true });
    await t.api('/api/teams/wg-t/members/colead-t', { method: 'PUT', token: admin, body: { manager: true } });

    const r = await t.api('/api/teams/wg-t/members/colead-t', { method: 'DELETE', token: lead });
    expect(r.status).toBe(403);
    expect((await t.server.storage.teamMembers('wg-t')).map((m) => m.username)).toEqual(['colead-t', 'lead-t']);
  });

  it('attack: a manager of one team adds people to another team they only belong to, and is refused', async () => {
    const lead = await t.addUser('lead-u');
    await t.addUser('friend-u');
    await team('wg-u', ['lead-u'], { firstManages: true });
    await team('wg-u-other', ['lead-u']);

    const r = await t.api('/api/teams/wg-u-other/members/friend-u', { method: 'PUT', token: lead, body: {} });
    expect(r.status).toBe(403);
    expect((await t.server.storage.teamMembers('wg-u-other')).map((m) => m.username)).toEqual(['lead-u']);
  });

  it("attack: a team's manager gives their team a document they do not own, and is refused", async () => {
    await t.createDoc('plan-v', 'owen');
    const lead = await t.addUser('lead-v', { grants: { 'plan-v': 'editor' } });
    await team('wg-v', ['lead-v'], { firstManages: true });

    const r = await t.api('/api/docs/plan-v/teams/wg-v', { method: 'PUT', token: lead, body: { access: 'editor' } });
    expect(r.status).toBe(403);
    expect(await t.server.storage.teamGrantsOf('wg-v')).toEqual([]);
  });

  it('a team one does not belong to answers as a missing one', async () => {
    const stranger = await t.addUser('stranger-e');
    await team('wg-e', []);

    const r = await t.api('/api/teams/wg-e/members/stranger-e', { method: 'PUT', token: stranger, body: {} });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toMatch(/There is no team "wg-e" that you can see/);
  });

  it('only an administrator creates a team', async () => {
    const r = await t.api('/api/teams', { method: 'POST', token: owner, body: { id: 'mine', name: 'Mine' } });
    expect(r.status).toBe(403);
    expect(await t.server.storage.getTeam('mine')).toBeUndefined();
  });

  it('a team may hold only offices the templates ask to sign', async () => {
    const r = await t.api('/api/teams', { method: 'POST', token: admin, body: { id: 'kings', name: 'Kings', offices: [{ role: 'king' }] } });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/Unknown office: king\. Offices the templates ask to sign: .*head-of-office/);
  });

  it('a team id follows the username rule', async () => {
    const r = await t.api('/api/teams', { method: 'POST', token: admin, body: { id: 'Sector North', name: 'Sector North' } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('bad-team-id');
  });

  it('a non-owner cannot share a document with a team, and nothing is granted', async () => {
    await t.createDoc('plan-f', 'owen');
    const editor = await t.addUser('editor-f', { grants: { 'plan-f': 'editor' } });
    await team('wg-f', []);

    const r = await t.api('/api/docs/plan-f/teams/wg-f', { method: 'PUT', token: editor, body: { access: 'editor' } });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('not-owner');
    expect(await t.server.storage.teamGrantsOf('wg-f')).toEqual([]);
  });

  it('sharing a document one cannot read with a team answers as for a missing document', async () => {
    await t.createDoc('plan-g', 'owen');
    const outsider = await t.addUser('outsider-g');
    await team('wg-g', []);

    const r = await t.api('/api/docs/plan-g/teams/wg-g', { method: 'PUT', token: outsider, body: { access: 'viewer' } });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toBe('There is no document "plan-g" that you can read.');
  });

  it('only an administrator gives a team access to every document', async () => {
    await team('wg-h', []);
    expect((await t.api('/api/docs/*/teams/wg-h', { method: 'PUT', token: owner, body: { access: 'viewer' } })).status).toBe(403);
    expect((await t.api('/api/docs/*/teams/wg-h', { method: 'PUT', token: admin, body: { access: 'viewer' } })).status).toBe(200);
    expect(await t.server.storage.teamGrantsOf('wg-h')).toMatchObject([{ docId: '*', access: 'viewer' }]);
  });

  it('a team is never made an owner of a document', async () => {
    await t.createDoc('plan-i', 'owen');
    await team('wg-i', []);
    const r = await t.api('/api/docs/plan-i/teams/wg-i', { method: 'PUT', token: owner, body: { access: 'owner' } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('bad-access');
  });

  it('who has access to a document shows the team a member has it through', async () => {
    await t.createDoc('plan-j', 'owen');
    await t.addUser('member-j', { name: 'Member J' });
    await team('wg-j', ['member-j']);
    await t.api('/api/docs/plan-j/teams/wg-j', { method: 'PUT', token: owner, body: { access: 'commenter' } });

    const r = await t.api('/api/docs/plan-j/access', { token: owner });
    expect(r.status).toBe(200);
    expect(r.body.people).toContainEqual({ username: 'member-j', name: 'Member J', access: 'commenter', disabled: false, sources: [{ access: 'commenter', scope: 'this-document', team: { id: 'wg-j', name: 'Team wg-j' } }] });
  });

  it("who has access to a document one cannot read answers as for a missing document", async () => {
    await t.createDoc('plan-k', 'owen');
    const outsider = await t.addUser('outsider-k');
    const r = await t.api('/api/docs/plan-k/access', { token: outsider });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toBe('There is no document "plan-k" that you can read.');
  });

  it('stopping sharing with a team takes its members\' access away', async () => {
    await t.createDoc('plan-l', 'owen');
    const member = await t.addUser('member-l');
    await team('wg-l', ['member-l']);
    await t.api('/api/docs/plan-l/teams/wg-l', { method: 'PUT', token: owner, body: { access: 'viewer' } });
    expect((await t.api('/api/docs/plan-l', { token: member })).status).toBe(200);

    expect((await t.api('/api/docs/plan-l/teams/wg-l', { method: 'DELETE', token: owner })).status).toBe(204);
    expect((await t.api('/api/docs/plan-l', { token: member })).status).toBe(404);
  });

  it('deleting a team takes what it gave away from its members at once', async () => {
    await t.createDoc('plan-m', 'owen');
    const member = await t.addUser('member-m');
    await team('wg-m', ['member-m']);
    await t.api('/api/docs/plan-m/teams/wg-m', { method: 'PUT', token: owner, body: { access: 'viewer' } });

    expect((await t.api('/api/teams/wg-m', { method: 'DELETE', token: admin })).status).toBe(204);
    expect((await t.api('/api/docs/plan-m', { token: member })).status).toBe(404);
    expect(await t.server.storage.getTeam('wg-m')).toBeUndefined();
  });

  it('every change to a team and its grants is in the audit trail, with who made it', async () => {
    await t.createDoc('plan-n', 'owen');
    await t.addUser('member-n');
    await team('wg-n', ['member-n']);
    await t.api('/api/docs/plan-n/teams/wg-n', { method: 'PUT', token: owner, body: { access: 'viewer' } });
    await t.api('/api/docs/plan-n/teams/wg-n', { method: 'DELETE', token: owner });
    await t.api('/api/teams/wg-n/members/member-n', { method: 'DELETE', token: admin });
    await t.api('/api/teams/wg-n', { method: 'DELETE', token: admin });

    const entries = (await t.server.storage.queryAudit({})).filter((e) => e.detail.team === 'wg-n').map((e) => [e.kind, e.actor]);
    expect(entries).toEqual([
      ['team-added', 'admin'],
      ['team-member-added', 'admin'],
      ['team-grant', 'owen'],
      ['team-revoke', 'owen'],
      ['team-member-removed', 'admin'],
      ['team-deleted', 'admin'],
    ]);
  });

  it('the teams list shows a person only the teams they belong to', async () => {
    const member = await t.addUser('member-o');
    await team('wg-o', ['member-o']);
    await team('wg-o-other', []);

    const r = await t.api('/api/teams', { token: member });
    expect(r.body.teams.map((x: { id: string }) => x.id)).toEqual(['wg-o']);
  });

  it('the directory is refused to someone who owns no document, manages no team and does not administer', async () => {
    const nobody = await t.addUser('nobody-p');
    const r = await t.api('/api/directory?q=a', { token: nobody });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('not-sharing');
  });

  it('the directory finds people and teams by id or name ignoring case, leaving disabled people out', async () => {
    await t.createDoc('plan-q', 'owen');
    await t.addUser('fatima-q', { name: 'Fatima Quorum' });
    await t.addUser('gone-q', { name: 'Gone Quorum' });
    await t.server.storage.setDisabled('gone-q', true, new Date().toISOString());
    await t.api('/api/teams', { method: 'POST', token: admin, body: { id: 'quorum-team', name: 'The Quorum' } });

    const r = await t.api('/api/directory?q=QUORUM', { token: owner });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ people: [{ username: 'fatima-q', name: 'Fatima Quorum' }], teams: [{ id: 'quorum-team', name: 'The Quorum' }] });
  });

  it('the directory answers at most 20 people', async () => {
    for (let i = 0; i < 25; i++) await t.server.storage.addUser({ username: `many-${i}`, name: `Many ${i}`, offices: [] });
    const r = await t.api('/api/directory?q=many-', { token: admin });
    expect(r.body.people).toHaveLength(20);
  });

  it('the directory answers nobody for a blank search', async () => {
    const r = await t.api('/api/directory?q=%20%20', { token: admin });
    expect(r.body).toEqual({ people: [], teams: [] });
  });

  it('the directory refuses a search longer than 100 characters', async () => {
    const r = await t.api(`/api/directory?q=${'a'.repeat(101)}`, { token: admin });
    expect(r.status).toBe(400);
  });
});

describe('live connections follow team changes at once', () => {
  let t: TestServer;
  let admin: string;
  let owner: string;

  beforeAll(async () => {
    // No periodic re-check within the test: a connection closes only because the change itself re-checked it.
    t = await startTestServer({ revalidateMs: 3_600_000 });
    admin = await t.addUser('admin', { grants: { '*': 'owner' } });
    owner = await t.addUser('owen');
  });
  afterAll(() => t.stop());

  /** A member of a new team that `owen` shares his new document `docId` with as editor, connected to it and synced. */
  async function connectedThroughTeam(teamId: string, username: string, docId: string): Promise<{ token: string; client: TestClient }> {
    await t.createDoc(docId, 'owen');
    const token = await t.addUser(username);
    await t.api('/api/teams', { method: 'POST', token: admin, body: { id: teamId, name: teamId } });
    await t.api(`/api/teams/${teamId}/members/${username}`, { method: 'PUT', token: admin, body: {} });
    expect((await t.api(`/api/docs/${docId}/teams/${teamId}`, { method: 'PUT', token: owner, body: { access: 'editor' } })).status).toBe(200);
    const client = connectClient(t.url, docId, token);
    await client.synced();
    return { token, client };
  }

  it('team grants give access and removing a member from the team closes their live connections within seconds', async () => {
    const { token, client } = await connectedThroughTeam('north-wg', 'amina', 'plan-north');
    expect((await t.api('/api/teams/north-wg/members/amina', { method: 'DELETE', token: admin })).status).toBe(200);
    // A bound, not a timing under test: removing the member re-checks their connections there and then.
    await waitFor(() => client.closes.some((e) => e.code === CLOSE.FORBIDDEN), 'the removed member to be disconnected with 4403');
    client.destroy();
    expect((await t.api('/api/docs/plan-north', { token })).status).toBe(404);
  });

  it("stopping sharing with a team closes its members' live connections", async () => {
    const { client } = await connectedThroughTeam('south-wg', 'bea', 'plan-south');
    expect((await t.api('/api/docs/plan-south/teams/south-wg', { method: 'DELETE', token: owner })).status).toBe(204);
    await waitFor(() => client.closes.some((e) => e.code === CLOSE.FORBIDDEN), "the team's member to be disconnected with 4403");
    client.destroy();
  });

  it("deleting a team closes its members' live connections", async () => {
    const { client } = await connectedThroughTeam('east-wg', 'cai', 'plan-east');
    expect((await t.api('/api/teams/east-wg', { method: 'DELETE', token: admin })).status).toBe(204);
    await waitFor(() => client.closes.some((e) => e.code === CLOSE.FORBIDDEN), "the deleted team's member to be disconnected with 4403");
    client.destroy();
  });
});

describe('teams when the audit trail cannot be written', () => {
  let t: TestServer;
  let admin: string;

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.addUser('admin', { grants: { '*': 'owner' } });
    await t.addUser('amina');
    await t.api('/api/teams', { method: 'POST', token: admin, body: { id: 'north-wg', name: 'North' } });
    const db = new Database(join(t.dataDir, 'poc.sqlite'));
    db.exec("CREATE TRIGGER audit_refuses BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disk I/O error (injected)'); END;");
    db.close();
  });
  afterAll(() => t.stop());

  it('adding a member whose audit entry cannot be written is refused with 503 and adds nobody', async () => {
    const r = await t.api('/api/teams/north-wg/members/amina', { method: 'PUT', token: admin, body: {} });
    expect(r.status).toBe(503);
    expect(r.body.error.code).toBe('unrecorded');
    expect(await t.server.storage.teamMembers('north-wg')).toEqual([]);
  });
});
