/**
 * The TypeScript half of the benchmarks, bundled by esbuild into
 * .bench/kit.mjs (there is no TypeScript loader at run time). yjs stays
 * external so the load generator, y-websocket and this kit share one Yjs.
 *
 * It offers the realistic documents as Yjs updates for the network
 * benchmarks, and times validation and the Markdown mirror in-process.
 */
import * as Y from 'yjs';
import type { DocModel, Inline, RichBlock } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { validate, Validator } from '../../shared/validate/index.js';
import { toModel, writeModel } from '../../shared/ydoc/layout.js';
import { docToModel, modelToDoc } from '../../shared/prosemirror/convert.js';
import { buildSchema } from '../../shared/prosemirror/prosemirror-schema.js';
import type { Node as PMNode } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import type { DocType } from '../../shared/template/template-schema.js';
import { largeDocModel } from '../../test/support/generate.js';
import { modelDiff } from '../../shared/diff/model-diff.js';
import { markdownCodec } from './markdown-adapter.js';
import { fromMarkdown } from 'mdast-util-from-markdown';

/** The date generated documents are validated against. */
const BENCH_TODAY = '2026-06-15';

/** A threat matrix of `rows` threat rows (test/support's deterministic generator). */
export function threatMatrix(rows: number): DocModel {
  return largeDocModel(TemplateSet.builtin().get('threat-matrix'), { blocks: rows, words: 2000 });
}

/** A strategy of about `words` words. */
export function strategy(words: number): DocModel {
  return largeDocModel(TemplateSet.builtin().get('strategy'), { words });
}

/** What a mission would typically write for each type: blocks and words. */
const REALISTIC: ReadonlyArray<{ type: DocType; blocks: number; words: number }> = [
  { type: 'threat-matrix', blocks: 30, words: 1500 },
  { type: 'strategy', blocks: 25, words: 6000 },
  { type: 'action-plan', blocks: 30, words: 1500 },
  { type: 'operations-brief', blocks: 8, words: 2000 },
  { type: 'resources-matrix', blocks: 20, words: 1000 },
];

/** The i-th document of a realistic working set: the five most written types in turn (kept, so benchmark results stay comparable), each the size a mission would write. */
export function realisticDoc(i: number): DocModel {
  const r = REALISTIC[i % REALISTIC.length];
  return largeDocModel(TemplateSet.builtin().get(r.type), { blocks: r.blocks, words: r.words, seed: 1000 + i, id: `bench-${i}` });
}

/** Words of ordinary text and rich-text fields in the model. */
export function wordCount(model: DocModel): number {
  let n = 0;
  const count = (s: string) => (n += s.split(/\s+/).filter(Boolean).length);
  const rich = (b: RichBlock) => {
    if (b.t === 'p') b.content.forEach((i) => (i.t === 'text' ? count(i.text) : n++));
    else if (b.t === 'ul') b.items.forEach((item) => item.forEach((i) => (i.t === 'text' ? count(i.text) : n++)));
    else count(b.markdown);
  };
  for (const s of model.sections)
    for (const item of s.content) {
      if (item.t !== 'block') rich(item);
      else for (const v of Object.values(item.fields)) if (Array.isArray(v)) v.forEach(rich);
    }
  return n;
}

/** Writes the i-th realistic document into `ydoc` the way a person would build it: metadata, then one transaction per section. */
export function writeRealistic(ydoc: Y.Doc, i: number): void {
  const model = realisticDoc(i);
  writeModel(ydoc, { meta: model.meta, sections: [] });
  const body = ydoc.getXmlFragment('body');
  // Section by section, so the history has the shape of real editing rather than one bulk insert.
  for (let s = 0; s < model.sections.length; s++) {
    const one = new Y.Doc();
    writeModel(one, { meta: model.meta, sections: [model.sections[s]] });
    const el = one.getXmlFragment('body').get(0) as Y.XmlElement;
    ydoc.transact(() => body.insert(body.length, [el.clone()]));
  }
}

/** A Y.Doc holding `model`, written in one transaction. */
export function docOf(model: DocModel): Y.Doc {
  const d = new Y.Doc();
  writeModel(d, model);
  return d;
}

/** The Yjs state of a `rows`-row threat matrix as a client of today writes it (short text in its own nodes), for the web page benchmark. */
export function threatMatrixState(rows: number, id: string): Uint8Array {
  const template = TemplateSet.builtin().get('threat-matrix');
  const model = threatMatrix(rows);
  const d = new Y.Doc();
  writeModel(d, { ...model, meta: { ...model.meta, id, title: `Threat matrix, ${rows} rows` } }, null, template);
  return Y.encodeStateAsUpdate(d);
}

/** Whether `ydoc` reads back as a POC document with the expected number of sections (used to check a load completed). */
export function sectionCount(ydoc: Y.Doc): number {
  return ydoc.getXmlFragment('body').length;
}

/** Median of the numbers (mean of the two middle ones for even counts). */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `f` `reps` times after `warm` warm-up runs and returns the median time in ms. */
function time(f: () => unknown, reps: number, warm = 2): number {
  for (let i = 0; i < warm; i++) f();
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    f();
    out.push(performance.now() - t0);
  }
  return median(out);
}

/** A text position near the middle of the ProseMirror document, where the keystroke is typed. */
function middleTextPos(doc: PMNode): number {
  let pos = -1;
  const half = doc.content.size / 2;
  doc.descendants((node, p) => {
    if (pos >= 0) return false;
    if (node.isText && p >= half) pos = p + 1;
    return true;
  });
  return pos >= 0 ? pos : 1;
}

/** Median, fastest and slowest of repeated timings, ms. */
export interface Range {
  median: number;
  min: number;
  max: number;
}

/**
 * Warm-up runs before paired timings. Validation right after the documents are generated meets a cold JIT and a
 * collector still sweeping the generator's garbage: on the 500-row matrix its first few dozen runs took two to three
 * times the steady figure (1.8 ms median over runs 6–45 against 1.5 ms over runs 46–85 for a full validation, 1.0
 * against 0.43 ms for a keystroke), so the medians measured that settling rather than validation.
 */
const PAIR_WARM_UP = 40;

/**
 * Times `ours` and `reference` `reps` times each, one after the other in alternating order, after `warm` warm-up
 * runs of each: both meet the same machine noise, so their ratio compares across machines better than either alone.
 */
function timePair(ours: () => unknown, reference: () => unknown, reps: number, warm = PAIR_WARM_UP): { ours: Range; reference: Range } {
  for (let i = 0; i < warm; i++) {
    ours();
    reference();
  }
  const o: number[] = [];
  const r: number[] = [];
  const run = (f: () => unknown, into: number[]) => {
    const t0 = performance.now();
    f();
    into.push(performance.now() - t0);
  };
  for (let i = 0; i < reps; i++) {
    if (i % 2) {
      run(reference, r);
      run(ours, o);
    } else {
      run(ours, o);
      run(reference, r);
    }
  }
  const range = (xs: number[]): Range => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
  return { ours: range(o), reference: range(r) };
}

/**
 * The plain CommonMark reading of a Markdown text that every reader built on micromark pays at least: the text
 * parsed with mdast-util-from-markdown (no extension), one blank-line-separated piece at a time (whole, micromark's
 * cost grows faster than the text: a 1.4 MB matrix takes seconds).
 */
/**
 * The reference for validation: one visit of every value of the model (each string's length summed), the least any
 * full validation does. It allocates next to nothing, so unlike a JSON copy it leaves no garbage for the collector to sweep
 * while the validation timed next to it runs.
 */
function walkModel(model: DocModel): number {
  let n = model.meta.title.length;
  const inlines = (content: readonly Inline[]) => {
    for (const i of content) n += i.t === 'text' ? i.text.length : i.blockId.length;
  };
  const rich = (b: RichBlock) => {
    if (b.t === 'p') inlines(b.content);
    else if (b.t === 'ul') for (const item of b.items) inlines(item);
    else n += b.markdown.length;
  };
  const value = (v: unknown) => (n += typeof v === 'string' ? v.length : 1);
  for (const k in model.meta.fields) value(model.meta.fields[k]);
  for (const s of model.sections)
    for (const item of s.content) {
      if (item.t !== 'block') rich(item);
      else
        for (const k in item.fields) {
          const v = item.fields[k];
          if (Array.isArray(v)) v.forEach(rich);
          else value(v);
        }
    }
  return n;
}

function plainMdast(text: string): void {
  for (const piece of text.split(/\n{2,}/)) fromMarkdown(piece);
}

export interface DocTimings {
  /** What was measured (rows or words). */
  size: Record<string, number>;
  /** Errors reported by validation of the generated document (0 means the generator made a valid document). */
  errors: number;
  /** Full validation of the document, ms (median). */
  validateMs: number;
  /** One typed character as the editor handles it: ProseMirror document → model → incremental validation (the editor's `Validator`, which has seen the document before), ms (median). */
  keystrokeMs: number;
  /** The validation part of that keystroke alone: the `Validator` re-checking the model with one more character, ms (median). */
  keystrokeValidateMs: number;
  /** Reading the model out of a Y.Doc (toModel), ms (median): what a client does before validating a remote change. */
  toModelMs: number;
  /** Model → Markdown, ms (median), or null while the Markdown mirror is not available. */
  serializeMs: number | null;
  /** Markdown → model, ms (median), or null. */
  parseMs: number | null;
  /** Size of the Markdown text, bytes, or null. */
  markdownBytes: number | null;
  /**
   * The spread of the figures, each beside a reference timed in the same loop (see `timePair`): validation
   * beside `walkModel` of the same model, Markdown reading beside `plainMdast` of the same text.
   */
  referenced: {
    validate: { ours: Range; reference: Range };
    keystrokeValidate: { ours: Range; reference: Range };
    parse: { ours: Range; reference: Range } | null;
  };
}

function timeDoc(model: DocModel, size: Record<string, number>, reps: number, mdReps: number): DocTimings {
  const templates = TemplateSet.builtin();
  const template = templates.get(model.meta.type);
  const ctx = { today: BENCH_TODAY };
  const errors = validate(model, template, ctx).filter((d) => d.severity === 'error').length;
  const visit = () => walkModel(model);
  const validatePair = timePair(() => validate(model, template, ctx), visit, reps);
  const validateMs = validatePair.ours.median;
  // One keystroke as the editor handles it: a ProseMirror document with one more character, read into a model and
  // validated by the Validator that checked the document before the keystroke (editor/live.ts keeps one per document).
  const pmDoc = modelToDoc(model, buildSchema(templates));
  const at = middleTextPos(pmDoc);
  const validator = new Validator();
  validator.validate(docToModel(pmDoc, model.meta).model, template, ctx);
  let k = 0;
  const keystrokeMs = time(() => {
    const typed = new Transform(pmDoc).insert(at, pmDoc.type.schema.text(String.fromCharCode(97 + (k++ % 26)))).doc;
    return validator.validate(docToModel(typed, model.meta).model, template, ctx);
  }, reps);
  // The same keystrokes with the ProseMirror work done beforehand, timing only the Validator.
  const typedModels = Array.from({ length: reps + PAIR_WARM_UP }, (_, i) => {
    const typed = new Transform(pmDoc).insert(at, pmDoc.type.schema.text(String.fromCharCode(97 + (i % 26)).repeat(1 + (i % 2)))).doc;
    return docToModel(typed, model.meta).model;
  });
  let j = 0;
  const keystrokePair = timePair(() => validator.validate(typedModels[j++], template, ctx), visit, reps);
  const keystrokeValidateMs = keystrokePair.ours.median;
  const ydoc = docOf(model);
  const toModelMs = time(() => toModel(ydoc, templates), reps);
  let serializeMs: number | null = null;
  let parseMs: number | null = null;
  let markdownBytes: number | null = null;
  let parsePair: DocTimings['referenced']['parse'] = null;
  if (markdownCodec) {
    const codec = markdownCodec;
    const text = codec.serialize(model, template);
    markdownBytes = Buffer.byteLength(text);
    serializeMs = time(() => codec.serialize(model, template), mdReps, 1);
    parsePair = timePair(() => codec.parse(text, templates), () => plainMdast(text), mdReps, mdReps > 1 ? 1 : 0);
    parseMs = parsePair.ours.median;
  }
  return {
    size,
    errors,
    validateMs,
    keystrokeMs,
    keystrokeValidateMs,
    toModelMs,
    serializeMs,
    parseMs,
    markdownBytes,
    referenced: { validate: validatePair, keystrokeValidate: keystrokePair, parse: parsePair },
  };
}

/**
 * Times validation and the Markdown mirror on the large generated documents: a threat matrix of `rows` rows and a
 * strategy of about `words` words. Validation runs `reps` times, the Markdown mirror `mdReps` times (it is slower).
 */
export function domainTimings(rows: number, strategyWords: number, reps: number, mdReps: number): { threatMatrix: DocTimings; strategy: DocTimings } {
  const tm = threatMatrix(rows);
  const st = strategy(strategyWords);
  return {
    threatMatrix: timeDoc(tm, { rows }, reps, mdReps),
    strategy: timeDoc(st, { words: wordCount(st) }, reps, mdReps),
  };
}

/** Median, fastest, 90th percentile and slowest of repeated timings, ms: the spread, not only the middle. */
export interface Spread {
  median: number;
  min: number;
  p90: number;
  max: number;
}

/** Runs `f` `reps` times after two warm-up runs and returns the spread of the times. */
function spread(f: () => unknown, reps: number): Spread {
  for (let i = 0; i < 2; i++) f();
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    f();
    out.push(performance.now() - t0);
  }
  const s = [...out].sort((a, b) => a - b);
  return { median: median(out), min: s[0], p90: s[Math.min(s.length - 1, Math.ceil(0.9 * s.length) - 1)], max: s[s.length - 1] };
}

/** What the version-diff benchmark measured. */
export interface VersionDiffTimings {
  rows: number;
  /** How many changes the diff found (a check that the two versions differ as intended). */
  changes: number;
  /** `modelDiff` of the two models alone. */
  diffMs: Spread;
  /** What a client does with two fetched versions: both Yjs snapshots read into models, then diffed. */
  fromSnapshotsMs: Spread;
}

/**
 * Times "what changed between two versions" on a threat matrix of `rows` rows (issue 13's version history): the later
 * version retitles the document, changes a field in every 25th row, removes one row and adds one.
 */
export function versionDiffTimings(rows: number, reps: number): VersionDiffTimings {
  const templates = TemplateSet.builtin();
  const template = templates.get('threat-matrix');
  const before = threatMatrix(rows);
  const after: DocModel = structuredClone(before);
  after.meta.title = `${after.meta.title} (revised)`;
  let n = 0;
  for (const section of after.sections) {
    for (const item of section.content) {
      if (item.t !== 'block' || n++ % 25 !== 0) continue;
      const key = Object.keys(item.fields).find((k) => typeof item.fields[k] === 'string');
      if (key) item.fields[key] = `${String(item.fields[key])} (revised)`;
    }
  }
  const withBlocks = after.sections.find((s) => s.content.some((i) => i.t === 'block'));
  if (withBlocks) {
    const at = withBlocks.content.findIndex((i) => i.t === 'block');
    const [removed] = withBlocks.content.splice(at, 1);
    if (removed.t === 'block') withBlocks.content.push({ ...structuredClone(removed), id: `${removed.id}-new` });
  }
  const snapshots = [before, after].map((m) => Y.encodeStateAsUpdate(docOf(m)));
  const read = (u: Uint8Array) => {
    const d = new Y.Doc();
    Y.applyUpdate(d, u);
    const { model } = toModel(d, templates);
    d.destroy();
    return model;
  };
  return {
    rows,
    changes: modelDiff(before, after, template).length,
    diffMs: spread(() => modelDiff(before, after, template), reps),
    fromSnapshotsMs: spread(() => modelDiff(read(snapshots[0]), read(snapshots[1]), template), reps),
  };
}
