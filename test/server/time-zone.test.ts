// The server counts "today" in the mission's time zone (--time-zone), not in UTC: what is overdue in its document
// reports and sign-off checks is what is overdue on the mission's calendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TemplateSet } from '../../shared/template/set.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import { filledModel } from '../support/build-model.js';
import { connectClient, startTestServer, type TestServer, waitFor } from '../support/test-server.js';

describe("today in the mission's time zone", () => {
  let t: TestServer;
  let owner: string;

  beforeAll(async () => {
    // 22:30 UTC on 15 June is already 00:30 on 16 June in Juba (UTC+2).
    t = await startTestServer({ now: () => new Date('2026-06-15T22:30:00Z'), timeZone: 'Africa/Juba' });
    owner = await t.addUser('olga');
    await t.createDoc('tm-juba', 'olga');
    const c = connectClient(t.url, 'tm-juba', owner);
    await c.synced();
    // Reviewed weekly, last on 8 June: due again by 15 June, which is over in Juba though not yet in UTC.
    const model = filledModel(TemplateSet.builtin().get('threat-matrix'), '2026-06-15').meta({ id: 'tm-juba' }).field('reviewCadence', 'weekly').field('lastReview', '2026-06-08');
    writeModel(c.doc, model.build());
    await waitFor(async () => (await t.api('/api/docs/tm-juba', { token: owner })).body.type === 'threat-matrix', 'the document to be stored');
    c.destroy();
  });
  afterAll(() => t.stop());

  it('a review due by 15 June is overdue at 22:30 UTC on 15 June when the mission is in Juba, where it is already the 16th', async () => {
    const { body } = await t.api('/api/docs/tm-juba', { token: owner });
    expect(body.diagnostics).toContainEqual(expect.objectContaining({ code: 'review-overdue', message: expect.stringMatching(/due again by 2026-06-15 \(1 days? ago\)/) }));
  });
});
