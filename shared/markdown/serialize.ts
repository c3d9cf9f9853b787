/**
 * Document model → Markdown mirror: frontmatter (frontmatter.ts), the
 * `# Title`, the content of the preamble section (text that came before the
 * first section heading) without a heading, then each section as a heading
 * `## <id> · <title>` (one `#` more per template level, at most six; a
 * section the template does not define is level 1) followed by its
 * content: rich text (flow.ts) and typed blocks as callouts (block.ts),
 * separated by blank lines. Headings of the template's sections, labels and
 * choices are in the document's language (`meta.lang`, section-titles.ts).
 * `parseMarkdown` reads the result back to an equal model when the
 * model is in normal form (see the README in this folder).
 *
 * Comments (the Y.Doc's `comments` root, shared/ydoc/comments.ts) are not in
 * the mirror, not even as a count: a review discussion can be sensitive, the
 * file travels further than the document's access list, and a count would
 * change the file at every remark. It is read where it is written, in the
 * comments panel.
 */
import { type DocModel, PREAMBLE_SECTION_ID, type RichBlock, type SectionItem } from '../model/types.js';
import { documentLocale } from '../model/document-locale.js';
import type { Template } from '../template/load.js';
import { sectionHeadingTitle } from './section-titles.js';
import { blockToMarkdown } from './block.js';
import { richTextToChunks } from './flow.js';
import { metaToFrontmatter } from './frontmatter.js';
import { plainToMarkdown, type LinkWriter } from './inline.js';
import { type LinkOptions, writeLink } from './mirror-links.js';
import { SECTION_SEPARATOR } from './parse.js';
import { summaryProperties } from './summary.js';

/** Options for writing a mirror file. */
export type MarkdownOptions = Pick<LinkOptions, 'linkTarget'> & {
  /** Write the summary properties (summary.ts) for Bases and Dataview: the plugin's mirror and the demo vault do. */
  summary?: boolean;
};

/** Writes a document model as its Markdown mirror, following `template` for labels, levels and field order. */
export function toMarkdown(model: DocModel, template: Template, opts: MarkdownOptions = {}): string {
  const write: LinkWriter = (link) => writeLink(link, model.meta.id, opts);
  const locale = documentLocale(model.meta);
  const chunks: string[] = [metaToFrontmatter(model.meta, template, opts, opts.summary ? summaryProperties(model, template) : {})];
  const title = plainToMarkdown(model.meta.title, 'heading');
  chunks.push(title ? `# ${title}` : '#');
  const content = (items: readonly SectionItem[]) => {
    let rich: RichBlock[] = [];
    const flush = () => {
      if (rich.length) chunks.push(...richTextToChunks(rich, write));
      rich = [];
    };
    for (const item of items) {
      if (item.t === 'block') {
        flush();
        chunks.push(blockToMarkdown(item, template, write, locale));
      } else rich.push(item);
    }
    flush();
  };
  // The preamble can only be written before the first heading: one a client put elsewhere moves there.
  content(model.sections.flatMap((s) => (s.id === PREAMBLE_SECTION_ID ? s.content : [])));
  for (const section of model.sections) {
    if (section.id === PREAMBLE_SECTION_ID) continue;
    const level = template.sections.find((s) => s.id === section.id)?.level ?? 1;
    const heading = plainToMarkdown(`${section.id}${SECTION_SEPARATOR}${sectionHeadingTitle(section, template, locale)}`, 'heading');
    chunks.push(`${'#'.repeat(Math.min(6, level + 1))} ${heading}`);
    content(section.content);
  }
  return `${chunks.join('\n\n')}\n`;
}
