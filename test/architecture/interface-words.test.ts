// Every word a person reads in the web workspace and the editor comes from a catalogue (shared/i18n/messages), so
// French (and any next language) has it: the code of those rooms holds no English sentence of its own. The check reads
// every string literal and template piece with TypeScript's parser and flags prose (a word, then one of English's
// commonest small words, then another word): "Your change was not saved" is flagged, an id, a CSS class, a selector or
// an event name is not. It fails on the file and line of a sentence written into the code instead of a catalogue.
// Left out: the console's lines (for whoever debugs, in English like the server's log) and RangeError/TypeError,
// which guard against a programming mistake, not a person's.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The rooms whose every shown word is translated. */
const ROOMS = ['web', 'editor', 'plugin'];

/** English prose: a word, one of the commonest small words of English sentences, and another word. */
const PROSE = /\b[A-Za-z][a-z]+\s+(?:the|a|an|to|of|is|are|was|not|no|this|that|your|you|for|in|on|with|and|or|be|can|cannot|has|have)\s+[a-z]/;

/** Every .ts file under `dir`, relative to the project. */
function sources(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(join(ROOT, d)).sort()) {
      const path = join(d, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** Whether `node` is a console call or a programming-mistake guard (`new RangeError(…)`, `new TypeError(…)`), whose words are for developers. */
function notForPeople(node: ts.Node): boolean {
  if (ts.isCallExpression(node)) return /^console\.\w+$/.test(node.expression.getText());
  if (ts.isNewExpression(node)) return /^(?:RangeError|TypeError)$/.test(node.expression.getText());
  return false;
}

/** The English sentences written as literals in `text` (a TypeScript file), as "file:line: sentence". */
function proseIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (notForPeople(node)) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && PROSE.test(node.text)) {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the words of the interface', () => {
  it('the check finds a sentence written into the code, in a string or a template, and not a console line', () => {
    const code = "console.warn('the cache could not be read');\nel.textContent = 'Your change was not saved';\nconst m = `The sign-off of the ${who} is not valid`;\nh('div', { class: 'poc-a poc-b' });";
    expect(proseIn('x.ts', code)).toEqual(['x.ts:2: Your change was not saved', 'x.ts:3: The sign-off of the ', 'x.ts:3:  is not valid']);
  });

  for (const room of ROOMS) {
    it(`${room}/ holds no English sentence outside the catalogues`, () => {
      const found = sources(room).flatMap((file) => proseIn(relative(ROOT, join(ROOT, file)), readFileSync(join(ROOT, file), 'utf8')));
      expect(found).toEqual([]);
    });
  }
});
