/**
 * The web workspace's Export dialog (issue 16), opened by "Export…" on a
 * document's page and on its reading page: Word, PDF on A4 or PDF on US
 * Letter (editor/export-choices.ts), and one line on what the file holds.
 * The file is fetched through the page's API client (the session cookie),
 * then handed to the browser as a download; while the server prepares it
 * the dialog says so, and a refusal (no PDF on this server, too many
 * exports, no connection) is said in the dialog in the server's words,
 * never left as a broken download. A native modal <dialog>: focus is held
 * inside, Escape closes it, and focus goes back to the button that opened it.
 */
import type { ApiClient } from '../../shared/api/client.js';
import { EXPORT_MEDIA_TYPES } from '../../shared/api/exports.js';
import { h } from '../../editor/dom.js';
import { EXPORT_CHOICES, exportContents, type ExportChoice, exportFailureWords, preparingWords } from '../../editor/export-choices.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webDocument } from '../../shared/i18n/messages/web-document.js';

const t = uiWords(webDocument);

/** What to export. */
export interface ExportTarget {
  api: ApiClient;
  docId: string;
  /** The document's title, for the heading (its id when absent). */
  title?: string;
  /** A version of its history (id), when the page shows one; else the document as it is now. */
  version?: string;
}

/** The "Export…" button: opens the dialog in `container` (the page's root, so it goes with the page) for what `target()` answers when clicked (so a title learned later is used). */
export function exportButton(container: HTMLElement, cls: string, target: () => ExportTarget): HTMLButtonElement {
  const button: HTMLButtonElement = h(container.ownerDocument, 'button', {
    class: cls,
    text: t('export.button'),
    attrs: { type: 'button', 'aria-haspopup': 'dialog' },
    on: { click: () => void openExportDialog(container, button, target()) },
  });
  return button;
}

/** Hands bytes to the browser as a download named `name`. */
function download(doc: Document, bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = h(doc, 'a', { attrs: { href: url, download: name }, class: 'poc-export-link' });
  doc.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled; the address is freed after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Opens the Export dialog in `container`; resolves when it closes (focus is then back on `opener`). */
export function openExportDialog(container: HTMLElement, opener: HTMLElement, target: ExportTarget): Promise<void> {
  const doc = container.ownerDocument;
  const status = h(doc, 'p', { class: 'poc-export-status', attrs: { role: 'status', id: 'poc-export-status' } });
  const choices = EXPORT_CHOICES.map((choice) =>
    h(doc, 'button', { class: 'poc-export-choice', text: choice.label, attrs: { type: 'button', 'data-choice': choice.key, 'aria-describedby': 'poc-export-status' }, on: { click: () => void choose(choice) } }),
  );
  const done = h(doc, 'button', { class: 'poc-export-close', text: t('export.close'), attrs: { type: 'button' }, on: { click: () => dialog.close() } });
  const heading = target.version ? t('export.versionHeading', { title: target.title || target.docId }) : t('export.heading', { title: target.title || target.docId });
  const dialog = h(
    doc,
    'dialog',
    { class: 'poc-export-dialog', attrs: { 'aria-labelledby': 'poc-export-heading', 'aria-describedby': 'poc-export-contents' } },
    h(doc, 'h2', { text: heading, attrs: { id: 'poc-export-heading' } }),
    h(doc, 'p', { class: 'poc-export-contents', text: exportContents(), attrs: { id: 'poc-export-contents' } }),
    h(doc, 'div', { class: 'poc-export-choices', attrs: { role: 'group', 'aria-label': t('export.as') } }, ...choices),
    status,
    h(doc, 'div', { class: 'poc-export-buttons' }, done),
  );
  let open = true;
  let waiting = false;
  const say = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle('is-error', error);
    status.setAttribute('role', error ? 'alert' : 'status');
  };
  // Marked, not disabled, while the server works: a disabled button would drop the keyboard's focus out of the dialog.
  const busy = (on: boolean) => {
    waiting = on;
    for (const b of choices) b.setAttribute('aria-disabled', String(on));
    dialog.setAttribute('aria-busy', String(on));
  };

  async function choose(choice: ExportChoice): Promise<void> {
    if (waiting) return;
    busy(true);
    say(preparingWords(choice));
    try {
      const made = await target.api.exportFile(target.docId, choice.format, { ...(choice.paper ? { paper: choice.paper } : {}), ...(target.version ? { version: target.version } : {}) });
      if (!open) return;
      const name = made.fileName ?? `${target.docId}.${choice.format}`;
      download(doc, made.bytes, name, EXPORT_MEDIA_TYPES[choice.format]);
      say(t('export.saving', { file: name }));
    } catch (e) {
      if (open) say(exportFailureWords(e), true);
    } finally {
      if (open) busy(false);
    }
  }

  const closed = new Promise<void>((resolve) => {
    dialog.addEventListener('close', () => {
      open = false;
      dialog.remove();
      (opener.isConnected ? opener : container).focus();
      resolve();
    });
  });
  container.append(dialog);
  dialog.showModal();
  choices[0].focus();
  return closed;
}
