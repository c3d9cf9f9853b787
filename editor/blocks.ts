/**
 * What the editor knows about block types beyond the template: how each
 * one is laid out (a grid row, a card, a table row, a tracker line), which
 * short fields sit in its head, and the words for the risk colour bands
 * (the bands themselves are the domain's: shared/validate/risk.ts). Everything else
 * (labels, kinds, guidance, enum values) comes from the template, so a
 * mission's tailored block type gets the generic card layout for free.
 */
import type { Template } from '../shared/template/load.js';
import { type BlockTypeSpec, CONTENT_FIELD_KINDS, type FieldSpec } from '../shared/template/template-schema.js';
import type { RiskBand } from '../shared/validate/risk.js';
import { interfaceLocale, uiWords } from '../shared/i18n/interface-locale.js';
import { ratingWord } from '../shared/template/rating-words.js';
import { editorWords } from '../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

/** How a block renders: a table-like grid row, a card, a compact table row, or a tracker line. */
export type BlockVariant = 'row' | 'card' | 'table' | 'tracker';

export interface BlockLayout {
  variant: BlockVariant;
  /** Short fields shown in the block's head line, in order; the other short fields go in its details grid. */
  head: string[];
}

/**
 * Layouts of the built-in block types. A type not listed here gets a card
 * with its title field and compact controls in the head.
 * NEW_BLOCK_TYPE_EDIT_REQUIRED: give a new built-in block type its layout here.
 */
const LAYOUTS: Readonly<Record<string, BlockLayout>> = {
  threat: { variant: 'row', head: ['threat', 'likelihood', 'impact', 'imminent'] },
  action: { variant: 'row', head: ['task', 'status', 'leadComponent', 'dueDate'] },
  capability: { variant: 'row', head: ['objective', 'criticality'] },
  location: { variant: 'row', head: ['location', 'rank'] },
  perpetrator: { variant: 'card', head: ['name', 'actorType'] },
  consultation: { variant: 'tracker', head: ['party', 'date', 'participants'] },
  communication: { variant: 'table', head: ['what', 'when', 'toWhom', 'byWhom'] },
  'timeline-step': { variant: 'table', head: ['when', 'step', 'stepType', 'responsible'] },
  option: { variant: 'card', head: ['name'] },
};

/** Whether a field kind is held in a block attribute (short) rather than in child content. */
export function isShortKind(kind: FieldSpec['kind']): boolean {
  return !CONTENT_FIELD_KINDS.includes(kind);
}

/** The layout of a block type: the built-in one, or a card derived from the template. Head fields that the type lacks are dropped. */
export function layoutOf(spec: BlockTypeSpec): BlockLayout {
  const short = spec.fields.filter((f) => isShortKind(f.kind));
  const known = LAYOUTS[spec.type];
  if (known) return { variant: known.variant, head: known.head.filter((n) => short.some((f) => f.name === n)) };
  const head: string[] = [];
  if (spec.titleField) head.push(spec.titleField);
  for (const f of short) if (head.length < 4 && f.name !== spec.titleField && ['enum', 'rating', 'date', 'boolean'].includes(f.kind)) head.push(f.name);
  return { variant: 'card', head };
}

/** The template's spec of a block type, if it declares one. */
export function blockSpecOf(template: Template | undefined, type: string): BlockTypeSpec | undefined {
  return template?.blockTypes.find((b) => b.type === type);
}

/** Whether an enum is a RED/ORANGE/GREEN criticality scale (shown as coloured chips). */
export function isTrafficLight(spec: FieldSpec): boolean {
  const values = spec.values?.map((v) => v.value) ?? [];
  return spec.kind === 'enum' && values.length > 0 && values.every((v) => v === 'red' || v === 'orange' || v === 'green');
}

/** Whether a block type carries the likelihood × impact ratings of a risk matrix. */
export function hasRiskRatings(spec: BlockTypeSpec | undefined): boolean {
  const kind = (n: string) => spec?.fields.find((f) => f.name === n)?.kind;
  return kind('likelihood') === 'rating' && kind('impact') === 'rating';
}

/** Words for a risk band, for screen readers and tooltips: the one vocabulary of shared/validate/risk.ts, which the exports print too. */
export { RISK_WORDS } from '../shared/validate/risk.js';

const RISK_KEYS = { none: 'risk.none', low: 'risk.low', medium: 'risk.medium', high: 'risk.high', extreme: 'risk.extreme' } as const;

/** A risk band in words in the interface language ("high risk"; in English the words of RISK_WORDS). */
export function riskWord(band: RiskBand): string {
  return t(RISK_KEYS[band]);
}

/** The word for rating `n` (1–5) of the field `name` in the interface language ("possible"; shared/template/rating-words.ts), or undefined when the field has no words. */
export function ratingWordOf(name: string, n: number): string | undefined {
  return ratingWord(name, n, interfaceLocale());
}
