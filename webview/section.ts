// The one interface of a panel section: draw from the state; repaint canvases when the theme changes.

import type { ViewState } from './state';

export interface Section {
  render(s: ViewState): void;
  /** For sections that paint canvases in theme colours: called when VS Code switches themes. */
  retheme?(): void;
}
