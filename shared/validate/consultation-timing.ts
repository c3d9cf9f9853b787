/**
 * Consultations that must come before a step: a consultation party with
 * `before:` in the template is consulted on or before that step's day.
 * The step is a document date field (the strategy's UN Headquarters,
 * `before: draftingStarted`: Annex A II, "The parameters of the mission
 * strategy should be discussed with the IOTs and the POC Coordination Team
 * before drafting begins"), or an office's sign-off (the operations brief's
 * UN Headquarters and national and regional partners, `before:
 * signoff:srsg`: Annex B VIII lists the consultations before the SRSG's
 * decision, and the SRSG decides by signing off). The earliest dated
 * consultation with the party counts, so a later round of comments may sit
 * in the record beside it.
 *
 * A sign-off's day is the day of the office's standing sign-off (current or
 * stale: a decision taken on an earlier text was still taken then), as the
 * UTC date of its time stamp; consultation dates carry no time zone, so a
 * consultation and a sign-off on the same local day compare as the same day
 * everywhere but at the date line's edges.
 *
 * Nothing is reported when the step has no day yet (the date field is empty,
 * the office has not signed, or no sign-off is known) or the party has no
 * dated consultation (consultation-missing says that). Severity follows the
 * consultation rules (consultation.ts): a warning in a draft, an error once
 * the document is going for endorsement (always the case once signed).
 */
import { readBefore } from '../template/template-schema.js';
import { blocksOfType } from './model-index.js';
import { isGoingToEndorsement } from './consultation.js';
import { diag, fieldName, type RuleInput } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationWorkflow } from '../i18n/messages/validation-workflow.js';
import { workflowStanding } from './signoff-rules.js';
import { dayNumber, isoOfDay } from './values.js';

/** The step a party's `before:` names, with its day and the name messages give it (a field's, or the office that signs); undefined while it has no day. @internal */
function limitOf(input: RuleInput, before: string): { day: number; field: string } | { day: number; office: string } | undefined {
  const limit = readBefore(before);
  if ('field' in limit) {
    const raw = input.model.meta.fields[limit.field];
    const day = typeof raw === 'string' ? dayNumber(raw) : undefined;
    return day === undefined ? undefined : { day, field: fieldName(input, input.tix.docFields.get(limit.field), limit.field) };
  }
  const office = input.template.signoffs.find((o) => o.role === limit.signoff);
  const signed = workflowStanding(input)?.get(limit.signoff);
  const day = signed ? dayNumber(signed.signedAt.slice(0, 10)) : undefined;
  if (!office || day === undefined) return undefined;
  return { day, office: office.label };
}

/** Reports each party with `before:` whose earliest consultation is dated after the day it must precede. */
export function checkConsultationTiming(input: RuleInput): void {
  const c = input.template.consultation;
  if (!c) return;
  const { mix, out } = input;
  const consultations = blocksOfType(mix, c.blockType);
  for (const party of c.parties) {
    if (party.before === undefined) continue;
    const limit = limitOf(input, party.before);
    if (!limit) continue;
    let first: { id: string; section: string; day: number } | undefined;
    for (const { block, section } of consultations) {
      if (block.fields.party !== party.id || typeof block.fields.date !== 'string') continue;
      const day = dayNumber(block.fields.date);
      if (day !== undefined && (!first || day < first.day)) first = { id: block.id, section, day };
    }
    if (!first || first.day <= limit.day) continue;
    const t = wordsOf(validationWorkflow, input.locale);
    const words = { party: party.label, id: first.id, date: isoOfDay(first.day), limit: isoOfDay(limit.day) };
    const message = 'field' in limit ? t('consultation.tooLateField', { ...words, field: limit.field }) : t('consultation.tooLateSignoff', { ...words, office: limit.office });
    out.push(diag(isGoingToEndorsement(input) ? 'error' : 'warning', 'consultation-too-late', message, { section: first.section, block: first.id, field: 'date' }));
  }
}
