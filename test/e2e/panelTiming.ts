// Times, in the real editor, how long a webview panel takes from pressing Enter on its command to
// showing its content: nnspec's "Train Network" until the shapes show, and a hello-world webview
// extension's command until its text shows, each in a fresh workbench, first panel and later ones.
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

/** Milliseconds from Enter to content: the first panel of a fresh workbench, then each reopened one. */
export interface PanelTimes {
  first: number;
  later: number[];
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

async function openAndTime(wb: Workbench, p: PanelUnderTest): Promise<number> {
  const pressed = await wb.runCommand(p.command);
  await wb.webview(p.extensionId).locator(p.content).first().waitFor({ state: 'visible', timeout: 60_000 });
  return performance.now() - pressed;
}

/** Closes the panel (it is in the group beside the spec's) and waits until its webview is gone. */
async function closePanel(wb: Workbench, p: PanelUnderTest): Promise<void> {
  await wb.runCommand('View: Close Editors in Other Groups');
  await wb.page.locator(`iframe.webview[src*="extensionId=${p.extensionId}"]`).first().waitFor({ state: 'detached' });
}

/** Opens `p`'s panel `1 + later` times in `wb` (the spec open), closing it in between. */
export async function timePanel(wb: Workbench, p: PanelUnderTest, later = 2): Promise<PanelTimes> {
  await wb.openFile(TIMED_SPEC);
  const first = await openAndTime(wb, p);
  const again: number[] = [];
  for (let i = 0; i < later; i++) {
    await closePanel(wb, p);
    again.push(await openAndTime(wb, p));
  }
  return { first, later: again };
}

/** `p`'s panel timed in a fresh workbench of its own. */
export async function timePanelFresh(p: PanelUnderTest, options: WorkbenchOptions, later = 2): Promise<PanelTimes> {
  const wb = await Workbench.open(options);
  try {
    return await timePanel(wb, p, later);
  } finally {
    await wb.close();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};

/** One line per panel kind: first and later times, and nnspec's ratio to the hello-world. */
export function panelTimesText(times: Record<PanelUnderTest['name'], PanelTimes[]>): string[] {
  const firsts = (n: PanelUnderTest['name']) => median(times[n].map((t) => t.first));
  const laters = (n: PanelUnderTest['name']) => median(times[n].flatMap((t) => t.later));
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const all = (n: PanelUnderTest['name']) =>
    times[n].map((t) => [t.first, ...t.later].map((ms) => (ms / 1000).toFixed(2)).join('/')).join(', ');
  return [
    `first panel: nnspec ${s(firsts('nnspec'))}, hello-world ${s(firsts('hello'))} (${(firsts('nnspec') / firsts('hello')).toFixed(2)}×)`,
    `later panels: nnspec ${s(laters('nnspec'))}, hello-world ${s(laters('hello'))} (${(laters('nnspec') / laters('hello')).toFixed(2)}×)`,
    `each (first/later... seconds): nnspec ${all('nnspec')}; hello-world ${all('hello')}`,
  ];
}
