/**
 * Notes that share a poc-id. Copying a note (Obsidian's "Make a copy", a
 * sync tool's "conflicted copy", a file copied by hand) copies its
 * frontmatter, so two notes then claim the same document. Only one of them
 * is the document's own file (the rule is `PocFiles.filesOf`); the others
 * are copies, shown read-only and never merged into the document, since
 * their text is usually older and merging it would revert the shared
 * document. A copy becomes a document of its own with a new poc-id.
 */
import { type App, Notice, type TFile } from 'obsidian';
import { DOC_TYPES, type DocType } from '../../shared/template/template-schema.js';
import type { DocCache } from '../sync/cache.js';
import type { SessionRegistry } from '../sync/sessions.js';
import { PocFiles } from './poc-files.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginVaultWords } from '../../shared/i18n/messages/plugin-vault.js';

const t = uiWords(pluginVaultWords);

/** The path of the file the cached merge base of a document belongs to: from its open session, else from the cache on disk. */
export async function basePathOf(sessions: SessionRegistry, cache: DocCache, docId: string): Promise<string | undefined> {
  const open = sessions.get(docId);
  if (open) return (await open.catch(() => undefined))?.meta.mirrorPath;
  return (await cache.loadMeta(docId))?.mirrorPath;
}

/** The document's own file when `file` is a copy of it (another note with the same poc-id is the document's); undefined otherwise. */
export async function originalOf(app: App, file: TFile, docId: string, basePath: () => Promise<string | undefined>): Promise<TFile | undefined> {
  const files = new PocFiles(app);
  if (files.filesOf(docId).length < 2) return undefined;
  const own = files.fileOf(docId, await basePath());
  return own && own !== file ? own : undefined;
}

/** Like `originalOf`, and when `file` is the document's own file but copies of it exist, says so in a notice. */
export async function checkCopies(app: App, file: TFile, docId: string, basePath: () => Promise<string | undefined>): Promise<TFile | undefined> {
  const original = await originalOf(app, file, docId, basePath);
  if (original) return original;
  const copies = new PocFiles(app).filesOf(docId).filter((f) => f !== file);
  if (copies.length) {
    const names = copies.map((f) => t('copies.quoted', { path: f.path })).join(', ');
    new Notice(t('copies.found', { count: copies.length, names, name: file.basename }), 15000);
  }
  return undefined;
}

/** What a note's text becomes as a new document: its poc-id replaced, its mirror stamp (`poc-state`) dropped; blocks keep their ids. */
export function withNewId(text: string, id: string): string {
  const fm = /^---\r?\n[\s\S]*?\r?\n---[^\S\r\n]*(\r?\n|$)/.exec(text);
  if (!fm) return text;
  const head = fm[0].replace(/^poc-id:.*$/m, `poc-id: ${id}`).replace(/^poc-state:.*(\r?\n)/m, '');
  return head + text.slice(fm[0].length);
}

/**
 * What "Make this copy a new document" needs besides the vault: where a document's merge base lives, and how a copy's
 * content becomes a document (`PocServices.documentFromCopy`: on the server when there is one), answering the new id
 * and the text the note should hold; it throws, in words for the person, when the document cannot be made.
 */
export interface RenewHooks {
  basePath(docId: string): Promise<string | undefined>;
  newDocument(file: TFile, text: string, type: DocType): Promise<{ id: string; text: string }>;
}

/**
 * The command "Make this copy a new document" on a note: makes it a document of its own when it is a copy; refuses,
 * saying why, on the document's own file. When the document cannot be made (the server refuses or cannot be reached)
 * it says why and leaves the note as it is: still a copy, its text untouched, so nothing is lost and it can be retried.
 */
export async function renewCopy(app: App, file: TFile, hooks: RenewHooks): Promise<void> {
  const info = new PocFiles(app).info(file);
  if (!info) return;
  const original = await originalOf(app, file, info.docId, () => hooks.basePath(info.docId));
  if (!original) {
    new Notice(t('copies.notCopy', { name: file.basename, id: info.docId }));
    return;
  }
  const type = DOC_TYPES.find((t) => t === info.type);
  if (!type) {
    new Notice(t('copies.badType', { name: file.basename }));
    return;
  }
  const text = await app.vault.read(file);
  let made: { id: string; text: string };
  try {
    made = await hooks.newDocument(file, text, type);
  } catch (e) {
    new Notice(t('copies.failed', { name: file.basename, reason: e instanceof Error ? e.message : String(e) }), 15000);
    return;
  }
  // Typed into while the server answered: keep that text too, with the new id (the merge on opening takes it in).
  await app.vault.process(file, (now) => (now === text ? made.text : withNewId(now, made.id)));
  new Notice(t('copies.done', { name: file.basename, id: made.id, original: original.basename }));
}
