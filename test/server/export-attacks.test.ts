// Red-team attacks on exports (issue 16) found in the redteam16 session: each test is written as the attack and holds on the fixed code.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { connectClient, startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import { docxParts, pdfText, squash, wordText } from './export/read-back.js';

const TODAY = '2026-11-24';
let t: TestServer;
let editor: string;

async function fetchExport(server: TestServer, docId: string, query: string, token: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.httpUrl}/api/docs/${encodeURIComponent(docId)}/export?${query}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes };
}

beforeAll(async () => {
  t = await startTestServer({ now: () => new Date(`${TODAY}T12:00:00Z`), missionName: 'MINUSAR' });
  editor = await t.addUser('ed', { name: 'Edna Editor', grants: { '*': 'editor' } });
});
afterAll(async () => {
  await t.stop();
});

describe('attacks on the PDF page', () => {
  it('attack: a classification holding a form feed breaks out of the marking\'s CSS string and hides the signature page', async () => {
    const model = approvableMatrix('tm-css', TODAY);
    // A form feed is a newline to CSS: it ends the string unescaped, and what follows is read as rules of the page.
    model.meta.fields.classification = 'UN Confidential\f}} [id=signatures i] { display: none } @page x { ';
    await storeDocument(t, editor, model);
    const r = await fetchExport(t, 'tm-css', 'format=pdf', editor);
    expect(r.status).toBe(200);
    const text = squash(pdfText(r.bytes));
    expect(text).toContain('Nobody has signed off this document yet.');
    expect(text).toContain('poc verify');
  });
});

describe('attacks on the PDF printer', () => {
  it('attack: one person firing many PDF exports at once cannot queue them all on the one Chromium the whole mission prints with', async () => {
    const model = approvableMatrix('tm-flood', TODAY);
    await storeDocument(t, editor, model);
    const answers = await Promise.all(Array.from({ length: 12 }, () => fetchExport(t, 'tm-flood', 'format=pdf', editor)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    // Beyond the few a person may have being made at once, each is refused at once, saying to wait (some may finish while the others arrive).
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(6);
    for (const a of refused) expect(JSON.parse(new TextDecoder().decode(a.bytes)).error.code).toBe('export-in-progress');
    for (const a of refused) expect(a.headers.get('retry-after')).toBeTruthy();
    // What was refused did not use up the person's hourly exports: once the first are done, the next is made.
    expect((await fetchExport(t, 'tm-flood', 'format=pdf', editor)).status).toBe(200);
  });
});

describe('the printer', () => {
  it('attack: prints beyond what the printer queues are refused at once, not queued without end', async () => {
    const { PdfPrinter, PrinterBusyError } = await import('../../server/export/pdf.js');
    const printer = new PdfPrinter(undefined, 2);
    try {
      const page = '<!doctype html><html><body><p>Page</p></body></html>';
      const jobs = Array.from({ length: 5 }, () => printer.print(page, { paper: 'a4' }).then(() => 'printed', (e: unknown) => (e instanceof PrinterBusyError ? 'busy' : String(e))));
      expect((await Promise.all(jobs)).sort()).toEqual(['busy', 'busy', 'busy', 'printed', 'printed']);
      // Once the queue has room again, prints are taken.
      expect(await printer.print(page, { paper: 'a4' }).then(() => 'printed')).toBe('printed');
    } finally {
      await printer.close();
    }
  });

  it('attack: a print that takes too long is abandoned, and the prints after it are made', async () => {
    const { PdfPrinter, PrintTimeoutError } = await import('../../server/export/pdf.js');
    // A page Chromium lays out quickly but prints slowly: some hundreds of pages of table (page.pdf has no timeout of its own).
    const rows = Array.from({ length: 30_000 }, (_, i) => `<tr><td>${i}</td><td>row ${i} of a long table</td></tr>`).join('');
    const slow = `<!doctype html><html><body><table>${rows}</table></body></html>`;
    const printer = new PdfPrinter(undefined, 8, 60_000);
    try {
      await printer.print('<!doctype html><p>warm</p>', { paper: 'a4' });
      printer.timeoutMs = 1500;
      const started = Date.now();
      const slowOne = printer.print(slow, { paper: 'a4' }).then(() => 'printed', (e: unknown) => (e instanceof PrintTimeoutError ? 'timed out' : String(e)));
      const next = printer.print('<!doctype html><p>next</p>', { paper: 'a4' }).then((b) => b.length > 0);
      expect(await slowOne).toBe('timed out');
      expect(Date.now() - started).toBeLessThan(10_000);
      printer.timeoutMs = 60_000;
      expect(await next).toBe(true);
    } finally {
      await printer.close();
    }
  }, 60_000);
});

describe('attacks on versions', () => {
  it("attack: an editor who sets the document's id field to another document's and saves a version cannot export a file that says it is that other document", async () => {
    const victim = approvableMatrix('tm-victim', TODAY);
    await storeDocument(t, editor, victim);
    await storeDocument(t, editor, approvableMatrix('tm-spoof', TODAY));
    const c = connectClient(t.url, 'tm-spoof', editor);
    try {
      await c.synced();
      // The content of tm-spoof, claiming to be tm-victim (poc-id changed), saved as a named version of tm-spoof.
      writeModel(c.doc, { ...victim, meta: { ...victim.meta, title: 'Spoofed copy' } });
      await waitFor(async () => (await t.api('/api/docs/tm-spoof/versions', { method: 'POST', token: editor, body: { name: `try-${Date.now()}` } })).status === 201 && (await fetchExport(t, 'tm-spoof', 'format=docx', editor)).status === 422, 'the changed id to reach the server');
    } finally {
      c.destroy();
    }
    expect((await t.api('/api/docs/tm-spoof/versions', { method: 'POST', token: editor, body: { name: 'spoof' } })).status).toBe(201);
    const r = await fetchExport(t, 'tm-spoof', 'format=docx&version=spoof', editor);
    // Refused as reading the document now is (no file saying "Document id: tm-victim" with a link to it).
    expect(r.status).toBe(422);
    const body = JSON.parse(new TextDecoder().decode(r.bytes));
    expect(body.error.code).toBe('not-a-document');
    expect(body.error.message).toContain('poc-id');
  });
});

/** An export asked with a Host header of the asker's choosing (fetch will not send one), the body as bytes. */
function exportWithHost(server: TestServer, docId: string, token: string, host: string): Promise<{ status: number; bytes: Uint8Array }> {
  const url = new URL(`${server.httpUrl}/api/docs/${docId}/export?format=docx`);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers: { host, authorization: `Bearer ${token}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes: new Uint8Array(Buffer.concat(chunks)) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('attacks on the links back to the workspace', () => {
  it('attack: a Host header holding a path cannot point the exported file\'s links at a page of the asker\'s choosing', async () => {
    await storeDocument(t, editor, approvableMatrix('tm-host', TODAY));
    const r = await exportWithHost(t, 'tm-host', editor, 'evil.example/phish?u=');
    expect(r.status).toBe(200);
    const parts = docxParts(r.bytes);
    const all = Object.values(parts).join('\n');
    expect(all).not.toContain('phish');
    expect(all).not.toContain('evil.example');
  });
});

describe('attacks on what the file says was approved', () => {
  it('attack: an editor who writes the status "approved" and saves a version before the server corrects it cannot export a file whose cover says Approved with nobody having signed', async () => {
    const model = approvableMatrix('tm-forge', TODAY);
    await storeDocument(t, editor, model);
    const c = connectClient(t.url, 'tm-forge', editor);
    try {
      await c.synced();
      writeModel(c.doc, { ...model, meta: { ...model.meta, status: 'approved', title: 'Forged approval' } });
      await waitFor(async () => (await t.api('/api/docs/tm-forge', { token: editor })).body.title === 'Forged approval', 'the forged status to reach the server');
      // Within the server's 2 s before it sets the status back, the forged "approved" is kept in a version.
      expect((await t.api('/api/docs/tm-forge/versions', { method: 'POST', token: editor, body: { name: 'Final' } })).status).toBe(201);
    } finally {
      c.destroy();
    }
    const r = await fetchExport(t, 'tm-forge', 'format=docx&version=Final', editor);
    expect(r.status).toBe(200);
    const text = wordText(docxParts(r.bytes)['word/document.xml']!);
    expect(text).toContain('Nobody has signed off this document yet.');
    expect(text).not.toMatch(/Status:?\s*Approved/);
  });

  it('a document the Head of Office approved still says Approved on its cover', async () => {
    const hoo = await t.addUser('hoo', { name: 'Hawa Ouedraogo', offices: ['head-of-office'], grants: { '*': 'editor' } });
    await storeDocument(t, hoo, approvableMatrix('tm-real', TODAY));
    expect((await postSignoff(t, 'tm-real', hoo, { role: 'head-of-office' })).status).toBe(201);
    await waitFor(async () => (await t.api('/api/docs/tm-real?include=model', { token: hoo })).body.model?.meta.status === 'approved', 'approved');
    const text = wordText(docxParts((await fetchExport(t, 'tm-real', 'format=docx', hoo)).bytes)['word/document.xml']!);
    expect(text).toMatch(/Status:?\s*Approved: this is the version approved by Head of Office/);
  });
});

describe('titles of linked documents', () => {
  it('a linked document readable through a team is named by its title, and one the person cannot read by its id only', async () => {
    const member = await t.addUser('team-member');
    const s = t.server.storage;
    await s.addTeam({ id: 'north-cell', name: 'North cell', offices: [], claimValue: null, createdBy: null });
    await s.setTeamMember({ teamId: 'north-cell', username: 'team-member', manager: false, source: 'manual', addedBy: null });
    const target = approvableMatrix('tm-team-b', TODAY);
    target.meta.title = 'Team cell matrix';
    await storeDocument(t, editor, target);
    const secret = approvableMatrix('tm-secret', TODAY);
    secret.meta.title = 'Witness protection matrix';
    await storeDocument(t, editor, secret);
    const linking = approvableMatrix('tm-team-a', TODAY);
    linking.sections[0]!.content.push({ t: 'p', content: [{ t: 'link', docId: 'tm-team-b', blockId: 'T-1' }, { t: 'text', text: ' and ' }, { t: 'link', docId: 'tm-secret', blockId: 'T-1' }] });
    await storeDocument(t, editor, linking);
    for (const docId of ['tm-team-a', 'tm-team-b']) await s.setTeamGrant({ teamId: 'north-cell', docId, access: 'viewer', grantedBy: null });
    const r = await fetchExport(t, 'tm-team-a', 'format=docx', member);
    expect(r.status).toBe(200);
    const text = wordText(docxParts(r.bytes)['word/document.xml']!);
    expect(text).toContain('T-1, Team cell matrix');
    expect(text).toContain('T-1, document tm-secret');
    expect(text).not.toContain('Witness protection');
  });
});

describe('attacks on access through versions', () => {
  it("attack: a sign-off id or a version id of a document the person cannot read, given as the version of one they can, exports nothing of it", async () => {
    const signer = await t.addUser('hoo-b', { name: 'Signer B', offices: ['head-of-office'], grants: { 'tm-b-secret': 'owner' } });
    const reader = await t.addUser('reader-a', { grants: { 'tm-a-open': 'viewer' } });
    await storeDocument(t, editor, approvableMatrix('tm-a-open', TODAY));
    const secret = approvableMatrix('tm-b-secret', TODAY);
    secret.meta.title = 'Names of witnesses';
    await storeDocument(t, signer, secret);
    const signed = await postSignoff(t, 'tm-b-secret', signer, { role: 'head-of-office' });
    expect(signed.status).toBe(201);
    const saved = await t.api('/api/docs/tm-b-secret/versions', { method: 'POST', token: signer, body: { name: 'Witness list v2' } });
    expect(saved.status).toBe(201);
    expect(typeof saved.body.id).toBe('string');
    for (const version of [signed.body.record.id as string, saved.body.id as string, 'Witness list v2']) {
      const r = await fetchExport(t, 'tm-a-open', `format=docx&version=${encodeURIComponent(version)}`, reader);
      expect(r.status).toBe(404);
      expect(new TextDecoder().decode(r.bytes)).not.toContain('witnesses');
    }
    // And the document itself stays 404, as for a document that does not exist.
    expect((await fetchExport(t, 'tm-b-secret', `format=docx&version=${encodeURIComponent(signed.body.record.id as string)}`, reader)).status).toBe(404);
  });
});

describe('attacks on the audit trail', () => {
  it('attack: a HEAD request does not make an export that no one receives, nor audit one as made', async () => {
    await storeDocument(t, editor, approvableMatrix('tm-head', TODAY));
    const before = (await t.server.storage.queryAudit({ docId: 'tm-head', kind: 'document-exported' })).length;
    const res = await fetch(`${t.httpUrl}/api/docs/tm-head/export?format=docx`, { method: 'HEAD', headers: { authorization: `Bearer ${editor}` } });
    expect(res.status).not.toBe(200);
    expect((await t.server.storage.queryAudit({ docId: 'tm-head', kind: 'document-exported' })).length).toBe(before);
  });
});
