/**
 * Exporting a stored document (issue 16): the content as it is now or a
 * version of its history (a signed one exports exactly the snapshot that
 * was signed), with every sign-off the server verified for the signature
 * page, the titles of the linked documents the person may read, and links
 * back to the web workspace when the server's address is configured; then
 * drawn as Word or PDF. Access is checked by the caller (the route), as for
 * reading.
 */
import { type Localized, localized } from '../../shared/i18n/localized.js';
import { serverExportErrors } from '../../shared/i18n/messages/server-errors-export.js';
import type { ExportDocument } from '../../shared/export/export-model.js';
import { exportDocument } from '../../shared/export/build.js';
import { exportWordsOf } from '../../shared/export/words.js';
import { intlLocale } from '../../shared/i18n/locale.js';
import { forEachLink } from '../../shared/links/index.js';
import { documentLocale } from '../../shared/model/document-locale.js';
import { webDocumentUrl } from '../../shared/links/web-link.js';
import type { DocModel } from '../../shared/model/types.js';
import type { Template } from '../../shared/template/load.js';
import { formatMoment } from '../../shared/time/format.js';
import { missionToday } from '../../shared/time/mission-day.js';
import type { VersionEntry } from '../../shared/api/versions.js';
import type { DocService } from '../docs/service.js';
import type { VersionHistory } from '../docs/versions.js';
import { exportDocx } from './docx.js';
import { exportHtml } from './html.js';
import { EXPORT_MEDIA_TYPES, type ExportFormat, type PaperSize } from '../../shared/api/exports.js';
import type { PdfPrinter } from './pdf.js';

/** What exporting needs from the server. */
export interface ExportDeps {
  docs: DocService;
  versions: VersionHistory;
  printer: PdfPrinter;
  /** The mission's name for title pages, or null. */
  mission: string | null;
  timeZone: string;
  now: () => Date;
}

/** What a person asks to export. */
export interface ExportRequest {
  docId: string;
  format: ExportFormat;
  paper: PaperSize;
  /** A version's id (a signed version's is its sign-off record's) or the name a person gave it; absent: as it is now. */
  version?: string;
  /** Who exports: linked documents' titles are given only when they may read them. */
  reader: string;
  /** The address the web workspace is reached at, for links back to it; absent: no links. */
  baseUrl?: string;
}

/** An export made, or why not (`code` for the API, `message` in words, in the reader's language when it is known). */
export type ExportResult =
  | { ok: true; bytes: Uint8Array; fileName: string; mediaType: string; contentHash: string; version?: string }
  | { ok: false; code: 'no-such-version' | 'not-a-document'; message: Localized };

/** The version `asked` names: by id, else the newest with that name (names compare without case). */
function findVersion(versions: readonly VersionEntry[], asked: string): VersionEntry | undefined {
  return versions.find((v) => v.id === asked) ?? versions.find((v) => v.name?.trim().toLowerCase() === asked.trim().toLowerCase());
}

/** The export model of a document for `req`: what `exportStored` draws. */
async function exportModelOf(deps: ExportDeps, req: ExportRequest): Promise<{ ok: true; x: ExportDocument; model: DocModel; versionId?: string } | Extract<ExportResult, { ok: false }>> {
  const { docs } = deps;
  // Read without the reader's link checks: the export needs the content and the verified sign-offs, not the diagnostics.
  const now = await docs.inspect(req.docId);
  let model = now.model;
  let template: Template | undefined = now.template;
  let versionWords: string | undefined;
  let versionLabel: string | undefined;
  let versionId: string | undefined;
  if (req.version !== undefined) {
    const list = await deps.versions.list(req.docId, req.reader);
    const entry = findVersion(list.versions, req.version);
    if (!entry) return { ok: false, code: 'no-such-version', message: localized(serverExportErrors, 'version.none', { docId: req.docId, version: req.version }) };
    const content = await deps.versions.content(req.docId, entry.id);
    if (!content?.model) return { ok: false, code: 'not-a-document', message: localized(serverExportErrors, 'version.notADocument', { docId: req.docId, version: req.version }) };
    // As reading the document now refuses it (inspect.ts): a version whose id field names another document would be exported as that document.
    if (content.model.meta.id !== req.docId)
      return { ok: false, code: 'not-a-document', message: localized(serverExportErrors, 'version.otherId', { docId: req.docId, version: req.version, id: content.model.meta.id }) };
    model = content.model;
    template = docs.deps.templates.find(model.meta.type);
    versionId = entry.id;
    // In the exported version's language, as the rest of its title page.
    const lang = documentLocale(model.meta);
    const w = exportWordsOf(lang);
    const when = formatMoment(entry.createdAt, { locale: intlLocale(lang), timeZone: deps.timeZone });
    versionLabel = versionFileLabel(entry, deps.timeZone);
    versionWords =
      entry.kind === 'signed'
        ? entry.name
          ? w('version.signedNamed', { when, name: entry.name })
          : w('version.signed', { when })
        : entry.name
          ? w('version.named', { name: entry.name, when })
          : w('version.of', { when });
  }
  if (!model || !template) return { ok: false, code: 'not-a-document', message: localized(serverExportErrors, 'document.unreadable', { docId: req.docId }) };
  const titles = await linkedTitles(deps, model, req.reader);
  const x = exportDocument(model, template, {
    now: deps.now().toISOString(),
    ...(deps.mission ? { mission: deps.mission } : {}),
    ...(versionWords ? { version: versionWords, current: false, ...(versionLabel ? { versionLabel } : {}) } : { current: true }),
    signoffs: now.records,
    documentTitle: (id) => titles.get(id),
    ...(req.baseUrl ? { webUrl: (id: string, block?: string) => webDocumentUrl(req.baseUrl!, id, block) } : {}),
    timeZone: deps.timeZone,
  });
  return { ok: true, x, model, ...(versionId ? { versionId } : {}) };
}

/**
 * How a version's file name tells it from the current one's: a signed version by the day it was signed ("signed
 * 2026-11-24", the mission's day; its name is the office's, the same for every approval it gives), another by its
 * name, else by the day and time it was saved.
 */
function versionFileLabel(entry: VersionEntry, timeZone: string): string {
  const at = new Date(entry.createdAt);
  const day = missionToday(timeZone, at);
  if (entry.kind === 'signed') return `signed ${day}`;
  if (entry.name?.trim()) return entry.name.trim();
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at).replace(':', '');
  return `${day} ${time}`;
}

/** The titles of the documents `model` links to that `reader` may read (the others are named by id only). */
async function linkedTitles(deps: ExportDeps, model: DocModel, reader: string): Promise<Map<string, string>> {
  const ids = new Set<string>();
  forEachLink(model, (link) => link.docId !== model.meta.id && ids.add(link.docId));
  // Document-level link fields (the strategy's Action Plan) hold the other document's id.
  for (const f of deps.docs.deps.templates.find(model.meta.type)?.fields ?? []) {
    const v = model.meta.fields[f.name];
    if (f.kind === 'link' && typeof v === 'string' && v.trim() && v.trim() !== model.meta.id) ids.add(v.trim());
  }
  const resolver = deps.docs.linkResolver(reader);
  const ask = () => [...ids].map((id) => [id, resolver.context().resolveDocument!(id)?.title] as const);
  ask();
  await resolver.fetchWanted();
  return new Map(ask().filter((e): e is readonly [string, string] => !!e[1]));
}

/** Exports a stored document as asked (see `ExportRequest`). */
export async function exportStored(deps: ExportDeps, req: ExportRequest): Promise<ExportResult> {
  const made = await exportModelOf(deps, req);
  if (!made.ok) return made;
  const { x } = made;
  const bytes = req.format === 'docx' ? await exportDocx(x) : await deps.printer.print(exportHtml(x, req.paper), { paper: req.paper });
  return { ok: true, bytes, fileName: `${x.fileStem}.${req.format}`, mediaType: EXPORT_MEDIA_TYPES[req.format], contentHash: x.signatures.contentHash, ...(made.versionId ? { version: made.versionId } : {}) };
}
