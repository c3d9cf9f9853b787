/**
 * What the server can say about a document's content: its type, title and
 * status, the validation summary, how complete it is, its content hash, and
 * where each required sign-off stands (verified against the server's keys
 * and the current content). Pure functions over a Y.Doc and the stored
 * sign-off records, shared by the HTTP API and the sign-off flow.
 */
import type * as Y from 'yjs';
import type { DocReport, RoleState, SignoffView } from '../../shared/api/documents.js';
import { contentHash } from '../../shared/hash/canonical.js';
import type { ContentProblem, DocModel } from '../../shared/model/types.js';
import { currentScope, latestPerOffice } from '../../shared/signoff/latest.js';
import { documentArea } from '../../shared/signoff/offices.js';
import { awaitedBefore, type Office, stillRequired } from '../../shared/signoff/workflow.js';
import { nextReview } from '../../shared/validate/next-review.js';
import { type SignoffPayload, type SignoffRecord, verifySignoff } from '../../shared/signoff/record.js';
import type { Template } from '../../shared/template/load.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { completion, type Diagnostic, validate } from '../../shared/validate/index.js';
import { toModel } from '../../shared/ydoc/layout.js';
import type { LinkResolver } from './link-resolver.js';
import type { Locale } from '../../shared/i18n/locale.js';

// The shapes the API reports are the contract's (shared/api/documents.ts), declared there once.
export type { DocReport, RoleState, SignoffView } from '../../shared/api/documents.js';

/** Everything the inspection found, for the detail view and the sign-off flow. */
export interface Inspection {
  report: DocReport;
  model?: DocModel;
  template?: Template;
  problems: ContentProblem[];
  diagnostics: Diagnostic[];
  records: SignoffView[];
  /**
   * The offices whose sign-off the document waits for now, in template order: still required (missing, rejected, or
   * the last office's approval stale: `stillRequired`) and their turn (`awaitedBefore` is empty). Whom that concerns
   * depends on the reader's holdings, so the listing filters it per caller.
   */
  awaiting: Office[];
}

/** Looks up a published public key by key id. */
export type KeyLookup = (keyId: string) => Uint8Array | undefined;

/** Checks each record against the server's keys and a content hash. */
export function viewSignoffs(records: readonly SignoffRecord[], docId: string, hash: string, keyFor: KeyLookup): SignoffView[] {
  return records.map((record) => {
    const key = keyFor(record.keyId);
    if (!key) return { record, status: 'invalid' as const, reason: `signed with key ${record.keyId}, which this server does not publish` };
    const v = verifySignoff(record, key, docId, hash);
    return v.state === 'invalid' ? { record, status: 'invalid' as const, reason: v.reason } : { record, status: v.state };
  });
}

/** The payloads of the records that still hold for the current content (what validation counts as signed). */
export function validPayloads(views: readonly SignoffView[]): SignoffPayload[] {
  return views.filter((v) => v.status === 'valid').map((v) => v.record.payload);
}

/** The payloads of the records that verify but were given for an earlier version (the status workflow still reads them: ValidationContext `staleSignoffs`). */
export function stalePayloads(views: readonly SignoffView[]): SignoffPayload[] {
  return views.filter((v) => v.status === 'stale').map((v) => v.record.payload);
}

/**
 * Reads a document: model, validation (as of `today`), completion, hash and sign-off state. Never throws on odd content.
 * With `links`, links to other documents are checked against what it has loaded (see link-resolver.ts); without, they are skipped.
 */
export function inspect(
  doc: Y.Doc,
  docId: string,
  records: readonly SignoffRecord[],
  deps: { templates: TemplateSet; today: string; keyFor: KeyLookup; locale?: Locale },
  links?: LinkResolver,
): Inspection {
  const unreadable = (problem: string): Inspection => ({
    report: {
      id: docId,
      type: null,
      title: null,
      status: null,
      templateVersion: null,
      contentHash: null,
      validation: null,
      completion: null,
      signoffs: [],
      problem,
    },
    problems: [],
    diagnostics: [],
    records: viewSignoffs(records, docId, '', deps.keyFor),
    awaiting: [],
  });
  let read: ReturnType<typeof toModel>;
  try {
    read = toModel(doc, deps.templates);
  } catch (e) {
    return unreadable(doc.getMap('meta').size === 0 ? 'nothing has been written to this document yet' : (e as Error).message);
  }
  // The id written in the content is any editor's to change; scope (an office held for named documents) and links read
  // it, so a document claiming another's id would be signed as that other one. It is read only when it is its own.
  if (read.model.meta.id !== docId) {
    return unreadable(`its id field (poc-id) says "${read.model.meta.id}", not "${docId}": someone changed it; set it back to "${docId}" to read or sign this document`);
  }
  const { model, problems } = read;
  const template = deps.templates.get(model.meta.type);
  const hash = contentHash(model);
  const views = viewSignoffs(records, docId, hash, deps.keyFor);
  const found = validate(model, template, { today: deps.today, locale: deps.locale, signoffs: validPayloads(views), staleSignoffs: stalePayloads(views), problems, ...links?.context() });
  const diagnostics = links ? links.finish(found, deps.locale) : found;
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  const area = documentArea(model, template);
  const review = nextReview(model, template);
  return {
    report: {
      id: docId,
      type: model.meta.type,
      title: model.meta.title,
      status: model.meta.status,
      templateVersion: model.meta.templateVersion,
      contentHash: hash,
      validation: { errors: count('error'), warnings: count('warning'), infos: count('info') },
      completion: completion(model, template),
      signoffs: roleStates(model, template, views),
      typeName: template.title,
      ...(area ? { area } : {}),
      ...(review ? { nextReview: review } : {}),
    },
    model,
    template,
    problems,
    diagnostics,
    records: views,
    awaiting: awaiting(model, template, views, hash),
  };
}

/** Each required office's standing sign-off (by `latestPerOffice`, for the document's current type and area), or "missing". */
function roleStates(model: DocModel, template: Template, views: readonly SignoffView[]): RoleState[] {
  const latestOf = latestPerOffice(views, (v) => v.record.payload, currentScope(model, template));
  return template.signoffs.map(({ role, label }) => {
    const latest = latestOf.get(role);
    if (!latest) return { role, label, state: 'missing' as const };
    const p = latest.record.payload;
    return { role, label, state: p.decision, verification: latest.status, recordId: latest.record.id, user: p.user, userName: p.userName, signedAt: p.signedAt };
  });
}

/** The offices the document waits for now (see `Inspection.awaiting`), by the workflow's own rules. */
function awaiting(model: DocModel, template: Template, views: readonly SignoffView[], hash: string): Office[] {
  // As the status workflow reads it (server/docs/status-workflow.ts): only records that verify count.
  const counted = views.filter((v) => v.status !== 'invalid');
  const latest = latestPerOffice(counted, (v) => v.record.payload, currentScope(model, template));
  const standing = new Map([...latest].map(([role, v]) => [role, v.record.payload]));
  return stillRequired(template, standing, hash)
    .map((r) => r.office)
    .filter((office) => awaitedBefore(template, office.role, standing).length === 0);
}
