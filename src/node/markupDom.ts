// A document that only builds markup: as much of the DOM as the panel's first sections use
// (webview/firstSections.ts), for the analysis worker to draw a first screen without a browser, and
// written out as a browser's innerHTML writes it (the HTML fragment serialisation algorithm), so the
// markup equals the page's own (test/webview/firstScreenMarkup.test.ts checks it in Chromium).

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Elements written without an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

type Child = MarkupElement | MarkupText;

export class MarkupText {
  parent?: MarkupElement;
  constructor(public data: string) {}
}

const escapeText = (s: string): string =>
  s.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
// Chromium escapes < and > in attribute values too (since 2025), as the HTML standard now says.
const escapeAttribute = (s: string): string =>
  s.replace(/[&"<>\u00a0]/g, (c) =>
    c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;',
  );

/** 'seriesName' → 'data-series-name', as an element's dataset names its attributes. */
const dataAttribute = (key: string): string => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export class MarkupElement {
  // Reflected as attributes, defined on the prototype below.
  declare className: string;
  declare id: string;
  declare title: string;
  declare min: string;
  declare max: string;
  declare step: string;
  /** The value attribute; the value property is not one (`value`). */
  declare defaultValue: string;
  declare hidden: boolean;
  declare disabled: boolean;
  parent?: MarkupElement;
  readonly children: Child[] = [];
  /** In the order first set, as the browser keeps and writes them. */
  private readonly attributes = new Map<string, string>();
  /** An input's value once set: a property only, not written into the markup (its attribute is defaultValue). */
  private dirtyValue?: string;
  /** Style is left out of a first screen (the page's content security policy refuses it in markup). */
  readonly style: Record<string, string> = {};
  readonly dataset: Record<string, string | undefined>;
  readonly classList = {
    add: (...names: string[]): void => {
      const have = this.className.split(/\s+/).filter(Boolean);
      this.className = [...have, ...names.filter((n) => !have.includes(n))].join(' ');
    },
  };

  constructor(
    readonly tagName: string,
    /** SVG elements keep their attribute names' case. */
    private readonly svg: boolean,
  ) {
    this.dataset = new Proxy<Record<string, string | undefined>>(
      {},
      {
        get: (_, key) => (typeof key === 'string' ? this.getAttribute(dataAttribute(key)) : undefined) ?? undefined,
        set: (_, key, value) => {
          if (typeof key === 'string') this.setAttribute(dataAttribute(key), String(value));
          return true;
        },
      },
    );
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(this.svg ? name : name.toLowerCase(), value);
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(this.svg ? name : name.toLowerCase()) ?? null;
  }

  removeAttribute(name: string): void {
    this.attributes.delete(this.svg ? name : name.toLowerCase());
  }

  get value(): string {
    return this.dirtyValue ?? this.defaultValue;
  }
  set value(v: string) {
    this.dirtyValue = v;
  }

  /** The first screen is never used: nothing listens. */
  addEventListener(): void {}

  append(...nodes: (Child | string)[]): void {
    for (const n of nodes) {
      const child = typeof n === 'string' ? new MarkupText(n) : n;
      child.parent?.removeChild(child);
      child.parent = this;
      this.children.push(child);
    }
  }

  replaceChildren(...nodes: (Child | string)[]): void {
    for (const c of this.children.splice(0)) c.parent = undefined;
    this.append(...nodes);
  }

  private removeChild(child: Child): void {
    this.children.splice(this.children.indexOf(child), 1);
    child.parent = undefined;
  }

  get textContent(): string {
    return this.children.map((c) => (c instanceof MarkupText ? c.data : c.textContent)).join('');
  }
  set textContent(text: string) {
    this.replaceChildren(...(text === '' ? [] : [text]));
  }

  get innerHTML(): string {
    return this.children.map((c) => (c instanceof MarkupText ? escapeText(c.data) : c.outerHTML)).join('');
  }

  get outerHTML(): string {
    let attributes = '';
    for (const [name, value] of this.attributes) attributes += ` ${name}="${escapeAttribute(value)}"`;
    const open = `<${this.tagName}${attributes}>`;
    return !this.svg && VOID.has(this.tagName) ? open : `${open}${this.innerHTML}</${this.tagName}>`;
  }
}

/** The properties a browser reflects as string attributes, with their attributes' names. */
const STRING_ATTRIBUTES = {
  className: 'class',
  id: 'id',
  title: 'title',
  min: 'min',
  max: 'max',
  step: 'step',
  defaultValue: 'value',
};
for (const [property, attribute] of Object.entries(STRING_ATTRIBUTES))
  Object.defineProperty(MarkupElement.prototype, property, {
    get(this: MarkupElement): string {
      return this.getAttribute(attribute) ?? '';
    },
    set(this: MarkupElement, v: string) {
      this.setAttribute(attribute, v);
    },
  });
/** Boolean attributes: present (and empty) when true. */
for (const attribute of ['hidden', 'disabled'])
  Object.defineProperty(MarkupElement.prototype, attribute, {
    get(this: MarkupElement): boolean {
      return this.getAttribute(attribute) !== null;
    },
    set(this: MarkupElement, v: boolean) {
      if (v) this.setAttribute(attribute, '');
      else this.removeAttribute(attribute);
    },
  });

/** Thrown by a MarkupDocument asked for more elements than it may make. */
export class TooManyElements extends Error {}

/** The document the first sections create their elements with (webview/dom.ts). */
export class MarkupDocument {
  /** Nothing has the focus in a page nobody sees. */
  readonly activeElement = null;
  private made = 0;

  /** `maxElements`: a drawing that makes more is given up (TooManyElements), to bound its time. */
  constructor(private readonly maxElements = Infinity) {}

  createElement(tag: string): MarkupElement {
    this.count();
    return new MarkupElement(tag.toLowerCase(), false);
  }

  createElementNS(ns: string, tag: string): MarkupElement {
    this.count();
    return new MarkupElement(tag, ns === SVG_NS);
  }

  private count(): void {
    if (++this.made > this.maxElements) throw new TooManyElements(`more than ${this.maxElements} elements`);
  }
}
