/**
 * Which sign-off of an office counts. Validation, the server's report and
 * the editor's sign-off panel all ask this module, so they never disagree
 * about an office's standing.
 *
 * One person: their latest sign-off counts. A later rejection withdraws an
 * earlier approval, and a later approval replaces an earlier rejection.
 *
 * Several people holding one office (two Heads of Office for one area, an
 * acting one beside the titular one): their records combine by this rule,
 * never by whoever signed last.
 * 1. A rejection stands until it is cleared, by a sign-off that supersedes
 *    it (later, by the order below) and is either an approval by the same
 *    person, or an approval by any holder of a different version (another
 *    content hash: the document was changed after the rejection, and the
 *    new version was approved).
 * 2. An approval by another holder of the same content never clears a
 *    rejection: the colleague's objection was to exactly what is being
 *    approved.
 * 3. While a rejection stands, the office's standing is that rejection (the
 *    latest one standing); otherwise it is the office's latest sign-off.
 *
 * The order ("latest") and its tie rule, for two sign-offs of one office at
 * the same `signedAt` (two officers deciding in the same millisecond):
 * 1. a rejection wins over an approval: the document is sent back rather
 *    than endorsed, the safe reading of a contradiction;
 * 2. otherwise the payload whose canonical JSON sorts last wins, an
 *    arbitrary but total order on the payload alone.
 *
 * Which records count: only those given for the document as it is now. An
 * office is exercised for a document of one type covering one area (an
 * office held for Sector South signs only while the area field says Sector
 * South), and both are the editors' to change. A record whose `docType` is
 * not the document's current type, or whose recorded `area` is not its
 * current area (as areas compare, shared/signoff/offices.ts), does not
 * count: otherwise a holder for another area could flip the area field,
 * sign a rejection, flip it back, and leave a rejection standing on a
 * document outside their remit. Records without an area (mission-wide
 * documents, and records signed before areas were recorded) count as
 * before. Records that do not count are still listed, with the reason.
 *
 * The order in which records arrive does not matter: the Y.Doc's map can
 * list them in a different order on each replica, and validation sees only
 * payloads (no record ids), so the rule uses nothing else.
 *
 * Offices renamed in a template keep their records: a sign-off signed under
 * a name the template now lists as an office's alias (the strategy's "unct",
 * now "rc-hc") counts for that office. Signed records are never rewritten.
 */
import { canonicalJson } from '../hash/canonical.js';
import { translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { sharedSignoffWords } from '../i18n/messages/shared-signoff.js';
import type { DocModel } from '../model/types.js';
import type { Template } from '../template/load.js';
import { areaKey, documentArea } from './offices.js';
import type { SignoffPayload } from './record.js';

/** The document as the standing rule reads it now: its type, and the area it covers (absent when mission-wide or its area field is empty). */
export interface CurrentScope {
  docType: string;
  area?: string;
  /** Former office names and the office each now counts for (the template's sign-off `aliases`: "unct" → "rc-hc"). */
  aliases?: ReadonlyMap<string, string>;
}

/** The scope a document has now, read from its model and template (the area in `areaKey` form, as sign-offs record it), with its template's office aliases. */
export function currentScope(model: Pick<DocModel, 'meta'>, template: (Pick<Template, 'area'> & Partial<Pick<Template, 'signoffs'>>) | undefined): CurrentScope {
  const area = documentArea(model, template);
  const aliases = new Map((template?.signoffs ?? []).flatMap((o) => (o.aliases ?? []).map((a): [string, string] => [a, o.role])));
  return { docType: model.meta.type, ...(area ? { area: areaKey(area) } : {}), ...(aliases.size ? { aliases } : {}) };
}

/** The office a sign-off counts for: its role, or the office that role is now an alias of. */
export function officeOf(p: Pick<SignoffPayload, 'role'>, doc: Pick<CurrentScope, 'aliases'>): string {
  return doc.aliases?.get(p.role) ?? p.role;
}

/** Why a sign-off does not count for the document as it is now, in words for the panel in `locale`; undefined when it counts. */
export function whyNotCounted(p: SignoffPayload, doc: CurrentScope, locale: Locale = 'en'): string | undefined {
  if (p.docType !== doc.docType) return translate(sharedSignoffWords, locale, 'notCounted.type', { was: p.docType, now: doc.docType });
  if (p.area !== undefined && (doc.area === undefined || areaKey(p.area) !== areaKey(doc.area))) {
    return doc.area === undefined ? translate(sharedSignoffWords, locale, 'notCounted.noArea', { was: p.area }) : translate(sharedSignoffWords, locale, 'notCounted.area', { was: p.area, now: doc.area });
  }
  return undefined;
}

/** Whether a sign-off counts for the document as it is now: given for its current type and, when it records an area, its current area. */
export function countsFor(p: SignoffPayload, doc: CurrentScope): boolean {
  return whyNotCounted(p, doc) === undefined;
}

/** Orders sign-offs latest first by the tie rule above: negative when `a` supersedes `b`, zero only for equal payloads. */
export function compareLatestFirst(a: SignoffPayload, b: SignoffPayload): number {
  // ISO timestamps from one server compare as text.
  if (a.signedAt !== b.signedAt) return a.signedAt > b.signedAt ? -1 : 1;
  if (a.decision !== b.decision) return a.decision === 'rejected' ? -1 : 1;
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  return x === y ? 0 : x > y ? -1 : 1;
}

/** Whether `later` clears the rejection `rejection` (rule 1 above): it supersedes it and approves, as the same person or over another version. */
export function clears(later: SignoffPayload, rejection: SignoffPayload): boolean {
  return later.decision === 'approved' && compareLatestFirst(later, rejection) < 0 && (later.user === rejection.user || later.contentHash !== rejection.contentHash);
}

/** The sign-off that gives one office's standing among `items` (all of that office) for the document as it is now (`doc`), by the rules above; undefined when none counts. */
export function officeStanding<T>(items: readonly T[], payloadOf: (item: T) => SignoffPayload, doc: CurrentScope): T | undefined {
  const sorted = items.filter((item) => countsFor(payloadOf(item), doc)).sort((a, b) => compareLatestFirst(payloadOf(a), payloadOf(b)));
  const standing = sorted.find((item) => {
    const p = payloadOf(item);
    return p.decision === 'rejected' && !sorted.some((other) => clears(payloadOf(other), p));
  });
  return standing ?? sorted[0];
}

/** Each office's standing sign-off (by `officeStanding`) for the document as it is now (`doc`), keyed by role (a record under an alias counts for its office: `officeOf`); offices with no record that counts are absent. `payloadOf` reads the payload of an item. */
export function latestPerOffice<T>(items: readonly T[], payloadOf: (item: T) => SignoffPayload, doc: CurrentScope): Map<string, T> {
  const byRole = new Map<string, T[]>();
  for (const item of items) {
    if (!countsFor(payloadOf(item), doc)) continue;
    const role = officeOf(payloadOf(item), doc);
    byRole.set(role, [...(byRole.get(role) ?? []), item]);
  }
  const standing = new Map<string, T>();
  for (const [role, list] of byRole) standing.set(role, officeStanding(list, payloadOf, doc)!);
  return standing;
}
