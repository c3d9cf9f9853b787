/**
 * Consultation rule: each consultation party the template requires has a
 * consultation block with a recorded outcome before the document goes for
 * endorsement.
 *
 * Severity (our choice): while the document is a draft with no sign-off,
 * a missing consultation is a warning — drafting and consulting go on side
 * by side. Once the document is in review or approved, or anyone has signed
 * it, it is an error, because leadership would be endorsing a text the
 * required parties never saw. Archived documents keep the draft severity:
 * they are records, not candidates for endorsement.
 */
import type { TypedBlock } from '../model/types.js';
import { blocksOfType } from './model-index.js';
import { diag, type RuleInput, sectionName } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationWorkflow } from '../i18n/messages/validation-workflow.js';
import { isFilled } from './values.js';

/** A required consultation party and what the document records for it. */
export interface ConsultationState {
  party: string;
  label: string;
  /** The first consultation block for the party, if any. */
  block?: TypedBlock;
  /** Whether some block for the party has an outcome. */
  recorded: boolean;
}

/** The template's required consultation parties, in template order, with whether each has a recorded outcome (empty when the template asks for none). */
export function consultationStates(input: Pick<RuleInput, 'template' | 'mix'>): ConsultationState[] {
  const c = input.template.consultation;
  if (!c) return [];
  const byParty = new Map<string, ConsultationState>();
  const states: ConsultationState[] = [];
  for (const p of c.parties) {
    if (!p.required) continue;
    const s: ConsultationState = { party: p.id, label: p.label, recorded: false };
    byParty.set(p.id, s);
    states.push(s);
  }
  for (const { block } of blocksOfType(input.mix, c.blockType)) {
    const party = block.fields.party;
    const s = typeof party === 'string' ? byParty.get(party) : undefined;
    if (!s) continue;
    s.block ??= block;
    if (isFilled(block.fields.outcome)) s.recorded = true;
  }
  return states;
}

/** Whether the document is on its way to (or past) endorsement: in review, approved, or signed by anyone. */
export function isGoingToEndorsement(input: Pick<RuleInput, 'model' | 'context'>): boolean {
  const status = input.model.meta.status;
  return status === 'in-review' || status === 'approved' || (input.context.signoffs?.length ?? 0) > 0;
}

/** Reports each required party without a recorded consultation outcome. */
export function checkConsultation(input: RuleInput): void {
  const c = input.template.consultation;
  if (!c) return;
  const { out } = input;
  const t = wordsOf(validationWorkflow, input.locale);
  const gate = isGoingToEndorsement(input);
  const severity = gate ? 'error' : 'warning';
  const stage = gate ? 'endorsing' : 'drafting';
  const home = sectionName(input, c.section);
  for (const s of consultationStates(input)) {
    if (s.recorded) continue;
    const section = s.block ? (input.mix.byId.get(s.block.id)?.section ?? c.section) : c.section;
    if (s.block)
      out.push(diag(severity, 'consultation-outcome-missing', t('consultation.outcomeMissing', { stage, party: s.label, id: s.block.id }), { section, block: s.block.id, field: 'outcome' }));
    else out.push(diag(severity, 'consultation-missing', t('consultation.missing', { stage, party: s.label, section: home }), { section: c.section }));
  }
}
