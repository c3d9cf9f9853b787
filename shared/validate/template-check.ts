/**
 * Checking a mission's tailored templates, as `poc templates check DIR` and
 * the plugin (when it loads the templates folder) both do, with the same
 * words: each file must load (YAML and template errors with file, line and
 * how to fix them, see load.ts and yaml-errors.ts), and must keep every name
 * the validation rules read (template-reads.ts), else those rules are off.
 */
import { loadTemplate } from '../template/load.js';
import { TemplateSet } from '../template/set.js';
import { missingReads } from './template-reads.js';

/** One problem with a tailored template file. */
export interface TemplateProblem {
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** "unusable": the file cannot be used at all (the built-in templates stay in use); "rules-off": it is used, but some rules cannot run on it. */
  kind: 'unusable' | 'rules-off';
  /** What is wrong and how to fix it, in plain words (without the file and line). */
  message: string;
}

/** The outcome of checking a folder of tailored templates. */
export interface TemplateCheck {
  /** The templates to use: `base` with the tailored files, or `base` alone when a file cannot be used. */
  set: TemplateSet;
  /** Every problem found, file by file in the order given; empty when all is well. */
  problems: TemplateProblem[];
}

/** The last part of a path ("Templates/POC/threat-matrix.yaml" → "threat-matrix.yaml"). */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Checks tailored template files (`file` is shown in messages, `text` is
 * the YAML) against `base` (the built-in templates by default). Never
 * throws: every problem is returned, and `set` is always usable.
 */
export function checkTemplateFiles(files: ReadonlyArray<{ file: string; text: string }>, base: TemplateSet = TemplateSet.builtin()): TemplateCheck {
  const problems: TemplateProblem[] = [];
  for (const f of files) {
    const r = loadTemplate(f.text, f.file);
    if (!r.ok) {
      for (const e of r.errors) problems.push({ file: f.file, ...(e.line ? { line: e.line } : {}), kind: 'unusable', message: `${e.path ? `${e.path}: ` : ''}${e.message}` });
      continue;
    }
    for (const m of missingReads(r.template, fileName(f.file))) problems.push({ file: f.file, kind: 'rules-off', message: m.message });
  }
  const loaded = base.withOverrides(files);
  return { set: loaded.ok ? loaded.set : base, problems };
}

/** A problem as one line: "file:line: message". */
export function formatTemplateProblem(p: TemplateProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}
