// Times, in the real editor, how long a webview panel takes from pressing Enter on its command to
// showing its content: nnspec's "Train Network" until the shapes show, and a hello-world webview
// extension's command until its text shows: first panels in fresh workbenches (also once the editor
// has settled), and later panels of both extensions alternated in one workbench.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../stats';
import { EXTENSION_ID, Workbench, type WorkbenchOptions } from './harness';

export const HELLO_EXTENSION_ID = 'nnspec-test.hello-webview';
const repoRoot = join(__dirname, '..', '..');

export interface PanelUnderTest {
  name: 'nnspec' | 'hello';
  command: string;
  extensionId: string;
  /** What the panel shows once it is up. */
  content: string;
}

export const PANELS: Record<PanelUnderTest['name'], PanelUnderTest> = {
  nnspec: {
    name: 'nnspec',
    command: 'nnspec: Train Network',
    extensionId: EXTENSION_ID,
    content: '#shapes td.shape-cell',
  },
  hello: { name: 'hello', command: 'Hello Webview: Open Panel', extensionId: HELLO_EXTENSION_ID, content: '#hello' },
};

/** The spec open in the editor when either command runs (the same editor state for both). */
export const TIMED_SPEC = 'planar-flower.nnspec';

/**
 * How long a fresh editor is left, with the spec open, before its "settled" first panel: its own start-up
 * and the extensions' activation are over by then (a first panel without the wait took 3.7–5.5 s here).
 */
export const SETTLE_MS = 6000;

export type PanelName = PanelUnderTest['name'];

/**
 * Milliseconds from Enter to content, by kind of panel, then by extension: `first` with Enter pressed as
 * soon as a fresh workbench has the spec open (the editor's start-up is still going on), `settled` the
 * first panel of a fresh workbench SETTLE_MS after that, `later` a panel closed and opened again.
 */
export type PanelSamples = Record<'first' | 'settled' | 'later', Record<PanelName, number[]>>;

export const noSamples = (): PanelSamples => ({
  first: { nnspec: [], hello: [] },
  settled: { nnspec: [], hello: [] },
  later: { nnspec: [], hello: [] },
});

/**
 * Where both extensions are: the installed folder `npm test` prepared (nnspec's .vsix and the
 * hello-world), else the hello-world installed into a folder of our own and nnspec from this repository.
 */
export async function timingWorkbenchOptions(): Promise<WorkbenchOptions> {
  const installed = process.env.NNSPEC_E2E_EXTENSIONS_DIR;
  if (installed) return { extensionsDir: installed };
  const { installHelloWebview } = await import('../../scripts/hello-webview.mjs');
  const dir = join(repoRoot, '.cache', 'e2e', 'hello-only');
  mkdirSync(dir, { recursive: true });
  installHelloWebview(dir);
  return { extensionsDir: dir, extensionPath: repoRoot };
}

/** When a webview's host frame first painted its visible content frame with the content in it. */
interface ShownMark {
  __nnspecShown?: number;
}

/**
 * Records, in each webview host frame (VS Code's pre/index.html) loaded from now on, the wall-clock time
 * when its content frame is first both visible (VS Code hides a page until it has loaded) and holding
 * the content. The host frame looks in every 5 ms (it gets no animation frames), since a page without
 * scripts (the hello-world) runs none of ours; waiting from the test instead would add Playwright's
 * retry back-off (up to 500 ms) to whichever page is slower.
 */
async function recordShowing(wb: Workbench): Promise<void> {
  const contents = JSON.stringify(Object.values(PANELS).map((p) => p.content));
  // Page-side source as a string: tsx would wrap named functions in a helper the page does not have.
  await wb.page.context().addInitScript(`(() => {
    if (!location.pathname.includes('/webview/browser/pre/') || location.pathname.endsWith('fake.html')) return;
    const contents = ${contents};
    const started = Date.now();
    const look = () => {
      const frame = document.getElementById('active-frame');
      const doc = frame && frame.style.visibility === 'visible' ? frame.contentDocument : null;
      if (doc && contents.some((c) => doc.querySelector(c))) window.__nnspecShown = Date.now();
      else if (Date.now() - started < 120000) setTimeout(look, 5);
    };
    look();
  })()`);
}

async function openAndTime(wb: Workbench, p: PanelUnderTest): Promise<number> {
  const pressed = (await wb.runCommand(p.command)) + performance.timeOrigin; // Enter, on the wall clock
  const content = wb.webview(p.extensionId).locator(p.content).first();
  await content.waitFor({ state: 'visible', timeout: 60_000 });
  const host = wb.page.frameLocator(`iframe.webview.ready[src*="extensionId=${p.extensionId}"]`);
  const shown = await host.locator('#active-frame').evaluate(() => (window as unknown as ShownMark).__nnspecShown);
  if (shown === undefined) throw new Error(`no paint of ${p.name}'s panel was recorded`);
  return shown - pressed;
}

/** Closes the panel (it is in the group beside the spec's) and waits until its webview is gone. */
async function closePanel(wb: Workbench, p: PanelUnderTest): Promise<void> {
  await wb.runCommand('View: Close Editors in Other Groups');
  await wb.page.locator(`iframe.webview[src*="extensionId=${p.extensionId}"]`).first().waitFor({ state: 'detached' });
}

/** Runs `fn` in a fresh workbench with the timed spec open, recording when webview content shows. */
async function inTimedWorkbench<T>(options: WorkbenchOptions, fn: (wb: Workbench) => Promise<T>): Promise<T> {
  const wb = await Workbench.open(options);
  try {
    await recordShowing(wb);
    await wb.openFile(TIMED_SPEC);
    return await fn(wb);
  } finally {
    await wb.close();
  }
}

/** `p`'s first panel in a fresh workbench of its own, Enter pressed `settleMs` after the spec opened. */
export function timeFirstPanel(p: PanelUnderTest, options: WorkbenchOptions, settleMs = 0): Promise<number> {
  return inTimedWorkbench(options, async (wb) => {
    if (settleMs > 0) await new Promise((ok) => setTimeout(ok, settleMs));
    return openAndTime(wb, p);
  });
}

/**
 * Later panels of both extensions, alternated in one fresh workbench (so that both meet the same editor
 * state; from one workbench to the next the times move by ±100 ms): each panel is opened and closed once
 * untimed, then `rounds` times each, the order swapped every round.
 */
export function timeLaterPanels(options: WorkbenchOptions, rounds: number): Promise<Record<PanelName, number[]>> {
  return inTimedWorkbench(options, async (wb) => {
    const times: Record<PanelName, number[]> = { nnspec: [], hello: [] };
    for (const p of Object.values(PANELS)) {
      await openAndTime(wb, p);
      await closePanel(wb, p);
    }
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? [PANELS.hello, PANELS.nnspec] : [PANELS.nnspec, PANELS.hello];
      for (const p of order) {
        times[p.name].push(await openAndTime(wb, p));
        await closePanel(wb, p);
      }
    }
    return times;
  });
}

/**
 * First panels, and settled first panels, timed a round: from one workbench to the next they move by
 * ±150 ms (±1 s while the editor starts), so a single pair put the settled ratio anywhere from 0.94× to
 * 1.34× with no change in the code.
 */
export const FIRST_PAIRS = 3;

/** `order` for the pair-th pair of a round: swapped pair by pair. */
const inTurn = (order: readonly PanelName[], pair: number) => (pair % 2 === 0 ? order : [...order].reverse());

/**
 * One round of every kind, added to `into`: FIRST_PAIRS first panels of both extensions and as many
 * settled first panels (a fresh workbench each, the order given then swapped pair by pair), then
 * `laterRounds` of later panels alternated in each of `laterWorkbenches` more workbenches (later panels
 * of one workbench move together, so more workbenches steady their median more than more rounds do).
 */
export async function timePanelRound(
  into: PanelSamples,
  options: WorkbenchOptions,
  order: readonly PanelName[],
  laterRounds: number,
  laterWorkbenches = 1,
): Promise<void> {
  for (let pair = 0; pair < FIRST_PAIRS; pair++)
    for (const name of inTurn(order, pair)) into.first[name].push(await timeFirstPanel(PANELS[name], options));
  for (let pair = 0; pair < FIRST_PAIRS; pair++)
    for (const name of inTurn(order, pair))
      into.settled[name].push(await timeFirstPanel(PANELS[name], options, SETTLE_MS));
  for (let w = 0; w < laterWorkbenches; w++) {
    const later = await timeLaterPanels(options, laterRounds);
    for (const name of order) into.later[name].push(...later[name]);
  }
}

/**
 * One line per kind of panel (first, settled first, later): nnspec's median and the hello-world's, and
 * their ratio; then every time.
 */
export function panelTimesText(times: PanelSamples): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const line = (what: string, [ours, hello]: number[][]) => {
    if (ours.length === 0 || hello.length === 0) return `${what}: not timed`;
    const ratio = median(ours) / median(hello);
    return `${what}: nnspec ${s(median(ours))}, hello-world ${s(median(hello))} (${ratio.toFixed(2)}×)`;
  };
  const kinds = ['first', 'settled', 'later'] as const;
  const each = (n: PanelName) => kinds.map((k) => times[k][n].map((ms) => (ms / 1000).toFixed(2)).join('/')).join('; ');
  return [
    line('first panel', [times.first.nnspec, times.first.hello]),
    line('first panel, editor settled', [times.settled.nnspec, times.settled.hello]),
    line('later panels, alternated', [times.later.nnspec, times.later.hello]),
    `each (seconds; first; settled first; later): nnspec ${each('nnspec')}; hello-world ${each('hello')}`,
  ];
}
