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
import { newDocumentId } from '../../shared/model/ids.js';
import { DOC_TYPES, type DocType } from '../../shared/template/template-schema.js';
import type { DocCache } from '../sync/cache.js';
import type { SessionRegistry } from '../sync/sessions.js';
import { PocFiles } from './poc-files.js';

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
    const names = copies.map((f) => `"${f.path}"`).join(', ');
    new Notice(
      `${names} ${copies.length === 1 ? 'has' : 'have'} the same poc-id as "${file.basename}", which is the document's file. Copies open read-only and are never merged into the document: in each, use "Make this copy a new document", or delete it.`,
      15000,
    );
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

/** Gives a copy its own new poc-id (of its type, dated `today`); returns the new id, or undefined when the note has no POC keys. */
export async function makeNewDocument(app: App, file: TFile, today: string): Promise<string | undefined> {
  const info = new PocFiles(app).info(file);
  const type = DOC_TYPES.find((t) => t === info?.type);
  if (!type) return undefined;
  const id = newDocumentId(type satisfies DocType, today);
  await app.vault.process(file, (text) => withNewId(text, id));
  return id;
}

/** The command "Make this copy a new document" on a note: gives it a new poc-id when it is a copy; refuses, saying why, on the document's own file. */
export async function renewCopy(app: App, file: TFile, basePath: (docId: string) => Promise<string | undefined>, today: string): Promise<void> {
  const info = new PocFiles(app).info(file);
  if (!info) return;
  const original = await originalOf(app, file, info.docId, () => basePath(info.docId));
  if (!original) {
    new Notice(`"${file.basename}" is the file of document "${info.docId}", not a copy. Run this command in the copy that should become a new document.`);
    return;
  }
  const id = await makeNewDocument(app, file, today);
  new Notice(
    id
      ? `"${file.basename}" is now a document of its own ("${id}"); "${original.basename}" is unchanged.`
      : `"${file.basename}" could not be given a new id: its poc-type is not one of the built-in document types.`,
  );
}
