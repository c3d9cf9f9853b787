/**
 * The mission picture on the server (`GET /api/picture`, issue 15): the
 * picture of shared/picture over every document the person can read
 * (`readableDocuments`, the document list's own access check, teams
 * included), as of the mission's day.
 *
 * Each document is read once, by `inspect` (the same reading, id check and
 * sign-off verification as the detail view and the sign-off flow). Then it
 * is validated again with the documents around it: links resolve against
 * the readable documents, and `linksInto` is computed over them, so the
 * "what links here" rules (`threat-not-addressed`,
 * `objective-resources-missing`) run as they do for the CLI over a vault.
 * A link into a document the person cannot read is never resolved: it is
 * reported as not checkable, the same whether that document exists or not
 * (as link-resolver.ts does). An action in a document the person cannot
 * read does not count as serving a threat: the picture is what this person
 * can see. The sign-off lists come from each document's verifying
 * sign-offs (`signoffsOf`), read by `viewSignoffs` as the status workflow reads them.
 * A document and its translations (the French demo copies) count once, in
 * the reader's language.
 *
 * The work is linear in the readable documents, bounded by
 * `PICTURE_DOCUMENT_LIMIT`; documents beyond it are counted as left out.
 */
import { LinkIndex } from '../../shared/links/index.js';
import type { PictureResponse } from '../../shared/api/picture.js';
import type { ContentProblem, DocModel } from '../../shared/model/types.js';
import { missionPicture, type PictureDocument, signoffsOf } from '../../shared/picture/index.js';
import type { Template } from '../../shared/template/load.js';
import { validate } from '../../shared/validate/index.js';
import type { Storage } from '../storage/storage.js';
import { inspect, stalePayloads, validPayloads, type SignoffView } from './inspect.js';
import { readableDocuments } from './readable.js';
import type { DocService } from './service.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';

/** At most this many readable documents are read for one picture; the rest are counted in `leftOut`. */
export const PICTURE_DOCUMENT_LIMIT = 500;

/** What a document of the picture was read as, before the documents around it are known. */
interface Read {
  model: DocModel;
  template: Template;
  problems: ContentProblem[];
  records: SignoffView[];
  archived: boolean;
}

/** Where `unreadable` says a linked document is when it is not among the person's readable documents. */
const NOT_READABLE = 'not among the documents you can read';

/** The mission picture for `username` as of the mission's day on the server's clock, with its sentences and validation's findings in `locale`. */
export async function pictureFor(deps: { storage: Storage; docs: DocService }, username: string, limit = PICTURE_DOCUMENT_LIMIT, locale: Locale = DEFAULT_LOCALE): Promise<PictureResponse> {
  const { storage, docs } = deps;
  const readable = await readableDocuments(storage, username);
  const inspectDeps = docs.inspectDeps();
  const read: Read[] = [];
  let unreadable = 0;
  // One document at a time: a picture must not hold hundreds of temporary copies in memory at once.
  for (const { row } of readable.slice(0, limit)) {
    const records = await storage.listSignoffs(row.id);
    const seen = await docs.withDoc(row.id, (doc) => inspect(doc, row.id, records, inspectDeps));
    if (!seen.model || !seen.template) {
      unreadable++;
      continue;
    }
    read.push({ model: seen.model, template: seen.template, problems: seen.problems, records: seen.records, archived: !!row.archivedAt });
  }
  const index = LinkIndex.build(read.map((r) => r.model), docs.deps.templates);
  const lookups = index.validationLookups();
  const unreadableLink = (docId: string) => (index.hasDocument(docId) ? undefined : NOT_READABLE);
  const pictured: PictureDocument[] = [];
  // An archived document (the administrators' archive) is read-only and plans nothing: it is a link target, not part of
  // the picture. A document and its translations count their threats once, the original's (missionPicture).
  for (const r of read.filter((x) => !x.archived)) {
    const verifying = r.records.filter((v) => v.status !== 'invalid');
    const diagnostics = validate(r.model, r.template, {
      today: inspectDeps.today,
      locale,
      signoffs: validPayloads(r.records),
      staleSignoffs: stalePayloads(r.records),
      problems: r.problems,
      ...lookups,
      unreadable: unreadableLink,
    });
    pictured.push({ model: r.model, template: r.template, diagnostics, signoffs: signoffsOf(verifying.map((v) => v.record.payload), r.model, r.template) });
  }
  return { picture: missionPicture(pictured, inspectDeps.today, locale), unreadable, leftOut: Math.max(0, readable.length - limit) };
}
