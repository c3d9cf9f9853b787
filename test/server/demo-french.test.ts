/**
 * The demo vault's French copies on the server (issue 18): a new store
 * imports them beside the English documents, on the server's own first
 * start and through `poc demo-setup` (what `npm start` runs), and the
 * mission picture of every demo person counts each threat once, from the
 * originals, whatever the reader's language: a translation never takes its
 * original's place, so it cannot hide it (shared/picture/translations.ts);
 * a translation's own sign-offs are listed.
 * The real server, on a temporary data folder.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoAccount, demoSetup } from '../../cli/commands/demo-people.js';
import type { PictureResponse } from '../../shared/api/picture.js';
import { ROOT, startTestServer, type TestServer, tempDir } from '../support/test-server.js';
import { DEMO_TODAY } from '../shared/validate/demo-docs.js';

const VAULT = join(ROOT, 'demo-vault');
const ENGLISH = ['ap-minusar-2026', 'ob-minusar-koumbi', 'pm-minusar-kessa', 'rc-minusar-2026', 'str-minusar-2026', 'ta-minusar-2026', 'tm-minusar-sector-north', 'tm-minusar-sector-south'];
const FRENCH = ['ap-minusar-2026-fr', 'ob-minusar-koumbi-fr', 'pm-minusar-kessa-fr', 'rc-minusar-2026-fr', 'str-minusar-2026-fr', 'ta-minusar-2026-fr', 'tm-minusar-secteur-nord', 'tm-minusar-secteur-sud'];
const MATRICES = { en: ['tm-minusar-sector-north', 'tm-minusar-sector-south'] };
const now = () => new Date(`${DEMO_TODAY}T12:00:00Z`);

/** The picture `token` gets with its browser asking for `language`. */
async function pictureOf(t: TestServer, token: string, language: 'en' | 'fr'): Promise<PictureResponse['picture']> {
  const r = await t.api('/api/picture', { token, headers: { 'accept-language': language } });
  expect(r.status).toBe(200);
  return (r.body as PictureResponse).picture;
}

/** Each threat of a picture as "document id / threat id": a threat counted twice appears twice. */
const threatKeys = (p: PictureResponse['picture']) => p.threats.map((x) => `${x.doc.id}/${x.id}`);

describe('the French demo copies on the server\'s first start', () => {
  let t: TestServer;
  let reader: string;

  beforeAll(async () => {
    t = await startTestServer({ demoVaultDir: VAULT, now });
    reader = await t.addUser('reader', { grants: { '*': 'viewer' } });
  });
  afterAll(() => t.stop());

  it('are imported beside the English documents, each written in French', async () => {
    const ids = (await t.server.storage.listDocuments()).map((d) => d.id).sort();
    expect(ids).toEqual([...ENGLISH, ...FRENCH].sort());
    for (const id of FRENCH) expect({ id, lang: (await t.api(`/api/docs/${id}?include=model`, { token: reader })).body.model.meta.lang }).toEqual({ id, lang: 'fr' });
  });

  it('leave the picture of someone who reads every document in English as the English documents\' alone', async () => {
    const p = await pictureOf(t, reader, 'en');
    expect(new Set(p.threats.map((x) => x.doc.id))).toEqual(new Set(MATRICES.en));
    expect(p.documents).toBe(ENGLISH.length);
  });

  it('give the same reader in French the same threats, from the originals: a translation never takes their place', async () => {
    const [en, fr] = [await pictureOf(t, reader, 'en'), await pictureOf(t, reader, 'fr')];
    expect(new Set(fr.threats.map((x) => x.doc.id))).toEqual(new Set(MATRICES.en));
    expect(threatKeys(fr).sort()).toEqual(threatKeys(en).sort());
  });
});

describe('the demo people of a new store, with the French copies', () => {
  const data = tempDir('poc-demo-fr-');
  let accounts: DemoAccount[];
  let documents: string[];
  let t: TestServer;

  beforeAll(async () => {
    ({ accounts, documents } = await demoSetup({ data: data.dir, demoVault: VAULT, out: () => {} }));
    t = await startTestServer({ dataDir: data.dir, demoVaultDir: VAULT, now });
  });
  afterAll(async () => {
    await t.stop(true);
    data.remove();
  });

  it('hold the French copies, imported by the setup', () => {
    expect([...documents].sort()).toEqual([...ENGLISH, ...FRENCH].sort());
  });

  it('list a translation\'s own sign-offs: the French Sector North matrix waits for awa\'s approval in her picture', async () => {
    const awa = accounts.find((a) => a.username === 'awa')!;
    const pending = (await pictureOf(t, awa.token, 'fr')).lists.signoffsPending.map((s) => `${s.doc.id}/${s.role}`);
    expect(pending).toContain('tm-minusar-secteur-nord/head-of-office');
  });

  it('each see every threat of the mission once, in English and in French', async () => {
    for (const a of accounts) {
      for (const language of ['en', 'fr'] as const) {
        const keys = threatKeys(await pictureOf(t, a.token, language));
        const matrices = new Set(keys.map((k) => k.split('/')[0]));
        expect({ who: a.username, language, twice: keys.filter((k, i) => keys.indexOf(k) !== i), matrices }).toEqual({
          who: a.username,
          language,
          twice: [],
          matrices: new Set(MATRICES.en),
        });
      }
    }
  });
});
