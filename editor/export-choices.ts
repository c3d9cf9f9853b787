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
  { key: 'docx', label: 'Word (.docx)', format: 'docx' },
  { key: 'pdf-a4', label: 'PDF, A4', format: 'pdf', paper: 'a4' },
  { key: 'pdf-letter', label: 'PDF, US Letter', format: 'pdf', paper: 'letter' },
];

/** What an exported file holds, in one line. */
export const EXPORT_CONTENTS = 'The file has a title page, the classification marking on every page, every section and table, and a page listing the sign-offs.';

/** What is said while the server prepares the file: "Preparing the PDF…". */
export function preparingWords(choice: ExportChoice): string {
  return choice.format === 'pdf' ? 'Preparing the PDF…' : 'Preparing the Word file…';
}

/** The failure's words for a person: the server's own message when it sent one (after plain words when the server cannot make PDFs at all), plain advice when the server was not reached. */
export function exportFailureWords(e: unknown): string {
  const err = e as { status?: unknown; code?: unknown; serverMessage?: unknown } | null;
  const server = typeof err?.serverMessage === 'string' && err.serverMessage ? err.serverMessage : undefined;
  // The server's reason is written for its administrator (what to install); the person is told first what they can do.
  if (server && err?.code === 'pdf-unavailable') return `This server cannot make PDF files yet: choose Word (.docx) instead, and tell the server's administrator. The server says: ${server}`;
  if (server) return `The file was not made. ${server}`;
  if (err && typeof err === 'object' && 'status' in err && err.status === undefined) return 'The server could not be reached, so the file was not made. Check your connection, then try again.';
  return `The file was not made. ${e instanceof Error ? e.message : String(e)}`;
}
