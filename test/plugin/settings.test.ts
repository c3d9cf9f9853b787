import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, PocSettingTab, settingGroups, TYPING_PAUSE_MS } from '../../plugin/settings.js';
import { App, type FakeElement, notices, settingRows, type TextComponent, type ToggleComponent } from '../support/obsidian.js';
import { threatMatrix } from './fixtures.js';
import { flushPromises, MANIFEST, mirrorOf, openDocument, type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
afterEach(async () => {
  if (s) await stopPlugin(s);
  s = undefined;
});

function tabOf(st: Started): PocSettingTab {
  return st.app.settingTabs[0] as unknown as PocSettingTab;
}

/** Types a value into a text field character by character, as a person does (without leaving the field). */
async function typeKeys(field: TextComponent, value: string): Promise<void> {
  for (let i = 1; i <= value.length; i++) await field.input(value.slice(0, i));
}

/** Types a value into a text field and leaves it. */
async function typeInto(field: TextComponent, value: string): Promise<void> {
  await typeKeys(field, value);
  (field.inputEl as unknown as FakeElement).dispatch('blur');
  await flushPromises();
}

describe('settings', () => {
  it('are saved when changed in the settings tab, and read back by the next start', async () => {
    const app = new App();
    s = await startPlugin({ app });
    const tab = tabOf(s);
    tab.display();
    const rows = settingRows(tab.containerEl);
    await typeInto(rows.get('Server address')!.controls[0] as TextComponent, 'https://poc.example.org');
    await typeInto(rows.get('Display name')!.controls[0] as TextComponent, 'Amina Diallo, JOC');
    await (rows.get('Work offline')!.controls[0] as ToggleComponent).input(true);
    await stopPlugin(s);

    s = await startPlugin({ app });
    expect(s.plugin.settings).toEqual({ ...DEFAULT_SETTINGS, serverUrl: 'https://poc.example.org', displayName: 'Amina Diallo, JOC', localOnly: true });
  });

  it('keep the token in the plugin’s data file and never in a note', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    await s.plugin.updateSettings({ token: 'secret-token-123' });
    await openDocument(s.app, 'North.md');
    await stopPlugin(s);
    const disk = s.app.testVault.adapter.disk;
    expect(String(disk.get(`${MANIFEST.dir}/data.json`))).toContain('secret-token-123');
    for (const file of s.app.vault.getFiles()) expect(s.app.testVault.text(file.path)).not.toContain('secret-token-123');
    s = undefined;
  });

  it('fall back to the default for each stored value that is missing or malformed, keeping the rest', () => {
    expect(normalizeSettings({ serverUrl: 'https://poc.example.org', color: 'red', localOnly: 'yes', defaultReviewCadence: 'daily' })).toEqual({ ...DEFAULT_SETTINGS, serverUrl: 'https://poc.example.org' });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('offer the same settings to Obsidian’s settings search as on screen', async () => {
    s = await startPlugin();
    const tab = tabOf(s);
    const declared = tab.getSettingDefinitions().flatMap((g) => ('items' in g ? (g.items ?? []).map((i) => ('name' in i ? i.name : '')) : []));
    tab.display();
    const shown = [...settingRows(tab.containerEl).keys()].filter((n) => !settingGroups('en').some((g) => g.heading === n));
    expect(declared).toEqual(shown);
    expect(shown).toEqual(['Server address', 'Sign in with your browser', 'Access token', 'Paste the code from your browser', 'Your devices', 'Work offline', 'Send my token unencrypted', 'Display name', 'Cursor colour', 'Language', 'Default review cadence', 'Templates folder']);
  });

  it('refuse a server address that is not a web address, saying why', async () => {
    s = await startPlugin();
    const tab = tabOf(s);
    tab.display();
    const row = settingRows(tab.containerEl).get('Server address')!;
    await typeInto(row.controls[0] as TextComponent, 'poc example org');
    expect(row.descEl.textContent).toMatch(/not a web address/);
    expect(s.plugin.settings.serverUrl).toBe('');
  });

  it('refuse an address that is not a sync server’s, naming the scheme to use', async () => {
    s = await startPlugin();
    const tab = tabOf(s);
    tab.display();
    const row = settingRows(tab.containerEl).get('Server address')!;
    await typeInto(row.controls[0] as TextComponent, 'ftp://poc.example.org');
    expect(row.descEl.textContent).toMatch(/start it with wss:\/\//);
    expect(s.plugin.settings.serverUrl).toBe('');
  });

  it('do not reconnect open documents while the server address is being typed, only once the field is left', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    const { view } = await openDocument(s.app, 'North.md');
    const tab = tabOf(s);
    tab.display();
    const field = settingRows(tab.containerEl).get('Server address')!.controls[0] as TextComponent;
    await typeKeys(field, 'ws://127.0.0.1:9');
    expect(s.plugin.settings.serverUrl).toBe('');
    expect(view.session()!.current().connection).toBe('local');
    (field.inputEl as unknown as FakeElement).dispatch('blur');
    await vi.waitFor(() => expect(view.session()!.current().connection).toMatch(/connecting|offline/));
    expect(s.plugin.settings.serverUrl).toBe('ws://127.0.0.1:9');
  });

  it('apply a typed value once typing pauses, without leaving the field', async () => {
    s = await startPlugin();
    const tab = tabOf(s);
    tab.display();
    const field = settingRows(tab.containerEl).get('Display name')!.controls[0] as TextComponent;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await typeKeys(field, 'Amina');
      expect(s.plugin.settings.displayName).toBe('');
      await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS + 50);
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(s!.plugin.settings.displayName).toBe('Amina'));
  });

  it('reconnect open documents when the server settings change', async () => {
    s = await startPlugin({ files: { 'North.md': mirrorOf(threatMatrix()) } });
    const { view } = await openDocument(s.app, 'North.md');
    expect(view.session()!.current().connection).toBe('local');
    await s.plugin.updateSettings({ serverUrl: 'ws://127.0.0.1:9', token: 't' });
    expect(view.session()!.current().connection).toMatch(/connecting|offline/);
    await s.plugin.updateSettings({ localOnly: true });
    expect(view.session()!.current().connection).toBe('local');
  });

  it('use a mission’s tailored templates from the templates folder, and reload them when they change', async () => {
    const builtin = readFileSync(new URL('../../templates/threat-matrix.yaml', import.meta.url), 'utf8');
    const tailored = builtin.replace(/^title: .*$/m, 'title: Sector threat matrix');
    s = await startPlugin({ files: { 'Templates/POC/threat-matrix.yaml': tailored } });
    await s.plugin.updateSettings({ templatesFolder: 'Templates/POC' });
    expect(s.services.templates().get('threat-matrix').title).toBe('Sector threat matrix');
    expect(s.services.templates().get('strategy').origin).toBe('built-in:strategy');

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await s.app.testVault.writeExternally('Templates/POC/threat-matrix.yaml', tailored.replace(/^version: .*$/m, 'version: oops'));
      await vi.advanceTimersByTimeAsync(600);
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(notices.at(-1)).toMatch(/tailored templates could not all be used[\s\S]*Templates\/POC\/threat-matrix\.yaml:\d+/));
    expect(s.services.templates().get('threat-matrix').title).toBe('POC Threat Matrix');
  });
});
