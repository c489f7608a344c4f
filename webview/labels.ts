// The panel's own words in English and Korean, by id (the tables are in webview/words/, one per part of
// the panel); the host writes the editor's language as <html lang>. Course notation (W[1], J, θ_t) stays
// as it is in both.

import { fillTemplate } from '../src/core/messages/template';
import * as boundary from './words/boundary';
import * as charts from './words/charts';
import * as controls from './words/controls';
import * as examples from './words/examples';
import * as matrices from './words/matrices';
import * as runs from './words/runs';
import * as shapes from './words/shapes';

export const PANEL_EN = {
  ...controls.EN,
  ...runs.EN,
  ...matrices.EN,
  ...charts.EN,
  ...examples.EN,
  ...boundary.EN,
  ...shapes.EN,
} as const;

export type LabelId = keyof typeof PANEL_EN;
export type PanelLanguage = 'en' | 'ko';

/**
 * Whether this bundle has the Korean words. The build defines it for the panel's first script, which an
 * English page gets without them (scripts/bundle-options.mjs); anything else built or run has them.
 */
declare const NNSPEC_KOREAN: boolean | undefined;

// Each part's Korean table is typed by its English one, so a missing Korean label fails the type check there.
// The condition is written out here: esbuild drops the tables only when it sees it false where they are used.
export const PANEL_KO: Record<LabelId, string> | undefined =
  typeof NNSPEC_KOREAN === 'undefined' || NNSPEC_KOREAN
    ? {
        ...controls.KO,
        ...runs.KO,
        ...matrices.KO,
        ...charts.KO,
        ...examples.KO,
        ...boundary.KO,
        ...shapes.KO,
      }
    : undefined;

let current: PanelLanguage = 'en';

/** The language the host wrote on the page; anything but 'ko' reads as English. */
export function setPanelLanguage(lang: string | undefined): void {
  current = lang === 'ko' ? 'ko' : 'en';
}

/** The panel's language (the core's explanations and run wording are written in it too). */
export const panelLanguage = (): PanelLanguage => current;

type Value = string | number;

/**
 * The label in the panel's language. Parameters are numbered (`{0}`, `{1}`, given in order) or named
 * (`{step}`, given as one object); `{n|one|other}` reads `one` when n is 1 and `other` otherwise
 * (English plurals), filled by the core's fillTemplate.
 */
export function label(id: LabelId, ...args: Value[] | [Record<string, Value>]): string {
  const template = ((current === 'ko' && PANEL_KO) || PANEL_EN)[id];
  const params: Record<string, Value | undefined> =
    typeof args[0] === 'object' ? args[0] : Object.fromEntries(args.map((a, i) => [String(i), a as Value]));
  return fillTemplate(template, (name) => params[name]);
}
