// A 784-256-10 network trained in the real editor's panel, then steps picked on its timeline as a
// student would: what the e2e suite checks (test/e2e/bigLayers.test.ts) and `npm run bench` prints.
// Times are taken in the panel's page, from the slider's change event to the frame after the one
// that painted the step.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { DIGITS_BATCH, digitsCsv, digitsSpec } from '../fixtures/digitsCsv';
import { Workbench } from './harness';
import { median } from '../stats';

const ROWS = 2048;
const EPOCHS = 3;
/** Steps of the run: 2,048 rows in mini-batches, 3 epochs. */
export const BIG_STEPS = (ROWS / DIGITS_BATCH) * EPOCHS;
export const BIG_SPEC = 'big.nnspec';
/** Slider positions picked in turn, as shares of its length: each far from the one before. */
export const PICKS = [0.5, 0.2, 0.75, 0.35];

/** A fresh folder holding the spec and its CSV, and how to remove it. */
export function bigLayersFolder(): { folder: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'nnspec-e2e-big-'));
  writeFileSync(join(folder, 'digits.csv'), digitsCsv(ROWS));
  writeFileSync(join(folder, BIG_SPEC), digitsSpec('digits.csv', EPOCHS));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export interface MessageSize {
  type: string;
  bytes: number;
}

interface SizesWindow {
  nnspecSizes: MessageSize[];
}

// The page-side functions below name no inner function: tsx would wrap it in a helper the page lacks.

/**
 * Page-side: records the size of every message the page receives: its JSON text, and the whole buffers
 * under its typed arrays (VS Code sends each buffer whole, once).
 */
function recordMessageSizes(): void {
  const sizes: MessageSize[] = ((window as unknown as SizesWindow).nnspecSizes = []);
  window.addEventListener('message', (e: MessageEvent<{ type: string }>) => {
    const buffers = new Set<ArrayBufferLike>();
    const text = JSON.stringify(e.data, (_key, v: unknown) => {
      if (!ArrayBuffer.isView(v)) return v;
      buffers.add(v.buffer);
      return 0;
    });
    let bytes = text.length;
    for (const b of buffers) bytes += b.byteLength;
    sizes.push({ type: e.data?.type, bytes });
  });
}

/**
 * Page-side: moves the slider to position `index` as a student's drag would end (input, then change) and
 * resolves with the step it names and the milliseconds until the frame after the one that painted both
 * captions of that step and the timeline's "Showing step".
 */
function pickAndTime(slider: HTMLInputElement, index: number): Promise<[step: number, ms: number]> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    slider.value = String(index);
    slider.dispatchEvent(new Event('input'));
    const step = Number(document.querySelector('#timeline-picked')?.textContent?.replace('step ', ''));
    const texts = [
      ['#forward .step-caption', `Step ${step},`],
      ['#backprop .step-caption', `Step ${step}:`],
      ['#timeline-shown', `Showing step ${step} `],
    ];
    const observer = new MutationObserver(() => {
      if (!texts.every(([sel, text]) => document.querySelector(sel)?.textContent?.startsWith(text))) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => requestAnimationFrame(() => resolve([step, performance.now() - start])));
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`step ${step} did not show in 30 s`));
    }, 30_000);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    slider.dispatchEvent(new Event('change'));
  });
}

/** Waits for the shapes (the run's thread starts once the page has painted them), then records the page's messages. */
export async function watchTraining(view: FrameLocator): Promise<void> {
  await view.locator('#shapes td.shape-cell', { hasText: /^W\[1\] \(256, 784\)$/ }).waitFor({ timeout: 60_000 });
  await view.locator('body').evaluate(recordMessageSizes);
  await view.locator('#status[data-status="done"]').waitFor({ timeout: 120_000 });
}

export interface Pick {
  step: number;
  ms: number;
  /** dW[1]'s caption once the step shows. */
  dW1: string;
}

/** Picks each of PICKS on the timeline in turn, once the run is done. */
export async function pickSteps(view: FrameLocator): Promise<{ kept: number; picks: Pick[] }> {
  const slider = view.locator('#timeline-slider:not([disabled])');
  const last = Number(await slider.getAttribute('max'));
  const picks: Pick[] = [];
  for (const share of PICKS) {
    const [step, ms] = await slider.evaluate(pickAndTime, Math.round(share * last));
    const dW1 = await view.locator('#backprop figure[data-matrix="dW[1]"] .matrix-shape').innerText();
    picks.push({ step, ms, dW1: dW1.trim() });
  }
  return { kept: last + 1, picks };
}

/** Every message the page received since watchTraining began. */
export function messageSizes(view: FrameLocator): Promise<MessageSize[]> {
  return view.locator('body').evaluate(() => (window as unknown as SizesWindow).nnspecSizes);
}

export const largest = (sizes: MessageSize[]): MessageSize => sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));

/** The whole story in a fresh workbench, for the bench: train, pick PICKS, read the messages' sizes. */
export async function trainAndPick(): Promise<{ picks: Pick[]; largest: MessageSize }> {
  const { folder, remove } = bigLayersFolder();
  try {
    const wb = await Workbench.open({ folder });
    try {
      await wb.openFile(BIG_SPEC);
      await wb.runCommand('nnspec: Train Network');
      const view = wb.webview();
      await watchTraining(view);
      const { picks } = await pickSteps(view);
      return { picks, largest: largest(await messageSizes(view)) };
    } finally {
      await wb.close();
    }
  } finally {
    remove();
  }
}

/** One line: the picks' median and each. */
export function picksText(picks: Pick[]): string {
  const each = picks.map((p) => `step ${p.step} ${p.ms.toFixed(0)}`).join(', ');
  return `median ${median(picks.map((p) => p.ms)).toFixed(0)} ms (${each})`;
}
