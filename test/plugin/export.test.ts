// "Export this document (Word or PDF)…" in Obsidian: the command opens a modal of the three choices, asks the server
// for the file through the plugin's own client and token, and saves it beside the note, replacing an earlier export;
// with no server, no sign-in, no such document there or a refusal, a Notice says what to do and nothing is written.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportModal } from '../../plugin/commands/export-modal.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import type { RequestUrlParam } from 'obsidian';
import { fake, type Modal, notices, relayRequestsToServer, requests, setRequestHandler } from '../support/obsidian.js';
import { connectClient, startTestServer, type TestServer, waitFor } from '../support/test-server.js';
import { threatMatrix } from './fixtures.js';
import { button, flushPromises, mirrorOf, openDocument, type Started, startPlugin, tearDown } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

const SERVER = 'https://poc.example.org';
const TOKEN = 'amina-token';
const WORD = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

let s: Started | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await tearDown(s, server);
  s = server = undefined;
});

/** The export requests made so far. */
const exportRequests = () => requests.filter((r) => r.url.includes('/export?'));

/** A fake server that answers exports with `answer` (every other call refused, as if the server were down). */
function fakeServer(answer: (req: RequestUrlParam) => { status: number; json?: unknown; bytes?: Uint8Array; headers?: Record<string, string> }): void {
  setRequestHandler((req) => (req.url.includes('/export?') ? answer(req) : { status: 503, json: { error: { code: 'down', message: 'Down for the test.' } } }));
}

/**
 * The plugin with the threat matrix open from `Plans/Matrix.md`, with these settings. The server here is a fake that
 * answers exports only, so the open never syncs and starts from the note: after a tenth of a second instead of the
 * plugin's 4 s, which each test spent waiting for nothing.
 */
async function openMatrix(settings: { serverUrl?: string; token?: string; localOnly?: boolean } = { serverUrl: SERVER, token: TOKEN }): Promise<Started> {
  s = await startPlugin({ settings, files: { 'Plans/Matrix.md': mirrorOf(threatMatrix()) }, firstSyncTimeoutMs: 100 });
  await openDocument(s.app, 'Plans/Matrix.md');
  return s;
}

/** Runs the command, clicks the choice with this label in its modal, and waits until a Notice ends the export. */
async function exportAs(st: Started, label: string): Promise<string> {
  const before = notices.length;
  expect(st.app.runCommand('poc-workspace:export')).toBe(true);
  const modal = st.app.modals.at(-1) as unknown as Modal;
  expect(modal).toBeInstanceOf(ExportModal);
  button(modal.contentEl, label).click();
  await waitFor(() => notices.slice(before).some((n) => !n.startsWith('Preparing')), 'the export to end');
  return notices.slice(before).filter((n) => !n.startsWith('Preparing')).join('\n');
}

const bytesOf = async (st: Started, path: string) => new Uint8Array(await st.app.vault.adapter.readBinary(path));

describe('Export this document (Word or PDF)… in Obsidian', () => {
  it('offers Word, PDF on A4 and PDF on US Letter, and says what the file holds', async () => {
    fakeServer(() => ({ status: 200, bytes: WORD }));
    const st = await openMatrix();
    expect(st.app.runCommand('poc-workspace:export')).toBe(true);
    const modal = st.app.modals.at(-1) as unknown as Modal;
    const text = fake(modal.contentEl).textContent;
    for (const label of ['Word (.docx)', 'PDF, A4', 'PDF, US Letter']) expect(() => button(modal.contentEl, label)).not.toThrow();
    expect(text).toContain('classification marking on every page');
    expect(fake(modal.titleEl).textContent).toBe('Export "Threat matrix — North"');
  });

  it('saves the Word file the server made beside the note, named after it, and names it in a Notice', async () => {
    fakeServer(() => ({ status: 200, bytes: WORD, headers: { 'X-Poc-Content-Hash': 'sha256:abc' } }));
    const st = await openMatrix();
    const said = await exportAs(st, 'Word (.docx)');
    expect(said).toBe('Exported "Threat matrix — North" to Plans/Matrix.docx. If it is not in the file list, turn on "Detect all file extensions" in Settings → Files and links, or open the vault folder.');
    expect(await bytesOf(st, 'Plans/Matrix.docx')).toEqual(WORD);
    expect(st.app.vault.getFileByPath('Plans/Matrix.docx')).not.toBeNull();
    const [req] = exportRequests();
    expect(req.url).toBe(`${SERVER}/api/docs/tm-north/export?format=docx`);
    expect(req.headers?.Authorization).toBe(`Bearer ${TOKEN}`);
    expect(notices).toContain('Preparing the Word file…');
  });

  it('asks for the paper chosen and saves a PDF; a second export replaces the first in place', async () => {
    let n = 0;
    fakeServer(() => ({ status: 200, bytes: new TextEncoder().encode(`%PDF-1.7 export ${++n}`) }));
    const st = await openMatrix();
    await exportAs(st, 'PDF, US Letter');
    expect(exportRequests().at(-1)!.url).toBe(`${SERVER}/api/docs/tm-north/export?format=pdf&paper=letter`);
    expect(notices).toContain('Preparing the PDF…');
    const first = st.app.vault.getFileByPath('Plans/Matrix.pdf');
    expect(new TextDecoder().decode(await bytesOf(st, 'Plans/Matrix.pdf'))).toBe('%PDF-1.7 export 1');

    expect(await exportAs(st, 'PDF, A4')).toBe('Exported "Threat matrix — North" to Plans/Matrix.pdf.');
    expect(exportRequests().at(-1)!.url).toContain('paper=a4');
    expect(new TextDecoder().decode(await bytesOf(st, 'Plans/Matrix.pdf'))).toBe('%PDF-1.7 export 2');
    // The same file was modified (links to it keep working), not deleted and made anew.
    expect(st.app.vault.getFileByPath('Plans/Matrix.pdf')).toBe(first);
    expect(st.app.testVault.modified.map((m) => m.path)).toContain('Plans/Matrix.pdf');
  });

  it("says to choose Word when the server cannot make PDFs, then the server's own words, and writes nothing", async () => {
    const why = "PDF export needs Chromium, which was not found on this machine. Ask the server's administrator; meanwhile export to Word.";
    fakeServer(() => ({ status: 503, json: { error: { code: 'pdf-unavailable', message: why } } }));
    const st = await openMatrix();
    expect(await exportAs(st, 'PDF, A4')).toBe(`This server cannot make PDF files yet: choose Word (.docx) instead, and tell the server's administrator. The server says: ${why}`);
    expect(st.app.vault.getFileByPath('Plans/Matrix.pdf')).toBeNull();
  });

  it("passes on the server's own words for any other refusal, such as too many exports", async () => {
    const why = 'You have made many exports in the last hour; try again in 600 seconds.';
    fakeServer(() => ({ status: 429, json: { error: { code: 'too-many-exports', message: why } }, headers: { 'Retry-After': '600' } }));
    const st = await openMatrix();
    expect(await exportAs(st, 'Word (.docx)')).toBe(`"Threat matrix — North" was not exported. ${why}`);
    expect(st.app.vault.getFileByPath('Plans/Matrix.docx')).toBeNull();
  });

  it('says the document is not on the server for the person, in words, when the server does not know it', async () => {
    fakeServer(() => ({ status: 404, json: { error: { code: 'not-found', message: 'There is no document "tm-north" that you can read.' } } }));
    const st = await openMatrix();
    const said = await exportAs(st, 'Word (.docx)');
    expect(said).toMatch(/^The server has no document "Threat matrix — North" that you can read/);
    expect(said).toContain('ask its owner to share it with you');
    expect(st.app.vault.getFileByPath('Plans/Matrix.docx')).toBeNull();
  });

  it('tells a person who is not signed in to sign in, and asks the server nothing', async () => {
    fakeServer(() => ({ status: 200, bytes: WORD }));
    const st = await openMatrix({ serverUrl: SERVER, token: '' });
    const before = st.app.modals.length;
    expect(st.app.runCommand('poc-workspace:export')).toBe(true);
    await flushPromises();
    expect(st.app.modals.length).toBe(before);
    expect(notices.at(-1)).toMatch(/^You are not signed in to the server\. In the plugin settings, choose "Sign in with your browser"/);
    expect(exportRequests()).toEqual([]);
  });

  it('says the export needs the server when the vault works without one', async () => {
    const st = await openMatrix({ localOnly: true });
    expect(st.app.runCommand('poc-workspace:export')).toBe(true);
    expect(notices.at(-1)).toMatch(/^Word and PDF files are made by the POC server/);
    expect(exportRequests()).toEqual([]);
  });

  it('is not offered when no POC document is open', async () => {
    s = await startPlugin({ settings: { serverUrl: SERVER, token: TOKEN } });
    expect(s.app.runCommand('poc-workspace:export')).toBe(false);
  });
});

describe('Export this document against the real server', () => {
  it('saves the Word file the server makes of the open document, as the signed-in person', async () => {
    server = await startTestServer();
    const token = await server.addUser('amina', { name: 'Amina Diallo', grants: { 'tm-north': 'owner' } });
    const seeder = connectClient(server.url, 'tm-north', token);
    await seeder.synced();
    writeModel(seeder.doc, threatMatrix());
    await waitFor(async () => (await server!.api('/api/docs/tm-north', { token })).body.title === threatMatrix().meta.title, 'the server to store it');
    seeder.destroy();
    // requestUrl reaches the real server; the answer's bytes and headers come back as they are.
    relayRequestsToServer();
    s = await startPlugin({ settings: { serverUrl: server.url, token }, files: { 'Plans/Matrix.md': mirrorOf(threatMatrix()) } });
    await openDocument(s.app, 'Plans/Matrix.md');
    expect(await exportAs(s, 'Word (.docx)')).toMatch(/^Exported "Threat matrix — North" to Plans\/Matrix\.docx\./);
    const bytes = await bytesOf(s, 'Plans/Matrix.docx');
    expect(new TextDecoder().decode(bytes.slice(0, 2))).toBe('PK');
    expect(bytes.length).toBeGreaterThan(2000);
    const audit = await server.server.storage.queryAudit({ docId: 'tm-north' });
    expect(audit.some((e) => e.kind === 'document-exported' && e.actor === 'amina' && e.docId === 'tm-north')).toBe(true);
  });
});
