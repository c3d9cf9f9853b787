// The mission picture's own sentences (sign-off reasons, RED gaps, "Not set") come in French when asked and in English otherwise.
import { beforeAll, describe, expect, test } from 'vitest';
import type { DocModel } from '../../../shared/model/types.js';
import { missionPicture, type PictureDocument, signoffsUnknownWords } from '../../../shared/picture/index.js';
import { DEMO_TODAY, demoModels, pictureDocuments, STRATEGY } from './demo.js';

const HASH = `sha256:${'1'.repeat(64)}`;
let docs: PictureDocument[];

beforeAll(async () => {
  const models: Map<string, DocModel> = await demoModels();
  // The strategy in review with no office's sign-off yet, its standing known (as on the server).
  docs = pictureDocuments(models).map((d) => (d.path === STRATEGY ? { ...d, model: { ...d.model, meta: { ...d.model.meta, status: 'in-review' } }, signoffs: { standing: new Map(), contentHash: HASH } } : d));
});

describe("the mission picture's sentences follow the language asked for", () => {
  test('a French picture says its RED gaps and waiting sign-offs in French, with the offices named in French', () => {
    const { lists } = missionPicture(docs, DEMO_TODAY, 'fr');
    expect(lists.redGaps.length).toBeGreaterThan(0);
    expect(lists.redGaps.every((g) => g.detail.startsWith('ROUGE\u00a0: '))).toBe(true);
    expect(lists.signoffsPending.length).toBeGreaterThan(0);
    for (const s of lists.signoffsPending) expect(s.detail).toBe(`En attente de la signature\u00a0: ${s.office}.`);
    expect(lists.signoffsPending.map((s) => s.office)).not.toContain('Head of Mission');
  });

  test('the same picture is in English by default', () => {
    const { lists } = missionPicture(docs, DEMO_TODAY);
    expect(lists.redGaps.every((g) => g.detail.startsWith('RED: '))).toBe(true);
    for (const s of lists.signoffsPending) expect(s.detail).toBe(`Waiting for the ${s.office}'s sign-off.`);
  });

  test('what the picture says when sign-offs are unknown is French when asked', () => {
    expect(signoffsUnknownWords(2, 5, 'fr')).toBe('Les signatures sont connues pour 2 documents sur 5 (ceux lus depuis le serveur).');
    expect(signoffsUnknownWords(2, 5)).toBe('Sign-offs are known for 2 of 5 documents (those read from the server).');
  });
});
