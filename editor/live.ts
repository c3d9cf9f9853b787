/**
 * The live model: the plain model, its diagnostics and the lookups the
 * editor's views need, recomputed from the ProseMirror document and the
 * Y.Doc's metadata maps after every change. `docToModel` caches per node,
 * so a keystroke re-reads only the section it touched, and one `Validator`
 * per document re-checks only the blocks that changed (its result equals a
 * full `validate`). A snapshot is reused while neither the document nor the
 * metadata changed.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type * as Y from 'yjs';
import type { DocModel } from '../shared/model/types.js';
import { docToModel } from '../shared/prosemirror/convert.js';
import type { SignoffPayload } from '../shared/signoff/record.js';
import type { Template } from '../shared/template/load.js';
import type { TemplateSet } from '../shared/template/set.js';
import { type Completion, type Diagnostic, priorityImpactOf, rankThreats, Validator } from '../shared/validate/index.js';
import { indexModel } from '../shared/validate/model-index.js';
import { FIELDS, META, readMeta, readSignoffs, SIGNOFFS } from '../shared/ydoc/layout.js';
import { blockTitleOf } from '../shared/template/block-title.js';
import { isLinkField } from '../shared/links/index.js';
import { missionToday } from '../shared/time/mission-day.js';
import { interfaceLocale } from '../shared/i18n/interface-locale.js';
import type { LinkTargetInfo } from './editor-contract.js';
import { modelHash, standing } from './signoff-standing.js';
import { templateForDocument } from './document-template.js';

/** Everything the views show, for one version of the document. */
export interface Snapshot {
  /** The document's template, its texts in the document's language (editor/document-template.ts). */
  template: Template;
  model: DocModel;
  diagnostics: Diagnostic[];
  completion: Completion;
  /** Diagnostics by section id (those not about a block), by block id, and about the document itself. */
  bySection: ReadonlyMap<string, Diagnostic[]>;
  byBlock: ReadonlyMap<string, Diagnostic[]>;
  documentLevel: Diagnostic[];
  /** Risk and rank of each threat row. */
  threats: ReadonlyMap<string, { risk?: number; rank?: number; highRisk: boolean; priorityImpact: boolean; imminent: boolean }>;
  /** This document's own blocks, as link targets. */
  ownBlocks: ReadonlyMap<string, LinkTargetInfo & { section: string }>;
  /** Blocks of this document whose link fields link to each block id of this document (mentions in text do not count). */
  internalBacklinks: ReadonlyMap<string, string[]>;
}

export interface LiveOptions {
  today?: () => string;
  resolveLink?: (docId: string, blockId: string) => LinkTargetInfo | undefined;
  /** See `EditorOptions.unreadableDocument`. */
  unreadableDocument?: (docId: string) => string | undefined;
  publicKey?: Uint8Array;
}

/** Computes and caches snapshots for one Y.Doc; `version` changes whenever the metadata, fields or sign-offs change. */
export class LiveModel {
  private metaVersion = 0;
  private last?: { doc: PMNode; metaVersion: number; linkVersion: number; snapshot: Snapshot | undefined };
  private linkVersion = 0;
  private readonly unobserve: Array<() => void> = [];
  private readonly validator = new Validator();

  constructor(
    private readonly ydoc: Y.Doc,
    private readonly templates: TemplateSet,
    private readonly opts: LiveOptions,
    onMetaChange: () => void,
  ) {
    for (const name of [META, FIELDS, SIGNOFFS]) {
      const map = ydoc.getMap(name);
      const fn = () => {
        this.metaVersion++;
        onMetaChange();
      };
      // Deep: the title and document-level text fields are shared texts inside the maps.
      map.observeDeep(fn);
      this.unobserve.push(() => map.unobserveDeep(fn));
    }
  }

  /** Forgets cached link lookups (other documents changed). */
  invalidateLinks(): void {
    this.linkVersion++;
  }

  /** The snapshot for a ProseMirror document, or undefined while the document has no known type. */
  snapshot(doc: PMNode): Snapshot | undefined {
    const l = this.last;
    if (l && l.doc === doc && l.metaVersion === this.metaVersion && l.linkVersion === this.linkVersion) return l.snapshot;
    const snapshot = this.compute(doc);
    this.last = { doc, metaVersion: this.metaVersion, linkVersion: this.linkVersion, snapshot };
    return snapshot;
  }

  destroy(): void {
    for (const u of this.unobserve) u();
  }

  private compute(doc: PMNode): Snapshot | undefined {
    const head = readMeta(this.ydoc, this.templates);
    if (!head) return undefined;
    const { template, meta } = head;
    const { model, problems } = docToModel(doc, meta);
    const resolve = this.opts.resolveLink;
    const diagnostics = this.validator.validate(model, template, {
      today: (this.opts.today ?? missionToday)(),
      // Messages in the reader's language, whatever the document's.
      locale: interfaceLocale(),
      ...(resolve ? { resolve: (d: string, b: string) => (d === meta.id ? undefined : resolve(d, b)) } : {}),
      ...(this.opts.unreadableDocument ? { unreadable: this.opts.unreadableDocument } : {}),
      ...this.verifiedSignoffs(model),
      problems: [...head.problems, ...problems],
    });
    // Validation checks against the template's rules (its words are the validation's own business); the views show the template in the document's language.
    const shown = templateForDocument(template, { lang: this.ydoc.getMap(META).get('lang') });
    return { template: shown, model, diagnostics, completion: this.validator.completion(model, template), ...index(model, shown, diagnostics) };
  }

  /**
   * Sign-offs whose signature verifies against the server key: those of the current content, and those of an earlier
   * version. Without a key nothing can be verified, so nothing is said (validation then tells "could not be checked"
   * from "nobody signed").
   */
  private verifiedSignoffs(model: DocModel): { signoffs?: SignoffPayload[]; staleSignoffs?: SignoffPayload[] } {
    const key = this.opts.publicKey;
    if (!key) return {};
    const raw = readSignoffs(this.ydoc);
    if (!raw.length) return { signoffs: [] };
    const hash = modelHash(model);
    const signoffs: SignoffPayload[] = [];
    const staleSignoffs: SignoffPayload[] = [];
    for (const r of raw) {
      const s = standing(r, key, model.meta.id, hash);
      if (s.state === 'valid') signoffs.push(s.record.payload);
      else if (s.state === 'stale') staleSignoffs.push(s.record.payload);
    }
    return { signoffs, staleSignoffs };
  }
}

/** The lookups of a snapshot, computed once per version so each view's refresh is a map lookup. */
function index(model: DocModel, template: Template, diagnostics: Diagnostic[]): Omit<Snapshot, 'template' | 'model' | 'diagnostics' | 'completion'> {
  const bySection = new Map<string, Diagnostic[]>();
  const byBlock = new Map<string, Diagnostic[]>();
  const documentLevel: Diagnostic[] = [];
  for (const d of diagnostics) {
    const { section, block } = d.location;
    const [map, key] = block ? [byBlock, block] : section !== undefined ? [bySection, section] : [undefined, ''];
    if (!map) documentLevel.push(d);
    else map.set(key, [...(map.get(key) ?? []), d]);
  }
  const threats = new Map<string, { risk?: number; rank?: number; highRisk: boolean; priorityImpact: boolean; imminent: boolean }>();
  for (const t of rankThreats(model, priorityImpactOf(template))) if (!threats.has(t.id)) threats.set(t.id, { risk: t.risk, rank: t.rank, highRisk: t.highRisk, priorityImpact: t.priorityImpact, imminent: t.imminent });
  const ownBlocks = new Map<string, LinkTargetInfo & { section: string }>();
  for (const s of model.sections)
    for (const item of s.content) {
      if (item.t !== 'block' || ownBlocks.has(item.id)) continue;
      const risk = threats.get(item.id)?.risk;
      ownBlocks.set(item.id, { title: blockTitleOf(item, template), type: item.type, section: s.id, ...(risk !== undefined ? { risk } : {}) });
    }
  const internalBacklinks = new Map<string, string[]>();
  // The links validation already indexed for this model (in document order, as forEachLink visits them): no second walk of all the text.
  for (const { link, block, field } of indexModel(model).links) {
    if (link.docId !== model.meta.id || !block || block.id === link.blockId || !isLinkField(template, block.type, field)) continue;
    const list = internalBacklinks.get(link.blockId) ?? [];
    if (!list.includes(block.id)) list.push(block.id);
    internalBacklinks.set(link.blockId, list);
  }
  return { bySection, byBlock, documentLevel, threats, ownBlocks, internalBacklinks };
}

