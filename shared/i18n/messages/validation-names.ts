/**
 * How validation messages name things (a section, a block, a field, a kind
 * of block or document), join lists and say a cadence or the order of the
 * sign-offs, in the reader's language. The messages themselves are in
 * validation-document.ts, validation-workflow.ts and validation-plans.ts.
 *
 * French names a block as "bloc « menace » T-3" and a field as
 * "champ « Probabilité »" so that every sentence can put a masculine article
 * before them ("le bloc", "du champ") whatever the template's label is.
 */
import { defineCatalogue } from '../catalogue.js';

/** The names and lists of validation messages. */
export const validationNames = defineCatalogue(
  'validation-names',
  {
    'name.section': 'section {id} "{title}"',
    'name.sectionUntitled': 'section {id}',
    'name.block': '{type} {id} ("{title}")',
    'name.blockUntitled': '{type} {id}',
    'name.field': '"{label}"',
    'name.quoted': '"{text}"',
    'name.blockKind': { select: 'article', an: 'an {type}', other: 'a {type}' },
    'name.blockKindOfDoc': { select: 'article', an: 'an {type} of {doc}', other: 'a {type} of {doc}' },
    'name.docKind': { select: 'article', an: 'an {type}', other: 'a {type}' },
    'name.office': 'the {office}',
    'list.or': '{first} or {next}',
    'list.and': '{first} and {next}',
    'list.comma': '{first}, {next}',
    'list.norFor': '{first} nor for {next}',
    'list.clauses': '{first}; {next}',
    'cadence.adjective': { select: 'cadence', weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly', other: '{cadence}' },
    'order.step': '{first}, then {next}',
    'order.anyOrderSteps': '{order} (those joined by "and" in any order)',
    'order.anyOrder': '{order}, in any order',
  },
  {
    fr: {
      'name.section': 'section {id} «\u00a0{title}\u00a0»',
      'name.sectionUntitled': 'section {id}',
      'name.block': 'bloc «\u00a0{type}\u00a0» {id} («\u00a0{title}\u00a0»)',
      'name.blockUntitled': 'bloc «\u00a0{type}\u00a0» {id}',
      'name.field': 'champ «\u00a0{label}\u00a0»',
      'name.quoted': '«\u00a0{text}\u00a0»',
      'name.blockKind': { select: 'article', other: 'un bloc «\u00a0{type}\u00a0»' },
      'name.blockKindOfDoc': { select: 'article', other: "un bloc «\u00a0{type}\u00a0» d'{doc}" },
      'name.docKind': { select: 'article', other: 'un document «\u00a0{type}\u00a0»' },
      'name.office': 'le {office}',
      'list.or': '{first} ou {next}',
      'list.and': '{first} et {next}',
      'list.comma': '{first}, {next}',
      'list.norFor': '{first} ni pour {next}',
      'list.clauses': '{first}\u00a0; {next}',
      'cadence.adjective': { select: 'cadence', weekly: 'hebdomadaire', monthly: 'mensuelle', quarterly: 'trimestrielle', yearly: 'annuelle', other: '{cadence}' },
      'order.step': '{first}, puis {next}',
      'order.anyOrderSteps': "{order} (ceux reliés par «\u00a0et\u00a0» dans n'importe quel ordre)",
      'order.anyOrder': "{order}, dans n'importe quel ordre",
    },
  },
);
