/**
 * The build step that puts the built-in templates into main.js as JSON
 * rather than YAML (scripts/templates-as-json.mjs): the plugin must load
 * exactly the templates the YAML sources define.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateYamlToJson as toJson } from '../../scripts/templates-as-json.mjs';
import { loadTemplateOrThrow } from '../../shared/template/load.js';
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
  }

  it('a YAML error stops the build, naming the file and the line', () => {
    expect(() => toJson('id: strategy\ntitle: a: b\n', 'templates/strategy.yaml')).toThrow(/templates\/strategy\.yaml: .*line 2/s);
  });
});
