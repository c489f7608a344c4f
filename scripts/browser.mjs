// Headless Chromium (Debian's /usr/bin/chromium driven by playwright-core): the window code-server's
// workbench runs in. Each launch gets a fresh profile, since a reused one restores old editor tabs.
import { existsSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { runFolder } from './vscode.mjs';

export const chromiumPath = process.env.NNSPEC_CHROMIUM ?? '/usr/bin/chromium';

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium; returns { context, page, close() } where close() also removes the profile. */
export async function launchChromium({ viewport = { width: 1400, height: 900 } } = {}) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `nnspec: no Chromium at ${chromiumPath}. Install it with: sudo apt-get install -y chromium (or set NNSPEC_CHROMIUM).`,
    );
  }
  const profile = runFolder('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}
