/**
 * Operations-brief rules (Annex B VIII): the SRSG decides only once the
 * consultations with UN Headquarters and national and regional partners are
 * recorded; the Force Commander's recommendation names exactly one of the
 * brief's own options; every option states its potential collateral damage.
 *
 * The SRSG's decision is the SRSG's sign-off (templates/operations-brief.yaml,
 * version 2): the Force Commander signs first, then the SRSG's approval
 * approves the recommended option as the brief stands (both are bound to the
 * content hash, so repointing the recommendation makes them stale), and a
 * rejection approves none. The "SRSG's comment" in section II.e is therefore
 * written only once the SRSG has signed; text there before that reads as a
 * decision nobody took (`decision-comment-unsigned`).
 */
import { consultationStates, isGoingToEndorsement } from './consultation.js';
import { blocksOfType } from './model-index.js';
import { blockName, bothAnd, capitalize, diag, fieldName, type RuleInput } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationWorkflow } from '../i18n/messages/validation-workflow.js';
import { workflowStanding } from './signoff-rules.js';
import { fieldOf } from './template-index.js';
import { isFilled, linksOf, richBlockHasContent } from './values.js';

/** Block types, fields and the deciding office these rules read; a tailored template without them skips the rule. */
export const BRIEF = {
  option: 'option',
  collateralDamage: 'collateralDamage',
  recommendation: 'recommendation',
  recommendedOption: 'option',
  decision: 'decision',
  decisionText: 'decision',
  /** The office whose sign-off is the decision. */
  decider: 'srsg',
} as const;

/** Where something is written in the SRSG's decision section(s): the first filled comment, or the section's own text; undefined when they say nothing. @internal */
function writtenDecision(input: RuleInput): { section: string; block?: string; field?: string } | undefined {
  const { mix, tix } = input;
  const spec = fieldOf(tix, BRIEF.decision, BRIEF.decisionText);
  for (const { block, section } of blocksOfType(mix, BRIEF.decision)) {
    if (spec && isFilled(block.fields[spec.name], spec.kind)) return { section, block: block.id, field: spec.name };
  }
  for (const id of tix.homes.get(BRIEF.decision) ?? []) {
    if (mix.sections.get(id)?.content.some((item) => item.t !== 'block' && richBlockHasContent(item))) return { section: id };
  }
  return undefined;
}

/** The decision (the SRSG's standing approval, or anything written as the SRSG's comment) while a required consultation lacks an outcome is an error. */
function checkDecisionAfterConsultation(input: RuleInput): void {
  const { out, template } = input;
  if (!template.consultation || !template.signoffs.some((o) => o.role === BRIEF.decider)) return;
  const pending = consultationStates(input).filter((s) => !s.recorded);
  if (!pending.length) return;
  const approved = workflowStanding(input)?.get(BRIEF.decider)?.decision === 'approved';
  const written = writtenDecision(input);
  if (!approved && !written) return;
  const who = bothAnd(input, pending.map((s) => s.label));
  const message = wordsOf(validationWorkflow, input.locale)('brief.decisionBeforeConsultation', { recorded: approved ? 'approval' : 'comment', who });
  out.push(diag('error', 'decision-before-consultation', message, written ?? { section: template.consultation.section }));
}

/**
 * Text in the SRSG's comment while the SRSG has not signed off reads as a decision nobody took. Our choice of
 * severity: a warning in a draft (someone may be preparing the SRSG's words), an error once the brief is going for
 * sign-off, when the Force Commander would sign a brief that already says what the SRSG decided. Once the SRSG has
 * signed (approved or rejected, on this text or an earlier one) the comment may be written; it changes the brief, so
 * the offices sign again. Where no sign-off is known (a Markdown mirror in the CLI), the same holds: nothing shows the
 * SRSG signed.
 */
function checkCommentUnsigned(input: RuleInput): void {
  const { out, template } = input;
  const office = template.signoffs.find((o) => o.role === BRIEF.decider);
  if (!office) return;
  const standing = workflowStanding(input);
  if (standing?.get(BRIEF.decider)) return;
  const written = writtenDecision(input);
  if (!written) return;
  const message = wordsOf(validationWorkflow, input.locale)('brief.commentUnsigned', { known: standing ? 'unsigned' : 'unknown', office: office.label });
  out.push(diag(isGoingToEndorsement(input) ? 'error' : 'warning', 'decision-comment-unsigned', message, written));
}

/** The Force Commander recommends exactly one option: links to more than one option across the recommendation(s) are an error on each link past the first option. */
function checkOneOption(input: RuleInput): void {
  const { mix, tix, out } = input;
  const spec = fieldOf(tix, BRIEF.recommendation, BRIEF.recommendedOption);
  if (!spec) return;
  let first: string | undefined;
  for (const { block, section } of blocksOfType(mix, BRIEF.recommendation)) {
    const options = [...new Set(linksOf(block.fields[spec.name]).map((l) => `${l.docId}/${l.blockId}`))];
    const others = options.filter((o) => o !== (first ??= options[0]));
    if (!others.length) continue;
    const names = [first, ...others].map((o) => o!.split('/')[1]).join(', ');
    out.push(diag('error', 'recommendation-one-option', wordsOf(validationWorkflow, input.locale)('brief.oneOption', { names }), { section, block: block.id, field: spec.name }));
  }
}

/**
 * The recommendation links to an option of this brief. Links inside the
 * brief that point nowhere or at the wrong kind of block are already
 * reported by the link rules when the field names `option` as its target,
 * so this rule speaks only when those rules would stay silent.
 */
function checkRecommendation(input: RuleInput): void {
  const { mix, tix, model, out } = input;
  const spec = fieldOf(tix, BRIEF.recommendation, BRIEF.recommendedOption);
  if (!spec || !tix.blockTypes.has(BRIEF.option)) return;
  const self = model.meta.id;
  const t = wordsOf(validationWorkflow, input.locale);
  const options = blocksOfType(mix, BRIEF.option).map((r) => r.block.id);
  const choice = { options: options.length ? 'some' : 'none', list: options.join(', ') };
  for (const { block, section } of blocksOfType(mix, BRIEF.recommendation)) {
    const links = linksOf(block.fields[spec.name]);
    const where = { section, block: block.id, field: spec.name };
    if (!links.length) {
      if (!spec.required) out.push(diag('error', 'recommendation-option', t('brief.noOption', { ...choice, id: block.id }), where));
      continue;
    }
    if (links.some((l) => l.docId === self && mix.byId.get(l.blockId)?.block.type === BRIEF.option)) continue;
    const covered = spec.targets?.includes(BRIEF.option) && links.every((l) => l.docId === self);
    if (!covered) out.push(diag('error', 'recommendation-option', t('brief.notAnOption', { ...choice, id: block.id, field: fieldName(input, spec, spec.name) }), where));
  }
}

/** Every option states potential collateral damage (left to the required rule when the template already requires the field). */
function checkCollateralDamage(input: RuleInput): void {
  const { mix, tix, out } = input;
  const spec = fieldOf(tix, BRIEF.option, BRIEF.collateralDamage);
  if (!spec || spec.required) return;
  for (const { block, section } of blocksOfType(mix, BRIEF.option)) {
    if (isFilled(block.fields[spec.name], spec.kind)) continue;
    const message = wordsOf(validationWorkflow, input.locale)('brief.collateralDamage', { block: blockName(input, block), field: fieldName(input, spec, spec.name) });
    out.push(diag('error', 'option-collateral-damage', capitalize(message), { section, block: block.id, field: spec.name }));
  }
}

/** Runs the operations-brief rules. */
export function checkOperationsBrief(input: RuleInput): void {
  checkDecisionAfterConsultation(input);
  checkCommentUnsigned(input);
  checkRecommendation(input);
  checkOneOption(input);
  checkCollateralDamage(input);
}
