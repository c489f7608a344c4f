import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWebview } from '../../../scripts/bundle-options.mjs';
import { firstScriptName, panelAssets } from '../../../src/node/panelAssets';
import { panelHtml } from '../../../src/node/panelHtml';
import { PANEL_KO } from '../../../webview/labels';

const opts = {
  cspSource: 'https://x.vscode-cdn.net',
  script: 'window.first = 1;',
  style: 'body { color: red; }',
  laterScriptUri: 'https://x.vscode-cdn.net/ext/dist/webview/later.js',
  title: 'XOR <2-4-1> & "more"',
  uri: 'file:///w/xor.nnspec',
};

test('the content security policy allows only the nonce and the webview source', () => {
  const html = panelHtml({ ...opts, nonce: 'abc123' });
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  assert.equal(
    csp,
    "default-src 'none'; img-src https://x.vscode-cdn.net data:; style-src https://x.vscode-cdn.net 'nonce-abc123'; script-src 'nonce-abc123'; font-src https://x.vscode-cdn.net",
  );
  // The first script and the stylesheet are in the page: VS Code shows it at its load event, which waits for files.
  assert.match(html, /<script nonce="abc123">window\.first = 1;<\/script>/);
  assert.match(html, /<style nonce="abc123">body \{ color: red; \}<\/style>/);
  assert.doesNotMatch(html, /<link|src=/);
  assert.match(
    html,
    /<main id="app" data-uri="file:\/\/\/w\/xor\.nnspec" data-later="https:\/\/x\.vscode-cdn\.net\/ext\/dist\/webview\/later\.js"><\/main>/,
  );
});

test('the title is escaped and each load gets a fresh nonce', () => {
  const html = panelHtml(opts);
  assert.ok(html.includes('<title>XOR &#60;2-4-1&#62; &#38; &#34;more&#34;</title>'));
  const nonce = (h: string) => /script-src 'nonce-([^']+)'/.exec(h)?.[1];
  assert.ok(nonce(html));
  assert.notEqual(nonce(html), nonce(panelHtml(opts)));
  assert.ok(html.includes(`<script nonce="${nonce(html)}">`));
});

test('the initial message is embedded as data that no text in it can break out of', () => {
  const initial = { type: 'analysis', name: '</script><script>alert(1)</script><!--', shapes: { n: [2, 4, 1] } };
  const html = panelHtml({ ...opts, initial });
  const block = /<script type="application\/json" id="nnspec-initial">([^<]*)<\/script>/.exec(html)?.[1];
  assert.ok(block, 'the data block is there and holds no "<"');
  assert.deepEqual(JSON.parse(block), initial);
  assert.equal(html.match(/<script/g)?.length, 2, 'the data block and the panel script, nothing else');
  assert.ok(!panelHtml(opts).includes('nnspec-initial'), 'no block without an initial message');
});

test('a page with a first screen shows its markup and fetches its first script only at its load', () => {
  const firstScreen = {
    markup: '<h1 id="title">XOR</h1>',
    firstScriptUri: 'https://x.vscode-cdn.net/ext/dist/webview/first.js',
  };
  const initial = { type: 'analysis', name: 'XOR' };
  const html = panelHtml({ ...opts, nonce: 'abc123', initial, firstScreen });
  assert.match(
    html,
    /<main id="app" data-uri="file:\/\/\/w\/xor\.nnspec" data-later="[^"]+" data-first="https:\/\/x\.vscode-cdn\.net\/ext\/dist\/webview\/first\.js" data-prerendered><h1 id="title">XOR<\/h1><\/main>/,
  );
  assert.ok(!html.includes('window.first = 1;'), 'the first script is not written into the page');
  assert.ok(html.includes('nnspec-initial'), 'the analysis is, for the script to draw from');
  const loader = /<script nonce="abc123">([^<]*)<\/script>/.exec(html)?.[1];
  assert.ok(loader, 'one nonce script: the loader');
  assert.match(loader, /addEventListener\('load'/);
  assert.match(loader, /s\.nonce = 'abc123'/);
  assert.doesNotMatch(html, /<link|src=/, 'nothing fetched before the load');
  // Without one, the page is as before.
  assert.match(panelHtml(opts), /<main id="app" [^>]*data-later="[^"]+"><\/main>/);
});

test('the files written into the page are read once, and one that would end its element is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-assets-'));
  try {
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const paths = { script: file('first.js', 'let a = 1;'), style: file('panel.css', 'p {}') };
    assert.deepEqual(panelAssets(paths), { script: 'let a = 1;', style: 'p {}' });
    writeFileSync(paths.script, 'changed');
    assert.equal(panelAssets(paths).script, 'let a = 1;', 'read once');
    for (const [script, style] of [
      ['s = "</SCRIPT>"', 'p {}'],
      ['s = "<!--"', 'p {}'],
      ['let b;', 'p::after { content: "</style>" }'],
    ]) {
      const bad = { script: file(`${script.length}.js`, script), style: file(`${style.length}.css`, style) };
      assert.throws(() => panelAssets(bad), /would end its element/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const ascii = /^[^\u0080-\uffff]*$/;

test('the page is all ASCII whatever its title and analysis hold, and reads back the same', () => {
  const initial = { type: 'analysis', name: 'flor − 꽃 🌸', shapes: { formula: 'dW[1] = (1/m) dZ[1] A[0]ᵀ' } };
  const html = panelHtml({ ...opts, title: 'flor − 꽃 🌸 <x>', initial });
  assert.match(html, ascii);
  const block = /<script type="application\/json" id="nnspec-initial">([^<]*)<\/script>/.exec(html)?.[1];
  assert.deepEqual(JSON.parse(block ?? ''), initial);
  // One reference per character, astral ones included (a reference to half a surrogate pair would not read).
  assert.ok(html.includes('<title>flor &#8722; &#44867; &#127800; &#60;x&#62;</title>'));
});

test("the English page's first script is ASCII and leaves the Korean words out; the Korean page's has them", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-scripts-'));
  try {
    await buildWebview(dir);
    const read = (lang: 'en' | 'ko') => readFileSync(join(dir, firstScriptName(lang)), 'utf8');
    const [en, ko] = [read('en'), read('ko')];
    const beyond = en.match(/[^\0-\x7f]/g) ?? [];
    assert.equal(beyond.length, 0, `characters beyond ASCII: ${[...new Set(beyond)].join('').slice(0, 40)}`);
    // esbuild writes each character beyond ASCII as \uXXXX (upper-case hex).
    const escaped = (t: string) =>
      t.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    const hangul = [...en.matchAll(/\\u([0-9A-F]{4})/g)].filter(
      ([, h]) => parseInt(h, 16) >= 0xac00 && parseInt(h, 16) <= 0xd7a3,
    );
    // Only the run's own wording (src/core/messages/runKo.ts, a few hundred characters) is there in Korean.
    assert.ok(hangul.length < 400, `${hangul.length} Korean characters in the English script`);
    const koreanWord = PANEL_KO?.['section.controls'] ?? 'missing';
    assert.ok(ko.includes(koreanWord), 'the Korean script has the Korean words');
    assert.ok(!en.includes(escaped(koreanWord)), 'the English script has the Korean words');
    const [enBytes, koBytes] = [Buffer.byteLength(en), Buffer.byteLength(ko)];
    assert.ok(enBytes < koBytes * 0.85, `English ${enBytes} bytes, Korean ${koBytes}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
