/**
 * The administration pages' words: an office held for a scope ("Head of
 * Office — Sector North"), how a person comes by their access to a document
 * ("Commenter — through Sector North POC working group"), a moment as
 * "3 hours ago", and an audit kind as a phrase, in the interface language.
 * Pure functions, so the pages only draw and the words can be read in one place.
 */
import type { AccessLevel } from '../../shared/access-levels.js';
import type { AccessSource } from '../../shared/api/people.js';
import type { AuditKind } from '../../shared/api/audit-kinds.js';
import type { OfficeHolding } from '../../shared/signoff/offices.js';
import { translate } from '../../shared/i18n/catalogue.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { intlLocale, type Locale } from '../../shared/i18n/locale.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';
import { webAuditKinds } from '../../shared/i18n/messages/web-audit-kinds.js';

const t = uiWords(webAdmin);

/** An access level with a capital, as a label: "Editor". */
export function levelWord(level: AccessLevel): string {
  return t(`level.${level}`);
}

/** Where a holding applies, in words: "whole mission", "Sector North", "documents tm-1, tm-2", or both area and documents. */
export function scopeWords(h: OfficeHolding): string {
  const documents = h.docs?.length ? t('scope.documents', { count: h.docs.length, ids: h.docs.join(', ') }) : undefined;
  if (h.area !== undefined && documents) return t('scope.areaAndDocuments', { area: h.area, documents });
  return h.area ?? documents ?? t('scope.wholeMission');
}

/** A holding in words with the office's label when it is known: "Head of Office — Sector North". */
export function holdingWords(h: OfficeHolding, roleLabel: (role: string) => string = (r) => r): string {
  return t('holding', { office: roleLabel(h.role), scope: scopeWords(h) });
}

/** One source of a person's access in words: "Editor — own grant", "Commenter — through Sector North POC working group", "Owner — every document". */
export function sourceWords(s: AccessSource): string {
  const level = levelWord(s.access);
  if (s.scope === 'all-documents') return s.team ? t('source.everyDocumentTeam', { level, team: s.team.name }) : t('source.everyDocument', { level });
  return s.team ? t('source.team', { level, team: s.team.name }) : t('source.own', { level });
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** How long ago a moment was, in `locale` (the interface language by default): "3 hours ago", "yesterday"; "just now" under a minute; "never" for null. */
export function relativeWords(iso: string | null, now: Date, locale: Locale = interfaceLocale()): string {
  if (!iso) return translate(webAdmin, locale, 'time.never');
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  const seconds = (then.getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' });
  for (const [unit, size] of UNITS) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return translate(webAdmin, locale, 'time.justNow');
}

/** An audit kind as a phrase: "team-member-added" → "Team member added" ("Membre ajouté à une équipe"); a kind the catalogue lacks, from its id. */
export function kindWords(kind: string): string {
  const key = `kind.${kind}`;
  if (key in webAuditKinds.messages.en) return translate(webAuditKinds, interfaceLocale(), key as `kind.${AuditKind}`);
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An audit entry's details in one line ("access: editor, team: sector-north"), for the table. */
export function detailWords(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
}
