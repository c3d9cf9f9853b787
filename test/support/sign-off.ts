/**
 * Signing off in tests as a client does: read the document's current content hash, as the person's screen would
 * show it, and post the sign-off bound to it.
 */
import { type DocModel, DocModelSchema } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { filledModel, withoutBlockLinks } from './build-model.js';
import { storeDocument, type TestServer, waitFor } from './test-server.js';

/** A filled threat matrix of Sector North, in review, which its one office (the Head of Office) can approve: no link to check. */
export function approvableMatrix(id: string, today: string): DocModel {
  const b = filledModel(TemplateSet.builtin().get('threat-matrix'), today).meta({ id, title: `Threat matrix ${id}` }).status('in-review').field('office', 'Sector North');
  withoutBlockLinks(b);
  return b.build();
}

/** What a test sends besides the hash; `contentHash` overrides the one read (to sign a version the document has left). */
export interface SignoffBody {
  role: string;
  decision?: string;
  comment?: string;
  contentHash?: string;
}

/** The content hash `token` reads for document `docId` now (GET /api/docs/:id). */
export async function currentHash(t: TestServer, docId: string, token: string): Promise<string> {
  return (await t.api(`/api/docs/${docId}`, { token })).body.contentHash as string;
}

/** Posts a sign-off of `docId` as `token`, bound to the version it reads now unless the body names one; answers as `t.api` does. */
export async function postSignoff(t: TestServer, docId: string, token: string, body: SignoffBody): ReturnType<TestServer['api']> {
  const contentHash = body.contentHash ?? (await currentHash(t, docId, token));
  // A rejection carries a comment unless the test gives one (the server refuses a rejection without one).
  const comment = body.comment ?? (body.decision === 'rejected' ? 'Needs changes.' : undefined);
  return t.api(`/api/docs/${docId}/signoffs`, { method: 'POST', token, body: { decision: 'approved', ...body, ...(comment !== undefined ? { comment } : {}), contentHash } });
}

/**
 * A matrix `docId` stored on `t` by an editor and approved by its Head of Office, once the server has set its status to
 * approved: the Head of Office's token (a viewer of every document) and the model as the server now holds it. What
 * `poc validate --server` is tried against, as a mirror of exactly the approved text.
 */
export async function approvedOnServer(t: TestServer, docId: string, today: string): Promise<{ hoo: string; approved: DocModel }> {
  const drafter = await t.addUser('drafter', { grants: { '*': 'editor' } });
  const hoo = await t.addUser('hoo', { name: 'Head of Office', offices: ['head-of-office'], grants: { '*': 'viewer' } });
  await storeDocument(t, drafter, approvableMatrix(docId, today));
  const signed = await postSignoff(t, docId, hoo, { role: 'head-of-office' });
  if (signed.status !== 201) throw new Error(`The Head of Office's approval of ${docId} was refused (${signed.status}): ${JSON.stringify(signed.body)}`);
  const model = async () => (await t.api(`/api/docs/${docId}?include=model`, { token: hoo })).body.model;
  await waitFor(async () => (await model())?.meta.status === 'approved', 'the server to set the status to approved');
  return { hoo, approved: DocModelSchema.parse(await model()) };
}
