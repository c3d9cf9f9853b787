/**
 * Checklist: the POC Action Plan template covers the six areas of Annex B IV
 * and records each action with lead, due date, status and what it serves.
 */
import { describe, expect, it } from 'vitest';
import { TemplateSet } from '../../../shared/template/set.js';
import { blockTypeOf } from '../../../shared/template/load.js';
import { enumValues, expectBlockField, expectRequiredSection, expectSectionHolds } from './expect-template.js';

const t = TemplateSet.builtin().get('action-plan');

describe('action plan template: the six areas of Annex B IV', () => {
  it.each([
    ['1', /^planning$/i],
    ['2', /^coordination$/i],
    ['3', /^information management$/i],
    ['4', /^early warning and response$/i],
    ['5', /^public information and advocacy$/i],
    ['6', /^training$/i],
  ])('has area %s (%s) holding at least one action', (id, title) => {
    expectRequiredSection(t, id, title);
    expectSectionHolds(t, id, 'action', 1);
  });
});

describe('action plan template: the action block', () => {
  it('names each action by its task', () => {
    expectBlockField(t, 'action', 'task', 'text', true);
    expect(blockTypeOf(t, 'action')?.titleField).toBe('task');
  });

  it('records the lead component and the supporting components', () => {
    expectBlockField(t, 'action', 'leadComponent', 'text', true);
    expectBlockField(t, 'action', 'supportingComponents', 'text');
  });

  it('records a due date', () => {
    expectBlockField(t, 'action', 'dueDate', 'date', true);
  });

  it('records a status whose value "done" means done', () => {
    const status = enumValues(expectBlockField(t, 'action', 'status', 'enum', true));
    expect(status).toEqual(['not-started', 'in-progress', 'done', 'blocked']);
  });

  it('links to the threats or strategy objectives it serves', () => {
    const serves = expectBlockField(t, 'action', 'serves', 'link');
    expect(serves.targets).toEqual(expect.arrayContaining(['threat-matrix/threat', 'strategy/objective']));
  });

  it('has room for notes', () => {
    expectBlockField(t, 'action', 'notes', 'richtext');
  });
});
