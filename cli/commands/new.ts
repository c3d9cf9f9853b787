/** `poc new <type> <file.md> [--lang fr]`: writes a new, empty document from a template, in English or another language. */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { toMarkdown } from '../../shared/markdown/index.js';
import { newDocumentId } from '../../shared/model/ids.js';
import { DOC_TYPES, type DocType } from '../../shared/template/template-schema.js';
import { localizeTemplate } from '../../shared/template/localize.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { createDocument, toModel } from '../../shared/ydoc/layout.js';

export interface NewOptions {
  title?: string;
  force?: boolean;
  id?: string;
  /** The document's language: its headings, labels and default title; English when absent. */
  lang?: Locale;
  today: string;
}

/** Creates the file and returns a one-line confirmation; throws an Error a person can act on. */
export async function newDocument(templates: TemplateSet, type: string, file: string, opts: NewOptions): Promise<string> {
  if (!(DOC_TYPES as readonly string[]).includes(type)) throw new Error(`Unknown document type "${type}". Choose one of: ${DOC_TYPES.join(', ')}.`);
  if (!file.endsWith('.md')) throw new Error(`"${file}" should end in .md: POC documents are Markdown files.`);
  if (!opts.force) {
    const exists = await access(file).then(
      () => true,
      () => false,
    );
    if (exists) throw new Error(`"${file}" already exists; choose another name or pass --force to replace it.`);
  }
  const template = templates.get(type);
  const id = opts.id ?? newDocumentId(type as DocType, opts.today);
  // English is recorded by saying nothing, as in every document written before languages existed.
  const lang = opts.lang && opts.lang !== DEFAULT_LOCALE ? opts.lang : undefined;
  const title = opts.title ?? `${localizeTemplate(template, opts.lang ?? DEFAULT_LOCALE).title} — ${basename(file, '.md')}`;
  const { model } = toModel(createDocument(template, { id, title, created: opts.today, ...(lang ? { lang } : {}) }), templates);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, toMarkdown(model, template));
  return `Created ${template.title} "${title}" (id ${id}) in ${file}`;
}
