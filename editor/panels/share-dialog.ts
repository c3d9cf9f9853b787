/**
 * The Share dialog, in every host (the web document page, the plugin's
 * "Share this document…" command): who has access to a document and
 * through what (their own grant, a team, a grant on every document), and,
 * for owners, the changes: a level for each grant made on this document,
 * Remove, and "Add people or teams" with completion. Only owners change
 * anything; anyone else sees the same list, read-only, and is told so. The
 * server decides (a refusal, such as removing the only owner, is shown in
 * its words); after each change the list is read again from the server,
 * so it shows what now holds, not what was asked.
 *
 * `renderSharePanel` draws the content in any container (the plugin puts it
 * in an Obsidian modal); `openShareDialog` wraps it in a modal <dialog>:
 * one at a time, focus moved in and held there, Escape closes, focus back
 * to the opener.
 */
import { ACCESS_LEVELS, type AccessLevel } from '../../shared/access-levels.js';
import type { AccessGrant, AccessSource, DocAccessResponse, PersonAccess } from '../../shared/api/people.js';
import { h } from '../dom.js';
import { type PickerChoice, renderPicker } from './share-picker.js';
import type { ShareSource, TeamLevel } from './share-source.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { editorShareWords } from '../../shared/i18n/messages/editor-share.js';

const t = uiWords(editorShareWords);

/** What the dialog is about, and for whom. */
export interface ShareOptions {
  docId: string;
  /** The document's title, for the heading (its id when absent). */
  title?: string;
  /** The caller's username: their own line says whether they may change anything. */
  me: string;
  source: ShareSource;
}

/** The drawn content. */
export interface SharePanelHandle {
  el: HTMLElement;
  /** Resolves once the first list is drawn (or its failure said). */
  ready: Promise<void>;
  /** Whether the caller may change anything (an owner of a live document), as last read. */
  canShare(): boolean;
  /** Moves focus to the "Add people or teams" field of an owner, else to the heading. */
  focusFirst(): void;
  destroy(): void;
}

const LEVEL_KEYS = { viewer: 'level.viewer', commenter: 'level.commenter', editor: 'level.editor', owner: 'level.owner' } as const satisfies Record<AccessLevel, string>;

/** An access level's name in the interface language ("Editor"). */
function levelName(l: AccessLevel): string {
  return t(LEVEL_KEYS[l]);
}
const TEAM_LEVELS = ACCESS_LEVELS.filter((l): l is TeamLevel => l !== 'owner');

let panels = 0;

/** How one source gives access, in words: "Editor, through Sector North POC working group", "Owner, own grant", "Viewer, every document". */
export function sourceText(s: AccessSource): string {
  const level = levelName(s.access);
  if (s.scope === 'all-documents') return s.team ? t('source.allThrough', { level, team: s.team.name }) : t('source.all', { level });
  return s.team ? t('source.through', { level, team: s.team.name }) : t('source.own', { level });
}

/** A person's line: their sources, strongest first. */
export function personText(p: PersonAccess): string {
  const rank = (l: AccessLevel) => ACCESS_LEVELS.indexOf(l);
  const sources = [...p.sources].sort((a, b) => rank(b.access) - rank(a.access));
  const texts = sources.map(sourceText);
  return texts.length ? texts.reduce((before, next) => t('source.join', { before, next })) : levelName(p.access);
}

/** The error's words for a person: the server's own message when it sent one. */
function words(e: unknown): string {
  const server = (e as { serverMessage?: unknown } | null)?.serverMessage;
  if (typeof server === 'string' && server) return server;
  return e instanceof Error ? e.message : String(e);
}

/** Draws the Share content into `host` and loads who has access. */
export function renderSharePanel(host: HTMLElement, o: ShareOptions): SharePanelHandle {
  const doc = host.ownerDocument;
  const id = `poc-share-${++panels}`;
  let live = true;
  let state: DocAccessResponse | undefined;
  let owner = false;

  // Focusable by script only: a reader's dialog starts on its heading, where a screen reader reads what it is.
  const heading = h(doc, 'h2', { class: 'poc-share-title', text: t('share.title', { title: o.title || o.docId }), attrs: { id: `${id}-title`, tabindex: -1 } });
  const intro = h(doc, 'p', { class: 'poc-muted poc-share-intro' });
  const status = h(doc, 'p', { class: 'poc-share-status', attrs: { role: 'status' } });
  const problem = h(doc, 'p', { class: 'poc-share-problem', attrs: { role: 'alert' } });
  const teamsList = h(doc, 'ul', { class: 'poc-share-list poc-share-teams', attrs: { 'aria-labelledby': `${id}-teams` } });
  const peopleList = h(doc, 'ul', { class: 'poc-share-list poc-share-people', attrs: { 'aria-labelledby': `${id}-people` } });
  const teamsHeading = h(doc, 'h3', { class: 'poc-share-subtitle', text: t('share.teams'), attrs: { id: `${id}-teams` } });

  const level = h(doc, 'select', { class: 'poc-share-level', attrs: { id: `${id}-level`, 'aria-label': t('share.levelToGive') } });
  const fillLevels = (forTeam: boolean) => {
    const was = level.value || 'editor';
    level.replaceChildren(...(forTeam ? TEAM_LEVELS : ACCESS_LEVELS).map((l) => h(doc, 'option', { text: levelName(l), attrs: { value: l } })));
    level.value = forTeam && was === 'owner' ? 'editor' : was;
  };
  fillLevels(false);
  const picker = renderPicker(doc, id, (q) => o.source.directory(q), (c) => fillLevels(c?.kind === 'team'));
  const shareButton = h(doc, 'button', { class: 'mod-cta poc-share-submit', text: t('share.submit'), attrs: { type: 'submit' } });
  const form = h(doc, 'form', { class: 'poc-share-add', attrs: { novalidate: true } }, picker.el, h(doc, 'div', { class: 'poc-share-add-row' }, level, shareButton));

  const said = (text: string) => {
    problem.textContent = '';
    status.textContent = text;
  };
  const failed = (e: unknown) => {
    status.textContent = '';
    problem.textContent = words(e);
  };

  /** Runs one change, then reads the list again (what now holds), and says what happened. */
  const change = async (what: () => Promise<void>, done: string) => {
    try {
      await what();
    } catch (e) {
      failed(e);
      await load();
      return;
    }
    await load();
    if (!live) return;
    said(done);
    // The control used may be gone (a removed row, or the whole form when the caller gave up being an owner): keep focus in the dialog.
    if (!el.contains(doc.activeElement)) heading.focus();
  };

  const levelSelect = (levels: readonly AccessLevel[], current: AccessLevel, label: string, onPick: (l: AccessLevel) => void) => {
    const sel = h(
      doc,
      'select',
      { class: 'poc-share-row-level', attrs: { 'aria-label': label } },
      ...levels.map((l) => h(doc, 'option', { text: levelName(l), attrs: { value: l } })),
    );
    sel.value = current;
    sel.addEventListener('change', () => onPick(sel.value as AccessLevel));
    return sel;
  };
  const removeButton = (name: string, onRemove: () => void) =>
    h(doc, 'button', { class: 'poc-share-remove', text: t('share.remove'), attrs: { type: 'button', 'aria-label': t('share.removeName', { name }) }, on: { click: onRemove } });

  const teamRow = (g: AccessGrant) => {
    const { id: teamId, name } = g.principal;
    const thisDoc = g.scope === 'this-document';
    const controls =
      owner && thisDoc
        ? [
            levelSelect(TEAM_LEVELS, g.access, t('share.teamLevel', { name }), (l) =>
              void change(() => o.source.grantTeam(o.docId, teamId, l as TeamLevel), t('share.nowLevel', { name, level: levelName(l).toLowerCase() })),
            ),
            removeButton(name, () => void change(() => o.source.revokeTeam(o.docId, teamId), t('share.removedTeam', { name }))),
          ]
        : [];
    return h(
      doc,
      'li',
      { class: 'poc-share-row is-team' },
      h(doc, 'span', { class: 'poc-share-name', text: name }),
      h(doc, 'span', { class: 'poc-share-how', text: ` — ${t(thisDoc ? 'share.teamGrant' : 'share.teamAll', { level: levelName(g.access) })}` }),
      ...controls,
    );
  };
  const personRow = (p: PersonAccess, own: AccessGrant | undefined) => {
    const controls =
      owner && own
        ? [
            levelSelect(ACCESS_LEVELS, own.access, t('share.personLevel', { name: p.name }), (l) =>
              void change(() => o.source.grantPerson(o.docId, p.username, l), t('share.nowLevel', { name: p.name, level: levelName(l).toLowerCase() })),
            ),
            removeButton(p.name, () => void change(() => o.source.revokePerson(o.docId, p.username), t('share.removedPerson', { name: p.name }))),
          ]
        : [];
    return h(
      doc,
      'li',
      { class: `poc-share-row is-person${p.disabled ? ' is-disabled' : ''}` },
      h(doc, 'span', { class: 'poc-share-name', text: p.username === o.me ? t('share.you', { name: p.name }) : p.name }),
      h(doc, 'span', { class: 'poc-share-how', text: ` — ${p.disabled ? t('share.disabled', { how: personText(p) }) : personText(p)}` }),
      ...controls,
    );
  };

  const draw = () => {
    if (!state) return;
    const me = state.people.find((p) => p.username === o.me);
    owner = me?.access === 'owner' && !state.archived;
    heading.textContent = owner ? t('share.title', { title: o.title || o.docId }) : t('share.whoHasAccess', { title: o.title || o.docId });
    intro.textContent = state.archived
      ? t('share.archived')
      : owner
        ? t('share.ownerIntro')
        : t('share.readerIntro');
    const teamGrants = state.grants.filter((g) => g.principal.kind === 'team');
    teamsHeading.hidden = teamGrants.length === 0;
    teamsList.replaceChildren(...teamGrants.map(teamRow));
    const ownGrant = (username: string) => state!.grants.find((g) => g.principal.kind === 'user' && g.principal.id === username && g.scope === 'this-document');
    peopleList.replaceChildren(...state.people.map((p) => personRow(p, ownGrant(p.username))));
    // Only an owner's dialog has the form at all (not merely hidden): the rest is a list to read.
    if (owner && !form.isConnected) intro.after(form);
    else if (!owner) form.remove();
  };

  async function load(): Promise<void> {
    try {
      const answer = await o.source.access(o.docId);
      if (!live) return;
      state = answer;
      draw();
    } catch (e) {
      if (live) failed(e);
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const c: PickerChoice | undefined = picker.chosen();
    if (!c) {
      failed(new Error(picker.input.value.trim() ? t('share.chooseFromList', { name: picker.input.value.trim() }) : t('share.typeName')));
      picker.input.focus();
      return;
    }
    const l = level.value as AccessLevel;
    const act = c.kind === 'team' ? () => o.source.grantTeam(o.docId, c.id, l as TeamLevel) : () => o.source.grantPerson(o.docId, c.id, l);
    void change(async () => {
      await act();
      picker.clear();
      fillLevels(false);
      // Back to the usual level, so the next share does not silently repeat this one's.
      level.value = 'editor';
    }, t('share.sharedWith', { name: c.name, level: levelName(l).toLowerCase() })).then(() => picker.input.focus());
  });

  const el = h(
    doc,
    'div',
    { class: 'poc-share', attrs: { 'data-doc': o.docId } },
    heading,
    intro,
    status,
    problem,
    teamsHeading,
    teamsList,
    h(doc, 'h3', { class: 'poc-share-subtitle', text: t('share.people'), attrs: { id: `${id}-people` } }),
    peopleList,
  );
  teamsHeading.hidden = true;
  host.append(el);
  return {
    el,
    ready: load(),
    canShare: () => owner,
    focusFirst() {
      (owner ? picker.input : heading).focus();
    },
    destroy() {
      live = false;
      el.remove();
    },
  };
}

let open: { dialog: HTMLDialogElement; closed: Promise<void> } | undefined;

/** Opens the Share dialog inside `container` (one at a time: a second call brings the open one forward); resolves when it closes, focus back on `opener`. */
export function openShareDialog(container: HTMLElement, opener: HTMLElement, o: ShareOptions): Promise<void> {
  if (open) {
    open.dialog.focus();
    return open.closed;
  }
  const doc = container.ownerDocument;
  const dialog = h(doc, 'dialog', { class: 'poc-share-dialog', attrs: { 'aria-modal': 'true' } });
  const panel = renderSharePanel(dialog, o);
  dialog.setAttribute('aria-labelledby', panel.el.querySelector('h2')!.id);
  const close = h(doc, 'button', { class: 'poc-share-close', text: t('share.done'), attrs: { type: 'button' }, on: { click: () => dialog.close() } });
  dialog.append(h(doc, 'div', { class: 'poc-share-actions' }, close));
  const closed = new Promise<void>((resolve) => {
    dialog.addEventListener('close', () => {
      panel.destroy();
      dialog.remove();
      open = undefined;
      (opener.isConnected ? opener : container).focus();
      resolve();
    });
  });
  open = { dialog, closed };
  container.append(dialog);
  // A modal <dialog>: the page behind is inert (Tab stays inside) and Escape closes it.
  dialog.showModal();
  close.focus();
  void panel.ready.then(() => {
    if (open?.dialog === dialog && panel.canShare()) panel.focusFirst();
  });
  return closed;
}
