// Times, in the real editor, how long a webview panel takes from pressing Enter on its command to
// showing its content: nnspec's "Train Network" until the shapes show, and a hello-world webview
// extension's command until its text shows, each in a fresh workbench, first panel and later ones,
// and a first panel once the editor has settled.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

/** Milliseconds from Enter to content: the first panel of a fresh workbench, then each reopened one. */
export interface PanelTimes {
  /** Enter pressed as soon as the spec is open: the editor's start-up is still going on. */
  first: number;
  later: number[];
  /** The first panel of another fresh workbench, Enter pressed SETTLE_MS after the spec opened. */
  settled?: number;
}

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

/** Opens `p`'s panel `1 + later` times in `wb` (the spec open, `settleMs` before), closing it in between. */
export async function timePanel(wb: Workbench, p: PanelUnderTest, later = 2, settleMs = 0): Promise<PanelTimes> {
  await recordShowing(wb);
  await wb.openFile(TIMED_SPEC);
  if (settleMs > 0) await new Promise((ok) => setTimeout(ok, settleMs));
  const first = await openAndTime(wb, p);
  const again: number[] = [];
  for (let i = 0; i < later; i++) {
    await closePanel(wb, p);
    again.push(await openAndTime(wb, p));
  }
  return { first, later: again };
}

/** `p`'s panel timed in a fresh workbench of its own; with `settleMs`, only its first panel, that long after. */
export async function timePanelFresh(
  p: PanelUnderTest,
  options: WorkbenchOptions,
  later = 2,
  settleMs = 0,
): Promise<PanelTimes> {
  const wb = await Workbench.open(options);
  try {
    return await timePanel(wb, p, later, settleMs);
  } finally {
    await wb.close();
  }
}

/** `p`'s first and later panels in one fresh workbench, and its settled first panel in another. */
export async function timePanelBoth(p: PanelUnderTest, options: WorkbenchOptions): Promise<PanelTimes> {
  const times = await timePanelFresh(p, options);
  return { ...times, settled: (await timePanelFresh(p, options, 0, SETTLE_MS)).first };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};

/**
 * One line per kind of panel (first, settled first, later): nnspec's median and the hello-world's, and
 * their ratio; then every time.
 */
export function panelTimesText(times: Record<PanelUnderTest['name'], PanelTimes[]>): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const line = (what: string, pick: (t: PanelTimes) => number[]) => {
    const [ours, hello] = [times.nnspec.flatMap(pick), times.hello.flatMap(pick)];
    if (ours.length === 0 || hello.length === 0) return `${what}: not timed`;
    const ratio = median(ours) / median(hello);
    return `${what}: nnspec ${s(median(ours))}, hello-world ${s(median(hello))} (${ratio.toFixed(2)}×)`;
  };
  const each = (t: PanelTimes) =>
    [t.first, ...t.later].map((ms) => (ms / 1000).toFixed(2)).join('/') +
    (t.settled === undefined ? '' : `; ${(t.settled / 1000).toFixed(2)}`);
  const all = (n: PanelUnderTest['name']) => times[n].map(each).join(', ');
  return [
    line('first panel', (t) => [t.first]),
    line('first panel, editor settled', (t) => (t.settled === undefined ? [] : [t.settled])),
    line('later panels', (t) => t.later),
    `each (first/later... seconds; settled first): nnspec ${all('nnspec')}; hello-world ${all('hello')}`,
  ];
}
