// Tiny DOM builders: elements are created with properties and children, never from HTML strings.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; id?: string; title?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.class) e.className = props.class;
  if (props.id) e.id = props.id;
  if (props.title) e.title = props.title;
  if (props.text !== undefined) e.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) e.setAttribute(k, v);
  for (const c of children) if (c) e.append(c);
  return e;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** A titled panel section with a stable id; `body` is where its renderer draws. */
export function section(id: string, heading: string): { root: HTMLElement; body: HTMLElement } {
  const body = el('div', { class: 'section-body' });
  const root = el(
    'section',
    { id, class: 'panel-section', attrs: { 'aria-labelledby': `${id}-heading` } },
    el('h2', { id: `${id}-heading`, text: heading }),
    body,
  );
  return { root, body };
}

export function placeholder(text: string): HTMLElement {
  return el('p', { class: 'placeholder', text });
}
