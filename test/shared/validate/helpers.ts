// Shared set-up for the validation tests: built-in templates, a fixed "today", and short ways to run and filter validation.
import type { DocModel } from '../../../shared/model/types.js';
import type { SignoffPayload } from '../../../shared/signoff/record.js';
import type { Template } from '../../../shared/template/load.js';
import type { DocType } from '../../../shared/template/template-schema.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { type Diagnostic, validate, type ValidationContext } from '../../../shared/validate/index.js';
import { filledModel, type ModelBuilder } from '../../support/build-model.js';

export const TODAY = '2026-06-15';

/** The built-in template of a document type. */
export function template(type: DocType): Template {
  return TemplateSet.builtin().get(type);
}

/** A fully filled, valid model of a type, dated today. */
export function filled(type: DocType): ModelBuilder {
  return filledModel(template(type), TODAY);
}

/** Validates a model against the built-in template of its type, today being TODAY unless the context says otherwise. */
export function check(model: DocModel, context: Partial<ValidationContext> = {}, t: Template = template(model.meta.type)): Diagnostic[] {
  return validate(model, t, { today: TODAY, ...context });
}

/** The diagnostics with a rule code. */
export function withCode(list: readonly Diagnostic[], code: string): Diagnostic[] {
  return list.filter((d) => d.code === code);
}

/** Errors and warnings only (info diagnostics such as threat risk are left out). */
export function problems(list: readonly Diagnostic[]): Diagnostic[] {
  return list.filter((d) => d.severity !== 'info');
}

/** A verified sign-off payload for the example strategy. */
export const signoff = (role: string, decision: 'approved' | 'rejected' = 'approved', signedAt = '2026-06-01T10:00:00Z'): SignoffPayload => ({
  docId: 'strategy-demo',
  docType: 'strategy',
  templateVersion: 1,
  role,
  user: role,
  userName: `The ${role}`,
  decision,
  comment: '',
  contentHash: `sha256:${'0'.repeat(64)}`,
  signedAt,
});
