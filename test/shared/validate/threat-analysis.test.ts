// Analysis of Threats and Perpetrators (Annex B I): every perpetrator is described under the seven elements; threat matrices link a threat's perpetrator to its card.
import { describe, expect, test } from 'vitest';
import { PERPETRATOR_ELEMENTS } from '../../../shared/validate/threat-analysis.js';
import { link, links } from '../../support/build-model.js';
import { check, withCode } from './helpers.js';
import { DEMO_TODAY, demoDoc, demoResolver, editBlock, editFields } from './demo-docs.js';

const analysis = () => demoDoc('threat-analysis');
const matrix = () => demoDoc('threat-matrix');
const codes = (model: ReturnType<typeof analysis>, ...others: Array<ReturnType<typeof analysis>>) => check(model, { today: DEMO_TODAY, ...demoResolver(...others) });

describe('perpetrator-element-missing', () => {
  test('the demo analysis raises no error and no warning', () => {
    expect(codes(analysis()).filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test.each(PERPETRATOR_ELEMENTS)('a perpetrator saying nothing under %s is an error on that field, citing Annex B I', (field) => {
    const d = withCode(codes(editBlock(analysis(), 'P-4', { [field]: undefined })), 'perpetrator-element-missing');
    expect(d.map((x) => [x.severity, x.location])).toEqual([['error', { section: '2', block: 'P-4', field }]]);
    expect(d[0].message).toMatch(/^Perpetrator P-4 \("FAAR 14th Brigade.*Annex B I\)\.$/);
  });

  test('the optional pattern of violence is not one of the seven elements', () => {
    expect(withCode(codes(editBlock(analysis(), 'P-4', { violencePattern: undefined })), 'perpetrator-element-missing')).toEqual([]);
  });
});

describe("a threat's perpetrator linked to the analysis", () => {
  test('the demo Sector North matrix, whose threats link their perpetrators to the analysis, has no link error', () => {
    const d = codes(matrix()).filter((x) => x.code.startsWith('link-'));
    expect(d).toEqual([]);
  });

  test('a link to a perpetrator that does not exist is reported like any broken link', () => {
    const ta = analysis().meta.id;
    const d = withCode(codes(editBlock(matrix(), 'T-1', { perpetratorProfile: links(link(ta, 'P-99')) })), 'link-unresolved');
    expect(d.map((x) => [x.severity, x.location])).toEqual([['error', { section: '2', block: 'T-1', field: 'perpetratorProfile' }]]);
    expect(d[0].message).toMatch(/P-99 of document "ta-minusar-2026" in "Perpetrator analysis" of threat T-1/);
  });

  test('the link resolves once the analysis has the card', () => {
    const ta = analysis();
    const withCard = ta.sections.find((s) => s.id === '2')!;
    withCard.content.push({ t: 'block', type: 'perpetrator', id: 'P-99', fields: { name: 'New group', actorType: 'armed-group' } });
    const d = withCode(codes(editBlock(matrix(), 'T-1', { perpetratorProfile: links(link(ta.meta.id, 'P-99')) }), ta), 'link-unresolved');
    expect(d).toEqual([]);
  });

  test('a link to something other than a perpetrator (an action) is a link-target-type error', () => {
    const ap = demoDoc('action-plan').meta.id;
    const d = withCode(codes(editBlock(matrix(), 'T-1', { perpetratorProfile: links(link(ap, 'A-2')) })), 'link-target-type');
    expect(d.map((x) => x.location)).toEqual([{ section: '2', block: 'T-1', field: 'perpetratorProfile' }]);
  });

  test('without a link, the plain-text perpetrator is enough: the field is optional', () => {
    const d = codes(editBlock(matrix(), 'T-1', { perpetratorProfile: undefined }));
    expect(d.filter((x) => x.severity !== 'info')).toEqual([]);
  });
});

describe('review-overdue (the monthly assessment)', () => {
  // The demo analysis was assessed on 2026-11-15; DEMO_TODAY is 2026-11-24, and a monthly review is due 31 days on.
  test('an analysis last assessed more than a month ago is a warning on "Assessed on", naming the analysis and Annex B I', () => {
    const d = withCode(codes(editFields(analysis(), { assessedOn: '2026-10-01' })), 'review-overdue');
    expect(d.map((x) => [x.severity, x.location])).toEqual([['warning', { field: 'assessedOn' }]]);
    expect(d[0].message).toMatch(/^This analysis of threats and perpetrators was last assessed on 2026-10-01; with a monthly review it was due again by 2026-11-01 \(23 days ago\)\..*"Assessed on".*Annex B I/);
  });

  test('an analysis assessed exactly a review period ago is not yet overdue', () => {
    expect(withCode(codes(editFields(analysis(), { assessedOn: '2026-10-24' })), 'review-overdue')).toEqual([]);
  });
});
