/**
 * Reading Markdown written by people (in Obsidian's source mode): what
 * becomes model content, what is kept verbatim as raw Markdown, and how
 * links, fields and properties are understood.
 */
import { describe, expect, test } from 'vitest';
import { obsidianBlockId, parseMarkdown, readFrontmatter, toMarkdown } from '../../../shared/markdown/index.js';
import type { DocModel, RichBlock, TypedBlock } from '../../../shared/model/types.js';
import { TemplateSet } from '../../../shared/template/set.js';

const templates = TemplateSet.builtin();
const matrix = templates.get('threat-matrix');

const FRONTMATTER = ['---', 'poc-id: tm-north', 'poc-type: threat-matrix', 'poc-template: threat-matrix@1', 'title: Sector North', 'status: draft', 'created: 2026-03-02', '---', ''];

function read(body: string, extraFrontmatter = '', opts = {}): DocModel {
  const fm = FRONTMATTER.join('\n').replace('created: 2026-03-02', `created: 2026-03-02${extraFrontmatter}`);
  const r = parseMarkdown(`${fm}\n${body}`, templates, 'test.md', opts);
  if (!r.ok) throw new Error(`line ${r.error.line}: ${r.error.message}`);
  return r.model;
}

/** The content of section 1 after reading `body` under its heading. */
function overview(body: string): RichBlock[] {
  return read(`## 1 · Threat overview\n\n${body}\n`).sections[0].content as RichBlock[];
}

/** The first typed block of section 2 after reading `lines` under its heading. */
function threat(...lines: string[]): TypedBlock {
  return read(`## 2 · Threats to civilians\n\n${lines.join('\n')}\n`).sections[0].content[0] as TypedBlock;
}

describe('unknown Markdown is kept verbatim as raw', () => {
  const cases: Array<[string, string]> = [
    ['a table', '| Zone | Incidents |\n| --- | --- |\n| North | 12 |'],
    ['a fenced code block with a blank line', '```\nline one\n\nline two\n```'],
    ['a heading a user added inside a section', '### Field notes'],
    ['an HTML block', '<details><summary>More</summary>Hidden text</details>'],
    ['an ordinary Obsidian callout', '> [!note] Reminder\n> Update after the JOC meeting.'],
    ['a task list', '- [ ] Call the mayor\n- [x] Brief the Force Commander'],
    ['an ordered list', '1. First\n2. Second'],
    ['a nested list', '- Parent\n  - Child'],
    ['a paragraph with a Markdown link', 'See [the policy](https://example.org) first.'],
    ['a paragraph with a line break inside', 'First line\nsecond line'],
    ['a link to a note rather than a block', 'Compare [[Meeting notes]].'],
    ['an embed', '![[sector-map.png]]'],
    ['a cross-link in bold', '**[[#^t-1|T-1]]**'],
    ['strikethrough', '~~Old plan~~ replaced.'],
  ];
  test.each(cases)('%s', (_, md) => {
    expect(overview(md)).toEqual([{ t: 'raw', markdown: md }]);
  });

  test('neighbouring unknown nodes form one raw item, blank lines between them included', () => {
    const md = '| a |\n| - |\n| 1 |\n\n\n```\ncode\n```';
    expect(overview(md)).toEqual([{ t: 'raw', markdown: md }]);
  });

  test('raw Markdown is written back exactly as it was read', () => {
    const body = '## 1 · Threat overview\n\nIntro.\n\n| Zone | Incidents |\n| :-- | --: |\n| North | 12 |\n\n### Field notes\n\nMore text.\n';
    const model = read(body);
    expect(toMarkdown(model, matrix)).toContain(body);
  });

  test('raw Markdown inside a block field loses only the quote markers', () => {
    const b = threat('> [!poc-threat] T-1', '>', '> **Mission resources**', '>', '> ```', '> two patrols', '> ```');
    expect(b.fields.resources).toEqual([{ t: 'raw', markdown: '```\ntwo patrols\n```' }]);
  });
});

describe('rich text', () => {
  test('a paragraph with bold, italics and code becomes text runs with marks', () => {
    expect(overview('Attacks **rose** in *March* near `Kalo-2`.')).toEqual([
      {
        t: 'p',
        content: [
          { t: 'text', text: 'Attacks ' },
          { t: 'text', text: 'rose', marks: ['strong'] },
          { t: 'text', text: ' in ' },
          { t: 'text', text: 'March', marks: ['em'] },
          { t: 'text', text: ' near ' },
          { t: 'text', text: 'Kalo-2', marks: ['code'] },
          { t: 'text', text: '.' },
        ],
      },
    ]);
  });

  test('a loose bullet list is a bullet list', () => {
    expect(overview('* one\n\n* two')).toEqual([{ t: 'ul', items: [[{ t: 'text', text: 'one' }], [{ t: 'text', text: 'two' }]] }]);
  });

  test('a bare URL stays text', () => {
    expect(overview('Report at https://example.org/form today.')).toEqual([{ t: 'p', content: [{ t: 'text', text: 'Report at https://example.org/form today.' }] }]);
  });

  test('escaped brackets are text, not a cross-link', () => {
    expect(overview('Write \\[[T-1]] for a link.')).toEqual([{ t: 'p', content: [{ t: 'text', text: 'Write [[T-1]] for a link.' }] }]);
  });

  test('a heading without " · " after its first word stays in the section as raw', () => {
    const model = read('## 1 · Threat overview\n\n## Notes\n\nText.\n');
    expect(model.sections.map((s) => s.id)).toEqual(['1']);
    expect(model.sections[0].content[0]).toEqual({ t: 'raw', markdown: '## Notes' });
  });

  test('a section heading is recognised at any heading level', () => {
    expect(read('#### 1 · Threat overview\n').sections).toEqual([{ id: '1', title: 'Threat overview', content: [] }]);
  });

  test('a section title holding a Unicode line separator (U+2028, as pasted text may) is still a section heading', () => {
    expect(read('## 1 · Threats\u2028this week\n').sections).toEqual([{ id: '1', title: 'Threats\u2028this week', content: [] }]);
  });

  test('the section title is read from the heading, whatever the template calls it', () => {
    expect(read('## 1 · Trends this week\n').sections[0].title).toBe('Trends this week');
  });
});

describe('cross-links', () => {
  test('a link without a file points into the same document', () => {
    expect(overview('See [[#^t-3|T-3]].')[0]).toEqual({ t: 'p', content: [{ t: 'text', text: 'See ' }, { t: 'link', docId: 'tm-north', blockId: 'T-3' }, { t: 'text', text: '.' }] });
  });

  test('a link to another file names that document by the file name', () => {
    expect(overview('[[str-2026#^obj-2|OBJ-2]]')[0]).toEqual({ t: 'p', content: [{ t: 'link', docId: 'str-2026', blockId: 'OBJ-2' }] });
  });

  test('resolveLink maps file names back to document ids', () => {
    const model = read('## 1 · Threat overview\n\n[[Plans/Strategy 2026#^obj-2|OBJ-2]]\n', '', { resolveLink: (t: string) => (t === 'Plans/Strategy 2026' ? 'str-2026' : undefined) });
    expect(model.sections[0].content[0]).toEqual({ t: 'p', content: [{ t: 'link', docId: 'str-2026', blockId: 'OBJ-2' }] });
  });

  test('without an alias naming the same block, the block id is the anchor in capitals', () => {
    expect(overview('[[#^obj-2|the second objective]] and [[#^t-4]]')[0]).toEqual({
      t: 'p',
      content: [{ t: 'link', docId: 'tm-north', blockId: 'OBJ-2' }, { t: 'text', text: ' and ' }, { t: 'link', docId: 'tm-north', blockId: 'T-4' }],
    });
  });

  test('links are written to the file linkTarget names, and to no file inside the same document', () => {
    const model = read('## 1 · Threat overview\n\n[[#^t-3|T-3]] [[str-2026#^obj-2|OBJ-2]]\n');
    const md = toMarkdown(model, matrix, { linkTarget: (id) => (id === 'str-2026' ? 'Strategy 2026' : undefined) });
    expect(md).toContain('[[#^t-3|T-3]] [[Strategy 2026#^obj-2|OBJ-2]]');
  });

  test('Obsidian block ids are the short ids in lower case', () => {
    expect(obsidianBlockId('OBJ-12')).toBe('obj-12');
    expect(obsidianBlockId('T 3')).toBe('t-3');
  });
});

describe('typed blocks', () => {
  test('enum values may be written as their label or their value, in any case', () => {
    const b = threat('> [!poc-threat] T-1', '>', '> | Field | Value |', '> | - | - |', '> | Type of threat | SEXUAL VIOLENCE |', '> | Phase | pre-emption |');
    expect(b.fields).toMatchObject({ threatType: 'sexual-violence', phase: 'pre-emption' });
  });

  test('yes/no fields read Yes, No, true and false; ratings read numbers', () => {
    const b = threat('> [!poc-threat] T-1', '>', '> | Field | Value |', '> | - | - |', '> | Imminent | yes |', '> | Gap in response | False |', '> | Likelihood | 4 |');
    expect(b.fields).toMatchObject({ imminent: true, gap: false, likelihood: 4 });
  });

  test('a value a field cannot hold is kept as written, for validation to report', () => {
    const b = threat('> [!poc-threat] T-1', '>', '> | Field | Value |', '> | - | - |', '> | Likelihood | high |', '> | Tier | Tier IV |');
    expect(b.fields).toMatchObject({ likelihood: 'high', tier: 'Tier IV' });
  });

  test('a field may be named by its field name as well as its label', () => {
    const b = threat('> [!poc-threat] T-1', '>', '> | Field | Value |', '> | - | - |', '> | likelihood | 2 |', '>', '> **recommendations**', '>', '> Add a patrol.');
    expect(b.fields).toEqual({ likelihood: 2, recommendations: [{ t: 'p', content: [{ t: 'text', text: 'Add a patrol.' }] }] });
  });

  test('the block id line is optional and a folded callout is read like any other', () => {
    const b = threat('> [!poc-threat]- T-7 · Night raids');
    expect(b).toEqual({ t: 'block', type: 'threat', id: 'T-7', fields: { threat: 'Night raids' } });
  });

  test('a block title holding a Unicode paragraph separator (U+2029, as pasted text may) is read as the title', () => {
    expect(threat('> [!poc-threat] T-7 · Night\u2029raids')).toEqual({ t: 'block', type: 'threat', id: 'T-7', fields: { threat: 'Night\u2029raids' } });
  });

  test('an empty row and an empty cell mean no value', () => {
    const b = threat('> [!poc-threat] T-1', '>', '> | Field | Value |', '> | - | - |', '> | | |', '> | Perpetrator | |');
    expect(b.fields).toEqual({});
  });

  test('a bold paragraph equal to a field label is written with underscores and read back as text', () => {
    const label: RichBlock = { t: 'p', content: [{ t: 'text', text: 'Mission resources', marks: ['strong'] }] };
    const model: DocModel = {
      meta: { id: 'tm-north', type: 'threat-matrix', templateVersion: 1, title: 'Sector North', status: 'draft', created: '2026-03-02', fields: {} },
      sections: [{ id: '2', title: 'Threats to civilians', content: [{ t: 'block', type: 'threat', id: 'T-1', fields: { response: [label] } }] }],
    };
    const md = toMarkdown(model, matrix);
    expect(md).toContain('> __Mission resources__');
    const r = parseMarkdown(md, templates);
    expect(r.ok && r.model).toEqual(model);
  });
});

describe('frontmatter', () => {
  test('document fields are read from kebab-case properties, text kinds as text', () => {
    const model = read('## 1 · Threat overview\n', '\noffice: 12\nreview-cadence: weekly\nlast-review: 2026-03-01');
    expect(model.meta.fields).toEqual({ office: '12', reviewCadence: 'weekly', lastReview: '2026-03-01' });
  });

  test('a property the template does not declare is the note\'s own property, not a document field', () => {
    const model = read('## 1 · Threat overview\n', '\nmission-note: keep me');
    expect(model.meta.fields).toEqual({});
    expect(model.meta.properties).toEqual({ 'mission-note': 'keep me' });
    expect(toMarkdown(model, matrix)).toContain('mission-note: keep me');
  });

  test('an unknown poc- property is kept as a document field', () => {
    const model = read('## 1 · Threat overview\n', '\npoc-sector: north');
    expect(model.meta.fields).toEqual({ pocSector: 'north' });
    expect(model.meta.properties).toBeUndefined();
  });

  test('an empty property means no value', () => {
    expect(read('## 1 · Threat overview\n', '\noffice:').meta.fields).toEqual({});
  });

  test('document-level links are Obsidian links in the properties and read back as document ids', () => {
    const strategy = templates.get('strategy');
    const linkField = strategy.fields.find((f) => f.kind === 'link')!;
    const model: DocModel = {
      meta: { id: 'str-2026', type: 'strategy', templateVersion: strategy.version, title: 'Strategy', status: 'draft', created: '2026-01-01', fields: { [linkField.name]: 'ap-2026' } },
      sections: [],
    };
    const md = toMarkdown(model, strategy);
    expect(md).toMatch(/: "\[\[ap-2026\]\]"/);
    const r = parseMarkdown(md, templates);
    expect(r.ok && r.model).toEqual(model);
  });

  test('readFrontmatter gives the POC keys without reading the body', () => {
    const text = `${FRONTMATTER.join('\n')}\n> [!poc-bogus] broken body\n`;
    expect(readFrontmatter(text)).toEqual({ id: 'tm-north', type: 'threat-matrix', template: 'threat-matrix@1', title: 'Sector North', status: 'draft' });
  });

  test('readFrontmatter gives nothing for an ordinary note or broken frontmatter', () => {
    expect(readFrontmatter('# Just a note\n')).toBeUndefined();
    expect(readFrontmatter('---\ntitle: [unclosed\n---\n')).toBeUndefined();
    expect(readFrontmatter('---\ntitle: open\n')).toBeUndefined();
  });

  test('readFrontmatter of a note with other properties has no type', () => {
    expect(readFrontmatter('---\ntags: [a]\ntitle: Notes\n---\nText\n')).toEqual({ title: 'Notes' });
  });
});

test('a table whose header row names a field reads that row as a field too', () => {
  const b = threat('> [!poc-threat] T-1', '>', '> | Likelihood | 4 |', '> | - | - |', '> | Impact | 2 |');
  expect(b.fields).toEqual({ likelihood: 4, impact: 2 });
});
