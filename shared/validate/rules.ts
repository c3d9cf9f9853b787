/**
 * The list of validation rules, in the order they run. `validate` runs each
 * as it is; the incremental `Validator` runs the same list and, for the rules
 * with a part about one block alone (the generic rules, the threat rows),
 * passes a `PerBlock` hook that remembers that part per block (see
 * incremental.ts). A rule, or a part of one, is written once and both run it.
 * The order matters: ties in the diagnostics' sort come out in this order.
 */
import type { Template } from '../template/load.js';
import { checkAcrossDocuments } from './across-documents.js';
import { checkActionPlan } from './action-plan.js';
import { checkBriefVersion1 } from './brief-version-1.js';
import { checkConsultation } from './consultation.js';
import { checkConsultationTiming } from './consultation-timing.js';
import { checkDissemination } from './dissemination.js';
import { checkContentProblems, checkGeneric } from './generic.js';
import { checkLinks } from './link-rules.js';
import { checkUnfinishedLinks } from './unfinished-link.js';
import { checkOperationsBrief } from './operations-brief.js';
import { checkProtectionMatrix } from './protection-matrix.js';
import { checkResourcesMatrix } from './resources-matrix.js';
import type { RuleInput } from './rule-input.js';
import { checkApprovedStatus, checkSignoffs } from './signoff-rules.js';
import { checkStrategy } from './strategy.js';
import { checkThreatAnalysis } from './threat-analysis.js';
import { checkThreatMatrix } from './threat-matrix.js';

/** A check that appends what it finds to `input.out`. */
export type Check = (input: RuleInput) => void;

/** Rules specific to one document type. NEW_DOC_TYPE_EDIT_REQUIRED: add the new type's rules here. @internal */
// NEW_BLOCK_TYPE_EDIT_REQUIRED: a block type with rules of its own: name it in a constant (as THREAT_BLOCK in risk.ts) and call its rules from its document type's check here.
export const TYPE_RULES: Record<Template['id'], Check> = {
  strategy: checkStrategy,
  'action-plan': checkActionPlan,
  'threat-matrix': checkThreatMatrix,
  'operations-brief': (input) => {
    checkOperationsBrief(input);
    checkBriefVersion1(input);
  },
  'resources-matrix': checkResourcesMatrix,
  'threat-analysis': checkThreatAnalysis,
  'protection-matrix': checkProtectionMatrix,
};

/** Every rule, in the order both validators run them. NEW_RULE_EDIT_REQUIRED: add a new rule here, and nowhere else. @internal */
export const RULES = [
  { id: 'content-problems', check: checkContentProblems },
  { id: 'generic', check: checkGeneric },
  { id: 'links', check: checkLinks },
  { id: 'unfinished-links', check: checkUnfinishedLinks },
  { id: 'consultation', check: checkConsultation },
  { id: 'consultation-timing', check: checkConsultationTiming },
  { id: 'signoffs', check: checkSignoffs },
  { id: 'approved-status', check: checkApprovedStatus },
  { id: 'dissemination', check: checkDissemination },
  { id: 'document-type', check: (input: RuleInput) => TYPE_RULES[input.template.id]?.(input) },
  { id: 'across-documents', check: checkAcrossDocuments },
] as const satisfies ReadonlyArray<{ id: string; check: Check }>;

/** The name of one entry of `RULES`. @internal */
export type RuleId = (typeof RULES)[number]['id'];
