// Red-team regression (redteam16): `poc validate --server` against a server that lies about sign-offs. Each record is
// checked here with the server's published keys, the mirror's id and the mirror's text, so none of these lies makes
// an approved mirror look signed. (A server that publishes a key of its own and signs with it is trusted by design:
// that is `poc verify --key`'s job.)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiFetch } from '../../shared/api/client.js';
import { serverSignoffs } from '../../cli/commands/server-signoffs.js';
import { validatePaths } from '../../cli/commands/validate-files.js';
import { toMarkdown } from '../../shared/markdown/index.js';
import type { DocModel } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { approvedOnServer } from '../support/sign-off.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const TODAY = '2026-06-15';
const templates = TemplateSet.builtin();
const template = templates.get('threat-matrix');
let t: TestServer;
let dir: string;
let hoo: string;
let approved: DocModel;

type Rec = { payload: Record<string, unknown>; signature: string; keyId: string };

/** The real server's answers, with every sign-off list rewritten by `lie` (and every record then called "valid"). */
const lyingFetch =
  (lie: (docId: string, records: Rec[]) => Promise<Rec[]>): ApiFetch =>
  async (url, init) => {
    const m = /\/api\/docs\/([^/]+)\/signoffs$/.exec(url);
    if (!m) return fetch(url, init);
    const records = await lie(decodeURIComponent(m[1]!), []);
    return new Response(JSON.stringify({ signoffs: records.map((record) => ({ record, status: 'valid' })) }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
const realRecords = async (docId: string): Promise<Rec[]> => (await t.api(`/api/docs/${docId}/signoffs`, { token: hoo })).body.signoffs.map((v: { record: Rec }) => v.record);

async function approvalErrors(name: string, model: DocModel, f: ApiFetch) {
  const file = join(dir, name);
  await writeFile(file, toMarkdown(model, template));
  const report = await validatePaths([file], templates, TODAY, { server: t.httpUrl, source: await serverSignoffs({ server: t.httpUrl, token: hoo, fetch: f }) });
  return report.documents[0]!.diagnostics.filter((d) => d.code === 'approved-not-signed');
}

beforeAll(async () => {
  t = await startTestServer({ now: () => new Date(`${TODAY}T12:00:00Z`) });
  dir = await mkdtemp(join(tmpdir(), 'poc-validate-lies-'));
  ({ hoo, approved } = await approvedOnServer(t, 'tm-signed', TODAY));
}, 60_000);
afterAll(async () => {
  await t.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('a server lying about sign-offs', () => {
  test('the honest answer confirms the approval (the baseline the lies are measured against)', async () => {
    expect(await approvalErrors('honest.md', approved, (url, init) => fetch(url, init))).toEqual([]);
    // …and through the lying fetch passing the real records on unchanged, so the lies below are what is refused.
    expect(await approvalErrors('relayed.md', approved, lyingFetch(async () => realRecords('tm-signed')))).toEqual([]);
  });

  test("attack: another document's real approval, answered for this mirror, does not make it look approved", async () => {
    const other = { ...approved, meta: { ...approved.meta, id: 'tm-unsigned' } };
    expect(await approvalErrors('other.md', other, lyingFetch(async () => realRecords('tm-signed')))).not.toEqual([]);
  });

  test('attack: a record signed with a key the server does not publish does not make the mirror look approved', async () => {
    const f = lyingFetch(async () => (await realRecords('tm-signed')).map((r) => ({ ...r, keyId: 'k-rogue' })));
    expect(await approvalErrors('rogue-key.md', approved, f)).not.toEqual([]);
  });

  test('attack: a record rewritten for the edited text of the mirror does not verify and does not make it look approved', async () => {
    const edited = { ...approved, meta: { ...approved.meta, title: 'Edited after approval' } };
    const { contentHash } = await import('../../shared/hash/canonical.js');
    const f = lyingFetch(async () => (await realRecords('tm-signed')).map((r) => ({ ...r, payload: { ...r.payload, contentHash: contentHash(edited) } })));
    expect(await approvalErrors('rewritten.md', edited, f)).not.toEqual([]);
  });
});
