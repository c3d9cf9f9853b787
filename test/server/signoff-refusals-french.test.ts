// A refused sign-off is shown in the sign-off dialog: its reason is worded in the request's language (Accept-Language),
// in English when the request names no language the product speaks, with the same status and code either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvableMatrix, currentHash } from '../support/sign-off.js';
import { startTestServer, storeDocument, type TestServer } from '../support/test-server.js';

const TODAY = '2026-06-15';
const FRENCH = { 'accept-language': 'fr-FR,fr;q=0.9' };

describe('a refused sign-off is worded in the language of its request', () => {
  let t: TestServer;
  let drafter: string;
  let hoo: string;

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date(`${TODAY}T12:00:00Z`) });
    drafter = await t.addUser('redactrice', { grants: { '*': 'editor' } });
    hoo = await t.addUser('cheffe', { name: 'Cheffe de bureau Nord', offices: ['head-of-office'], grants: { '*': 'viewer' } });
    await storeDocument(t, drafter, approvableMatrix('tm-nord', TODAY));
  });
  afterAll(() => t.stop());

  /** Posts a sign-off of tm-nord as the head of office, with `body` over the current hash, in French or not. */
  const sign = async (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.api('/api/docs/tm-nord/signoffs', { method: 'POST', token: hoo, headers, body: { decision: 'approved', contentHash: await currentHash(t, 'tm-nord', hoo), ...body } });

  it('an office the person does not hold is refused in French, naming what they hold', async () => {
    const r = await sign({ role: 'head-of-mission' }, FRENCH);
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({
      code: 'not-your-office',
      message: 'Vous n’occupez pas la fonction «\u00a0head-of-mission\u00a0»\u00a0: vous ne pouvez pas signer à ce titre. Vos fonctions\u00a0: head-of-office (toute la mission).',
    });
  });

  it('the same refusal without a language is in English, as before', async () => {
    const r = await sign({ role: 'head-of-mission' });
    expect(r.body.error.message).toBe('You do not hold the office "head-of-mission", so you cannot sign for it. You hold: head-of-office (mission-wide).');
  });

  it('a version the document has left is refused in French with 409 content-changed', async () => {
    const r = await sign({ role: 'head-of-office', contentHash: 'sha256:' + '0'.repeat(64) }, FRENCH);
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({
      code: 'content-changed',
      message: 'Le document a changé depuis que vous l’avez relu\u00a0: rien n’a été signé. Relisez la version actuelle et signez à nouveau.',
    });
  });

  it('a rejection without a comment is refused in French with 422', async () => {
    const r = await sign({ role: 'head-of-office', decision: 'rejected', comment: '' }, FRENCH);
    expect(r.status).toBe(422);
    expect(r.body.error.message).toBe('Un rejet doit dire quoi changer\u00a0: ajoutez un commentaire, puis signez à nouveau. Rien n’a été signé.');
  });
});
