/**
 * Tiny DOM builders for the editor's chrome. Text always goes in through
 * `textContent`, never `innerHTML`, so user content can never become markup.
 * Elements come from the standard DOM of the document they are built for
 * (a popout window has its own), never from Obsidian's DOM extensions: the
 * editor runs in a plain web page as well as in Obsidian.
 * @internal
 */

/** Attributes, classes, text and listeners for `h`. */
export interface HProps {
  class?: string;
  text?: string;
  title?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (e: HTMLElementEventMap[K]) => void };
}

type Child = Node | string | null | undefined | false;

/** Creates an element in `doc` with the given props and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: HProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  // Standard DOM on purpose (see the header; eslint.config.mjs lets this one file off prefer-create-el).
  const el = doc.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.text !== undefined) el.textContent = props.text;
  if (props.title) el.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const [type, fn] of Object.entries(props.on ?? {})) el.addEventListener(type, fn as EventListener);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string | number> = {}, ...children: Array<Node | null>): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) if (c) el.append(c);
  return el;
}

/** A severity icon (error: a cross in a circle, warning: a triangle, info: an "i"), drawn in SVG so it follows the theme colour. */
export function severityIcon(doc: Document, severity: 'error' | 'warning' | 'info'): SVGSVGElement {
  const icon = svg(doc, 'svg', { viewBox: '0 0 16 16', width: 14, height: 14, class: `poc-icon poc-icon-${severity}`, 'aria-hidden': 'true' });
  if (severity === 'warning') {
    icon.append(svg(doc, 'path', { d: 'M8 1.5 15 14.5H1Z', class: 'poc-icon-shape' }), svg(doc, 'path', { d: 'M8 6v4M8 11.5v1.2', class: 'poc-icon-mark' }));
  } else {
    icon.append(svg(doc, 'circle', { cx: 8, cy: 8, r: 7, class: 'poc-icon-shape' }));
    icon.append(severity === 'error' ? svg(doc, 'path', { d: 'M5.5 5.5l5 5M10.5 5.5l-5 5', class: 'poc-icon-mark' }) : svg(doc, 'path', { d: 'M8 7v4.5M8 4.5v1', class: 'poc-icon-mark' }));
  }
  return icon;
}

/** Replaces an element's children. */
export function setChildren(el: Element, ...children: Child[]): void {
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

/** Toggles a class only when it changes (keeps DOM mutations, and so ProseMirror's observer, quiet). */
export function toggleClass(el: Element, cls: string, on: boolean): void {
  if (el.classList.contains(cls) !== on) el.classList.toggle(cls, on);
}

/** Sets text only when it changes. */
export function setText(el: Node, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Sets or removes an attribute only when it changes. */
export function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
