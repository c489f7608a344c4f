// The one readout of the panel's matrices: a small box beside the entry under the pointer (or the
// keyboard cursor) with its name, value and meaning. Screen readers hear the entry's own accessible
// name instead, so the box is hidden from them.

import { el } from '../dom';

let box: HTMLElement | undefined;
/**
 * Where the entry shown is now, or undefined while its matrix has scrolled it out of view: the box is
 * fixed to the window, so it is placed again when anything scrolls.
 */
let locate: (() => DOMRect | undefined) | undefined;

function readoutBox(): HTMLElement {
  if (!box) {
    box = el('div', { id: 'matrix-readout', class: 'matrix-readout', attrs: { 'aria-hidden': 'true' } });
    box.hidden = true;
    document.body.append(box);
    // Capture: a scroll of the page or of any section, not only of the matrix itself, moves the entry.
    const follow = () => {
      if (box && locate) place(box, locate());
    };
    window.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow);
  }
  return box;
}

/** Below the entry's box on screen (above it near the window's bottom edge); hidden while the entry is out of view. */
function place(b: HTMLElement, anchor: DOMRect | undefined): void {
  b.hidden = !anchor || anchor.bottom < 0 || anchor.top > window.innerHeight;
  if (!anchor || b.hidden) return;
  const gap = 6;
  const w = b.offsetWidth;
  const h = b.offsetHeight;
  const below = anchor.bottom + gap + h <= window.innerHeight;
  const top = below ? anchor.bottom + gap : Math.max(0, anchor.top - gap - h);
  const left = Math.max(0, Math.min(window.innerWidth - w - 2, anchor.left));
  b.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}

/**
 * Shows `text` beside the entry that `where` finds on screen, and keeps it there while the page scrolls;
 * hidden while `where` finds none of the entry in view.
 */
export function showReadout(text: string, where: () => DOMRect | undefined): void {
  const b = readoutBox();
  locate = where;
  b.textContent = text;
  place(b, where());
}

export function hideReadout(): void {
  locate = undefined;
  if (box) box.hidden = true;
}
