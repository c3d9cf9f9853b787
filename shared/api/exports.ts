/**
 * Exporting a document (issue 16): `GET /api/docs/:id/export?format=docx|pdf`
 * with `paper=a4|letter` (PDF; default a4) and `version=<id or name>` (a
 * version of its history; a signed version's id is its sign-off record's).
 * The answer is the file, as an attachment named after the document; the
 * headers say which content it holds (`X-Poc-Content-Hash`) and, for a
 * version, which (`X-Poc-Version`). Same access as reading; audited.
 */
import * as z from '../zod.js';

/** The formats a document exports to. */
export const EXPORT_FORMATS = ['docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The paper sizes a PDF is laid out on. */
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The media type of each format's file. */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The query of `GET /api/docs/:id/export`. */
export const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  paper: z._default(z.enum(PAPER_SIZES), 'a4'),
  version: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/** The path of a document's export, as the web workspace's buttons link to it. */
export function exportPath(docId: string, format: ExportFormat, opts: { paper?: PaperSize; version?: string } = {}): string {
  const q = new URLSearchParams({ format, ...(opts.paper ? { paper: opts.paper } : {}), ...(opts.version ? { version: opts.version } : {}) });
  return `/api/docs/${encodeURIComponent(docId)}/export?${q.toString()}`;
}

/** The file name a `Content-Disposition` header gives (`attachment; filename="x.pdf"`), or null when it gives none. */
export function fileNameOf(disposition: string | null | undefined): string | null {
  const name = /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? /filename=([^;\s]+)/i.exec(disposition ?? '')?.[1];
  return name ? name : null;
}

/** The header naming the content hash of the exported version. */
export const CONTENT_HASH_HEADER = 'x-poc-content-hash';
/** The header naming the version exported, when one was asked for. */
export const VERSION_HEADER = 'x-poc-version';
