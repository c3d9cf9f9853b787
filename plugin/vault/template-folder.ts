/**
 * The templates in use: the built-in ones, replaced type by type by a
 * mission's tailored copies from the templates folder setting. The folder
 * is checked as `poc templates check` checks it (shared/validate/
 * template-check.ts), so the plugin tells a tailor the same things in the
 * same words: YAML mistakes with their line, and rules a template turns off.
 */
import type { App } from 'obsidian';
import { TemplateSet } from '../../shared/template/set.js';
import { checkTemplateFiles, formatTemplateProblem } from '../../shared/validate/template-check.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginVaultWords } from '../../shared/i18n/messages/plugin-vault.js';

const t = uiWords(pluginVaultWords);

/** What loading the templates folder gives: the set to use and what to tell the person. */
export interface LoadedTemplates {
  set: TemplateSet;
  /** One line per problem ("file:line: what is wrong and how to fix it"); empty when all is well. */
  problems: string[];
  /** True when a tailored file could not be used, so the built-in templates are in use instead. */
  fellBack: boolean;
}

/** The template set for a folder of YAML files (empty folder setting: the built-in set), and the problems found. */
export async function loadTemplates(app: App, folder: string): Promise<LoadedTemplates> {
  const builtin = TemplateSet.builtin();
  const dir = folder.trim().replace(/^\/+|\/+$/g, '');
  if (!dir) return { set: builtin, problems: [], fellBack: false };
  const files = app.vault.getFiles().filter((f) => f.path.startsWith(`${dir}/`) && (f.extension === 'yaml' || f.extension === 'yml'));
  if (!files.length) return { set: builtin, problems: [t('templates.empty', { folder: dir })], fellBack: true };
  const sources = await Promise.all(files.map(async (f) => ({ file: f.path, text: await app.vault.cachedRead(f) })));
  const { set, problems } = checkTemplateFiles(sources, builtin);
  return { set, problems: problems.map(formatTemplateProblem), fellBack: problems.some((p) => p.kind === 'unusable') };
}

/** The first line of the notice shown when the templates folder has problems. */
export function templatesNoticeTitle(fellBack: boolean): string {
  return t(fellBack ? 'templates.fellBack' : 'templates.rulesOff');
}
