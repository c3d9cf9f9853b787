/**
 * What the sign-off panel, its confirmation and the document header say
 * about where a document stands: each office's standing sign-off as this
 * client reads it, why a person cannot sign or approve now, and what is
 * still required before the document is approved. The rules are the
 * domain's (shared/signoff/workflow.ts, latest.ts, offices.ts); this module
 * only puts them into words for the person.
 */
import type { DocModel, DocStatus } from '../../shared/model/types.js';
import { currentScope, latestPerOffice } from '../../shared/signoff/latest.js';
import { documentArea } from '../../shared/signoff/offices.js';
import { type SignoffPayload, SignoffRecordSchema } from '../../shared/signoff/record.js';
import { awaitedBefore, type Office, stepOf, stillRequired, type StandingByRole } from '../../shared/signoff/workflow.js';
import type { Template } from '../../shared/template/load.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';
import { intlLocale } from '../../shared/i18n/locale.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { editorPanelWords } from '../../shared/i18n/messages/editor-panels.js';
import { statusWord as sharedStatusWord } from '../../shared/template/field-words.js';

const t = uiWords(editorPanelWords);
/** The status in words in the interface language, as the header chip shows it ("In review", "En examen"; shared/template/field-words.ts); an unknown status comes back as given. */
export function statusWord(status: string): string {
  return sharedStatusWord(status, interfaceLocale());
}

/** The short form of a content hash people compare by eye (the full one stays available to copy). */
export function shortHash(hash: string): string {
  return hash.replace(/^sha256:/, '').slice(0, 12);
}

/** The problems still open in a version about to be signed, in words: "2 errors and 1 warning still open", or that none are. */
export function openProblemsText(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (!errors && !warnings) return t('open.none');
  if (!warnings) return t('open.errors', { count: errors });
  if (!errors) return t('open.warnings', { count: warnings });
  return t('open.both', { errors: t('count.errors', { count: errors }), warnings: t('count.warnings', { count: warnings }) });
}

/** A list in words: "A", "A and B", "A, B and C". */
function listed(items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(interfaceLocale()), { type: 'conjunction' }).format(items);
}

/** Each office's standing sign-off among `payloads` (records that verify, or well-formed ones when there is no key) for the document as it is now. */
export function standingOf(payloads: readonly SignoffPayload[], model: DocModel, template: Template): StandingByRole {
  return latestPerOffice(payloads, (p) => p, currentScope(model, template));
}

/** The payloads of raw records read from the document that are at least well-formed (what the header reads, without checking signatures: the server corrects a status the rule does not allow). */
export function wellFormedPayloads(raw: readonly unknown[]): SignoffPayload[] {
  return raw.flatMap((r) => {
    const parsed = SignoffRecordSchema.safeParse(r);
    return parsed.success ? [parsed.data.payload] : [];
  });
}

/** Why the person cannot sign as `office` at all: they do not hold it for this document (says which office, and where, they would need). */
export function officeNeeded(office: Office, model: DocModel, template: Template): string {
  const area = documentArea(model, template);
  return area ? t('office.neededIn', { office: office.label, area }) : t('office.needed', { office: office.label });
}

/** Why `office` cannot approve now (errors remain, an earlier office has not approved), or undefined when it can. A rejection is always possible. */
export function approvalBlocked(office: Office, template: Template, standing: StandingByRole, errors: number): string | undefined {
  const earlier = awaitedBefore(template, office.role, standing);
  const offices = listed(earlier.map((o) => o.label));
  if (errors > 0 && earlier.length) return t('approval.both', { errors: t('count.errors', { count: errors }), offices });
  if (errors > 0) return t('approval.errors', { count: errors });
  if (earlier.length) return t('approval.earlier', { offices });
  return undefined;
}


/** The document's status and what it still needs, in plain words for the sign-off panel. */
export function workflowSummary(status: DocStatus, template: Template, standing: StandingByRole, hash: string): string {
  if (status === 'archived') return t('workflow.archived');
  if (!template.signoffs.length) return t('workflow.noSignoff', { status: statusWord(status) });
  const needed = stillRequired(template, standing, hash);
  if (!needed.length) return status === 'approved' ? t('workflow.approved') : t('workflow.allApproved');
  const words = needed.map(({ office, why }) => t(why === 'stale' ? 'workflow.need.stale' : why === 'rejected' ? 'workflow.need.rejected' : 'workflow.need.missing', { office: office.label }));
  // Offices of one step sign in any order (the strategy's Head of Mission and RC/HC): "and", not "then", between them.
  const steps = needed.map(({ office }) => stepOf(template, office));
  const anyOrder = new Set(steps).size < steps.length;
  const list = words.reduce((before, next, i) => t(steps[i] === steps[i - 1] ? 'workflow.join.and' : 'workflow.join.then', { before, next }));
  const params = { status: statusWord(status), list };
  const summary = !anyOrder ? t('workflow.ordered', params) : new Set(steps).size === 1 ? t('workflow.anyOrder', params) : t('workflow.mixed', params);
  return status === 'draft' ? `${summary} ${t('workflow.draft')}` : summary;
}
