/**
 * Offices bound to where they apply. A person holds an office (a sign-off
 * role such as "head-of-office") through one or more holdings:
 *
 * - `{ role }`: mission-wide; the holder signs for that office on any
 *   document that asks for it;
 * - `{ role, area }`: only documents whose area is that name, so a mission
 *   can say "Head of Office, Sector North". A document's area is the value
 *   of the document-level field its template names with `area:` (the threat
 *   matrix: "office"); names compare trimmed and case-insensitively. A
 *   document type without an `area:` is mission-wide, and a document whose
 *   area field is empty covers no area: neither is signed under an
 *   area-bound holding;
 * - `{ role, docs }`: only those document ids (compared case-insensitively);
 * - `{ role, area, docs }`: both must hold.
 *
 * The server's sign-off check, `GET /api/me`, the plugin's sign-off form and
 * the sign-off panel all decide "may this person sign as this office here"
 * with `inScope`, so they never disagree. The area is read from the content
 * at the moment of signing, on the same read that is signed: an edit of the
 * area field moves the document into another area's scope, and the
 * signature covers that field like any other. A sign-off records the area
 * it was given for (`areaKey`), and counts only while the document covers
 * that area (shared/signoff/latest.ts), so moving a document into one's own
 * area to sign it, and back, leaves nothing standing on it.
 *
 * Stored holdings are JSON in the users' offices column; rows written
 * before holdings existed are plain role strings and read as mission-wide.
 */
import * as z from '../zod.js';
import type { DocModel } from '../model/types.js';
import type { Template } from '../template/load.js';

/** One office a person holds, and where it applies (see the module doc). */
export const OfficeHoldingSchema = z.object({
  role: z.string().check(z.minLength(1)),
  area: z.optional(z.string().check(z.minLength(1))),
  docs: z.optional(z.array(z.string().check(z.minLength(1)))),
});
export type OfficeHolding = z.infer<typeof OfficeHoldingSchema>;

/** What scope is decided on: the document's id and the area it covers (undefined for mission-wide documents). */
export interface ScopedDocument {
  id: string;
  area?: string;
}

const norm = (s: string) => s.trim().toLowerCase();

/** An area as areas compare (trimmed, lower case): what a sign-off records as the area its office was exercised for. */
export function areaKey(area: string): string {
  return norm(area);
}

/** The area a document covers: the trimmed value of the field its template names with `area:`; undefined when the type is mission-wide or the field is empty. */
export function documentArea(model: Pick<DocModel, 'meta'>, template: Pick<Template, 'area'> | undefined): string | undefined {
  if (!template?.area) return undefined;
  const value = model.meta.fields[template.area];
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text || undefined;
}

/** The document as scope sees it, read from its model and template. */
export function scopedDocument(model: Pick<DocModel, 'meta'>, template: Pick<Template, 'area'> | undefined): ScopedDocument {
  const area = documentArea(model, template);
  return { id: model.meta.id, ...(area ? { area } : {}) };
}

/** Whether `holding` applies to `doc`: every constraint it names (area, document ids) holds; no constraint means mission-wide. */
export function holdingApplies(holding: OfficeHolding, doc: ScopedDocument): boolean {
  if (holding.docs && !holding.docs.some((d) => norm(d) === norm(doc.id))) return false;
  if (holding.area !== undefined && (doc.area === undefined || norm(holding.area) !== norm(doc.area))) return false;
  return true;
}

/** Whether someone with `holdings` may sign as `role` on `doc`: one of their holdings of that role applies to it. */
export function inScope(holdings: readonly OfficeHolding[], role: string, doc: ScopedDocument): boolean {
  return holdings.some((h) => h.role === role && holdingApplies(h, doc));
}

/** The roles among `holdings` that apply to `doc`, each once, in the order held. */
export function rolesInScope(holdings: readonly OfficeHolding[], doc: ScopedDocument): string[] {
  return [...new Set(holdings.filter((h) => holdingApplies(h, doc)).map((h) => h.role))];
}

/** The roles held, each once, wherever they apply (what `GET /api/me` lists as `offices` for older clients). */
export function rolesHeld(holdings: readonly OfficeHolding[]): string[] {
  return [...new Set(holdings.map((h) => h.role))];
}

/** Reads stored or sent holdings: plain role strings (the older form) are mission-wide; entries that are neither are dropped. */
export function readHoldings(raw: unknown): OfficeHolding[] {
  if (!Array.isArray(raw)) return [];
  const out: OfficeHolding[] = [];
  for (const item of raw) {
    if (typeof item === 'string') {
      if (item) out.push({ role: item });
      continue;
    }
    const parsed = OfficeHoldingSchema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/**
 * Reads the written form of a holding: `role` (mission-wide) or `role@area`, e.g. `head-of-office@Sector North`;
 * `docs` adds document ids. Returns the holding or a message saying what is wrong.
 */
export function parseHolding(text: string, docs?: readonly string[]): OfficeHolding | { problem: string } {
  const at = text.indexOf('@');
  const role = (at < 0 ? text : text.slice(0, at)).trim();
  const area = at < 0 ? undefined : text.slice(at + 1).trim();
  if (!role) return { problem: `"${text}" names no office: write the office, then optionally "@" and the area, e.g. head-of-office@"Sector North"` };
  if (area === '') return { problem: `"${text}" has "@" but no area after it: write e.g. head-of-office@"Sector North", or just ${role} for the whole mission` };
  const ids = docs?.map((d) => d.trim()).filter(Boolean);
  return { role, ...(area ? { area } : {}), ...(ids?.length ? { docs: ids } : {}) };
}

/** A holding in words, e.g. `head-of-office@Sector North`, `srsg (mission-wide)` or `head-of-office for tm-1, tm-2`. */
export function formatHolding(h: OfficeHolding): string {
  const where = [h.area !== undefined ? `@${h.area}` : '', h.docs?.length ? ` for ${h.docs.join(', ')}` : ''].join('');
  return where ? `${h.role}${where}` : `${h.role} (mission-wide)`;
}

/** The holdings with each role held under a former office name (`aliases`: "unct" → "rc-hc", from the templates' sign-off `aliases`) read as the office it now is; the rest as they are. */
export function currentHoldings(holdings: readonly OfficeHolding[], aliases: ReadonlyMap<string, string>): OfficeHolding[] {
  return holdings.map((h) => (aliases.has(h.role) ? { ...h, role: aliases.get(h.role)! } : h));
}

/** Whether two holdings are the same (same role, same area ignoring case and spaces, same documents). */
export function sameHolding(a: OfficeHolding, b: OfficeHolding): boolean {
  const docs = (h: OfficeHolding) => (h.docs ?? []).map(norm).sort().join('\n');
  return a.role === b.role && norm(a.area ?? '') === norm(b.area ?? '') && docs(a) === docs(b);
}
