/**
 * The build step that puts the built-in templates into main.js and dist/poc.js
 * as JSON rather than YAML (scripts/templates-as-json.mjs): the plugin and the
 * CLI must load exactly the templates the YAML sources define, read with
 * JSON.parse (loadBuiltinTemplate) rather than parsed as YAML.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateYamlToJson as toJson } from '../../scripts/templates-as-json.mjs';
import { formatTemplateError, loadBuiltinTemplate, loadTemplate, loadTemplateOrThrow, type LoadResult } from '../../shared/template/load.js';
import { DOC_TYPES } from '../../shared/template/template-schema.js';
import { ROOT } from '../support/test-server.js';

describe('built-in templates bundled as JSON', () => {
  for (const type of DOC_TYPES) {
    it(`${type}: the JSON form loads as the same template as the YAML source`, async () => {
      const file = `templates/${type}.yaml`;
      const yamlText = await readFile(join(ROOT, file), 'utf8');
      const json = toJson(yamlText, file);
      expect(json).not.toContain('\n');
      expect(loadTemplateOrThrow(json, file)).toEqual(loadTemplateOrThrow(yamlText, file));
    });

    it(`${type}: loadBuiltinTemplate reads the JSON form as the same template as the YAML source`, async () => {
      const file = `templates/${type}.yaml`;
      const yamlText = await readFile(join(ROOT, file), 'utf8');
      expect(loadBuiltinTemplate(toJson(yamlText, file), file)).toEqual({ ok: true, template: loadTemplateOrThrow(yamlText, file) });
    });
  }

  it('loadBuiltinTemplate reports a problem in the JSON form with its path and line, as the YAML loader does', async () => {
    const file = 'templates/strategy.yaml';
    const json = toJson(await readFile(join(ROOT, file), 'utf8'), file).replace('"kind":"date"', '"kind":"day"');
    const problems = (r: LoadResult) => (r.ok ? [] : r.errors.map(formatTemplateError));
    const found = problems(loadBuiltinTemplate(json, file));
    expect(found).toEqual([expect.stringMatching(/^templates\/strategy\.yaml:1: fields\[\d+\]\.kind: /)]);
    expect(found).toEqual(problems(loadTemplate(json, file)));
  });

  it('a YAML error stops the build, naming the file and the line', () => {
    expect(() => toJson('id: strategy\ntitle: a: b\n', 'templates/strategy.yaml')).toThrow(/templates\/strategy\.yaml: .*line 2/s);
  });
});
