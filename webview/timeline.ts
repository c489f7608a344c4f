// A slider over the recorded snapshot steps; choosing one asks the host for that snapshot.
// Until the student picks an older step it follows the newest one, asking for it as it appears
// (one request at a time, so the host's replies pace the updates).

import { el } from './dom';
import type { PanelData } from './store';
import { loadState, post, saveState } from './vscodeApi';

/** `onPick` hears the step the student chose, or undefined while the timeline follows the newest step. */
export function createTimeline(body: HTMLElement, onPick: (step: number | undefined) => void): (d: PanelData) => void {
  let steps: number[] = [0];
  let follow = true; // keep to the newest step until the student picks an older one
  let restored = loadState().selectedStep;
  let pendingAt = -Infinity; // when the last follow request went out; cleared by any snapshot
  let seen: unknown;
  let runsStarted = 0;
  const slider = el('input', {
    id: 'timeline-slider',
    attrs: { type: 'range', min: '0', max: '0', step: '1', value: '0', 'aria-label': 'Snapshot step' },
  });
  const picked = el('span', { id: 'timeline-picked', class: 'metric' });
  const shown = el('span', { id: 'timeline-shown', class: 'note', attrs: { 'aria-live': 'polite' } });
  const latest = el('button', {
    id: 'timeline-latest',
    text: 'Latest',
    attrs: { type: 'button', 'aria-label': 'Show the latest snapshot' },
  });
  body.append(el('div', { class: 'timeline-row' }, slider, picked, latest), shown);

  const request = (step: number): void => {
    onPick(follow ? undefined : step);
    saveState({ selectedStep: step });
    post({ type: 'requestSnapshot', step });
  };
  slider.addEventListener('input', () => {
    picked.textContent = `step ${steps[Number(slider.value)]}`;
  });
  slider.addEventListener('change', () => {
    const i = Number(slider.value);
    follow = i === steps.length - 1;
    request(steps[i]);
  });
  latest.addEventListener('click', () => {
    follow = true;
    slider.value = String(steps.length - 1);
    request(steps[steps.length - 1]);
  });

  return (d) => {
    if (d.runsStarted !== runsStarted) {
      runsStarted = d.runsStarted;
      follow = true;
      restored = undefined;
      saveState({ selectedStep: undefined });
    }
    steps = d.snapshotSteps.length > 0 ? d.snapshotSteps : [0];
    slider.max = String(steps.length - 1);
    if (restored !== undefined && d.snapshotSteps.includes(restored)) {
      // After a reload, show the step the student had chosen.
      follow = restored === steps[steps.length - 1];
      slider.value = String(steps.indexOf(restored));
      onPick(follow ? undefined : restored);
      if (d.snapshot?.step !== restored) post({ type: 'requestSnapshot', step: restored });
      restored = undefined;
    } else if (follow) {
      slider.value = String(steps.length - 1);
      const latest = steps[steps.length - 1];
      if (d.snapshot !== seen) pendingAt = -Infinity;
      if (d.snapshotSteps.length > 0 && d.snapshot?.step !== latest && performance.now() - pendingAt > 1000) {
        pendingAt = performance.now();
        post({ type: 'requestSnapshot', step: latest });
      }
    } else if (d.snapshot && steps.includes(d.snapshot.step) && document.activeElement !== slider) {
      slider.value = String(steps.indexOf(d.snapshot.step));
    }
    seen = d.snapshot;
    picked.textContent = `step ${steps[Number(slider.value)]}`;
    slider.disabled = latest.disabled = steps.length < 2;
    const recorded = `${steps.length} recorded step${steps.length === 1 ? '' : 's'}`;
    shown.textContent = d.snapshot ? `Showing step ${d.snapshot.step} (${recorded})` : `${recorded}; none shown yet`;
  };
}
