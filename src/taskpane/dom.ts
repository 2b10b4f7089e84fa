/** The one way the pane builds DOM: text as text nodes, no HTML strings, no inline handlers (docs/architecture.md). */

export type Child = Node | string | number | null | undefined | false | readonly Child[];

type Handler<E extends Event = Event> = (event: E) => void;

export interface Props {
  /** class attribute (space-separated). */
  readonly class?: string;
  /** Event listeners, by event name ("click", "keydown", ...). */
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: Handler<HTMLElementEventMap[K]> };
  /** Live properties, set after the children are appended (a select needs its options first). */
  readonly value?: string;
  readonly checked?: boolean;
  /** Any other attribute: true sets it empty, false/null/undefined leave it out. */
  readonly [attribute: string]: unknown;
}

const REFUSED_ATTRIBUTE = /^(on|style$|srcdoc$)/i;

export function setAttributes(element: Element, attributes: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (REFUSED_ATTRIBUTE.test(name)) throw new Error(`dom: attribute "${name}" is not allowed`);
    if (value === false || value === null || value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...(child as Child[]));
    else if (typeof child === "string" || typeof child === "number") parent.appendChild(document.createTextNode(String(child)));
    else parent.appendChild(child as Node);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props) {
    const { class: className, on, value, checked, ...attributes } = props;
    if (className) element.className = className;
    setAttributes(element, attributes);
    if (on) {
      for (const [event, handler] of Object.entries(on)) element.addEventListener(event, handler as EventListener);
    }
    append(element, ...children);
    if (value !== undefined) (element as unknown as { value: string }).value = value;
    if (checked !== undefined) (element as unknown as { checked: boolean }).checked = checked;
  } else {
    append(element, ...children);
  }
  return element;
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** Sets an element's text (textContent: never parsed as HTML). */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

let ids = 0;
/** A document-unique id for label/for and aria-describedby pairs. */
export function uniqueId(prefix: string): string {
  ids += 1;
  return `${prefix}-${ids}`;
}

/**
 * Runs `rebuild` (which replaces `container`'s children) and puts the keyboard back on the control it was on, found
 * again by its data-field or data-testid within the same data-sheet: a form re-rendered under the cursor keeps it.
 */
export function keepingFocus(container: Element, rebuild: () => void): void {
  const active = document.activeElement;
  const inside = active && container.contains(active) ? active : null;
  const attribute = inside?.hasAttribute("data-field") ? "data-field" : "data-testid";
  const value = inside?.getAttribute(attribute);
  const sheet = inside?.closest("[data-sheet]")?.getAttribute("data-sheet");
  rebuild();
  if (!value) return;
  const scope = sheet ? container.querySelector(`[data-sheet="${CSS.escape(sheet)}"]`) : container;
  scope?.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(value)}"]`)?.focus();
}
