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
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginCommandWords } from '../../shared/i18n/messages/plugin-commands.js';
import { webDocument } from '../../shared/i18n/messages/web-document.js';

const t = uiWords(pluginCommandWords);
const web = uiWords(webDocument);

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
    this.setTitle(web('export.heading', { title: this.title }));
    this.contentEl.createEl('p', { text: exportContents() });
    const row = new Setting(this.contentEl).setName(web('export.as'));
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
  if (r.status === 401) return t('export.signIn', { title });
  if (r.status === 404) return t('export.notFound', { title });
  if (r.code === 'pdf-unavailable') return exportFailureWords(r);
  if (r.serverMessage) return t('export.refused', { title, message: r.serverMessage });
  return r.message;
}

/** Says why an export cannot start here, or undefined when it can (a server in use and a sign-in). */
export function exportBlocked(server: ServerClient | undefined, token: string): string | undefined {
  if (!server) return t('export.noServer');
  if (!token) return t('export.notSignedIn');
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
    new Notice(t('export.notSaved', { path, reason: e instanceof Error ? e.message : String(e) }), 15000);
    return undefined;
  }
  // Obsidian lists Word files only when asked to, so the person is told where to look.
  const word = choice.format === 'docx';
  new Notice(t(word ? 'export.doneWord' : 'export.done', { title, path }), word ? 10000 : undefined);
  return path;
}
