// The panel's first script and its stylesheet, read once and written into every panel page
// (src/node/panelHtml.ts): a file the page fetches would keep it hidden until it arrives.
import { readFileSync } from 'node:fs';
import type { Language } from '../core/messages/message';

/**
 * The file, in dist/webview/, of the first script of a page in `lang`: the English page's leaves out the
 * Korean words and is all ASCII (scripts/bundle-options.mjs).
 */
export function firstScriptName(lang: Language): string {
  return lang === 'ko' ? 'first-ko.js' : 'first.js';
}

export interface PanelAssets {
  /** dist/webview/first.js, or first-ko.js (firstScriptName) */
  script: string;
  /** media/panel.css */
  style: string;
}

const read = new Map<string, PanelAssets>();

/** The files at `paths`, as text; throws when either could end the element it is written into. */
export function panelAssets(paths: PanelAssets): PanelAssets {
  const key = `${paths.script}\n${paths.style}`;
  let assets = read.get(key);
  if (!assets) {
    assets = { script: readFileSync(paths.script, 'utf8'), style: readFileSync(paths.style, 'utf8') };
    if (/<\/script|<!--/i.test(assets.script) || /<\/style/i.test(assets.style))
      throw new Error(
        `${paths.script} or ${paths.style} would end its element in the page: "</script", "<!--" or "</style"`,
      );
    read.set(key, assets);
  }
  return assets;
}
