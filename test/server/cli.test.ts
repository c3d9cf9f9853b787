// The server's command-line operations: users and tokens, grants, audit, online backup and restore, serve, verify, demo import.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMarkdown } from '../../shared/markdown/index.js';
import { TemplateSet } from '../../shared/template/set.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import { AUDIT_KINDS, audit, backup, CommandError, docCreate, grant, revoke, runServe, storeFile, userAdd, userCanCreate, userOffice, userRevoke, userToken, verify } from '../../cli/commands/index.js';
import { filledModel, withoutBlockLinks } from '../support/build-model.js';
import { connectClient, createDocsIn, startTestServer, tempDir, text, waitFor } from '../support/test-server.js';
import { postSignoff } from '../support/sign-off.js';

const quiet = { out: () => {} };

describe('user and access commands', () => {
  const tmp = tempDir();
  const data = tmp.dir;
  afterAll(() => tmp.remove());

  it('user add prints the new token as its last line, and the store keeps only its hash', async () => {
    const lines: string[] = [];
    const { token } = await userAdd({ data, username: 'amina', name: 'Amina Diallo', offices: ['head-of-office'], out: (l) => lines.push(l) });
    expect(lines.at(-1)).toBe(token);
    expect(token).toMatch(/^poc_[A-Za-z0-9_-]{43}$/);
    expect(lines.join('\n')).toMatch(/Added amina \(Amina Diallo\), offices: head-of-office/);
  });

  it('user add refuses a taken username, a bad username and an office no template declares', async () => {
    await expect(userAdd({ data, username: 'amina', name: 'Again', ...quiet })).rejects.toThrow(/already exists/);
    await expect(userAdd({ data, username: 'Bad Name', name: 'X', ...quiet })).rejects.toThrow(CommandError);
    await expect(userAdd({ data, username: 'kim', name: 'Kim', offices: ['king'], ...quiet })).rejects.toThrow(/Unknown office: king\. Offices the templates ask to sign: .*head-of-mission/);
  });

  it('user add writes the former office "unct" as the RC/HC office it now is', async () => {
    const lines: string[] = [];
    await userAdd({ data, username: 'rosa', name: 'Rosa', offices: ['unct'], out: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/offices: rc-hc \(mission-wide\)|offices: rc-hc/);
  });

  it('user add takes an office held for an area as office@area', async () => {
    const lines: string[] = [];
    await userAdd({ data, username: 'nour', name: 'Nour', offices: ['head-of-office@Sector North'], out: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/offices: head-of-office@Sector North/);
    await expect(userAdd({ data, username: 'noor', name: 'Noor', offices: ['head-of-office@'], ...quiet })).rejects.toThrow(/no area after it/);
  });

  it('user office adds and removes holdings later, refuses to remove one not held, and audits the change', async () => {
    const lines: string[] = [];
    await userOffice({ data, username: 'nour', add: ['head-of-office@Sector South'], remove: ['head-of-office@sector north'], out: (l) => lines.push(l) });
    expect(lines).toEqual(['nour now holds: head-of-office@Sector South.']);
    expect((await userOffice({ data, username: 'nour', add: ['head-of-office'], docs: ['tm-east'], ...quiet })).offices).toEqual([
      { role: 'head-of-office', area: 'Sector South' },
      { role: 'head-of-office', docs: ['tm-east'] },
    ]);
    await expect(userOffice({ data, username: 'nour', remove: ['srsg'], ...quiet })).rejects.toThrow(/does not hold srsg \(mission-wide\), so nothing was changed/);
    await expect(userOffice({ data, username: 'nour', add: ['king'], ...quiet })).rejects.toThrow(/Unknown office: king/);
    await expect(userOffice({ data, username: 'nobody', add: ['srsg'], ...quiet })).rejects.toThrow(/no user named "nobody"/);
    const lines2: string[] = [];
    await audit({ data, kind: 'offices-changed', json: true, out: (l) => lines2.push(l) });
    expect(lines2.join('\n')).toMatch(/Sector South/);
  });

  it('user token issues another working token; user revoke revokes them all', async () => {
    const { token } = await userToken({ data, username: 'amina', ...quiet });
    const t = await startTestServer({ dataDir: data });
    try {
      expect((await t.api('/api/me', { token })).status).toBe(200);
      expect(await userRevoke({ data, username: 'amina', ...quiet })).toEqual({ revoked: 2 });
      expect((await t.api('/api/me', { token })).status).toBe(401);
    } finally {
      await t.stop(true);
    }
  });

  it('user add --can-create gives the right to create documents; user can-create yes|no changes it later', async () => {
    await userAdd({ data, username: 'cora', name: 'Cora Creator', canCreate: true, ...quiet });
    await userAdd({ data, username: 'nils', name: 'Nils', ...quiet });
    const rights = async () => {
      const { SqliteStorage } = await import('../../server/storage/sqlite.js');
      const s = SqliteStorage.open({ file: storeFile(data) });
      try {
        return { cora: (await s.getUser('cora'))!.canCreate, nils: (await s.getUser('nils'))!.canCreate };
      } finally {
        await s.close();
      }
    };
    expect(await rights()).toEqual({ cora: true, nils: false });
    const lines: string[] = [];
    await userCanCreate({ data, username: 'nils', answer: 'yes', out: (l) => lines.push(l) });
    await userCanCreate({ data, username: 'cora', answer: 'no', out: (l) => lines.push(l) });
    expect(await rights()).toEqual({ cora: false, nils: true });
    expect(lines).toEqual(['nils may now create documents.', 'cora may no longer create documents (administrators always may).']);
    await expect(userCanCreate({ data, username: 'nils', answer: 'maybe', ...quiet })).rejects.toThrow(/Say "yes" or "no"/);
    await expect(userCanCreate({ data, username: 'nobody', answer: 'yes', ...quiet })).rejects.toThrow(/no user named "nobody"/);
  });

  it('doc create makes the template\'s new document owned by a user, or an empty one, and refuses a look-alike id', async () => {
    const lines: string[] = [];
    const { id } = await docCreate({ data, type: 'threat-matrix', title: 'Sector East', owner: 'cora', out: (l) => lines.push(l) });
    expect(id).toMatch(/^tm-[a-z2-7]{16}$/);
    expect(lines.at(-1)).toBe(id);
    await docCreate({ data, type: 'strategy', title: 'Imported', owner: 'cora', id: 'STR-Imported', empty: true, ...quiet });
    await expect(docCreate({ data, type: 'strategy', title: 'Again', owner: 'cora', id: 'str-imported', ...quiet })).rejects.toThrow(/differs only by case/);
    await expect(docCreate({ data, type: 'strategy', title: 'Nobody', owner: 'nobody', ...quiet })).rejects.toThrow(/no user named "nobody"/);
    const { SqliteStorage } = await import('../../server/storage/sqlite.js');
    const s = SqliteStorage.open({ file: storeFile(data) });
    try {
      expect((await s.grantsFor(id)).filter((g) => g.docId === id)).toEqual([expect.objectContaining({ username: 'cora', access: 'owner' })]);
      expect((await s.loadUpdates(id)).length).toBe(1);
      expect(await s.loadUpdates('STR-Imported')).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('grant and revoke change access, and say what they did', async () => {
    await createDocsIn(data, ['plan-1']);
    const lines: string[] = [];
    await grant({ data, username: 'amina', docId: '*', access: 'viewer', out: (l) => lines.push(l) });
    await grant({ data, username: 'amina', docId: 'plan-1', access: 'editor', out: (l) => lines.push(l) });
    expect(lines).toEqual(['amina is now viewer of every document.', 'amina is now editor of "plan-1".']);
    await expect(grant({ data, username: 'amina', docId: 'x', access: 'boss', ...quiet })).rejects.toThrow(/viewer, commenter, editor or owner/);
    await expect(grant({ data, username: 'nobody', docId: 'x', access: 'viewer', ...quiet })).rejects.toThrow(/no user named "nobody"/);
    await expect(grant({ data, username: 'amina', docId: '../x', access: 'viewer', ...quiet })).rejects.toThrow(/document id/);
    expect(await revoke({ data, username: 'amina', docId: 'plan-1', ...quiet })).toEqual({ removed: true });
  });

  it('grant refuses an id that differs only by case from an existing document, which could never reach it, and names the real one', async () => {
    // STR-Imported exists (created above); an administrator typing it in lower case granted access to nothing and was told "no such document yet".
    await expect(grant({ data, username: 'amina', docId: 'str-imported', access: 'editor', ...quiet })).rejects.toThrow(/"STR-Imported"/);
    const { SqliteStorage } = await import('../../server/storage/sqlite.js');
    const s = SqliteStorage.open({ file: storeFile(data) });
    try {
      expect((await s.grantsFor('str-imported')).filter((g) => g.username === 'amina' && g.docId === 'str-imported')).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('audit prints the trail, filtered by document and date', async () => {
    const lines: string[] = [];
    const all = await audit({ data, out: (l) => lines.push(l) });
    expect(all.map((e) => e.kind)).toEqual(expect.arrayContaining(['user-added', 'token-issued', 'tokens-revoked', 'grant', 'revoke']));
    expect(lines.some((l) => /grant\s+cli\s+plan-1\s+user=amina access=editor/.test(l))).toBe(true);
    expect((await audit({ data, doc: 'plan-1', ...quiet })).map((e) => e.kind)).toEqual(['grant', 'revoke']);
    expect(await audit({ data, since: '2999-01-01', ...quiet })).toEqual([]);
    await expect(audit({ data, since: 'yesterday', ...quiet })).rejects.toThrow(/not a date/);
  });
});

describe('a data folder without a store', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('every command but serve and user add refuses it, naming the store file, and creates nothing', async () => {
    const typo = join(tmp.dir, 'typo');
    const commands: Array<[string, () => Promise<unknown>]> = [
      ['user token', () => userToken({ data: typo, username: 'amina', ...quiet })],
      ['user revoke', () => userRevoke({ data: typo, username: 'amina', ...quiet })],
      ['grant', () => grant({ data: typo, username: 'amina', docId: 'plan-1', access: 'editor', ...quiet })],
      ['revoke', () => revoke({ data: typo, username: 'amina', docId: 'plan-1', ...quiet })],
      ['backup', () => backup({ data: typo, file: join(tmp.dir, 'out.sqlite'), ...quiet })],
      ['audit', () => audit({ data: typo, ...quiet })],
    ];
    for (const [name, run] of commands) {
      const error = await run().then(() => undefined, (e: unknown) => e);
      expect({ name, error }).toEqual({ name, error: new CommandError(`No store at ${join(typo, 'poc.sqlite')}; check --data or POC_DATA.`) });
    }
    expect(existsSync(typo)).toBe(false);
    expect(existsSync(join(tmp.dir, 'out.sqlite'))).toBe(false);
  });

  it('user add creates the store there and says so first', async () => {
    const lines: string[] = [];
    const data = join(tmp.dir, 'new');
    await userAdd({ data, username: 'amina', name: 'Amina Diallo', out: (l) => lines.push(l) });
    expect(lines[0]).toBe(`Created a new store at ${storeFile(data)}.`);
    expect(existsSync(storeFile(data))).toBe(true);
  });
});

describe('the last owner of a document', () => {
  const tmp = tempDir();
  const data = tmp.dir;
  afterAll(() => tmp.remove());
  beforeAll(async () => {
    await userAdd({ data, username: 'amina', name: 'Amina', ...quiet });
    await userAdd({ data, username: 'kim', name: 'Kim', ...quiet });
    await createDocsIn(data, ['plan-1']);
    await grant({ data, username: 'amina', docId: 'plan-1', access: 'owner', ...quiet });
  });

  it('revoke refuses to remove the only owner of a document, in the words of the HTTP API', async () => {
    await expect(revoke({ data, username: 'amina', docId: 'plan-1', ...quiet })).rejects.toThrow(new CommandError('amina is the only owner of "plan-1"; make someone else an owner first.'));
  });

  it('grant refuses to lower the only owner of a document to editor or viewer', async () => {
    await expect(grant({ data, username: 'amina', docId: 'plan-1', access: 'editor', ...quiet })).rejects.toThrow(/amina is the only owner of "plan-1"; make someone else an owner first\./);
  });

  it('revoke removes an owner once another owner remains', async () => {
    await grant({ data, username: 'kim', docId: 'plan-1', access: 'owner', ...quiet });
    expect(await revoke({ data, username: 'amina', docId: 'plan-1', ...quiet })).toEqual({ removed: true });
  });
});

describe('audit filters', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  beforeAll(() => userAdd({ data: tmp.dir, username: 'amina', name: 'Amina', ...quiet }));

  it('audit refuses a limit that is not a whole number of 1 or more, saying so', async () => {
    for (const limit of [Number('abc'), 0, 2.5]) {
      await expect(audit({ data: tmp.dir, limit, ...quiet })).rejects.toThrow(new CommandError(`--limit "${limit}" is not a whole number of 1 or more.`));
    }
  });

  it('audit refuses an unknown kind, listing the kinds there are', async () => {
    await expect(audit({ data: tmp.dir, kind: 'bogus', ...quiet })).rejects.toThrow(new CommandError(`--kind "bogus" is not a kind of audit entry; use one of ${AUDIT_KINDS.join(', ')}.`));
    expect(AUDIT_KINDS).toContain('limit-exceeded');
  });

  it('audit filters by a known kind', async () => {
    expect((await audit({ data: tmp.dir, kind: 'user-added', ...quiet })).map((e) => e.kind)).toEqual(['user-added']);
  });
});

describe('serve, backup and restore', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('serve prints "listening on ws://HOST:PORT" when ready', async () => {
    const lines: string[] = [];
    const server = await runServe({ data: join(tmp.dir, 'serve'), port: 0, host: '127.0.0.1', demoVault: null, handleSignals: false, config: { logger: pino({ level: 'silent' }) }, out: (l) => lines.push(l) });
    try {
      expect(lines).toEqual([`listening on ws://127.0.0.1:${server.port}`]);
    } finally {
      await server.stop();
    }
  });

  it('serve prints the address it is bound to when that is every IPv4 interface', async () => {
    const lines: string[] = [];
    const server = await runServe({ data: join(tmp.dir, 'any4'), port: 0, host: '0.0.0.0', demoVault: null, handleSignals: false, config: { logger: pino({ level: 'silent' }) }, out: (l) => lines.push(l) });
    try {
      expect(lines).toEqual([`listening on ws://0.0.0.0:${server.port}`]);
    } finally {
      await server.stop();
    }
  });

  it('serve prints [::] when bound to every IPv6 interface', async () => {
    const lines: string[] = [];
    const server = await runServe({ data: join(tmp.dir, 'any6'), port: 0, host: '::', demoVault: null, handleSignals: false, config: { logger: pino({ level: 'silent' }) }, out: (l) => lines.push(l) });
    try {
      expect(lines).toEqual([`listening on ws://[::]:${server.port}`]);
    } finally {
      await server.stop();
    }
  });

  it('serve on a port already in use says which port and host, and what to do', async () => {
    const first = await startTestServer();
    try {
      const port = first.server.port;
      const started = runServe({ data: join(tmp.dir, 'second'), port, host: '127.0.0.1', demoVault: null, handleSignals: false, config: { logger: pino({ level: 'silent' }) }, ...quiet });
      await expect(started).rejects.toThrow(new CommandError(`Port ${port} on 127.0.0.1 is already in use; stop the other server or choose --port.`));
    } finally {
      await first.stop();
    }
  });

  it('a backup taken while the server runs restores every edit made before it', async () => {
    const live = join(tmp.dir, 'live');
    const { token } = await userAdd({ data: live, username: 'bea', name: 'Bea', admin: true, ...quiet });
    const t = await startTestServer({ dataDir: live });
    await t.createDoc('doc-1', 'bea');
    const c = connectClient(t.url, 'doc-1', token);
    await c.synced();
    c.doc.getText('text').insert(0, 'before the backup');
    await waitFor(async () => (await t.server.storage.loadUpdates('doc-1')).length > 0, 'the edit to be stored');
    const copy = join(tmp.dir, 'restored', 'poc.sqlite');
    await backup({ data: live, file: copy, ...quiet });
    c.destroy();
    await t.stop(true);

    const restored = await startTestServer({ dataDir: join(tmp.dir, 'restored') });
    try {
      const d = connectClient(restored.url, 'doc-1', token);
      await d.synced();
      expect(text(d.doc)).toBe('before the backup');
      d.destroy();
    } finally {
      await restored.stop(true);
    }
  });
});

describe('first start', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('a new store imports the POC documents of the demo vault and skips other notes', async () => {
    const vault = join(tmp.dir, 'vault');
    mkdirSync(vault);
    const templates = TemplateSet.builtin();
    const model = filledModel(templates.get('threat-matrix'), '2026-06-15').meta({ id: 'tm-demo', title: 'Demo Threat Matrix' }).build();
    writeFileSync(join(vault, 'Demo Threat Matrix.md'), toMarkdown(model, templates.get('threat-matrix')));
    writeFileSync(join(vault, 'Notes.md'), '# Just a note\n');
    const data = join(tmp.dir, 'data');
    const { token } = await userAdd({ data, username: 'admin', name: 'Admin', admin: true, ...quiet });
    const t = await startTestServer({ dataDir: data, demoVaultDir: vault });
    try {
      const docs = (await t.api('/api/docs', { token })).body.documents;
      expect(docs).toEqual([expect.objectContaining({ id: 'tm-demo', type: 'threat-matrix', title: 'Demo Threat Matrix' })]);
    } finally {
      await t.stop(true);
    }
    // A second start does not import again (the documents are the users' now).
    const again = await startTestServer({ dataDir: data, demoVaultDir: vault });
    await again.stop(true);
  });

  it('the demo documents a new store imports are in the audit trail, as any document created', async () => {
    const vault = join(tmp.dir, 'audited-vault');
    mkdirSync(vault);
    const templates = TemplateSet.builtin();
    const model = filledModel(templates.get('threat-matrix'), '2026-06-15').meta({ id: 'tm-demo', title: 'Demo Threat Matrix' }).build();
    writeFileSync(join(vault, 'Demo Threat Matrix.md'), toMarkdown(model, templates.get('threat-matrix')));
    const t = await startTestServer({ demoVaultDir: vault });
    try {
      expect(await t.server.storage.queryAudit({ kind: 'document-created' })).toEqual([
        expect.objectContaining({ actor: null, docId: 'tm-demo', detail: { type: 'threat-matrix', via: 'demo-import' } }),
      ]);
    } finally {
      await t.stop();
    }
  });

  it('a POC document in the demo vault that does not parse is logged as a warning naming the file and the problem', async () => {
    const vault = join(tmp.dir, 'broken-vault');
    mkdirSync(vault);
    writeFileSync(join(vault, 'Broken.md'), '---\npoc-id: tm-broken\npoc-type: threat-matrix\n---\n\n# Not the template\n');
    writeFileSync(join(vault, 'Notes.md'), '# Just a note\n');
    const logged: Array<{ level: number; msg: string; file?: string; problem?: string }> = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    const t = await startTestServer({ demoVaultDir: vault, logger });
    await t.stop();
    const warnings = logged.filter((l) => l.level === 40);
    expect(warnings).toEqual([expect.objectContaining({ file: expect.stringMatching(/broken-vault\/Broken\.md(:\d+)?$/), problem: expect.stringMatching(/\w/) })]);
    expect(warnings[0].msg).toContain(`demo document skipped: ${warnings[0].file}: ${warnings[0].problem}`);
  });

  it('serve imports the demo vault it is given as default (the one beside the CLI), not the current folder\'s', async () => {
    const vault = join(tmp.dir, 'beside-cli');
    mkdirSync(vault);
    const templates = TemplateSet.builtin();
    const model = filledModel(templates.get('threat-matrix'), '2026-06-15').meta({ id: 'tm-beside', title: 'Beside the CLI' }).build();
    writeFileSync(join(vault, 'Beside.md'), toMarkdown(model, templates.get('threat-matrix')));
    const data = join(tmp.dir, 'default-demo');
    const server = await runServe({ data, port: 0, host: '127.0.0.1', defaultDemoVault: vault, handleSignals: false, config: { logger: pino({ level: 'silent' }) }, ...quiet });
    try {
      expect((await server.storage.listDocuments()).map((d) => d.id)).toEqual(['tm-beside']);
    } finally {
      await server.stop();
    }
  });

  it('a missing demo vault is not an error', async () => {
    const t = await startTestServer({ demoVaultDir: join(tmp.dir, 'no-such-vault') });
    await t.stop();
  });
});

describe('verify from a file', () => {
  let t: Awaited<ReturnType<typeof startTestServer>>;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date('2026-06-15T10:00:00Z') });
    token = await t.addUser('hoo', { offices: ['head-of-office'], grants: { '*': 'editor' } });
    await t.createDoc('tm-v', 'hoo');
    const c = connectClient(t.url, 'tm-v', token);
    await c.synced();
    const tm = filledModel(TemplateSet.builtin().get('threat-matrix'), '2026-06-15').meta({ id: 'tm-v' });
    // Without the filled model's link to a document this server does not have, which would block the approval.
    withoutBlockLinks(tm);
    writeModel(c.doc, tm.build());
    await waitFor(async () => (await t.api('/api/docs/tm-v', { token })).body.type === 'threat-matrix', 'the document to be stored');
    c.destroy();
    expect((await postSignoff(t, 'tm-v', token, { role: 'head-of-office', decision: 'approved' })).status).toBe(201);
  });
  afterAll(() => t.stop());

  it('a saved API response verifies offline with the server key; a tampered record is invalid', async () => {
    const saved = (await t.api('/api/docs/tm-v?include=model', { token })).body;
    const key = (await t.api('/api/keys')).body.keys[0].publicKey as string;
    const file = join(t.dataDir, 'records.json');
    writeFileSync(file, JSON.stringify(saved));
    expect(await verify({ file, key, ...quiet })).toMatchObject({ valid: 1, stale: 0, invalid: 0 });
    saved.records[0].record.payload.comment = 'changed afterwards';
    writeFileSync(file, JSON.stringify(saved));
    const lines: string[] = [];
    expect(await verify({ file, key, out: (l) => lines.push(l) })).toMatchObject({ valid: 0, invalid: 1 });
    expect(lines.join('\n')).toMatch(/INVALID .*not issued by the server or was altered/);
  });
});
