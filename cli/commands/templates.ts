/** `poc templates`: lists the templates in use and their versions. */
import type { TemplateSet } from '../../shared/template/set.js';

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
