// The web page's sign-off calls, against the real server: a refusal because the document changed says what changed.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { webHost } from '../../web/web-host.js';
import type { WebSession } from '../../web/web-session.js';
import { TemplateSet } from '../../shared/template/set.js';
import { filledModel, withoutBlockLinks } from '../support/build-model.js';
import { startTestServer, storeDocument, type TestServer } from '../support/test-server.js';
import { currentHash } from '../support/sign-off.js';

describe('the web page signing off', () => {
  let t: TestServer;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer();
    token = await t.addUser('ben', { name: 'Ben Okafor', offices: [{ role: 'head-of-office', area: 'Sector North' }], grants: { '*': 'editor' } });
    const b = filledModel(TemplateSet.builtin().get('threat-matrix')).meta({ id: 'tm-web' }).field('office', 'Sector North');
    // Without links to documents this server does not hold, which would block an approval.
    withoutBlockLinks(b);
    await storeDocument(t, token, b.build());
    // The page's API client calls the browser's fetch.
    vi.stubGlobal('window', { fetch: (input: string, init: RequestInit) => fetch(input, init) });
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await t.stop();
  });

  const host = () => webHost({ session: {} as WebSession, docId: 'tm-web', api: { base: t.httpUrl, token }, user: { name: 'Ben Okafor', color: '#336' }, notify: () => {} });

  it('a sign-off of a version the document has left is refused with what changed since the review, and nothing is signed', async () => {
    const ask = { role: 'head-of-office', decision: 'approved' as const, comment: '', label: 'Head of Office', documentTitle: 'tm', contentHash: `sha256:${'0'.repeat(64)}`, changedMessage: () => 'The document changed while you were reviewing it: T-1 changed.' };
    await expect(host().server.signOff(ask)).rejects.toThrow('The document changed while you were reviewing it: T-1 changed.');
    expect(await t.server.storage.listSignoffs('tm-web')).toEqual([]);
  });

  it('the identity carries where each office applies, so the panel offers only the offices in scope', async () => {
    expect(await host().server.identity()).toMatchObject({ offices: ['head-of-office'], holdings: [{ role: 'head-of-office', area: 'Sector North' }] });
  });

  it('a sign-off of the version on screen is signed with the decision and comment the person confirmed', async () => {
    const ask = { role: 'head-of-office', decision: 'rejected' as const, comment: 'Add the southern routes.', label: 'Head of Office', documentTitle: 'tm', contentHash: await currentHash(t, 'tm-web', token), changedMessage: () => 'unused' };
    await host().server.signOff(ask);
    const stored = await t.server.storage.listSignoffs('tm-web');
    expect(stored.map((r) => [r.payload.decision, r.payload.comment])).toEqual([['rejected', 'Add the southern routes.']]);
  });
});
