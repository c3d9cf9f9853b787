/**
 * The catalogue of rule codes validation emits. Codes are stable: tools,
 * tests and saved reports key on them, so a code is never renamed or
 * reused for a different rule. Severity is the usual one; the consultation
 * rules change severity with the document's status (see consultation.ts).
 */
import type { Severity } from './diagnostic.js';

/** Every rule code with its usual severity and what it checks. */
// NEW_BLOCK_TYPE_EDIT_REQUIRED: a block type with rules of its own: add their codes here (stable, never reused).
export const RULES = {
  'content-problem': { severity: 'error', summary: 'Stored content that does not fit the document model and could not be loaded.' },
  'template-mismatch': { severity: 'error', summary: 'The document is checked against the template of another document type.' },
  'template-version': { severity: 'warning', summary: 'The document was written for another version of its template.' },
  'title-missing': { severity: 'warning', summary: 'The document has no title.' },
  'required-section-missing': { severity: 'error', summary: 'A required section is absent.' },
  'required-section-empty': { severity: 'error', summary: 'A required section says nothing.' },
  'min-blocks': { severity: 'error', summary: 'A section holds fewer blocks of a type than the template asks for.' },
  'unknown-section': { severity: 'warning', summary: 'A section the template does not define.' },
  'repeated-section': { severity: 'warning', summary: 'The same section appears more than once.' },
  'unknown-block-type': { severity: 'error', summary: 'A block of a type the template does not define.' },
  'block-not-allowed': { severity: 'error', summary: 'A block sits in a section the template does not place it in.' },
  'duplicate-block-id': { severity: 'error', summary: 'Two blocks share an id, so links to it are ambiguous.' },
  'required-field': { severity: 'error', summary: 'A required field (of a block or of the document) is empty.' },
  'field-kind': { severity: 'error', summary: 'A field holds a value of the wrong kind (text where a rating is expected…).' },
  'enum-value': { severity: 'error', summary: 'A choice field holds a value that is not one of its choices.' },
  'rating-range': { severity: 'error', summary: 'A rating is not a whole number from 1 to 5.' },
  'date-format': { severity: 'error', summary: 'A date is not a real date written YYYY-MM-DD.' },
  'unknown-field': { severity: 'warning', summary: 'A value for a field the template does not define.' },
  'link-unresolved': { severity: 'error', summary: 'A cross-link points to a block or document that does not exist.' },
  'link-target-unreadable': { severity: 'error', summary: 'Links into another document that could not be read (its file has an error): reported once for that document, not once per link.' },
  'block-id-renamed': { severity: 'warning', summary: 'A block id was used twice in a Markdown file; the later block was read under the next free id (reported by the Markdown reader).' },
  'links-not-checked': { severity: 'warning', summary: 'The server did not check links into some documents, because the document links to more than it checks in one request.' },
  'links-not-readable': { severity: 'warning', summary: 'Links into documents the reader cannot read cannot be checked; whether their targets exist is not said.' },
  'link-unfinished': { severity: 'warning', summary: 'Text still holds a literal "[[" from a link that was started and never chosen.' },
  'link-target-type': { severity: 'error', summary: "A link field points to a kind of block (or document) its template does not accept." },
  'consultation-missing': { severity: 'error', summary: 'A required consultation party has no consultation recorded (a warning while the document is a draft).' },
  'consultation-outcome-missing': { severity: 'error', summary: 'A consultation with a required party has no outcome (a warning while the document is a draft).' },
  'signoff-order': { severity: 'error', summary: 'An approval by an office while an office listed before it has not approved.' },
  'approved-not-signed': { severity: 'error', summary: 'The document says Approved while an approval the template asks for is missing, rejected or of an earlier text (or no sign-off could be verified).' },
  'signoff-unknown-role': { severity: 'warning', summary: 'A sign-off by an office the template does not ask to sign.' },
  'dissemination-missing': { severity: 'warning', summary: 'The dissemination plan of a strategy lacks a row for the mission components or the Protection Cluster, who must receive it once endorsed.' },
  'threat-risk': { severity: 'info', summary: "A threat's risk (likelihood × impact) and its rank in the matrix." },
  'threat-response-missing': { severity: 'error', summary: "A high-risk, catastrophic (impact at the template's `priorityFrom`, 5; E.4.1 para. 48, fn. 42) or imminent threat has no mission response." },
  'threat-responsible-missing': { severity: 'error', summary: "A high-risk, catastrophic (impact at the template's `priorityFrom`, 5; E.4.1 para. 48, fn. 42) or imminent threat has no responsible components." },
  'imminent-response-stalled': { severity: 'warning', summary: 'An imminent threat whose response is Not started or Blocked (E.4.1 para. 47).' },
  'threat-gap-recommendation': { severity: 'error', summary: 'A threat flagged as a gap carries no recommendation.' },
  'review-overdue': { severity: 'warning', summary: 'The threat matrix is past its weekly or monthly review.' },
  'drafting-overdue': { severity: 'warning', summary: 'The strategy has been in draft longer than the drafting target.' },
  'review-date-passed': { severity: 'warning', summary: "The strategy's review date has passed." },
  'validity-too-long': { severity: 'error', summary: "The strategy's end of validity is beyond its one-year timeframe (the template's review.validityDays) from coming into force." },
  'review-date-too-late': { severity: 'error', summary: "The strategy's next review is beyond its one-year timeframe from coming into force." },
  'objective-timeframe-missing': { severity: 'error', summary: 'No strategy objective has one of the timeframes (immediate, medium term, long term).' },
  'objective-tier-missing': { severity: 'warning', summary: "The strategy's objectives do not draw on one of the three tiers." },
  'consultation-too-late': { severity: 'error', summary: "A consultation that must come before a step (the strategy's UNHQ before drafting starts; the brief's consultations before the SRSG's sign-off) is dated after it (a warning while the document is a draft)." },
  'strategy-action-plan-missing': { severity: 'warning', summary: 'The strategy does not link its POC Action Plan.' },
  'strategy-threat-matrix-missing': { severity: 'warning', summary: 'The strategy does not link its POC Threat Matrix.' },
  'action-overdue': { severity: 'warning', summary: 'An action is past its due date and not done.' },
  'decision-before-consultation': { severity: 'error', summary: "The SRSG's decision (the SRSG's approval, or the SRSG's comment) is recorded before the required consultations." },
  'decision-comment-unsigned': { severity: 'error', summary: "The SRSG's decision section says something while the SRSG has not signed off the brief (a warning while it is a draft)." },
  'recommendation-option': { severity: 'error', summary: "The Force Commander's recommendation does not name an option of the brief." },
  'recommendation-one-option': { severity: 'error', summary: "The Force Commander's recommendation names more than one option." },
  'option-collateral-damage': { severity: 'error', summary: 'An option does not state its potential collateral damage.' },
  'capability-gap-missing': { severity: 'warning', summary: 'A red or orange capability row does not describe its gap.' },
  'capability-recommendation-missing': { severity: 'warning', summary: 'A red or orange capability row has no recommendation.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/** A rule code validation may emit. */
export type RuleCode = keyof typeof RULES;
