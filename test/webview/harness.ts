// Serves the panel (webview/, built as scripts/build.mjs builds it) with media/panel.css in the extension's
// real HTML and CSP, opens it in headless Chromium, and lets a test send host
// messages and read what the panel posted back.

import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Language } from '../../src/core/messages/message';
import { buildWebview } from '../../scripts/bundle-options.mjs';
import { firstScriptName, panelAssets, type PanelAssets } from '../../src/node/panelAssets';
import { panelHtml, type PanelHtmlOptions } from '../../src/node/panelHtml';
import type { HostMessage, SnapshotRequest, WebviewMessage } from '../../src/protocol';

const root = join(__dirname, '..', '..');
export const NONCE = 'bm5zcGVjLXRlc3Qtbm9uY2U';
export const SPEC_URI = 'file:///work/examples/xor.nnspec';
export type Theme = 'vscode-dark' | 'vscode-light' | 'vscode-high-contrast';

/**
 * The real panel's HTML (CSP, nonce, #app) from the extension's own panelHtml, plus what VS Code adds
 * around a webview: the theme (body class and --vscode-* variables) and acquireVsCodeApi, here a recorder.
 */
function pageHtml(origin: string, theme: string, lang: Language, assets: PanelAssets, more: PageOptions): string {
  const html = panelHtml({
    cspSource: origin,
    ...assets,
    laterScriptUri: '/webview/later.js',
    title: 'nnspec harness',
    uri: SPEC_URI,
    lang,
    nonce: NONCE,
    ...more,
  });
  const additions = `<link rel="stylesheet" href="/themes.css" nonce="${NONCE}">\n<script nonce="${NONCE}">${RECORDER}</script>\n</head>`;
  const out = html.replace('</head>', additions).replace('<body>', `<body class="${theme}">`);
  if (out === html || !out.includes(`class="${theme}"`))
    throw new Error('panelHtml changed shape: the harness cannot add the theme and recorder');
  return out;
}

/** Stands in for VS Code's acquireVsCodeApi; state survives a reload as a webview's does. */
const RECORDER = `
  window.__posted = [];
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
    getState: () => JSON.parse(sessionStorage.getItem('vscodeState') || 'null') || undefined,
    setState: (s) => sessionStorage.setItem('vscodeState', JSON.stringify(s)),
  });`;

/** What the host writes into a page besides the harness's own: the analysis, an earlier page's first screen. */
export type PageOptions = Pick<PanelHtmlOptions, 'initial' | 'firstScreen'>;

export interface Harness {
  browser: Browser;
  /** Written into every page opened from now on (nothing by default: tests send the analysis as a message). */
  readonly page: PageOptions;
  context: BrowserContext; // one fresh profile; each panel gets its own page (and so its own sessionStorage)
  url: string;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-webview-'));
  await buildWebview(dir);
  const style = join(root, 'media', 'panel.css');
  const assets = (lang: Language) => panelAssets({ script: join(dir, firstScriptName(lang)), style });
  const files: Record<string, [string, Buffer]> = {
    '/webview/first.js': ['text/javascript', readFileSync(join(dir, firstScriptName('en')))],
    '/webview/later.js': ['text/javascript', readFileSync(join(dir, 'later.js'))],
    '/themes.css': ['text/css', readFileSync(join(__dirname, 'themes.css'))],
  };
  const more: PageOptions = {};
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const lang = u.searchParams.get('lang') === 'ko' ? 'ko' : 'en';
      res.end(
        pageHtml(`http://${req.headers.host}`, u.searchParams.get('theme') ?? 'vscode-dark', lang, assets(lang), more),
      );
      return;
    }
    if (u.pathname === '/favicon.ico') {
      res.writeHead(204).end(); // browsers ask for it; the real panel has none
      return;
    }
    const f = files[u.pathname];
    res.writeHead(f ? 200 : 404, { 'content-type': f ? f[0] : 'text/plain' });
    res.end(f ? f[1] : 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium
    .launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--no-first-run',
        '--disable-sync',
      ],
    })
    .catch((e: unknown) => {
      // No browser (not installed): the server must not keep the process alive (`npm run bench` hung).
      server.close();
      rmSync(dir, { recursive: true, force: true });
      throw e;
    });
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  return {
    browser,
    page: more,
    context,
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await browser.close();
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PanelPage {
  page: Page;
  errors: string[]; // uncaught exceptions and console errors
  send(...messages: (HostMessage | Record<string, unknown>)[]): Promise<void>;
  /**
   * Milliseconds from posting `message` to the page, once it is idle, until its drawing is done (the end of
   * the last frame with work in it, before four quiet ones), with its typed arrays' buffers transferred as
   * VS Code's webview host frame posts them.
   */
  timeToScreen(message: HostMessage): Promise<number>;
  /** What the panel asked the host for, in order (its DrawnMessage reports left out: see drawnReports). */
  posted(): Promise<WebviewMessage[]>;
  /** The `received` counts of the panel's DrawnMessages, in order. */
  drawnReports(): Promise<number[]>;
  /** The snapshot requests the panel made, in order. */
  snapshotRequests(): Promise<SnapshotRequest[]>;
  violations(): Promise<string[]>;
  screenshot(name: string, selector?: string): Promise<void>;
}

/** Every message the panel posted since the page loaded, the plumbing of DrawnMessage included. */
const allPosted = (page: Page): Promise<WebviewMessage[]> =>
  page.evaluate(() => (window as unknown as { __posted: WebviewMessage[] }).__posted);

/** Waits until the panel has drawn: two animation frames after the last message. */
export async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
}

/** A panel page in `theme`, written in `lang` as the host writes the editor's language on <html lang>. */
export async function openPanel(
  h: Harness,
  theme: Theme = 'vscode-dark',
  lang: Language = 'en',
  /** More of the query string, for a test's own init script or route. */
  query = '',
): Promise<PanelPage> {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${h.url}?theme=${theme}&lang=${lang}${query && `&${query}`}`);
  await page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length > 0);
  // The sections of the page's second script (later.js, webview/laterSections.ts) are built too.
  await page.locator('#gradnorms canvas').waitFor({ state: 'attached' });
  return {
    page,
    errors,
    send: async (...messages) => {
      await page.evaluate((ms) => {
        for (const m of ms) window.postMessage(m, '*');
      }, messages);
      await frames(page);
    },
    timeToScreen: async (message) => {
      // Handed to the page first, so that the time is the panel's alone.
      await page.evaluate((m) => ((window as unknown as { next: unknown }).next = m), message);
      // (No helper functions inside: the test runner's compiler would wrap them in a helper the page lacks.)
      return page.evaluate(async () => {
        const m = (window as unknown as { next: unknown }).next;
        const buffers = new Set<ArrayBuffer>();
        const todo: unknown[] = [m];
        while (todo.length > 0) {
          const v = todo.pop();
          if (ArrayBuffer.isView(v)) buffers.add(v.buffer as ArrayBuffer);
          else if (v && typeof v === 'object') todo.push(...Object.values(v));
        }
        // The page is idle first (its own set-up drawn), as when a student picks a step: frames come every
        // 16.7 ms when it is, and a frame begins once the one before has been committed.
        const idleSince: number[] = [];
        while (idleSince.length < 4 || idleSince[idleSince.length - 1] - idleSince[idleSince.length - 4] > 60) {
          idleSince.push(await new Promise<number>((ok) => requestAnimationFrame(ok)));
          if (idleSince.length > 600) throw new Error('the page was still drawing 600 frames before the message');
        }
        const t0 = performance.now();
        window.postMessage(m, '*', [...buffers]);
        // Each frame's work runs from its start to the task after it (its scripts, style, layout, paint and
        // commit are one task): the drawing is done at the end of the last frame with more than 4 ms of it,
        // once four quiet frames have followed (at the end of the first frame when none had).
        const channel = new MessageChannel();
        let quiet = 0;
        let done: number | undefined;
        while (quiet < 4 && performance.now() - t0 < 10_000) {
          const start = await new Promise<number>((ok) => requestAnimationFrame(ok));
          const end = await new Promise<number>((ok) => {
            channel.port1.onmessage = () => ok(performance.now());
            channel.port2.postMessage(null);
          });
          if (done === undefined || end - start > 4) done = end;
          quiet = end - start > 4 ? 0 : quiet + 1;
        }
        channel.port1.close();
        if (quiet < 4 || done === undefined) throw new Error('the page was still drawing 10 s after the message');
        return done - t0;
      });
    },
    posted: async () => (await allPosted(page)).filter((m) => m.type !== 'drawn'),
    drawnReports: async () => (await allPosted(page)).flatMap((m) => (m.type === 'drawn' ? [m.received] : [])),
    snapshotRequests: async () =>
      (await allPosted(page)).filter((m): m is SnapshotRequest => m.type === 'requestSnapshot'),
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    screenshot: async (name, selector) => {
      mkdirSync(join(root, 'test-results'), { recursive: true });
      const path = join(root, 'test-results', `webview-${name}.png`);
      if (selector) await page.locator(selector).screenshot({ path });
      else await page.screenshot({ path, fullPage: true });
    },
  };
}
