// The editor's words in French (shared/i18n/messages/editor*.ts), and its English kept the same as the shared vocabularies it repeats.
import { afterEach, describe, expect, test } from 'vitest';
import { readOnlyLine } from '../../editor/access.js';
import { ratingWordOf, riskWord } from '../../editor/blocks.js';
import { templateForDocument } from '../../editor/document-template.js';
import { approvalBlocked, openProblemsText, statusWord, workflowSummary } from '../../editor/panels/signoff-readiness.js';
import { refusedText } from '../../editor/session-status.js';
import { personText } from '../../editor/panels/share-dialog.js';
import { changedWhileReviewing } from '../../editor/signoff-refusal.js';
import { exportContents, exportFailureWords } from '../../editor/export-choices.js';
import { setInterfaceLocale } from '../../shared/i18n/interface-locale.js';
import { editorChartWords } from '../../shared/i18n/messages/editor-charts.js';
import { type Message, render } from '../../shared/i18n/catalogue.js';
import { FACET_WORDS, LIST_WORDS, signoffsUnknownWords } from '../../shared/picture/index.js';
import type { Standing } from '../../shared/signoff/workflow.js';
import { statusWord as sharedStatusWord } from '../../shared/template/field-words.js';
import { RATING_WORDS } from '../../shared/template/rating-words.js';
import { TemplateSet } from '../../shared/template/set.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';
import { RISK_WORDS } from '../../shared/validate/risk.js';

const templates = TemplateSet.builtin();
const strategy = { ...templates.get('strategy'), signoffs: [{ role: 'head-of-mission', label: 'Chef de mission' }, { role: 'unct', label: 'Équipe de pays des Nations Unies' }] };
const standing = (entries: Record<string, Standing>) => new Map(Object.entries(entries));
const problem = (severity: Diagnostic['severity']) => ({ severity, code: 'x', message: 'x', location: {} }) as Diagnostic;

afterEach(() => setInterfaceLocale('en'));

describe('in English the editor says what the shared vocabularies say', () => {
  test('risk bands and rating words', () => {
    for (const band of ['none', 'low', 'medium', 'high', 'extreme'] as const) expect(riskWord(band)).toBe(RISK_WORDS[band]);
    for (const [name, words] of Object.entries(RATING_WORDS)) expect([1, 2, 3, 4, 5].map((n) => ratingWordOf(name, n))).toEqual(words);
  });

  test('statuses', () => {
    for (const s of ['draft', 'in-review', 'approved', 'archived', 'unknown']) expect(statusWord(s)).toBe(sharedStatusWord(s));
  });

  test("the mission picture's facets, lists and sign-off note", () => {
    const english = editorChartWords.messages.en as Readonly<Record<string, Message>>;
    const say = (key: string, params?: Record<string, number>) => render(english[key]!, params, 'en');
    expect(Object.keys(FACET_WORDS).map((k) => say(`picture.facet.${k}`))).toEqual(Object.values(FACET_WORDS));
    expect(LIST_WORDS.map((l) => [say(`picture.list.${l.key}`), say(`picture.list.${l.key}.empty`)])).toEqual(LIST_WORDS.map((l) => [l.heading, l.empty]));
    expect(say('picture.signoffsUnknown')).toBe(signoffsUnknownWords(0, 3));
    expect(say('picture.signoffsPartly', { known: 2, count: 3 })).toBe(signoffsUnknownWords(2, 3));
  });
});

describe('in French', () => {
  test('open problems agree with what is counted', () => {
    setInterfaceLocale('fr');
    expect(openProblemsText([problem('error'), problem('error'), problem('warning')])).toBe('2 erreurs et 1 avertissement encore ouverts');
    expect(openProblemsText([problem('error')])).toBe('1 erreur encore ouverte');
    expect(openProblemsText([])).toBe('Aucun problème n’est ouvert.');
  });

  test('offices awaited are listed with "et", and errors and offices said in one sentence', () => {
    setInterfaceLocale('fr');
    const [, unct] = strategy.signoffs;
    expect(approvalBlocked(unct, strategy, standing({}), 2)).toBe(
      'Corrigez d’abord 2 erreurs\u00a0; approbation préalable requise\u00a0: Chef de mission. D’ici là, vous pouvez seulement rejeter le document, pour le renvoyer avec vos commentaires.',
    );
  });

  test('the status summary names the status and the offices in order, then how to move a draft on', () => {
    setInterfaceLocale('fr');
    expect(workflowSummary('draft', strategy, standing({}), 'sha256:now')).toBe(
      'Projet. Encore requis, dans cet ordre\u00a0: Chef de mission (approbation), puis Équipe de pays des Nations Unies (approbation). Passez-le en examen, en haut du document, quand il est prêt à être lu.',
    );
  });

  test('a read-only editor and a refused change say why', () => {
    setInterfaceLocale('fr');
    expect(readOnlyLine({ access: 'viewer' })).toBe('Lecture seule — vous pouvez lire ce document mais pas le modifier');
    expect(refusedText({ message: 'accès refusé' })).toBe('Non enregistré\u00a0: accès refusé');
  });

  test("a person's access names each source, strongest first", () => {
    setInterfaceLocale('fr');
    const team = { id: 'sector-north-poc', name: 'Groupe de travail POC du secteur Nord' };
    expect(personText({ username: 'amina', name: 'Amina Diallo', access: 'editor', disabled: false, sources: [{ access: 'viewer', scope: 'all-documents' }, { access: 'editor', scope: 'this-document', team }] })).toBe(
      'Rédacteur, via Groupe de travail POC du secteur Nord\u00a0; Lecteur, tous les documents',
    );
  });

  test('a sign-off refused because nothing reached this client yet says to wait and review again', () => {
    setInterfaceLocale('fr');
    const model = { meta: { id: 'x', type: 'threat-matrix', templateVersion: 1, title: '', status: 'draft', created: '', fields: {} }, sections: [] } as never;
    expect(changedWhileReviewing(model, model)).toMatch(/^Le document a changé pendant que vous l’examiniez/);
  });

  test('an export says what the file holds and why it was not made', () => {
    setInterfaceLocale('fr');
    expect(exportContents()).toMatch(/^Le fichier comporte une page de titre/);
    expect(exportFailureWords({ status: undefined })).toBe('Le serveur est injoignable, le fichier n’a donc pas été produit. Vérifiez votre connexion, puis réessayez.');
  });
});

describe('the template a document is shown with', () => {
  test('is localized once per template and language: the same object each time', () => {
    const matrix = templates.get('threat-matrix');
    expect(templateForDocument(matrix, { lang: 'fr' })).toBe(templateForDocument(matrix, { lang: 'fr-CD' }));
    expect(templateForDocument(matrix, {})).toBe(templateForDocument(matrix, { lang: 'en' }));
  });

  test('an English document (or one that names no language) is shown with the template as it is', () => {
    const matrix = templates.get('threat-matrix');
    expect(templateForDocument(matrix, {})).toBe(matrix);
  });
});
