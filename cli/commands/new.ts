/** `poc new <type> <file.md> [--lang fr]`: writes a new, empty document from a template, in English or another language. */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { translate } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { cliOutput } from '../../shared/i18n/messages/cli-output.js';
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
  /** The language of the confirmation and refusals (the CLI's); English when absent. */
  messages?: Locale;
  today: string;
}

/** Creates the file and returns a one-line confirmation; throws an Error a person can act on. */
export async function newDocument(templates: TemplateSet, type: string, file: string, opts: NewOptions): Promise<string> {
  const words = opts.messages ?? DEFAULT_LOCALE;
  if (!(DOC_TYPES as readonly string[]).includes(type)) throw new Error(translate(cliOutput, words, 'new.unknownType', { type, types: DOC_TYPES.join(', ') }));
  if (!file.endsWith('.md')) throw new Error(translate(cliOutput, words, 'new.notMarkdown', { file }));
  if (!opts.force) {
    const exists = await access(file).then(
      () => true,
      () => false,
    );
    if (exists) throw new Error(translate(cliOutput, words, 'new.exists', { file }));
  }
  const template = templates.get(type);
  const id = opts.id ?? newDocumentId(type as DocType, opts.today);
  // English is recorded by saying nothing, as in every document written before languages existed.
  const lang = opts.lang && opts.lang !== DEFAULT_LOCALE ? opts.lang : undefined;
  const title = opts.title ?? `${localizeTemplate(template, opts.lang ?? DEFAULT_LOCALE).title} — ${basename(file, '.md')}`;
  const { model } = toModel(createDocument(template, { id, title, created: opts.today, ...(lang ? { lang } : {}) }), templates);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, toMarkdown(model, template));
  return translate(cliOutput, words, 'new.created', { template: localizeTemplate(template, words).title, title, id, file });
}
