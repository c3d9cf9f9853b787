/**
 * What the sign-off panel, its confirmation and the document header say
 * about where a document stands: each office's standing sign-off as this
 * client reads it, why a person cannot sign or approve now, and what is
 * still required before the document is approved. The rules are the
 * domain's (shared/signoff/workflow.ts, latest.ts, offices.ts); this module
 * only puts them into words for the person.
 */
import type { DocModel, DocStatus } from '../../shared/model/types.js';
import { statusWord } from '../../shared/template/field-words.js';
import { currentScope, latestPerOffice } from '../../shared/signoff/latest.js';
import { documentArea } from '../../shared/signoff/offices.js';
import { type SignoffPayload, SignoffRecordSchema } from '../../shared/signoff/record.js';
import { awaitedBefore, type Office, stepOf, stillRequired, type StandingByRole } from '../../shared/signoff/workflow.js';
import type { Template } from '../../shared/template/load.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';
import { plural } from '../words.js';

/** The short form of a content hash people compare by eye (the full one stays available to copy). */
export function shortHash(hash: string): string {
  return hash.replace(/^sha256:/, '').slice(0, 12);
}

/** The problems still open in a version about to be signed, in words: "2 errors and 1 warning still open", or that none are. */
export function openProblemsText(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (!errors && !warnings) return 'No problems are open.';
  return `${[errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ')} still open`;
}

/** A list in words: "A", "A and B", "A, B and C". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
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
  return `To sign here you need the office of ${office.label}${area ? ` for ${area}, or mission-wide` : ''}. You do not hold it for this document.`;
}

/** Why `office` cannot approve now (errors remain, an earlier office has not approved), or undefined when it can. A rejection is always possible. */
export function approvalBlocked(office: Office, template: Template, standing: StandingByRole, errors: number): string | undefined {
  const why: string[] = [];
  if (errors > 0) why.push(`Fix the ${plural(errors, 'error')} first`);
  const earlier = awaitedBefore(template, office.role, standing);
  if (earlier.length) why.push(`${why.length ? 'the' : 'The'} ${listed(earlier.map((o) => o.label))} must approve first`);
  if (!why.length) return undefined;
  return `${why.join(', and ')}. Until then you can only reject it, to send it back with your comments.`;
}

/** The status in words, as the header chip shows it (shared/template/field-words.ts). */
export { statusWord };

/** The document's status and what it still needs, in plain words for the sign-off panel. */
export function workflowSummary(status: DocStatus, template: Template, standing: StandingByRole, hash: string): string {
  if (status === 'archived') return 'Archived: nobody signs it any more.';
  if (!template.signoffs.length) return `${statusWord(status)}. This document needs no sign-off.`;
  const needed = stillRequired(template, standing, hash);
  if (!needed.length) return status === 'approved' ? 'Approved: every office has approved this version.' : 'Every office has approved this version; the server marks it approved in a moment.';
  const words = needed.map(({ office, why }) =>
    why === 'stale' ? `a new approval by the ${office.label}, since the text changed after its approval` : why === 'rejected' ? `approval by the ${office.label} (who rejected it)` : `approval by the ${office.label}`,
  );
  const draft = status === 'draft' ? ' Move it to In review, at the top of the document, when it is ready to be read.' : '';
  // Offices of one step sign in any order (the strategy's Head of Mission and RC/HC): "and", not "then", between them.
  const steps = needed.map(({ office }) => stepOf(template, office));
  const anyOrder = new Set(steps).size < steps.length;
  const joined = words.map((w, i) => (i === 0 ? w : `${steps[i] === steps[i - 1] ? ' and ' : ', then '}${w}`)).join('');
  return `${statusWord(status)}. Still required${anyOrder ? '' : ', in this order'}: ${joined}${anyOrder && new Set(steps).size === 1 ? ', in any order' : ''}.${draft}`;
}
