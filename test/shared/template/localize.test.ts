/**
 * A template's texts may be written in several languages ({ en: …, fr: … }):
 * the loader keeps English in the template and localizeTemplate gives the
 * others, falling back to English text by text.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplate, loadTemplateOrThrow, type Template } from '../../../shared/template/load.js';
import { localizeTemplate, templateLanguages, templateLocales, untranslatedTexts } from '../../../shared/template/localize.js';
import { TemplateSet } from '../../../shared/template/set.js';

const FILE = 'mission/templates/action-plan.yaml';

/** A small template with French for some of its texts; `title` and `taskLabel` are swapped in by tests. */
const yaml = (opts: { title?: string; taskLabel?: string; extra?: string } = {}) => `id: action-plan
version: 2
title: ${opts.title ?? '{ en: Tailored action plan, fr: Plan d’action adapté }'}
source: POC Policy 2015, Annex B IV
description:
  en: A small template for tests.
  fr: Un petit modèle pour les tests.
blockTypes:
  - type: action
    label: { en: Action, fr: Action }
    idPrefix: A
    titleField: task
    fields:
      - name: task
        label: ${opts.taskLabel ?? '{ en: Task, fr: Tâche }'}
        kind: text
        guidance: { en: What is to be done., fr: Ce qu’il faut faire. }
      - name: status
        label: { en: Status, fr: État }
        kind: enum
        values:
          - { value: open, label: { en: Open, fr: Ouverte } }
          - { value: done, label: Done }
${opts.extra ?? ''}sections:
  - id: A
    title: { en: Actions, fr: Actions }
    blocks: [{ type: action }]
`;

const load = (text: string): Template => loadTemplateOrThrow(text, FILE);

describe('templates in several languages', () => {
  it('the loaded template holds the English texts, as a template written in English only would', () => {
    const t = load(yaml());
    expect(t.title).toBe('Tailored action plan');
    expect(t.description).toBe('A small template for tests.');
    expect(t.blockTypes[0].fields[0]).toMatchObject({ name: 'task', label: 'Task', guidance: 'What is to be done.' });
    expect(t.blockTypes[0].fields[1].values).toEqual([
      { value: 'open', label: 'Open' },
      { value: 'done', label: 'Done' },
    ]);
  });

  it('localizeTemplate gives the French texts and keeps names, values and rules', () => {
    const fr = localizeTemplate(load(yaml()), 'fr');
    expect(fr.title).toBe('Plan d’action adapté');
    expect(fr.description).toBe('Un petit modèle pour les tests.');
    expect(fr.blockTypes[0].fields[0]).toMatchObject({ name: 'task', label: 'Tâche', guidance: 'Ce qu’il faut faire.', kind: 'text' });
    expect(fr.blockTypes[0].fields[1].values?.[0]).toEqual({ value: 'open', label: 'Ouverte' });
    expect(fr.sections[0]).toMatchObject({ id: 'A', title: 'Actions', blocks: [{ type: 'action', min: 0 }] });
  });

  it('a text without French falls back to English, text by text', () => {
    const fr = localizeTemplate(load(yaml()), 'fr');
    expect(fr.blockTypes[0].fields[1].values?.[1]).toEqual({ value: 'done', label: 'Done' });
    expect(fr.source).toBe('POC Policy 2015, Annex B IV');
  });

  it('English gives the template itself, and French the same object at every call', () => {
    const t = load(yaml());
    expect(localizeTemplate(t, 'en')).toBe(t);
    expect(localizeTemplate(t, 'fr')).toBe(localizeTemplate(t, 'fr'));
  });

  it('a template written in English only is its own French', () => {
    const t = load(yaml({ title: 'Plain', taskLabel: 'Task' }).replace(/\{ en: ([^,]+), fr: [^}]+\}/g, '$1').replace(/\n {2}fr: .*\n/, '\n'));
    expect(localizeTemplate(t, 'fr')).toBe(t);
    expect(templateLanguages(t)).toEqual(['en']);
  });

  it('a copy of a template made by spreading it keeps its French', () => {
    const t = load(yaml());
    expect(localizeTemplate({ ...t, origin: 'built-in:action-plan' }, 'fr').title).toBe('Plan d’action adapté');
  });

  it('untranslatedTexts names each text that falls back to English, and templateLocales the languages that have none', () => {
    const t = load(yaml());
    expect(untranslatedTexts(t, 'fr')).toEqual(['source', 'blockTypes/action/fields/status/values/done/label']);
    expect(templateLocales(t)).toEqual(['en']);
    expect(templateLanguages(t)).toEqual(['en', 'fr']);
    const complete = load(yaml().replace('label: Done', 'label: { en: Done, fr: Terminée }').replace('source: POC Policy 2015, Annex B IV', 'source: { en: "POC Policy 2015, Annex B IV", fr: "Politique POC 2015, annexe B IV" }'));
    expect(templateLocales(complete)).toEqual(['en', 'fr']);
  });

  it('a language the product does not speak is refused with its line and path', () => {
    const r = loadTemplate(yaml({ taskLabel: '{ en: Task, de: Aufgabe }' }), FILE);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([expect.objectContaining({ file: FILE, line: 15, path: 'blockTypes[0].fields[0].label.de', message: expect.stringContaining('"de" is not a language') })]);
  });

  it('a text map without English is refused: English is what every text falls back to', () => {
    const r = loadTemplate(yaml({ title: '{ fr: Plan d’action }' }), FILE);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([expect.objectContaining({ line: 3, path: 'title', message: expect.stringContaining('no English text') })]);
  });

  it('a French label used by two fields of a block is refused', () => {
    const r = loadTemplate(yaml({ taskLabel: '{ en: Task, fr: État }' }), FILE);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([expect.objectContaining({ path: 'blockTypes[0].fields[1].label', message: expect.stringContaining('label "État" (fr) of field "status" is also the label of field "task"') })]);
  });

  it('a French label that is another field’s English label is refused, since a Markdown file is read in any language', () => {
    const r = loadTemplate(yaml({ taskLabel: '{ en: Task, fr: Status }' }), FILE);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].message).toContain('label "Status" (en) of field "status" is also the label of field "task" in "fr"');
  });

  it('a map where a name or a value is expected is refused by the template schema', () => {
    const r = loadTemplate(yaml({ extra: 'signoffs:\n  - { role: { en: srsg, fr: rssg }, label: SRSG }\n' }), FILE);
    expect(r.ok).toBe(false);
  });

  it('the built-in templates load with their texts in English', () => {
    expect(TemplateSet.builtin().get('threat-matrix').blockTypes[0].label).toBe('Threat');
  });
});
