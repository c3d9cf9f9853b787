/**
 * The display title of a typed block, as link chips, link suggestions,
 * backlinks and change summaries show it.
 */
import type { TypedBlock } from '../model/types.js';
import type { Template } from './load.js';

/**
 * The display title of a block: its title field, else its first short text
 * field, else its id. Values are trimmed, and one holding only white space
 * counts as empty: short fields are stored as typed, so a stray space must
 * neither show as a blank title nor hide the next field.
 */
export function blockTitleOf(block: TypedBlock, template: Template | undefined): string {
  const spec = template?.blockTypes.find((b) => b.type === block.type);
  const tf = spec?.titleField ? block.fields[spec.titleField] : undefined;
  if (typeof tf === 'string' && tf.trim()) return tf.trim();
  for (const f of spec?.fields ?? []) {
    const v = block.fields[f.name];
    if (f.kind === 'text' && typeof v === 'string' && v.trim()) return v.trim();
  }
  return block.id;
}
