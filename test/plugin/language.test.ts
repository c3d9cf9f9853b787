import { afterEach, describe, expect, it, vi } from 'vitest';
import { pluginLocale } from '../../plugin/language.js';
import type { PocSettingTab } from '../../plugin/settings.js';
import { interfaceLocale, setInterfaceLocale } from '../../shared/i18n/interface-locale.js';
import { type DropdownComponent, obsidianLanguage, settingRows, type TextComponent } from '../support/obsidian.js';
import { type Started, startPlugin, stopPlugin } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
afterEach(async () => {
  if (s) await stopPlugin(s);
  s = undefined;
  obsidianLanguage.value = 'en';
  setInterfaceLocale('en');
});

const tabOf = (st: Started) => st.app.settingTabs[0] as unknown as PocSettingTab;

describe('the plugin language', () => {
  it("follows Obsidian's language by default, English when Obsidian's is one the plugin does not speak", () => {
    expect(pluginLocale('auto', 'fr')).toBe('fr');
    expect(pluginLocale('auto', 'zh-TW')).toBe('en');
    expect(pluginLocale('en', 'fr')).toBe('en');
  });

  it('shows the settings in French when Obsidian is in French', async () => {
    obsidianLanguage.value = 'fr';
    s = await startPlugin();
    const tab = tabOf(s);
    tab.display();
    const names = [...settingRows(tab.containerEl).keys()];
    expect(names).toContain('Adresse du serveur');
    expect(names).toContain('Serveur de synchronisation');
    expect(names).not.toContain('Server address');
    expect((settingRows(tab.containerEl).get('Langue')!.controls[0] as DropdownComponent).options.get('auto')).toBe('Comme Obsidian (Français)');
  });

  it('says why a server address is refused in the chosen language', async () => {
    obsidianLanguage.value = 'fr';
    s = await startPlugin();
    const tab = tabOf(s);
    tab.display();
    const row = settingRows(tab.containerEl).get('Adresse du serveur')!;
    await (row.controls[0] as TextComponent).input('ftp://poc.example.org');
    expect(row.descEl.textContent).toMatch(/^«\u00a0ftp:\/\/\u00a0» n’est pas une adresse de serveur de synchronisation/);
  });

  it('switches to the language chosen in the settings, and keeps it at the next start', async () => {
    s = await startPlugin();
    let tab = tabOf(s);
    tab.display();
    await (settingRows(tab.containerEl).get('Language')!.controls[0] as DropdownComponent).input('fr');
    expect(interfaceLocale()).toBe('fr');
    tab.display();
    expect([...settingRows(tab.containerEl).keys()]).toContain('Adresse du serveur');
    const app = s.app;
    await stopPlugin(s);
    setInterfaceLocale('en');
    s = await startPlugin({ app });
    expect(s.plugin.settings.language).toBe('fr');
    expect(interfaceLocale()).toBe('fr');
    tab = tabOf(s);
    tab.display();
    expect([...settingRows(tab.containerEl).keys()]).toContain('Langue');
  });
});
