/**
 * The built-in templates, bundled as text so the domain needs no file
 * system: their YAML source under Vite (the tests), their JSON form in the
 * esbuild bundles (scripts/templates-as-json.mjs), which loadBuiltinTemplate
 * reads without a YAML parse. Missions add tailored copies through
 * `TemplateSet.withOverrides`.
 */
import actionPlan from '../../templates/action-plan.yaml?raw';
import operationsBrief from '../../templates/operations-brief.yaml?raw';
import protectionMatrix from '../../templates/protection-matrix.yaml?raw';
import resourcesMatrix from '../../templates/resources-matrix.yaml?raw';
import strategy from '../../templates/strategy.yaml?raw';
import threatAnalysis from '../../templates/threat-analysis.yaml?raw';
import threatMatrix from '../../templates/threat-matrix.yaml?raw';
import { type DocType } from './template-schema.js';

/** The text of each built-in template (YAML source, or its JSON form in a bundle), by document type. */
export const BUILTIN_TEMPLATE_SOURCES: Readonly<Record<DocType, string>> = {
  strategy,
  'action-plan': actionPlan,
  'threat-matrix': threatMatrix,
  'operations-brief': operationsBrief,
  'resources-matrix': resourcesMatrix,
  'threat-analysis': threatAnalysis,
  'protection-matrix': protectionMatrix,
};
