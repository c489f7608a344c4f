// Play / pause / step / stop / reset, the speed slider, and the live step, cost, accuracy and status.

import type { RunStatus } from '../src/protocol';
import { el } from './dom';
import { fmt4 } from './format';
import type { PanelData } from './store';
import { loadState, post, saveState } from './vscodeApi';

/** Steps per frame the slider offers (a log-like ladder); the host runs flat out from 1000 on. */
const SPEEDS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
/** Until the student picks a speed: slow enough to watch (the flower example's 10,000 steps take a few seconds at 60 frames a second). */
export const DEFAULT_STEPS_PER_FRAME = 50;
const speedLabel = (n: number): string => (n >= 1000 ? 'full speed' : `${n} step${n === 1 ? '' : 's'}/frame`);

const STATUS_TEXT: Record<RunStatus, string> = {
  idle: 'ready',
  running: 'running',
  paused: 'paused',
  done: 'done',
  diverged: 'diverged',
  stopped: 'stopped',
  stale: 'stale: the file changed since this run',
};

/** The host's message says it all ('Done after 2000 steps: J = ...'), except for a divergence. */
function statusText(status: RunStatus, message?: string): string {
  if (!message) return STATUS_TEXT[status];
  return status === 'diverged' ? `diverged: ${message}` : message;
}

/**
 * The last step run, numbered from 0 as on the timeline: after 10,000 steps, 'step 9999 / 9999 (all
 * 10000 steps done)'. `run` counts the steps run so far.
 */
export function stepCount(run: number, total: number): string {
  if (run === 0) return `no step run yet (steps 0–${total - 1})`;
  return `step ${run - 1} / ${total - 1}${run >= total ? ` (all ${total} steps done)` : ''}`;
}

/** 'Fix the error' → 'fix the error' after a colon; names such as 'W[2]' keep their case. */
const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

function button(label: string, id: string, onClick: () => void, aria?: string): HTMLButtonElement {
  const b = el('button', { id, text: label, attrs: { type: 'button', ...(aria ? { 'aria-label': aria } : {}) } });
  b.addEventListener('click', onClick);
  return b;
}

export function createControls(body: HTMLElement): (d: PanelData) => void {
  let running = false;
  const play = button(
    '▶ Play',
    'ctl-play',
    () => post({ type: 'control', action: running ? 'pause' : 'play' }),
    'Play',
  );
  const step = button('Step ›', 'ctl-step', () => post({ type: 'control', action: 'step' }), 'One step');
  const stop = button('■ Stop', 'ctl-stop', () => post({ type: 'control', action: 'stop' }), 'Stop');
  const reset = button('↺ Reset', 'ctl-reset', () => post({ type: 'control', action: 'reset' }), 'Reset');
  const retrain = button('Retrain', 'ctl-retrain', () => post({ type: 'retrain' }), 'Retrain with the changed file');

  const saved = loadState().stepsPerFrame;
  const speed = el('input', {
    id: 'ctl-speed',
    attrs: { type: 'range', min: '0', max: String(SPEEDS.length - 1), step: '1', 'aria-label': 'Steps per frame' },
  });
  const startIndex = SPEEDS.indexOf(saved !== undefined && SPEEDS.includes(saved) ? saved : DEFAULT_STEPS_PER_FRAME);
  speed.value = String(startIndex);
  const speedOut = el('output', {
    id: 'ctl-speed-value',
    attrs: { for: 'ctl-speed' },
    text: speedLabel(SPEEDS[startIndex]),
  });
  speed.addEventListener('input', () => {
    speedOut.textContent = speedLabel(SPEEDS[Number(speed.value)]);
  });
  // Before `ready`, so that the run the host starts then goes at this speed (the host's own default is flat out).
  post({ type: 'speed', stepsPerFrame: SPEEDS[startIndex] });
  speed.addEventListener('change', () => {
    const stepsPerFrame = SPEEDS[Number(speed.value)];
    saveState({ stepsPerFrame });
    post({ type: 'speed', stepsPerFrame });
  });

  const stepText = el('span', {
    id: 'ctl-step-count',
    class: 'metric',
    text: 'step –',
    title:
      'Steps are numbered from 0: step t computes the cost J_t with the parameters θ_t, then updates them to θ_t+1.',
  });
  const costText = el('span', { id: 'ctl-cost', class: 'metric', text: 'cost –' });
  const accText = el('span', { id: 'ctl-accuracy', class: 'metric', text: '' });
  const status = el('div', { id: 'status', class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const error = el('div', { id: 'error', class: 'error-banner', attrs: { role: 'alert' } });

  body.append(
    el(
      'div',
      { class: 'buttons' },
      play,
      step,
      stop,
      reset,
      el('label', { class: 'speed' }, 'Speed ', speed, speedOut),
    ),
    el('div', { class: 'metrics' }, stepText, costText, accText),
    el('div', { class: 'status-line' }, status, retrain),
    error,
  );

  return (d) => {
    const st = d.status;
    running = st?.status === 'running';
    play.textContent = running ? '❚❚ Pause' : '▶ Play';
    play.setAttribute('aria-label', running ? 'Pause' : 'Play');
    const runnable = d.analysis?.runnable ?? false;
    for (const b of [play, step, reset]) b.disabled = !runnable;
    stop.disabled = !runnable || !(st && (st.status === 'running' || st.status === 'paused'));
    stepText.textContent = st && st.totalSteps > 0 ? stepCount(st.step, st.totalSteps) : 'step –';
    const n = d.series.costs.length;
    costText.textContent = n > 0 ? `cost ${fmt4(d.series.costs[n - 1])}` : 'cost –';
    const acc = n > 0 ? d.series.accuracies[n - 1] : undefined;
    accText.textContent = acc !== undefined ? `accuracy ${(acc * 100).toFixed(1)}%` : '';

    const live = st && (st.status === 'running' || st.status === 'paused' || st.status === 'stale');
    const blocked = d.analysis !== undefined && !runnable && !live;
    status.dataset.status = blocked ? 'blocked' : (st?.status ?? 'idle');
    status.textContent = blocked
      ? `cannot train: ${lowerFirst(st?.message ?? 'fix the errors listed under Shapes.')}`
      : statusText(st?.status ?? 'idle', st?.message);
    retrain.hidden = st?.status !== 'stale';
    error.hidden = !d.error;
    error.textContent = d.error ?? '';
  };
}
