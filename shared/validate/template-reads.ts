/**
 * What the validation rules read from a template: the field names, block
 * types, choice values and review settings a tailor must not rename. This
 * is the one list (templates/README.md "What validation relies on" says it
 * in words); `missingReads` compares a template with it, so a tailored
 * template that drops or renames one of these names is reported in plain
 * words ("the risk rules read `likelihood`; threat-matrix.yaml no longer has
 * it: they are off") instead of the rule quietly stopping.
 *
 * The names come from the rule modules' own constants where they have one,
 * so a rule and this list cannot drift apart by a rename. A new rule that
 * reads a template name adds it here (NEW_RULE_EDIT_REQUIRED).
 */
import type { Template } from '../template/load.js';
import { DOC_TYPES, type DocType } from '../template/template-schema.js';
import { CLASSIFICATION_FIELD } from '../export/marking.js';
import { ACTION_BLOCK, DONE_STATUS, LAST_UPDATED, SERVES_FIELD } from './action-plan.js';
import { LAST_REVIEWED_FIELD } from './cadence.js';
import { DISSEMINATION, REQUIRED_AUDIENCES } from './dissemination.js';
import { BRIEF } from './operations-brief.js';
import { PROTECTION, PROTECTION_FIELDS } from './protection-matrix.js';
import { BLOCKING_LEVEL, CAPABILITY_BLOCK, CRITICAL_LEVELS, STRATEGY_OBJECTIVE_FIELD } from './resources-matrix.js';
import { THREAT_BLOCK } from './risk.js';
import { STRATEGY_FIELDS } from './strategy.js';
import { FRAME_FIELDS } from './strategy-frame.js';
import { PERPETRATOR_BLOCK, PERPETRATOR_ELEMENTS } from './threat-analysis.js';

/** One rule (or family of rules) and the template names it reads. */
export interface TemplateRead {
  /** The document type whose template is read. */
  docType: DocType;
  /** Who reads, as a sentence's subject: "the risk rules". */
  rules: string;
  /** Document-level fields read. */
  fields?: readonly string[];
  /** A block type, and the fields of it read. */
  block?: { type: string; fields: readonly string[] };
  /** Choice values the rules compare with, per field (of the block when `block` is set, else of the document). */
  values?: Readonly<Record<string, readonly string[]>>;
  /** Review settings read (`review.draftingDays`…). */
  review?: ReadonlyArray<keyof Template['review']>;
  /** Offices under `signoffs` read by role (the brief's deciding office, `srsg`). */
  signoffs?: readonly string[];
}

/** Every template name a rule reads. NEW_RULE_EDIT_REQUIRED: a rule reading a template name lists it here. */
export const TEMPLATE_READS: readonly TemplateRead[] = [
  // Not a rule, but read the same way: every export prints the classification on every page (shared/export/marking.ts).
  ...DOC_TYPES.map((docType): TemplateRead => ({ docType, rules: "the exports' classification marking", fields: [CLASSIFICATION_FIELD] })),
  { docType: 'strategy', rules: 'the drafting-period rule', fields: [STRATEGY_FIELDS.draftingStarted], review: ['draftingDays'] },
  { docType: 'strategy', rules: 'the review-date rule', fields: [STRATEGY_FIELDS.reviewDate] },
  { docType: 'strategy', rules: 'the one-year rules', fields: [FRAME_FIELDS.validFrom, FRAME_FIELDS.validUntil, FRAME_FIELDS.reviewDate], review: ['validityDays'] },
  { docType: 'strategy', rules: 'the objectives rules', block: { type: FRAME_FIELDS.objective, fields: [FRAME_FIELDS.timeframe, FRAME_FIELDS.tier] } },
  { docType: 'strategy', rules: 'the companion-document rules', fields: [STRATEGY_FIELDS.actionPlan, STRATEGY_FIELDS.threatMatrix] },
  { docType: 'strategy', rules: 'the response-phase rule and the tiers × phases grid', block: { type: FRAME_FIELDS.objective, fields: [FRAME_FIELDS.tier, FRAME_FIELDS.phase] } },
  { docType: 'strategy', rules: 'the objective-resources rule', fields: [STRATEGY_FIELDS.resourcesMatrix] },
  { docType: 'strategy', rules: 'the threat-not-addressed rule', block: { type: FRAME_FIELDS.objective, fields: [FRAME_FIELDS.threats] } },
  {
    docType: 'strategy',
    rules: 'the dissemination rule',
    block: { type: DISSEMINATION.blockType, fields: [DISSEMINATION.audience] },
    values: { [DISSEMINATION.audience]: REQUIRED_AUDIENCES },
  },
  { docType: 'action-plan', rules: 'the overdue-action rule', block: { type: ACTION_BLOCK, fields: ['dueDate', 'status'] }, values: { status: [DONE_STATUS] } },
  { docType: 'action-plan', rules: 'the stale-plan rule', fields: [LAST_UPDATED], review: ['cadence'] },
  { docType: 'action-plan', rules: 'the threat-not-addressed rule', block: { type: ACTION_BLOCK, fields: [SERVES_FIELD] } },
  { docType: 'threat-matrix', rules: 'the risk rules', block: { type: THREAT_BLOCK, fields: ['likelihood', 'impact', 'imminent'] } },
  { docType: 'threat-matrix', rules: 'the mission-response rules', block: { type: THREAT_BLOCK, fields: ['response', 'responsibleComponents'] } },
  { docType: 'threat-matrix', rules: 'the stalled-response rule', block: { type: THREAT_BLOCK, fields: ['imminent', 'responseStatus'] } },
  { docType: 'threat-matrix', rules: 'the gap rule', block: { type: THREAT_BLOCK, fields: ['gap', 'recommendations'] } },
  { docType: 'threat-matrix', rules: 'the review-cadence rule', fields: ['reviewCadence', 'lastReview'] },
  { docType: 'operations-brief', rules: 'the collateral-damage rule', block: { type: BRIEF.option, fields: [BRIEF.collateralDamage] } },
  { docType: 'operations-brief', rules: "the Force Commander's recommendation rule", block: { type: BRIEF.recommendation, fields: [BRIEF.recommendedOption] } },
  { docType: 'operations-brief', rules: "the one-option rule", block: { type: BRIEF.recommendation, fields: [BRIEF.recommendedOption] } },
  { docType: 'operations-brief', rules: "the SRSG's decision rules", block: { type: BRIEF.decision, fields: [BRIEF.decisionText] }, signoffs: [BRIEF.decider] },
  {
    docType: 'resources-matrix',
    rules: 'the critical-gap rules',
    block: { type: CAPABILITY_BLOCK, fields: ['criticality', 'gaps', 'recommendations'] },
    values: { criticality: [...new Set([...CRITICAL_LEVELS, BLOCKING_LEVEL])] },
  },
  { docType: 'resources-matrix', rules: 'the tier rule', block: { type: CAPABILITY_BLOCK, fields: [STRATEGY_OBJECTIVE_FIELD] } },
  { docType: 'threat-analysis', rules: 'the review-overdue rule', fields: [LAST_REVIEWED_FIELD['threat-analysis']!], review: ['cadence'] },
  { docType: 'protection-matrix', rules: 'the review-overdue rule', fields: [LAST_REVIEWED_FIELD['protection-matrix']!], review: ['cadence'] },
  { docType: 'threat-analysis', rules: 'the perpetrator-elements rule', block: { type: PERPETRATOR_BLOCK, fields: PERPETRATOR_ELEMENTS } },
  {
    docType: 'protection-matrix',
    rules: 'the protection matrix rules',
    block: { type: PROTECTION.location, fields: PROTECTION_FIELDS },
    values: { [PROTECTION.rank]: [PROTECTION.mustProtect] },
  },
];

/** A name a rule reads that a template lacks, and the sentence saying so. */
export interface MissingRead {
  rules: string;
  /** The missing name as written in the template: "likelihood", "review.draftingDays", "criticality: red". */
  name: string;
  /** "the risk rules read `likelihood` of threat blocks; threat-matrix.yaml no longer has it: they are off. …" */
  message: string;
}

/**
 * The names `template` lacks of those the rules read for its document
 * type, each with a sentence for the tailor. `file` names the template in
 * the sentences (e.g. "threat-matrix.yaml"). Empty for a complete template.
 */
export function missingReads(template: Template, file: string): MissingRead[] {
  const out: MissingRead[] = [];
  const off = (r: TemplateRead, name: string, what: string, fix: string) => {
    const one = r.rules.endsWith('rule');
    out.push({ rules: r.rules, name, message: `${capitalFirst(r.rules)} ${one ? 'reads' : 'read'} ${what}; ${file} no longer has it: ${one ? 'it is' : 'they are'} off. ${fix}` });
  };
  const keep = 'Keep the name as it was (change its label instead, which is free).';
  for (const r of TEMPLATE_READS) {
    if (r.docType !== template.id) continue;
    for (const name of r.fields ?? []) {
      if (!template.fields.some((f) => f.name === name)) off(r, name, `the document field \`${name}\``, keep);
    }
    for (const role of r.signoffs ?? []) {
      if (!template.signoffs.some((o) => o.role === role)) off(r, `signoffs: ${role}`, `the sign-off of the office \`${role}\``, `Keep an office with \`role: ${role}\` under \`signoffs:\` (its label may change).`);
    }
    for (const key of r.review ?? []) {
      if (template.review[key] === undefined) off(r, `review.${key}`, `\`review.${key}\``, `Set \`${key}\` under \`review:\`.`);
    }
    const block = r.block && template.blockTypes.find((b) => b.type === r.block!.type);
    if (r.block && !block) {
      off(r, r.block.type, `the block type \`${r.block.type}\``, 'Keep the block type under that name (its label may change).');
      continue;
    }
    const fields = block ? block.fields : template.fields;
    const where = block ? ` of ${block.type} blocks` : '';
    for (const name of r.block?.fields ?? []) {
      if (!fields.some((f) => f.name === name)) off(r, name, `the field \`${name}\`${where}`, keep);
    }
    for (const [name, values] of Object.entries(r.values ?? {})) {
      const spec = fields.find((f) => f.name === name);
      if (!spec) continue; // reported above
      for (const v of values) {
        if (!spec.values?.some((c) => c.value === v)) off(r, `${name}: ${v}`, `the choice \`${v}\` of \`${name}\`${where}`, `Keep a choice with \`value: ${v}\` (its label may change).`);
      }
    }
  }
  return out;
}

function capitalFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
