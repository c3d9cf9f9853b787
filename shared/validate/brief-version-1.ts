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
import { diag, type RuleInput } from './rule-input.js';
import { workflowStanding } from './signoff-rules.js';
import { isFilled, linksOf } from './values.js';

/** The brief's type id and the version whose documents this rule speaks to. */
export const BRIEF_V1 = { type: 'operations-brief', version: 1 } as const;

/** The version-1 decision block's field naming the option approved, which version 2 dropped. */
const V1_OPTION_FIELD = 'option';

/** The labels of the version-1 decision block's fields that version 2 dropped, by field name. */
const V1_DECISION_LABELS: Readonly<Record<string, string>> = { [V1_OPTION_FIELD]: 'Option approved', date: 'Date' };

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

/** "A", "A and B", "A, B and C". */
function andList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The option ids the Force Commander's recommendation(s) link to, in order, without repeats. */
function recommendedOptions(input: RuleInput): string[] {
  const ids = blocksOfType(input.mix, BRIEF.recommendation).flatMap(({ block }) => linksOf(block.fields[BRIEF.recommendedOption]).map((l) => l.blockId));
  return [...new Set(ids)];
}

/** Step 1, when II.e holds a version-1 decision: what to copy and clear, naming the block and its dropped fields. */
function clearDecisionStep(input: RuleInput): string | undefined {
  const written = blocksOfType(input.mix, BRIEF.decision).filter(({ block }) => Object.values(block.fields).some((v) => isFilled(v)));
  if (!written.length) return undefined;
  const ids = andList(written.map(({ block }) => block.id));
  const dropped = [...new Set(written.flatMap(({ block }) => Object.keys(block.fields).filter((k) => k !== BRIEF.decisionText)))].map((k) => `"${V1_DECISION_LABELS[k] ?? k}"`);
  const approved = [...new Set(written.flatMap(({ block }) => linksOf(block.fields[V1_OPTION_FIELD]).map((l) => l.blockId)))];
  const recommended = recommendedOptions(input);
  const other = approved.filter((id) => !recommended.includes(id));
  return (
    `keep a copy of the decision written in ${ids} to give the SRSG, then delete ${written.length > 1 ? 'those blocks' : 'the block'}${dropped.length ? ` (with its ${andList(dropped)})` : ''}: typed text is not the SRSG's sign-off` +
    (other.length ? `; it approves ${andList(other)}, which the Force Commander does not recommend, so either the recommendation is changed or the SRSG rejects the brief` : '')
  );
}

/** Reports a version-1 brief with the steps that bring it to the current version, in its own terms. */
export function checkBriefVersion1(input: RuleInput): void {
  const { model, template, out } = input;
  if (!isBriefVersion1(model.meta, template)) return;
  const recommended = recommendedOptions(input);
  const deciding = template.signoffs.filter((o) => o.role !== BRIEF.decider).map((o) => `the ${o.label}`);
  const decider = template.signoffs.find((o) => o.role === BRIEF.decider)?.label ?? 'SRSG';
  const steps = [
    clearDecisionStep(input),
    `check that the Force Commander's recommendation (II.c) names the one option the SRSG is to decide on (${recommended.length ? `now ${andList(recommended)}` : 'now none'})`,
    `in the Markdown file, change the line "poc-template: ${BRIEF_V1.type}@${BRIEF_V1.version}" to "poc-template: ${BRIEF_V1.type}@${template.version}"`,
    `${deciding.length ? `${andList(deciding)} signs off first, then the ${decider}` : `the ${decider} signs off`}: the ${decider}'s approval is the decision, with any conditions in the comment of that sign-off`,
  ].filter((s): s is string => s !== undefined);
  const previous = workflowStanding(input)?.get(BRIEF.decider);
  const signed = previous
    ? ` The ${decider}'s ${previous.decision === 'approved' ? 'approval' : 'rejection'} of ${previous.signedAt.slice(0, 10)} was given on the version-${previous.templateVersion} text and stays on record; after these changes the ${decider} signs the new text.`
    : '';
  out.push(
    diag(
      'warning',
      'brief-version-1',
      `This brief was written for version ${BRIEF_V1.version} of the "${template.title}" template, where the SRSG's decision was typed into II.e. In version ${template.version} the decision is the ${decider}'s sign-off, given after the Force Commander's (Annex B VIII, II.c–II.e). ` +
        `The brief is not converted by itself, because that would change signed content and no text can stand for a sign-off. To convert it: ${steps.map((s, i) => `(${i + 1}) ${s}`).join('; ')}.${signed}`,
    ),
  );
}

