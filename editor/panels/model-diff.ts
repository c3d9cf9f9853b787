/**
 * What changed between two versions of a document, at the level a
 * reviewer reads it: the title and document fields; per section, its
 * text, and each block added, removed or changed (naming the fields).
 * Used to show what changed since a now-stale sign-off. The status is left
 * out: it is not signed content (shared/signoff/workflow.ts), so a change
 * of status alone never makes a sign-off stale.
 */
import { canonicalJson } from '../../shared/hash/canonical.js';
import type { DocModel, Section, SectionItem, TypedBlock } from '../../shared/model/types.js';
import type { Template } from '../../shared/template/load.js';
import { blockTitleOf } from '../../shared/template/block-title.js';

/** One change, in words. */
export interface Change {
  kind: 'added' | 'removed' | 'changed';
  /** Section id, when the change is inside one. */
  section?: string;
  /** Block id, when the change is about a block. */
  block?: string;
  /** A sentence a reviewer reads, e.g. `T-3 "Armed attack on the camp": Likelihood, Mission response changed`. */
  text: string;
}

function fieldLabel(template: Template | undefined, type: string | undefined, name: string): string {
  const fields = type ? template?.blockTypes.find((b) => b.type === type)?.fields : template?.fields;
  return fields?.find((f) => f.name === name)?.label ?? name;
}

function changedKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => canonicalJson(a[k] ?? null) !== canonicalJson(b[k] ?? null));
}

function sectionName(template: Template | undefined, s: Section): string {
  const title = template?.sections.find((x) => x.id === s.id)?.title ?? s.title;
  return `${s.id} ${title}`.trim();
}

const isBlock = (i: SectionItem): i is TypedBlock => i.t === 'block';

/** The changes from `before` to `after`, in the order of `after`'s sections (removed sections last). */
export function modelDiff(before: DocModel, after: DocModel, template?: Template): Change[] {
  const out: Change[] = [];
  if (before.meta.title !== after.meta.title) out.push({ kind: 'changed', text: `Title changed from "${before.meta.title}" to "${after.meta.title}"` });
  const fields = changedKeys(before.meta.fields, after.meta.fields);
  if (fields.length) out.push({ kind: 'changed', text: `Document fields changed: ${fields.map((f) => fieldLabel(template, undefined, f)).join(', ')}` });

  const beforeSections = new Map(before.sections.map((s) => [s.id, s]));
  const afterIds = new Set(after.sections.map((s) => s.id));
  for (const s of after.sections) {
    const old = beforeSections.get(s.id);
    const name = sectionName(template, s);
    if (!old) {
      out.push({ kind: 'added', section: s.id, text: `Section ${name} added` });
      continue;
    }
    const text = (sec: Section) => canonicalJson(sec.content.filter((i) => !isBlock(i)));
    if (text(old) !== text(s)) out.push({ kind: 'changed', section: s.id, text: `${name}: text changed` });
    const oldBlocks = new Map(old.content.filter(isBlock).map((b) => [b.id, b]));
    const newBlocks = s.content.filter(isBlock);
    const newIds = new Set(newBlocks.map((b) => b.id));
    for (const b of newBlocks) {
      const prev = oldBlocks.get(b.id);
      const label = `${b.id} "${blockTitleOf(b, template)}"`;
      if (!prev) out.push({ kind: 'added', section: s.id, block: b.id, text: `${name}: ${label} added` });
      else {
        const changed = prev.type !== b.type ? ['type'] : changedKeys(prev.fields, b.fields);
        if (changed.length) out.push({ kind: 'changed', section: s.id, block: b.id, text: `${name}: ${label} — ${changed.map((f) => fieldLabel(template, b.type, f)).join(', ')} changed` });
      }
    }
    for (const b of oldBlocks.values())
      if (!newIds.has(b.id)) out.push({ kind: 'removed', section: s.id, block: b.id, text: `${name}: ${b.id} "${blockTitleOf(b, template)}" removed` });
  }
  for (const s of before.sections) if (!afterIds.has(s.id)) out.push({ kind: 'removed', section: s.id, text: `Section ${sectionName(template, s)} removed` });
  return out;
}
