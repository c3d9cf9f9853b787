import { describe, expect, it } from 'vitest';
import { defineCatalogue, render, translate, wordsOf, type Message } from '../../../shared/i18n/catalogue.js';
import { CATALOGUES } from '../../../shared/i18n/catalogues.js';
import { LOCALES } from '../../../shared/i18n/locale.js';

/** The placeholders a message uses, with `count` for a plural and the selecting parameter for a choice. */
function placeholders(m: Message): string[] {
  const texts = typeof m === 'string' ? [m] : Object.entries(m).filter(([k]) => k !== 'select').map(([, v]) => v as string);
  const names = new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)));
  if (typeof m !== 'string' && 'select' in m) names.add(m.select);
  else if (typeof m !== 'string') names.add('count');
  return [...names].sort();
}

describe('the message catalogue', () => {
  for (const c of CATALOGUES) {
    const english = c.messages.en as Record<string, Message>;
    for (const locale of LOCALES) {
      const words = c.messages[locale] as Record<string, Message>;
      it(`${c.name} has every English key in ${locale}, and no other`, () => {
        expect(Object.keys(words).sort()).toEqual(Object.keys(english).sort());
      });
      it(`${c.name} in ${locale} uses the English placeholders in every message, and no message is empty`, () => {
        const wrong = Object.keys(english).filter((k) => words[k] === undefined || placeholders(words[k]!).join() !== placeholders(english[k]!).join());
        const empty = Object.entries(words).filter(([, m]) => (typeof m === 'string' ? [m] : Object.values(m)).some((t) => !String(t).trim()));
        expect({ wrong, empty: empty.map(([k]) => k) }).toEqual({ wrong: [], empty: [] });
      });
    }
  }

  it('French messages keep a no-break space before : ; ? ! and inside « », so no line starts with them', () => {
    const texts = CATALOGUES.flatMap((c) =>
      Object.entries(c.messages.fr as Record<string, Message>).flatMap(([k, m]) => (typeof m === 'string' ? [m] : Object.values(m)).map((t) => [`${c.name} ${k}`, String(t)] as const)),
    );
    // A plain space there lets the browser break the line before the punctuation (scripts/i18n/french-spaces.mjs fixes it).
    // A sign glued to what follows ("?token=") is part of an address, not punctuation.
    expect(texts.filter(([, t]) => / [:;?!](?![\w<])| »|« /.test(t)).map(([k]) => k)).toEqual([]);
    expect(texts.filter(([, t]) => /\u00a0[:;?!][\w<]/.test(t)).map(([k]) => k)).toEqual([]);
  });

  it('chooses the plural form by the language: French counts 0 as singular, English does not', () => {
    const m = { one: '{count} jour', other: '{count} jours' };
    expect(render(m, { count: 0 }, 'fr')).toBe('0 jour');
    expect(render(m, { count: 1 }, 'fr')).toBe('1 jour');
    expect(render(m, { count: 2 }, 'fr')).toBe('2 jours');
    expect(render({ one: '{count} day', other: '{count} days' }, { count: 0 }, 'en')).toBe('0 days');
  });

  it('writes numbers in the reader locale', () => {
    expect(render('{count} rows', { count: 1234 }, 'en')).toBe('1,234 rows');
    expect(render('{count} lignes', { count: 1234 }, 'fr')).toBe('1\u202f234 lignes');
  });

  it('prefers an exact zero form where a language gives one', () => {
    expect(render({ zero: 'aucune menace', one: '{count} menace', other: '{count} menaces' }, { count: 0 }, 'fr')).toBe('aucune menace');
  });

  it('chooses a case by a parameter value, falling back to other', () => {
    const m = { select: 'gender', f: '{doc} approuvée', m: '{doc} approuvé', other: '{doc} approuvé' };
    expect(render(m, { gender: 'f', doc: 'La stratégie' }, 'fr')).toBe('La stratégie approuvée');
    expect(render(m, { gender: 'x', doc: 'Le plan' }, 'fr')).toBe('Le plan approuvé');
  });

  it('translates a key of a catalogue, and leaves an unknown placeholder as written', () => {
    const c = defineCatalogue('t', { hello: 'Hello {name}', n: { one: '{count} item', other: '{count} items' } }, { fr: { hello: 'Bonjour {name}', n: { one: '{count} élément', other: '{count} éléments' } } });
    expect(translate(c, 'fr', 'hello', { name: 'Amina' })).toBe('Bonjour Amina');
    expect(wordsOf(c, 'en')('n', { count: 3 })).toBe('3 items');
    expect(render('Hello {name}', {}, 'en')).toBe('Hello {name}');
  });

  // The compiler's refusals are the catalogue's guarantee, so they are proved here at run time: each snippet is compiled
  // with TypeScript against the real catalogue module and must be refused on its own line.
  const refusals: Array<[string, string]> = [
    ['a French message missing', "defineCatalogue('x', { a: 'A', b: 'B' }, { fr: { a: 'A' } });"],
    ['a French message with another placeholder', "defineCatalogue('x', { a: 'Hello {name}' }, { fr: { a: 'Bonjour {who}' } });"],
    ['a French key English lacks', "defineCatalogue('x', { a: 'A' }, { fr: { a: 'A', c: 'C' } });"],
    ['a call without a needed parameter', "translate(c, 'en', 'hello');"],
    ['a parameter given to a message that takes none', "translate(c, 'en', 'plain', { name: 'x' });"],
    ['an unknown key', "translate(c, 'en', 'nope');"],
  ];
  it('the compiler refuses, each on its own line: ' + refusals.map(([what]) => what).join('; '), async () => {
    const refused = await compileErrorLines([
      "import { defineCatalogue, translate } from '../../shared/i18n/catalogue.js';",
      "const c = defineCatalogue('t', { hello: 'Hello {name}', plain: 'Plain' }, { fr: { hello: 'Bonjour {name}', plain: 'Simple' } });",
      "translate(c, 'fr', 'hello', { name: 'Amina' });",
      ...refusals.map(([, code]) => code),
    ]);
    expect(refused).toEqual(refusals.map((_, i) => i + 4));
  }, 60_000);
});

/** The 1-based lines of `lines` (a module in test/output/) on which TypeScript reports an error, compiled with the project's options. */
async function compileErrorLines(lines: readonly string[]): Promise<number[]> {
  const { default: ts } = await import('typescript');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const dir = fileURLToPath(new URL('../../output/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}catalogue-refusals.ts`;
  writeFileSync(file, lines.join('\n') + '\n');
  const config = ts.getParsedCommandLineOfConfigFile(fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const program = ts.createProgram([file], { ...config.options, noEmit: true, skipLibCheck: true });
  const source = program.getSourceFile(file)!;
  const errors = ts.getPreEmitDiagnostics(program, source).filter((d) => d.file === source);
  return [...new Set(errors.map((d) => source.getLineAndCharacterOfPosition(d.start!).line + 1))].sort((a, b) => a - b);
}

describe('typography', () => {
  it('makes French spaces before : ; ? ! and inside « » no-break, and leaves English alone', async () => {
    const { withTypography } = await import('../../../shared/i18n/typography.js');
    expect(withTypography('Attention : « menace » ; vraiment ? oui !', 'fr')).toBe('Attention\u00a0: «\u00a0menace\u00a0»\u00a0; vraiment\u00a0? oui\u00a0!');
    expect(withTypography('Note : this', 'en')).toBe('Note : this');
  });
});
