// GET /api/docs/:id/export (issue 16): Word and PDF to whoever may read the document, the signature page bound to the exported version, a signed version exported exactly as signed, audited; attacks on access and on the page Chromium prints.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../shared/model/types.js';
import { approvableMatrix, currentHash, postSignoff } from '../support/sign-off.js';
import { startTestServer, storeDocument, type TestServer } from '../support/test-server.js';
import { DRAFT_MARKING } from '../../shared/export/marking.js';
import { docxParts, pdfText, wordText } from './export/read-back.js';
import { localizeTemplate } from '../../shared/template/localize.js';
import { TemplateSet } from '../../shared/template/set.js';

const TODAY = '2026-11-24';
const DOC = 'tm-export';
let t: TestServer;
let hoo: string;
let signoffId: string;
let signedHash: string;
let signed: DocModel;

/** The export as the browser or the CLI receives it: status, headers and bytes (or the JSON error). */
async function fetchExport(server: TestServer, docId: string, query: string, token?: string) {
  const res = await fetch(`${server.httpUrl}/api/docs/${encodeURIComponent(docId)}/export?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const json = res.headers.get('content-type')?.includes('json') ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
  return { status: res.status, headers: res.headers, bytes, json };
}
const signaturePageOf = (bytes: Uint8Array) => {
  const text = wordText(docxParts(bytes)['word/document.xml']!);
  return text.slice(text.lastIndexOf('Sign-offs'));
};

beforeAll(async () => {
  t = await startTestServer({ now: () => new Date(`${TODAY}T12:00:00Z`), missionName: 'MINUSAR' });
  hoo = await t.addUser('hoo', { name: 'Hawa Ouedraogo', offices: ['head-of-office'], grants: { '*': 'editor' } });
  signed = approvableMatrix(DOC, TODAY);
  await storeDocument(t, hoo, signed);
  signedHash = await currentHash(t, DOC, hoo);
  const r = await postSignoff(t, DOC, hoo, { role: 'head-of-office', comment: 'Approved for the coordination forum.' });
  expect(r.status).toBe(201);
  signoffId = r.body.record.id;
});
afterAll(async () => {
  await t.stop();
});

describe('exporting a document', () => {
  it('answers 401 to a request that is not signed in', async () => {
    expect((await fetchExport(t, DOC, 'format=docx')).status).toBe(401);
  });

  it('attack: a person with no grant on the document gets 404, the same as for a document that does not exist, and no file', async () => {
    const stranger = await t.addUser('stranger', { grants: { 'other-doc': 'viewer' } });
    const r = await fetchExport(t, DOC, 'format=docx', stranger);
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe('not-found');
    expect(r.bytes.length).toBeLessThan(1000);
  });

  it('answers a Word file as an attachment named after the document, with the content hash it holds', async () => {
    const r = await fetchExport(t, DOC, 'format=docx', hoo);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('wordprocessingml');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="threat-matrix-tm-export.docx"`);
    expect(r.headers.get('x-poc-content-hash')).toBe(signedHash);
    expect(String.fromCharCode(r.bytes[0]!, r.bytes[1]!)).toBe('PK');
    expect(wordText(docxParts(r.bytes)['word/document.xml']!)).toContain('MINUSAR');
  });

  it("lists each sign-off on the signature page with office, person, decision, time zone, comment, hash and key id, valid for this version", async () => {
    const page = signaturePageOf((await fetchExport(t, DOC, 'format=docx', hoo)).bytes);
    expect(signaturePageOf((await fetchExport(t, DOC, 'format=docx', hoo)).bytes)).not.toContain('Still to approve');
    for (const s of ['Head of Office: Approved', 'Hawa Ouedraogo', 'UTC', 'Approved for the coordination forum.', signedHash, 'Key id', 'Valid: signed exactly this version.', 'poc verify']) expect(page).toContain(s);
  });

  it('records the export in the audit trail with its format and content hash', async () => {
    await fetchExport(t, DOC, 'format=docx', hoo);
    const entries = await t.server.storage.queryAudit({ docId: DOC, kind: 'document-exported' });
    expect(entries.at(-1)).toMatchObject({ actor: 'hoo', docId: DOC, detail: { format: 'docx', contentHash: signedHash } });
  });

  it('the PDF carries the same signature page, read back with pdftotext', async () => {
    const r = await fetchExport(t, DOC, 'format=pdf&paper=letter', hoo);
    expect(r.status).toBe(200);
    expect(new TextDecoder().decode(r.bytes.slice(0, 5))).toBe('%PDF-');
    const text = pdfText(r.bytes).replace(/\s+/g, ' ');
    expect(signaturePageOf((await fetchExport(t, DOC, 'format=docx', hoo)).bytes)).not.toContain('Still to approve');
    for (const s of ['Head of Office: Approved', 'Hawa Ouedraogo', signedHash, 'Valid: signed exactly this version.']) expect(text).toContain(s);
  });

  it('after an edit, the current export says the sign-off is stale, and the signed version exports exactly what was signed', async () => {
    const edited: DocModel = { ...signed, meta: { ...signed.meta, title: 'Threat matrix tm-export, edited after approval' } };
    await storeDocument(t, hoo, edited);
    const now = await fetchExport(t, DOC, 'format=docx', hoo);
    expect(now.headers.get('x-poc-content-hash')).not.toBe(signedHash);
    const page = signaturePageOf(now.bytes);
    expect(page).toContain('Stale: signed an earlier version; the document changed since.');
    // Said where a skimming reader looks: in the sign-off's heading, and as the offices still to approve.
    expect(page).toContain('Head of Office: Approved — of another version, not this one');
    expect(page).toContain('Still to approve this version: Head of Office.');
    expect(wordText(docxParts(now.bytes)['word/document.xml']!)).toContain('edited after approval');

    const then = await fetchExport(t, DOC, `format=docx&version=${signoffId}`, hoo);
    expect(then.status).toBe(200);
    expect(then.headers.get('x-poc-content-hash')).toBe(signedHash);
    expect(then.headers.get('x-poc-version')).toBe(signoffId);
    const text = wordText(docxParts(then.bytes)['word/document.xml']!);
    expect(text).not.toContain('edited after approval');
    expect(text).toContain('The version signed on');
    expect(signaturePageOf(then.bytes)).toContain('Valid: signed exactly this version.');
  });

  it('the PDF of the approved document names who approved it and prints no draft band', async () => {
    await storeDocument(t, hoo, signed);
    const r = await fetchExport(t, DOC, 'format=pdf', hoo);
    const first = pdfText(r.bytes, 1);
    expect(first.split('\n')[0]).toBe('UNCLASSIFIED');
    expect(first.replace(/\s+/g, ' ')).toContain('Approved: this is the version approved by Head of Office on 24 Nov 2026, 12:00 UTC');
    expect(pdfText(r.bytes)).not.toContain(DRAFT_MARKING);
  });

  it('after an edit, the current export is a draft and a signed version says it is the approved one, each in a file of its own name', async () => {
    const edited: DocModel = { ...signed, meta: { ...signed.meta, title: 'Threat matrix tm-export, edited after approval' } };
    await storeDocument(t, hoo, edited);
    const now = await fetchExport(t, DOC, 'format=pdf', hoo);
    const nowFirst = pdfText(now.bytes, 1);
    expect(nowFirst.split('\n')[0]).toBe(`UNCLASSIFIED · ${DRAFT_MARKING}`);
    expect(now.headers.get('content-disposition')).toBe(`attachment; filename="threat-matrix-tm-export-edited-after-approval.pdf"`);

    const then = await fetchExport(t, DOC, `format=pdf&version=${signoffId}`, hoo);
    const thenFirst = pdfText(then.bytes, 1);
    expect(thenFirst.split('\n')[0]).toBe('UNCLASSIFIED');
    expect(thenFirst.replace(/\s+/g, ' ')).toContain('Status Approved: this is the version approved by Head of Office on 24 Nov 2026, 12:00 UTC');
    expect(then.headers.get('content-disposition')).toBe(`attachment; filename="threat-matrix-tm-export-version-signed-2026-11-24.pdf"`);
  });

  it('a version that does not exist is 404 with its name', async () => {
    const r = await fetchExport(t, DOC, 'format=docx&version=nope', hoo);
    expect(r.status).toBe(404);
    expect(r.json.error).toMatchObject({ code: 'no-such-version' });
    expect(r.json.error.message).toContain('"nope"');
  });

  it('an unknown format is refused with a message, not a crash', async () => {
    const r = await fetchExport(t, DOC, 'format=odt', hoo);
    expect(r.status).toBe(400);
  });

  it('attack: markup typed into a document stays text on paper, and the printed page loads nothing', async () => {
    let hits = 0;
    const trap: Server = createServer((_req, res) => {
      hits++;
      res.end();
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    const port = (trap.address() as AddressInfo).port;
    try {
      const hostile = approvableMatrix('tm-hostile', TODAY);
      hostile.meta.title = `<img src="http://127.0.0.1:${port}/title.png"><script>fetch("http://127.0.0.1:${port}/s")</script>`;
      hostile.sections[0]!.content.push({ t: 'p', content: [{ t: 'text', text: `<link rel="stylesheet" href="http://127.0.0.1:${port}/x.css"><style>@import url(http://127.0.0.1:${port}/y.css)</style>` }] });
      await storeDocument(t, hoo, hostile);
      const r = await fetchExport(t, 'tm-hostile', 'format=pdf', hoo);
      expect(r.status).toBe(200);
      const text = pdfText(r.bytes).replace(/\s+/g, ' ');
      expect(text).toContain(`<img src="http://127.0.0.1:${port}/title.png">`);
      expect(text).toContain(`<link rel="stylesheet" href="http://127.0.0.1:${port}/x.css">`);
      expect(hits).toBe(0);
    } finally {
      await new Promise((resolve) => trap.close(resolve));
    }
  });
});

describe('exports in the document\'s language (issue 18)', () => {
  const office = () => localizeTemplate(TemplateSet.builtin().get('threat-matrix'), 'fr').signoffs.find((o) => o.role === 'head-of-office')!.label;
  const exportAs = async (docId: string, query: string, language: string) => {
    const res = await fetch(`${t.httpUrl}/api/docs/${docId}/export?${query}`, { headers: { authorization: `Bearer ${hoo}`, 'accept-language': language } });
    return new Uint8Array(await res.arrayBuffer());
  };

  it('a French document signed off exports in French for an English reader: the approval line, the sign-off page and a signed version', async () => {
    const fr = approvableMatrix('tm-export-fr', TODAY);
    fr.meta.lang = 'fr';
    await storeDocument(t, hoo, fr);
    const r = await postSignoff(t, 'tm-export-fr', hoo, { role: 'head-of-office', comment: 'Approuvé pour le forum de coordination.' });
    expect(r.status).toBe(201);
    const text = wordText(docxParts(await exportAs('tm-export-fr', 'format=docx', 'en'))['word/document.xml']!);
    expect(text).toContain(`Approuvé\u00a0: cette version est celle approuvée par ${office()} le 24 nov. 2026, 12:00 UTC`);
    expect(text).toContain(`${office()}\u00a0: Approuvé`);
    expect(text).toContain('Valide\u00a0: signe exactement cette version.');
    expect(text).not.toContain('Valid: signed exactly this version.');
    const then = wordText(docxParts(await exportAs('tm-export-fr', `format=docx&version=${r.body.record.id}`, 'en'))['word/document.xml']!);
    expect(then).toContain('La version signée le 24 nov. 2026, 12:00 UTC');
  });

  it('an English document exports in English for a reader whose language is French', async () => {
    await storeDocument(t, hoo, signed);
    const text = wordText(docxParts(await exportAs(DOC, 'format=docx', 'fr-FR,fr;q=0.9'))['word/document.xml']!);
    expect(text).toContain('Approved: this is the version approved by Head of Office on 24 Nov 2026, 12:00 UTC');
    expect(text).toContain('Valid: signed exactly this version.');
    for (const words of ['Approuvé', 'Statut', 'Approbations', 'nov.']) expect(text).not.toContain(words);
  });
});

describe('a server without Chromium', () => {
  let bare: TestServer;
  let token: string;
  beforeAll(async () => {
    bare = await startTestServer({ chromiumPath: '/nonexistent/chromium' });
    token = await bare.addUser('hoo', { offices: ['head-of-office'], grants: { '*': 'editor' } });
    await storeDocument(bare, token, approvableMatrix(DOC, TODAY));
  });
  afterAll(async () => {
    await bare.stop();
  });

  it('refuses a PDF with 503, saying what to install, and still exports Word', async () => {
    const pdf = await fetchExport(bare, DOC, 'format=pdf', token);
    expect(pdf.status).toBe(503);
    expect(pdf.json.error.code).toBe('pdf-unavailable');
    expect(pdf.json.error.message).toContain('apt-get install chromium');
    expect((await fetchExport(bare, DOC, 'format=docx', token)).status).toBe(200);
  });
});
