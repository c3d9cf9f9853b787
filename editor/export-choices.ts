/**
 * What every host offers when a person exports a document (issue 16): the
 * three choices (Word, PDF on A4, PDF on US Letter), the one line saying
 * what the file holds, the words shown while the server prepares it and the
 * words of a failure. The web workspace's Export dialog
 * (web/app/export-dialog.ts) and the plugin's "Export this document"
 * command (plugin/commands/export-modal.ts) both say these, so a person
 * reads the same thing in either. The export itself is the server's
 * (`ApiClient.exportFile`, shared/api/exports.ts).
 */
import type { ExportFormat, PaperSize } from '../shared/api/exports.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorShareWords } from '../shared/i18n/messages/editor-share.js';

const t = uiWords(editorShareWords);

/** One way to export: what the button says, and what the server is asked for. */
export interface ExportChoice {
  /** A stable key, e.g. for a test or a data attribute: "docx", "pdf-a4", "pdf-letter". */
  key: string;
  /** The button's words, e.g. "PDF, A4". */
  label: string;
  format: ExportFormat;
  /** The paper of a PDF (undefined for Word, which the reader's Word lays out). */
  paper?: PaperSize;
}

/** The choices, in the order they are offered. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  // Labels are read when drawn, so they follow the interface language the host set.
  {
    key: 'docx',
    get label() {
      return t('export.docx');
    },
    format: 'docx',
  },
  {
    key: 'pdf-a4',
    get label() {
      return t('export.pdfA4');
    },
    format: 'pdf',
    paper: 'a4',
  },
  {
    key: 'pdf-letter',
    get label() {
      return t('export.pdfLetter');
    },
    format: 'pdf',
    paper: 'letter',
  },
];

/** What an exported file holds, in one line, in the interface language. */
export function exportContents(): string {
  return t('export.contents');
}


/** What is said while the server prepares the file: "Preparing the PDF…". */
export function preparingWords(choice: ExportChoice): string {
  return choice.format === 'pdf' ? t('export.preparingPdf') : t('export.preparingWord');
}

/** The failure's words for a person: the server's own message when it sent one (after plain words when the server cannot make PDFs at all), plain advice when the server was not reached. */
export function exportFailureWords(e: unknown): string {
  const err = e as { status?: unknown; code?: unknown; serverMessage?: unknown } | null;
  const server = typeof err?.serverMessage === 'string' && err.serverMessage ? err.serverMessage : undefined;
  // The server's reason is written for its administrator (what to install); the person is told first what they can do.
  if (server && err?.code === 'pdf-unavailable') return t('export.noPdf', { message: server });
  if (server) return t('export.failed', { message: server });
  if (err && typeof err === 'object' && 'status' in err && err.status === undefined) return t('export.unreachable');
  return t('export.failed', { message: e instanceof Error ? e.message : String(e) });
}
