import { describe, expect, it } from 'vitest';
import { hasRiskRatings, isTrafficLight, layoutOf } from '../../editor/blocks.js';
import { blockTitleOf } from '../../shared/template/block-title.js';
import type { BlockTypeSpec } from '../../shared/template/template-schema.js';
import { template } from './helpers.js';

const spec = (doc: string, type: string) => template(doc).blockTypes.find((b) => b.type === type)!;

describe('block layouts', () => {
  it('lay a threat out as a grid row with its title, ratings and imminence in the head', () => {
    expect(layoutOf(spec('threat-matrix', 'threat'))).toEqual({ variant: 'row', head: ['threat', 'likelihood', 'impact', 'imminent'] });
  });

  it('lay communications out as table rows, options as cards and consultations as a tracker', () => {
    expect(layoutOf(spec('operations-brief', 'communication')).variant).toBe('table');
    expect(layoutOf(spec('operations-brief', 'option')).variant).toBe('card');
    expect(layoutOf(spec('operations-brief', 'consultation')).variant).toBe('tracker');
  });

  it("give a mission's own block type a card with its title and compact fields, and drop head fields a tailored type lacks", () => {
    const tailored: BlockTypeSpec = {
      type: 'incident',
      label: 'Incident',
      idPrefix: 'INC',
      titleField: 'what',
      fields: [
        { name: 'what', label: 'What', kind: 'text', required: true },
        { name: 'notes', label: 'Notes', kind: 'text', required: false },
        { name: 'when', label: 'When', kind: 'date', required: false },
        { name: 'severity', label: 'Severity', kind: 'rating', required: false },
      ],
    };
    expect(layoutOf(tailored)).toEqual({ variant: 'card', head: ['what', 'when', 'severity'] });
    const slimThreat = { ...spec('threat-matrix', 'threat'), fields: spec('threat-matrix', 'threat').fields.filter((f) => f.name !== 'imminent') };
    expect(layoutOf(slimThreat).head).toEqual(['threat', 'likelihood', 'impact']);
  });
});

describe('block facts', () => {
  it("titles a block by its title field, else its first text field, else its id", () => {
    const tm = template('threat-matrix');
    expect(blockTitleOf({ t: 'block', type: 'threat', id: 'T-1', fields: { threat: 'Raids' } }, tm)).toBe('Raids');
    expect(blockTitleOf({ t: 'block', type: 'threat', id: 'T-1', fields: { location: 'Kiri' } }, tm)).toBe('Kiri');
    expect(blockTitleOf({ t: 'block', type: 'threat', id: 'T-1', fields: {} }, tm)).toBe('T-1');
  });

  it('recognises the RED/ORANGE/GREEN criticality scale and the risk ratings', () => {
    expect(isTrafficLight(spec('resources-matrix', 'capability').fields.find((f) => f.name === 'criticality')!)).toBe(true);
    expect(isTrafficLight(spec('action-plan', 'action').fields.find((f) => f.name === 'status')!)).toBe(false);
    expect(hasRiskRatings(spec('threat-matrix', 'threat'))).toBe(true);
    expect(hasRiskRatings(spec('action-plan', 'action'))).toBe(false);
  });
});
