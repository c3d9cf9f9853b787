/** `poc templates`: lists the templates in use and their versions; `poc templates check DIR` checks a folder of tailored ones. */
import type { TemplateSet } from '../../shared/template/set.js';
import { checkTemplateFiles, formatTemplateProblem } from '../../shared/validate/template-check.js';
import { plural } from '../../shared/words.js';
import { CommandError } from './command.js';
import { readTemplateFiles } from '../templates-dir.js';

/** Human-readable or JSON listing of the templates. */
export function listTemplates(templates: TemplateSet, json: boolean): string {
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
    .map((r) => `${r.type.padEnd(w)}  v${r.version}  ${r.title} (${r.source})${r.origin.startsWith('built-in') ? '' : `  [tailored: ${r.origin}]`}`)
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
 * Throws a CommandError when the folder cannot be read.
 */
export async function checkTemplatesFolder(dir: string): Promise<TemplatesCheckReport> {
  const files = await readTemplateFiles(dir).catch((e: unknown) => {
    throw new CommandError((e as Error).message);
  });
  if (!files.length) return { text: `The folder "${dir}" holds no .yaml files: there are no tailored templates to check, and the built-in ones would be used.`, exitCode: 1 };
  const { problems } = checkTemplateFiles(files);
  if (!problems.length) return { text: `${plural(files.length, 'tailored template')} in "${dir}": no problems; every rule finds the names it reads.`, exitCode: 0 };
  const unusable = new Set(problems.filter((p) => p.kind === 'unusable').map((p) => p.file)).size;
  const summary = [
    `${plural(problems.length, 'problem')} in the tailored templates of "${dir}".`,
    unusable ? ` ${plural(unusable, 'file')} cannot be used until fixed.` : '',
  ].join('');
  return { text: [...problems.map(formatTemplateProblem), '', summary].join('\n'), exitCode: 1 };
}
