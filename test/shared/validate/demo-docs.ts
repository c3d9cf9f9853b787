// The demo vault's documents as models, and a way to change one block of them: the rule tests start from these clean documents and make one minimal change.
import type { DocModel, TypedBlock } from '../../../shared/model/types.js';
import type { DocType } from '../../../shared/template/template-schema.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { LinkIndex } from '../../../shared/links/index.js';
import { renderDemoVault } from '../../../scripts/demo/render.js';

const templates = TemplateSet.builtin();
const models = renderDemoVault(templates).map((f) => f.model);

/** The day the demo documents were written: nothing in them is overdue then. */
export const DEMO_TODAY = '2026-11-24';

/** A copy of the first demo document of `type`. */
export function demoDoc(type: DocType): DocModel {
  const m = models.find((x) => x.meta.type === type);
  if (!m) throw new Error(`no ${type} in the demo vault`);
  return structuredClone(m);
}

/** A copy of `model` with fields of block `id` set (undefined removes a field). */
export function editBlock(model: DocModel, id: string, fields: Record<string, TypedBlock['fields'][string] | undefined>): DocModel {
  const copy = structuredClone(model);
  let found = false;
  for (const s of copy.sections)
    for (const b of s.content)
      if (b.t === 'block' && b.id === id) {
        found = true;
        for (const [k, v] of Object.entries(fields)) {
          if (v === undefined) delete b.fields[k];
          else b.fields[k] = v;
        }
      }
  if (!found) throw new Error(`no block ${id} in ${model.meta.id}`);
  return copy;
}

/** A copy of `model` with document fields set (undefined removes a field); throws on a field the document does not hold, so a typo cannot pass as a change. */
export function editFields(model: DocModel, fields: Record<string, DocModel['meta']['fields'][string] | undefined>): DocModel {
  const copy = structuredClone(model);
  for (const [k, v] of Object.entries(fields)) {
    if (!(k in copy.meta.fields)) throw new Error(`no field ${k} in ${model.meta.id}`);
    if (v === undefined) delete copy.meta.fields[k];
    else copy.meta.fields[k] = v;
  }
  return copy;
}

/** Resolves links between the demo documents, as a vault or the server does (`others` replace the demo documents of the same id). */
export function demoResolver(...others: DocModel[]): { resolve: (docId: string, blockId: string) => ReturnType<LinkIndex['resolve']> } {
  const index = LinkIndex.build([...others, ...models], templates);
  return { resolve: (docId, blockId) => index.resolve(docId, blockId) };
}
