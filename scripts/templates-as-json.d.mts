// Types of templates-as-json.mjs, for the test that checks the bundled templates.
import type { Plugin } from 'esbuild';

/** A built-in template's YAML source as compact JSON; throws naming the file and line on a YAML error. */
export function templateYamlToJson(yamlText: string, file: string): string;

/** The esbuild plugin that bundles `templates/*.yaml?raw` as JSON text. */
export const templatesAsJsonPlugin: Plugin;
