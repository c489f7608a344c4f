// Play / pause / step / stop / reset, the speed slider, and the live step, cost, accuracy and status.

import { formatCost, formatPercent, stepsText } from '../src/core/runText';
import type { ControlAction, WebviewMessage } from '../src/protocol';
import { el } from './dom';
import { label, panelLanguage } from './labels';
import { statusWord } from './runList';
import type { Section } from './section';
import { blockedByErrors, type ViewState } from './state';

/** Steps per frame the slider offers (a log-like ladder); the host runs flat out from 1000 on. */
const SPEEDS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
/**
 * Until the student picks a speed: slow enough to watch (the flower example's
 * 10,000 steps take a few seconds at 60 frames a second).
 */
export const DEFAULT_STEPS_PER_FRAME = 50;
const speedLabel = (n: number): string =>
  n >= 1000
    ? label('control.fullSpeed')
    : n === 1
      ? label('control.oneStepPerFrame')
      : label('control.stepsPerFrame', n);

/** The status line: the host's own words for a run ('Trained all 2000 steps ...'), a divergence marked as such. */
function statusLine(s: ViewState): string {
  const st = s.run?.status;
  if (blockedByErrors(s) && !(st && st.stale)) {
    const n = s.analysis!.diagnostics.filter((d) => d.severity === 'error').length;
    return n === 1 ? label('status.blockedOne') : label('status.blockedMany', n);
  }
  if (!st) return statusWord('idle');
  if (st.stale) return label('status.stale', st.message ?? label('status.staleWhy'));
  if (!st.message) return statusWord(st.status);
  return st.status === 'diverged' ? label('status.divergedWhy', st.message) : st.message;
}

function button(label: string, id: string, onClick: () => void, aria?: string): HTMLButtonElement {
  const b = el('button', { id, text: label, attrs: { type: 'button', ...(aria ? { 'aria-label': aria } : {}) } });
  b.addEventListener('click', onClick);
  return b;
}

/** What the controls ask of the page. */
export interface ControlsHost {
  post: (m: WebviewMessage) => void;
  /** The speed the student chose on this page before a reload, if any. */
  savedSpeed?: number;
  saveSpeed: (stepsPerFrame: number) => void;
}

/** The speed slider; posts the chosen speed (and once at start, before `ready`, so the first run goes at it). */
function speedControl(host: ControlsHost): HTMLElement {
  const saved = host.savedSpeed;
  const speed = el('input', {
    id: 'ctl-speed',
    attrs: {
      type: 'range',
      min: '0',
      max: String(SPEEDS.length - 1),
      step: '1',
      'aria-label': label('control.speedName'),
    },
  });
  const startIndex = SPEEDS.indexOf(saved !== undefined && SPEEDS.includes(saved) ? saved : DEFAULT_STEPS_PER_FRAME);
  speed.defaultValue = String(startIndex); // the value attribute: a first screen's markup keeps it
  const out = el('output', {
    id: 'ctl-speed-value',
    attrs: { for: 'ctl-speed' },
    text: speedLabel(SPEEDS[startIndex]),
  });
  speed.addEventListener('input', () => (out.textContent = speedLabel(SPEEDS[Number(speed.value)])));
  host.post({ type: 'speed', stepsPerFrame: SPEEDS[startIndex] });
  speed.addEventListener('change', () => {
    const stepsPerFrame = SPEEDS[Number(speed.value)];
    host.saveSpeed(stepsPerFrame);
    host.post({ type: 'speed', stepsPerFrame });
  });
  return el('label', { class: 'speed' }, label('control.speed'), speed, out);
}

export function createControls(body: HTMLElement, host: ControlsHost): Section {
  const post = host.post;
  let running = false;
  const control = (action: ControlAction) => () => post({ type: 'control', action });
  const play = button(
    label('control.play'),
    'ctl-play',
    () => post({ type: 'control', action: running ? 'pause' : 'play' }),
    label('control.playName'),
  );
  const step = button(label('control.step'), 'ctl-step', control('step'), label('control.stepName'));
  const stop = button(label('control.stop'), 'ctl-stop', control('stop'), label('control.stopName'));
  const reset = button(label('control.reset'), 'ctl-reset', control('reset'), label('control.resetName'));
  const retrain = button(
    label('control.retrain'),
    'ctl-retrain',
    () => post({ type: 'retrain' }),
    label('control.retrainName'),
  );
  const stepText = el('span', {
    id: 'ctl-step-count',
    class: 'metric',
    text: label('metric.noStep'),
    title: label('metric.stepHelp'),
  });
  const costText = el('span', { id: 'ctl-cost', class: 'metric', text: label('metric.noCost') });
  const accText = el('span', { id: 'ctl-accuracy', class: 'metric', text: '' });
  const status = el('div', { id: 'status', class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const error = el('div', { id: 'error', class: 'error-banner', attrs: { role: 'alert' } });
  body.append(
    el('div', { class: 'buttons' }, play, step, stop, reset, speedControl(host)),
    el('div', { class: 'metrics' }, stepText, costText, accText),
    el('div', { class: 'status-line' }, status, retrain),
    error,
  );

  return {
    render: (s) => {
      const st = s.run?.status;
      running = st?.status === 'running';
      play.textContent = running ? label('control.pause') : label('control.play');
      play.setAttribute('aria-label', running ? label('control.pauseName') : label('control.playName'));
      const runnable = s.analysis?.runnable ?? false;
      for (const b of [play, step, reset]) b.disabled = !runnable;
      stop.disabled = !runnable || !(st && (st.status === 'running' || st.status === 'paused'));
      stepText.textContent =
        st && st.totalSteps > 0 ? stepsText(st.stepsRun, st.totalSteps, panelLanguage()) : label('metric.noStep');
      const last = s.run?.series.points.at(-1);
      costText.textContent = last ? label('metric.cost', formatCost(last.cost)) : label('metric.noCost');
      accText.textContent = last?.accuracy !== undefined ? label('metric.accuracy', formatPercent(last.accuracy)) : '';
      status.dataset.status =
        blockedByErrors(s) && !st?.stale ? 'blocked' : st?.stale ? 'stale' : (st?.status ?? 'idle');
      status.textContent = statusLine(s);
      retrain.hidden = !st?.stale;
      error.hidden = !s.error;
      error.textContent = s.error ?? '';
    },
  };
}
