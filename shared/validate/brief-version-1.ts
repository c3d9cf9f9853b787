/**
 * An operations brief written for version 1 of its template, read with
 * version 2 (`brief-version-1`). Version 1 had the SRSG sign alone and the
 * SRSG's decision typed into section II.e: a "Decision" text, the "Option
 * approved" and a "Date". Version 2 (templates/operations-brief.yaml) has
 * the Force Commander sign first and makes the SRSG's sign-off the decision:
 * approving approves the recommended option, and II.e keeps only an "SRSG's
 * comment", written after the SRSG has signed.
 *
 * Why a message and not a migration applied when the brief is read:
 * - Every change a migration would make is signed content. The content hash
 *   covers the template version and every field (shared/hash/canonical.ts),
 *   so a brief moved to version 2 in memory would hash differently from the
 *   stored one: an SRSG approval given on the version-1 text would read as
 *   stale although nobody changed a word, and the reader's copy would no
 *   longer match the server's. Migrating silently invalidates signatures.
 * - The typed decision cannot become the version-2 decision. That is the
 *   SRSG's sign-off, made by the SRSG with the server's key; turning
 *   "The SRSG approves OPT-2" into one would fake it, and keeping it as the
 *   SRSG's comment would make the brief say the SRSG decided while no
 *   sign-off shows it (`decision-comment-unsigned`).
 * - Version 1 never asked the Force Commander to sign, so no migration can
 *   supply the step-1 sign-off version 2 requires before the SRSG's.
 * So the brief stays as written, and this warning (in place of the general
 * `template-version`) says what to do with this brief in particular: what
 * to clear in II.e, which option the SRSG's approval will approve, how to
 * raise the version, and who signs in which order. Whoever follows it edits
 * the brief knowingly, and the offices sign the version-2 text again.
 */
import type { Meta } from '../model/types.js';
import type { Template } from '../template/load.js';
import { blocksOfType } from './model-index.js';
import { BRIEF } from './operations-brief.js';
import { clauses, diag, listAnd, officeName, quoted, type RuleInput } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationWorkflow } from '../i18n/messages/validation-workflow.js';
import { workflowStanding } from './signoff-rules.js';
import { isFilled, linksOf } from './values.js';

/** The brief's type id and the version whose documents this rule speaks to. */
export const BRIEF_V1 = { type: 'operations-brief', version: 1 } as const;

/** The version-1 decision block's field naming the option approved, which version 2 dropped. */
const V1_OPTION_FIELD = 'option';

/**
 * Whether `meta` is an operations brief of version 1 checked against a template of the version-2 kind (then
 * `brief-version-1` replaces `template-version`): a later version whose SRSG signs, and whose decision block no longer
 * has the "Option approved" field. A mission's tailored copy of version 1 with its version number raised keeps that
 * field, and its documents get the general `template-version` warning, since these steps would not fit it.
 */
export function isBriefVersion1(meta: Pick<Meta, 'type' | 'templateVersion'>, template: Pick<Template, 'id' | 'version' | 'signoffs' | 'blockTypes'>): boolean {
  if (meta.type !== BRIEF_V1.type || template.id !== BRIEF_V1.type || meta.templateVersion !== BRIEF_V1.version || template.version <= BRIEF_V1.version) return false;
  const decision = template.blockTypes.find((b) => b.type === BRIEF.decision);
  return template.signoffs.some((o) => o.role === BRIEF.decider) && decision !== undefined && !decision.fields.some((f) => f.name === V1_OPTION_FIELD);
}

/** The labels of the version-1 decision block's fields that version 2 dropped, by field name, in the reader's language. */
function droppedLabel(input: RuleInput, name: string): string {
  const t = wordsOf(validationWorkflow, input.locale);
  return name === V1_OPTION_FIELD ? t('v1.optionApproved') : name === 'date' ? t('v1.date') : name;
}

/** The option ids the Force Commander's recommendation(s) link to, in order, without repeats. */
function recommendedOptions(input: RuleInput): string[] {
  const ids = blocksOfType(input.mix, BRIEF.recommendation).flatMap(({ block }) => linksOf(block.fields[BRIEF.recommendedOption]).map((l) => l.blockId));
  return [...new Set(ids)];
}

/** The step that clears the typed decision, when one was typed; with a warning when it approves an option not recommended. */
function clearDecisionStep(input: RuleInput): string | undefined {
  const written = blocksOfType(input.mix, BRIEF.decision).filter(({ block }) => Object.values(block.fields).some((v) => isFilled(v)));
  if (!written.length) return undefined;
  const t = wordsOf(validationWorkflow, input.locale);
  const ids = listAnd(input, written.map(({ block }) => block.id));
  const dropped = [...new Set(written.flatMap(({ block }) => Object.keys(block.fields).filter((k) => k !== BRIEF.decisionText)))].map((k) => quoted(input, droppedLabel(input, k)));
  const approved = [...new Set(written.flatMap(({ block }) => linksOf(block.fields[V1_OPTION_FIELD]).map((l) => l.blockId)))];
  const recommended = recommendedOptions(input);
  const other = approved.filter((id) => !recommended.includes(id));
  const clear = dropped.length ? t('v1.clearWithFields', { count: written.length, ids, fields: listAnd(input, dropped) }) : t('v1.clear', { count: written.length, ids });
  return other.length ? clauses(input, [clear, t('v1.approvesOther', { options: listAnd(input, other) })]) : clear;
}

/** Reports a version-1 brief checked against the current template, with the steps that convert it. */
export function checkBriefVersion1(input: RuleInput): void {
  const { model, template, out } = input;
  if (!isBriefVersion1(model.meta, template)) return;
  const t = wordsOf(validationWorkflow, input.locale);
  const recommended = recommendedOptions(input);
  const deciding = template.signoffs.filter((o) => o.role !== BRIEF.decider).map((o) => officeName(input, o.label));
  const decider = template.signoffs.find((o) => o.role === BRIEF.decider)?.label ?? 'SRSG';
  const steps = [
    clearDecisionStep(input),
    t('v1.check', { recommended: recommended.length ? 'some' : 'none', options: listAnd(input, recommended) }),
    t('v1.markdown', { type: BRIEF_V1.type, old: String(BRIEF_V1.version), version: String(template.version) }),
    t('v1.signs', { others: deciding.length ? 'first' : 'none', offices: listAnd(input, deciding), decider }),
  ].filter((s): s is string => s !== undefined);
  const previous = workflowStanding(input)?.get(BRIEF.decider);
  const message = t('v1.message', {
    signed: previous?.decision ?? 'none',
    old: String(BRIEF_V1.version),
    template: template.title,
    version: String(template.version),
    decider,
    steps: clauses(input, steps.map((step, i) => t('v1.step', { n: i + 1, step }))),
    date: previous?.signedAt.slice(0, 10) ?? '',
    signedVersion: previous ? String(previous.templateVersion) : '',
  });
  out.push(diag('warning', 'brief-version-1', message));
}
