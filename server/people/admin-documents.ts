/**
 * Every document as administrators see it (issue 14): live and archived,
 * with its title and type (from the same cached report `GET /api/docs`
 * reads), its owners and who has access through what (`docAccess`).
 */
import type { AdminDocumentsResponse } from '../../shared/api/people.js';
import type { DocReport } from '../../shared/api/documents.js';
import type { Storage } from '../storage/storage.js';
import { docAccess } from './doc-access.js';

/** Reads a document's listing report (the document service's `summary`, cached per change). */
export type ReportOf = (docId: string) => Promise<{ report: DocReport }>;

/** Every live document (archived ones included), by id, with its owners of its own and its access. */
export async function adminDocuments(storage: Storage, reportOf: ReportOf): Promise<AdminDocumentsResponse> {
  const documents: AdminDocumentsResponse['documents'] = [];
  for (const d of await storage.listDocuments()) {
    const [{ report }, grants, access] = await Promise.all([reportOf(d.id), storage.grantsFor(d.id), docAccess(storage, d.id)]);
    documents.push({
      id: d.id,
      // A document that is not readable as a POC document (report.problem) still has an id to find it by.
      title: report.title ?? d.id,
      type: report.type ?? 'unknown',
      archived: !!d.archivedAt,
      createdAt: d.createdAt,
      owners: grants.filter((g) => g.docId === d.id && g.access === 'owner').map((g) => g.username).sort(),
      access,
    });
  }
  return { documents };
}
