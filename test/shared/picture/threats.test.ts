// The mission picture's threats: every sector's matrix ranked together by the one ranking key of risk.ts, each threat with what it is filtered by.
import { beforeAll, describe, expect, test } from 'vitest';
import type { DocModel } from '../../../shared/model/types.js';
import { facetOptions, filteredView, filterThreats, type MissionThreat, missionThreats, NOT_SET, shortTitle, threatIdWords } from '../../../shared/picture/index.js';
import { blockOf, copy, demoModels, NORTH, pictureDocuments, SOUTH } from './demo.js';

let models: Map<string, DocModel>;
let threats: MissionThreat[];
const find = (doc: string, id: string) => threats.find((t) => t.doc.path === doc && t.id === id)!;

beforeAll(async () => {
  models = await demoModels();
  threats = missionThreats(pictureDocuments(models));
});

describe('ranking across matrices', () => {
  test('the threats of both sector matrices are ranked in one list, 1 to n', () => {
    const rated = threats.filter((t) => t.missionRank !== undefined);
    expect(new Set(rated.map((t) => t.doc.path))).toEqual(new Set([NORTH, SOUTH]));
    expect(rated.map((t) => t.missionRank)).toEqual(rated.map((_, i) => i + 1));
  });

  test('the most urgent threat of the mission comes first, whichever matrix holds it', () => {
    expect(threats[0]).toMatchObject({ doc: { path: NORTH }, id: 'T-1', missionRank: 1, matrixRank: 1 });
  });

  test("a catastrophic threat of one sector ranks above a riskier but not catastrophic one of another (E.4.1 para. 48)", () => {
    const southElections = find(SOUTH, 'T-1');
    const northRecruitment = find(NORTH, 'T-3');
    expect(southElections.risk).toBeLessThan(northRecruitment.risk!);
    expect(southElections.priority).toBe(true);
    expect(southElections.missionRank).toBeLessThan(northRecruitment.missionRank!);
  });

  test('on equal risk an imminent threat of one sector ranks above a threat of another that is not imminent', () => {
    const south = find(SOUTH, 'T-2');
    const north = find(NORTH, 'T-3');
    expect([south.risk, south.imminent, north.risk, north.imminent]).toEqual([12, true, 12, false]);
    expect(south.missionRank).toBeLessThan(north.missionRank!);
  });

  test("within one matrix the mission ranking keeps the matrix's own order", () => {
    const north = threats.filter((t) => t.doc.path === NORTH && t.matrixRank !== undefined);
    expect(north.map((t) => t.matrixRank)).toEqual(north.map((_, i) => i + 1));
  });

  test('a threat not yet rated comes after every rated one, without a mission rank', () => {
    const south = copy(models.get(SOUTH)!);
    delete blockOf(south, 'T-3').fields.likelihood;
    const list = missionThreats(pictureDocuments(new Map([...models, [SOUTH, south]])));
    expect(list.at(-1)).toMatchObject({ doc: { path: SOUTH }, id: 'T-3', band: 'none' });
    expect(list.at(-1)!.missionRank).toBeUndefined();
  });

  test('an archived matrix is left out of the picture', () => {
    const south = copy(models.get(SOUTH)!);
    south.meta.status = 'archived';
    const list = missionThreats(pictureDocuments(new Map([...models, [SOUTH, south]])));
    expect(list.some((t) => t.doc.path === SOUTH)).toBe(false);
  });
});

describe('what a threat carries', () => {
  test("each threat carries its matrix's area as its sector, and its tier, phase, type and imminence", () => {
    const t = find(NORTH, 'T-2');
    expect(t.sector).toMatch(/^Sector North/);
    expect(t).toMatchObject({ imminent: true, threatType: 'sexual-violence', doc: { id: models.get(NORTH)!.meta.id, type: 'threat-matrix' } });
    expect(t.tier).toMatch(/^tier-/);
    expect(t.phase).toBeTruthy();
  });
});

describe('filters', () => {
  test('no filter lets every threat through', () => {
    expect(filterThreats(threats, {})).toEqual(threats);
  });

  test('filtering by sector keeps only the threats of matrices covering it', () => {
    const south = find(SOUTH, 'T-1').sector!;
    const list = filterThreats(threats, { sector: [south] });
    expect(list.length).toBe(3);
    expect(list.every((t) => t.doc.path === SOUTH)).toBe(true);
  });

  test('filtering by imminence keeps only imminent threats, or only the others', () => {
    expect(filterThreats(threats, { imminence: 'imminent' }).every((t) => t.imminent)).toBe(true);
    expect(filterThreats(threats, { imminence: 'not-imminent' }).some((t) => t.imminent)).toBe(false);
    expect(filterThreats(threats, { imminence: 'imminent' }).length + filterThreats(threats, { imminence: 'not-imminent' }).length).toBe(threats.length);
  });

  test('filtering by tier, phase and type combines: a threat must pass each', () => {
    const t = find(NORTH, 'T-2');
    const list = filterThreats(threats, { tier: [t.tier!], phase: [t.phase!], threatType: ['sexual-violence'] });
    expect(list).toContain(t);
    expect(list.every((x) => x.tier === t.tier && x.phase === t.phase && x.threatType === 'sexual-violence')).toBe(true);
  });

  test('"not set" is a value of its own: it finds the threats with the field empty', () => {
    const south = copy(models.get(SOUTH)!);
    delete blockOf(south, 'T-2').fields.tier;
    const list = missionThreats(pictureDocuments(new Map([...models, [SOUTH, south]])));
    expect(filterThreats(list, { tier: [NOT_SET] }).map((t) => `${t.doc.path} ${t.id}`)).toEqual([`${SOUTH} T-2`]);
  });

  test('filtering keeps the mission ranks of the whole list', () => {
    const list = filterThreats(threats, { imminence: 'not-imminent' });
    expect(list[0].missionRank).toBeGreaterThan(1);
  });

  test("the facets offer each value found, with the template's label and a count, in the template's order", () => {
    const facets = facetOptions(threats, pictureDocuments(models));
    expect(facets.sector.map((o) => o.count)).toEqual([9, 3]);
    expect(facets.tier.map((o) => o.label)).toEqual(['Tier I — dialogue and engagement', 'Tier II — physical protection', 'Tier III — protective environment']);
    expect(facets.threatType.reduce((n, o) => n + o.count, 0)).toBe(threats.length);
  });
});

describe('heat map', () => {
  test('the heat map counts the threats passing the filter in their likelihood × impact cells', () => {
    const { heat } = filteredView({ threats }, {});
    const cell = (l: number, i: number) => heat.rows[5 - l][i - 1];
    expect(heat.rows.flat().reduce((n, c) => n + c.points.length, 0)).toBe(threats.length);
    for (const t of threats) expect(cell(t.likelihood!, t.impact!).points).toContain(t);
    expect(cell(4, 5)).toMatchObject({ risk: 20, band: 'extreme' });
  });

  test("the heat map follows the filter: one sector's threats only", () => {
    const south = find(SOUTH, 'T-1').sector!;
    const { heat } = filteredView({ threats }, { sector: [south] });
    expect(heat.rows.flat().reduce((n, c) => n + c.points.length, 0)).toBe(3);
  });
});

describe("a threat's id where threats are listed", () => {
  test('is qualified by its matrix\'s short title when the threats come from several matrices, as every matrix has a T-1', () => {
    const idOf = threatIdWords(threats);
    expect([idOf(find(NORTH, 'T-1')), idOf(find(SOUTH, 'T-1'))]).toEqual(['Sector North › T-1', 'Sector South › T-1']);
  });

  test('stands alone when the threats all come from one matrix', () => {
    const south = threats.filter((t) => t.doc.path === SOUTH);
    expect(threatIdWords(south)(south[0])).toBe(south[0].id);
  });

  test("a document's short title is what follows the last dash of its title, or the title itself, shortened", () => {
    expect(shortTitle({ title: 'POC Threat Matrix — Sector North' })).toBe('Sector North');
    expect(shortTitle({ title: 'MINUSAR POC Action Plan 2026–2027' })).toBe('MINUSAR POC Action Plan 2026–2027');
    expect(shortTitle({ title: 'A threat matrix whose title runs on for far longer than a qualifier should' })).toMatch(/^.{1,40}…$/);
  });
});
