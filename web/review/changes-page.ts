/**
 * The "What changed" page (`/d/<id>/changes?from=<version>&to=<version|now>`):
 * two selectors, "from" and "to", then the changes between them in words
 * (editor/review/changes-view.ts), and links to read either version. "From"
 * starts at the version this person last signed, else the one they last
 * viewed, else the last signed version, else the oldest; "to" starts at now.
 */
import type { VersionEntry, VersionsResponse } from '../../shared/api/versions.js';
import { modelDiff } from '../../shared/diff/model-diff.js';
import type { DocModel } from '../../shared/model/types.js';
import { h, setChildren } from '../../editor/dom.js';
import { changesView } from '../../editor/review/changes-view.js';
import { formatDay } from '../../editor/words.js';
import type { Page, PageContext } from '../app/page-context.js';
import { failureText, kindWords, pageLink, queryParam, reviewFrame, reviewPaths, templateOf, versionLabel } from './review-common.js';
import type { VersionSource } from './version-source.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { localizeTemplate } from '../../shared/template/localize.js';
import { webDocument } from '../../shared/i18n/messages/web-document.js';

const t = uiWords(webDocument);

/** What "to" reads for the content now. */
export const NOW = 'now';

/** The version "from" starts at: last signed by this person, else last viewed, else last signed by anyone, else the oldest. */
export function defaultFrom(list: VersionsResponse): string | undefined {
  const known = (id: string | undefined) => (id && list.versions.some((v) => v.id === id) ? id : undefined);
  return known(list.lastSignedByMe) ?? known(list.lastViewed) ?? known(list.lastSigned) ?? list.versions.at(-1)?.id;
}

function options(doc: Document, ctx: PageContext, list: VersionsResponse, withNow: boolean): Node[] {
  const out: Node[] = [];
  if (withNow) out.push(h(doc, 'option', { text: t('changes.now'), attrs: { value: NOW } }));
  const byId = new Map(list.versions.map((v) => [v.id, v]));
  const mine: Array<[string | undefined, 'changes.lastSignedByMe' | 'changes.lastViewed' | 'changes.lastSigned']> = [
    [list.lastSignedByMe, 'changes.lastSignedByMe'],
    [list.lastViewed, 'changes.lastViewed'],
    [list.lastSigned, 'changes.lastSigned'],
  ];
  const yours = mine.flatMap(([id, key]) => {
    const v = id ? byId.get(id) : undefined;
    return v ? [h(doc, 'option', { text: t(key, { version: versionLabel(ctx, v) }), attrs: { value: v.id } })] : [];
  });
  if (yours.length) out.push(h(doc, 'optgroup', { attrs: { label: t('changes.yours') } }, ...yours));
  const groups: Array<[VersionEntry['kind'][], string]> = [
    [['signed'], t('changes.signed')],
    [['named'], t('changes.named')],
    [['restored'], t('changes.restored')],
    [['auto'], t('changes.auto')],
  ];
  for (const [kinds, label] of groups) {
    const vs = list.versions.filter((v) => kinds.includes(v.kind));
    if (vs.length) out.push(h(doc, 'optgroup', { attrs: { label } }, ...vs.map((v) => h(doc, 'option', { text: versionLabel(ctx, v), attrs: { value: v.id, title: kindWords(v.kind) } }))));
  }
  return out;
}

/** The "What changed" page of `docId`, reading versions from `source`. */
export function changesPage(docId: string, source: VersionSource): Page {
  return (root, ctx) => {
    const doc = root.ownerDocument;
    const frame = reviewFrame(root, ctx, docId, t('review.changes'), 'changes');
    let alive = true;
    let run = 0;
    const models = new Map<string, Promise<DocModel>>();
    const modelOf = (id: string) => {
      if (id === NOW) return source.current();
      let p = models.get(id);
      if (!p) models.set(id, (p = source.model(id)));
      return p;
    };

    const from = h(doc, 'select', { class: 'poc-review-select', attrs: { id: 'poc-changes-from' } });
    const to = h(doc, 'select', { class: 'poc-review-select', attrs: { id: 'poc-changes-to' } });
    const readLinks = h(doc, 'p', { class: 'poc-review-readlinks' });
    const result = h(doc, 'div', { class: 'poc-review-result', attrs: { 'aria-live': 'polite' } });
    const form = h(
      doc,
      'form',
      { class: 'poc-review-compare', attrs: { 'aria-label': t('changes.compare') }, on: { submit: (e) => e.preventDefault() } },
      h(doc, 'div', { class: 'poc-review-pick' }, h(doc, 'label', { text: t('changes.from'), attrs: { for: from.id } }), from),
      h(doc, 'div', { class: 'poc-review-pick' }, h(doc, 'label', { text: t('changes.to'), attrs: { for: to.id } }), to),
    );

    const show = async () => {
      const mine = ++run;
      const [a, b] = [from.value, to.value];
      // Keep the address in step, so the page can be bookmarked or sent as it is.
      doc.defaultView?.history.replaceState(doc.defaultView.history.state, '', reviewPaths.changes(docId, a, b));
      setChildren(
        readLinks,
        pageLink(doc, ctx, reviewPaths.read(docId, a), t('changes.readFrom')),
        ' · ',
        pageLink(doc, ctx, b === NOW ? reviewPaths.read(docId) : reviewPaths.read(docId, b), b === NOW ? t('changes.readNow') : t('changes.readTo')),
      );
      setChildren(result, h(doc, 'p', { class: 'poc-review-loading', text: t('changes.comparing') }));
      try {
        const [before, after] = await Promise.all([modelOf(a), modelOf(b)]);
        if (!alive || mine !== run) return;
        const template = templateOf(after) ?? templateOf(before);
        // The sentences in the interface language, with the template's labels and titles in the same language.
        const changes = modelDiff(before, after, template && localizeTemplate(template, interfaceLocale()), { day: (d) => formatDay(d), locale: interfaceLocale() });
        setChildren(result, changesView(doc, changes, { level: 2 }));
        frame.say('');
        if (b === NOW) void source.markViewed().catch(() => undefined);
      } catch (e) {
        if (!alive || mine !== run) return;
        setChildren(result);
        frame.say(t('changes.failed', { reason: failureText(e) }), true);
      }
    };
    from.addEventListener('change', () => void show());
    to.addEventListener('change', () => void show());

    frame.say(t('review.loadingHistory'));
    source.list().then(
      (list) => {
        if (!alive) return;
        if (!list.versions.length) {
          frame.say(t('changes.none'));
          return;
        }
        setChildren(from, ...options(doc, ctx, list, false));
        setChildren(to, ...options(doc, ctx, list, true));
        const known = (id: string | undefined, allowNow: boolean) => (id && ((allowNow && id === NOW) || list.versions.some((v) => v.id === id)) ? id : undefined);
        from.value = known(queryParam(root, 'from'), false) ?? defaultFrom(list) ?? '';
        to.value = known(queryParam(root, 'to'), true) ?? NOW;
        frame.body.append(form, readLinks, result);
        void show();
      },
      (e: unknown) => alive && frame.say(t('review.historyFailed', { reason: failureText(e) }), true),
    );
    return {
      destroy() {
        alive = false;
        frame.el.remove();
      },
    };
  };
}
