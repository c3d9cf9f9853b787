// The heat map's data: threats placed on the 5 × 5 grid of likelihood by impact, shared by the matrix's chart and the mission picture.
import { expect, test } from 'vitest';
import { heatCells, heatGrid } from '../../../shared/picture/index.js';

const p = (id: string, likelihood?: number, impact?: number) => ({ id, likelihood, impact });

test('threats sharing a cell are kept together in the order given, cells in the order their first threat came', () => {
  const { cells } = heatCells([p('a', 4, 5), p('b', 2, 3), p('c', 4, 5)]);
  expect(cells.map((c) => [c.likelihood, c.impact, c.points.map((x) => x.id)])).toEqual([
    [4, 5, ['a', 'c']],
    [2, 3, ['b']],
  ]);
});

test('a threat missing a rating, or rated outside 1–5, is not placed but returned as unrated', () => {
  const { cells, unrated } = heatCells([p('a', 3), p('b', 6, 2), p('c', 2, 2)]);
  expect(unrated.map((x) => x.id)).toEqual(['a', 'b']);
  expect(cells).toHaveLength(1);
});

test('the grid has five rows of five cells, likelihood 5 at the top and impact 1 on the left, each with its risk and band', () => {
  const { rows } = heatGrid([p('a', 5, 1)]);
  expect(rows.map((r) => r.map((c) => c.risk))).toEqual([
    [5, 10, 15, 20, 25],
    [4, 8, 12, 16, 20],
    [3, 6, 9, 12, 15],
    [2, 4, 6, 8, 10],
    [1, 2, 3, 4, 5],
  ]);
  expect(rows[0][0].points.map((x) => x.id)).toEqual(['a']);
  expect(rows[4][4].band).toBe('medium');
  expect(rows[0][4].band).toBe('extreme');
});
