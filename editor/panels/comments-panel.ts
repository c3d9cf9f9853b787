/**
 * The comments panel: review threads on the document's sections and blocks
 * (shared/ydoc/comments.ts), listed in document order under the block's
 * title, with replies, @mentions of the people with access, and resolve /
 * reopen. It reads and writes the Y.Doc's `comments` root, never the
 * content, so a commenter (who may not edit) comments here and a comment
 * never makes a sign-off stale. It redraws whenever a thread changes, here
 * or in another person's copy.
 *
 * A new comment goes on the block the cursor is in (or its section), or on
 * any section or block picked in the "Comment on" list; everything is a plain
 * control, reachable with the keyboard. The author written is always the
 * signed-in person (`me`): the server does not check it (see
 * server/docs/comment-area.ts), so the panel never offers another name.
 */
import type { Template } from '../../shared/template/load.js';
import type { DocModel } from '../../shared/model/types.js';
import { blockTitleOf } from '../../shared/template/block-title.js';
import { addReply, addThread, anchorKey, COMMENTS, type CommentAnchor, type CommentThread, mentionsIn, readThreads, setResolved } from '../../shared/ydoc/comments.js';
import { BLOCK_ATTRS, NODE } from '../../shared/model/nodes.js';
import { h } from '../dom.js';
import { formatMoment, shorten } from '../words.js';
import type { EditorHandle } from '../editor-contract.js';
import type { PanelHandle } from './validation-panel.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { editorPanelWords } from '../../shared/i18n/messages/editor-panels.js';

const t = uiWords(editorPanelWords);

/** Someone with access to the document, as mentions name them. */
export interface CommentPerson {
  username: string;
  name: string;
}

/** What the panel needs from its host. */
export interface CommentsPanelOptions {
  handle: EditorHandle;
  /** The signed-in person: every comment written here is theirs. */
  me: CommentPerson;
  /** Whether they may comment (a commenter or more); otherwise the panel only reads. */
  canComment: boolean;
  /** The people with access, for @mention suggestions (absent: no suggestions). */
  people?: () => Promise<CommentPerson[]>;
  /** The clock, as an ISO time (tests fix it). */
  now?: () => string;
}

/** A place a comment can go: a section or one of its blocks, with the words the person reads. */
interface Place {
  anchor: CommentAnchor;
  label: string;
}

/** The sections and blocks of the model, in document order, with labels ("T-3 Armed attack on the camp"). */
function placesOf(model: DocModel | undefined, template: Template | undefined): Place[] {
  const out: Place[] = [];
  for (const s of model?.sections ?? []) {
    const title = template?.sections.find((x) => x.id === s.id)?.title ?? s.title;
    out.push({ anchor: { section: s.id }, label: t('comments.section', { id: s.id, title }).trim() });
    for (const item of s.content) {
      if (item.t !== 'block') continue;
      const name = blockTitleOf(item, template);
      out.push({ anchor: { section: s.id, block: item.id }, label: shorten(name ? `${item.id} ${name}` : item.id, 70) });
    }
  }
  return out;
}

/** The block (or else the section) the editor's cursor is in. */
function anchorAtCursor(handle: EditorHandle): CommentAnchor | undefined {
  const { $from } = handle.view.state.selection;
  let section: string | undefined;
  let block: string | undefined;
  for (let d = $from.depth; d > 0; d--) {
    const node = $from.node(d);
    if (!block && node.type.name === NODE.block && typeof node.attrs[BLOCK_ATTRS.id] === 'string') block = node.attrs[BLOCK_ATTRS.id] as string;
    if (node.type.name === NODE.section && typeof node.attrs.sid === 'string') section = node.attrs.sid;
  }
  return section ? (block ? { section, block } : { section }) : undefined;
}

/** A mounted comments panel. */
export interface CommentsPanelHandle extends PanelHandle {
  /** Starts a comment on a section or block: chooses it in "Comment on" and puts the cursor in the text box. */
  startOn(anchor: CommentAnchor): void;
}

/** Renders the comments panel into `host`. */
export function renderCommentsPanel(host: HTMLElement, opts: CommentsPanelOptions): CommentsPanelHandle {
  const doc = host.ownerDocument;
  const { handle, me } = opts;
  const ydoc = handle.ydoc;
  const now = opts.now ?? (() => new Date().toISOString());
  let people: CommentPerson[] = [];
  void opts.people?.().then(
    (p) => (people = p),
    () => undefined,
  );
  const uid = `poc-comments-${Math.random().toString(36).slice(2, 8)}`;
  /** Reply drafts per thread, so a redraw (someone else's comment) never loses what is being typed. */
  const drafts = new Map<string, string>();

  const count = h(doc, 'div', { class: 'poc-comments-count', attrs: { 'aria-live': 'polite' } });
  const list = h(doc, 'div', { class: 'poc-comments-list' });
  const el = h(doc, 'section', { class: 'poc-panel poc-comments', attrs: { 'aria-label': t('comments.title') } }, h(doc, 'div', { class: 'poc-panel-head' }, h(doc, 'h2', { class: 'poc-panel-title', text: t('comments.title') }), count));

  /** A text box with @mention suggestions under it (buttons: click or Enter inserts the username). */
  const withMentions = (box: HTMLTextAreaElement): HTMLElement => {
    const suggestions = h(doc, 'div', { class: 'poc-mention-list', attrs: { role: 'group', 'aria-label': t('comments.mention') } });
    suggestions.hidden = true;
    const update = () => {
      const before = box.value.slice(0, box.selectionStart ?? box.value.length);
      const m = /(^|\s)@([\w.-]*)$/.exec(before);
      const q = m?.[2].toLowerCase();
      const found = q === undefined ? [] : people.filter((p) => p.username !== me.username && (p.username.toLowerCase().startsWith(q) || p.name.toLowerCase().includes(q))).slice(0, 6);
      suggestions.replaceChildren(
        ...found.map((p) =>
          h(doc, 'button', {
            class: 'poc-mention',
            text: `${p.name} (@${p.username})`,
            attrs: { type: 'button' },
            on: {
              click: () => {
                const start = before.length - (m?.[2].length ?? 0);
                box.value = `${box.value.slice(0, start)}${p.username} ${box.value.slice(before.length)}`;
                box.dispatchEvent(new Event('input'));
                box.focus();
                const at = start + p.username.length + 1;
                box.setSelectionRange(at, at);
                suggestions.hidden = true;
              },
            },
          }),
        ),
      );
      suggestions.hidden = found.length === 0;
    };
    box.addEventListener('input', update);
    box.addEventListener('keyup', update);
    return h(doc, 'div', { class: 'poc-comment-input' }, box, suggestions);
  };

  const write = (text: string) => ({ author: me.username, authorName: me.name, at: now(), text, mentions: mentionsIn(text, people) });

  // The new-comment form: where, what, and the button.
  const place = h(doc, 'select', { class: 'poc-comment-place', attrs: { id: `${uid}-place` } });
  const newText = h(doc, 'textarea', { class: 'poc-comment-text', attrs: { id: `${uid}-text`, rows: 3, placeholder: t('comments.placeholder') } });
  const newProblem = h(doc, 'div', { class: 'poc-comment-problem', attrs: { role: 'alert' } });
  const form = h(
    doc,
    'form',
    {
      class: 'poc-comment-new',
      on: {
        submit: (e) => {
          e.preventDefault();
          const text = newText.value.trim();
          const chosen = places[Number(place.value)];
          if (!text) {
            newProblem.textContent = t('comments.empty');
            newText.focus();
            return;
          }
          if (!chosen) {
            newProblem.textContent = t('comments.loading');
            return;
          }
          newProblem.textContent = '';
          addThread(ydoc, chosen.anchor, write(text));
          newText.value = '';
        },
      },
    },
    h(doc, 'label', { text: t('comments.on'), attrs: { for: `${uid}-place` } }),
    place,
    h(doc, 'label', { text: t('comments.yours'), attrs: { for: `${uid}-text` } }),
    withMentions(newText),
    newProblem,
    h(doc, 'button', { class: 'poc-comment-send', text: t('comments.send'), attrs: { type: 'submit' } }),
  );
  if (opts.canComment) el.append(form);
  else el.append(h(doc, 'p', { class: 'poc-muted', text: t('comments.readOnly') }));
  el.append(list);
  host.append(el);

  let places: Place[] = [];
  /** Fills the "Comment on" list: with `atCursor`, choosing the block the cursor is in; else keeping what was chosen (if it still exists). */
  const fillPlaces = (atCursor = false) => {
    let model: DocModel | undefined;
    try {
      model = handle.model();
    } catch {
      model = undefined;
    }
    const template = handle.template();
    const before = places[Number(place.value)]?.anchor;
    places = placesOf(model, template);
    const want = (atCursor || !before ? anchorAtCursor(handle) : undefined) ?? before;
    const pick = want ? places.findIndex((p) => anchorKey(p.anchor) === anchorKey(want)) : -1;
    place.replaceChildren(...places.map((p, i) => h(doc, 'option', { text: p.label, attrs: { value: i } })));
    place.value = String(Math.max(0, pick));
  };

  const threadView = (thread: CommentThread): HTMLElement => {
    const messages = h(
      doc,
      'ol',
      { class: 'poc-comment-messages' },
      ...thread.messages.map((m) =>
        h(
          doc,
          'li',
          { class: 'poc-comment-message' },
          h(doc, 'div', { class: 'poc-comment-meta' }, h(doc, 'strong', { text: m.authorName }), ' ', h(doc, 'span', { class: 'poc-muted', text: formatMoment(m.at) })),
          h(doc, 'div', { class: 'poc-comment-body', text: m.text }),
        ),
      ),
    );
    const card = h(doc, 'article', { class: `poc-comment-thread${thread.resolved ? ' is-resolved' : ''}`, attrs: { 'data-thread': thread.id, 'aria-label': t('comments.by', { name: thread.authorName }) } }, messages);
    if (thread.resolved) {
      const by = thread.resolvedBy ? (people.find((p) => p.username === thread.resolvedBy)?.name ?? thread.resolvedBy) : undefined;
      card.append(h(doc, 'div', { class: 'poc-muted', text: by ? t('comments.resolvedBy', { name: by }) : t('comments.resolved') }));
    }
    if (!opts.canComment) return card;
    const replyId = `${uid}-reply-${thread.id}`;
    const reply = h(doc, 'textarea', { class: 'poc-comment-text', attrs: { id: replyId, rows: 2, 'data-reply': thread.id } });
    reply.value = drafts.get(thread.id) ?? '';
    reply.addEventListener('input', () => drafts.set(thread.id, reply.value));
    const send = () => {
      const text = reply.value.trim();
      if (!text) return;
      drafts.delete(thread.id);
      addReply(ydoc, thread.id, write(text));
    };
    card.append(
      h(doc, 'label', { class: 'poc-visually-hidden', text: t('comments.replyTo', { name: thread.authorName }), attrs: { for: replyId } }),
      withMentions(reply),
      h(
        doc,
        'div',
        { class: 'poc-comment-actions' },
        h(doc, 'button', { class: 'poc-comment-reply', text: t('comments.reply'), attrs: { type: 'button' }, on: { click: send } }),
        h(doc, 'button', { class: 'poc-comment-resolve', text: thread.resolved ? t('comments.reopen') : t('comments.resolve'), attrs: { type: 'button' }, on: { click: () => setResolved(ydoc, thread.id, !thread.resolved, me.username) } }),
      ),
    );
    return card;
  };

  const draw = () => {
    fillPlaces();
    const threads = readThreads(ydoc);
    const open = threads.filter((t) => !t.resolved).length;
    const openWords = t('comments.open', { count: open });
    count.textContent = threads.length === 0 ? t('comments.none') : threads.length > open ? t('comments.openResolved', { open: openWords, count: threads.length - open }) : openWords;
    // Keep the caret where it was when the redraw replaces a reply box.
    const active = doc.activeElement;
    const focusedReply = active instanceof HTMLTextAreaElement ? active.getAttribute('data-reply') : null;
    const caret = active instanceof HTMLTextAreaElement ? active.selectionStart : null;
    const order = new Map(places.map((p, i) => [anchorKey(p.anchor), i]));
    const groups = new Map<string, CommentThread[]>();
    for (const t of threads) groups.set(anchorKey(t.anchor), [...(groups.get(anchorKey(t.anchor)) ?? []), t]);
    const keys = [...groups.keys()].sort((a, b) => (order.get(a) ?? places.length) - (order.get(b) ?? places.length) || a.localeCompare(b));
    list.replaceChildren(
      ...keys.map((key) => {
        const group = groups.get(key)!;
        const label = places.find((p) => anchorKey(p.anchor) === key)?.label ?? key;
        const anchor = group[0].anchor;
        const heading = h(doc, 'button', {
          class: 'poc-comment-anchor',
          text: label,
          title: t('comments.goTo'),
          attrs: { type: 'button' },
          on: { click: () => handle.jumpTo(anchor.block ? { section: anchor.section, block: anchor.block } : { section: anchor.section }) },
        });
        return h(doc, 'div', { class: 'poc-comment-group', attrs: { 'data-anchor': key } }, h(doc, 'h3', {}, heading), ...group.map(threadView));
      }),
    );
    if (focusedReply) {
      const box = list.querySelector<HTMLTextAreaElement>(`textarea[data-reply="${CSS.escape(focusedReply)}"]`);
      if (box) {
        box.focus();
        if (caret !== null) box.setSelectionRange(caret, caret);
      }
    }
  };

  const comments = ydoc.getMap(COMMENTS);
  const onComments = () => draw();
  comments.observeDeep(onComments);
  // The "Comment on" list follows the document's sections and blocks, and the cursor.
  const stop = handle.subscribe(() => fillPlaces());
  // Coming from the editor to comment: the comment goes on the block the cursor is in.
  place.addEventListener('focus', () => fillPlaces(true));
  newText.addEventListener('focus', () => {
    if (!newText.value) fillPlaces(true);
  });
  draw();
  return {
    el,
    refresh: draw,
    startOn(anchor) {
      if (!opts.canComment) return;
      fillPlaces();
      const i = places.findIndex((p) => anchorKey(p.anchor) === anchorKey(anchor));
      if (i >= 0) place.value = String(i);
      newText.scrollIntoView({ block: 'nearest' });
      newText.focus();
    },
    destroy() {
      comments.unobserveDeep(onComments);
      stop();
      el.remove();
    },
  };
}
