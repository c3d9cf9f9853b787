// Checking tailored templates: every name a rule reads must still be there, else the check says which rules are off and why.
import { expect, test } from 'vitest';
import { BUILTIN_TEMPLATE_SOURCES } from '../../../shared/template/builtin.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { DOC_TYPES } from '../../../shared/template/template-schema.js';
import { checkTemplateFiles, formatTemplateProblem } from '../../../shared/validate/template-check.js';
import { missingReads, TEMPLATE_READS } from '../../../shared/validate/template-reads.js';

const source = (type: keyof typeof BUILTIN_TEMPLATE_SOURCES) => BUILTIN_TEMPLATE_SOURCES[type];

test('the built-in templates have every name the rules read', () => {
  for (const t of TemplateSet.builtin().all()) expect(missingReads(t, `${t.id}.yaml`)).toEqual([]);
});

test('every document type appears in the list of what the rules read', () => {
  expect(new Set(TEMPLATE_READS.map((r) => r.docType))).toEqual(new Set(DOC_TYPES));
});

test('unchanged copies of the built-in templates pass the check, and are used', () => {
  const r = checkTemplateFiles(DOC_TYPES.map((t) => ({ file: `Templates/${t}.yaml`, text: source(t) })));
  expect(r.problems).toEqual([]);
  expect(r.set.get('threat-matrix').origin).toBe('Templates/threat-matrix.yaml');
});

test('a renamed field a rule reads says in plain words which rules are off, in which file', () => {
  const text = source('threat-matrix').replace(/\blikelihood\b/g, 'probability');
  const r = checkTemplateFiles([{ file: 'Templates/threat-matrix.yaml', text }]);
  expect(r.problems.map(formatTemplateProblem)).toEqual([
    'Templates/threat-matrix.yaml: The risk rules read the field `likelihood` of threat blocks; threat-matrix.yaml no longer has it: they are off. Keep the name as it was (change its label instead, which is free).',
  ]);
  expect(r.problems[0].kind).toBe('rules-off');
  // The template is still used: only the rules reading the missing name stop.
  expect(r.set.get('threat-matrix').origin).toBe('Templates/threat-matrix.yaml');
});

test('a removed choice value a rule compares with is reported', () => {
  const text = source('action-plan').replace(/value: done\b/, 'value: finished');
  const r = checkTemplateFiles([{ file: 'action-plan.yaml', text }]);
  expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^The overdue-action rule reads the choice `done` of `status` of action blocks; action-plan\.yaml no longer has it: it is off\./)]);
});

test('a YAML mistake makes the file unusable, with its line, and the built-in templates stay in use', () => {
  const text = source('threat-matrix').replace(/^title: .*$/m, 'title: Threat matrix: Sector North');
  const r = checkTemplateFiles([{ file: 'threat-matrix.yaml', text }]);
  expect(r.problems).toEqual([expect.objectContaining({ kind: 'unusable', line: expect.any(Number), message: expect.stringMatching(/put the text in quotes when it contains a colon followed by a space/i) })]);
  expect(r.set.get('threat-matrix').origin).toBe('built-in:threat-matrix');
});

test("a brief whose deciding office is renamed says the SRSG's decision rules are off", () => {
  const t = TemplateSet.builtin().get('operations-brief');
  const renamed = { ...t, signoffs: t.signoffs.map((o) => (o.role === 'srsg' ? { ...o, role: 'head-of-mission' } : o)) };
  expect(missingReads(renamed, 'operations-brief.yaml').map((m) => m.message)).toEqual([
    "The SRSG's decision rules read the sign-off of the office `srsg`; operations-brief.yaml no longer has it: they are off. Keep an office with `role: srsg` under `signoffs:` (its label may change).",
  ]);
});

test('a consultation party to come before the sign-off of an office the template does not list is refused, naming the offices', () => {
  const text = source('operations-brief').replace('before: signoff:srsg', 'before: signoff:dsrsg');
  const r = checkTemplateFiles([{ file: 'Templates/operations-brief.yaml', text }]);
  expect(r.problems.map(formatTemplateProblem).join('\n')).toMatch(/"dsrsg", which is not an office under signoffs \(offices: force-commander, srsg\)/);
});
