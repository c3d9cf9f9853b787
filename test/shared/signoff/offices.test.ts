// Office holdings and their scope: the one rule the server, /api/me, the sign-off form and the panel share.
import { describe, expect, it } from 'vitest';
import { documentArea, formatHolding, holdingApplies, inScope, parseHolding, readHoldings, rolesInScope, sameHolding, scopedDocument } from '../../../shared/signoff/offices.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { ModelBuilder } from '../../support/build-model.js';

const templates = TemplateSet.builtin();
const north = { id: 'tm-north', area: 'Sector North' };

describe('office scope', () => {
  it('a holding without area or documents applies to every document', () => {
    expect(holdingApplies({ role: 'head-of-office' }, north)).toBe(true);
    expect(holdingApplies({ role: 'head-of-office' }, { id: 'strategy' })).toBe(true);
  });

  it('a holding for an area applies to documents of that area, compared trimmed and case-insensitively', () => {
    expect(holdingApplies({ role: 'head-of-office', area: ' sector north' }, north)).toBe(true);
    expect(holdingApplies({ role: 'head-of-office', area: 'Sector South' }, north)).toBe(false);
  });

  it('a holding for an area applies neither to a mission-wide document nor to one that names no area', () => {
    expect(holdingApplies({ role: 'srsg', area: 'Sector North' }, { id: 'brief-1' })).toBe(false);
  });

  it('a holding for documents applies to those ids only, compared case-insensitively', () => {
    expect(holdingApplies({ role: 'head-of-office', docs: ['TM-NORTH'] }, north)).toBe(true);
    expect(holdingApplies({ role: 'head-of-office', docs: ['tm-south'] }, north)).toBe(false);
  });

  it('a holding naming an area and documents needs both', () => {
    expect(holdingApplies({ role: 'head-of-office', area: 'Sector North', docs: ['tm-north'] }, north)).toBe(true);
    expect(holdingApplies({ role: 'head-of-office', area: 'Sector South', docs: ['tm-north'] }, north)).toBe(false);
  });

  it('signing as a role needs a holding of that role in scope; the roles in scope are listed once each', () => {
    const held = [{ role: 'head-of-office', area: 'Sector South' }, { role: 'head-of-office', docs: ['tm-north'] }, { role: 'srsg' }, { role: 'srsg', area: 'Sector North' }];
    expect(inScope(held, 'head-of-office', north)).toBe(true);
    expect(inScope(held, 'head-of-office', { id: 'tm-east', area: 'Sector North' })).toBe(false);
    expect(rolesInScope(held, north)).toEqual(['head-of-office', 'srsg']);
  });

  it("a threat matrix's area is its trimmed office field; a mission-wide type has none", () => {
    const tm = ModelBuilder.of('threat-matrix', 'tm-1').field('office', '  Sector North ').build();
    expect(documentArea(tm, templates.get('threat-matrix'))).toBe('Sector North');
    expect(scopedDocument(tm, templates.get('threat-matrix'))).toEqual({ id: 'tm-1', area: 'Sector North' });
    const empty = ModelBuilder.of('threat-matrix', 'tm-2').field('office', '   ').build();
    expect(documentArea(empty, templates.get('threat-matrix'))).toBeUndefined();
    const strategy = ModelBuilder.of('strategy', 's-1').field('draftingOffice', 'Sector North').build();
    expect(documentArea(strategy, templates.get('strategy'))).toBeUndefined();
  });
});

describe('holdings as stored and written', () => {
  it('stored plain role strings (rows from before holdings) read as mission-wide; malformed entries are dropped', () => {
    expect(readHoldings(['srsg', { role: 'head-of-office', area: 'Sector North' }, 42, { area: 'x' }, ''])).toEqual([{ role: 'srsg' }, { role: 'head-of-office', area: 'Sector North' }]);
    expect(readHoldings('srsg')).toEqual([]);
  });

  it('role@area is read as a holding for that area; a bare role as mission-wide; documents bind it', () => {
    expect(parseHolding('head-of-office@Sector North')).toEqual({ role: 'head-of-office', area: 'Sector North' });
    expect(parseHolding('srsg')).toEqual({ role: 'srsg' });
    expect(parseHolding('head-of-office', ['tm-1'])).toEqual({ role: 'head-of-office', docs: ['tm-1'] });
  });

  it('a written holding with "@" but no area, or no role, is refused with what to write', () => {
    expect(parseHolding('head-of-office@ ')).toEqual({ problem: expect.stringMatching(/no area after it/) });
    expect(parseHolding('@Sector North')).toEqual({ problem: expect.stringMatching(/names no office/) });
  });

  it('holdings read back in words and compare ignoring the case of the area and the order of documents', () => {
    expect(formatHolding({ role: 'srsg' })).toBe('srsg (mission-wide)');
    expect(formatHolding({ role: 'head-of-office', area: 'Sector North' })).toBe('head-of-office@Sector North');
    expect(formatHolding({ role: 'head-of-office', docs: ['tm-1', 'tm-2'] })).toBe('head-of-office for tm-1, tm-2');
    expect(sameHolding({ role: 'head-of-office', area: 'sector north' }, { role: 'head-of-office', area: 'Sector North' })).toBe(true);
    expect(sameHolding({ role: 'head-of-office', docs: ['b', 'a'] }, { role: 'head-of-office', docs: ['a', 'b'] })).toBe(true);
    expect(sameHolding({ role: 'head-of-office' }, { role: 'head-of-office', area: 'Sector North' })).toBe(false);
  });
});
