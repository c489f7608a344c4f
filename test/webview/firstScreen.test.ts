// A panel opened again on the same analysis, in real Chromium: the first page sends its first screen, the
// next page shows that markup at its load (before its script has run), then draws the same panel itself.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { WebviewMessage } from '../../src/protocol';
import { firstScreenMarkup } from '../../src/node/firstScreen';
import { analysis, status } from './fixtures';
import { openPanel, startHarness, type Harness } from './harness';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

type Recorded = { __posted: WebviewMessage[]; __violations: string[] };

/** #app's markup without the style attributes a first screen leaves out. */
const drawnMarkup = () => {
  const copy = document.getElementById('app')!.cloneNode(true) as HTMLElement;
  for (const e of copy.querySelectorAll('[style]')) e.removeAttribute('style');
  return copy.innerHTML;
};

describe('first screen', () => {
  test('a fresh page with the analysis in it sends what it drew; the next page shows it, then draws it itself', async () => {
    // The analysis as the host writes it into the page: without the points, which follow `ready`.
    h.page.initial = { ...analysis(true), points: undefined };
    let sent: string;
    {
      const p = await openPanel(h);
      const posted = await p.posted();
      const types = posted.map((m) => m.type);
      assert.ok(types.indexOf('ready') < types.indexOf('firstScreen'), types.join(','));
      const m = posted.find((x) => x.type === 'firstScreen');
      assert.ok(m && m.type === 'firstScreen');
      sent = m.html;
      assert.match(sent, /<td class="shape-cell">/);
      assert.match(sent, /<h1 id="title">XOR with one hidden layer<\/h1>/);
      assert.doesNotMatch(sent, /style=/, 'no style attributes: the policy would refuse them in markup');
      assert.match(sent, /<circle [^>]*data-series="0"/, "the output layer's colour comes from the stylesheet");
      assert.match(sent, /id="ctl-speed"[^>]*value="\d"/, "the speed slider's position is in the markup");
      assert.deepEqual(await p.violations(), []);
      assert.deepEqual(p.errors, []);
      await p.page.close();
    }

    const markup = firstScreenMarkup(sent);
    assert.ok(markup, 'the host keeps it');
    h.page.firstScreen = { markup, firstScriptUri: '/webview/first.js' };
    try {
      const page = await h.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      // The first script is held back: what shows until it comes is the markup alone.
      let release!: () => void;
      const held = new Promise<void>((ok) => (release = ok));
      await page.route('**/webview/first.js', async (r) => {
        await held;
        await r.continue();
      });
      await page.goto(`${h.url}?theme=vscode-dark&lang=en`, { waitUntil: 'load' });
      assert.equal(await page.locator('#app[data-prerendered] #shapes td.shape-cell').first().isVisible(), true);
      assert.equal(await page.evaluate(() => (window as unknown as Recorded).__posted.length), 0, 'no script has run');
      const shown = await page.evaluate(drawnMarkup);

      release();
      await page.waitForFunction(() => (window as unknown as Recorded).__posted.some((m) => m.type === 'ready'));
      await page.locator('#gradnorms canvas').waitFor({ state: 'attached' });
      const posted = await page.evaluate(() => (window as unknown as Recorded).__posted.map((m) => m.type));
      assert.ok(!posted.includes('firstScreen'), 'a page drawn from a first screen does not send one');
      assert.equal(await page.locator('#app > h1, #app #shapes').count(), 2, 'the markup was replaced, not added to');
      // The page's own drawing of the first screen is the markup it showed.
      const first = await page.evaluate(() => {
        const app = document.getElementById('app')!;
        const ids = ['title', 'controls', 'timeline', 'network', 'shapes'];
        return ids.map((id) => {
          const e = app.querySelector<HTMLElement>(`#${id}`)!.cloneNode(true) as HTMLElement;
          for (const s of e.querySelectorAll('[style]')) s.removeAttribute('style');
          return e.outerHTML;
        });
      });
      for (const part of first) assert.ok(shown.includes(part), part.slice(0, 80));

      // And it is live: the host's messages reach it and its buttons post.
      await page.evaluate((m) => window.postMessage(m, '*'), status(10, 'paused'));
      await page.locator('#status[data-status="paused"]').waitFor();
      await page.locator('#ctl-play').click();
      const last = await page.evaluate(() => (window as unknown as Recorded).__posted.at(-1));
      assert.deepEqual(last, { type: 'control', action: 'play' });
      assert.deepEqual(await page.evaluate(() => (window as unknown as Recorded).__violations), []);
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      delete h.page.initial;
      delete h.page.firstScreen;
    }
  });

  test('a page whose first script cannot be fetched says so in its first screen', async () => {
    h.page.initial = { ...analysis(true), points: undefined };
    h.page.firstScreen = {
      markup: firstScreenMarkup(
        '<section id="controls"><div class="error-banner" id="error" role="alert" hidden=""></div></section>',
      )!,
      firstScriptUri: '/webview/missing.js',
    };
    try {
      const page = await h.context.newPage();
      await page.goto(`${h.url}?theme=vscode-dark&lang=en`);
      await page.locator('#error').waitFor({ state: 'visible' });
      assert.match(await page.locator('#error').innerText(), /could not load .*missing\.js/);
      await page.close();
    } finally {
      delete h.page.initial;
      delete h.page.firstScreen;
    }
  });
});
