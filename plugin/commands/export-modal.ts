/**
 * "Export this document (Word or PDF)…" in Obsidian (issue 16): a modal
 * offers Word, PDF on A4 and PDF on US Letter (editor/export-choices.ts,
 * the same words as the web workspace), the server makes the file
 * (`GET /api/docs/:id/export`, through the plugin's own client and token),
 * and the file is saved in the vault beside the note, named after it
 * (`Folder/Note.md` → `Folder/Note.pdf`), replacing an earlier export of
 * the same name. A Notice says what is happening and where the file went;
 * when there is no server, no sign-in, no such document there or a
 * refusal, a Notice says in plain words what to do instead.
 */
import { type App, Modal, Notice, Setting, type TFile } from 'obsidian';
import { EXPORT_CHOICES, exportContents, type ExportChoice, exportFailureWords, preparingWords } from '../../editor/export-choices.js';
import type { ExportFormat } from '../../shared/api/exports.js';
import type { Result, ServerClient } from '../sync/server-client.js';

/** Asks which export to make; `choose` is called with the choice once the modal has closed. */
export class ExportModal extends Modal {
  constructor(
    app: App,
    private readonly title: string,
    private readonly choose: (choice: ExportChoice) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(`Export "${this.title}"`);
    this.contentEl.createEl('p', { text: exportContents() });
    const row = new Setting(this.contentEl).setName('Export as');
    for (const choice of EXPORT_CHOICES) {
      row.addButton((b) =>
        b.setButtonText(choice.label).onClick(() => {
          this.close();
          this.choose(choice);
        }),
      );
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

/** Where an export of `note` goes: beside it, with the same name (`Folder/Note.md` → `Folder/Note.pdf`). */
export function exportPathBeside(note: Pick<TFile, 'path'>, format: ExportFormat): string {
  return `${note.path.replace(/\.[^./]*$/, '')}.${format}`;
}

/** What to do when the server did not make the file, in words for the person (not the status code). */
export function exportProblem(r: Extract<Result<unknown>, { ok: false }>, title: string): string {
  if (r.status === 401) return `The server did not accept your sign-in, so "${title}" was not exported. In the plugin settings, sign in again with your browser (or paste a current access token), then export again.`;
  if (r.status === 404)
    return `The server has no document "${title}" that you can read, so it cannot export it. If you made it on this device, keep it open while connected until it says "synced"; otherwise ask its owner to share it with you.`;
  if (r.code === 'pdf-unavailable') return exportFailureWords(r);
  if (r.serverMessage) return `"${title}" was not exported. ${r.serverMessage}`;
  return r.message;
}

/** Says why an export cannot start here, or undefined when it can (a server in use and a sign-in). */
export function exportBlocked(server: ServerClient | undefined, token: string): string | undefined {
  if (!server) return 'Word and PDF files are made by the POC server, and this vault works without one now. In the plugin settings, set the server address and sign in (and turn off offline mode), then export again.';
  if (!token) return 'You are not signed in to the server. In the plugin settings, choose "Sign in with your browser" (or paste your access token), then export again.';
  return undefined;
}

/** Asks the server for the file and saves it beside `note`; answers the vault path written, or undefined after a Notice saying what went wrong. */
export async function exportToVault(app: App, server: ServerClient, docId: string, note: TFile, title: string, choice: ExportChoice): Promise<string | undefined> {
  const progress = new Notice(preparingWords(choice), 0);
  let r: Awaited<ReturnType<ServerClient['exportFile']>>;
  try {
    r = await server.exportFile(docId, choice.format, choice.paper);
  } finally {
    progress.hide();
  }
  if (!r.ok) {
    new Notice(exportProblem(r, title), 15000);
    return undefined;
  }
  const path = exportPathBeside(note, choice.format);
  const { bytes } = r.value;
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const existing = app.vault.getFileByPath(path);
    if (existing) await app.vault.modifyBinary(existing, data);
    else await app.vault.createBinary(path, data);
  } catch (e) {
    new Notice(`The file was made but could not be saved as ${path}: ${e instanceof Error ? e.message : String(e)}. Check that the folder can be written to, then export again.`, 15000);
    return undefined;
  }
  // Obsidian lists Word files only when asked to, so the person is told where to look.
  const unseen = choice.format === 'docx' ? ' If it is not in the file list, turn on "Detect all file extensions" in Settings → Files and links, or open the vault folder.' : '';
  new Notice(`Exported "${title}" to ${path}.${unseen}`, unseen ? 10000 : undefined);
  return path;
}
