// Red-team attacks on exports (issue 16) found in the redteam16 session: each test is written as the attack and holds on the fixed code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvableMatrix } from '../support/sign-off.js';
import { startTestServer, storeDocument, type TestServer } from '../support/test-server.js';
import { pdfText, squash } from './export/read-back.js';

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
