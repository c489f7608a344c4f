// Drives a real VS Code workbench (code-server in headless Chromium) as a student would:
// Quick Open, the command palette, the extension's webview, the notification centre.
// The extension is the installed .vsix when NNSPEC_E2E_EXTENSIONS_DIR names the folder it was installed
// into (`npm test` does that), else it is loaded from its folder (extensionDevelopmentPath), by default this
// repository; NNSPEC_E2E_EXTENSION and NNSPEC_E2E_FOLDER point the harness at another build or folder.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import type { FrameLocator, Page } from 'playwright-core';
import type { CodeServer } from '../../scripts/vscode.mjs';

const repoRoot = join(__dirname, '..', '..');
export const EXTENSION_ID = 'nnspec.nnspec';

export interface WorkbenchOptions {
  /** Folder the workbench opens; default a fresh copy of examples/ (the web workbench saves edits after a delay). */
  folder?: string;
  /** Extension folder loaded as in development; default this repository. */
  extensionPath?: string;
  /** Use the extensions installed in this folder (e.g. from the .vsix) instead of a development one. */
  extensionsDir?: string;
  /** The display language (code-server's --locale); it needs a language pack in extensionsDir. */
  locale?: string;
  /** Files (name → text) written into the server's user-data dir before it starts. */
  userData?: Record<string, string>;
}

/** A copy of examples/ in a folder of its own, named examples/ as in the repository. */
function examplesCopy(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'nnspec-e2e-')), 'examples');
  cpSync(join(repoRoot, 'examples'), folder, { recursive: true });
  return folder;
}

interface SmokeTestDriver {
  whenWorkbenchRestored(): Promise<void>;
}

/** How many of the page's latest console errors a failing test reports. */
const KEPT_CONSOLE_ERRORS = 30;

export class Workbench {
  /** The page's latest console errors and uncaught exceptions (the webview's frames included), for failure reports. */
  readonly consoleErrors: string[] = [];

  private constructor(
    readonly page: Page,
    readonly folder: string,
    private readonly server: CodeServer,
    private readonly closeBrowser: () => Promise<void>,
    /** The examples copy the workbench opened, removed on close. */
    private readonly copy?: string,
  ) {}

  /** Starts code-server, opens the folder in a fresh Chromium and waits until the workbench is restored. */
  static async open(options: WorkbenchOptions = {}): Promise<Workbench> {
    const copy = (options.folder ?? process.env.NNSPEC_E2E_FOLDER) ? undefined : examplesCopy();
    const folder = options.folder ?? process.env.NNSPEC_E2E_FOLDER ?? copy!;
    // Both given: the installed extensions plus the development one (e.g. a timing baseline beside nnspec).
    const installed =
      options.extensionsDir ?? (options.extensionPath ? undefined : process.env.NNSPEC_E2E_EXTENSIONS_DIR);
    const extensionPath =
      options.extensionPath ?? (installed ? undefined : (process.env.NNSPEC_E2E_EXTENSION ?? repoRoot));
    const { startCodeServer, workbenchUrl } = await import('../../scripts/vscode.mjs');
    const { launchChromium } = await import('../../scripts/browser.mjs');
    const server = await startCodeServer({
      folder,
      extensionsDir: installed,
      locale: options.locale,
      userData: options.userData,
    });
    let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
    try {
      browser = await launchChromium();
      const opened = browser;
      const wb = new Workbench(browser.page, folder, server, () => opened.close(), copy);
      wb.keepConsoleErrors();
      wb.page.setDefaultTimeout(20_000);
      wb.page.setDefaultNavigationTimeout(60_000); // a loaded machine serves the workbench slowly
      await wb.page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath: extensionPath }));
      await wb.page.waitForFunction(() => 'driver' in globalThis);
      await wb.page.evaluate(() =>
        (globalThis as unknown as { driver: SmokeTestDriver }).driver.whenWorkbenchRestored(),
      );
      return wb;
    } catch (err) {
      await browser?.close();
      await server.stop();
      if (copy) rmSync(join(copy, '..'), { recursive: true, force: true });
      throw err;
    }
  }

  private keepConsoleErrors(): void {
    const keep = (line: string) => {
      this.consoleErrors.push(line.slice(0, 500));
      if (this.consoleErrors.length > KEPT_CONSOLE_ERRORS) this.consoleErrors.shift();
    };
    this.page.on('console', (m) => {
      if (m.type() === 'error') keep(`${m.location().url.split('?')[0]}: ${m.text()}`);
    });
    this.page.on('pageerror', (e) => keep(`uncaught: ${e.stack ?? e.message}`));
  }

  /** What the nnspec panel says of its run (status line and error banner), or why it cannot be read. */
  async panelReport(): Promise<string> {
    const view = this.webview();
    const read = async (selector: string) => {
      const el = view.locator(selector);
      const text = await el.innerText({ timeout: 2_000 });
      const status = await el.getAttribute('data-status', { timeout: 2_000 });
      return `${selector}${status ? `[${status}]` : ''} "${text.trim()}"`;
    };
    const parts = await Promise.all(
      ['#status', '#error', '#ctl-step-count'].map((s) => read(s).catch(() => `${s} unread`)),
    );
    return parts.join('; ');
  }

  private quickInput() {
    return this.page.locator('.quick-input-widget');
  }

  /** Opens the palette (F1) and replaces its text with `text` (a leading '>' lists commands). */
  private async quickInputWith(text: string): Promise<void> {
    await this.page.locator('.monaco-workbench').focus();
    await this.page.keyboard.press('F1');
    const input = this.quickInput().locator('input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill(text);
  }

  /** Picks the entry whose label is `label` once it is the focused row, with Enter; returns when Enter was pressed. */
  private async pick(label: string): Promise<number> {
    const row = this.quickInput().locator('.monaco-list-row.focused', { hasText: label });
    await row.waitFor({ state: 'visible' });
    const pressed = performance.now();
    await this.page.keyboard.press('Enter');
    await this.quickInput().waitFor({ state: 'hidden' });
    return pressed;
  }

  /**
   * Opens a file of the folder by name through Quick Open and waits for its editor tab; a spec, also until
   * the editor has it in the nnspec language (a loaded workbench may learn of the language later).
   */
  async openFile(name: string): Promise<void> {
    await this.quickInputWith(name);
    await this.pick(name);
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible' });
    if (name.endsWith('.nnspec')) {
      await this.page.locator('[id="status.editor.mode"]', { hasText: /^\s*nnspec\s*$/ }).waitFor({ timeout: 60_000 });
    }
  }

  /** Runs a command by its palette title, e.g. 'nnspec: Show Shapes'; returns when Enter was pressed (performance.now()). */
  async runCommand(title: string): Promise<number> {
    await this.quickInputWith(`>${title}`);
    return this.pick(title);
  }

  /** The content of the extension's (visible) webview: two nested iframes deep. */
  webview(extensionId = EXTENSION_ID): FrameLocator {
    return this.page
      .frameLocator(`iframe.webview.ready[src*="extensionId=${extensionId}"]`)
      .frameLocator('iframe#active-frame');
  }

  /** Messages in the notification centre (toasts are hidden in smoke-test mode), opening it if needed. */
  async notifications(): Promise<string[]> {
    const centre = this.page.locator('.notifications-center');
    if (!(await centre.isVisible())) await this.runCommand('Notifications: Show Notifications');
    await centre.waitFor({ state: 'visible' });
    return (await centre.locator('.notification-list-item-message').allInnerTexts()).map((t) => t.trim());
  }

  /**
   * The editor layout the web workbench last wrote to this workspace's IndexedDB state (a JSON
   * string), or undefined before its first write. It writes when idle (every 5 s while focused)
   * and, without waiting for the write to finish, when the page unloads.
   */
  async savedEditorLayout(): Promise<string | undefined> {
    // Page-side source as a string: tsx would wrap named functions in a helper the page does not have.
    return this.page.evaluate(`(async () => {
      const done = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      // The workspace's database; the global ones are named vscode-web-state-db-global*.
      const names = (await indexedDB.databases()).map((d) => d.name ?? '')
        .filter((n) => n.startsWith('vscode-web-state-db-') && !n.startsWith('vscode-web-state-db-global'));
      for (const name of names) {
        const db = await done(indexedDB.open(name));
        try {
          if (!db.objectStoreNames.contains('ItemTable')) continue;
          const value = await done(db.transaction('ItemTable').objectStore('ItemTable').get('memento/workbench.parts.editor'));
          if (typeof value === 'string') return value;
        } finally {
          db.close();
        }
      }
      return undefined;
    })()`);
  }

  /** Saves a screenshot of the whole window to test-results/NAME.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    const dir = join(repoRoot, 'test-results');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  async close(): Promise<void> {
    await this.closeBrowser();
    await this.server.stop();
    if (this.copy) rmSync(join(this.copy, '..'), { recursive: true, force: true });
  }
}

/** Runs `fn` in a fresh workbench; on failure saves a screenshot named after the test; always closes. */
export async function withWorkbench(
  t: TestContext,
  fn: (wb: Workbench) => Promise<void>,
  options?: WorkbenchOptions,
): Promise<void> {
  const wb = await Workbench.open(options);
  try {
    await screenshotOnFailure(t, wb, () => fn(wb));
  } finally {
    await wb.close();
  }
}

/**
 * Runs one stage of a longer story as a subtest of `t` on the same workbench, so each expectation
 * is reported on its own; a failing stage saves a screenshot named after it and the story goes on.
 */
export async function stage(
  t: TestContext,
  wb: Workbench,
  name: string,
  fn: (st: TestContext) => Promise<void>,
): Promise<void> {
  await t.test(name, (st) => screenshotOnFailure(st, wb, () => fn(st)));
}

/** Runs `fn`; when it throws, saves a screenshot named after the test `t` and reports its path. */
async function screenshotOnFailure(t: TestContext, wb: Workbench, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    const shot = await wb.screenshot(`e2e-${t.name}`).catch(() => undefined);
    if (shot) t.diagnostic(`screenshot: ${shot}`);
    // CI keeps only the printed output: say what the panel and the page's console showed.
    t.diagnostic(`panel: ${await wb.panelReport()}`);
    for (const line of wb.consoleErrors) t.diagnostic(`console: ${line}`);
    const notes = await wb.notifications().catch((e: unknown) => [`unread: ${String(e)}`]);
    t.diagnostic(`notifications: ${JSON.stringify(notes)}`);
    throw err;
  }
}
