/**
 * The plugin in French (issue 18): loaded while Obsidian speaks French, its
 * command names, its dialogs, its status bar and its Notices are French, and
 * none of them is an English message of the catalogues; loaded in English,
 * they stay English.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentNote, SignoffModal, TitleModal } from '../../plugin/commands/modals.js';
import { describeStatus } from '../../plugin/sync/status-bar.js';
import type { Message } from '../../shared/i18n/catalogue.js';
import { CATALOGUES } from '../../shared/i18n/catalogues.js';
import { setInterfaceLocale } from '../../shared/i18n/interface-locale.js';
import type * as obsidian from 'obsidian';
import { type DropdownComponent, fake, type FakeElement, type Modal, notices, obsidianLanguage, settingRows } from '../support/obsidian.js';
import { threatMatrix } from './fixtures.js';
import { mirrorOf, openDocument, type Started, startPlugin, tearDown } from './support/harness.js';

vi.mock('../../editor/index.js', async () => (await import('./support/fake-editor.js')).fakeEditorModule);

let s: Started | undefined;
afterEach(async () => {
  await tearDown(s, undefined);
  s = undefined;
  obsidianLanguage.value = 'en';
  setInterfaceLocale('en');
});

const files = { 'North.md': mirrorOf(threatMatrix()) };

/** The forms of a message (a plural's or a choice's each). */
function forms(m: Message): string[] {
  return typeof m === 'string' ? [m] : Object.entries(m).filter(([k]) => k !== 'select').map(([, v]) => v);
}

/** Every French form of every catalogue: an English message written as some French one ("Version") proves nothing. */
const FRENCH: ReadonlySet<string> = new Set(CATALOGUES.flatMap((c) => Object.values(c.messages.fr).flatMap(forms)));

/** Each English message of the catalogues that French writes otherwise, as a pattern matching a whole text. */
const ENGLISH: Array<{ key: string; pattern: RegExp }> = CATALOGUES.flatMap((c) =>
  Object.entries(c.messages.en).flatMap(([key, m]) =>
    forms(m)
      // Patterns with too few letters of their own ("{block}: {message}") say nothing.
      .filter((f) => !FRENCH.has(f) && f.replace(/\{\w+\}/g, '').replace(/[^A-Za-z]/g, '').length >= 4)
      .map((f) => ({ key: `${c.name}:${key}`, pattern: new RegExp(`^${f.trim().split(/\{\w+\}/).map((p) => p.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')).join('[\\s\\S]+?')}$`) })),
  ),
);

/** The English messages among `texts`, as "catalogue:key ← text". */
function englishIn(texts: readonly string[]): string[] {
  return texts.flatMap((text) => ENGLISH.filter(({ pattern }) => pattern.test(text.trim())).map(({ key }) => `${key} ← ${text}`));
}

/** The texts of an element's tree that a person reads: each element's own words and its labels. */
function textsOf(el: HTMLElement | FakeElement): string[] {
  const out: string[] = [];
  const walk = (e: FakeElement) => {
    if (!e.children.length && e.textContent.trim()) out.push(e.textContent.trim());
    for (const a of ['aria-label', 'title', 'placeholder']) {
      const v = e.attrs.get(a);
      if (v) out.push(v);
    }
    e.children.forEach(walk);
  };
  walk(fake(el as HTMLElement));
  return out;
}

/** The names of the plugin's commands, by id without the plugin's prefix. */
function commandNames(st: Started): Map<string, string> {
  return new Map([...st.app.commands.values()].filter((c) => c.id.startsWith('poc-workspace:')).map((c) => [c.id.slice('poc-workspace:'.length), c.name]));
}

describe('the plugin in French', () => {
  it('the check for English finds an English message, whole or with its placeholders filled', () => {
    expect(englishIn(['New POC threat matrix', 'Nouvelle matrice des menaces POC'])).toEqual(['plugin-commands:command.new.threat-matrix ← New POC threat matrix']);
    expect(englishIn(['Could not reach the clipboard. The link is: obsidian://poc-open?id=x'])).toContain('plugin-commands:notice.noClipboard ← Could not reach the clipboard. The link is: obsidian://poc-open?id=x');
  });

  it('names its commands and its ribbon icon in French when Obsidian is in French', async () => {
    obsidianLanguage.value = 'fr';
    s = await startPlugin();
    const names = commandNames(s);
    expect(names.get('new-threat-matrix')).toBe('Nouvelle matrice des menaces POC');
    expect(names.get('sign-off')).toBe('Signer ce document');
    expect(names.get('open-mission-picture')).toBe('Ouvrir la situation de la mission');
    expect(names.get('toggle-structured-view')).toBe('Basculer entre la vue structurée et la vue Markdown');
    expect(textsOf(s.app.ribbon)).toContain('Situation de la mission POC');
    expect(englishIn([...names.values(), ...textsOf(s.app.ribbon)])).toEqual([]);
  });

  it('asks for a new document’s title in French', async () => {
    obsidianLanguage.value = 'fr';
    s = await startPlugin();
    expect(s.app.runCommand('poc-workspace:new-action-plan')).toBe(true);
    const modal = s.app.modals.at(-1) as TitleModal & Modal;
    expect(modal).toBeInstanceOf(TitleModal);
    expect(fake(modal.titleEl).textContent).toBe('Nouveau plan d’action POC');
    const texts = textsOf(modal.contentEl);
    expect(texts).toContain('Titre');
    expect(texts).toContain('Créer');
    expect(englishIn(texts)).toEqual([]);
  });

  it('shows the sign-off form in French', async () => {
    s = await startPlugin({ settings: { language: 'fr' } });
    const form = new SignoffModal(s.app as unknown as obsidian.App, 'Matrice Nord', [{ role: 'head-of-office', label: 'Chef de bureau' }], { contentHash: `sha256:${'a'.repeat(64)}`, diagnostics: [] }, () => undefined);
    form.open();
    const modal = form as unknown as Modal;
    expect(fake(modal.titleEl).textContent).toBe('Signer «\u00a0Matrice Nord\u00a0»');
    const rows = settingRows(modal.contentEl);
    expect([...rows.keys()]).toEqual(expect.arrayContaining(['Version', 'Problèmes', 'Fonction', 'Décision', 'Commentaire']));
    const decision = [...(rows.get('Décision')!.controls[0] as DropdownComponent).options.values()];
    expect(decision).toEqual(['Approuver', 'Ne pas approuver']);
    expect(englishIn([fake(modal.titleEl).textContent, ...textsOf(modal.contentEl), ...decision])).toEqual([]);
  });

  it('says in French in the status bar where the open document stands', async () => {
    obsidianLanguage.value = 'fr';
    s = await startPlugin({ files });
    await openDocument(s.app, 'North.md');
    const item = s.app.statusBar.children[0];
    expect(item.textContent).toBe('POC\u00a0: sur cet appareil');
    expect(item.getAttr('aria-label')).toMatch(/^Travail en local/);
    expect(englishIn([item.textContent, item.getAttr('aria-label') ?? ''])).toEqual([]);
  });

  it('tells in a French Notice that browsing the server needs one', async () => {
    obsidianLanguage.value = 'fr';
    s = await startPlugin();
    s.app.runCommand('poc-workspace:browse-server');
    expect(notices.at(-1)).toMatch(/^Aucun serveur n’est utilisé\u00a0: indiquez son adresse et votre jeton/);
    expect(englishIn(notices)).toEqual([]);
  });

  it('counts the people and the unsent changes of a connection in French, in the status bar and its description', () => {
    setInterfaceLocale('fr');
    const status = describeStatus({ connection: 'connected', peers: 2, unsynced: 1 });
    expect(status.text).toBe('POC\u00a0: en ligne · 2 autres personnes ici · 1 en attente d’envoi');
    expect(status.detail).toBe('Connecté\u00a0; les modifications sont partagées au fil de la saisie. 2 autres personnes ont ce document ouvert. 1 modification pas encore envoyée.');
    setInterfaceLocale('en');
    expect(describeStatus({ connection: 'connected', peers: 2, unsynced: 1 })).toEqual({
      text: 'POC: online · 2 others here · 1 unsent',
      detail: 'Connected; changes are shared as you type. 2 other people have this document open. 1 change not sent yet.',
    });
  });

  it('describes a document of the server by its type, status and problems in French', () => {
    setInterfaceLocale('fr');
    const doc = { id: 'tm-north', title: 'Nord', type: 'threat-matrix', status: 'in-review', validation: { errors: 1, warnings: 2 } } as Parameters<typeof documentNote>[0];
    expect(documentNote(doc)).toBe('Matrice des menaces · En examen · 1 erreur, 2 avertissements · tm-north');
  });

  it('stays in English by default', async () => {
    s = await startPlugin({ files });
    const names = commandNames(s);
    expect(names.get('new-threat-matrix')).toBe('New POC threat matrix');
    expect(names.get('open-mission-picture')).toBe('Open the mission picture');
    await openDocument(s.app, 'North.md');
    expect(s.app.statusBar.children[0].textContent).toBe('POC: on this device');
    s.app.runCommand('poc-workspace:browse-server');
    expect(notices.at(-1)).toBe('No server is in use: set its address and your token in the plugin settings, and turn off offline mode.');
  });
});
