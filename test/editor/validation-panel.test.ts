import { describe, expect, it } from 'vitest';
import { groupBySection, locationLabel } from '../../editor/panels/validation-panel.js';
import type { Diagnostic } from '../../shared/validate/index.js';
import { template } from './helpers.js';

const tm = template('threat-matrix');
const d = (section: string | undefined, extra: Partial<Diagnostic['location']> = {}): Diagnostic => ({
  severity: 'error',
  code: 'x',
  message: 'm',
  location: { ...(section === undefined ? {} : { section }), ...extra },
});

describe('the problems panel', () => {
  it('groups problems by section in template order, with those about the document first', () => {
    const groups = groupBySection([d('3'), d('2', { block: 'T-1' }), d(undefined, { field: 'office' }), d('2')], tm);
    expect(groups.map((g) => [g.title, g.items.length])).toEqual([
      ['Document', 1],
      ['2 Threats to civilians', 2],
      ['3 Consultation', 1],
    ]);
  });

  it('names where a problem is with the block id and the field label', () => {
    expect(locationLabel(d('2', { block: 'T-1', field: 'likelihood' }), tm)).toBe('T-1 · Likelihood');
    expect(locationLabel(d(undefined, { field: 'lastReview' }), tm)).toBe('Last reviewed');
    expect(locationLabel(d('2'), tm)).toBe('');
  });
});
