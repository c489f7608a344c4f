// The sections with matrices, charts and canvases: the panel's second script (later.js), fetched once the
// page has loaded, so that the first one, which the host writes into the page, holds only what the shapes
// need. It has its own copies of the modules both use: those with state share it through the page
// (the panel language from <html lang>, VS Code's API in vscodeApi.ts).

import { alongExamples } from '../src/core/layout';
import type { MatrixEntry } from '../src/protocol';
import { createBackprop } from './backprop';
import { createBoundary } from './boundary';
import { createBoundaryComparison } from './boundaryCompare';
import { createEntryDetails } from './entryDetails';
import { shownExamples } from './examplePicker';
import { createExplainer } from './explanationView';
import { createForward } from './forward';
import { createGradcheck } from './gradcheck';
import { createGradNormChart } from './gradNormChart';
import { setPanelLanguage } from './labels';
import { createLossChart } from './lossChart';
import { palette } from './matrix/palette';
import { overExamples } from './matrixEntry';
import type { MatrixActions } from './matrixSection';
import type { Panel } from './panel';
import { createRunList } from './runList';
import type { Section } from './section';
import { shownSnapshot, type Part } from './state';

setPanelLanguage(document.documentElement.lang);

export function createLaterSections(body: (p: Part) => HTMLElement, panel: Panel): Partial<Record<Part, Section>> {
  const matrixActions: MatrixActions = {
    select: (entry) => panel.dispatch({ type: 'select', entry }),
    chooseExamples: (choice) => panel.dispatch({ type: 'chooseExamples', choice }),
  };
  // An operand link selects its entry; an example the chosen ones leave out brings all of them back.
  const follow = (entry: MatrixEntry): void => {
    const d = panel.state;
    const s = shownSnapshot(d);
    const example = s && overExamples(entry.matrix) ? alongExamples(s.exampleAxis, entry.row, entry.col) : undefined;
    if (s && example !== undefined && !shownExamples(d, s).indices.includes(example)) {
      matrixActions.chooseExamples({ by: 'all' });
    }
    matrixActions.select(entry);
  };
  return {
    forward: createForward(body('forward'), matrixActions),
    backprop: createBackprop(body('backprop'), matrixActions),
    entry: createEntryDetails(body('entry'), () => matrixActions.select(undefined), createExplainer(follow)),
    runs: createRunList(body('runs'), panel.overlay),
    loss: createLossChart(body('loss')),
    boundary: createBoundary(body('boundary')),
    compare: createBoundaryComparison(body('compare')),
    gradnorms: createGradNormChart(body('gradnorms')),
    gradcheck: createGradcheck(body('gradcheck'), panel.requestGradcheck),
  };
}

/** The matrices' colours cost a style recalculation each: resolved while idle, not when a snapshot arrives. */
export function warmPalette(): void {
  requestIdleCallback(() => palette());
}
