/**
 * A set of loaded templates, one per document type: the built-in ones,
 * possibly replaced by a mission's tailored copies.
 */
import { BUILTIN_TEMPLATE_SOURCES } from './builtin.js';
import { loadBuiltinTemplate, loadTemplate, type Template, type TemplateError, TemplateLoadError } from './load.js';
import { DOC_TYPES, type DocType } from './template-schema.js';

export class TemplateSet {
  private constructor(private readonly byType: ReadonlyMap<DocType, Template>) {}

  /** The built-in templates; throws only if a built-in template is broken (a bug, caught by tests). */
  static builtin(): TemplateSet {
    if (!cachedBuiltin) {
      const map = new Map<DocType, Template>();
      const errors: TemplateError[] = [];
      for (const type of DOC_TYPES) {
        const r = loadBuiltinTemplate(BUILTIN_TEMPLATE_SOURCES[type], `templates/${type}.yaml`);
        if (r.ok) map.set(type, { ...r.template, origin: `built-in:${type}` });
        else errors.push(...r.errors);
      }
      if (errors.length) throw new TemplateLoadError(errors);
      cachedBuiltin = new TemplateSet(map);
    }
    return cachedBuiltin;
  }

  /**
   * A copy of this set where each given YAML file (a mission's tailored
   * template) replaces the template of its type. Returns every problem
   * found rather than a half-applied set.
   */
  withOverrides(files: ReadonlyArray<{ file: string; text: string }>): { ok: true; set: TemplateSet } | { ok: false; errors: TemplateError[] } {
    const map = new Map(this.byType);
    const errors: TemplateError[] = [];
    for (const f of files) {
      const r = loadTemplate(f.text, f.file);
      if (r.ok) map.set(r.template.id, r.template);
      else errors.push(...r.errors);
    }
    return errors.length ? { ok: false, errors } : { ok: true, set: new TemplateSet(map) };
  }

  /** The template for a document type; throws a RangeError naming the known types if there is none. */
  get(type: string): Template {
    const t = this.byType.get(type as DocType);
    if (!t) throw new RangeError(`Unknown document type "${type}". Known types: ${DOC_TYPES.join(', ')}.`);
    return t;
  }

  /** The template for a document type, or undefined. */
  find(type: string): Template | undefined {
    return this.byType.get(type as DocType);
  }

  /** All templates, in the canonical order of document types. */
  all(): Template[] {
    return DOC_TYPES.flatMap((t) => (this.byType.has(t) ? [this.byType.get(t)!] : []));
  }
}

let cachedBuiltin: TemplateSet | undefined;
