/**
 * The demo vault's POC documents as Markdown mirror files: each document
 * model laid out by `buildDoc` and written by `toMarkdown`, with
 * cross-links naming the files (as the plugin writes them in a vault).
 */
import { toMarkdown } from '../../shared/markdown/index.js';
import type { DocModel } from '../../shared/model/types.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { actionPlan } from './action-plan.js';
import { buildDoc, type DocInput } from './dsl.js';
import { buildFrenchDoc, fileOfFrenchDocId, FRENCH_DOCS, FRENCH_FOLDER } from './french.js';
import { FRENCH as actionPlanFr } from './fr/action-plan.js';
import { FRENCH as operationsBriefFr } from './fr/operations-brief.js';
import { FRENCH as protectionMatrixFr } from './fr/protection-matrix.js';
import { FRENCH as resourcesMatrixFr } from './fr/resources-matrix.js';
import { FRENCH as strategyFr } from './fr/strategy.js';
import { FRENCH as threatAnalysisFr } from './fr/threat-analysis.js';
import { FRENCH as threatMatrixFr } from './fr/threat-matrix.js';
import { FRENCH as threatMatrixSouthFr } from './fr/threat-matrix-south.js';
import { DOCS, fileOfDocId } from './mission.js';
import { operationsBrief } from './operations-brief.js';
import { protectionMatrix } from './protection-matrix.js';
import { resourcesMatrix } from './resources-matrix.js';
import { strategy } from './strategy.js';
import { threatAnalysis } from './threat-analysis.js';
import { threatMatrix } from './threat-matrix.js';
import { threatMatrixSouth } from './threat-matrix-south.js';

/** A demo document: its file name (with `.md`), its model and its Markdown. */
export interface DemoFile {
  file: string;
  model: DocModel;
  markdown: string;
}

/** The French counterparts of the demo documents (french.ts), with the French of their prose. */
const FRENCH: ReadonlyArray<[DocInput, Readonly<Record<string, string>>]> = [
  [strategy, strategyFr],
  [threatMatrix, threatMatrixFr],
  [threatMatrixSouth, threatMatrixSouthFr],
  [actionPlan, actionPlanFr],
  [operationsBrief, operationsBriefFr],
  [resourcesMatrix, resourcesMatrixFr],
  [threatAnalysis, threatAnalysisFr],
  [protectionMatrix, protectionMatrixFr],
];

/**
 * The demo documents (one of each type, and the Sector South threat matrix), rendered with the given templates, with
 * the summary properties the plugin's mirror writes; then their French counterparts, in the "Français" folder.
 */
export function renderDemoVault(templates: TemplateSet): DemoFile[] {
  const english = [strategy, threatMatrix, threatMatrixSouth, actionPlan, operationsBrief, resourcesMatrix, threatAnalysis, protectionMatrix].map((doc) => {
    const template = templates.get(doc.type);
    const model = buildDoc(template, doc);
    return { file: `${DOCS[doc.key].file}.md`, model, markdown: toMarkdown(model, template, { linkTarget: fileOfDocId, summary: true }) };
  });
  const inFrench = new Set(FRENCH.map(([doc]) => doc.key));
  // A link to a document not yet in French leads to the English one.
  const linkTarget = (docId: string) => fileOfFrenchDocId(docId) ?? fileOfDocId(docId);
  const french = FRENCH.map(([doc, words]) => {
    const template = templates.get(doc.type);
    const model = buildFrenchDoc(template, doc, words, inFrench);
    return { file: `${FRENCH_FOLDER}/${FRENCH_DOCS[doc.key].file}.md`, model, markdown: toMarkdown(model, template, { linkTarget, summary: true }) };
  });
  return [...english, ...french];
}
