import { base64 } from '@scure/base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fake, setRequestHandler } from '../support/obsidian.js';
import { actionPlan, threatMatrix } from './fixtures.js';
import { signoffPanels } from './support/fake-editor.js';
import { mirrorOf, openDocument, openFile, type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
afterEach(async () => {
  if (s) await stopPlugin(s);
  s = undefined;
  setRequestHandler(undefined);
});

const files = { 'North.md': mirrorOf(threatMatrix()), 'Plan.md': mirrorOf(actionPlan()), 'Notes.md': '# Notes\n' };

function panelText(st: Started, type: string): string {
  const leaf = st.app.workspace.getLeavesOfType(type)[0];
  return fake((leaf.view as unknown as { contentEl: HTMLElement }).contentEl).textContent;
}

describe('side panels', () => {
  it('the problems panel follows the POC document the user works in', async () => {
    s = await startPlugin({ files });
    await s.workspace.revealPanel('validation');
    expect(panelText(s, 'poc-validation')).toBe('Open a POC document to see what it still needs.');
    const north = await openDocument(s.app, 'North.md');
    expect(panelText(s, 'poc-validation')).toBe(`problems: ${north.view.handle()!.diagnostics().length}`);
    const plan = await openDocument(s.app, 'Plan.md');
    expect(panelText(s, 'poc-validation')).toBe(`problems: ${plan.view.handle()!.diagnostics().length}`);
    await openFile(s.app, 'Notes.md'); // a plain note: the panel keeps the last POC document
    expect(panelText(s, 'poc-validation')).toBe(`problems: ${plan.view.handle()!.diagnostics().length}`);
  });

  it('the sign-off panel gets the template, the offices the user holds and the server’s key', async () => {
    s = await startPlugin({ files });
    await openDocument(s.app, 'North.md');
    const key = new Uint8Array(32).fill(7);
    setRequestHandler((req) => {
      if (req.url.endsWith('/api/me')) return { status: 200, json: { username: 'amina', name: 'Amina Diallo', offices: ['head-of-office'] } };
      if (req.url.endsWith('/api/keys')) return { status: 200, json: { keys: [{ keyId: 'k', algorithm: 'Ed25519', publicKey: base64.encode(key), current: true }] } };
      return { status: 404, json: { error: { message: 'no' } } };
    });
    await s.plugin.updateSettings({ serverUrl: 'http://127.0.0.1:9', token: 't' });
    await s.workspace.revealPanel('signoff');
    await vi.waitFor(() => expect(signoffPanels.length).toBeGreaterThan(0));
    const opts = signoffPanels.at(-1)!;
    expect(opts.template.id).toBe('threat-matrix');
    expect(opts.offices).toEqual(['head-of-office']);
    expect(opts.publicKey).toEqual(key);
    expect(panelText(s, 'poc-signoffs')).toBe('sign-offs for threat-matrix');
  });
});

describe('status bar', () => {
  it('shows the active document’s connection, and nothing without a POC document', async () => {
    s = await startPlugin({ files });
    const item = s.app.statusBar.children[0];
    expect(item.hasClass('poc-hidden')).toBe(true);
    await openDocument(s.app, 'North.md');
    expect(item.textContent).toBe('POC: on this device');
    expect(item.getAttr('aria-label')).toMatch(/^Working locally/);
  });
});
