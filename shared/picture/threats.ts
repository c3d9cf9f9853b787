/**
 * The threats of every threat matrix ranked together, for the mission
 * picture: one list across sectors, ranked by the same key each matrix
 * ranks its own rows by (shared/validate/risk.ts: priority threats first,
 * then risk, then imminence), document order breaking ties. Each threat
 * carries what it is filtered by (sector, tier, phase, type, imminence),
 * and filtering is a pure function, so the plugin's dashboard and the web
 * workspace filter alike.
 */
import { translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { sharedPictureWords } from '../i18n/messages/shared-picture.js';
import { blockTitleOf } from '../template/block-title.js';
import { documentArea } from '../signoff/offices.js';
import { blocksOfType, indexModel } from '../validate/model-index.js';
import { isRating, priorityImpactOf, rankThreats, riskBand, type RiskBand, THREAT_BLOCK, threatRankKey } from '../validate/risk.js';
import { docRef, type DocRef, inPicture, type PictureDocument } from './document.js';

/** The threat fields the picture is filtered by, by their names in the threat matrix template. */
export const FACET_FIELDS = { tier: 'tier', phase: 'phase', threatType: 'threatType' } as const;

/** A threat of some matrix, placed in the mission's ranking. */
export interface MissionThreat {
  doc: DocRef;
  /** Block id, e.g. "T-3" (unique within its matrix only). */
  id: string;
  section: string;
  title: string;
  /** The area the matrix covers (its template's `area` field: the office or sector), undefined when not filled in. */
  sector?: string;
  tier?: string;
  phase?: string;
  threatType?: string;
  imminent: boolean;
  likelihood?: number;
  impact?: number;
  /** Likelihood × impact, once both are rated. */
  risk?: number;
  band: RiskBand;
  /** A priority threat: high risk, or an impact at the template's priority impact (E.4.1 para. 48). */
  priority: boolean;
  /** Its rank in its own matrix (1 = most urgent), once rated. */
  matrixRank?: number;
  /** Its rank among the threats of every matrix (1 = most urgent), once rated. */
  missionRank?: number;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The threats of every matrix among `docs` (archived ones left out): rated threats ranked together first, then the unrated ones, in the order of `docs` and of each document. */
export function missionThreats(docs: readonly PictureDocument[]): MissionThreat[] {
  const rated: Array<{ threat: MissionThreat; key: number }> = [];
  const unrated: MissionThreat[] = [];
  for (const doc of docs) {
    if (!inPicture(doc) || !doc.template.blockTypes.some((b) => b.type === THREAT_BLOCK)) continue;
    const priorityImpact = priorityImpactOf(doc.template);
    const ranks = new Map(rankThreats(doc.model, priorityImpact).map((r) => [r.id, r]));
    const ref = docRef(doc);
    const sector = documentArea(doc.model, doc.template);
    for (const { block, section } of blocksOfType(indexModel(doc.model), THREAT_BLOCK)) {
      const ranked = ranks.get(block.id);
      const { likelihood, impact } = block.fields;
      const threat: MissionThreat = {
        doc: ref,
        id: block.id,
        section,
        title: blockTitleOf(block, doc.template),
        ...(sector ? { sector } : {}),
        ...optional('tier', text(block.fields[FACET_FIELDS.tier])),
        ...optional('phase', text(block.fields[FACET_FIELDS.phase])),
        ...optional('threatType', text(block.fields[FACET_FIELDS.threatType])),
        imminent: ranked?.imminent ?? false,
        ...(isRating(likelihood) ? { likelihood } : {}),
        ...(isRating(impact) ? { impact } : {}),
        ...(ranked?.risk !== undefined ? { risk: ranked.risk } : {}),
        band: riskBand(ranked?.risk),
        priority: !!ranked && (ranked.highRisk || ranked.priorityImpact),
        ...(ranked?.rank !== undefined ? { matrixRank: ranked.rank } : {}),
      };
      const key = threatRankKey(block, priorityImpact);
      if (key === undefined) unrated.push(threat);
      else rated.push({ threat, key });
    }
  }
  // A stable sort: equal keys keep the order of the documents and, within one, document order, which is the matrix's own tie rule.
  rated.sort((a, b) => b.key - a.key);
  rated.forEach((r, i) => (r.threat.missionRank = i + 1));
  return [...rated.map((r) => r.threat), ...unrated];
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** What the threats can be filtered by; an absent or empty list lets every value through. */
export interface ThreatFilter {
  sector?: readonly string[];
  tier?: readonly string[];
  phase?: readonly string[];
  threatType?: readonly string[];
  /** Only imminent threats, or only those that are not. */
  imminence?: 'imminent' | 'not-imminent';
}

/** The value a facet filters an empty field by: "not set" is a choice like the others. */
export const NOT_SET = '';

type Facet = 'sector' | 'tier' | 'phase' | 'threatType';
/** The facets with a list of values, in the order the dashboard offers them. */
export const FACETS: readonly Facet[] = ['sector', 'tier', 'phase', 'threatType'];

/** Whether a threat passes `filter`. */
export function threatPasses(t: MissionThreat, filter: ThreatFilter): boolean {
  for (const facet of FACETS) {
    const wanted = filter[facet];
    if (wanted?.length && !wanted.includes(t[facet] ?? NOT_SET)) return false;
  }
  if (filter.imminence === 'imminent' && !t.imminent) return false;
  if (filter.imminence === 'not-imminent' && t.imminent) return false;
  return true;
}

/** The threats that pass `filter`, in the mission's ranking (their mission ranks stay those of the whole list). */
export function filterThreats(threats: readonly MissionThreat[], filter: ThreatFilter): MissionThreat[] {
  return threats.filter((t) => threatPasses(t, filter));
}

/** A value a facet can take, with its words and how many threats have it. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** The values each facet takes among `threats`, with the template's labels ("Tier II — physical protection"), in the template's order (sectors by name), "Not set" (in `locale`) last. */
export function facetOptions(threats: readonly MissionThreat[], docs: readonly PictureDocument[], locale: Locale = 'en'): Record<Facet, FacetOption[]> {
  const labels = new Map<string, { label: string; order: number }>();
  for (const doc of docs) {
    for (const f of doc.template.blockTypes.find((b) => b.type === THREAT_BLOCK)?.fields ?? []) {
      f.values?.forEach((v, i) => labels.has(`${f.name}:${v.value}`) || labels.set(`${f.name}:${v.value}`, { label: v.label, order: i }));
    }
  }
  const out = {} as Record<Facet, FacetOption[]>;
  for (const facet of FACETS) {
    const counts = new Map<string, number>();
    for (const t of threats) counts.set(t[facet] ?? NOT_SET, (counts.get(t[facet] ?? NOT_SET) ?? 0) + 1);
    const known = (v: string) => (facet === 'sector' ? undefined : labels.get(`${FACET_FIELDS[facet]}:${v}`));
    out[facet] = [...counts]
      .map(([value, count]) => ({ value, count, label: value === NOT_SET ? translate(sharedPictureWords, locale, 'facet.notSet') : (known(value)?.label ?? value) }))
      .sort((a, b) => Number(a.value === NOT_SET) - Number(b.value === NOT_SET) || (known(a.value)?.order ?? 99) - (known(b.value)?.order ?? 99) || a.label.localeCompare(b.label));
  }
  return out;
}
