// A slider over the steps whose snapshot the run keeps. Picking an older step pins the panel to it;
// the last stop (or Latest) follows the newest step again. Which snapshot to fetch is the state's
// business (wantedStep); this section only draws and reports the student's choice.

import { el } from './dom';
import { label } from './labels';
import type { Section } from './section';

/** `pin` hears the step the student chose, or undefined to follow the newest step. */
export function createTimeline(body: HTMLElement, pin: (step: number | undefined) => void): Section {
  let steps: readonly number[] = [0];
  const slider = el('input', {
    id: 'timeline-slider',
    attrs: { type: 'range', min: '0', max: '0', step: '1', value: '0', 'aria-label': label('timeline.sliderName') },
  });
  const picked = el('span', { id: 'timeline-picked', class: 'metric' });
  const shown = el('span', { id: 'timeline-shown', class: 'note', attrs: { 'aria-live': 'polite' } });
  const latest = el('button', {
    id: 'timeline-latest',
    text: label('timeline.latest'),
    attrs: { type: 'button', 'aria-label': label('timeline.latestName') },
  });
  body.append(el('div', { class: 'timeline-row' }, slider, picked, latest), shown);

  slider.addEventListener('input', () => {
    picked.textContent = label('timeline.step', { step: steps[Number(slider.value)] });
  });
  slider.addEventListener('change', () => {
    const i = Number(slider.value);
    pin(i === steps.length - 1 ? undefined : steps[i]);
  });
  latest.addEventListener('click', () => pin(undefined));

  return {
    render: (s) => {
      const kept = s.run?.snapshotSteps ?? [];
      steps = kept.length > 0 ? kept : [0];
      slider.max = String(steps.length - 1);
      const target = s.pinnedStep ?? steps[steps.length - 1];
      const at = nearestIndex(steps, target);
      if (document.activeElement !== slider || s.pinnedStep === undefined) slider.value = String(at);
      picked.textContent = label('timeline.step', { step: steps[Number(slider.value)] });
      slider.disabled = latest.disabled = steps.length < 2;
      const recorded = label('timeline.recorded', { count: kept.length });
      const snap = s.shown?.runId === s.run?.runId ? s.shown?.snapshot : undefined;
      shown.textContent = snap
        ? label('timeline.showing', { step: snap.step, recorded })
        : label('timeline.noneShown', { recorded });
    },
  };
}

function nearestIndex(steps: readonly number[], step: number): number {
  let best = 0;
  steps.forEach((s, i) => {
    if (Math.abs(s - step) < Math.abs(steps[best] - step)) best = i;
  });
  return best;
}
