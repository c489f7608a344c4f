// Types of browser.mjs, for the TypeScript tests that import it.
import type { BrowserContext, Page } from 'playwright-core';

export const chromiumPath: string;
export function launchChromium(options?: { viewport?: { width: number; height: number } }): Promise<{
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}>;
