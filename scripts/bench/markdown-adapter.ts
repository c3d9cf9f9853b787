/**
 * The Markdown mirror as the benchmarks call it: serialize a model, parse
 * the text back. Kept apart so a change in the mirror's API touches one file.
 */
import type { DocModel } from '../../shared/model/types.js';
import type { Template } from '../../shared/template/load.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { parseMarkdown, toMarkdown } from '../../shared/markdown/index.js';

export interface MarkdownCodec {
  serialize(model: DocModel, template: Template): string;
  parse(text: string, templates: TemplateSet): unknown;
}

/** The codec (typed as possibly null so the benchmark can report "n/a" should the mirror be left out). */
export const markdownCodec: MarkdownCodec | null = {
  serialize: (model, template) => toMarkdown(model, template),
  parse: (text, templates) => parseMarkdown(text, templates),
};
