/**
 * Generated document models, built from a template's data (never from a
 * hard-coded document type):
 *
 * - `arbitraryDocModel(template)`: a fast-check arbitrary of models in
 *   normal form (see shared/markdown/README.md), with text full of
 *   characters Markdown treats specially, cross-links, raw Markdown of many
 *   kinds and every field kind of the template — for property tests.
 * - `largeDocModel(template, opts)`: a deterministic, realistic, fully
 *   filled model of a chosen size (e.g. a 500-row threat matrix, a strategy
 *   of about 150,000 words) — for benchmarks and performance checks.
 */
import fc from 'fast-check';
import { normalizeInlines, normalizeRichText } from '../../shared/model/normalize.js';
import type { DocModel, FieldValue, Inline, LinkRef, Mark, Meta, RichBlock, Section, SectionItem, TypedBlock } from '../../shared/model/types.js';
import type { Template } from '../../shared/template/load.js';
import type { BlockTypeSpec, FieldSpec } from '../../shared/template/template-schema.js';

// ---------------------------------------------------------------------------
// Normal form helpers

/** Rich text in the mirror's normal form: the model's normal form, with neighbouring raw items joined by a blank line. */
export function normalRichText(blocks: readonly RichBlock[]): RichBlock[] {
  const out: RichBlock[] = [];
  for (const b of normalizeRichText(blocks)) {
    const prev = out[out.length - 1];
    if (b.t === 'raw') {
      const md = trimRaw(b.markdown);
      if (!md) continue;
      if (prev?.t === 'raw') out[out.length - 1] = { t: 'raw', markdown: `${prev.markdown}\n\n${md}` };
      else out.push({ t: 'raw', markdown: md });
    } else out.push(b);
  }
  return out;
}

function trimRaw(md: string): string {
  return md.replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '');
}

// ---------------------------------------------------------------------------
// Arbitraries

const WORDS = ['civilians', 'patrol', 'market', 'Kalo', 'sector', 'militia', 'camp', 'women', 'JOC', 'UNPOL', 'Tier', 'II', 'road', 'night', '2026', '12', 'x'];
/** Pieces of text that Markdown, GFM or Obsidian would read as syntax if written unescaped. */
const TRICKY = [
  '*', '**', '***', '_', '__', 'snake_case', '`', '``', '[', ']', '[[', ']]', '[[tm-1#^t-3|T-3]]', '![[map.png]]', '[x](y)', '[^1]', '[ ]',
  '#', '##', '#tag', '>', '>>', '|', '||', '&', '&amp;', '&#x20;', '&copy', '<', '<div>', '</p>', '<!---->', '<https://un.org>', '!', '![', '^t-3', '^',
  '~', '~~', '\\', '\\*', '\\\\', '1.', '2)', '10.', '-', '--', '---', '+', '=', '===', '%%', '==', '$', ':', '::', '(', ')',
  'https://un.org/a_b*c', 'www.un.org', 'a@b.org', '·', ' · ', '[!note]', '[!poc-threat]', ':::', '"', "'", '{', '}', '@', '?',
  'é', 'ñ', '—', '–', '“quoted”', '中文', 'مدنيين', '😀', '\u00A0', '\u2003', 'a\tb', '  ',
  // Invisible or separator characters pasted text brings (Markdown does not treat U+2028/U+2029 as line ends).
  '\u2028', '\u2029', '\u200B', '\uFEFF', '\u00AD', '<br>', '&nbsp;', '$x$', '==x==', 'x]]', '`x`',
];
// Control characters are outside the model's normal form (see shared/markdown/README.md).
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/;
/** Any few characters of any script (graphemes), without control characters. */
const anyGraphemes: fc.Arbitrary<string> = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }).filter((s) => !CONTROL.test(s));
const SEPARATORS = ['', ' ', ' ', ' ', ', ', '. '];

/** A single-line string mixing words and Markdown-special pieces; may be empty after trimming. */
export const arbitraryText: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...TRICKY) }, { weight: 1, arbitrary: anyGraphemes }),
      fc.constantFrom(...SEPARATORS),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/** A non-empty, trimmed, single-line plain string (titles, short fields). */
export const arbitraryPlain: fc.Arbitrary<string> = arbitraryText.map((s) => s.trim()).filter((s) => s.length > 0);

const arbitraryMarks: fc.Arbitrary<Mark[]> = fc.subarray(['strong', 'em', 'code'] as Mark[]);

function arbitraryLink(selfId: string, blockIds: readonly string[]): fc.Arbitrary<LinkRef> {
  const local = blockIds.length ? fc.constantFrom(...blockIds) : fc.constant('T-1');
  return fc.oneof(
    local.map((blockId) => ({ t: 'link' as const, docId: selfId, blockId })),
    fc.tuple(fc.constantFrom('tm-sector-north', 'str-2026-unmiss', 'ap-2026'), fc.constantFrom('T', 'OBJ', 'A', 'TS'), fc.integer({ min: 1, max: 40 })).map(([docId, p, n]) => ({
      t: 'link' as const,
      docId,
      blockId: `${p}-${n}`,
    })),
  );
}

/** Inline content in normal form (non-empty). */
function arbitraryInlines(selfId: string, blockIds: readonly string[]): fc.Arbitrary<Inline[]> {
  const run = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(arbitraryText, arbitraryMarks).map(([text, marks]): Inline => (marks.length ? { t: 'text', text, marks } : { t: 'text', text })) },
    { weight: 1, arbitrary: arbitraryLink(selfId, blockIds) },
  );
  return fc
    .array(run, { minLength: 1, maxLength: 5 })
    .map((runs) => normalizeInlines(runs))
    .filter((c) => c.length > 0);
}

/** Raw Markdown the model does not express, one snippet per kind. */
export const RAW_SNIPPETS = [
  '| Zone | Incidents |\n| --- | ---: |\n| North | 12 |\n| South \\| East | 3 |',
  '```yaml\nkey: value\n\n# not a heading\n```',
  '#### Notes from the field',
  '<div class="note">Check with OCHA</div>',
  '> A quote from a community leader.',
  '> [!note] Reminder\n> Update after the JOC meeting.',
  '1. First\n2. Second',
  '- [ ] Call the mayor\n- [x] Brief the Force Commander',
  '- Parent\n  - Child',
  'See [the policy](https://example.org/poc) for details.',
  '~~Old plan~~ replaced.',
  '![map](map.png)',
  '![[sector-map.png]]',
  '***',
  '    indented code',
  '[^1]: Source: a field report.',
  'First line\nsecond line',
  'Line one  \nline two',
  '$$\nx^2\n$$',
  'See [[Meeting notes]].',
  '[[tm-1#Threats]]',
  '**[[#^t-1|T-1]]**',
  '<!-- reviewer: check the numbers -->',
  '[un]: https://un.org',
];

function arbitraryRichText(selfId: string, blockIds: readonly string[], labels: readonly string[] = []): fc.Arbitrary<RichBlock[]> {
  const inl = arbitraryInlines(selfId, blockIds);
  const options: Array<fc.WeightedArbitrary<RichBlock>> = [
    { weight: 5, arbitrary: inl.map((content): RichBlock => ({ t: 'p', content })) },
    { weight: 2, arbitrary: fc.array(inl, { minLength: 1, maxLength: 4 }).map((items): RichBlock => ({ t: 'ul', items })) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_SNIPPETS).map((markdown): RichBlock => ({ t: 'raw', markdown })) },
    // A paragraph that reads like a block anchor line.
    { weight: 1, arbitrary: fc.constantFrom('^t-1', '^abc').map((text): RichBlock => ({ t: 'p', content: [{ t: 'text', text }] })) },
  ];
  // Inside a block: a bold paragraph equal to a field label must not be taken for the label.
  if (labels.length) options.push({ weight: 1, arbitrary: fc.constantFrom(...labels).map((text): RichBlock => ({ t: 'p', content: [{ t: 'text', text, marks: ['strong'] }] })) });
  return fc
    .array(fc.oneof(...options), { minLength: 1, maxLength: 5 })
    .map(normalRichText)
    .filter((r) => r.length > 0);
}

const arbitraryDate = fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** A valid value for a short field (text, enum, rating, date, person, boolean). */
function arbitraryShortValue(f: FieldSpec): fc.Arbitrary<string | number | boolean> {
  switch (f.kind) {
    case 'enum':
      return fc.constantFrom(...f.values!.map((v) => v.value));
    case 'rating':
      return fc.integer({ min: 1, max: 5 });
    case 'boolean':
      return fc.boolean();
    case 'date':
      return arbitraryDate;
    default:
      return arbitraryPlain;
  }
}

function arbitraryDocFieldValue(f: FieldSpec): fc.Arbitrary<string | number | boolean> {
  if (f.kind === 'link') {
    return fc.oneof(fc.constantFrom('ap-2026', 'tm-sector-north'), fc.constantFrom('tm-sector-north#T-4', 'str-2026-unmiss#OBJ-2'));
  }
  if (f.kind === 'richtext') return arbitraryPlain;
  return arbitraryShortValue(f);
}

function arbitraryBlockFields(spec: BlockTypeSpec, selfId: string, blockIds: readonly string[]): fc.Arbitrary<Record<string, FieldValue>> {
  // Bold paragraphs that read like a field label or name must stay paragraphs.
  const labels = spec.fields.flatMap((f) => [f.label, f.name]);
  const entries: Record<string, fc.Arbitrary<FieldValue>> = {};
  for (const f of spec.fields) {
    if (f.kind === 'richtext') entries[f.name] = arbitraryRichText(selfId, blockIds, labels);
    else if (f.kind === 'link') {
      entries[f.name] = fc.oneof(
        fc.array(arbitraryLink(selfId, blockIds), { minLength: 1, maxLength: 3 }).map((links): RichBlock[] => [{ t: 'p', content: links.flatMap((l, i) => (i ? [{ t: 'text' as const, text: ', ' }, l] : [l])) }]),
        arbitraryRichText(selfId, blockIds, labels),
      );
    } else entries[f.name] = arbitraryShortValue(f);
  }
  return fc.record(entries, { requiredKeys: [] }) as fc.Arbitrary<Record<string, FieldValue>>;
}

interface SectionPlan {
  id: string;
  title: string;
  items: Array<{ kind: 'rich'; value: RichBlock[] } | { kind: 'block'; spec: BlockTypeSpec; fields: Record<string, FieldValue> }>;
}

/**
 * Arbitrary document models of `template`'s type, in the mirror's normal
 * form: a subset of the template's sections in template order (titles from
 * the template or generated), rich text and typed blocks of the types each
 * section allows, ids unique per document, links to blocks of the same
 * document and of others, document fields of every kind, and sometimes
 * the note's own properties (tags, aliases, any JSON value).
 */
/**
 * A note's own frontmatter properties (`Meta.properties`): Obsidian's usual
 * ones (tags, aliases, cssclasses) and any other name POC does not own, with
 * any JSON value; at least one.
 */
export function arbitraryProperties(template: Template): fc.Arbitrary<NonNullable<Meta['properties']>> {
  const owned = new Set(['title', 'status', 'created', ...template.fields.map((f) => f.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))]);
  const key = fc.oneof(
    fc.constantFrom('tags', 'aliases', 'cssclasses', 'mission-note', 'My Note', 'publish'),
    fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !owned.has(k) && !k.startsWith('poc-')),
  );
  const value = fc.oneof(
    fc.array(fc.stringMatching(/^[a-z][a-z0-9/-]{0,11}$/), { maxLength: 4 }),
    fc.constant(null),
    fc.jsonValue({ maxDepth: 3 }),
  );
  return fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }) as fc.Arbitrary<NonNullable<Meta['properties']>>;
}

export function arbitraryDocModel(template: Template): fc.Arbitrary<DocModel> {
  const selfId = `${template.id.slice(0, 2)}-doc-1`;
  // Block ids are decided up front, so links can point at them.
  const blockSpecs = template.blockTypes;
  const plannedIds = blockSpecs.flatMap((b) => [1, 2, 3].map((n) => `${b.idPrefix}-${n}`));
  const meta: fc.Arbitrary<Meta> = fc
    .record({
      title: fc.oneof(arbitraryPlain, fc.constant('')),
      status: fc.constantFrom('draft', 'in-review', 'approved', 'archived'),
      created: arbitraryDate,
      fields: fc.record(Object.fromEntries(template.fields.map((f) => [f.name, arbitraryDocFieldValue(f)])), { requiredKeys: [] }),
      properties: fc.option(arbitraryProperties(template), { nil: undefined }),
    })
    .map(({ title, status, created, fields, properties }) => ({
      id: selfId,
      type: template.id,
      templateVersion: template.version,
      title,
      status: status as Meta['status'],
      created,
      fields: fields as Meta['fields'],
      ...(properties ? { properties } : {}),
    }));
  const sectionArb = (s: Template['sections'][number]): fc.Arbitrary<SectionPlan> => {
    const allowed = s.blocks.map((r) => blockSpecs.find((b) => b.type === r.type)!).filter(Boolean);
    const item = allowed.length
      ? fc.oneof(
          arbitraryRichText(selfId, plannedIds).map((value) => ({ kind: 'rich' as const, value })),
          fc.constantFrom(...allowed).chain((spec) => arbitraryBlockFields(spec, selfId, plannedIds).map((fields) => ({ kind: 'block' as const, spec, fields }))),
        )
      : arbitraryRichText(selfId, plannedIds).map((value) => ({ kind: 'rich' as const, value }));
    return fc.record({
      id: fc.constant(s.id),
      title: fc.oneof({ weight: 3, arbitrary: fc.constant(s.title) }, { weight: 1, arbitrary: arbitraryPlain }, { weight: 1, arbitrary: fc.constant('') }),
      items: fc.array(item, { maxLength: 4 }),
    });
  };
  // At most a dozen sections: enough variety, and the property tests stay quick for the long strategy template.
  const sections = fc.subarray(template.sections, { minLength: 1, maxLength: Math.min(12, template.sections.length) }).chain((list) => fc.tuple(...list.map(sectionArb)));
  return fc.tuple(meta, sections).map(([m, plans]) => {
    const counters = new Map<string, number>();
    const out: Section[] = plans.map((plan) => {
      const content: SectionItem[] = [];
      for (const it of plan.items) {
        if (it.kind === 'rich') content.push(...it.value);
        else {
          const n = (counters.get(it.spec.idPrefix) ?? 0) + 1;
          counters.set(it.spec.idPrefix, n);
          content.push({ t: 'block', type: it.spec.type, id: `${it.spec.idPrefix}-${n}`, fields: it.fields } satisfies TypedBlock);
        }
      }
      return { id: plan.id, title: plan.title, content: normalSectionContent(content) };
    });
    return { meta: m, sections: out };
  });
}

/** Section content in normal form: each run of rich text between blocks normalised as one. */
function normalSectionContent(items: readonly SectionItem[]): SectionItem[] {
  const out: SectionItem[] = [];
  let rich: RichBlock[] = [];
  const flush = () => {
    out.push(...normalRichText(rich));
    rich = [];
  };
  for (const i of items) {
    if (i.t === 'block') {
      flush();
      out.push(i);
    } else rich.push(i);
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------
// Large deterministic documents

/** How big a generated document should be. */
export interface LargeDocOptions {
  /** Typed blocks to create in sections that hold blocks (default: the template's minimum, at least one per rule). */
  blocks?: number;
  /** Words of ordinary text to aim for across the sections (default 2,000). */
  words?: number;
  /** Seed of the pseudo-random choices (default 1). */
  seed?: number;
  /** Document id (default "<type>-large"). */
  id?: string;
}

const VOCAB = (
  'civilians protection mission patrol village displaced camp women children armed group militia attack threat community ' +
  'liaison assistants early warning network response physical presence engagement dialogue local authorities police human ' +
  'rights humanitarian partners risk mitigation hotspot market road season harvest return corridor checkpoint convoy escort ' +
  'deployment base company battalion sector office coordination forum host government state security forces ceasefire ' +
  'monitoring reporting sexual violence abduction recruitment displacement shelter access assessment analysis priority'
).split(' ');
const PEOPLE = ['Amina Diallo', 'Jean-Paul Mbeki', 'Sofia Haddad', 'Ravi Menon', 'Grace Achieng', 'Lars Nilsson'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A deterministic, realistic, fully filled model of `template`'s type:
 * every section, `blocks` typed blocks spread over the sections that hold
 * blocks (each with every field filled with a valid value, link fields
 * pointing at earlier blocks of an accepted type), and about `words` words
 * of ordinary text with some bold, italics, lists and links. The same
 * options always give the same model.
 */
export function largeDocModel(template: Template, opts: LargeDocOptions = {}): DocModel {
  const rand = mulberry32(opts.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const id = opts.id ?? `${template.id}-large`;
  let wordTotal = 0;
  const sentence = (n: number): string => {
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(pick(VOCAB));
    wordTotal += n;
    const s = ws.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}${pick(['.', '.', '.', ';', '?'])}`;
  };
  const blocksSoFar: TypedBlock[] = [];
  const linkTo = (targets?: readonly string[]): LinkRef => {
    const local = blocksSoFar.filter((b) => !targets || targets.includes(b.type));
    if (local.length) return { t: 'link', docId: id, blockId: pick(local).id };
    return { t: 'link', docId: 'other-doc', blockId: 'X-1' };
  };
  const paragraph = (n: number): RichBlock => {
    const content: Inline[] = [{ t: 'text', text: sentence(n) }];
    const r = rand();
    if (r < 0.2) content.push({ t: 'text', text: ' ' }, { t: 'text', text: sentence(2).slice(0, -1), marks: ['strong'] }, { t: 'text', text: ' ' + sentence(4) });
    else if (r < 0.3 && blocksSoFar.length) content.push({ t: 'text', text: ' See ' }, linkTo(), { t: 'text', text: '.' });
    return { t: 'p', content: normalizeInlines(content) };
  };
  const rich = (paras: number, wordsEach: number): RichBlock[] => {
    const out: RichBlock[] = [];
    for (let i = 0; i < paras; i++) out.push(paragraph(wordsEach));
    if (rand() < 0.15) out.push({ t: 'ul', items: [0, 1, 2].map(() => [{ t: 'text' as const, text: sentence(5) }]) });
    return out;
  };
  const date = () => `2026-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const value = (f: FieldSpec): FieldValue => {
    switch (f.kind) {
      case 'text':
        return sentence(3 + Math.floor(rand() * 4)).slice(0, -1);
      case 'person':
        return pick(PEOPLE);
      case 'richtext':
        return rich(1 + Math.floor(rand() * 2), 12 + Math.floor(rand() * 20));
      case 'enum':
        return pick(f.values!).value;
      case 'rating':
        return 1 + Math.floor(rand() * 5);
      case 'boolean':
        return rand() < 0.3;
      case 'date':
        return date();
      case 'link':
        return [{ t: 'p', content: [linkTo(f.targets?.map((t) => t.split('/').pop()!))] }];
    }
  };

  const fields: Meta['fields'] = {};
  for (const f of template.fields) {
    const v = f.kind === 'link' ? `${f.targets?.[0] ?? 'other'}-large` : value(f);
    if (!Array.isArray(v)) fields[f.name] = v;
  }
  const holders = template.sections.filter((s) => s.blocks.length);
  const rules = holders.flatMap((s) => s.blocks.map((r) => ({ section: s.id, rule: r })));
  const quota = new Map<string, number>();
  const total = opts.blocks ?? rules.reduce((n, r) => n + Math.max(r.rule.min, 1), 0);
  rules.forEach((r, i) => quota.set(`${r.section}/${r.rule.type}`, Math.floor(total / rules.length) + (i < total % rules.length ? 1 : 0)));
  const counters = new Map<string, number>();
  const consultation = template.consultation;
  const sections: Section[] = template.sections.map((s) => {
    const content: SectionItem[] = [];
    if (s.text) content.push(...rich(1, 40));
    for (const r of s.blocks) {
      const spec = template.blockTypes.find((b) => b.type === r.type)!;
      const n = quota.get(`${s.id}/${r.type}`) ?? 0;
      for (let k = 0; k < n; k++) {
        const num = (counters.get(spec.idPrefix) ?? 0) + 1;
        counters.set(spec.idPrefix, num);
        const bf: Record<string, FieldValue> = {};
        for (const f of spec.fields) bf[f.name] = value(f);
        if (consultation?.blockType === spec.type && consultation.section === s.id) bf.party = consultation.parties[k % consultation.parties.length].id;
        const block: TypedBlock = { t: 'block', type: spec.type, id: `${spec.idPrefix}-${num}`, fields: bf };
        blocksSoFar.push(block);
        content.push(block);
      }
    }
    return { id: s.id, title: s.title, content };
  });
  // Top up ordinary text, section by section, to reach the word target.
  const target = opts.words ?? 2000;
  const textual = sections.filter((_, i) => template.sections[i].text);
  for (let i = 0; wordTotal < target && textual.length; i++) {
    textual[i % textual.length].content.push(...rich(1, 60 + Math.floor(rand() * 60)));
  }
  return {
    meta: { id, type: template.id, templateVersion: template.version, title: `${template.title} (generated)`, status: 'draft', created: '2026-01-05', fields },
    sections,
  };
}
