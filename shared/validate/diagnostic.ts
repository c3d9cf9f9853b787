/**
 * A diagnostic: one finding of validation, in words a drafting officer
 * understands, with a stable code for tools and a location to jump to.
 */
import type { Location } from '../model/location.js';

export type Severity = 'error' | 'warning' | 'info';


export interface Diagnostic {
  severity: Severity;
  /** Stable rule code, e.g. "required-section", "threat-high-risk-response". */
  code: string;
  /** Plain-language message saying what is wrong and what to do. */
  message: string;
  location: Location;
  /** The other document a cross-document link finding is about, so tools can tell which document it concerns without reading the message. */
  targetDoc?: string;
}

// One collator for every comparison: `localeCompare` with options builds a new one per call, which dominated validation of large documents.
const blockOrder = new Intl.Collator('en', { numeric: true });

/** How block ids compare when diagnostics are sorted ("T-2" before "T-10"). @internal */
export function compareBlockIds(a: string, b: string): number {
  return blockOrder.compare(a, b);
}

/** Orders diagnostics by severity (errors first), then by location, for stable display. */
export function sortDiagnostics(list: readonly Diagnostic[], sectionOrder: readonly string[] = []): Diagnostic[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const index = new Map<string, number>();
  sectionOrder.forEach((s, i) => index.has(s) || index.set(s, i));
  const pos = (s?: string) => (s === undefined ? -1 : (index.get(s) ?? -1));
  return [...list].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      pos(a.location.section) - pos(b.location.section) ||
      blockOrder.compare(a.location.block ?? '', b.location.block ?? '') ||
      a.code.localeCompare(b.code),
  );
}
