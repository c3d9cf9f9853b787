/** `poc templates`: lists the templates in use and their versions; `poc templates check DIR` checks a folder of tailored ones. */
import { wordsOf } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { cliOutput } from '../../shared/i18n/messages/cli-output.js';
import { localizeTemplate } from '../../shared/template/localize.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { checkTemplateFiles, formatTemplateProblem } from '../../shared/validate/template-check.js';
import { CommandError } from './command.js';
import { readTemplateFiles } from '../templates-dir.js';

/** Human-readable (titles and words in `locale`, English by default) or JSON listing of the templates. */
export function listTemplates(templates: TemplateSet, json: boolean, locale: Locale = DEFAULT_LOCALE): string {
  const t = wordsOf(cliOutput, locale);
  const rows = templates.all().map((t) => ({
    type: t.id,
    version: t.version,
    title: t.title,
    source: t.source,
    origin: t.origin,
    sections: t.sections.length,
    blockTypes: t.blockTypes.map((b) => b.type),
    signoffs: t.signoffs.map((s) => s.role),
  }));
  if (json) return JSON.stringify(rows, null, 2);
  const w = Math.max(...rows.map((r) => r.type.length));
  return rows
    .map((r) => `${r.type.padEnd(w)}  v${r.version}  ${localizeTemplate(templates.get(r.type), locale).title} (${r.source})${r.origin.startsWith('built-in') ? '' : `  ${t('templates.tailored', { origin: r.origin })}`}`)
    .join('\n');
}

/** The report of `poc templates check`: its text and the exit code (1 when there are problems, else 0). */
export interface TemplatesCheckReport {
  text: string;
  exitCode: 0 | 1;
}

/**
 * Checks the tailored templates in `dir` as the plugin does when it loads
 * them (see shared/validate/template-check.ts): each problem on a line of
 * its own, "file:line: what is wrong and how to fix it", then a summary.
 * Throws a CommandError when the folder cannot be read. The summary is in
 * `locale` (English by default); the problems are shared/validate's words.
 */
export async function checkTemplatesFolder(dir: string, locale: Locale = DEFAULT_LOCALE): Promise<TemplatesCheckReport> {
  const t = wordsOf(cliOutput, locale);
  const files = await readTemplateFiles(dir).catch((e: unknown) => {
    throw new CommandError((e as Error).message);
  });
  if (!files.length) return { text: t('templates.noFiles', { dir }), exitCode: 1 };
  const { problems } = checkTemplateFiles(files);
  if (!problems.length) return { text: t('templates.clean', { count: files.length, dir }), exitCode: 0 };
  const unusable = new Set(problems.filter((p) => p.kind === 'unusable').map((p) => p.file)).size;
  const summary = [t('templates.problems', { count: problems.length, dir }), ...(unusable ? [t('templates.unusable', { count: unusable })] : [])].join(' ');
  return { text: [...problems.map(formatTemplateProblem), '', summary].join('\n'), exitCode: 1 };
}
