/**
 * Approval tests of the written format: fixed documents and the exact
 * Markdown approved for them (in __approved__/, reviewed by a person when
 * they change). They show what a mirror file looks like in Obsidian's
 * source view, and every approved file must read back to its model.
 */
import { describe, expect, test } from 'vitest';
import { parseMarkdown, toMarkdown } from '../../../shared/markdown/index.js';
import type { DocModel } from '../../../shared/model/types.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { filledModel, link, p } from '../../support/build-model.js';

const templates = TemplateSet.builtin();

describe.each(templates.all().map((t) => [t.id, t] as const))('%s', (id, template) => {
  const model = filledModel(template).build();

  test('a fully filled document is written as approved', async () => {
    await expect(toMarkdown(model, template)).toMatchFileSnapshot(`__approved__/${id}.filled.md`);
  });

  test('the approved file reads back to the same document', () => {
    const r = parseMarkdown(toMarkdown(model, template), templates);
    expect(r.ok && r.model).toEqual(model);
  });
});

/** A small, realistic, fictional threat matrix with the kinds of content people write. */
function sectorNorth(): DocModel {
  return {
    meta: {
      id: 'tm-sector-north',
      type: 'threat-matrix',
      templateVersion: 1,
      title: 'Sector North — threat matrix',
      status: 'in-review',
      created: '2026-03-02',
      fields: { office: 'Sector North (Kalo)', reviewCadence: 'weekly', lastReview: '2026-03-09', preparedBy: 'JOC Sector North' },
    },
    sections: [
      {
        id: '1',
        title: 'Threat overview',
        content: [
          {
            t: 'p',
            content: [
              { t: 'text', text: 'Attacks on markets ' },
              { t: 'text', text: 'doubled', marks: ['strong'] },
              { t: 'text', text: ' since February; see ' },
              link('tm-sector-north', 'T-1'),
              { t: 'text', text: ' and objective ' },
              link('str-2026', 'OBJ-2'),
              { t: 'text', text: '.' },
            ],
          },
          { t: 'ul', items: [[{ t: 'text', text: 'Rainy season closes the Kalo–Bir road' }], [{ t: 'text', text: '3 * 4 = 12 (risk of T-1)' }]] },
          { t: 'raw', markdown: '| Week | Incidents |\n| ---- | --------: |\n| 9    |         4 |\n| 10   |         9 |' },
        ],
      },
      {
        id: '2',
        title: 'Threats to civilians',
        content: [
          {
            t: 'block',
            type: 'threat',
            id: 'T-1',
            fields: {
              threat: 'Militia raids on Kalo market',
              location: 'Kalo market | Sector North',
              threatType: 'armed-attack',
              perpetrator: 'Local militia [unnamed]',
              populations: [p('Traders and their families on market days (Tuesdays).')],
              likelihood: 4,
              impact: 5,
              imminent: true,
              response: [{ t: 'ul', items: [[{ t: 'text', text: 'Day and night patrols' }], [{ t: 'text', text: 'Early-warning calls via the CAN' }]] }],
              tier: 'tier-2',
              phase: 'pre-emption',
              responsibleComponents: 'Force, Civil Affairs',
              gap: false,
              links: [{ t: 'p', content: [link('str-2026', 'OBJ-2'), { t: 'text', text: ', ' }, link('ap-2026', 'A-4')] }],
            },
          },
          {
            t: 'block',
            type: 'threat',
            id: 'T-2',
            fields: {
              threat: 'Abductions on the Bir road',
              threatType: 'abduction',
              likelihood: 2,
              impact: 4,
              gap: true,
              recommendations: [{ t: 'p', content: [{ t: 'text', text: 'Ask for a second escort team; ' }, { t: 'text', text: '#escort', marks: ['code'] }, { t: 'text', text: ' is tagged.' }] }],
            },
          },
        ],
      },
    ],
  };
}

test('a realistic threat matrix is written as approved', async () => {
  await expect(toMarkdown(sectorNorth(), templates.get('threat-matrix'))).toMatchFileSnapshot('__approved__/threat-matrix.sector-north.md');
});

test('the realistic threat matrix reads back to the same document', () => {
  const model = sectorNorth();
  const r = parseMarkdown(toMarkdown(model, templates.get('threat-matrix')), templates);
  expect(r.ok && r.model).toEqual(model);
});
