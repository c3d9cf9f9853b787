/**
 * Section titles in the document's language. A template section's title is
 * the template's, stored in English in the model (so that a document has the
 * same content, hash and sign-offs in every language); the mirror writes it
 * in the document's language and reads it back in any language of the
 * template. A title a person changed is the document's own and is kept as
 * written, in any language.
 */
import type { Locale } from '../i18n/locale.js';
import type { Section } from '../model/types.js';
import type { Template } from '../template/load.js';
import { inEveryLanguage, localizeTemplate } from '../template/localize.js';

/** Whether `title` is the title of the template section `id` in some language of the template. */
function isTemplateTitle(template: Template, id: string, title: string): boolean {
  return inEveryLanguage(template).some((t) => t.sections.find((s) => s.id === id)?.title === title);
}

/** The title a section's heading shows in `locale`: the template's title in that language, or the section's own. */
export function sectionHeadingTitle(section: Pick<Section, 'id' | 'title'>, template: Template, locale: Locale): string {
  if (!isTemplateTitle(template, section.id, section.title)) return section.title;
  return localizeTemplate(template, locale).sections.find((s) => s.id === section.id)?.title ?? section.title;
}

/** The title a heading's title is kept as in the model: the template's (English) title when it is that title in any language, else as written. */
export function sectionModelTitle(id: string, title: string, template: Template): string {
  return isTemplateTitle(template, id, title) ? (template.sections.find((s) => s.id === id)?.title ?? title) : title;
}
