/**
 * The offices a person or a team may hold: the sign-off roles of the
 * built-in templates, each once, with its label ("Head of Office"). The
 * templates are fetched on first use only (a dynamic import), so the
 * administration's first page stays small over a poor connection.
 */

/** One office: its role id and the label the templates give it. */
export interface OfficeRole {
  role: string;
  label: string;
}

let loading: Promise<OfficeRole[]> | undefined;

/** The offices of the built-in templates, by label (loaded once). */
export function officeRoles(): Promise<OfficeRole[]> {
  loading ??= import('../../shared/template/set.js').then(({ TemplateSet }) => {
    const byRole = new Map<string, string>();
    for (const t of TemplateSet.builtin().all()) for (const s of t.signoffs) if (!byRole.has(s.role)) byRole.set(s.role, s.label);
    return [...byRole].map(([role, label]) => ({ role, label })).sort((a, b) => a.label.localeCompare(b.label));
  });
  return loading;
}

/** A function naming a role by its label, falling back to the role id for an office no template knows. */
export function labeller(roles: readonly OfficeRole[]): (role: string) => string {
  const labels = new Map(roles.map((r) => [r.role, r.label]));
  return (role) => labels.get(role) ?? role;
}
