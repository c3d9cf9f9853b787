// poc validate when a linked document cannot be read: one "could not be read" per linking document, not one error per link.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { validatePaths, type ValidateReport } from '../../cli/commands/validate-files.js';
import { TemplateSet } from '../../shared/template/set.js';

const demo = join(__dirname, '..', '..', 'demo-vault');
const MATRIX = 'POC Threat Matrix — Sector North.md';
let dir: string;
let report: ValidateReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'poc-unreadable-'));
  await cp(demo, dir, { recursive: true });
  // A section given twice still makes a file unreadable (unlike a repeated block id).
  const text = await readFile(join(dir, MATRIX), 'utf8');
  await writeFile(join(dir, MATRIX), `${text}\n## 1 · Threat overview\n\nAgain.\n`);
  report = await validatePaths([dir], TemplateSet.builtin(), '2026-11-24');
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const linking = () => report.documents.filter((d) => d.diagnostics.some((x) => x.code === 'link-target-unreadable'));

test('the unreadable file itself is reported with its error', () => {
  const matrix = report.documents.find((d) => d.file.endsWith(MATRIX));
  expect(matrix?.parseError?.message).toMatch(/appears twice/);
});

test('each document linking into the unreadable one gets one "could not be read" error, with how many links it holds', () => {
  expect(linking().length).toBeGreaterThanOrEqual(2);
  for (const doc of linking()) {
    const found = doc.diagnostics.filter((d) => d.code === 'link-target-unreadable');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/to "tm-minusar-sector-north" cannot be checked: that document \(POC Threat Matrix — Sector North\.md\) could not be read/);
  }
  const plan = linking().find((d) => d.type === 'action-plan')!;
  expect(plan.diagnostics.find((d) => d.code === 'link-target-unreadable')!.message).toMatch(/^The \d+ links of this document/);
});

test('no link into the unreadable document is reported as pointing to nothing', () => {
  const unresolved = report.documents.flatMap((d) => d.diagnostics).filter((d) => d.code === 'link-unresolved' && d.message.includes('tm-minusar-sector-north'));
  expect(unresolved).toEqual([]);
});
