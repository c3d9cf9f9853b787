/**
 * The administration pages' words: an office held for a scope ("Head of
 * Office — Sector North"), how a person comes by their access to a document
 * ("Commenter — through Sector North POC working group"), a moment as
 * "3 hours ago", and an audit kind as a phrase. Pure functions, so the pages
 * only draw and the words can be read in one place.
 */
import type { AccessLevel } from '../../shared/access-levels.js';
import type { AccessSource } from '../../shared/api/people.js';
import type { OfficeHolding } from '../../shared/signoff/offices.js';

/** An access level with a capital, as a label: "Editor". */
export function levelWord(level: AccessLevel): string {
  return level.charAt(0).toUpperCase() + level.slice(1);
}

/** Where a holding applies, in words: "whole mission", "Sector North", "documents tm-1, tm-2", or both area and documents. */
export function scopeWords(h: OfficeHolding): string {
  const parts: string[] = [];
  if (h.area !== undefined) parts.push(h.area);
  if (h.docs?.length) parts.push(`document${h.docs.length === 1 ? '' : 's'} ${h.docs.join(', ')}`);
  return parts.length ? parts.join(', ') : 'whole mission';
}

/** A holding in words with the office's label when it is known: "Head of Office — Sector North". */
export function holdingWords(h: OfficeHolding, roleLabel: (role: string) => string = (r) => r): string {
  return `${roleLabel(h.role)} — ${scopeWords(h)}`;
}

/** One source of a person's access in words: "Editor — own grant", "Commenter — through Sector North POC working group", "Owner — every document". */
export function sourceWords(s: AccessSource): string {
  const where = s.scope === 'all-documents' ? 'every document' : '';
  const how = s.team ? `through ${s.team.name}` : s.scope === 'all-documents' ? '' : 'own grant';
  return `${levelWord(s.access)} — ${[where, how].filter(Boolean).join(', ')}`;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** How long ago a moment was, in the person's language ("3 hours ago", "yesterday"); "just now" under a minute; "never" for null. */
export function relativeWords(iso: string | null, now: Date, locale?: string): string {
  if (!iso) return 'never';
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  const seconds = (then.getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return 'just now';
}

/** An audit kind as a phrase: "team-member-added" → "Team member added". */
export function kindWords(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An audit entry's details in one line ("access: editor, team: sector-north"), for the table. */
export function detailWords(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
}
