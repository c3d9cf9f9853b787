/**
 * Consultations that must come before a step of drafting: a consultation
 * party with `before: <date field>` in the template (the strategy's UN
 * Headquarters, before "Drafting started": Annex A II, "The parameters of
 * the mission strategy should be discussed with the IOTs and the POC
 * Coordination Team before drafting begins") is consulted on or before that
 * date. The earliest dated consultation with the party counts, so a later
 * round of comments on the draft may sit in the record beside it.
 *
 * Nothing is reported when the date field is empty or the party has no
 * dated consultation (consultation-missing says that). Severity follows the
 * consultation rules (consultation.ts): a warning in a draft, an error once
 * the document is going for endorsement.
 */
import { blocksOfType } from './model-index.js';
import { isGoingToEndorsement } from './consultation.js';
import { diag, fieldName, type RuleInput } from './rule-input.js';
import { dayNumber, isoOfDay } from './values.js';

/** Reports each party with `before:` whose earliest consultation is dated after the date it must precede. */
export function checkConsultationTiming(input: RuleInput): void {
  const c = input.template.consultation;
  if (!c) return;
  const { model, tix, mix, out } = input;
  const consultations = blocksOfType(mix, c.blockType);
  for (const party of c.parties) {
    if (party.before === undefined) continue;
    const raw = model.meta.fields[party.before];
    const limit = typeof raw === 'string' ? dayNumber(raw) : undefined;
    if (limit === undefined) continue;
    let first: { id: string; section: string; day: number } | undefined;
    for (const { block, section } of consultations) {
      if (block.fields.party !== party.id || typeof block.fields.date !== 'string') continue;
      const day = dayNumber(block.fields.date);
      if (day !== undefined && (!first || day < first.day)) first = { id: block.id, section, day };
    }
    if (!first || first.day <= limit) continue;
    const gate = isGoingToEndorsement(input);
    const step = fieldName(tix.docFields.get(party.before), party.before);
    out.push(
      diag(
        gate ? 'error' : 'warning',
        'consultation-too-late',
        `The first consultation with ${party.label} (${first.id}) is dated ${isoOfDay(first.day)}, after ${step} (${isoOfDay(limit)}); it must come first. ` +
          `If an earlier discussion took place, record it with its date (or correct this one's date); otherwise hold it now and revise the draft with its outcome.`,
        { section: first.section, block: first.id, field: 'date' },
      ),
    );
  }
}
