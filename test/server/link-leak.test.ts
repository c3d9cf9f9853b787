// Links into documents the reader cannot read leak nothing (issue 10, finding 2): an outsider who links to T-1…T-12 of a
// matrix he cannot read learns neither whether it exists nor which of its items do, and the server never loads it for him.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LinkRef } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { filledModel, link, links, withoutBlockLinks } from '../support/build-model.js';
import { startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';

const TODAY = '2026-06-15';
const templates = TemplateSet.builtin();

/** A filled threat matrix whose every threat's "Linked items" holds `refs`, and no other link. */
function threatMatrix(id: string, title: string, refs: LinkRef[] = []) {
  const b = withoutBlockLinks(filledModel(templates.get('threat-matrix'), TODAY).meta({ id, title }));
  for (const threat of b.blocks('threat')) b.setFields(threat.id, { links: refs.length ? links(...refs) : undefined });
  return b.build();
}

const probe = (docId: string) => Array.from({ length: 12 }, (_, i) => link(docId, `T-${i + 1}`));

describe('links into a document the reader cannot read', () => {
  let t: TestServer;
  let eve: string;

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date(`${TODAY}T12:00:00Z`) });
    const owner = await t.addUser('owner');
    eve = await t.addUser('eve');
    await storeDocument(t, owner, threatMatrix('tm-secret', 'Covert threats, Sector West'));
    await storeDocument(t, eve, threatMatrix('tm-eve', 'Probe', [...probe('tm-secret'), ...probe('tm-ghost')]));
    await waitFor(() => !t.server.sync.isLoaded('tm-secret') && !t.server.sync.isLoaded('tm-eve'), 'the documents to be unloaded');
  });
  afterAll(() => t.stop());

  it('read the same whether the target exists or not, and are never loaded for him', async () => {
    const loaded = vi.spyOn(t.server.storage, 'loadUpdates');
    const detail = (await t.api('/api/docs/tm-eve', { token: eve })).body;
    const loadedIds = loaded.mock.calls.map(([id]) => id);
    loaded.mockRestore();
    const about = (docId: string) =>
      (detail.diagnostics as Array<{ code: string; severity: string; message: string; location: unknown; targetDoc?: string }>)
        .filter((d) => d.message.includes(`"${docId}"`))
        .map((d) => ({ ...d, message: d.message.replaceAll(`"${docId}"`, '"X"'), targetDoc: d.targetDoc === docId ? 'X' : d.targetDoc }));
    expect(about('tm-secret').length).toBeGreaterThan(0);
    expect(about('tm-secret')).toEqual(about('tm-ghost'));
    expect(about('tm-secret')).toEqual([expect.objectContaining({ code: 'links-not-readable', message: expect.stringMatching(/cannot be checked/) })]);
    expect(JSON.stringify(detail)).not.toMatch(/Covert|Sector West|threat-matrix".*"X"/);
    expect(loadedIds).not.toContain('tm-secret');
    expect(t.server.sync.isLoaded('tm-secret')).toBe(false);
  });
});
