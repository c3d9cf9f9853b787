// An esbuild plugin for the Obsidian bundle and the Node CLI: the built-in templates
// (`templates/*.yaml?raw`) go into main.js and dist/poc.js as JSON text instead of
// their YAML source. shared/template/load.ts's loadBuiltinTemplate reads that
// form with JSON.parse, so no start of the plugin or the CLI parses YAML for them
// (a fifth of the CLI's start went there); the comments and block-scalar
// indentation are dropped, which makes main.js smaller (issue 6). Only line
// numbers in errors about a broken built-in template would change, and the
// tests load the YAML source itself. Templates a mission tailors are still read
// as YAML from their files.
// Put it before rawPlugin: the first plugin to resolve an import wins.
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';

/** A built-in template's YAML source as compact JSON; throws naming the file and line on a YAML error. */
export function templateYamlToJson(yamlText, file) {
  const doc = parseDocument(yamlText, { prettyErrors: true });
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
  return JSON.stringify(doc.toJS());
}

export const templatesAsJsonPlugin = {
  name: 'templates-as-json',
  setup(build) {
    build.onResolve({ filter: /(^|\/)templates\/[^/]+\.yaml\?raw$/ }, (args) => ({
      path: new URL(args.path.replace(/\?raw$/, ''), `file://${args.resolveDir}/`).pathname,
      namespace: 'template-json',
    }));
    build.onLoad({ filter: /.*/, namespace: 'template-json' }, async (args) => ({
      contents: templateYamlToJson(await readFile(args.path, 'utf8'), args.path),
      loader: 'text',
    }));
  },
};
