/**
 * Document model → Markdown mirror: frontmatter (frontmatter.ts), the
 * `# Title`, then each section as a heading `## <id> · <title>` (one `#`
 * more per template level, at most six) followed by its content: rich text
 * (flow.ts) and typed blocks as callouts (block.ts), separated by blank
 * lines. `parseMarkdown` reads the result back to an equal model when the
 * model is in normal form (see the README in this folder).
 */
import type { DocModel, RichBlock } from '../model/types.js';
import type { Template } from '../template/load.js';
import { blockToMarkdown } from './block.js';
import { richTextToChunks } from './flow.js';
import { metaToFrontmatter } from './frontmatter.js';
import { plainToMarkdown, type LinkWriter } from './inline.js';
import { type LinkOptions, writeLink } from './links.js';
import { SECTION_SEPARATOR } from './parse.js';

/** Options for writing a mirror file. */
export type MarkdownOptions = Pick<LinkOptions, 'linkTarget'>;

/** Writes a document model as its Markdown mirror, following `template` for labels, levels and field order. */
export function toMarkdown(model: DocModel, template: Template, opts: MarkdownOptions = {}): string {
  const write: LinkWriter = (link) => writeLink(link, model.meta.id, opts);
  const chunks: string[] = [metaToFrontmatter(model.meta, template, opts)];
  const title = plainToMarkdown(model.meta.title, 'heading');
  chunks.push(title ? `# ${title}` : '#');
  for (const section of model.sections) {
    const level = template.sections.find((s) => s.id === section.id)?.level ?? 1;
    const heading = plainToMarkdown(`${section.id}${SECTION_SEPARATOR}${section.title}`, 'heading');
    chunks.push(`${'#'.repeat(Math.min(6, level + 1))} ${heading}`);
    let rich: RichBlock[] = [];
    const flush = () => {
      if (rich.length) chunks.push(...richTextToChunks(rich, write));
      rich = [];
    };
    for (const item of section.content) {
      if (item.t === 'block') {
        flush();
        chunks.push(blockToMarkdown(item, template, write));
      } else rich.push(item);
    }
    flush();
  }
  return `${chunks.join('\n\n')}\n`;
}
