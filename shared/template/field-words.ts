/**
 * Values and statuses in words, as a reader sees them: a choice by its
 * label, a rating as "4 (likely)", a date as a date, a flag as Yes/No, a
 * status as "In review". The reading view, the signing panel and the Word
 * and PDF exports all write them through here, so a value reads the same
 * on screen and on paper.
 */
import type { DocStatus } from '../model/types.js';
import { formatDay } from '../time/format.js';
import { ratingWord } from './rating-words.js';
import type { FieldSpec } from './template-schema.js';

const STATUS_WORDS: Record<DocStatus, string> = { draft: 'Draft', 'in-review': 'In review', approved: 'Approved', archived: 'Archived' };

/** The status in words ("In review"); an unknown status comes back as given. */
export function statusWord(status: string): string {
  return STATUS_WORDS[status as DocStatus] ?? status;
}

/** A short value in full words: a choice by its label, a rating as "4 (likely)", a date as a day in `locale`, a flag as Yes/No. */
export function shortValueWords(value: string | number | boolean, spec: FieldSpec | undefined, locale?: string): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    const word = spec ? ratingWord(spec.name, value) : undefined;
    return word ? `${value} (${word})` : String(value);
  }
  if (spec?.kind === 'enum') return spec.values?.find((v) => v.value === value)?.label ?? value;
  if (spec?.kind === 'date') return formatDay(value, locale);
  return value;
}
