/**
 * The demo vault's POC documents as Markdown mirror files: each document
 * model laid out by `buildDoc` and written by `toMarkdown`, with
 * cross-links naming the files (as the plugin writes them in a vault).
 */
import { toMarkdown } from '../../shared/markdown/index.js';
import type { DocModel } from '../../shared/model/types.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { actionPlan } from './action-plan.js';
import { buildDoc } from './dsl.js';
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

/** The demo documents (one of each type, and the Sector South threat matrix), rendered with the given templates, with the summary properties the plugin's mirror writes. */
export function renderDemoVault(templates: TemplateSet): DemoFile[] {
  return [strategy, threatMatrix, threatMatrixSouth, actionPlan, operationsBrief, resourcesMatrix, threatAnalysis, protectionMatrix].map((doc) => {
    const template = templates.get(doc.type);
    const model = buildDoc(template, doc);
    return { file: `${DOCS[doc.key].file}.md`, model, markdown: toMarkdown(model, template, { linkTarget: fileOfDocId, summary: true }) };
  });
}
