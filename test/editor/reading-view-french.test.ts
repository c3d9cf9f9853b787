// The reading view writes a French document's values in French: flags as Oui/Non, ratings with their French words.
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { readingView } from '../../editor/review/reading-view.js';
import { setInterfaceLocale } from '../../shared/i18n/interface-locale.js';
import { parseMarkdown } from '../../shared/markdown/parse.js';
import { TemplateSet } from '../../shared/template/set.js';

/** Just enough of a DOM Document for editor/dom.ts's h(): elements keep their text and children. */
interface FakeNode {
  text: string;
  children: FakeNode[];
}
const fakeDocument = {
  createElement: (): FakeNode & Record<string, unknown> => {
    const el: FakeNode & Record<string, unknown> = { text: '', children: [], setAttribute: () => {}, addEventListener: () => {} };
    el.append = (c: FakeNode | string) => el.children.push(typeof c === 'string' ? { text: c, children: [] } : c);
    Object.defineProperty(el, 'textContent', { set: (v: string) => (el.text = v) });
    return el;
  },
  createTextNode: (text: string): FakeNode => ({ text, children: [] }),
} as unknown as Document;
const texts = (n: FakeNode): string[] => [n.text, ...n.children.flatMap(texts)].filter(Boolean);

afterEach(() => setInterfaceLocale('en'));

test('a French reading view of a French threat matrix shows Oui/Non and French rating words', () => {
  setInterfaceLocale('fr');
  const templates = TemplateSet.builtin();
  const parsed = parseMarkdown(readFileSync('demo-vault/Français/Matrice des menaces POC — Secteur Nord.md', 'utf8'), templates);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const words = texts(readingView(fakeDocument, parsed.model, templates.get('threat-matrix')) as unknown as FakeNode);
  expect(words).toContain('Oui');
  expect(words.some((w) => /^\d \((rare|peu probable|possible|probable|quasi certaine|mineur|modéré|grave|très grave|catastrophique)\)$/.test(w))).toBe(true);
  expect(words.filter((w) => ['Yes', 'No'].includes(w) || /^\d \((unlikely|likely|almost certain|minor|moderate|serious|severe|catastrophic)\)$/.test(w))).toEqual([]);
});
