/**
 * Schemas are written with `zod/mini`, which on its own says only "Invalid
 * input" and overflows the stack on a reference cycle. shared/zod.ts sets
 * it up as classic zod sets itself up; these tests pin what a person sees.
 * (This file imports nothing that loads classic zod, so the setup under
 * test is ours alone.)
 */
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../shared/template/load.js';
import { TemplateSchema } from '../../shared/template/template-schema.js';
import * as z from '../../shared/zod.js';

const FILE = 'mission/templates/threat-matrix.yaml';
const HEAD = 'id: threat-matrix\nversion: 1\ntitle: T\nsource: S\ndescription: D\n';

describe('zod setup', () => {
  it('explains a wrong type in English, naming what was expected and what was found', () => {
    const r = z.string().safeParse(3);
    expect(r.error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
  });

  it('explains a failed length check in English with its bound', () => {
    const r = z.string().check(z.minLength(1)).safeParse('');
    expect(r.error?.issues[0]?.message).toBe('Too small: expected string to have >=1 characters');
  });

  it('gives a template error the English message together with its line and path', () => {
    const r = loadTemplate(`${HEAD}sections:\n  - id: A\n    title: 3\n`, FILE);
    expect(r.ok ? [] : r.errors).toEqual([{ file: FILE, line: 8, path: 'sections[0].title', message: 'Invalid input: expected string, received number' }]);
  });

  it('reports the errors inside a structure that contains itself instead of overflowing the stack', () => {
    const section: Record<string, unknown> = { id: 'a', title: 3 };
    section.sections = [section];
    const r = TemplateSchema.safeParse({ id: 'threat-matrix', version: 1, title: 'T', source: 'S', description: 'D', sections: [section] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('sections.0.title');
  });

});
