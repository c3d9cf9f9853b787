// The mission picture in Obsidian: a command and a ribbon icon open a dashboard of every POC document of the vault (the demo vault here), with the heat map, the filters, the threats of both sector matrices ranked together and the lists, each item opening its document at its block.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64 } from '@scure/base';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { type SignoffPayload, signedBytes } from '../../shared/signoff/record.js';
import { documentArea } from '../../shared/signoff/offices.js';
import { TemplateSet } from '../../shared/template/set.js';
import { formatDay } from '../../editor/words.js';
import { addSignoff } from '../../shared/ydoc/layout.js';
import { renderDemoVault } from '../../scripts/demo/render.js';
import { PICTURE_REFRESH_MS, PictureView } from '../../plugin/view/picture-view.js';
import { PICTURE_VIEW_TYPE } from '../../plugin/view/view-types.js';
import type { FakeElement } from '../support/obsidian/dom.js';
import { flushPromises, PLUGIN_TIMERS, type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

const VAULT = join(__dirname, '..', '..', 'demo-vault');
const DEMO = Object.fromEntries(readdirSync(VAULT).filter((n) => n.endsWith('.md')).map((n) => [n, readFileSync(join(VAULT, n), 'utf8')]));
/** The POC documents of the demo vault (notes with a `poc-id`), as the picture should count them. */
const POC_DOCS = Object.values(DEMO).filter((text) => /^poc-id: /m.test(text)).length;
const NORTH = 'POC Threat Matrix — Sector North.md';

let s: Started;

/** Starts the plugin on the demo vault as of the day its documents were written. */
async function start(files: Record<string, string> = DEMO): Promise<void> {
  s = await startPlugin({ files });
  vi.spyOn(s.services, 'today').mockReturnValue('2026-11-24');
}

/** Runs the command and returns the picture's view once it has drawn. */
async function openPicture(): Promise<{ view: PictureView; el: FakeElement }> {
  s.app.runCommand('poc-workspace:open-mission-picture');
  await s.app.testWorkspace.settled();
  await flushPromises(20);
  const leaf = s.app.workspace.getLeavesOfType(PICTURE_VIEW_TYPE)[0];
  const view = leaf.view as PictureView;
  return { view, el: view.contentEl as unknown as FakeElement };
}

const ranking = (el: FakeElement) => el.find('poc-picture-ranking')!.children.map((li) => li.find('poc-picture-link')!.textContent);
const heatTotal = (el: FakeElement) => el.findAll('poc-picture-heat-cell').reduce((n, c) => n + Number(c.textContent || 0), 0);
const select = (el: FakeElement, facet: string) => el.findAll('poc-picture-filter').map((l) => l.children[1]).find((x) => x.getAttribute('data-facet') === facet)!;

beforeEach(() => {
  vi.useFakeTimers(PLUGIN_TIMERS);
});

afterEach(async () => {
  await stopPlugin(s);
  vi.useRealTimers();
});

describe('opening the mission picture', () => {
  it('a ribbon icon named "POC mission picture" opens it', async () => {
    await start();
    const icon = s.app.ribbon.children.find((c) => c.getAttribute('aria-label') === 'POC mission picture')!;
    icon.click();
    await s.app.testWorkspace.settled();
    expect(s.app.workspace.getLeavesOfType(PICTURE_VIEW_TYPE)).toHaveLength(1);
  });

  it('the command opens one picture, and running it again brings the same one forward', async () => {
    await start();
    await openPicture();
    await openPicture();
    expect(s.app.workspace.getLeavesOfType(PICTURE_VIEW_TYPE)).toHaveLength(1);
  });
});

describe('what it shows', () => {
  it('ranks the threats of both sector matrices in one list, most urgent first, each id qualified by its matrix', async () => {
    await start();
    const { el } = await openPicture();
    const list = ranking(el);
    expect(list).toHaveLength(12);
    expect(list[0]).toBe('Sector North › T-1 FLK night raids on the Sarakai villages');
    expect(list[4]).toBe('Sector South › T-1 Mass violence against opposition supporters around the 2027 elections');
  });

  it('says the day it is as of in words, as the rest of the workspace writes days', async () => {
    await start();
    const { el } = await openPicture();
    expect(el.find('poc-picture-summary')!.textContent).toBe(`As of ${formatDay('2026-11-24')}: ${POC_DOCS} POC documents in this vault.`);
  });

  it('draws the heat map with every rated threat in its cell', async () => {
    await start();
    const { el } = await openPicture();
    expect(heatTotal(el)).toBe(12);
    const cell = el.findAll('poc-picture-heat-cell').find((c) => c.getAttribute('aria-label') === 'Likelihood 4 × impact 5 = 20: 1 threat')!;
    expect(cell.hasClass('poc-risk-extreme')).toBe(true);
  });

  it('filtering by sector keeps one matrix in the ranking and in the heat map', async () => {
    await start();
    const { el, view } = await openPicture();
    const sector = select(el, 'sector');
    const south = sector.children.find((o) => o.textContent.startsWith('Sector South'))!;
    sector.value = south.value;
    sector.dispatch('change');
    expect(view.currentFilter().sector).toEqual([south.value]);
    expect(ranking(el)).toHaveLength(3);
    expect(heatTotal(el)).toBe(3);
  });

  it('with the threats of one matrix shown, their ids stand alone', async () => {
    await start();
    const { el } = await openPicture();
    const sector = select(el, 'sector');
    sector.value = sector.children.find((o) => o.textContent.startsWith('Sector South'))!.value;
    sector.dispatch('change');
    expect(ranking(el)[0]).toBe('T-1 Mass violence against opposition supporters around the 2027 elections');
  });

  it('filtering by imminence keeps the imminent threats only', async () => {
    await start();
    const { el } = await openPicture();
    const imminence = select(el, 'imminence');
    imminence.value = 'imminent';
    imminence.dispatch('change');
    expect(ranking(el)).toHaveLength(3);
  });

  it('lists the RED gaps of the resources matrix, and says every other list is empty', async () => {
    await start();
    const { el } = await openPicture();
    const red = el.find('poc-picture-list-redGaps')!;
    expect(red.find('poc-picture-link')!.textContent).toMatch(/^MINUSAR POC Resources & Capabilities Matrix 2026 › CAP-3 /);
    expect(el.find('poc-picture-list-actionsOverdue')!.find('poc-picture-empty')!.textContent).toBe('No action is past its due date.');
  });

  it('says that sign-offs are not known from the files', async () => {
    await start();
    const { el } = await openPicture();
    expect(el.findAll('poc-picture-note').map((n) => n.textContent)).toContain('Sign-offs are kept on the server, not in the files: the sign-off lists cover only documents read from the server.');
  });
});

describe('links and refresh', () => {
  it('clicking a threat opens its matrix at its row', async () => {
    await start();
    const { el } = await openPicture();
    const open = vi.spyOn(s.workspace, 'openDocument').mockResolvedValue();
    el.find('poc-picture-ranking')!.children[4].find('poc-picture-link')!.click();
    expect(open).toHaveBeenCalledWith('tm-minusar-sector-south', 'T-1');
  });

  it('clicking a RED gap opens the resources matrix at its row', async () => {
    await start();
    const { el } = await openPicture();
    const open = vi.spyOn(s.workspace, 'openDocument').mockResolvedValue();
    el.find('poc-picture-list-redGaps')!.find('poc-picture-link')!.click();
    expect(open).toHaveBeenCalledWith(expect.any(String), 'CAP-3');
  });

  it('a change to a file shows in the picture shortly after: a matrix past its review is listed', async () => {
    await start();
    const { el } = await openPicture();
    const file = s.app.vault.getFileByPath(NORTH)!;
    await s.app.vault.modify(file, DEMO[NORTH].replace('last-review: 2026-11-20', 'last-review: 2026-11-01'));
    await vi.advanceTimersByTimeAsync(PICTURE_REFRESH_MS + 10);
    await flushPromises(20);
    const overdue = el.find('poc-picture-list-reviewsOverdue')!;
    expect(overdue.find('poc-picture-link')!.textContent).toBe('POC Threat Matrix — Sector North');
  });

  it("the days in why an item is listed are written in words, as the summary's, never as ISO dates", async () => {
    await start();
    const { el } = await openPicture();
    await s.app.vault.modify(s.app.vault.getFileByPath(NORTH)!, DEMO[NORTH].replace('last-review: 2026-11-20', 'last-review: 2026-11-01'));
    await vi.advanceTimersByTimeAsync(PICTURE_REFRESH_MS + 10);
    await flushPromises(20);
    const detail = el.find('poc-picture-list-reviewsOverdue')!.find('poc-picture-detail')!.textContent;
    expect(detail).toContain(`last reviewed on ${formatDay('2026-11-01')}`);
    expect(detail).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('sign-offs, when signed in to a server', () => {
  const serverSecret = ed25519.utils.randomSecretKey();
  const otherSecret = ed25519.utils.randomSecretKey();
  const templates = TemplateSet.builtin();
  const models = renderDemoVault(templates).map((f) => f.model);

  /** The state a device caches for `docId` from the server: just a Head of Office approval of an earlier version, signed with `secret`. */
  const syncedState = (docId: string, secret: Uint8Array): Uint8Array => {
    const model = models.find((m) => m.meta.id === docId)!;
    const area = documentArea(model, templates.get(model.meta.type));
    const payload: SignoffPayload = {
      docId,
      docType: model.meta.type,
      templateVersion: model.meta.templateVersion,
      ...(area ? { area } : {}),
      role: 'head-of-office',
      user: 'hoo',
      userName: 'Head of Office',
      decision: 'approved',
      comment: '',
      contentHash: `sha256:${'0'.repeat(64)}`,
      signedAt: '2026-11-20T10:00:00Z',
    };
    const ydoc = new Y.Doc();
    addSignoff(ydoc, { id: `so-${docId}`, payload, signature: base64.encode(ed25519.sign(signedBytes(payload), secret)), keyId: 'k' });
    return Y.encodeStateAsUpdate(ydoc);
  };

  it("lists an approval of an earlier version synced to this device as stale, and does not count a record the server's key did not sign", async () => {
    await start();
    vi.spyOn(s.services, 'server').mockReturnValue({} as ReturnType<typeof s.services.server>);
    vi.spyOn(s.services, 'knownIdentity').mockReturnValue({ publicKey: ed25519.getPublicKey(serverSecret) });
    const south = 'tm-minusar-sector-south';
    await s.services.cache.save('tm-minusar-sector-north', syncedState('tm-minusar-sector-north', serverSecret), { docId: 'tm-minusar-sector-north', unsynced: 0, provisional: false });
    await s.services.cache.save(south, syncedState(south, otherSecret), { docId: south, unsynced: 0, provisional: false });
    const { el } = await openPicture();
    const stale = el.find('poc-picture-list-signoffsStale')!.findAll('poc-picture-link');
    expect(stale.map((b) => b.getAttribute('data-doc'))).toEqual(['tm-minusar-sector-north']);
    // The forged approval is no approval: the South matrix, in review, still waits for its Head of Office.
    const pending = el.find('poc-picture-list-signoffsPending')!.findAll('poc-picture-link').map((b) => b.getAttribute('data-doc'));
    expect(pending).toEqual([south]);
    expect(el.findAll('poc-picture-note').map((n) => n.textContent)).toContain(`Sign-offs are known for 2 of ${POC_DOCS} documents (those read from the server).`);
  });
});
