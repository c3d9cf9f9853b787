/**
 * HTML written safely: `html` is a tagged template whose every
 * interpolated value is escaped unless it is itself `html` (or a list of
 * them), so text a person typed can never become markup in the PDF's page.
 */

/** Markup made by `html`, safe to put into more markup as is. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` escaped for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Part = SafeHtml | string | number | undefined | false | null | readonly Part[];

function render(v: Part): string {
  if (v === undefined || v === null || v === false) return '';
  if (v instanceof SafeHtml) return v.markup;
  if (Array.isArray(v)) return (v as readonly Part[]).map(render).join('');
  return escapeHtml(String(v as string | number));
}

/** Markup from a template: the literal parts as written, every value escaped (false, null and undefined write nothing). */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return new SafeHtml(out);
}

/** Markup trusted as is (a stylesheet of ours); never for text from a document. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
