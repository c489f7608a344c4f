// The one readout of the panel's matrices: a small box beside the entry under the pointer (or the
// keyboard cursor) with its name, value and meaning. Screen readers hear the entry's own accessible
// name instead, so the box is hidden from them.

import { el } from '../dom';

let box: HTMLElement | undefined;

function readoutBox(): HTMLElement {
  if (!box) {
    box = el('div', { id: 'matrix-readout', class: 'matrix-readout', attrs: { 'aria-hidden': 'true' } });
    box.hidden = true;
    document.body.append(box);
  }
  return box;
}

/** Shows `text` below the entry's box on screen (above it near the window's bottom edge). */
export function showReadout(text: string, anchor: DOMRect): void {
  const b = readoutBox();
  b.textContent = text;
  b.hidden = false;
  const gap = 6;
  const w = b.offsetWidth;
  const h = b.offsetHeight;
  const below = anchor.bottom + gap + h <= window.innerHeight;
  const top = below ? anchor.bottom + gap : Math.max(0, anchor.top - gap - h);
  const left = Math.max(0, Math.min(window.innerWidth - w - 2, anchor.left));
  b.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}

export function hideReadout(): void {
  if (box) box.hidden = true;
}
