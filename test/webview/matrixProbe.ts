// What a person does to read a canvas matrix, as test helpers: hover and read the readout, find a
// cell's box by hovering (bisection on the readout), count the colours painted inside a box, and
// hear the focused entry (the grid's active descendant).

import type { Locator, Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The readout after hovering (x, y) of the page, or '' when it is hidden. */
export async function readoutAt(page: Page, x: number, y: number): Promise<string> {
  await page.mouse.move(x, y);
  return page.evaluate(() => {
    const r = document.getElementById('matrix-readout');
    return r && !r.hidden ? (r.textContent ?? '') : '';
  });
}

/** 'row 3 column 7' of a readout (the entry's place), or '' for none. */
export const placeOf = (readout: string): string => readout.match(/row \d+ column \d+/)?.[0] ?? '';

/** The last coordinate from `inside` toward `outside` (along x or y) whose readout names the same entry. */
async function edge(page: Page, fixed: number, inside: number, outside: number, alongX: boolean): Promise<number> {
  const at = (v: number) => (alongX ? readoutAt(page, v, fixed) : readoutAt(page, fixed, v));
  const want = placeOf(await at(inside));
  let a = inside;
  let b = outside;
  while (Math.abs(b - a) > 1) {
    const mid = Math.round((a + b) / 2);
    if (placeOf(await at(mid)) === want) a = mid;
    else b = mid;
  }
  return a;
}

/** The box (page pixels, edges included) of the entry under (x, y), found by hovering around it. */
export async function cellBox(page: Page, x: number, y: number, reach = 120): Promise<Box> {
  const left = await edge(page, y, x, x - reach, true);
  const right = await edge(page, y, x, x + reach, true);
  const top = await edge(page, x, y, y - reach, false);
  const bottom = await edge(page, x, y, y + reach, false);
  await page.mouse.move(x, y);
  return { left, top, right, bottom };
}

/** How many different colours the canvas has inside `box` (page pixels), shrunk by `inset` on each side. */
export async function coloursIn(canvas: Locator, box: Box, inset = 2): Promise<number> {
  return canvas.evaluate(
    (c: HTMLCanvasElement, [b, k]) => {
      const r = c.getBoundingClientRect();
      const sx = c.width / r.width;
      const x = Math.round((b.left + k - r.left) * sx);
      const y = Math.round((b.top + k - r.top) * sx);
      const w = Math.max(1, Math.round((b.right - b.left + 1 - 2 * k) * sx));
      const h = Math.max(1, Math.round((b.bottom - b.top + 1 - 2 * k) * sx));
      const d = (c.getContext('2d') as CanvasRenderingContext2D).getImageData(x, y, w, h).data;
      const seen = new Set<number>();
      for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return seen.size;
    },
    [box, inset] as const,
  );
}

/** What a screen reader says for a focused grid: the name of its active descendant, and that one's role. */
export async function heard(grid: Locator): Promise<{ role: string | null; name: string }> {
  return grid.evaluate((g) => {
    const id = g.getAttribute('aria-activedescendant');
    const cell = id ? document.getElementById(id) : null;
    return { role: cell?.getAttribute('role') ?? null, name: cell?.textContent ?? '' };
  });
}
